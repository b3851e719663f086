"""What the user typed, as the rules read it: on one line and cut to a width, or as a date."""

from datetime import date


def one_line(text: str, width: int | None = None) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    line = " ".join(text.split())
    if width is not None and len(line) > width:
        return line[: max(0, width - 1)] + "…"
    return line


def parse_date(text: str) -> date | None:
    """A YYYY-MM-DD date, None for an empty text; ValueError otherwise."""
    text = text.strip()
    return date.fromisoformat(text) if text else None
