"""Fixtures for the screen tests: an app for snapshots, and `rootcause` run in-process."""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from screens.app import RootcauseApp
from screens.argparse_fr import use_french
from screens.cli import main
from screens.language import LANGUAGE_ENV
from storage.library import Library
from tests.screens.workshop_app import FrozenClock
from workshop.session import Session
from workshop.vocabulary import Language


@dataclass(frozen=True)
class Outcome:
    """What one command left behind: its exit status and everything it printed."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        """The lines printed on stderr."""
        return self.err.splitlines()


Cli = Callable[..., Outcome]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    """Run `rootcause ARGS...` in-process, in English unless a test sets ROOTCAUSE_LANG itself.

    The library is the autouse `library_env` one in tmp_path unless the test passes --db.
    """
    monkeypatch.setenv(LANGUAGE_ENV, "en")

    def run(*args: str | Path) -> Outcome:
        capsys.readouterr()  # forget what earlier commands printed
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as done:  # argparse: --help, --version, usage errors
            code = done.code if isinstance(done.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    yield run
    use_french(False)  # argparse's messages are module-wide; leave them in English


@pytest.fixture
def sample_id(cli: Cli) -> str:
    """The id of the English sample, added to the test's library."""
    done = cli("sample", "--lang", "en")
    assert done.code == 0, done.err
    return done.out.strip()


@pytest.fixture
def export_file(cli: Cli, sample_id: str, tmp_path: Path) -> Path:
    """A JSON export of the English sample, written by `rootcause export --format json`."""
    path = tmp_path / "sample-export.json"
    done = cli("export", sample_id, "--format", "json", "-o", path)
    assert done.code == 0, done.err
    return path


@pytest.fixture
def listing(cli: Cli) -> Callable[[], list[dict[str, object]]]:
    """Read the library as `rootcause list --json` shows it."""

    def read() -> list[dict[str, object]]:
        done = cli("list", "--json")
        assert done.code == 0, done.err
        sessions: list[dict[str, object]] = json.loads(done.out)
        return sessions

    return read


@pytest.fixture
def library() -> Iterator[Library]:
    """An empty library in memory, for a test whose subject is not the library file."""
    with Library.in_memory() as opened:
        yield opened


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Callable[..., RootcauseApp]]:
    """An app on a library holding the given sessions, with a frozen clock.

    The library is in memory, or the file tmp_path/library.json with `on_disk=True`.
    """
    libraries: list[Library] = []

    def make(*sessions: Session, language: Language = "en", on_disk: bool = False) -> RootcauseApp:
        library = Library.open(tmp_path / "library.json") if on_disk else Library.in_memory()
        for session in sessions:
            library.add(session)
        libraries.append(library)
        return RootcauseApp(library, language, FrozenClock())

    yield make
    for library in libraries:
        library.close()
