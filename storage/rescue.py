"""A rescue copy: the edit the library would not take, kept as a session file that imports back.

When a session has to be left with a change the library refused (a full disk, a lock held, a
read-only or newer library, a conflict), the session as last edited is written as a JSON export
that `rootcause import FILE` reads back. It goes beside the library when that folder takes it,
else in the folder of the default library, else in the home folder: the first that takes it (not
the temporary folder, which the system empties). The file is private (0600), written whole or
not at all, and never replaces another. A library in memory has no file to rescue beside.
"""

import contextlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from storage.durable import write_durably
from storage.locations import default_library_path
from workshop.export.filename import page_filename
from workshop.export.session_json import session_json
from workshop.session import Session

MAX_NAMES = 100
"""Names tried in one folder before the next folder is tried (copies made within one second)."""


def rescue_name(title: str, when: datetime, number: int = 1) -> str:
    """'Spring launch' at 2026-12-02 17:23:14 -> 'spring-launch-unsaved-20261202-172314.json'."""
    stem = page_filename(title, "json").removesuffix(".json")
    suffix = "" if number == 1 else f"-{number}"
    return f"{stem}-unsaved-{when:%Y%m%d-%H%M%S}{suffix}.json"


def rescue_folders(library_path: Path | None) -> list[Path]:
    """Where a rescue copy may go, best first: beside the library, then places a user finds."""
    if library_path is None:
        return []
    candidates = [library_path.parent, default_library_path().parent]
    with contextlib.suppress(RuntimeError):  # no home folder known
        candidates.append(Path.home())
    unique: list[Path] = []
    for folder in candidates:
        if folder not in unique:
            unique.append(folder)
    return unique


def write_rescue(
    session: Session, library_path: Path | None, when: datetime | None = None
) -> Path | None:
    """Write `session` as an importable file; its path, or None if no folder would take it."""
    payload = session_json(session).encode("utf-8")
    when = when or datetime.now()
    for folder in rescue_folders(library_path):
        path = _write_in(folder, session.title, when, payload)
        if path is not None:
            return path
    return None


def _write_in(folder: Path, title: str, when: datetime, payload: bytes) -> Path | None:
    for path in _free_names(folder, title, when):
        try:
            write_durably(path, payload, mode=0o600)
        except OSError:  # full, read-only, gone: the next folder may take it
            return None
        return path
    return None


def _free_names(folder: Path, title: str, when: datetime) -> Iterable[Path]:
    for number in range(1, MAX_NAMES + 1):
        path = folder / rescue_name(title, when, number)
        if not path.exists() and not path.is_symlink():
            yield path
            return
