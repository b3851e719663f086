"""A whole post-mortem by keyboard at 80x24, facilitated and solo, down to the exported page."""

from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.base import StepScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from tests.workshop.markdown_tree import tokens
from workshop.export.markdown import session_markdown
from workshop.session import Session, WhyNode


async def settle(pilot: Pilot[None], *keys: str) -> None:
    """Press `keys`, then let the screen catch up."""
    await pilot.press(*keys)
    await pilot.pause()


def step_of(app: RootcauseApp) -> str:
    screen = app.screen
    assert isinstance(screen, StepScreen), type(screen).__name__
    return screen.STEP


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*text)


async def run_case_to_actions(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """The shared part of both flows, from the case to the actions step."""
    assert step_of(app) == "case"
    await settle(pilot, "a")  # a KPI: name, target, actual, unit
    await type_text(pilot, "Conversion rate")
    await settle(pilot, "tab", *"3", "tab", *"0.8", "tab", "%", "enter")
    await settle(pilot, "ctrl+n")

    assert step_of(app) == "signals"  # low conversion is pre-ticked from the missed KPI
    await settle(pilot, "down", "e")  # low ROI comes first, low conversion second
    await type_text(pilot, "Sign-up form loses most visitors")
    await settle(pilot, "ctrl+s", "ctrl+n")

    assert step_of(app) == "whys"
    await settle(pilot, "a")
    await type_text(pilot, "Few visitors completed the sign-up form")
    await settle(pilot, "enter", "a")
    await type_text(pilot, "The form asked for twelve fields")
    await settle(pilot, "enter", "a")
    await type_text(pilot, "Nobody owns the form; each team added its fields")
    await settle(pilot, "enter", "r", "ctrl+n")

    assert step_of(app) == "swot"
    await settle(pilot, "w")
    await type_text(pilot, "No owner for shared forms")
    await settle(pilot, "tab")
    await type_text(pilot, "One owner who trims every form")
    await settle(pilot, "enter", "ctrl+n")


async def run_biases_to_summary(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """From the bias check to the summary."""
    assert step_of(app) == "biases"
    await settle(pilot, "p", "down", "c", "ctrl+n")

    assert step_of(app) == "lessons"
    await settle(pilot, "a")
    await type_text(pilot, "Every form needs one owner")
    await settle(pilot, "tab", "enter")
    await type_text(pilot, "execution")
    await settle(pilot, "enter", "ctrl+s", "ctrl+n")

    assert step_of(app) == "actions"
    await settle(pilot, "a")
    await type_text(pilot, "Cut the sign-up form to four fields")
    await settle(pilot, "tab", *"Nadia", "tab", *"2026-12-15", "tab", *"Conversion rate")
    await settle(pilot, "tab", *"3%", "enter", "ctrl+n")
    assert step_of(app) == "summary"


async def test_a_facilitated_session_from_start_to_page(library: Library) -> None:
    """A new workshop session through every step, by keys: saved whole, exported whole."""
    async with running_app(library) as (app, pilot):
        await settle(pilot, "n")
        await type_text(pilot, "Webinar sign-ups")
        await settle(pilot, "enter")
        await run_case_to_actions(app, pilot)
        assert step_of(app) == "anonymous"
        await settle(pilot, "ctrl+n")
        await run_biases_to_summary(app, pilot)
        assert app.open_workspace is not None
        session_id = app.open_workspace.session.id
    session = stored(library, session_id)
    assert_complete(session, "workshop")
    page = session_markdown(session)
    for typed in (
        "Webinar sign\\-ups",
        "Sign\\-up form loses most visitors",
        "Nobody owns the form; each team added its fields **(root cause)**",
        "One owner who trims every form",
        "Every form needs one owner",
        "Cut the sign\\-up form to four fields",
    ):
        assert typed in page
    assert [t.tag for t in tokens(page) if t.type == "heading_open"].count("h2") == 8


async def test_a_solo_session_answers_the_devils_advocate(library: Library) -> None:
    """A solo retrospective goes through the same steps, with the devil's advocate instead."""
    async with running_app(library) as (app, pilot):
        await settle(pilot, "n")
        await type_text(pilot, "Spring promo")
        await settle(pilot, "tab", "down", "enter")  # the mode: solo
        await settle(pilot, "tab", "tab", "enter")  # past the language, to Start
        assert app.open_workspace is not None
        assert app.open_workspace.session.mode == "solo"
        await run_case_to_actions(app, pilot)
        assert step_of(app) == "anonymous"
        await settle(pilot, "enter")
        await type_text(pilot, "The data was fine; the form was not")
        await settle(pilot, "ctrl+s", "ctrl+n")
        await run_biases_to_summary(app, pilot)
        session_id = app.open_workspace.session.id
    session = stored(library, session_id)
    assert_complete(session, "solo")
    assert [e.text for e in session.anonymous_entries] == ["The data was fine; the form was not"]
    assert "## Devil's advocate" in session_markdown(session)


def assert_complete(session: Session, mode: str) -> None:
    """Everything typed in the flows above is in the saved session."""
    assert session.mode == mode
    assert session.step == "summary"
    kpi = session.case.kpis[0]
    assert (kpi.name, str(kpi.target), str(kpi.actual), kpi.unit) == (
        "Conversion rate",
        "3",
        "0.8",
        "%",
    )
    assert session.signals["low_conversion"].checked
    assert session.signals["low_conversion"].note == "Sign-up form loses most visitors"
    assert [n.answer for n in session.whys] == [
        "Few visitors completed the sign-up form",
        "The form asked for twelve fields",
        "Nobody owns the form; each team added its fields",
    ]
    assert [n.root_cause for n in session.whys] == [False, False, True]
    assert [(i.kind, i.text, i.conversion) for i in session.swot] == [
        ("weakness", "No owner for shared forms", "One owner who trims every form")
    ]
    assert session.biases["hindsight"].status == "present"
    assert session.biases["outcome"].status == "cleared"
    lesson = session.lessons[0]
    assert (lesson.text, lesson.category, lesson.subtype) == (
        "Every form needs one owner",
        "operational",
        "execution",
    )
    assert lesson.why_id == session.whys[2].id
    action = session.actions[0]
    assert (action.what, action.owner, str(action.due), action.kpi, action.target) == (
        "Cut the sign-up form to four fields",
        "Nadia",
        "2026-12-15",
        "Conversion rate",
        "3%",
    )


async def test_library_lists_the_finished_session(library: Library) -> None:
    """Back on the library, the session is listed with its step and its root cause."""
    whys = [WhyNode(id="w", answer="Nobody owned the form", root_cause=True)]
    library.add(Session(step="summary", case={"campaign": "Listed"}, whys=whys))  # type: ignore[arg-type]
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter", "escape")
        assert not isinstance(app.screen, StepScreen)
        shown = screen_text(app)
        assert "Listed" in shown and "Summary" in shown
        assert "Root causes: Nobody owned the form" in shown
