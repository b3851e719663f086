"""A full disk or an I/O error while saving: the library on disk stays as it was, and says so."""

import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import orjson
import pytest

from storage.errors import LibraryError, SaveFailedError
from storage.library import Library
from workshop.case import CampaignCase
from workshop.session import Session

ERRNOS = {"ENOSPC": errno.ENOSPC, "EIO": errno.EIO}


def os_error(code: int) -> OSError:
    return OSError(code, os.strerror(code))


class _WriteFailsHalfway:
    """A temp file whose write stores half the bytes, then fails as a full disk would."""

    def __init__(self, file: BinaryIO, code: int) -> None:
        self._file = file
        self._code = code

    def __enter__(self) -> "_WriteFailsHalfway":
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._file.close()

    def write(self, data: bytes) -> int:
        self._file.write(data[: len(data) // 2])
        self._file.flush()
        raise os_error(self._code)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


def fail_write(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _WriteFailsHalfway(real_fdopen(fd, *args, **kwargs), code)

    monkeypatch.setattr(os, "fdopen", fdopen)


def fail_fsync(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def fsync(fd: int) -> None:
        raise os_error(code)

    monkeypatch.setattr(os, "fsync", fsync)


def fail_replace(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def replace(*args: Any, **kwargs: Any) -> None:
        raise os_error(code)

    monkeypatch.setattr(os, "replace", replace)


FAULTS: dict[str, Callable[[pytest.MonkeyPatch, int], None]] = {
    "write": fail_write,
    "fsync": fail_fsync,
    "replace": fail_replace,
}


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "library.json"


@pytest.fixture
def library(path: Path) -> Iterator[Library]:
    """A library on a file holding two sessions."""
    with Library.open(path) as opened:
        for title in ("Spring sale", "Autumn webinar"):
            opened.add(Session(case=CampaignCase(campaign=title)))
        yield opened


def temp_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.endswith(".tmp"))


def documents(path: Path) -> dict[str, Any]:
    """The library file's tables that hold documents (an empty table holds nothing)."""
    tables: dict[str, Any] = orjson.loads(path.read_bytes())
    return {name: table for name, table in tables.items() if table}


def a_session(library: Library, title: str) -> Session:
    return next(library.get(s.id) for s in library.summaries() if s.title == title)


def assert_told_unchanged(error: LibraryError, path: Path, code: int) -> None:
    message = str(error)
    assert isinstance(error, SaveFailedError)
    assert str(path) in message
    assert os.strerror(code) in message
    assert "unchanged" in message


@pytest.mark.parametrize("code", ERRNOS.values(), ids=ERRNOS.keys())
@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_a_failed_save_leaves_the_library_as_it_was(
    library: Library,
    path: Path,
    fault: Callable[[pytest.MonkeyPatch, int], None],
    code: int,
) -> None:
    """A save that fails raises SaveFailedError, keeps the file's bytes and the stored session."""
    loaded = a_session(library, "Spring sale")
    edited = loaded.model_copy(update={"notes": "Typed during the workshop."})
    before = path.read_bytes()

    with pytest.MonkeyPatch.context() as patch, pytest.raises(LibraryError) as raised:
        fault(patch, code)
        library.save(edited)

    assert_told_unchanged(raised.value, path, code)
    assert path.read_bytes() == before
    assert temp_files(path) == []
    assert library.get(loaded.id) == loaded

    saved = library.save(edited)
    assert saved.notes == "Typed during the workshop."
    assert saved.revision == loaded.revision + 1
    with Library.open(path) as fresh:
        assert fresh.get(loaded.id) == saved
        assert fresh.get(a_session(library, "Autumn webinar").id).notes == ""


@pytest.mark.parametrize("code", ERRNOS.values(), ids=ERRNOS.keys())
@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_a_failed_add_leaves_the_library_as_it_was(
    library: Library,
    path: Path,
    fault: Callable[[pytest.MonkeyPatch, int], None],
    code: int,
) -> None:
    """An add that fails raises SaveFailedError and stores nothing, on disk or in memory."""
    listed_before = library.summaries()
    before = path.read_bytes()

    with pytest.MonkeyPatch.context() as patch, pytest.raises(LibraryError) as raised:
        fault(patch, code)
        library.add(Session(case=CampaignCase(campaign="Lost?")))

    assert_told_unchanged(raised.value, path, code)
    assert path.read_bytes() == before
    assert temp_files(path) == []
    assert library.summaries() == listed_before

    added = library.add(Session(case=CampaignCase(campaign="Added after")))
    with Library.open(path) as fresh:
        assert {s.title for s in fresh.summaries()} == {
            "Spring sale",
            "Autumn webinar",
            "Added after",
        }
        assert fresh.get(added.id) == added


def test_a_failed_folder_sync_does_not_claim_the_library_unchanged(
    library: Library, path: Path
) -> None:
    """If syncing the folder fails after the rename, the user is not told the file is unchanged.

    Either the save is refused and the file really is as before (so saving the same edit again
    works), or the save stands and a fresh library shows it.
    """
    loaded = a_session(library, "Spring sale")
    edited = loaded.model_copy(update={"notes": "Typed during the workshop."})
    before = path.read_bytes()
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise os_error(errno.EIO)
        real_fsync(fd)

    refused = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        try:
            library.save(edited)
        except SaveFailedError as error:
            refused = error
    if refused is not None:
        assert path.read_bytes() == before, f"told {str(refused)!r}, but the file holds the edit"
        assert library.save(edited).notes == edited.notes
    with Library.open(path) as fresh:
        assert fresh.get(loaded.id).notes == edited.notes


def nth_replace_fails(patch: pytest.MonkeyPatch, n: int) -> None:
    """Make the n-th os.replace from now on fail as a full disk would."""
    real_replace = os.replace
    calls = 0

    def replace(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == n:
            raise os_error(errno.ENOSPC)
        real_replace(*args, **kwargs)

    patch.setattr(os, "replace", replace)


def run_with_nth_write_failing(action: Callable[[], object], n: int) -> SaveFailedError | None:
    """Run `action` with its n-th file write failing; the SaveFailedError it raised, if any."""
    with pytest.MonkeyPatch.context() as patch:
        nth_replace_fails(patch, n)
        try:
            action()
        except SaveFailedError as error:
            return error
    return None


@pytest.mark.parametrize("failing_write", [1, 2, 3])
def test_a_failed_delete_is_all_or_nothing(
    library: Library, path: Path, failing_write: int
) -> None:
    """Whichever file write of a delete fails, the library is as before or the delete is whole."""
    session = a_session(library, "Spring sale")
    before = documents(path)

    refused = run_with_nth_write_failing(lambda: library.delete(session.id), failing_write)
    if refused is not None:
        assert documents(path) == before, f"told {str(refused)!r}, but the file was changed"
        assert library.get(session.id) == session
        assert library.trashed() == []
    else:
        assert session.id not in {s.id for s in library.summaries()}
        assert [s.id for s, _ in library.trashed()] == [session.id]


@pytest.mark.parametrize("failing_write", [1, 2, 3])
def test_a_failed_restore_is_all_or_nothing(
    library: Library, path: Path, failing_write: int
) -> None:
    """Whichever file write of a restore fails, the library is as before or the restore is whole."""
    session = a_session(library, "Spring sale")
    library.delete(session.id)
    before = documents(path)

    refused = run_with_nth_write_failing(lambda: library.restore(session.id), failing_write)
    if refused is not None:
        assert documents(path) == before, f"told {str(refused)!r}, but the file was changed"
        assert [s.id for s, _ in library.trashed()] == [session.id]
        assert session.id not in {s.id for s in library.summaries()}
    else:
        assert library.get(session.id) == session
        assert library.trashed() == []
