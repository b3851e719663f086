"""The case step: the campaign's facts and its KPIs, edited by keys, gaps computed and saved."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from textual.widgets import DataTable, Static

from screens.app import RootcauseApp
from screens.dialogs.form import FormDialog
from screens.steps.case import CaseScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.case import CampaignCase, Kpi
from workshop.session import Session

CONVERSION = Kpi(name="Conversion rate", unit="%", target=Decimal("3.5"), actual=Decimal("1.2"))
CPA = Kpi(
    name="Cost per acquisition",
    unit="EUR",
    target=Decimal(40),
    actual=Decimal(95),
    higher_is_better=False,
)
OPENS = Kpi(name="Newsletter opens", target=Decimal(12000), actual=Decimal(13500))


def a_session(path: Path, *kpis: Kpi, **case: object) -> Session:
    """A session stored at the case step, with `kpis` and the other facts of `case`."""
    with Library.open(path) as library:
        facts = CampaignCase.model_validate({"campaign": "Spring sale", **case, "kpis": kpis})
        return library.add(Session(step="case", case=facts))


def saved(app: RootcauseApp, path: Path, session_id: str) -> CampaignCase:
    """The case as a fresh process would read it, once the app has saved everything."""
    app.close_workspace()
    return stored(path, session_id).case


def live_line(app: RootcauseApp) -> str:
    return str(app.screen.query_one("#live", Static).render())


async def test_kpis_show_their_gaps_and_the_missed_ones(tmp_path: Path) -> None:
    """Each KPI shows its gap in points or units and its gap %, and missed ones are marked."""
    path = tmp_path / "library.json"
    a_session(path, CONVERSION, CPA, OPENS)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        text = screen_text(app)
        assert "Conversion rate | 3.5% | 1.2% | -2.3 pts | -65.7% | ✗ missed" in text
        assert "Cost per acquisition | 40 EUR | 95 EUR | +55 EUR | +137.5% | ✗ missed" in text
        assert "Newsletter opens | 12,000 | 13,500 | +1,500 | +12.5% | ✓ met" in text
        assert "KPIs: 2 of 3 missed their target." in text


async def test_a_new_kpi_is_added_by_keys_and_saved(tmp_path: Path) -> None:
    """a opens the KPI form; its values are saved and the gap is computed, never typed."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert "No KPI yet" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Leads", "tab", *"500", "tab", *"320", "ctrl+s")
        await pilot.pause()
        assert "Leads | 500 | 320 | -180 | -36% | ✗ missed" in screen_text(app)
        case = saved(app, path, session.id)
    assert [(k.name, k.target, k.actual) for k in case.kpis] == [
        ("Leads", Decimal(500), Decimal(320))
    ]


async def test_a_kpi_is_edited_with_enter(tmp_path: Path) -> None:
    """Enter on a KPI opens its form filled in; the new actual value is saved."""
    path = tmp_path / "library.json"
    session = a_session(path, CONVERSION, OPENS)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "down", "enter")
        await pilot.pause()
        await pilot.press("tab", "tab", *"11000", "ctrl+s")
        await pilot.pause()
        assert "Newsletter opens | 12,000 | 11,000 | -1,000" in screen_text(app)
        case = saved(app, path, session.id)
    assert [k.actual for k in case.kpis] == [Decimal("1.2"), Decimal(11000)]
    assert case.kpis[1].id == OPENS.id


async def test_a_bad_number_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    """A target that is not a number is named in the form, which stays open; nothing is saved."""
    path = tmp_path / "library.json"
    session = a_session(path, OPENS)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "e", "tab", *"lots", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        problem = str(app.screen.query_one("#problem", Static).render())
        assert "type a number" in problem
        await pilot.press("escape")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.kpis == [OPENS]


async def test_delete_then_undo_brings_the_kpi_back_in_place(tmp_path: Path) -> None:
    """d deletes the highlighted KPI at once; u puts it back where it was."""
    path = tmp_path / "library.json"
    session = a_session(path, CONVERSION, CPA, OPENS)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "down", "d")
        await pilot.pause()
        assert "Cost per acquisition" not in screen_text(app)
        assert isinstance(app.screen, CaseScreen)
        assert [k.name for k in app.screen.session.case.kpis] == [CONVERSION.name, OPENS.name]
        await pilot.press("u")
        await pilot.pause()
        assert "Cost per acquisition" in screen_text(app)
        case = saved(app, path, session.id)
    assert case.kpis == [CONVERSION, CPA, OPENS]


