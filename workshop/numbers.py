"""Numbers as each language writes them: 12,000.5 in English, 12 000,5 in French."""

from decimal import Decimal

from workshop.vocabulary import Language

_NARROW_SPACE = "\u202f"
"""French groups thousands with a narrow no-break space, and puts one before %."""


def format_number(value: Decimal, language: Language, *, places: int | None = None) -> str:
    """`value` with thousands grouped, rounded to `places` decimals if given, no trailing zeros."""
    if places is not None:
        value = round(value, places)
    text = format(value.normalize(), ",f")
    if language == "fr":
        return text.replace(",", _NARROW_SPACE).replace(".", ",")
    return text


def format_measure(
    value: Decimal,
    unit: str,
    language: Language,
    *,
    signed: bool = False,
    places: int | None = None,
) -> str:
    """A value with its unit ("25%", "25 %", "169 EUR"); `signed` shows + on gains."""
    number = format_number(value, language, places=places)
    if signed and value > 0:
        number = f"+{number}"
    if not unit:
        return number
    if unit == "%" and language == "en":
        return f"{number}%"
    return f"{number}{_NARROW_SPACE if unit == '%' else ' '}{unit}"
