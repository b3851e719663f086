"""What the user typed, as the rules read it: on one line and cut to a width, a date, a number."""

from datetime import date
from decimal import Decimal, InvalidOperation


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


def parse_number(text: str) -> Decimal | None:
    """A number typed in either language ("3.5", "3,5", "12 000"); None for an empty text."""
    cleaned = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite():
        raise ValueError(text)
    return number
