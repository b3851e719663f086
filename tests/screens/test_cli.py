"""The `rootcause` command line: library commands, errors, languages and the real entry point.

Export and import have their own file, test_cli_export.py.
"""

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workshop.sample import sample_session

Cli = Callable[..., Any]
Listing = Callable[[], list[dict[str, Any]]]

HEX_ID = re.compile(r"\A[0-9a-f]{32}\n\Z")
GARBAGE = b"\x00\xff\xfe not a library \x89PNG\r\n\x1a\n"


def _entry_point(*args: str | Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Run `python -m screens.cli ARGS...` in a real process."""
    env = {**os.environ, "ROOTCAUSE_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "screens.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


# -- sample and list -------------------------------------------------------------------------


def test_sample_prints_only_the_new_id_which_list_json_then_shows(
    cli: Cli, listing: Listing
) -> None:
    """`sample` prints one line, a 32-hex id, and that session is then listed with its title."""
    done = cli("sample", "--lang", "en")
    assert done.code == 0
    assert HEX_ID.match(done.out), repr(done.out)
    assert done.err == ""
    sessions = listing()
    assert [(s["id"], s["title"]) for s in sessions] == [
        (done.out.strip(), sample_session("en").title)
    ]


def test_sample_lang_fr_adds_the_french_sample(cli: Cli, listing: Listing) -> None:
    """`sample --lang fr` adds the French sample, with its French campaign title."""
    done = cli("sample", "--lang", "fr")
    assert done.code == 0
    french = sample_session("fr").title
    assert french != sample_session("en").title
    [session] = listing()
    assert session["id"] == done.out.strip()
    assert session["title"] == french
    assert session["language"] == "fr"


def test_list_of_an_empty_library_says_how_to_start(cli: Cli, library_env: Path) -> None:
    """`list` on an empty library explains that `rootcause sample` adds an example."""
    done = cli("list")
    assert done.code == 0
    assert "library is empty" in done.out
    assert "rootcause sample" in done.out
    assert done.err == ""


def test_list_shows_id_prefix_title_and_root_causes(cli: Cli, sample_id: str) -> None:
    """Each session is a line with its 8-char id prefix and title, then its root causes."""
    done = cli("list")
    assert done.code == 0
    lines = done.out.splitlines()
    first = lines[0]
    assert first.startswith(f"{sample_id[:8]}  ")
    assert sample_id[8:] not in done.out  # only the prefix, not the whole id
    assert first.endswith(sample_session("en").title)
    causes = [node.answer for node in sample_session("en").root_causes]
    assert len(causes) >= 1
    assert len(lines) == 1 + len(causes)
    for line, cause in zip(lines[1:], causes, strict=True):
        assert "root cause: " in line
        assert cause[:40] in line


def test_list_json_is_an_array_of_session_objects(cli: Cli, sample_id: str) -> None:
    """`list --json` prints a JSON array of objects with id, title, step and root causes."""
    second = cli("sample", "--lang", "fr").out.strip()
    done = cli("list", "--json")
    assert done.code == 0
    sessions = json.loads(done.out)
    assert isinstance(sessions, list)
    assert {s["id"] for s in sessions} == {sample_id, second}
    for session in sessions:
        assert {"id", "title", "step", "root_causes"} <= session.keys()
        assert session["step"] == "summary"
        language = session["language"]
        expected = [node.answer for node in sample_session(language).root_causes]
        assert session["root_causes"] == expected


# -- delete, trash, restore ------------------------------------------------------------------


def test_delete_moves_the_session_to_the_trash_and_restore_brings_it_back(
    cli: Cli, listing: Listing, sample_id: str
) -> None:
    """`delete` takes a session out of `list` into `trash`; `restore` brings it back intact."""
    before = cli("export", sample_id, "--format", "json").out
    assert cli("trash").out.strip() == "The trash is empty."

    deleted = cli("delete", sample_id[:8])
    assert deleted.code == 0
    assert f"rootcause restore {sample_id[:8]}" in deleted.out
    assert listing() == []
    trash = cli("trash")
    assert trash.out.startswith(sample_id[:8])
    assert sample_session("en").title in trash.out
    assert cli("export", sample_id).code == 1

    restored = cli("restore", sample_id[:8])
    assert restored.code == 0
    assert restored.out == f"{sample_session('en').title} restored.\n"
    assert [s["id"] for s in listing()] == [sample_id]
    assert cli("trash").out.strip() == "The trash is empty."
    assert cli("export", sample_id, "--format", "json").out == before


# -- a file that is not a library -------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["sample"],
        ["export", "abc"],
        ["import", "whatever.json"],
        ["delete", "abc"],
        ["restore", "abc"],
        ["trash"],
    ],
)
def test_a_file_that_is_not_a_library_stops_every_command_and_is_kept(
    cli: Cli, tmp_path: Path, command: list[str]
) -> None:
    """Garbage in the library file: exit 1, one line naming the file, the file left as it was."""
    path = tmp_path / "not-a-library.json"
    path.write_bytes(GARBAGE)
    done = cli("--db", path, *command)
    assert done.code == 1
    assert len(done.err_lines) == 1, done.err
    assert str(path) in done.err
    assert "not a rootcause library" in done.err
    assert "Traceback" not in done.err
    assert done.out == ""
    assert path.read_bytes() == GARBAGE


def test_a_hand_edited_naive_timestamp_in_the_library_does_not_break_list(
    cli: Cli, library_env: Path, sample_id: str
) -> None:
    """A stored session whose updated_at lost its time zone: `list` still works, no traceback."""
    cli("sample")
    tables = json.loads(library_env.read_bytes())
    tables["sessions"][sample_id]["updated_at"] = "2026-01-05T10:00:00"
    library_env.write_text(json.dumps(tables), encoding="utf-8")
    done = cli("list")
    assert done.code == 0, done.err
    assert sample_id[:8] in done.out


# -- usage, version, help --------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["frobnicate"], ["export"], ["export", "abc", "--format", "pdf"], ["list", "--bogus"]],
)
def test_usage_errors_exit_2(cli: Cli, library_env: Path, command: list[str]) -> None:
    """An unknown command, a missing ID or a bad --format is a usage error: exit 2, usage shown."""
    done = cli(*command)
    assert done.code == 2
    assert done.err.startswith("usage: rootcause")
    assert done.out == ""
    assert not library_env.exists()  # nothing ran, so the library was not even created


def test_version_prints_the_program_and_its_version(cli: Cli) -> None:
    """`--version` prints "rootcause " and a version number, and exits 0."""
    done = cli("--version")
    assert done.code == 0
    assert re.fullmatch(r"rootcause \d+\.\d+\S*\n", done.out), repr(done.out)


def test_help_lists_the_commands_and_exits_0(cli: Cli) -> None:
    """`--help` exits 0 and names every command."""
    done = cli("--help")
    assert done.code == 0
    assert done.out.startswith("usage: rootcause")
    for command in ("sample", "list", "export", "import", "delete", "restore", "trash"):
        assert command in done.out


# -- languages --------------------------------------------------------------------------------


def test_errors_and_help_are_in_french_with_rootcause_lang_fr(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ROOTCAUSE_LANG=fr, a failure and the --help text are in French."""
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    failed = cli("export", "0123abcd")
    assert failed.code == 1
    assert failed.err_lines == [
        "rootcause : aucune session ne correspond à '0123abcd' ; "
        "'rootcause list' affiche les identifiants."
    ]
    helped = cli("--help")
    assert helped.code == 0
    assert helped.out.startswith("utilisation : rootcause")
    assert "Menez le post-mortem" in helped.out
    assert "afficher cette aide et quitter" in helped.out
    misused = cli("export")
    assert misused.code == 2
    assert "arguments obligatoires manquants" in misused.err


def test_errors_and_help_are_in_english_with_rootcause_lang_en(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ROOTCAUSE_LANG=en, even right after a French run, the same texts are in English."""
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    assert cli("--help").out.startswith("utilisation")
    monkeypatch.setenv("ROOTCAUSE_LANG", "en")
    failed = cli("export", "0123abcd")
    assert failed.err_lines == [
        "rootcause: no session matches '0123abcd'; 'rootcause list' shows the ids."
    ]
    helped = cli("--help")
    assert helped.out.startswith("usage: rootcause")
    assert "Lead the post-mortem" in helped.out
    assert "utilisation" not in helped.out


# -- hostile titles ---------------------------------------------------------------------------


HOSTILE_TITLE = "Red\x1b[31m alert\nsecond line"


@pytest.fixture
def hostile_id(cli: Cli, export_file: Path, tmp_path: Path) -> str:
    """The id of a session imported with an ANSI escape and a newline in its campaign title."""
    envelope = json.loads(export_file.read_text(encoding="utf-8"))
    envelope["session"]["case"]["campaign"] = HOSTILE_TITLE
    envelope["session"]["whys"][0]["answer"] = "Bold\x1b[1m cause\nnext line"
    envelope["session"]["whys"][0]["root_cause"] = True
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(envelope), encoding="utf-8")
    done = cli("import", path)
    assert done.code == 0, done.err
    return str(done.out.strip())


def test_list_never_prints_a_hostile_title_raw(cli: Cli, hostile_id: str) -> None:
    """A title with an escape sequence and a newline is listed on one line, without ESC."""
    done = cli("list")
    assert done.code == 0
    assert "\x1b" not in done.out
    [line] = [line for line in done.out.splitlines() if line.startswith(hostile_id[:8])]
    assert "Red" in line
    assert "alert second line" in line
    assert not any(line.startswith("second line") for line in done.out.splitlines())
    assert "Bold[1m cause next line" in done.out


def test_trash_never_prints_a_hostile_title_raw(cli: Cli, hostile_id: str) -> None:
    """The trash lists a hostile title on one line, without ESC."""
    cli("delete", hostile_id)
    done = cli("trash")
    assert "\x1b" not in done.out
    assert len(done.out.splitlines()) == 1
    assert "alert second line" in done.out


@pytest.mark.parametrize("command", ["delete", "restore"])
def test_delete_and_restore_never_print_a_hostile_title_raw(
    cli: Cli, hostile_id: str, command: str
) -> None:
    """The one-line confirmation of `delete` and `restore` keeps a hostile title harmless."""
    if command == "restore":
        cli("delete", hostile_id)
    done = cli(command, hostile_id)
    assert done.code == 0
    assert "\x1b" not in done.out
    assert len(done.out.splitlines()) == 1, repr(done.out)


# -- the real entry point ---------------------------------------------------------------------


def test_entry_point_reports_a_failure_in_one_line_and_exit_1(library_env: Path) -> None:
    """`python -m screens.cli export <unknown>`: exit 1, exactly one stderr line, no traceback."""
    done = _entry_point("export", "feedbeef")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "rootcause: no session matches 'feedbeef'; 'rootcause list' shows the ids."
    ]
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_entry_point_reports_a_broken_library_in_one_line(tmp_path: Path) -> None:
    """A real process given a garbage library file: exit 1, one line naming it, file unchanged."""
    path = tmp_path / "broken.json"
    path.write_bytes(GARBAGE)
    done = _entry_point("--db", path, "list", lang="fr")
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1
    assert str(path) in done.stderr
    assert "n'est pas une bibliothèque rootcause" in done.stderr
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == GARBAGE


def test_console_script_runs_the_readme_story(tmp_path: Path) -> None:
    """The installed `rootcause` script: `sample` then `export <id>` prints the sample's page."""
    script = Path(sys.executable).with_name("rootcause")
    if not script.exists():
        pytest.skip("the rootcause console script is not installed beside this Python")
    env = {**os.environ, "ROOTCAUSE_LANG": "en"}
    db = tmp_path / "story" / "lib.json"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    added = run("sample")
    assert added.returncode == 0, added.stderr
    assert HEX_ID.match(added.stdout)
    page = run("export", added.stdout.strip())
    assert page.returncode == 0, page.stderr
    assert page.stdout.startswith(f"# Post-mortem: {sample_session('en').title}\n")
    assert page.stderr == ""
