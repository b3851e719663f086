"""The rescue copy: an importable, private file beside the library, or the next place that takes it."""

import errno
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from storage import durable, rescue
from storage.library import Library
from workshop.case import CampaignCase
from workshop.export.session_json import session_from_json
from workshop.session import Session

WHEN = datetime(2026, 12, 2, 17, 23, 14)


def edited() -> Session:
    return Session(problem="typed, never saved", case=CampaignCase(campaign="Spring launch"))


def test_the_name_says_the_session_and_the_time() -> None:
    """The title's slug and the time, so two rescues of one session never share a name."""
    name = rescue.rescue_name("Relance été 2026!", WHEN)
    assert name == "relance-ete-2026-unsaved-20261202-172314.json"
    assert rescue.rescue_name("", WHEN, 2) == "post-mortem-unsaved-20261202-172314-2.json"


def test_the_copy_goes_beside_the_library_and_imports_back(tmp_path: Path) -> None:
    """The file holds the edit, reads back as the same session, and is private to its owner."""
    session = edited()
    path = rescue.write_rescue(session, tmp_path / "library.json", WHEN)
    assert path is not None
    assert path.parent == tmp_path
    assert path.name.startswith(rescue.rescue_name(session.title, WHEN).split("-unsaved-")[0])
    back = session_from_json(path.read_bytes())
    assert back.problem == "typed, never saved"
    assert back == session
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with Library.open(tmp_path / "other.json") as library:  # what `rootcause import` does
        assert library.get(library.add(back).id).problem == "typed, never saved"


def test_a_second_copy_in_the_same_second_does_not_replace_the_first(tmp_path: Path) -> None:
    first = rescue.write_rescue(edited(), tmp_path / "library.json", WHEN)
    second = rescue.write_rescue(
        edited().model_copy(update={"problem": "later"}), tmp_path / "library.json", WHEN
    )
    assert first is not None and second is not None and first != second
    assert session_from_json(first.read_bytes()).problem == "typed, never saved"
    assert session_from_json(second.read_bytes()).problem == "later"


def test_a_folder_that_refuses_sends_the_copy_to_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library's folder is full: the copy goes to the default library's folder instead."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    full, fallback = tmp_path / "full", tmp_path / "fallback"
    full.mkdir()
    fallback.mkdir()
    monkeypatch.setenv("ROOTCAUSE_DB", str(fallback / "library.json"))
    real_write = durable.write_durably

    def write(path: Path, payload: bytes, **options: object) -> None:
        if path.parent == full:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, payload, mode=0o600)

    monkeypatch.setattr(rescue, "write_durably", write)
    path = rescue.write_rescue(edited(), full / "library.json", WHEN)
    assert path is not None and path.parent == fallback
    assert list(full.iterdir()) == []
    assert session_from_json(path.read_bytes()).problem == "typed, never saved"


def test_no_folder_taking_it_is_said_by_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(path: Path, payload: bytes, **options: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(rescue, "write_durably", refuse)
    assert rescue.write_rescue(edited(), tmp_path / "library.json", WHEN) is None


def test_an_in_memory_library_has_no_rescue_file(library_env: Path) -> None:
    """Nothing is written for a throw-away library: no folder of the user is touched."""
    assert rescue.rescue_folders(None) == []
    assert rescue.write_rescue(edited(), None, WHEN) is None
