"""What only a library on a real file does: permissions, refusals, versions, the read cache."""

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from storage.errors import (
    LibraryError,
    NewerLibraryError,
    NotALibraryError,
    SessionNotFoundError,
)
from storage.library import Library
from workshop.case import CampaignCase
from workshop.migrations import Document
from workshop.sample import sample_session
from workshop.session import SCHEMA_VERSION, RoundSetup, Session

NEWER = SCHEMA_VERSION + 1
"""A library version from a rootcause newer than this one."""

MIGRATED_MARK = " [migrated]"


def session_titled(title: str, **fields: Any) -> Session:
    """A small session whose campaign is `title`."""
    return Session(case=CampaignCase(campaign=title), **fields)


def titles(library: Library) -> set[str]:
    return {summary.title for summary in library.summaries()}


def snapshot(path: Path) -> tuple[bytes, int]:
    """What must not change about a file the library refused: its bytes and its mtime."""
    return path.read_bytes(), path.stat().st_mtime_ns


def permissions(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_library_is_private_and_its_folder_created(tmp_path: Path) -> None:
    """Opening a library in a missing folder creates the folder and a file only its owner reads."""
    path = tmp_path / "nested" / "deeper" / "library.json"
    with Library.open(path) as library:
        assert path.is_file()
        assert permissions(path) == 0o600
        assert permissions(path.parent) & 0o077 == 0
        library.add(session_titled("Spring sale"))
    assert permissions(path) == 0o600
    assert permissions(Path(f"{path}.lock")) & 0o077 == 0


def test_saving_keeps_an_existing_library_private(tmp_path: Path) -> None:
    """A library file someone made world-readable is private again after the next save."""
    path = tmp_path / "library.json"
    path.write_bytes(b"")
    path.chmod(0o644)
    with Library.open(path) as library:
        library.add(session_titled("Spring sale"))
    assert permissions(path) == 0o600


def test_a_folder_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    """When the library's folder cannot be created, the LibraryError names the library."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the folder should be")
    path = blocker / "library.json"
    with pytest.raises(LibraryError) as raised:
        Library.open(path)
    assert str(path) in str(raised.value)
    assert blocker.read_bytes() == b"a file where the folder should be"


def test_reopening_sees_every_session(tmp_path: Path) -> None:
    """Every session added, saved, deleted or restored is there when the file is reopened."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        added = [library.add(session_titled(f"Campaign {n}")) for n in range(5)]
        saved = library.save(added[0].model_copy(update={"notes": "Edited once."}))
        library.delete(added[1].id)
        library.delete(added[2].id)
        library.restore(added[2].id)
    with Library.open(path) as reopened:
        assert titles(reopened) == {"Campaign 0", "Campaign 2", "Campaign 3", "Campaign 4"}
        assert reopened.get(saved.id) == saved
        assert reopened.get(added[2].id) == added[2]
        assert [summary.id for summary, _ in reopened.trashed()] == [added[1].id]


def test_stray_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    """Temp files a killed writer left beside the library go on open; other files stay."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        stored = library.add(session_titled("Spring sale"))
    before = path.read_bytes()
    strays = [tmp_path / ".library.json.k3j2_x9.tmp", tmp_path / ".library.json.a.tmp"]
    for stray in strays:
        stray.write_bytes(b'{"half a libr')
    unrelated = [tmp_path / "notes.tmp", tmp_path / ".other.json.abc.tmp", tmp_path / "x.bak"]
    for other in unrelated:
        other.write_bytes(b"keep me")
    with Library.open(path) as reopened:
        assert reopened.get(stored.id) == stored
    assert not any(stray.exists() for stray in strays)
    assert all(other.read_bytes() == b"keep me" for other in unrelated)
    assert path.read_bytes() == before


def _tinydb_of_another_app() -> bytes:
    return orjson.dumps({"_default": {"1": {"a": 1}}})


def _truncated_library(path: Path) -> bytes:
    with Library.open(path) as library:
        for n in range(3):
            library.add(session_titled(f"Campaign {n}"))
    whole = path.read_bytes()
    return whole[: len(whole) // 2]


def _header_with_text_version() -> bytes:
    return orjson.dumps({"meta": {"library": {"format": "rootcause-library", "version": "1"}}})


NOT_LIBRARIES: dict[str, Callable[[Path], bytes]] = {
    "garbage": lambda _: b"\x00\xff\xfe this is no JSON at all \x89PNG",
    "truncated": _truncated_library,
    "array": lambda _: b'[{"meta": {}}, 1, 2]',
    "object-of-non-tables": lambda _: b'{"sessions": [1, 2], "meta": 3}',
    "table-of-non-documents": lambda _: b'{"sessions": {"a": 1}}',
    "tinydb-of-another-app": lambda _: _tinydb_of_another_app(),
    "header-version-not-a-number": lambda _: _header_with_text_version(),
    "a-json-string": lambda _: b'"library"',
}


@pytest.mark.parametrize("content", NOT_LIBRARIES.values(), ids=NOT_LIBRARIES.keys())
def test_not_a_library_is_refused_and_left_untouched(
    tmp_path: Path, content: Callable[[Path], bytes]
) -> None:
    """A file that is not a library gives NotALibraryError naming it, and is never written."""
    path = tmp_path / "library.json"
    path.write_bytes(content(path))
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = snapshot(path)
    with pytest.raises(NotALibraryError) as raised:
        Library.open(path)
    assert str(path) in str(raised.value)
    assert "left untouched" in str(raised.value)
    assert str(path) in raised.value.text("fr")
    assert snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.json", "library.json.lock"]


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    """A folder where the library should be gives NotALibraryError naming it, and is left alone."""
    path = tmp_path / "library.json"
    path.mkdir()
    (path / "inside.txt").write_bytes(b"mine")
    with pytest.raises(NotALibraryError, match="folder") as raised:
        Library.open(path)
    assert str(path) in str(raised.value)
    assert path.is_dir()
    assert [p.name for p in path.iterdir()] == ["inside.txt"]
    assert (path / "inside.txt").read_bytes() == b"mine"


def test_an_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    """A 0-byte file is taken as a new, empty library that then keeps what is added."""
    path = tmp_path / "library.json"
    path.touch()
    with Library.open(path) as library:
        assert library.summaries() == []
        assert not library.read_only
        stored = library.add(session_titled("Spring sale"))
    data = orjson.loads(path.read_bytes())
    assert data["meta"]["library"] == {"format": "rootcause-library", "version": SCHEMA_VERSION}
    with Library.open(path) as reopened:
        assert reopened.get(stored.id) == stored


def test_a_newer_library_opens_read_only(tmp_path: Path) -> None:
    """A library from a newer rootcause can be listed but any change raises NewerLibraryError."""
    path = tmp_path / "library.json"
    with Library.open(path, version=NEWER) as newer:
        stored = newer.add(session_titled("From the future"))
        newer.delete(newer.add(session_titled("Trashed in the future")).id)
    before = snapshot(path)

    with Library.open(path) as library:
        assert library.read_only
        assert [s.title for s in library.summaries()] == ["From the future"]
        changes: list[Callable[[], object]] = [
            lambda: library.add(session_titled("New")),
            lambda: library.save(stored),
            lambda: library.delete(stored.id),
            lambda: library.restore(stored.id),
            lambda: library.purge(stored.id),
        ]
        for change in changes:
            with pytest.raises(NewerLibraryError) as raised:
                change()
            assert str(path) in str(raised.value)
            assert "read-only" in str(raised.value)
    assert snapshot(path) == before


def test_a_newer_session_this_version_cannot_read_is_called_newer(tmp_path: Path) -> None:
    """In a newer library, a session with fields unknown here is reported as newer, not damaged."""
    path = tmp_path / "library.json"
    with Library.open(path, version=NEWER) as newer:
        stored = newer.add(session_titled("From the future"))
    data = orjson.loads(path.read_bytes())
    data["sessions"][stored.id]["mood_meter"] = 7
    path.write_bytes(orjson.dumps(data))
    with Library.open(path) as library, pytest.raises(NewerLibraryError):
        library.get(stored.id)


def test_the_current_library_is_not_read_only(tmp_path: Path) -> None:
    """A library written by this version opens for writing."""
    path = tmp_path / "library.json"
    Library.open(path).close()
    with Library.open(path) as library:
        assert not library.read_only


def add_mark_to_notes(doc: Document) -> Document:
    """A migration to the next version that still validates at the current model."""
    doc["notes"] = doc.get("notes", "") + MIGRATED_MARK
    return doc


def test_an_older_library_is_backed_up_and_migrated(tmp_path: Path) -> None:
    """Opening a library with a newer rootcause backs it up, then migrates list and trash."""
    path = tmp_path / "library.json"
    with Library.open(path, version=SCHEMA_VERSION) as old:
        listed = old.add(session_titled("Listed", notes="Listed notes."))
        trashed = old.add(session_titled("Trashed", notes="Trashed notes."))
        old.delete(trashed.id)
    old_bytes = path.read_bytes()

    with Library.open(
        path, version=NEWER, migrations={SCHEMA_VERSION: add_mark_to_notes}
    ) as library:
        assert not library.read_only
        assert library.get(listed.id).notes == "Listed notes." + MIGRATED_MARK
        assert library.get(listed.id).schema_version == NEWER
        assert [summary.title for summary, _ in library.trashed()] == ["Trashed"]

    backup = tmp_path / f"library.json.v{SCHEMA_VERSION}.bak"
    assert backup.read_bytes() == old_bytes
    assert permissions(backup) == 0o600
    data = orjson.loads(path.read_bytes())
    assert data["meta"]["library"]["version"] == NEWER
    assert data["trash"][trashed.id]["session"]["notes"] == "Trashed notes." + MIGRATED_MARK
    assert data["trash"][trashed.id]["session"]["schema_version"] == NEWER

    with Library.open(path, version=NEWER, migrations={SCHEMA_VERSION: add_mark_to_notes}) as again:
        assert again.get(listed.id).notes == "Listed notes." + MIGRATED_MARK
        restored = again.restore(trashed.id)
        assert restored.notes == "Trashed notes." + MIGRATED_MARK
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [f"library.json.v{SCHEMA_VERSION}.bak"]


def test_a_second_migration_does_not_overwrite_the_first_backup(tmp_path: Path) -> None:
    """A backup already beside the library is kept; the new one gets another name."""
    path = tmp_path / "library.json"
    Library.open(path, version=SCHEMA_VERSION).close()
    earlier = tmp_path / f"library.json.v{SCHEMA_VERSION}.bak"
    earlier.write_bytes(b"an earlier backup")
    Library.open(path, version=NEWER, migrations={SCHEMA_VERSION: add_mark_to_notes}).close()
    assert earlier.read_bytes() == b"an earlier backup"
    assert len(list(tmp_path.glob(f"library.json.v{SCHEMA_VERSION}.*.bak"))) == 1


def test_a_failing_migration_leaves_the_library_untouched(tmp_path: Path) -> None:
    """When a migration fails, NotALibraryError names the file and the library is not written."""
    path = tmp_path / "library.json"
    with Library.open(path, version=SCHEMA_VERSION) as old:
        stored = old.add(session_titled("Spring sale"))
    before = snapshot(path)

    def broken(doc: Document) -> Document:
        raise KeyError("a field this migration expected")

    with pytest.raises(NotALibraryError, match="could not be migrated") as raised:
        Library.open(path, version=NEWER, migrations={SCHEMA_VERSION: broken})
    assert str(path) in str(raised.value)
    assert snapshot(path) == before
    with pytest.raises(NotALibraryError):
        Library.open(path, version=NEWER + 1, migrations={SCHEMA_VERSION: add_mark_to_notes})
    assert snapshot(path) == before
    with Library.open(path, version=SCHEMA_VERSION) as library:
        assert library.get(stored.id) == stored


def test_the_read_cache_sees_another_librarys_changes(tmp_path: Path) -> None:
    """Two Library objects on one file each see what the other added, saved and deleted."""
    path = tmp_path / "library.json"
    with Library.open(path) as here, Library.open(path) as there:
        assert here.summaries() == [] and there.summaries() == []
        added = here.add(session_titled("Added here"))
        assert titles(there) == {"Added here"}
        saved = there.save(there.get(added.id).model_copy(update={"notes": "Saved there."}))
        assert here.get(added.id) == saved
        other = there.add(session_titled("Added there"))
        assert titles(here) == {"Added here", "Added there"}
        here.delete(other.id)
        assert titles(there) == {"Added here"}
        with pytest.raises(SessionNotFoundError):
            there.get(other.id)
        assert [s.id for s, _ in there.trashed()] == [other.id]


def test_a_library_file_removed_while_open_is_written_back_as_a_library(tmp_path: Path) -> None:
    """If the file disappears while a library is open, the next change writes a library again.

    Otherwise the sessions added afterwards land in a file rootcause refuses to open.
    """
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        library.add(session_titled("Before"))
        path.unlink()
        after = library.add(session_titled("After"))
    with Library.open(path) as reopened:
        assert reopened.get(after.id) == after
        assert not reopened.read_only


def test_a_library_reached_through_a_symlink_stays_a_symlink(tmp_path: Path) -> None:
    """Saving through a symlinked library path writes the link's target and keeps the link."""
    target = tmp_path / "synced" / "library.json"
    target.parent.mkdir()
    link = tmp_path / "library.json"
    link.symlink_to(target)
    with Library.open(link) as library:
        stored = library.add(session_titled("Spring sale"))
    assert link.is_symlink()
    with Library.open(target) as through_target:
        assert through_target.get(stored.id) == stored


def test_a_library_from_the_first_release_opens_and_is_upgraded(tmp_path: Path) -> None:
    """A version 1 file (before the round's fields existed) opens, keeps every session, and is
    upgraded after a backup."""
    path = tmp_path / "library.json"
    session = sample_session("en").model_copy(update={"id": "first-release", "round": RoundSetup()})
    doc = session.model_dump(mode="json")
    doc["schema_version"] = 1
    del doc["round"]
    for entry in doc["anonymous_entries"]:
        for field in ("count", "merged", "discuss", "links"):
            del entry[field]
    old = {
        "meta": {"library": {"format": "rootcause-library", "version": 1}},
        "sessions": {"first-release": doc},
    }
    path.write_bytes(orjson.dumps(old))
    with Library.open(path) as library:
        upgraded = library.get("first-release")
    assert upgraded.model_copy(update={"schema_version": 1}) == session.model_copy(
        update={"schema_version": 1}
    )
    assert upgraded.schema_version == SCHEMA_VERSION
    assert orjson.loads((tmp_path / "library.json.v1.bak").read_bytes()) == old
