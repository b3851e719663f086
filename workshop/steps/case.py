"""The case step's rules: the facts and KPIs as the forms give them, and the gap as it is typed.

The model of the case (its fields, the gap of a KPI) is `workshop.case`; this is what the step
makes of what the user types.
"""

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Final, Literal, get_args

from workshop.case import CampaignCase, Kpi
from workshop.content import labels as L
from workshop.kpi_text import gap_percent_text, gap_text
from workshop.numbers import format_measure
from workshop.phrase import Phrase
from workshop.session import Session
from workshop.steps.editing import SessionList, revised
from workshop.typed_text import parse_number
from workshop.vocabulary import Language

FactId = Literal["campaign", "period", "channels", "budget", "objective"]
FACTS: Final[tuple[FactId, ...]] = get_args(FactId)
FACT_LABELS: Final[dict[FactId, Phrase]] = {
    "campaign": L.CAMPAIGN,
    "period": L.PERIOD,
    "channels": L.CHANNELS,
    "budget": L.BUDGET,
    "objective": L.OBJECTIVE,
}

LOWER_FIELD: Final = "lower_is_better"
"""The KPI form's flag for a KPI where less is better."""

MISSED_MARK = Phrase(en="✗ missed", fr="✗ manqué")
MET_MARK = Phrase(en="✓ met", fr="✓ atteint")
LIVE_GAP = Phrase(en="Gap: {gap}{percent} — {verdict}", fr="Écart : {gap}{percent} — {verdict}")
LIVE_WAITING = Phrase(
    en="The gap shows once the target and the actual value are typed.",
    fr="L'écart s'affiche dès que la cible et la valeur réelle sont saisies.",
)
LIVE_NOT_NUMBERS = Phrase(
    en="The gap shows once the target and the actual value are numbers.",
    fr="L'écart s'affiche dès que la cible et la valeur réelle sont des nombres.",
)

Value = str | bool | date | Decimal | None
"""A value a form gives for one field."""
Values = Mapping[str, Value]

KPIS: SessionList[Kpi] = SessionList(
    read=lambda session: list(session.case.kpis),
    write=lambda session, kpis: {
        "case": {**session.case.model_dump(), "kpis": [kpi.model_dump() for kpi in kpis]}
    },
)
"""The KPIs of a session's case; nothing else points at them."""


def _text(value: Value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _number(value: Value) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def channels(text: str) -> list[str]:
    """The channels typed in one line, split at the commas, blanks dropped."""
    return [channel.strip() for channel in text.split(",") if channel.strip()]


def case_updates(values: Values) -> dict[str, object]:
    """The case's fields from a fact form: texts trimmed, channels split at the commas."""
    updates: dict[str, object] = {}
    for name, value in values.items():
        text = value.strip() if isinstance(value, str) else value
        updates[name] = channels(_text(value)) if name == "channels" else text
    return updates


def with_facts(session: Session, values: Values) -> Session:
    """`session` with a fact form's `values` in its case, checked; ValueError if refused."""
    return revised(session, case={**session.case.model_dump(), **case_updates(values)})


def kpi_fields(values: Values) -> dict[str, object]:
    """A KPI's fields from the KPI form."""
    return {
        "name": _text(values.get("name")),
        "unit": _text(values.get("unit")),
        "target": _number(values.get("target")),
        "actual": _number(values.get("actual")),
        "higher_is_better": not values.get(LOWER_FIELD),
    }


def kpi_from(values: Values, old: Kpi | None = None) -> Kpi:
    """The KPI a form's `values` describe: `old` changed, or a new one; ValueError if invalid."""
    kept = {"id": old.id} if old is not None else {}
    return Kpi.model_validate({**kept, **kpi_fields(values)})


def fact_text(case: CampaignCase, fact: FactId, language: Language) -> str:
    """What the facts table shows for `fact` of `case`."""
    if fact == "period":
        if case.period_start is None and case.period_end is None:
            return ""
        start = case.period_start.isoformat() if case.period_start else "?"
        end = case.period_end.isoformat() if case.period_end else "?"
        return L.PERIOD_RANGE.text(language).format(start=start, end=end)
    if fact == "channels":
        return ", ".join(case.channels)
    if fact == "budget":
        if case.budget is None:
            return case.currency
        return format_measure(case.budget, case.currency.strip(), language)
    return case.campaign if fact == "campaign" else case.objective


def live_gap(texts: Mapping[str, str], language: Language) -> str:
    """What the KPI form shows under its fields as they are typed: the gap, its percentage,
    missed or met; or what is still needed for that."""
    try:
        target = parse_number(texts.get("target", ""))
        actual = parse_number(texts.get("actual", ""))
        if target is None or actual is None:
            return LIVE_WAITING.text(language)
        kpi = Kpi(
            name="-",
            unit=texts.get("unit", "").strip(),
            target=target,
            actual=actual,
            higher_is_better=not texts.get(LOWER_FIELD),
        )
    except ValueError:  # not a number, or one pydantic refuses (too many digits)
        return LIVE_NOT_NUMBERS.text(language)
    percent = gap_percent_text(kpi, language)
    return LIVE_GAP.text(language).format(
        gap=gap_text(kpi, language),
        percent=f" ({percent})" if percent else "",
        verdict=(MISSED_MARK if kpi.missed else MET_MARK).text(language),
    )
