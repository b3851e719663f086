"""The case step's rules: the KPI list, the facts as typed in forms, and the gap as typed."""

from datetime import date
from decimal import Decimal

import pytest

from workshop.case import CampaignCase, Kpi
from workshop.session import Session
from workshop.steps.case import (
    KPIS,
    LOWER_FIELD,
    case_updates,
    channels,
    fact_text,
    kpi_fields,
    kpi_from,
    live_gap,
    with_facts,
)
from workshop.typed_text import parse_number

CONVERSION = Kpi(name="Conversion rate", unit="%", target=Decimal("3.5"), actual=Decimal("1.2"))
CPA = Kpi(
    name="Cost per acquisition",
    unit="EUR",
    target=Decimal(40),
    actual=Decimal(95),
    higher_is_better=False,
)
OPENS = Kpi(name="Newsletter opens", target=Decimal(12000), actual=Decimal(13500))


def with_kpis(*kpis: Kpi) -> Session:
    return Session(case=CampaignCase(campaign="Spring sale", kpis=list(kpis)))


# -- the KPI list -------------------------------------------------------------------------------


def test_a_kpi_is_added_last() -> None:
    """A new KPI goes after the others, the rest of the case untouched."""
    session = KPIS.add(with_kpis(CONVERSION), OPENS)
    assert session.case.kpis == [CONVERSION, OPENS]
    assert session.case.campaign == "Spring sale"


def test_an_edited_kpi_keeps_its_place_and_id() -> None:
    """Replacing a KPI leaves it where it was, under the same id."""
    edited = kpi_from({"name": "Opens", "target": Decimal(12000), "actual": Decimal(11000)}, OPENS)
    session = KPIS.replace(with_kpis(OPENS, CONVERSION), edited)
    assert [(k.id, k.name, k.actual) for k in session.case.kpis] == [
        (OPENS.id, "Opens", Decimal(11000)),
        (CONVERSION.id, CONVERSION.name, CONVERSION.actual),
    ]


def test_delete_then_undo_puts_the_kpi_back_in_place() -> None:
    """Deleting the middle KPI takes only it; undo puts it back between the other two."""
    deleted = KPIS.delete(with_kpis(CONVERSION, CPA, OPENS), CPA.id)
    assert deleted is not None
    assert deleted.session.case.kpis == [CONVERSION, OPENS]
    assert deleted.restore(deleted.session).case.kpis == [CONVERSION, CPA, OPENS]


def test_undo_after_an_add_keeps_the_old_place() -> None:
    """A KPI added after a delete stays last; the deleted one comes back at its old place."""
    deleted = KPIS.delete(with_kpis(CONVERSION, CPA, OPENS), CPA.id)
    assert deleted is not None
    leads = Kpi(name="Leads", target=Decimal(500), actual=Decimal(320))
    back = deleted.restore(KPIS.add(deleted.session, leads))
    assert back.case.kpis == [CONVERSION, CPA, OPENS, leads]


# -- the facts ----------------------------------------------------------------------------------


def test_case_updates_split_the_channels_at_the_commas() -> None:
    """Channels typed on one line become a list, each trimmed, blanks dropped."""
    updates = case_updates({"channels": "email, paid social,, events "})
    assert updates == {"channels": ["email", "paid social", "events"]}


def test_case_updates_trim_texts_and_keep_other_values() -> None:
    """A typed text is trimmed; a number or a date is kept as the form gave it."""
    values = {"campaign": "  Autumn push ", "budget": Decimal(25000), "period_end": None}
    updates = case_updates(values)
    assert updates == {"campaign": "Autumn push", "budget": Decimal(25000), "period_end": None}


def test_blank_channels_make_no_channel() -> None:
    """Only commas and spaces give an empty list, not empty names."""
    assert channels(" , ,") == []


def test_the_facts_show_as_typed_back() -> None:
    """The facts table joins the channels, groups the budget with its currency, spans dates."""
    case = CampaignCase(
        channels=["email", "events"],
        budget=Decimal(25000),
        currency="EUR",
        period_start=date(2024, 4, 1),
    )
    assert fact_text(case, "channels", "en") == "email, events"
    assert fact_text(case, "budget", "en") == "25,000 EUR"
    assert fact_text(case, "period", "en") == "2024-04-01 to ?"
    assert fact_text(case, "period", "fr") == "du 2024-04-01 au ?"


def test_facts_in_the_wrong_order_are_refused() -> None:
    """A last day before the first makes the session refuse the facts."""
    values = {"period_start": date(2024, 4, 30), "period_end": date(2024, 4, 1)}
    with pytest.raises(ValueError):
        with_facts(with_kpis(), values)


def test_facts_are_kept_with_the_kpis() -> None:
    """Changing a fact leaves the KPIs as they were."""
    session = with_facts(with_kpis(OPENS), {"channels": "email"})
    assert (session.case.channels, session.case.kpis) == (["email"], [OPENS])


# -- the KPI form -------------------------------------------------------------------------------


def test_the_lower_is_better_flag_turns_the_direction() -> None:
    """The form's flag makes a KPI where less is better; unticked, more is better."""
    assert kpi_fields({"name": "CPA", LOWER_FIELD: True})["higher_is_better"] is False
    assert kpi_fields({"name": "CPA", LOWER_FIELD: False})["higher_is_better"] is True


def test_a_new_kpi_gets_a_new_id() -> None:
    """Two KPIs made from the same form values are two KPIs."""
    values = {"name": " Leads ", "target": Decimal(500)}
    first, second = kpi_from(values), kpi_from(values)
    assert first.name == "Leads" and first.id != second.id


def test_a_number_too_long_is_refused() -> None:
    """More digits than a session keeps is an error, not a rounded value."""
    with pytest.raises(ValueError):
        kpi_from({"name": "Reach", "target": Decimal("9" * 40)})


# -- the gap as it is typed ---------------------------------------------------------------------


def test_the_gap_waits_for_both_values() -> None:
    """With only the target typed, the line says what it waits for."""
    said = live_gap({"target": "40", "actual": ""}, "en")
    assert said == "The gap shows once the target and the actual value are typed."


def test_the_gap_and_the_verdict_follow_the_direction() -> None:
    """The same values are met when more is better and missed when less is better."""
    texts = {"target": "40", "actual": "50", "unit": " EUR "}
    assert live_gap(texts, "en") == "Gap: +10 EUR (+25%) — ✓ met"
    lower = {**texts, LOWER_FIELD: "1"}
    assert live_gap(lower, "en") == "Gap: +10 EUR (+25%) — ✗ missed"


def test_a_value_that_is_no_number_is_named() -> None:
    """A target that does not read as a number says the gap needs numbers."""
    said = live_gap({"target": "lots", "actual": "5"}, "en")
    assert said == "The gap shows once the target and the actual value are numbers."


def test_the_gap_speaks_french() -> None:
    """In French the gap, its percentage and the verdict are written the French way."""
    said = live_gap({"target": "10", "actual": "7,5"}, "fr")
    assert said == "Écart : -2,5 (-25\u202f%) — ✗ manqué"


def test_numbers_read_in_either_language() -> None:
    """A number typed the English or the French way reads the same; words are refused."""
    assert parse_number("3.5") == parse_number("3,5") == Decimal("3.5")
    assert parse_number("12 000") == parse_number("12\u202f000") == Decimal(12000)
    assert parse_number("  ") is None
    with pytest.raises(ValueError):
        parse_number("lots")
    with pytest.raises(ValueError):
        parse_number("inf")
