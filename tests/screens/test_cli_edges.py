"""`rootcause` at the file system's edges: devices, pipes, read-only libraries, odd -o targets,
and an exit status that says whether the workshop ended cleanly."""

import functools
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App

from screens.app import RootcauseApp
from tests.storage.devices import make_char_device

Cli = Callable[..., Any]


@pytest.fixture(params=[3, 5], ids=["null", "zero"])
def char_device(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A character device (a private one when root may make it), still one after the test."""
    node = make_char_device(tmp_path, request.param)
    yield node
    assert stat.S_ISCHR(os.stat(node).st_mode), f"{node} was replaced"


# -- the library -----------------------------------------------------------------------------


def test_a_device_given_with_db_is_refused(cli: Cli, char_device: Path) -> None:
    """`--db DEVICE sample` refuses in one line and leaves the device a device."""
    done = cli("--db", char_device, "sample")
    assert done.code == 1
    assert done.err_lines == [
        f"rootcause: {char_device} is not a rootcause library (it is a device, a pipe or a "
        "socket, not a regular file); it was left untouched. Choose another file with --db or "
        "ROOTCAUSE_DB."
    ]


def test_a_device_named_by_the_environment_is_refused(
    cli: Cli, char_device: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ROOTCAUSE_DB=DEVICE is refused like --db, in French too."""
    monkeypatch.setenv("ROOTCAUSE_DB", str(char_device))
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    done = cli("list")
    assert done.code == 1
    [line] = done.err_lines
    assert "pas un fichier ordinaire" in line


def test_a_fifo_library_is_refused_without_hanging(tmp_path: Path) -> None:
    """`rootcause list` on a named pipe says so at once (a real process, with a time limit)."""
    fifo = tmp_path / "library.json"
    os.mkfifo(fifo)
    env = {**os.environ, "ROOTCAUSE_LANG": "en", "ROOTCAUSE_DB": str(fifo)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "screens.cli", "list"],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
            check=False,
            cwd=Path(__file__).parents[2],
        )
    except subprocess.TimeoutExpired:
        pytest.fail("rootcause list hung on a FIFO library")
    assert done.returncode == 1
    assert "not a regular file" in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_a_read_only_library_is_listed_with_a_notice(
    cli: Cli, sample_id: str, library_env: Path
) -> None:
    """A 0400 library still lists; stderr says it is read-only; a change is refused saying why."""
    library_env.chmod(0o400)
    before = library_env.read_bytes()
    done = cli("list", "--json")
    assert done.code == 0
    assert [s["id"] for s in json.loads(done.out)] == [sample_id]
    assert done.err_lines == [
        f"rootcause: {library_env} is open read-only (the file is read-only): it can be read, "
        "not changed."
    ]
    refused = cli("delete", sample_id)
    assert refused.code == 1
    assert refused.err_lines == done.err_lines
    assert library_env.read_bytes() == before


def test_a_library_others_could_read_is_tightened_with_a_notice(
    cli: Cli, sample_id: str, library_env: Path
) -> None:
    """A 0644 library is made 0600, and the command says so in one line."""
    library_env.chmod(0o644)
    done = cli("list")
    assert done.code == 0
    assert done.err_lines == [
        f"rootcause: {library_env} had mode 644; it is now private to its owner (600)."
    ]
    assert stat.S_IMODE(os.stat(library_env).st_mode) == 0o600
    assert cli("list").err == ""


# -- where an export is written ----------------------------------------------------------------


def test_export_never_replaces_a_device_even_with_force(
    cli: Cli, sample_id: str, char_device: Path
) -> None:
    """`export -o DEVICE --force` is refused: --force replaces files, not devices."""
    done = cli("export", sample_id, "-o", char_device, "--force")
    assert done.code == 1
    assert done.err_lines == [
        f"rootcause: {char_device} is not a regular file (a folder, a device or a pipe); "
        "nothing was written."
    ]


def test_export_never_replaces_a_fifo(cli: Cli, sample_id: str, tmp_path: Path) -> None:
    """A named pipe given to -o stays a pipe."""
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    done = cli("export", sample_id, "-o", fifo, "--force")
    assert done.code == 1
    assert "not a regular file" in done.err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_an_empty_output_name_is_said_plainly(cli: Cli, sample_id: str) -> None:
    """`-o ''` names no file: it is not '. already exists'."""
    done = cli("export", sample_id, "-o", "")
    assert done.code == 1
    assert done.err_lines == [
        "rootcause: -o names no file; give a file name, or - for standard output."
    ]


def test_an_output_under_a_file_names_that_file(cli: Cli, sample_id: str, tmp_path: Path) -> None:
    """`-o notes.txt/page.md` where notes.txt is a file says that, not 'File exists'."""
    (tmp_path / "notes.txt").write_text("mine\n")
    target = tmp_path / "notes.txt" / "page.md"
    done = cli("export", sample_id, "-o", target)
    assert done.code == 1
    assert done.err_lines == [
        f"rootcause: cannot write {target}: {tmp_path / 'notes.txt'} is a file, not a folder."
    ]
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


def test_the_board_refuses_a_device_too(cli: Cli, char_device: Path) -> None:
    """`board -o DEVICE --force` is refused like an export."""
    done = cli("board", "-o", char_device, "--force")
    assert done.code == 1
    assert "not a regular file" in done.err


# -- what is imported --------------------------------------------------------------------------


def test_an_unknown_top_level_key_in_an_import_is_refused(
    cli: Cli, export_file: Path, listing: Callable[[], list[Any]]
) -> None:
    """A key beside 'format' and 'session' is refused, like an unknown session field."""
    data = json.loads(export_file.read_text())
    data["sesion_notes"] = "typo of a key"
    export_file.write_text(json.dumps(data))
    before = listing()
    done = cli("import", export_file)
    assert done.code == 1
    assert done.err_lines == [
        f"rootcause: {export_file} cannot be imported: sesion_notes: Extra inputs are not permitted"
    ]
    assert listing() == before


def test_an_import_from_a_device_is_refused(cli: Cli, char_device: Path) -> None:
    """`import /dev/zero` is refused before reading, instead of filling the memory."""
    done = cli("import", char_device)
    assert done.code == 1
    assert "not a regular file" in done.err


# -- the exit status of the workshop -----------------------------------------------------------


def test_a_crashed_workshop_exits_non_zero(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A traceback inside the app is not a clean exit: the status says so."""

    def crash(self: RootcauseApp) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(RootcauseApp, "on_mount", crash)
    monkeypatch.setattr(RootcauseApp, "run", functools.partialmethod(App.run, headless=True))
    done = cli()
    assert done.code != 0
