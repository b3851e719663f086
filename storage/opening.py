"""Opening a library file: what the file system allows, its header, creating or migrating it."""

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from storage.durable import (
    DurableJSONStorage,
    NotRegularFileError,
    regular_file_status,
    unreadable,
    write_durably,
)
from storage.errors import (
    BAD_VERSION,
    FILE_READ_ONLY,
    FOLDER_READ_ONLY,
    IS_FOLDER,
    MIGRATION_FAILED,
    NO_HEADER,
    SYMLINK_LOOP,
    FolderError,
    LibraryError,
    ModeTightenedNotice,
    NewerLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    UnreachableLibraryError,
)
from storage.keyed import KeyedDB, KeyedTable
from workshop.migrations import Migration, migrate_session

LIBRARY_FORMAT: Final = "rootcause-library"
META, SESSIONS, TRASH = "meta", "sessions", "trash"
"""The library's tables: its header, its sessions, its trash."""
HEADER_ID: Final = "library"


PRIVATE_MODE: Final = 0o600


@dataclass
class Edge:
    """What the file system lets this process do with the library."""

    read_only_because: LibraryError | None = None
    notices: list[LibraryError] = field(default_factory=list)


def resolved(path: Path) -> Path:
    """`path` made absolute through its links: a rename over a link would replace the link."""
    try:
        return Path(path).expanduser().resolve()
    except RuntimeError:  # a symbolic link loop
        raise UnreachableLibraryError(Path(path), SYMLINK_LOOP) from None


def check_edges(path: Path) -> Edge:
    """Refuse what is not a regular file; find out whether the library may be written."""
    try:
        status = regular_file_status(path)
    except NotRegularFileError:
        if path.is_dir():
            raise NotALibraryError(path, IS_FOLDER) from None
        raise unreadable(path, NotRegularFileError(path)) from None
    except OSError as error:
        raise unreadable(path, error) from None
    if status is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise FolderError(path, error) from None
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return Edge(ReadOnlyLibraryError(path, FOLDER_READ_ONLY))
    if status is None:
        return Edge()
    mode = stat.S_IMODE(status.st_mode)
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        return Edge(ReadOnlyLibraryError(path, FILE_READ_ONLY))
    if mode == PRIVATE_MODE:
        return Edge()
    try:
        os.chmod(path, PRIVATE_MODE)
    except OSError:  # not the owner: the next save still writes it private
        return Edge()
    return Edge(notices=[ModeTightenedNotice(path, mode)])


def prepare(
    db: KeyedDB,
    storage: DurableJSONStorage,
    path: Path,
    version: int,
    migrations: Mapping[int, Migration],
    read_only_because: LibraryError | None = None,
) -> LibraryError | None:
    """Check the file is a library, create or migrate it; the reason it is read-only, if so.

    A library that may not be written is neither created nor migrated on disk: an older one is
    migrated in memory only, for reading.
    """
    tables = storage.read()
    if tables is None:
        if read_only_because is None:
            KeyedTable(db, META).insert(HEADER_ID, header(version))
        return None
    stored = tables.get(META, {}).get(HEADER_ID)
    if not isinstance(stored, dict) or stored.get("format") != LIBRARY_FORMAT:
        raise NotALibraryError(path, NO_HEADER)
    found = stored.get("version")
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise NotALibraryError(path, BAD_VERSION, version=repr(found))
    if found > version:
        return NewerLibraryError(path, found, version)
    if found < version:
        _migrate(storage, path, tables, found, version, migrations, read_only_because is None)
    return None


def _migrate(
    storage: DurableJSONStorage,
    path: Path,
    tables: dict[str, dict[str, Any]],
    found: int,
    version: int,
    migrations: Mapping[int, Migration],
    write: bool = True,
) -> None:
    """Write a backup of the library beside it, then bring every session to `version`."""
    if write:
        write_durably(_backup_path(path, found), path.read_bytes())
    try:
        for name in (SESSIONS, TRASH):
            for key, doc in tables.get(name, {}).items():
                if name == TRASH:
                    doc["session"] = migrate_session(
                        doc["session"], target=version, migrations=migrations
                    )
                else:
                    tables[name][key] = migrate_session(doc, target=version, migrations=migrations)
    except Exception as error:  # a failed migration must not cost the user the library
        storage.forget()
        raise NotALibraryError(path, MIGRATION_FAILED, version=found, detail=error) from None
    tables[META][HEADER_ID] = header(version)
    if write:
        storage.write(tables)


def _backup_path(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.name}.v{version}.{counter}.bak")
    return candidate


def header(version: int) -> dict[str, Any]:
    """The library's header: what the file is, and the shape of its sessions."""
    return {"format": LIBRARY_FORMAT, "version": version}
