"""Fixtures shared by every test."""

from pathlib import Path

import pytest

from storage.locations import LIBRARY_ENV


@pytest.fixture(autouse=True)
def library_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default library into the test's own folder, never the developer's real one."""
    path = tmp_path / "library.json"
    monkeypatch.setenv(LIBRARY_ENV, str(path))
    return path
