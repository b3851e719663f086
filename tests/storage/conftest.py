"""The same library tests run against a library in memory and one on a real file."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.library import Library


@pytest.fixture(params=["memory", "file"])
def library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """An empty library, in memory or in `tmp_path`."""
    if request.param == "memory":
        opened = Library.in_memory()
    else:
        opened = Library.open(tmp_path / "library.json")
    with opened:
        yield opened
