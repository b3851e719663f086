"""Showing typed text safely in tables and labels: one line, cut to width, never markup."""

from rich.text import Text


def one_line(text: str, width: int | None = None) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis."""
    line = " ".join(text.split())
    if width is not None and len(line) > width:
        return line[: max(0, width - 1)] + "…"
    return line


def user_cell(text: str, width: int | None = None, placeholder: str = "—") -> Text:
    """Typed text as a table cell: square brackets in it stay text, not Rich markup."""
    line = one_line(text, width)
    return Text(line) if line else Text(placeholder, style="dim")
