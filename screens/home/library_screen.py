"""A screen whose calls to the library run off the event loop, one at a time."""

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from screens.base import LocalizedScreen
from storage.errors import LibraryError
from workshop.phrase import Phrase

T = TypeVar("T")
ScreenResultT = TypeVar("ScreenResultT")

LIBRARY_WORK = "library"
"""The worker group of every call to the library from the home screens (tests wait for it)."""
BUSY_DELAY = 0.3
"""Seconds a library call may take before the screen says it is waiting."""
WAITING = Phrase(
    en="Waiting for the library… (another window may be saving)",
    fr="En attente de la bibliothèque… (une autre fenêtre enregistre peut-être)",
)
STILL_BUSY = Phrase(
    en="One moment: the library is still busy with the last request.",
    fr="Un instant : la bibliothèque traite encore la demande précédente.",
)


class LibraryScreen(LocalizedScreen[ScreenResultT]):
    """A screen whose calls to the library run off the event loop, one at a time.

    A call that takes a while shows WAITING in `#library-busy`; a key that would start a second
    call meanwhile is refused with a note, so the calls happen in the order the user made them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.library_calls: dict[Worker[Any], Callable[[Any], object]] = {}
        """The call running, with what to do with its result on the event loop."""
        self.busy_timer: Timer | None = None
        self.listing_wanted = False
        """A fresh listing was asked for while a call ran: read it once that call is done."""
        self.only_reading = False
        """True while the call running is the screen's own read of its listing."""
        self.queued: list[tuple[Callable[[], Any], Callable[[Any], object]]] = []
        """Calls a dialog's answer asked for while another ran, in the order asked."""

    @property
    def library_busy(self) -> bool:
        """True while a call to the library runs."""
        return bool(self.library_calls)

    def call_library(
        self,
        call: Callable[[], T],
        then: Callable[[T], object],
        *,
        quiet: bool = False,
        queue: bool = False,
    ) -> bool:
        """Run `call` in a thread, then `then(result)` here. While another call runs, False
        (with a note unless `quiet`), or with `queue` (what a dialog answered: never lost) run
        it after that one."""
        if self.library_busy:
            if queue or self.only_reading:  # a listing read ends soon: the key is kept
                self.queued.append((call, then))
            elif not quiet:
                self.notify(self.t(STILL_BUSY), severity="warning", timeout=3)
            return False
        self.only_reading = quiet
        worker = self.run_worker(call, thread=True, group=LIBRARY_WORK, exit_on_error=False)
        self.library_calls[worker] = then
        self.busy_timer = self.set_timer(BUSY_DELAY, self.show_waiting)
        return True

    def show_waiting(self) -> None:
        for line in self.query("#library-busy").results(Static):
            line.update(Text(self.t(WAITING), style="bold"))
            line.display = True

    def library_done(self) -> None:
        if self.busy_timer is not None:
            self.busy_timer.stop()
            self.busy_timer = None
        for line in self.query("#library-busy").results(Static):
            line.update("")
            line.display = False

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker not in self.library_calls or not worker.is_finished:
            return
        then = self.library_calls.pop(worker)
        self.library_done()
        if event.state == WorkerState.SUCCESS:
            done = then(worker.result)
            if inspect.isawaitable(done):
                await done
        elif event.state == WorkerState.ERROR:
            error = worker.error
            if not isinstance(error, LibraryError):
                raise error if error is not None else RuntimeError(worker)  # a bug: stay loud
            self.library_failed(error)
        if self.queued and not self.library_busy:
            self.call_library(*self.queued.pop(0))
        if self.listing_wanted and not self.library_busy:
            self.listing_wanted = False
            await self.read_listing()

    async def read_listing(self) -> None:
        """Read again what the screen lists from the library."""
        await self.relabel()

    def library_failed(self, error: LibraryError) -> None:
        """Say why the call failed, in the interface language."""
        self.notify(error.text(self.language), severity="error")
