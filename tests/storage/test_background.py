"""The background saver: edits reach the library off the caller's thread, whatever happens."""

import errno
import os
import threading
from pathlib import Path

import pytest

from storage.background import SaveStatus, SessionSaver
from storage.errors import SaveFailedError
from storage.library import Library
from workshop.session import Session


class Statuses:
    """Collects what the saver reports, from its thread."""

    def __init__(self) -> None:
        self.seen: list[SaveStatus] = []
        self.lock = threading.Lock()

    def __call__(self, status: SaveStatus) -> None:
        with self.lock:
            self.seen.append(status)

    def states(self) -> list[str]:
        with self.lock:
            return [s.state for s in self.seen]


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library.json")


def test_every_submitted_edit_ends_up_saved(library: Library) -> None:
    """Many quick edits: after flush the library holds the last one, with a higher revision."""
    session = library.add(Session(problem="start"))
    statuses = Statuses()
    saver = SessionSaver(library, session, statuses)
    for n in range(50):
        saver.submit(session.model_copy(update={"problem": f"edit {n}"}))
    assert saver.close()
    stored = library.get(session.id)
    assert stored.problem == "edit 49"
    assert stored.revision > session.revision
    assert statuses.states()[-1] == "saved"


def test_a_failed_save_is_reported_and_retried_until_it_lands(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the disk is full the saver reports it and retries; the edit lands once space is back."""
    session = library.add(Session(problem="start"))
    statuses = Statuses()
    saver = SessionSaver(library, session, statuses, retry_delays=(0.05,))
    real_replace = os.replace
    disk_full = threading.Event()
    disk_full.set()

    def replace(src: str, dst: str) -> None:
        if disk_full.is_set():
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    saver.submit(session.model_copy(update={"problem": "typed while the disk was full"}))
    assert not saver.flush(timeout=0.5)
    failures = [s for s in statuses.seen if s.state == "failed"]
    assert failures and isinstance(failures[0].error, SaveFailedError)
    assert library.get(session.id).problem == "start"
    disk_full.clear()
    assert saver.close(timeout=5)
    assert library.get(session.id).problem == "typed while the disk was full"


def test_a_change_made_elsewhere_is_never_overwritten(tmp_path: Path) -> None:
    """If another window saved the session, the saver reports a conflict and writes nothing."""
    mine = Library.open(tmp_path / "library.json")
    session = mine.add(Session(problem="start"))
    statuses = Statuses()
    saver = SessionSaver(mine, session, statuses)
    other = Library.open(tmp_path / "library.json")
    other.save(other.get(session.id).model_copy(update={"problem": "from the other window"}))
    saver.submit(session.model_copy(update={"problem": "mine"}))
    assert not saver.flush(timeout=2)
    assert "conflict" in statuses.states()
    assert mine.get(session.id).problem == "from the other window"
    reloaded = saver.reload()
    assert reloaded.problem == "from the other window"
    saver.submit(reloaded.model_copy(update={"problem": "mine, after reloading"}))
    assert saver.close()
    assert mine.get(session.id).problem == "mine, after reloading"


def test_submit_returns_without_waiting_for_the_disk(library: Library) -> None:
    """Submitting never blocks on a slow save: it only hands the state over."""
    session = library.add(Session())
    entered = threading.Event()
    release = threading.Event()
    real_save = library.save

    def slow_save(s: Session) -> Session:
        entered.set()
        release.wait(5)
        return real_save(s)

    library.save = slow_save  # type: ignore[method-assign]
    saver = SessionSaver(library, session, Statuses())
    saver.submit(session.model_copy(update={"problem": "one"}))
    assert entered.wait(5)
    second = threading.Thread(
        target=saver.submit, args=(session.model_copy(update={"problem": "two"}),)
    )
    second.start()
    second.join(2)
    handed_over_while_disk_busy = not second.is_alive()
    release.set()
    assert handed_over_while_disk_busy
    assert saver.close()
    assert library.get(session.id).problem == "two"
