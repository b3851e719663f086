"""The library at the file system's edges: devices, pipes, links, permissions, owners."""

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.durable import (
    NotRegularFileError,
    TooLargeError,
    read_bounded,
    write_durably,
)
from storage.errors import (
    ModeTightenedNotice,
    NotALibraryError,
    ReadOnlyLibraryError,
    UnreachableLibraryError,
)
from storage.library import Library
from tests.storage.devices import ROOT, make_char_device
from tests.storage.test_file import MIGRATED_MARK, add_mark_to_notes
from workshop.sample import sample_session
from workshop.session import SCHEMA_VERSION

root_bypasses_permissions = pytest.mark.skipif(ROOT, reason="root reads and writes regardless")
only_root = pytest.mark.skipif(not ROOT, reason="only root can give a file to another user")


@pytest.fixture(params=[3, 5], ids=["null", "zero"])
def char_device(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A character device, checked to be one still after the test."""
    node = make_char_device(tmp_path, request.param)
    assert stat.S_ISCHR(os.stat(node).st_mode)
    yield node
    assert stat.S_ISCHR(os.stat(node).st_mode), f"{node} was replaced"


def filled_library(path: Path) -> str:
    """A library at `path` with the English sample in it; returns the sample's id."""
    with Library.open(path) as library:
        return library.add(sample_session("en")).id


def test_a_character_device_is_refused_as_a_library(char_device: Path) -> None:
    """A device is never read nor replaced: one clear refusal, and it is still a device."""
    with pytest.raises(NotALibraryError) as refused:
        Library.open(char_device)
    assert "not a regular file" in refused.value.text("en")
    assert "pas un fichier ordinaire" in refused.value.text("fr")
    assert not Path(f"{char_device}.lock").exists()


def test_a_device_is_never_replaced_by_a_durable_write(char_device: Path) -> None:
    """Writing over a device is refused before anything is written."""
    with pytest.raises(NotRegularFileError):
        write_durably(char_device, b"{}")


def test_a_fifo_is_refused_as_a_library_without_hanging(tmp_path: Path) -> None:
    """A named pipe is refused at once; opening it must not wait for a writer."""
    fifo = tmp_path / "library.json"
    os.mkfifo(fifo)
    script = (
        "import sys; from pathlib import Path; from storage.library import Library\n"
        "from storage.errors import NotALibraryError\n"
        "try:\n    Library.open(Path(sys.argv[1]))\n"
        "except NotALibraryError as e:\n    print(e.text('en'))\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, str(fifo)],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
            cwd=Path(__file__).parents[2],
        )
    except subprocess.TimeoutExpired:
        pytest.fail("opening a FIFO as the library hung")
    assert "not a regular file" in done.stdout, done.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlink_loop_is_one_clear_error(tmp_path: Path) -> None:
    """A link that loops back on itself is named as such, not a RuntimeError."""
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises(UnreachableLibraryError) as refused:
        Library.open(tmp_path / "a")
    assert "loops back on itself" in refused.value.text("en")
    assert "revient sur lui-même" in refused.value.text("fr")


@root_bypasses_permissions
def test_an_unreadable_library_is_one_clear_error(tmp_path: Path) -> None:
    """A library the user may not read is refused with that reason, and left as it was."""
    path = tmp_path / "library.json"
    filled_library(path)
    before = path.read_bytes()
    path.chmod(0)
    try:
        with pytest.raises(UnreachableLibraryError) as refused:
            Library.open(path)
        assert "no permission to read it" in refused.value.text("en")
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == before


def test_a_read_only_library_file_opens_read_only(tmp_path: Path) -> None:
    """A 0400 library is read (even by root) but never written: a change says why."""
    path = tmp_path / "library.json"
    session_id = filled_library(path)
    path.chmod(0o400)
    before = path.read_bytes()
    with Library.open(path) as library:
        assert library.read_only
        assert library.get(session_id).id == session_id
        with pytest.raises(ReadOnlyLibraryError) as refused:
            library.add(sample_session("en"))
    assert "read-only" in refused.value.text("en")
    assert path.read_bytes() == before
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o400


def read_only_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `folder` read-only; for root, whom no mode stops, the check also says so."""
    folder.chmod(0o500)
    if ROOT:
        real_access = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            if Path(str(path)) == folder and mode & os.W_OK:
                return False
            return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)


def test_a_library_in_a_read_only_folder_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No lock file can be made in a read-only folder: the library is still read."""
    folder = tmp_path / "shared"
    folder.mkdir()
    session_id = filled_library(folder / "library.json")
    read_only_folder(folder, monkeypatch)
    try:
        with Library.open(folder / "library.json") as library:
            assert library.read_only
            assert [s.id for s in library.summaries()] == [session_id]
            with pytest.raises(ReadOnlyLibraryError) as refused:
                library.delete(session_id)
        assert "its folder cannot be written" in refused.value.text("en")
    finally:
        folder.chmod(0o700)


def test_no_library_is_created_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An absent library in a read-only folder opens empty and read-only, creating nothing."""
    folder = tmp_path / "shared"
    folder.mkdir()
    read_only_folder(folder, monkeypatch)
    try:
        with Library.open(folder / "library.json") as library:
            assert library.read_only
            assert library.summaries() == []
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_library_others_can_read_is_made_private_with_a_notice(tmp_path: Path) -> None:
    """A 0644 library becomes 0600 when opened, and the user is told, in both languages."""
    path = tmp_path / "library.json"
    filled_library(path)
    path.chmod(0o644)
    with Library.open(path) as library:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        [notice] = library.notices
        assert isinstance(notice, ModeTightenedNotice)
        assert "had mode 644" in notice.text("en")
        assert "avait le mode 644" in notice.text("fr")
        library.add(sample_session("fr"))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_private_library_has_no_notice(tmp_path: Path) -> None:
    """Nothing is said about a library that is already 0600."""
    path = tmp_path / "library.json"
    filled_library(path)
    with Library.open(path) as library:
        assert library.notices == []
        assert not library.read_only


@only_root
def test_a_rewritten_library_keeps_its_owner_and_group(tmp_path: Path) -> None:
    """Root changing another user's library leaves it that user's, not root's."""
    path = tmp_path / "library.json"
    filled_library(path)
    os.chown(path, 1234, 1234)
    with Library.open(path) as library:
        library.add(sample_session("en"))
    status = os.stat(path)
    assert (status.st_uid, status.st_gid) == (1234, 1234)
    assert stat.S_IMODE(status.st_mode) == 0o600
    with Library.open(path) as library:
        assert len(library.summaries()) == 2


def test_a_read_stops_at_its_limit(tmp_path: Path) -> None:
    """Input larger than the limit is refused instead of read whole into memory."""
    path = tmp_path / "big"
    path.write_bytes(b"x" * 11)
    with path.open("rb") as handle, pytest.raises(TooLargeError):
        read_bounded(handle, path, limit=10)
    with path.open("rb") as handle:
        assert read_bounded(handle, path, limit=11) == b"x" * 11


def test_an_older_read_only_library_is_migrated_in_memory_only(tmp_path: Path) -> None:
    """An older 0400 library is read at the current version; no backup, no write."""
    path = tmp_path / "library.json"
    session_id = filled_library(path)
    path.chmod(0o400)
    before, files = path.read_bytes(), sorted(tmp_path.iterdir())
    newer = SCHEMA_VERSION + 1
    with Library.open(path, version=newer, migrations={SCHEMA_VERSION: add_mark_to_notes}) as lib:
        assert lib.read_only
        assert lib.get(session_id).notes.endswith(MIGRATED_MARK)
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == files
