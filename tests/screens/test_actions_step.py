"""The actions step at 80x24: actions with their SMART check, done with a result, leaving."""

from datetime import date
from pathlib import Path

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormDialog
from screens.home.screen import HomeScreen
from screens.steps.actions import ActionsScreen
from screens.steps.summary import SummaryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.session import Action, Lesson, Session

OWNED = Action(
    id="a1",
    what="Rebuild the segment",
    owner="Julie",
    due=date(2026, 5, 1),
    kpi="Conversion",
    target="3%",
)


def library_with(path: Path, **fields: object) -> str:
    """A session at the actions step with `fields`, in the library at `path`; its id."""
    with Library.open(path) as library:
        return library.add(Session(step="actions", **fields)).id


async def test_add_a_complete_action(tmp_path: Path) -> None:
    """a and the fields in order: the action is saved and passes the SMART check."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Launch a test", "tab", *"Sam", "tab", *"2026-06-30", "tab")
        await pilot.press(*"Click rate", "tab", *"4%", "tab", *"2026-07-15", "tab", "space")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        assert "✓ SMART" in screen_text(app)
    saved = stored(path, session_id).actions[0]
    assert (saved.what, saved.owner, saved.due, saved.kpi, saved.target) == (
        "Launch a test",
        "Sam",
        date(2026, 6, 30),
        "Click rate",
        "4%",
    )
    assert (saved.follow_up, saved.ab_test, saved.status) == (date(2026, 7, 15), True, "open")


async def test_smart_check_names_what_is_missing(tmp_path: Path) -> None:
    """An action typed as a noun phrase alone shows every gap, in the table and in full below."""
    path = tmp_path / "library.json"
    library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"New personas", "ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ owner, date,…" in text
        assert "SMART check: no owner, no date, no measurable target, no verb." in text


async def test_form_shows_the_smart_check_as_it_is_typed(tmp_path: Path) -> None:
    """The form's SMART check drops the verb gap once the action starts with a verb."""
    path = tmp_path / "library.json"
    library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Rebuild", "tab", *"Lea")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "SMART check: no date, no measurable target." in screen_text(app)


async def test_bad_date_is_refused(tmp_path: Path) -> None:
    """A due date that is not YYYY-MM-DD is named and nothing is saved."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Fix it", "tab", "tab", *"next week", "ctrl+s")
        await pilot.pause()
        assert "Due date: type a date as YYYY-MM-DD." in screen_text(app)
        await pilot.press("escape")
    assert stored(path, session_id).actions == []


async def test_edit_changes_the_owner(tmp_path: Path) -> None:
    """e opens the action's form filled in; a new owner is saved, the rest kept."""
    path = tmp_path / "library.json"
    session_id = library_with(path, actions=[OWNED])
    async with running_app(path) as (_, pilot):
        await pilot.press("enter", "e")
        await pilot.pause()
        await pilot.press("tab", "ctrl+u", *"Tom", "ctrl+s")
        await pilot.pause()
    assert stored(path, session_id).actions == [OWNED.model_copy(update={"owner": "Tom"})]


async def test_action_tied_to_a_lesson(tmp_path: Path) -> None:
    """The last field chooses the lesson the action puts into practice."""
    path = tmp_path / "library.json"
    lessons = [Lesson(id="l1", text="Personas from real data", category="strategic")]
    session_id = library_with(path, lessons=lessons)
    async with running_app(path) as (_, pilot):
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Build personas", *["tab"] * 7, "enter", "down", "enter", "ctrl+s")
        await pilot.pause()
    assert stored(path, session_id).actions[0].lesson_id == "l1"


async def test_x_marks_done_with_the_result_then_reopens(tmp_path: Path) -> None:
    """x asks for the result and marks the action done; x again opens it again."""
    path = tmp_path / "library.json"
    session_id = library_with(path, actions=[OWNED])
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "x")
        await pilot.pause()
        await pilot.press(*"2.4% in June", "ctrl+s")
        await pilot.pause()
        assert "Done. Result: 2.4% in June" in screen_text(app)
        assert app.open_workspace is not None
        assert app.open_workspace.session.actions[0].status == "done"
        await pilot.press("x")
        await pilot.pause()
    saved = stored(path, session_id).actions[0]
    assert (saved.status, saved.result) == ("open", "2.4% in June")


async def test_delete_then_undo(tmp_path: Path) -> None:
    """d deletes the highlighted action; u puts it back where it was."""
    path = tmp_path / "library.json"
    second = OWNED.model_copy(update={"id": "a2", "what": "Fix the page"})
    session_id = library_with(path, actions=[OWNED, second])
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "d")
        await pilot.pause()
        assert app.open_workspace is not None
        assert [a.id for a in app.open_workspace.session.actions] == ["a2"]
        await pilot.press("u")
        await pilot.pause()
    assert [a.id for a in stored(path, session_id).actions] == ["a1", "a2"]


async def test_next_with_no_action_asks_and_no_stays(tmp_path: Path) -> None:
    """ctrl+n with no action asks first; answering no stays on the actions step."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "No action has been written down" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
    assert stored(path, session_id).step == "actions"


async def test_next_with_no_action_and_yes_goes_to_the_summary(tmp_path: Path) -> None:
    """Answering yes goes on to the summary, and the session remembers it."""
    path = tmp_path / "library.json"
    session_id = library_with(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    assert stored(path, session_id).step == "summary"


async def test_home_with_an_unassigned_action_asks_and_no_stays(tmp_path: Path) -> None:
    """Escape with an open action nobody owns asks first; no stays on the step."""
    path = tmp_path / "library.json"
    library_with(path, actions=[OWNED.model_copy(update={"owner": ""})])
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Open actions with no owner: 1." in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)


async def test_home_with_an_unassigned_action_and_yes_goes_home(tmp_path: Path) -> None:
    """Answering yes goes back to the library."""
    path = tmp_path / "library.json"
    library_with(path, actions=[OWNED.model_copy(update={"owner": ""})])
    async with running_app(path) as (app, pilot):
        await pilot.press("enter", "escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_french_interface(tmp_path: Path) -> None:
    """In French, the columns, the SMART check, the question and the keys speak French."""
    path = tmp_path / "library.json"
    library_with(path, actions=[OWNED.model_copy(update={"owner": "", "due": None})])
    async with running_app(path, language="fr") as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ resp., date" in text
        assert "Contrôle SMART : sans responsable, sans échéance." in text
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Ajouter", "Modifier", "Faite"} <= labels
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Actions ouvertes sans responsable : 1." in screen_text(app)