async def test_delete_does_nothing_on_the_facts(tmp_path: Path) -> None:
    """d on the facts table deletes no KPI."""
    path = tmp_path / "library.json"
    session = a_session(path, CONVERSION)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.kpis == [CONVERSION]


async def test_the_campaign_name_is_edited_and_titles_the_session(tmp_path: Path) -> None:
    """Enter on the campaign fact edits the name; the new name is saved and shown."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter", "backspace", *"Autumn [b]push", "ctrl+s")
        await pilot.pause()
        facts = app.screen.query_one("#facts", DataTable)
        assert str(facts.get_row_at(0)[1]) == "Autumn [b]push"
        assert app.sub_title == "Autumn [b]push"
        case = saved(app, path, session.id)
    assert case.campaign == "Autumn [b]push"


async def test_the_period_is_saved_as_dates(tmp_path: Path) -> None:
    """The period takes a first and a last day as dates."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "e", *"2024-04-01", "tab", *"2024-04-30", "ctrl+s")
        await pilot.pause()
        assert "2024-04-01 to 2024-04-30" in screen_text(app)
        case = saved(app, path, session.id)
    assert (case.period_start, case.period_end) == (date(2024, 4, 1), date(2024, 4, 30))


async def test_a_period_ending_before_it_starts_is_refused(tmp_path: Path) -> None:
    """A last day before the first is named in the form, which stays open; nothing is saved."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "e", *"2024-04-30", "tab", *"2024-04-01", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        problem = str(app.screen.query_one("#problem", Static).render())
        assert "last day comes before the first" in problem
        await pilot.press("escape")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.period_start is None and case.period_end is None


async def test_a_bad_date_is_refused(tmp_path: Path) -> None:
    """A date not written YYYY-MM-DD is named in the form and nothing is saved."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "e", *"1st of April", "ctrl+s")
        await pilot.pause()
        problem = str(app.screen.query_one("#problem", Static).render())
        assert "YYYY-MM-DD" in problem
        await pilot.press("escape")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.period_start is None


async def test_the_budget_takes_a_number_and_a_currency(tmp_path: Path) -> None:
    """The budget is saved as a number with its currency, and shown grouped."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "down", "e", *"25000", "tab", *"EUR", "ctrl+s")
        await pilot.pause()
        assert "25,000 EUR" in screen_text(app)
        case = saved(app, path, session.id)
    assert (case.budget, case.currency) == (Decimal(25000), "EUR")


async def test_the_objective_is_written_on_several_lines(tmp_path: Path) -> None:
    """The objective is typed in a multi-line box and saved as typed."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*["down"] * 4, "e", *"Sell 2000 units", "enter", *"by April 30", "ctrl+s")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.objective == "Sell 2000 units\nby April 30"


async def test_a_number_too_long_to_keep_is_refused(tmp_path: Path) -> None:
    """A number with more digits than a session keeps is named in the form; nothing is saved."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*["down"] * 3, "e", *("9" * 40), "ctrl+s")
        await pilot.pause()
        problem = str(app.screen.query_one("#problem", Static).render())
        assert "too many digits" in problem
        await pilot.press("escape")
        await pilot.pause()
        case = saved(app, path, session.id)
    assert case.budget is None


async def test_french_interface(tmp_path: Path) -> None:
    """In French, the columns, numbers, marks and keys speak French."""
    path = tmp_path / "library.json"
    a_session(path, CONVERSION, OPENS)
    async with running_app(path, language="fr") as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        columns = app.screen.query_one("#kpis", DataTable).columns.values()
        assert [str(c.label) for c in columns] == [
            "KPI",
            "Cible",
            "Réel",
            "Écart",
            "Écart %",
            "Manqué",
        ]
        assert (
            "Conversion rate | 3,5\u202f% | 1,2\u202f% | -2,3 pts | -65,7\u202f% | ✗ manqué" in text
        )
        assert "KPI : 1 sur 2 ont manqué leur cible." in text
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Ajouter un KPI", "Modifier"} <= labels
        await pilot.press("a", *"Ventes", "tab", *"10", "tab", *"7,5")
        await pilot.pause()
        assert live_line(app) == "Écart : -2,5 (-25\u202f%) — ✗ manqué"
