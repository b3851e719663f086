"""The home screen stays responsive while the library is slow or locked by another process.

Its calls to the library run off the event loop: keys are answered during the wait, the screen
says it is waiting, a second call is refused meanwhile, and a failure is said in the interface
language once the wait ends.
"""

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from screens.app import RootcauseApp
from screens.dialogs.help import HelpScreen
from screens.home.library_screen import LIBRARY_WORK
from screens.home.screen import HomeScreen
from screens.steps.base import StepScreen
from storage.library import Library
from tests.screens.workshop_app import (
    SettlingPilot,
    library_settled,
    running_app,
    screen_text,
)
from workshop.sample import sample_session
from workshop.session import Session

LOCK_WAIT = 5.0
"""How long the app's library waits for the lock in these tests (10 s in use)."""
HOLD_LOCK = """
import sys, filelock
lock = filelock.FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


def said(app: RootcauseApp) -> str:
    return " ".join(str(note.message) for note in app._notifications)


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Have another process take a library's lock, and keep it for as long as the test runs."""
    holders: list[subprocess.Popen[str]] = []

    def hold(path: Path) -> None:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, f"{path}.lock"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        holders.append(holder)
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"

    yield hold
    for holder in holders:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)


class SlowLibrary(Library):
    """A library whose every call takes a while, as a large file does."""

    delay = 4.0

    def add(self, session: Session) -> Session:
        time.sleep(self.delay)
        return super().add(session)

    def delete(self, session_id: str) -> None:
        time.sleep(self.delay)
        super().delete(session_id)


def still_waiting(app: RootcauseApp) -> bool:
    """True while a call to the library runs."""
    return any(w.group == LIBRARY_WORK and not w.is_finished for w in app.workers)


@pytest.mark.parametrize(
    ("language", "waiting", "busy"),
    [
        ("en", "Waiting for the library", "is busy"),
        ("fr", "En attente de la bibliothèque", "est occupé"),
    ],
)
async def test_a_lock_held_elsewhere_does_not_freeze_the_screen(
    tmp_path: Path, lock_holder: Callable[[Path], None], language: str, waiting: str, busy: str
) -> None:
    """s while another process holds the lock: help opens during the wait, then the busy
    library is said in the interface language and nothing was added."""
    path = tmp_path / "library.json"
    with Library.open(path, lock_timeout=LOCK_WAIT) as library:
        lock_holder(path)
        async with running_app(library, language=language) as (app, pilot):  # type: ignore[arg-type]
            assert isinstance(pilot, SettlingPilot)
            pilot.settling = False
            await pilot.press("s")
            await pilot.pause(0.5)
            assert waiting in screen_text(app)
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            assert still_waiting(app)  # answered during the wait, not after it
            await pilot.press("escape")
            assert isinstance(app.screen, HomeScreen)
            assert busy not in said(app)  # still waiting for the lock
            await library_settled(pilot)
            await pilot.pause()
            assert busy in said(app)
            assert waiting not in screen_text(app)
            assert isinstance(app.screen, HomeScreen)
        assert library.summaries() == []


async def test_a_slow_library_does_not_delay_keys() -> None:
    """While a slow add runs, the cursor moves at once; the sample opens when it is stored."""
    library = SlowLibrary.in_memory()
    library.add_all([sample_session("en")] * 3)
    async with running_app(library) as (app, pilot):
        assert isinstance(pilot, SettlingPilot)
        pilot.settling = False
        table = app.screen.query_one("#sessions")
        await pilot.press("s")
        await pilot.press("down")
        assert getattr(table, "cursor_row", None) == 1
        assert isinstance(app.screen, HomeScreen)  # not open yet: the add is still running
        assert still_waiting(app)
        await library_settled(pilot)
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
    assert len(library.summaries()) == 4


async def test_a_second_call_waits_for_the_first() -> None:
    """s twice, or u during a delete, while the library works: the second is refused with a
    note, so one sample is added and undo never runs before the delete it undoes."""
    library = SlowLibrary.in_memory()
    kept = library.add(sample_session("en"))
    async with running_app(library) as (app, pilot):
        assert isinstance(pilot, SettlingPilot)
        await pilot.press("d")
        pilot.settling = False
        await pilot.press("y")
        await pilot.press("u")
        assert "still busy" in said(app)
        await library_settled(pilot)
        await pilot.pause()
        assert library.summaries() == []
        assert "Press u to undo" in said(app)
        pilot.settling = True
        await pilot.press("u")
        assert [s.id for s in library.summaries()] == [kept.id]
        pilot.settling = False
        await pilot.press("s", "s")
        await library_settled(pilot)
        await pilot.pause()
    assert len(library.summaries()) == 2
