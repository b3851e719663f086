"""Opening a library file: checking its header, creating it, or migrating it after a backup."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from storage.durable import DurableJSONStorage, write_durably
from storage.errors import (
    BAD_VERSION,
    MIGRATION_FAILED,
    NO_HEADER,
    LibraryError,
    NewerLibraryError,
    NotALibraryError,
)
from storage.keyed import KeyedDB, KeyedTable
from workshop.migrations import Migration, migrate_session

LIBRARY_FORMAT: Final = "rootcause-library"
META, SESSIONS, TRASH = "meta", "sessions", "trash"
"""The library's tables: its header, its sessions, its trash."""
HEADER_ID: Final = "library"


def prepare(
    db: KeyedDB,
    storage: DurableJSONStorage,
    path: Path,
    version: int,
    migrations: Mapping[int, Migration],
) -> LibraryError | None:
    """Check the file is a library, create or migrate it; the reason it is read-only, if so."""
    tables = storage.read()
    if tables is None:
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
        _migrate(storage, path, tables, found, version, migrations)
    return None


def _migrate(
    storage: DurableJSONStorage,
    path: Path,
    tables: dict[str, dict[str, Any]],
    found: int,
    version: int,
    migrations: Mapping[int, Migration],
) -> None:
    """Write a backup of the library beside it, then bring every session to `version`."""
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
