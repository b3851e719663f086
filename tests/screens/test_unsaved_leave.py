"""Leaving a session whose last change the library would not take: asked, never dropped silently.

Esc or ctrl+q with the save failing (a full disk, a read-only library) shows why, in the
interface language, and the user retries, stays, keeps a rescue copy that imports back, or
discards after confirming. ctrl+q over a form holding typed text asks about that text first.
When the process must go anyway the copy is written and named on stderr.
"""

import errno
import os
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from screens import shutdown
from screens.app import RootcauseApp
from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.form import FormDialog
from screens.dialogs.unsaved import RescuedDialog, UnsavedDialog
from screens.home.screen import HomeScreen
from screens.steps.base import StepScreen
from screens.widgets.step_bar import StepBar
from storage.errors import SaveFailedError
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.case import CampaignCase
from workshop.export.session_json import session_from_json
from workshop.session import Session


def a_session(path: Path) -> Session:
    with Library.open(path) as library:
        return library.add(Session(step="signals", case=CampaignCase(campaign="Spring launch")))


def disk_full(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(session: Session) -> Session:
        raise SaveFailedError(library.path or Path("x"), OSError(errno.ENOSPC, "No space left"))

    monkeypatch.setattr(library, "save", refuse)


async def edit_and_fail(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """Open the session, tick a signal, and wait until the saver has said it failed."""
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, StepScreen)
    await pilot.press("space")
    for _ in range(100):
        await pilot.pause(0.02)
        if app.open_workspace is not None and app.open_workspace.status.state == "failed":
            break
    await pilot.pause()


async def until(pilot: Pilot[None], app: RootcauseApp, kind: type) -> None:
    """Wait until a `kind` screen is on top with its widgets in place."""
    for _ in range(150):
        if isinstance(app.screen, kind) and app.screen.is_mounted and app.screen.children:
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError(f"{kind.__name__} never shown; on screen: {app.screen!r}")


def shown(app: RootcauseApp) -> str:
    """What the screen says, the labels of its buttons included."""
    labels = [str(button.label) for button in app.screen.query(Button)]
    return "\n".join([screen_text(app), *labels])


def rescues(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-unsaved-*.json"))


async def test_esc_on_a_full_disk_says_why_and_keeps_a_copy_that_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bar says disk full; Esc asks; c writes the copy, tells its path, then leaves."""
    path = tmp_path / "library.json"
    session = a_session(path)
    with Library.open(path) as library:
        disk_full(library, monkeypatch)
        async with running_app(library) as (app, pilot):
            await edit_and_fail(app, pilot)
            assert "not saved: disk full" in app.screen.query_one(StepBar).text
            await pilot.press("escape")
            await until(pilot, app, UnsavedDialog)
            assert "No space left" in shown(app)
            await pilot.press("c")
            await until(pilot, app, RescuedDialog)
            (copy,) = rescues(tmp_path)
            assert str(copy) in shown(app)
            await pilot.press("enter")
            await until(pilot, app, HomeScreen)
            assert app.open_workspace is None
    assert copy.name.startswith("spring-launch-unsaved-")
    assert session_from_json(copy.read_bytes()).signals, "the copy lacks the edit"
    assert not stored(path, session.id).signals
    assert oct(os.stat(copy).st_mode & 0o777) == "0o600"


async def test_discard_asks_first_then_drops_the_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.json"
    a_session(path)
    with Library.open(path) as library:
        disk_full(library, monkeypatch)
        async with running_app(library) as (app, pilot):
            await edit_and_fail(app, pilot)
            await pilot.press("escape")
            await until(pilot, app, UnsavedDialog)
            await pilot.press("d")
            await pilot.pause()
            assert "cannot be brought back" in shown(app)
            await pilot.press("n")  # not yet: back to the question
            await until(pilot, app, UnsavedDialog)
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("y")
            await until(pilot, app, HomeScreen)
            assert app.unsaved is None
    assert rescues(tmp_path) == []


async def test_stay_keeps_the_session_and_a_later_save_lets_it_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc in the dialog stays; once the disk has room, r saves and the dialog closes itself."""
    path = tmp_path / "library.json"
    session = a_session(path)
    with Library.open(path) as library:
        real_save = library.save
        disk_full(library, monkeypatch)
        async with running_app(library) as (app, pilot):
            await edit_and_fail(app, pilot)
            await pilot.press("escape")
            await until(pilot, app, UnsavedDialog)
            await pilot.press("escape")
            await until(pilot, app, StepScreen)
            assert app.open_workspace is not None
            await pilot.press("escape")
            await until(pilot, app, UnsavedDialog)
            monkeypatch.setattr(library, "save", real_save)
            await pilot.press("r")
            await until(pilot, app, HomeScreen)
    assert stored(path, session.id).signals
    assert rescues(tmp_path) == []


async def test_a_read_only_library_says_so_at_start_on_the_bar_and_on_quit_in_french(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.json"
    a_session(path)
    path.chmod(0o444)
    with Library.open(path) as library:
        async with running_app(library) as (app, pilot):
            notes = " ".join(str(note.message) for note in app._notifications)
            assert "read-only" in notes
            await pilot.press("enter")
            await pilot.pause()
            bar = app.screen.query_one(StepBar)
            assert "read-only" in bar.text and "✓ saved" not in bar.text
            await pilot.press("space")
            await pilot.press("ctrl+q")
            await until(pilot, app, UnsavedDialog)
            assert not app._notifications  # the start-up notice no longer covers the choices
            assert "is open read-only" in shown(app)
            assert "Retry now" not in shown(app)  # nothing will retry
            await pilot.press("ctrl+l")
            await until(pilot, app, UnsavedDialog)
            assert "lecture seule" in shown(app)
            assert "Enregistrer une copie" in shown(app)
            await pilot.press("c")
            await until(pilot, app, RescuedDialog)
            await pilot.press("enter")
            await pilot.pause()
            assert app.return_code == 1
    path.chmod(0o644)
    (copy,) = rescues(tmp_path)
    assert session_from_json(copy.read_bytes()).signals
    assert app.rescued == copy


async def test_ctrl_q_over_a_form_with_typed_text_can_save_it_first(tmp_path: Path) -> None:
    """The note typed in the form is asked about; saving it puts it in the library, then quits."""
    path = tmp_path / "library.json"
    session = a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")  # the note of the highlighted signal
        await until(pilot, app, FormDialog)
        await pilot.press(*"seen on day two")
        await pilot.press("ctrl+q")
        await until(pilot, app, ChoiceDialog)
        assert "did not save" in shown(app)
        await pilot.press("enter")  # the first choice: save it, then quit
        for _ in range(100):
            if app.return_code is not None:
                break
            await pilot.pause(0.02)
        assert app.return_code == 0
    assert "seen on day two" in stored(path, session.id).model_dump_json()


async def test_ctrl_q_over_an_untouched_form_quits_at_once(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    a_session(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await until(pilot, app, FormDialog)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_a_forced_leave_writes_the_copy_and_names_it_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As on SIGTERM: no question, exit 1, and the stderr line names the copy."""
    monkeypatch.setattr(shutdown, "SAVE_WAIT", 0.2)
    path = tmp_path / "library.json"
    a_session(path)
    with Library.open(path) as library:
        disk_full(library, monkeypatch)
        async with running_app(library) as (app, pilot):
            await edit_and_fail(app, pilot)
            app.leave()
            await pilot.pause()
    assert app.return_code == 1
    assert app.rescued is not None and app.unsaved is not None
    shutdown.report_unsaved(app.unsaved, "en", app.rescued)
    (line,) = capsys.readouterr().err.splitlines()
    assert "the last changes were not saved" in line and str(app.rescued) in line
    assert session_from_json(app.rescued.read_bytes()).signals


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_reason_on_the_bar_is_short_enough_for_80_columns(language: str) -> None:
    """The save state with its reason leaves the step's name room beside the clock."""
    from screens.widgets.step_bar import REASONS, SAVE_STATES

    for reason in REASONS.values():
        line = SAVE_STATES["failed"].text(language).format(reason=reason.text(language))  # type: ignore[arg-type]
        assert len(line) <= 36, line
    assert len(SAVE_STATES["read_only"].text(language)) <= 40  # type: ignore[arg-type]
