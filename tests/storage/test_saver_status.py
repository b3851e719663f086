"""What the saver reports is true: "saving" from the edit on, "saved" only once it is on disk."""

import threading
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from storage import durable
from storage.background import SaveStatus, SessionSaver
from storage.errors import SaveFailedError
from storage.library import Library
from workshop.session import Session


class Reports:
    """What the saver reported, with the thread that reported it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int]] = []
        self.lock = threading.Lock()

    def __call__(self, status: SaveStatus) -> None:
        with self.lock:
            self.seen.append((status.state, threading.get_ident()))

    def states(self) -> list[str]:
        with self.lock:
            return [state for state, _ in self.seen]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every saver's writer thread back until the test sets it (set again at the end)."""
    opened = threading.Event()
    real_run = SessionSaver._run

    def held_back(saver: SessionSaver) -> None:
        opened.wait(10)
        real_run(saver)

    monkeypatch.setattr(SessionSaver, "_run", held_back)
    yield opened
    opened.set()


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(tmp_path / "library.json")


def test_submit_says_saving_before_it_returns(library: Library, gate: threading.Event) -> None:
    """Even before the writer thread has run, the edit is reported as being saved, by the caller."""
    session = library.add(Session(problem="start"))
    reports = Reports()
    saver = SessionSaver(library, session, reports)
    assert saver.status.state == "saved"
    saver.submit(session.model_copy(update={"problem": "typed"}))
    assert saver.status.state == "saving"  # type: ignore[comparison-overlap]
    assert reports.seen == [("saving", threading.get_ident())]
    gate.set()
    assert saver.close()
    assert reports.states() == ["saving", "saved"]
    assert saver.status.state == "saved"


def test_a_newer_edit_is_never_reported_saved_with_the_older_one(
    library: Library, gate: threading.Event
) -> None:
    """An edit made while an older one is being written keeps "saving" until it is written too."""
    session = library.add(Session(problem="start"))
    writing, release = threading.Event(), threading.Event()
    real_save = library.save

    def slow_save(s: Session) -> Session:
        writing.set()
        release.wait(5)
        return real_save(s)

    library.save = slow_save  # type: ignore[method-assign,assignment]
    saver = SessionSaver(library, session, Reports())
    saver.submit(session.model_copy(update={"problem": "first"}))
    gate.set()
    assert writing.wait(5)
    saver.submit(session.model_copy(update={"problem": "second"}))
    library.save = real_save  # type: ignore[method-assign]
    release.set()
    assert saver.flush(5)
    assert saver.status.state == "saved"
    assert library.get(session.id).problem == "second"


def test_saved_is_said_only_once_the_file_is_renamed_and_flushed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When "saved" is reported the file on disk holds the edit and its folder has been fsynced."""
    path = tmp_path / "library.json"
    library = Library.open(path)
    session = library.add(Session(problem="start"))
    folder_flushes: list[Path] = []
    real_fsync_folder = durable.fsync_folder

    def fsync_folder(folder: Path) -> None:
        real_fsync_folder(folder)
        folder_flushes.append(folder)

    monkeypatch.setattr(durable, "fsync_folder", fsync_folder)
    seen_when_saved: list[tuple[bool, int]] = []

    def on_status(status: SaveStatus) -> None:
        if status.state == "saved":
            on_disk = b"typed just now" in path.read_bytes()
            seen_when_saved.append((on_disk, len(folder_flushes)))

    saver = SessionSaver(library, session, on_status)
    saver.submit(session.model_copy(update={"problem": "typed just now"}))
    assert saver.close()
    assert seen_when_saved == [(True, 1)]
    assert folder_flushes == [tmp_path]
    stored = orjson.loads(path.read_bytes())
    assert "typed just now" in orjson.dumps(stored).decode()


def test_a_read_only_library_is_never_written_and_says_so(tmp_path: Path) -> None:
    """The saver says read-only from the start; an edit is kept from the file and flush says so."""
    path = tmp_path / "library.json"
    with Library.open(path) as setup:
        session = setup.add(Session(problem="start"))
    path.chmod(0o444)
    try:
        with Library.open(path) as library:
            saver = SessionSaver(library, session, Reports())
            assert saver.status.state == "read_only"
            assert saver.status.error is library.read_only_because
            assert saver.flush(0), "nothing typed yet: nothing unsaved"
            saver.submit(session.model_copy(update={"problem": "typed"}))
            assert saver.status.state == "read_only"
            assert not saver.flush(0)
            assert not saver.close(0.1)
    finally:
        path.chmod(0o644)
    with Library.open(path) as library:
        assert library.get(session.id).problem == "start"


def test_the_reason_of_a_failure_is_kept_while_retrying(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between two attempts ("saving") the last failure is still known; a success forgets it."""
    session = library.add(Session(problem="start"))
    failing = threading.Event()
    failing.set()
    real_save = library.save

    def save(s: Session) -> Session:
        if failing.is_set():
            raise SaveFailedError(library.path or Path("x"), OSError(28, "No space"))
        return real_save(s)

    monkeypatch.setattr(library, "save", save)
    saver = SessionSaver(library, session, Reports(), retry_delays=(0.05,))
    saver.submit(session.model_copy(update={"problem": "typed"}))
    assert not saver.flush(0.3)
    assert saver.problem is not None and "No space" in saver.problem.text("en")
    failing.clear()
    assert saver.flush(2)
    assert saver.problem is None
    assert saver.close()
