"""An open session: what every step screen of that session shares."""

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from storage.background import SaveStatus, SessionSaver
from storage.library import Library
from workshop.content.steps import STEP_GUIDES
from workshop.session import Session
from workshop.steps.editing import revised
from workshop.timebox import TimeBox
from workshop.vocabulary import StepId


class Workspace:
    """The session being edited, the one saver that writes it, and the steps' time boxes.

    Screens change the session through `change`, which returns at once: the saver writes it
    off the event loop. From that moment `status` says "saving", until the edit is on disk.
    """

    def __init__(
        self,
        library: Library,
        session: Session,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.library = library
        self.session = session
        """The session as the screens show it: always the latest edit."""
        self.on_status: Callable[[], object] = lambda: None
        """Called after `status` changed (from the saver's thread, or from `change` and
        `replace` themselves for "saving"): the screen on show sets it."""
        self.saver = SessionSaver(library, session, self._reported)
        self.clock = clock
        """What the steps' time boxes count with (tests freeze it)."""
        self.today = today
        """Today's date, for what is due or overdue (tests freeze it)."""
        self.timeboxes: dict[StepId, TimeBox] = {
            step: TimeBox.of_minutes(guide.minutes) for step, guide in STEP_GUIDES.items()
        }
        self.held: dict[str, Callable[[], None]] = {}
        """What a screen keeps back from the file for a while, by name, with the call that puts
        it in the session: the anonymous round holds its answers until the round ends, so that
        no saved version tells when each answer was written. `close` puts everything in first."""

    @property
    def status(self) -> SaveStatus:
        """Where saving stands, as the screens draw it: "saving" from the edit until it is on disk."""
        return self.saver.status

    def _reported(self, status: SaveStatus) -> None:
        self.on_status()

    def change(self, **updates: Any) -> Session:
        """The session with `updates` applied (validated), handed to the saver."""
        return self.replace(revised(self.session, **updates))

    def replace(self, session: Session) -> Session:
        """Make `session` the current state and save it."""
        self.session = session
        self.saver.submit(session)
        return session

    def reload(self) -> Session:
        """Drop unsaved edits and take the session as stored (after a conflict)."""
        self.session = self.saver.reload()
        return self.session

    def timebox(self, step: StepId) -> TimeBox:
        """The time box of `step`."""
        return self.timeboxes[step]

    def update_timebox(self, step: StepId, change: Callable[[TimeBox, float], TimeBox]) -> None:
        """Apply `change(box, now)` to the time box of `step`."""
        self.timeboxes[step] = change(self.timeboxes[step], self.clock())

    def hold(self, name: str, put_in: Callable[[], None]) -> None:
        """Keep something back from the file until `release(name)` or `close`."""
        self.held[name] = put_in

    def release(self, name: str) -> None:
        """Put what `name` held into the session (and so to the saver); nothing if none."""
        put_in = self.held.pop(name, None)
        if put_in is not None:
            put_in()

    def close(self, timeout: float = 5.0) -> bool:
        """Put in what is held, save what is pending and stop the saver; False if not saved."""
        self.release_all()
        return self.saver.close(timeout)

    def release_all(self) -> None:
        """Put in everything held: before leaving, so that what is checked as saved is all."""
        for name in list(self.held):
            self.release(name)
