"""Saving is told truly, and ending the process by a signal saves first.

The status line says "saving" from the very key that edits, and the real `rootcause`, run in a
pseudo-terminal on a slow disk, saves the edit and exits 0 when SIGTERM or SIGHUP arrives 0.1 s
after it; exit 1 and one line on stderr when the disk refuses the edit.
"""

import contextlib
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from screens.steps.signals import SignalsScreen
from screens.widgets.step_bar import StepBar
from storage.background import SessionSaver
from storage.library import Library
from tests.screens.workshop_app import running_app, stored
from workshop.case import CampaignCase
from workshop.session import Session

PROJECT = Path(__file__).resolve().parents[2]
GUARD_SECONDS = 20
"""How long the app in the pseudo-terminal may take before the test gives up (not an assertion)."""

SLOW_DISK = """
import errno, os, sys, time
from storage import durable

real_write = durable.write_durably

def write_durably(path, payload, **options):
    if os.environ.get("DISK_FULL"):
        raise OSError(errno.ENOSPC, "No space left on device")
    time.sleep(0.4)  # a large library: the edit is still being written when the signal comes
    real_write(path, payload, **options)

durable.write_durably = write_durably
from screens.cli import main
sys.exit(main())
"""


def a_session(library: Library) -> Session:
    return library.add(Session(step="signals", case=CampaignCase(campaign="Spring launch")))


async def test_the_status_line_says_saving_from_the_key_that_edits(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the saver's thread has even looked at the edit, the bar no longer says saved."""
    session = a_session(library)
    held = threading.Event()
    real_run = SessionSaver._run

    def held_back(saver: SessionSaver) -> None:
        held.wait(10)
        real_run(saver)

    monkeypatch.setattr(SessionSaver, "_run", held_back)
    try:
        async with running_app(library) as (app, pilot):
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, SignalsScreen)
            bar = app.screen.query_one(StepBar)
            assert "✓ saved" in bar.text
            await pilot.press("space")
            assert "saving…" in bar.text
            assert "✓ saved" not in bar.text
            held.set()
            assert app.open_workspace is not None and app.open_workspace.saver.flush(5)
            await pilot.pause()
            assert "✓ saved" in bar.text
    finally:
        held.set()
    assert stored(library, session.id).signals


class Terminal:
    """`rootcause` running in a pseudo-terminal; everything it draws is kept as plain text."""

    def __init__(self, library: Path, **env: str) -> None:
        master, slave = os.openpty()
        os.set_blocking(master, False)
        self.master = master
        environment = {**os.environ, "TERM": "xterm-256color", "ROOTCAUSE_LANG": "en", **env}
        environment["ROOTCAUSE_DB"] = str(library)
        environment["PYTHONPATH"] = str(PROJECT)
        self.process = subprocess.Popen(
            [sys.executable, "-c", SLOW_DISK],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=PROJECT,
            env=environment,
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""
        self.done = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while not self.done.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:  # the app exited: no one holds the terminal any more
                    return
                if not chunk:
                    return
                self.output += chunk

    def text(self) -> str:
        """What was drawn, escape sequences taken out."""
        return re.sub(
            r"\x1b(\[[0-9;?<>=$ ]*[ -/]*[@-~]|[@-_])", "", self.output.decode(errors="replace")
        )

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + GUARD_SECONDS
        while text not in self.text():
            assert self.process.poll() is None, self.text()[-2000:]
            assert time.monotonic() < deadline, f"{text!r} never shown"
            time.sleep(0.02)

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def exit_status(self) -> int:
        try:
            return self.process.wait(GUARD_SECONDS)
        finally:
            self.done.set()
            self.reader.join(2)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        self.done.set()
        self.reader.join(2)
        os.close(self.master)


@contextlib.contextmanager
def rootcause(library: Path, **env: str) -> Iterator[Terminal]:
    terminal = Terminal(library, **env)
    try:
        yield terminal
    finally:
        terminal.close()


def edit_then_signal(terminal: Terminal, signum: int) -> int:
    """Open the session, tick its first signal, send `signum` 0.1 s later; the exit status."""
    terminal.wait_for("Spring launch")
    terminal.press("\r")
    terminal.wait_for("space Tick")
    terminal.press(" ")
    terminal.wait_for("saving…")
    time.sleep(0.1)
    terminal.process.send_signal(signum)
    return terminal.exit_status()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_right_after_an_edit_saves_it_and_exits_0(tmp_path: Path, signum: int) -> None:
    """Closing the terminal or `kill` 0.1 s after a key: the edit is in the file, the exit is 0."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_session(library)
    with rootcause(path) as terminal:
        status = edit_then_signal(terminal, signum)
    assert stored(path, session.id).signals, "the edit was lost"
    assert status == 0


def test_a_signal_when_the_disk_refuses_exits_1_and_says_why(tmp_path: Path) -> None:
    """If the edit cannot be written, SIGTERM still ends the app, with status 1 and the reason."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_session(library)
    with rootcause(path, DISK_FULL="1") as terminal:
        terminal.wait_for("Spring launch")
        terminal.press("\r")
        terminal.wait_for("space Tick")
        terminal.press(" ")
        terminal.wait_for("not saved")
        terminal.process.send_signal(signal.SIGTERM)
        assert terminal.exit_status() == 1
        lines = [line for line in terminal.text().splitlines() if "rootcause: " in line]
    assert len(lines) == 1, lines
    assert "the last changes were not saved" in lines[0]
    assert "space" in lines[0].lower()
    assert not stored(path, session.id).signals
