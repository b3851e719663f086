"""A KPI's figures as the page and the screens show them, in the session's or the UI's language."""

from collections.abc import Callable
from decimal import Decimal

from workshop.case import Kpi
from workshop.content.labels import POINTS
from workshop.numbers import format_measure
from workshop.vocabulary import Language

Escape = Callable[[str], str]


def _as_is(text: str) -> str:
    return text


def measure_text(
    value: Decimal | None, unit: str, language: Language, escape: Escape = _as_is
) -> str:
    """A target or actual value with its unit; empty when unknown."""
    return "" if value is None else format_measure(value, escape(unit), language)


def gap_text(kpi: Kpi, language: Language, escape: Escape = _as_is) -> str:
    """The gap with its unit and sign; a gap between two percentages is in points."""
    if kpi.gap is None:
        return ""
    unit = POINTS.text(language) if kpi.unit == "%" else escape(kpi.unit)
    return format_measure(kpi.gap, unit, language, signed=True)


def gap_percent_text(kpi: Kpi, language: Language) -> str:
    """The gap as a signed percentage of the target, to one decimal."""
    if kpi.gap_percent is None:
        return ""
    return format_measure(kpi.gap_percent, "%", language, signed=True, places=1)
