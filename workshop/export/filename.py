"""A file name for an exported page, made from the session's title."""

import re
import unicodedata

MAX_STEM = 60


def page_filename(title: str, extension: str = "md") -> str:
    """'Relance été 2026!' -> 'relance-ete-2026.md'; 'post-mortem.md' for an empty title."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:MAX_STEM].rstrip("-")
    return f"{stem or 'post-mortem'}.{extension}"
