"""Fixtures shared by every test."""

import itertools
from pathlib import Path

import pytest

from storage.locations import LIBRARY_ENV

_FOLDER_NUMBERS = itertools.count()


@pytest.fixture(scope="session")
def library_folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the tests that have no tmp_path of their own get a library folder."""
    return tmp_path_factory.mktemp("libraries")


@pytest.fixture(autouse=True)
def library_env(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, library_folders: Path
) -> Path:
    """Point the default library into the test's own folder, never the developer's real one.

    The folder is the test's tmp_path when it uses one. Otherwise it is a folder of its own
    under `library_folders`, created only if a library is opened there: a tmp_path made for
    each of the thousands of tests that never open a library took seconds of every run.
    """
    if "tmp_path" in request.fixturenames:
        folder: Path = request.getfixturevalue("tmp_path")
    else:
        folder = library_folders / str(next(_FOLDER_NUMBERS))
    path = folder / "library.json"
    monkeypatch.setenv(LIBRARY_ENV, str(path))
    return path
