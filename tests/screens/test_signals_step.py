"""The warning signals step: the checklist by keys, notes, and signals pre-ticked from KPI gaps."""

from decimal import Decimal

from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from screens.app import RootcauseApp
from screens.steps.signals import SignalsScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.case import CampaignCase, Kpi
from workshop.session import Session, SignalCheck
from workshop.vocabulary import SignalId

MISSED_CONVERSION = Kpi(name="Taux de conversion", target=Decimal(4), actual=Decimal(1))
MISSED_CHURN = Kpi(name="Churn", target=Decimal(2), actual=Decimal(5), higher_is_better=False)
MET_REVENUE = Kpi(name="Revenue", target=Decimal(100), actual=Decimal(120))


def a_session(
    library: Library, *kpis: Kpi, signals: dict[SignalId, SignalCheck] | None = None
) -> Session:
    """A session stored at the signals step, with `kpis` in its case and `signals` judged."""
    return library.add(
        Session(step="signals", case=CampaignCase(kpis=list(kpis)), signals=signals or {})
    )


async def open_step(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """Open the stored session from the library; it opens at the signals step."""
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, SignalsScreen)


def saved(app: RootcauseApp, library: Library, session_id: str) -> dict[SignalId, SignalCheck]:
    """The signals as saved in `library`, once the app has saved everything."""
    app.close_workspace()
    return stored(library, session_id).signals


def checklist(app: RootcauseApp) -> list[str]:
    """The lines of the checklist as shown, headings included, trailing spaces dropped."""
    options = app.screen.query_one("#signals", OptionList).options
    return [" ".join(str(option.prompt).split()) for option in options]


def hint(app: RootcauseApp) -> str:
    return str(app.screen.query_one("#signal-hint", Static).render())


async def test_missed_kpis_pre_tick_their_signals_and_say_so(library: Library) -> None:
    """On the first visit the signals implied by missed KPIs are ticked, saved and announced."""
    session = a_session(library, MISSED_CONVERSION, MISSED_CHURN, MET_REVENUE)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        assert "Pre-ticked from the KPI gaps: Low conversion rate, High churn." in screen_text(app)
        assert "[x] Low conversion rate" in checklist(app)
        assert "[ ] Low or negative ROI" in checklist(app)
        signals = saved(app, library, session.id)
    assert signals == {
        "low_conversion": SignalCheck(checked=True),
        "high_churn": SignalCheck(checked=True),
    }


async def test_signals_already_judged_are_not_pre_ticked(library: Library) -> None:
    """Once the group has judged any signal, the KPI gaps tick nothing more."""
    judged: dict[SignalId, SignalCheck] = {"low_conversion": SignalCheck(checked=False)}
    session = a_session(library, MISSED_CONVERSION, MISSED_CHURN, signals=judged)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        assert "Pre-ticked" not in screen_text(app)
        signals = saved(app, library, session.id)
    assert signals == judged


async def test_nothing_is_pre_ticked_without_missed_kpis(library: Library) -> None:
    """With no missed KPI nothing is ticked, said or saved."""
    session = a_session(library, MET_REVENUE)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        assert "Pre-ticked" not in screen_text(app)
        assert not [line for line in checklist(app) if line.startswith("[x]")]
        signals = saved(app, library, session.id)
    assert signals == {}


async def test_signals_are_grouped_figures_first(library: Library) -> None:
    """The five quantitative signals come under their heading, then the three qualitative ones."""
    a_session(library)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        assert checklist(app) == [
            "Figures (quantitative)",
            "[ ] Low or negative ROI",
            "[ ] Low conversion rate",
            "[ ] High churn",
            "[ ] Weak social engagement",
            "[ ] Bad reviews, negative sentiment",
            "Feelings (qualitative)",
            "[ ] Negative internal feedback",
            "[ ] Lost credibility with partners",
            "[ ] Feeling of inefficiency",
        ]


async def test_space_and_x_tick_and_untick_the_highlighted_signal(library: Library) -> None:
    """Space ticks the highlighted signal and x unticks it; each change is saved."""
    session = a_session(library)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("down", "space", "down", "space", "x")
        await pilot.pause()
        assert checklist(app)[2:4] == ["[x] Low conversion rate", "[ ] High churn"]
        signals = saved(app, library, session.id)
    assert signals == {
        "low_conversion": SignalCheck(checked=True),
        "high_churn": SignalCheck(checked=False),
    }


async def test_e_writes_a_note_for_the_highlighted_signal(library: Library) -> None:
    """e opens the note in a multi-line box; the note is saved and its start is shown."""
    session = a_session(library)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("e", *"CAC 95 EUR [b]vs", "enter", *"CLV 60", "ctrl+s")
        await pilot.pause()
        assert checklist(app)[1] == "[ ] Low or negative ROI CAC 95 EUR [b]vs CLV 60"
        signals = saved(app, library, session.id)
    assert signals == {"low_roi": SignalCheck(note="CAC 95 EUR [b]vs\nCLV 60")}


async def test_enter_edits_the_note_and_keeps_the_tick(library: Library) -> None:
    """Enter opens the note of a ticked signal; saving it keeps the signal ticked."""
    ticked: dict[SignalId, SignalCheck] = {"low_roi": SignalCheck(checked=True, note="old")}
    session = a_session(library, signals=ticked)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("enter", *" and new", "ctrl+s")
        await pilot.pause()
        signals = saved(app, library, session.id)
    assert signals == {"low_roi": SignalCheck(checked=True, note="old and new")}


async def test_the_hint_follows_the_highlighted_signal(library: Library) -> None:
    """Below the list, the hint is the highlighted signal's."""
    a_session(library)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        assert "(CAC)" in hint(app)
        await pilot.press("down")
        await pilot.pause()
        assert "funnel" in hint(app)


async def test_french_interface(library: Library) -> None:
    """In French, the signals, headings, pre-ticked line, hint and keys speak French."""
    a_session(library, MISSED_CHURN)
    async with running_app(library, language="fr") as (app, pilot):
        await open_step(app, pilot)
        assert checklist(app)[0] == "Chiffres (quantitatifs)"
        assert "[x] Taux de désabonnement élevé" in checklist(app)
        pre_ticked = "Cochés d'après les écarts des KPI : Taux de désabonnement élevé."
        assert pre_ticked in screen_text(app)
        assert "Comparez le coût" in hint(app)
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Cocher", "Note"} <= labels
