"""Leaving the workshop: whatever ends it, what is pending is saved first, and the exit says so.

Closing the terminal sends SIGHUP, and `kill` or a logout sends SIGTERM; by default either ends
the process at once, with the last edit still waiting for the saver. While the app runs both are
caught on its event loop and handled like ctrl+q: the pending edit is written (with a bounded
wait), then the app exits with status 0, or with 1 and one line on stderr saying why something
could not be saved.
"""

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable

from storage.background import SaveStatus
from workshop.export.escape import plain
from workshop.phrase import Phrase
from workshop.vocabulary import Language

LEAVING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
"""What a terminal closing, a logout or `kill` sends: each saves and leaves like ctrl+q."""

SAVE_WAIT = 5.0
"""Seconds leaving waits for the pending edit to reach the disk before it gives up on it."""

NOT_SAVED = Phrase(
    en="rootcause: the last changes were not saved: {reason}",
    fr="rootcause : les dernières modifications n'ont pas été enregistrées : {reason}",
)
STILL_WRITING = Phrase(
    en="the disk did not finish writing within {seconds} s",
    fr="le disque n'a pas fini d'écrire en {seconds} s",
)


def leave_on_signals(leave: Callable[[], None]) -> None:
    """Call `leave` on the running event loop when SIGTERM or SIGHUP arrives.

    Runs on the loop's thread (the main one); the loop's closing puts the defaults back.
    """
    loop = asyncio.get_running_loop()
    for signum in LEAVING_SIGNALS:
        loop.add_signal_handler(signum, leave)


def unsaved_reason(status: SaveStatus, language: Language) -> str:
    """Why the saver stopped short of "saved", in `language`."""
    if status.error is not None and status.state in ("failed", "conflict"):
        return status.error.text(language)
    return STILL_WRITING.text(language).format(seconds=f"{SAVE_WAIT:.0f}")


def report_unsaved(reason: str, language: Language) -> None:
    """Say on stderr, in one line, that something was not saved and why."""
    line = NOT_SAVED.text(language).format(reason=plain(reason))
    # The terminal may already be gone (SIGHUP): the exit status still tells.
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)
