"""Driving the workshop app in tests: an app on a library, at the projector's size.

The library is in memory unless the test's subject is the file (what is on disk, reopening after
quit, another process, a disk that fails): then the test passes the file's path.
"""

import contextlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from screens.app import RootcauseApp
from screens.home.library_screen import LIBRARY_WORK
from storage.library import Library
from workshop.session import Session
from workshop.vocabulary import Language

TODAY = date(2026, 11, 23)
"""The day the app believes it is in tests, so what is overdue does not drift."""

PROJECTOR = (80, 24)
"""The smallest terminal the workshop must work in: a laptop on a projector, large font."""


class FrozenClock:
    """A clock for the step time boxes that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


LibrarySource = Library | Path | None
"""A library to run on: this one, the library file at this path, or (None) a new one in memory."""


@contextlib.contextmanager
def opened(source: LibrarySource) -> Iterator[Library]:
    """The library `source` names; one opened here is closed (and saved) at the end."""
    if isinstance(source, Library):
        yield source
        return
    with Library.in_memory() if source is None else Library.open(source) as library:
        yield library


async def library_settled(pilot: Pilot[None]) -> None:
    """Wait until no call to the library runs and what each one does after it has been done
    (a call's result may start the next one: open after new, the list after a delete)."""
    for _ in range(100):
        running = [w for w in pilot.app.workers if w.group == LIBRARY_WORK and not w.is_finished]
        if not running:
            return
        with contextlib.suppress(WorkerFailed):  # the screen says why; the test reads it
            await pilot.app.workers.wait_for_complete(running)
        await Pilot.pause(pilot)
    raise AssertionError("the library calls never settled")


class SettlingPilot(Pilot[None]):
    """A Pilot whose key presses and pauses also wait for the calls to the library the keys
    started: they run in threads, and a test reads what they did."""

    settling = True
    """False while a test looks at the screen during a call (a library that is slow or locked)."""

    async def press(self, *keys: str) -> None:
        if not self.settling:
            await super().press(*keys)
            return
        for key in keys:  # a key typed after Enter on home goes to the session it opens
            await super().press(key)
            await library_settled(self)

    async def pause(self, delay: float | None = None) -> None:
        await super().pause(delay)
        if self.settling:
            await library_settled(self)


@asynccontextmanager
async def running_app(
    source: LibrarySource = None,
    language: Language = "en",
    size: tuple[int, int] = PROJECTOR,
    clock: FrozenClock | None = None,
    today: date = TODAY,
) -> AsyncIterator[tuple[RootcauseApp, Pilot[None]]]:
    """The app on `source` (see LibrarySource); the open session is saved and closed when done."""
    with opened(source) as library:
        app = RootcauseApp(library, language, clock or FrozenClock(), today=lambda: today)
        try:
            async with app.run_test(size=size) as plain:
                pilot = SettlingPilot(plain.app)
                await pilot.pause()
                yield app, pilot
        finally:
            app.close_workspace()


def stored(source: Library | Path, session_id: str) -> Session:
    """The session as saved: read back from `source`, or as a fresh process reads the file."""
    with opened(source) as library:
        return library.get(session_id)


def screen_text(app: RootcauseApp) -> str:
    """Everything the current screen shows, as plain text (what a user would read)."""
    from textual.widgets import DataTable, Input, Static, TextArea

    parts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            parts.append(str(widget.render()))
        elif isinstance(widget, TextArea):
            parts.append(widget.text)
        elif isinstance(widget, Input):
            parts.append(widget.value)
        elif isinstance(widget, DataTable):
            for row in range(widget.row_count):
                parts.append(" | ".join(str(cell) for cell in widget.get_row_at(row)))
    return "\n".join(parts)
