"""The session library: one TinyDB file shared safely by every process that opens it."""

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TypeVar

import filelock
from pydantic import ValidationError
from tinydb.storages import MemoryStorage

from storage.durable import DurableJSONStorage, remove_stray_temp_files
from storage.errors import (
    DAMAGE_REASON,
    AmbiguousSessionError,
    ConflictError,
    DamagedSessionError,
    LibraryBusyError,
    LibraryError,
    NewerLibraryError,
    SessionNotFoundError,
)
from storage.integrity import DAMAGE_KEY, damage_of, repair_notices
from storage.keyed import KeyedDB, KeyedTable, Tables
from storage.opening import (
    HEADER_ID,
    META,
    SESSIONS,
    TRASH,
    check_edges,
    header,
    prepare,
    resolved,
)
from workshop.board.summaries import SessionSummary
from workshop.bulk import paused_gc
from workshop.export.session_json import describe_validation_error
from workshop.ids import new_id
from workshop.migrations import MIGRATIONS, Migration
from workshop.session import SCHEMA_VERSION, Session

LOCK_TIMEOUT_SECONDS: Final = 10.0

T = TypeVar("T")


class Library:
    """All sessions of one library, plus its trash.

    Every change is a read-modify-write under the library's file lock, on a fresh view of the
    file, written atomically: no process loses another's change. Each session carries a revision
    number, so saving a session that changed elsewhere since it was loaded is refused.
    """

    def __init__(
        self,
        db: KeyedDB,
        *,
        path: Path | None = None,
        lock: contextlib.AbstractContextManager[Any] | None = None,
        read_only_because: LibraryError | None = None,
        version: int = SCHEMA_VERSION,
    ) -> None:
        self._db = db
        self._version = version
        self.path = path
        self._file_lock = lock if lock is not None else contextlib.nullcontext()
        self._thread_lock = threading.RLock()
        self._read_only_because = read_only_because
        self._sessions = KeyedTable(db, SESSIONS)
        self._trash = KeyedTable(db, TRASH)
        self.notices: list[LibraryError] = []
        """What the user should hear about the file once it is open (its mode was tightened)."""

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        lock_timeout: float = LOCK_TIMEOUT_SECONDS,
        version: int = SCHEMA_VERSION,
        migrations: Mapping[int, Migration] = MIGRATIONS,
    ) -> "Library":
        """Open (or create) the library file at `path`, migrating an older one after a backup.

        Anything but a regular file is refused before it is read. A library that cannot be
        written (a read-only file or folder) opens read-only; one others could read is made
        private, and `notices` says so.
        """
        path = resolved(path)
        edge = check_edges(path)
        lock: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
        if edge.read_only_because is None:
            lock = filelock.FileLock(f"{path}.lock", timeout=lock_timeout, mode=0o600)
        storage = DurableJSONStorage(path)
        db = KeyedDB(storage=lambda: storage)
        try:
            with _locked(lock, path):
                refusal = edge.read_only_because
                if refusal is None:
                    remove_stray_temp_files(path)
                refusal = prepare(db, storage, path, version, migrations, refusal) or refusal
        except BaseException:
            db.close()
            raise
        library = cls(db, path=path, lock=lock, read_only_because=refusal, version=version)
        library.notices.extend(edge.notices)
        library.notices.extend(repair_notices(path, storage.findings))
        return library

    @classmethod
    def in_memory(cls) -> "Library":
        """A library that lives in memory only, for tests and throw-away use."""
        db = KeyedDB(storage=MemoryStorage)
        KeyedTable(db, META).insert(HEADER_ID, header(SCHEMA_VERSION))
        return cls(db)

    def close(self) -> None:
        """Release the file; the library cannot be used afterwards."""
        self._db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """True when this rootcause may read the library but must not change it."""
        return self._read_only_because is not None

    @property
    def read_only_because(self) -> LibraryError | None:
        """Why the library is read-only, as the user will read it; None if it is not."""
        return self._read_only_because

    # -- reading ---------------------------------------------------------------------------

    def summaries(self) -> list[SessionSummary]:
        """Every session's summary, most recently changed first."""
        with self._thread_lock:
            docs = list(self._sessions)
        with paused_gc():
            summaries = [_summary(doc) for doc in docs]
        summaries.sort(key=_recency, reverse=True)
        return summaries

    def get(self, session_id: str) -> Session:
        """The session with this exact id."""
        with self._thread_lock:
            doc = self._sessions.get(session_id)
        if doc is None:
            raise SessionNotFoundError(session_id)
        try:
            return _validated(doc, session_id)
        except DamagedSessionError:
            # In a newer library, a session this version cannot read is not damaged.
            if isinstance(self._read_only_because, NewerLibraryError):
                raise self._read_only_because from None
            raise

    def stored(self, session_id: str) -> dict[str, Any]:
        """The session with this exact id as the file holds it, even damaged: to export it."""
        with self._thread_lock:
            doc = self._sessions.get(session_id)
        if doc is None:
            raise SessionNotFoundError(session_id)
        return doc

    def sessions(self) -> "LoadedSessions":
        """Every session, validated; those this version cannot read are named apart."""
        with self._thread_lock:
            docs = list(self._sessions)
        loaded = LoadedSessions([], [])
        with paused_gc():
            self._validate_all(docs, loaded)
        return loaded

    @staticmethod
    def _validate_all(docs: list[dict[str, Any]], loaded: "LoadedSessions") -> None:
        for doc in docs:
            session_id = str(doc.get("id", ""))
            try:
                loaded.sessions.append(_validated(doc, session_id))
            except DamagedSessionError:
                loaded.unreadable.append(session_id)

    def resolve(self, ref: str, *, in_trash: bool = False) -> str:
        """The id of the one session (in the trash if asked) whose id is `ref` or starts with it."""
        ref = ref.strip()
        with self._thread_lock:
            ids = (self._trash if in_trash else self._sessions).keys()
        if ref in ids:
            return ref
        matches = [i for i in ids if ref and i.startswith(ref)]
        if not matches:
            raise SessionNotFoundError(ref)
        if len(matches) > 1:
            raise AmbiguousSessionError(ref, len(matches))
        return matches[0]

    def trashed(self) -> list[tuple[SessionSummary, datetime | None]]:
        """The sessions in the trash with the time each was deleted, latest first."""
        with self._thread_lock:
            docs = list(self._trash)
        entries = [
            (SessionSummary.from_document(doc["session"]), _parse_time(doc.get("deleted_at")))
            for doc in docs
        ]
        entries.sort(key=lambda e: e[1] or datetime.min.replace(tzinfo=UTC), reverse=True)
        return entries

    # -- changing --------------------------------------------------------------------------

    def add(self, session: Session) -> Session:
        """Store `session` as a new session under a new id; returns it as stored."""

        def change() -> Session:
            stored = session.model_copy(update={"id": new_id(), "revision": 1})
            self._sessions.insert(stored.id, _dump(stored))
            return stored

        return self._change(change)

    def add_all(self, sessions: Sequence[Session]) -> list[Session]:
        """Store `sessions` as new sessions in one write (an import of many); returns them."""

        def change(tables: Tables) -> list[Session]:
            stored = tables.setdefault(SESSIONS, {})
            added = [s.model_copy(update={"id": new_id(), "revision": 1}) for s in sessions]
            for session in added:
                stored[session.id] = _dump(session)
            return added

        return self._change(lambda: self._db.update_tables(change))

    def save(self, session: Session) -> Session:
        """Store the edited `session`; ConflictError if it changed elsewhere since it was read."""

        def change() -> Session:
            current = self._sessions.get(session.id)
            if current is None:
                raise SessionNotFoundError(session.id)
            stored_revision = current.get("revision", 0)
            if stored_revision != session.revision:
                raise ConflictError(session.title, stored_revision, session.revision)
            saved = session.model_copy(
                update={"revision": session.revision + 1, "updated_at": datetime.now(UTC)}
            )
            self._sessions.put(saved.id, _dump(saved))
            return saved

        return self._change(change)

    def save_all(self, sessions: Sequence[Session]) -> list[Session]:
        """Store several edited sessions in one write: all of them, or none on a conflict."""

        def change(tables: Tables) -> list[Session]:
            stored = tables.setdefault(SESSIONS, {})
            now = datetime.now(UTC)
            saved = []
            for session in sessions:
                current = stored.get(session.id)
                if current is None:
                    raise SessionNotFoundError(session.id)
                stored_revision = current.get("revision", 0)
                if stored_revision != session.revision:
                    raise ConflictError(session.title, stored_revision, session.revision)
                saved.append(
                    session.model_copy(update={"revision": session.revision + 1, "updated_at": now})
                )
            for session in saved:
                stored[session.id] = _dump(session)
            return saved

        if len({s.id for s in sessions}) != len(sessions):
            raise ValueError("save_all: a session is given twice")
        return self._change(lambda: self._db.update_tables(change))

    def delete(self, session_id: str) -> None:
        """Move a session to the trash, from where `restore` brings it back."""

        def change(tables: Tables) -> None:
            sessions, trash = tables.setdefault(SESSIONS, {}), tables.setdefault(TRASH, {})
            if session_id not in sessions:
                raise SessionNotFoundError(session_id)
            deleted_at = datetime.now(UTC).isoformat()
            trash[session_id] = {"deleted_at": deleted_at, "session": sessions.pop(session_id)}

        self._change(lambda: self._db.update_tables(change))

    def restore(self, session_id: str) -> Session:
        """Bring a session back from the trash."""

        def change(tables: Tables) -> Session:
            sessions, trash = tables.setdefault(SESSIONS, {}), tables.setdefault(TRASH, {})
            if session_id not in trash:
                raise SessionNotFoundError(session_id)
            session = _validated(trash[session_id]["session"], session_id)
            sessions[session_id] = _dump(session)
            del trash[session_id]
            return session

        return self._change(lambda: self._db.update_tables(change))

    def purge(self, session_id: str) -> None:
        """Delete a session from the trash for good."""

        def change() -> None:
            if self._trash.get(session_id) is None:
                raise SessionNotFoundError(session_id)
            self._trash.remove(session_id)

        self._change(change)

    def _change(self, change: Callable[[], T]) -> T:
        if self._read_only_because is not None:
            raise self._read_only_because
        with self._thread_lock, _locked(self._file_lock, self.path):
            try:
                if self._db.storage.read() is None:
                    # The file vanished while open (a sync tool, a user): write it back as a
                    # library, or the next open would refuse what is added now.
                    KeyedTable(self._db, META).insert(HEADER_ID, header(self._version))
                return change()
            except BaseException:
                # TinyDB edits the cached tables before writing them; never trust them after a
                # failure.
                storage = self._db.storage
                if isinstance(storage, DurableJSONStorage):
                    storage.forget()
                raise


