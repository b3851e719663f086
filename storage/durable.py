"""A TinyDB storage that never leaves a half-written library behind.

TinyDB's JSONStorage rewrites the file in place, so a process killed mid-write or a full disk
corrupts it. This storage writes a temporary file beside the library, fsyncs it, renames it over
the library and fsyncs the folder: at every instant the file on disk is either the old library or
the new one. Reads are cached and reused while the file on disk is the one that was read.
"""

import contextlib
import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb.storages import Storage

from storage.errors import (
    NO_READ_PERMISSION,
    NOT_A_TABLE,
    NOT_JSON,
    NOT_REGULAR,
    NOT_TABLES,
    SYMLINK_LOOP,
    TOO_LARGE,
    LibraryError,
    NotALibraryError,
    SaveFailedError,
    UnreachableLibraryError,
)
from storage.integrity import Finding, read_tables

Tables = dict[str, dict[str, Any]]

TEMP_SUFFIX = ".tmp"
MAX_LIBRARY_BYTES = 1 << 30
"""Never read more than this: a library of 5,000 sessions is about 40 MB."""


class NotRegularFileError(OSError):
    """The path names a device, a pipe, a socket or a folder: never read nor replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


class TooLargeError(OSError):
    """The file is larger than the most that is read."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EFBIG, "file too large", str(path))


def regular_file_status(path: Path) -> os.stat_result | None:
    """The status of the regular file at `path`, None if there is none; else NotRegularFileError."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        raise NotRegularFileError(path)
    return status


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading, only if it is a regular file: a FIFO never blocks the open."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFileError(path)
    return os.fdopen(fd, "rb")


def read_bounded(handle: BinaryIO, path: Path, limit: int = MAX_LIBRARY_BYTES) -> bytes:
    """The whole content of `handle`, or TooLargeError past `limit` bytes."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(path)
    return data


def temp_prefix(path: Path) -> str:
    """The name prefix of the temporary files written beside `path`."""
    return f".{path.name}."


def remove_stray_temp_files(path: Path) -> int:
    """Delete temporary files a killed writer left beside `path`; call only under the lock."""
    removed = 0
    prefix = temp_prefix(path)
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(path.parent):
            if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def write_durably(path: Path, payload: bytes, *, mode: int | None = None) -> None:
    """Replace `path` by `payload` atomically and durably; on failure `path` is unchanged.

    The file is private (0600) unless `mode` says otherwise; a file replaced keeps its owner and
    group. Anything but a regular file at `path` is refused (NotRegularFileError), never replaced.
    """
    existing = regular_file_status(path)
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        if existing is not None:
            _keep_owner(fd, existing)
        with os.fdopen(fd, "wb") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    # The new library is in place and its bytes are on disk; only the folder entry's flush
    # remains. If that fails there is no old file left to roll back to, and reporting the save
    # as failed would make the caller redo a change that is already there: the save stands.
    with contextlib.suppress(OSError):
        fsync_folder(path.parent)


def _keep_owner(fd: int, existing: os.stat_result) -> None:
    """Give the new file the owner and group of the one it replaces, where allowed."""
    status = os.fstat(fd)
    if (status.st_uid, status.st_gid) == (existing.st_uid, existing.st_gid):
        return
    if os.geteuid() == 0:
        os.fchown(fd, existing.st_uid, existing.st_gid)
    else:  # an owner may only give the file a group of their own
        with contextlib.suppress(OSError):
            os.fchown(fd, -1, existing.st_gid)


def shared_file_mode(path: Path) -> int:
    """The mode for a file the user shares: an existing file's own, else what the umask allows."""
    try:
        return os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def parse_tables(path: Path, raw: bytes) -> tuple[Tables | None, list[Finding]]:
    """The TinyDB tables in `raw` (None for an empty file) and what had to be repaired in them.

    NotALibraryError when `raw` is not an object of tables; a bad session is confined to itself
    (see storage.integrity).
    """
    if not raw.strip():
        return None, []
    try:
        data, findings = read_tables(raw)
    except (ValueError, RecursionError) as error:
        detail = type(error).__name__ if isinstance(error, RecursionError) else error
        raise NotALibraryError(path, NOT_JSON, detail=detail) from None
    if not isinstance(data, dict):
        raise NotALibraryError(path, NOT_TABLES)
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise NotALibraryError(path, NOT_A_TABLE, name=repr(name))
    return data, findings


def unreadable(path: Path, error: OSError) -> LibraryError:
    """Why the library at `path` cannot be read, as one sentence for the user."""
    if isinstance(error, NotRegularFileError):
        return NotALibraryError(path, NOT_REGULAR)
    if isinstance(error, TooLargeError):
        return NotALibraryError(path, TOO_LARGE, limit=MAX_LIBRARY_BYTES // 1_000_000)
    if isinstance(error, PermissionError):
        return UnreachableLibraryError(path, NO_READ_PERMISSION)
    if error.errno == errno.ELOOP:
        return UnreachableLibraryError(path, SYMLINK_LOOP)
    return UnreachableLibraryError(path, error.strerror or str(error))


@dataclass
class _Snapshot:
    """The last version of the file read or written, and how to recognise it."""

    stamp: tuple[int, int, int, int]
    tables: Tables
    handle: BinaryIO | None
    """Kept open so the file's inode cannot be reused while the snapshot is in use."""


def _stamp(stat: os.stat_result) -> tuple[int, int, int, int]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


class DurableJSONStorage(Storage):
    """TinyDB storage: atomic, durable writes with orjson, and a read cache checked by stat."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._snapshot: _Snapshot | None = None
        self.findings: list[Finding] = []
        """What the last read from disk had to repair (storage.integrity), for the notices."""

    def read(self) -> Tables | None:
        try:
            stamp = _stamp(os.stat(self.path))
        except FileNotFoundError:
            self.forget()
            return None
        except OSError as error:
            raise unreadable(self.path, error) from None
        if self._snapshot is not None and self._snapshot.stamp == stamp:
            return self._snapshot.tables
        self.forget()
        try:
            handle = open_regular(self.path)
        except OSError as error:
            raise unreadable(self.path, error) from None
        try:
            stamp = _stamp(os.fstat(handle.fileno()))
            tables, self.findings = parse_tables(self.path, read_bounded(handle, self.path))
        except OSError as error:
            handle.close()
            raise unreadable(self.path, error) from None
        except BaseException:
            handle.close()
            raise
        if tables is None:
            handle.close()
            return None
        self._snapshot = _Snapshot(stamp, tables, handle)
        return tables

    def write(self, data: Tables) -> None:
        # TinyDB edits the dict read() returned before writing it: whatever happens next, the
        # cached snapshot no longer matches the disk until the write succeeds.
        self.forget()
        try:
            payload = orjson.dumps(data)
        except orjson.JSONEncodeError as error:  # never expected: reads repair what orjson refuses
            raise SaveFailedError(self.path, OSError(errno.EINVAL, str(error))) from error
        try:
            write_durably(self.path, payload)
            handle = open(self.path, "rb")  # noqa: SIM115 - kept open by the snapshot
        except OSError as error:
            raise SaveFailedError(self.path, error) from error
        self._snapshot = _Snapshot(_stamp(os.fstat(handle.fileno())), data, handle)

    def forget(self) -> None:
        """Drop the cached snapshot, so the next read comes from disk."""
        if self._snapshot is not None and self._snapshot.handle is not None:
            self._snapshot.handle.close()
        self._snapshot = None

    def close(self) -> None:
        self.forget()
