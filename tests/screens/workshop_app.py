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

from screens.app import RootcauseApp
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
            async with app.run_test(size=size) as pilot:
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
