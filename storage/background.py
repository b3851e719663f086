"""Saving a session off the UI's thread: the newest state wins, failures are retried.

The screens hand every edit to `submit` and return at once; one writer thread saves the latest
state it was given. A failed save (disk full, library busy) is retried with growing pauses
until it succeeds. Each change of state is reported through `on_status`, once, in order: "saving"
by `submit` itself, before it returns (the screen must not show the previous "saved" while the
new edit waits for the writer), "saved" only once the library file holding the edit has been
renamed into place and flushed to disk. A session changed by another process is never
overwritten: the saver stops and reports a conflict until the screen reloads. A library opened
read-only is never written: the saver says "read_only" from the start and keeps nothing.
"""

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from storage.errors import ConflictError, LibraryError
from storage.library import Library
from workshop.session import Session

SaveState = Literal["saved", "saving", "failed", "conflict", "read_only"]

RETRY_DELAYS: Sequence[float] = (0.5, 1, 2, 5, 10, 30)
"""Seconds between attempts after a failed save; the last one repeats."""


@dataclass(frozen=True, slots=True)
class SaveStatus:
    """Where saving stands, for the status line."""

    state: SaveState
    error: LibraryError | None = None
    """Why the last attempt failed (failed, conflict), or why nothing is written (read_only)."""

    @property
    def unsaved(self) -> bool:
        """True when the edit on screen is not on disk and will not be without help."""
        return self.state in ("failed", "conflict", "read_only")


class SessionSaver:
    """The one writer of one open session."""

    def __init__(
        self,
        library: Library,
        session: Session,
        on_status: Callable[[SaveStatus], None],
        retry_delays: Sequence[float] = RETRY_DELAYS,
    ) -> None:
        self._library = library
        self._session_id = session.id
        self._revision = session.revision
        self._on_status = on_status
        self._delays = retry_delays
        self._pending: Session | None = None
        self._busy = False
        self._closing = False
        self._conflict = False
        self._kicked = False
        self._read_only = library.read_only_because
        self._unsaved = False
        """Read-only: whether an edit was submitted, which can never be written."""
        self._problem: LibraryError | None = None
        self._status = self._idle()
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="rootcause-saver", daemon=True)
        self._thread.start()

    def submit(self, session: Session) -> None:
        """Save `session` soon; a newer submit replaces one not yet written."""
        with self._wake:
            if self._conflict:
                return
            if self._read_only is not None:
                self._unsaved = True
                return
            self._pending = session
            if self._status.state == "saved":
                self._report(SaveStatus("saving"))
            self._wake.notify_all()

    @property
    def status(self) -> SaveStatus:
        """Where saving stands now: the last status reported."""
        with self._wake:
            return self._status

    @property
    def problem(self) -> LibraryError | None:
        """Why the last attempt failed, kept while retrying; None once a save succeeds."""
        with self._wake:
            return self._problem

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything submitted is written; False if that did not happen in time."""
        with self._wake:
            if self._read_only is not None:
                return not self._unsaved
            return (
                self._wake.wait_for(
                    lambda: (self._pending is None and not self._busy) or self._conflict, timeout
                )
                and not self._conflict
            )

    def retry_now(self) -> None:
        """Cut short the pause before the next attempt."""
        with self._wake:
            self._kicked = True
            self._wake.notify_all()

    def reload(self) -> Session:
        """Drop what was not saved and read the session as the library has it now."""
        with self._wake:
            self._pending = None
            self._conflict = False
            self._unsaved = False
        session = self._library.get(self._session_id)
        with self._wake:
            self._revision = session.revision
            self._problem = None
            self._report(self._idle())
        return session

    def close(self, timeout: float = 5.0) -> bool:
        """Write what is pending, then stop; False if something could not be saved in time."""
        saved = self.flush(timeout)
        with self._wake:
            self._closing = True
            self._wake.notify_all()
        self._thread.join(timeout)
        return saved

    def _run(self) -> None:
        failures = 0
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending is not None or self._closing)
                if self._closing and self._pending is None:
                    return
                session, self._pending = self._pending, None
                assert session is not None
                self._busy = True
                revision = self._revision
                self._report(SaveStatus("saving"))
            try:
                saved = self._library.save(session.model_copy(update={"revision": revision}))
            except ConflictError as error:
                self._problem = error
                self._finish(SaveStatus("conflict", error), conflict=True)
                continue
            except LibraryError as error:
                self._problem = error
                delay = self._delays[min(failures, len(self._delays) - 1)]
                failures += 1
                self._finish(SaveStatus("failed", error), retry=session)
                with self._wake:
                    self._wake.wait_for(lambda: self._closing or self._kicked, delay)
                    self._kicked = False
                    if self._closing:
                        return
                continue
            failures = 0
            with self._wake:
                self._problem = None
                self._revision = saved.revision
                # The save returns once the new file is renamed into place and flushed to disk:
                # only then, and only if no newer edit is waiting, is the session "saved".
                self._finish(SaveStatus("saved") if self._pending is None else None)

    def _finish(
        self,
        status: SaveStatus | None,
        *,
        retry: Session | None = None,
        conflict: bool = False,
    ) -> None:
        with self._wake:
            if retry is not None and self._pending is None:
                self._pending = retry
            self._conflict = self._conflict or conflict
            self._busy = False
            if status is not None:
                self._report(status)
            self._wake.notify_all()

    def _idle(self) -> SaveStatus:
        """What the saver says with nothing to write."""
        if self._read_only is not None:
            return SaveStatus("read_only", self._read_only)
        return SaveStatus("saved")

    def _report(self, status: SaveStatus) -> None:
        # Called with the lock held, so that a "saving" from `submit` and a "saved" from the
        # writer can never be told in the wrong order; `on_status` must return at once.
        if status != self._status:
            self._status = status
            self._on_status(status)
