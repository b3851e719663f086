"""Showing typed text safely in tables and labels: one line, cut to width, never markup."""

from rich.text import Text

from workshop.typed_text import one_line as one_line  # where the screens have always found it


def user_cell(text: str, width: int | None = None, placeholder: str = "—") -> Text:
    """Typed text as a table cell: square brackets in it stay text, not Rich markup."""
    line = one_line(text, width)
    return Text(line) if line else Text(placeholder, style="dim")