@dataclass(frozen=True, slots=True)
class LoadedSessions:
    """The library's sessions, and the ids of those that could not be read."""

    sessions: list[Session]
    unreadable: list[str]


@contextlib.contextmanager
def _locked(lock: contextlib.AbstractContextManager[Any], path: Path | None) -> Iterator[None]:
    try:
        with lock:
            yield
    except filelock.Timeout:
        raise LibraryBusyError(path or Path("library")) from None


def _dump(session: Session) -> dict[str, Any]:
    return session.model_dump(mode="json")


def _summary(doc: Mapping[str, Any]) -> SessionSummary:
    summary = SessionSummary.from_document(doc)
    return dataclasses.replace(summary, damaged=True) if DAMAGE_KEY in doc else summary


def _validated(doc: Mapping[str, Any], session_id: str) -> Session:
    damage = damage_of(dict(doc))
    if damage or DAMAGE_KEY in doc:
        first = damage[0] if damage else {}
        why = DAMAGE_REASON.get(str(first.get("problem")), DAMAGE_REASON["duplicate-key"])
        raise DamagedSessionError(session_id, why, at=str(first.get("at", "?")))
    try:
        return Session.model_validate(dict(doc))
    except ValidationError as error:
        raise DamagedSessionError(session_id, describe_validation_error(error)) from None


def _recency(summary: SessionSummary) -> datetime:
    return summary.updated_at or datetime.min.replace(tzinfo=UTC)


def _parse_time(value: object) -> datetime | None:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return None
