"""After another window saved the session, the edits here are a draft: said so, and never lost
without the user choosing it (ctrl+r: reload after a confirmation, keep a copy, or stay)."""

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from screens.app import RootcauseApp
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.conflict import ConflictDialog
from screens.steps.base import StepScreen
from screens.steps.draft_keeping import DraftLine
from screens.widgets.step_bar import StepBar
from storage.errors import LibraryBusyError
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.case import CampaignCase
from workshop.session import Session
from workshop.vocabulary import Language


def a_session(path: Path) -> Session:
    with Library.open(path) as library:
        return library.add(
            Session(step="case", case=CampaignCase(campaign="Spring launch"), problem="mine")
        )


def saved_elsewhere(path: Path, session: Session) -> None:
    """Another process saves the same session."""
    with Library.open(path) as other:
        other.save(other.get(session.id).model_copy(update={"problem": "theirs"}))


async def add_kpi(pilot: Pilot[None], name: str) -> None:
    await pilot.press("a")
    await pilot.pause()
    await pilot.press(*name, "tab", *"500", "tab", *"320", "ctrl+s")
    await pilot.pause()


async def into_conflict(
    app: RootcauseApp, pilot: Pilot[None], path: Path, session: Session
) -> None:
    """Open the session, let another window save it, then edit twice: the draft holds both."""
    await pilot.press("enter")
    await pilot.pause()
    await edit_after_another_window(app, pilot, path, session)
    await add_kpi(pilot, "Clicks")  # an edit after the conflict: shown, not written
    await pilot.pause()


async def edit_after_another_window(
    app: RootcauseApp, pilot: Pilot[None], path: Path, session: Session
) -> None:
    """Another window saves the session, then an edit here meets the conflict."""
    saved_elsewhere(path, session)
    await add_kpi(pilot, "Leads")
    for _ in range(50):
        await pilot.pause(0.05)
        if "changed elsewhere" in app.screen.query_one(StepBar).text:
            break


async def open_dialog(app: RootcauseApp, pilot: Pilot[None]) -> ConflictDialog:
    await pilot.press("ctrl+r")
    await pilot.pause()
    assert isinstance(app.screen, ConflictDialog)
    return app.screen


def notices(app: RootcauseApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def draft_line(app: RootcauseApp) -> str:
    """The draft line as shown: empty while it is hidden."""
    line = app.screen.query_one(DraftLine)
    return str(line.render()) if line.display else ""


def dialog_text(app: RootcauseApp, dialog: ConflictDialog) -> str:
    """What the dialog shows, its choices included."""
    choices = dialog.query_one(OptionList)
    options = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
    return "\n".join([screen_text(app), *options])


def titles(path: Path) -> list[str]:
    with Library.open(path) as library:
        return sorted(s.title for s in library.sessions().sessions)


async def test_the_step_says_what_is_on_screen_is_a_draft(tmp_path: Path) -> None:
    """After the conflict, the step shows a line saying the edits are a draft, not saved."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert draft_line(app) == ""
        saved_elsewhere(path, session)
        await add_kpi(pilot, "Leads")
        for _ in range(50):
            await pilot.pause(0.05)
            if "A draft, not saved" in draft_line(app):
                break
        assert "A draft, not saved" in draft_line(app)
        assert "Leads" in screen_text(app)
    assert stored(path, session.id).case.kpis == []


async def test_keeping_the_draft_as_a_copy_stores_both_versions(tmp_path: Path) -> None:
    """The file ends with the other window's session untouched and a copy holding the draft."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await into_conflict(app, pilot, path, session)
        dialog = await open_dialog(app, pilot)
        text = dialog_text(app, dialog)
        assert "the case" in text and "the problem statement" in text
        assert "Spring launch (draft copy)" in text
        assert dialog.is_modal
        await pilot.press("up", "enter")  # Stay is highlighted first; up is the copy
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert "Spring launch (draft copy)" in notices(app)
        assert app.screen.session.problem == "theirs"
        assert draft_line(app) == ""
        assert "✓ saved" in app.screen.query_one(StepBar).text
    with Library.open(path) as library:
        sessions = {s.title: s for s in library.sessions().sessions}
    assert set(sessions) == {"Spring launch", "Spring launch (draft copy)"}
    original, copy = sessions["Spring launch"], sessions["Spring launch (draft copy)"]
    assert original.id == session.id
    assert (original.problem, original.case.kpis) == ("theirs", [])
    assert copy.id != session.id
    assert copy.problem == "mine"
    assert [k.name for k in copy.case.kpis] == ["Leads", "Clicks"]


async def test_reloading_asks_before_it_discards_the_draft(tmp_path: Path) -> None:
    """Reload asks again; No keeps the draft on screen, Yes takes the stored session."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await into_conflict(app, pilot, path, session)
        await open_dialog(app, pilot)
        await pilot.press("up", "up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert [k.name for k in app.screen.session.case.kpis] == ["Leads", "Clicks"]
        await open_dialog(app, pilot)
        await pilot.press("up", "up", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.session.problem == "theirs"
        assert app.screen.session.case.kpis == []
    assert titles(path) == ["Spring launch"]


async def test_staying_keeps_the_draft_and_writes_nothing(tmp_path: Path) -> None:
    """Escape (or Stay) closes the dialog with the draft still on screen and the file as it was."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await into_conflict(app, pilot, path, session)
        await open_dialog(app, pilot)
        await pilot.press("enter")  # Stay
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert "A draft, not saved" in draft_line(app)
        assert [k.name for k in app.screen.session.case.kpis] == ["Leads", "Clicks"]
    assert titles(path) == ["Spring launch"]
    assert stored(path, session.id).problem == "theirs"


async def test_a_copy_that_cannot_be_stored_is_told_and_the_draft_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy library refuses the copy: one sentence says so, and nothing is reloaded."""
    path = tmp_path / "library.json"
    session = a_session(path)

    def busy(self: Library, session: Session) -> Session:
        raise LibraryBusyError(path)

    async with running_app(path) as (app, pilot):
        await into_conflict(app, pilot, path, session)
        await open_dialog(app, pilot)
        monkeypatch.setattr(Library, "add", busy)
        await pilot.press("up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert "could not be kept as a copy" in notices(app)
        assert [k.name for k in app.screen.session.case.kpis] == ["Leads", "Clicks"]
        assert "A draft, not saved" in draft_line(app)
        monkeypatch.undo()
    assert titles(path) == ["Spring launch"]


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "Reloading keeps only the saved version"), ("fr", "Recharger ne garde que")],
)
async def test_the_dialog_speaks_the_interface_language(
    tmp_path: Path, language: Language, said: str
) -> None:
    """The dialog and the draft line are written in English and in French."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path, language=language) as (app, pilot):
        await into_conflict(app, pilot, path, session)
        line = "A draft, not saved" if language == "en" else "Brouillon non enregistré"
        assert line in draft_line(app)
        dialog = await open_dialog(app, pilot)
        assert said in dialog_text(app, dialog)


async def test_the_palette_offers_the_choice_only_after_a_conflict(tmp_path: Path) -> None:
    """Reload is a palette command while a draft is held, and not before."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert "Reload" not in [c.title for c in app.screen.palette_commands()]
        await edit_after_another_window(app, pilot, path, session)
        assert isinstance(app.screen, StepScreen)
        assert "Reload" in [c.title for c in app.screen.palette_commands()]
