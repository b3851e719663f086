"""`rootcause board`: the page and the JSON, the filters, files, languages and usage errors."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from screens.language import LANGUAGE_ENV
from storage.library import Library
from storage.locations import LIBRARY_ENV
from tests.workshop.board_sessions import library
from workshop.content import board_labels as B

Cli = Callable[..., Any]

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ids(library_env: Path) -> dict[str, str]:
    """The test library (Winter sale, Spring launch, Partner webinar) stored; ids by title."""
    with Library.open(library_env) as stored:
        return {session.title: stored.add(session).id for session in library()}


def titles(cli: Cli, *args: str) -> list[str]:
    """The titles of the sessions `board --json ARGS` covers, most recent first."""
    done = cli("board", "--json", *args)
    assert done.code == 0, done.err
    return [session["title"] for session in json.loads(done.out)["sessions"]]


# -- what it prints ------------------------------------------------------------------------------


def test_board_prints_the_markdown_page_by_default(cli: Cli, ids: dict[str, str]) -> None:
    """`board` prints the wiki page: the title, the sections, every session's id prefix."""
    done = cli("board")
    assert done.code == 0
    assert done.err == ""
    assert done.out.startswith(f"# {B.BOARD_TITLE.en}\n\n3 sessions: all time")
    assert f"\n## {B.CAUSES.en}\n" in done.out
    for session_id in ids.values():
        assert f"| {session_id[:8]} |" in done.out
    assert cli("board", "--markdown").out == done.out


def test_board_json_prints_the_board_for_scripts(cli: Cli, ids: dict[str, str]) -> None:
    """`board --json` prints JSON with every session's full id and the counts."""
    done = cli("board", "--json")
    assert done.code == 0
    document = json.loads(done.out)
    assert {s["id"] for s in document["sessions"]} == set(ids.values())
    assert document["counts"]["sessions"] == 3
    assert document["counts"]["recurring_causes"] == 2


def test_an_empty_library_says_no_session_matches(cli: Cli) -> None:
    """On an empty library the page says no session matches, and exits 0."""
    done = cli("board")
    assert done.code == 0
    assert done.out.rstrip().endswith(B.NO_SESSION.en)


# -- filters -------------------------------------------------------------------------------------


def test_since_and_until_keep_the_sessions_of_the_period(cli: Cli, ids: dict[str, str]) -> None:
    """--since and --until bound the sessions by their date, both days included."""
    assert titles(cli, "--since", "2026-03-05") == ["Partner webinar", "Spring launch"]
    assert titles(cli, "--until", "2026-03-05") == ["Spring launch", "Winter sale"]
    assert titles(cli, "--since", "2026-02-01", "--until", "2026-03-10") == ["Spring launch"]


def test_channel_keeps_the_sessions_naming_it_whatever_the_case(
    cli: Cli, ids: dict[str, str]
) -> None:
    """--channel EMAIL matches "Email" and "email" but not "Webinar"."""
    assert titles(cli, "--channel", "EMAIL") == ["Spring launch", "Winter sale"]


def test_mode_keeps_workshops_or_solo_sessions(cli: Cli, ids: dict[str, str]) -> None:
    """--mode solo keeps the solo retrospective, --mode workshop the two workshops."""
    assert titles(cli, "--mode", "solo") == ["Spring launch"]
    assert titles(cli, "--mode", "workshop") == ["Partner webinar", "Winter sale"]


def test_filters_change_the_counts_on_the_page(cli: Cli, ids: dict[str, str]) -> None:
    """The page says what it covers, and its causes table counts only the chosen sessions."""
    done = cli("board", "--since", "2026-03-01", "--mode", "solo")
    assert done.code == 0
    assert "1 session: since 2026-03-01, all channels, solo only" in done.out
    assert "| Wrong audience segmentation | Customer data out of date | 1 |" in done.out
    assert "| Wrong audience segmentation | " in cli("board").out
    assert "| 2 | 2026-01-10 | 2026-03-05 |" in cli("board").out


# -- languages -----------------------------------------------------------------------------------


def test_lang_fr_gives_the_french_page(cli: Cli, ids: dict[str, str]) -> None:
    """--lang fr writes the page in French while the interface stays English."""
    done = cli("board", "--lang", "fr")
    assert done.out.startswith("# Tableau des échecs\n\n3 sessions : toute la période")
    assert f"## {B.CAUSES.fr}" in done.out


def test_the_page_follows_the_interface_language_by_default(
    cli: Cli, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ROOTCAUSE_LANG=fr and no --lang, the page is French; --lang en overrides it."""
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    assert cli("board").out.startswith("# Tableau des échecs")
    assert cli("board", "--lang", "en").out.startswith("# Failure board")


def test_help_is_in_the_interface_language(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """`board --help` explains every option, in French with ROOTCAUSE_LANG=fr."""
    helped = cli("board", "--help")
    assert helped.code == 0
    for option in ("--json", "--markdown", "--output", "--force", "--since", "--until"):
        assert option in helped.out
    assert "only workshops, or only solo retrospectives" in helped.out
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    assert "seulement les ateliers" in cli("board", "--help").out
    assert "board" in cli("--help").out


# -- usage errors --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "20260301", "2026-02-30", ""])
def test_a_bad_date_is_a_usage_error(cli: Cli, library_env: Path, bad: str) -> None:
    """A date that is not a real YYYY-MM-DD day: exit 2, the usage and one clear line."""
    done = cli("board", "--since", bad)
    assert done.code == 2
    assert done.out == ""
    assert done.err.startswith("usage: rootcause board")
    assert f"argument --since: expected a date as YYYY-MM-DD, not {bad!r}" in done.err
    assert "Traceback" not in done.err
    assert not library_env.exists()


def test_a_bad_date_is_explained_in_french(
    cli: Cli, library_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ROOTCAUSE_LANG=fr the usage error is in French."""
    monkeypatch.setenv("ROOTCAUSE_LANG", "fr")
    done = cli("board", "--until", "31/03/2026")
    assert done.code == 2
    assert done.err.startswith("utilisation : rootcause board")
    assert (
        "rootcause board : erreur : argument --until : "
        "une date AAAA-MM-JJ est attendue, pas '31/03/2026'"
    ) in done.err


def test_a_period_ending_before_it_starts_is_a_usage_error(cli: Cli, library_env: Path) -> None:
    """--since after --until: exit 2, saying so, nothing run."""
    done = cli("board", "--since", "2026-05-01", "--until", "2026-04-01")
    assert done.code == 2
    assert "--since 2026-05-01 comes after --until 2026-04-01" in done.err
    assert done.out == ""
    assert not library_env.exists()


@pytest.mark.parametrize(
    "args", [["--json", "--markdown"], ["--mode", "team"], ["--lang", "de"], ["--bogus"]]
)
def test_other_misuses_exit_2(cli: Cli, args: list[str]) -> None:
    """Both formats at once, an unknown mode, language or option: exit 2."""
    done = cli("board", *args)
    assert done.code == 2
    assert done.out == ""


# -- files ---------------------------------------------------------------------------------------


def test_output_writes_the_page_to_the_file(cli: Cli, ids: dict[str, str], tmp_path: Path) -> None:
    """`board -o FILE` writes what stdout would have shown, and prints nothing."""
    target = tmp_path / "board.md"
    done = cli("board", "-o", target)
    assert (done.code, done.out, done.err) == (0, "", "")
    assert target.read_text(encoding="utf-8") == cli("board").out


def test_output_json_writes_the_json(cli: Cli, ids: dict[str, str], tmp_path: Path) -> None:
    """`board --json -o FILE` writes the JSON document."""
    target = tmp_path / "board.json"
    assert cli("board", "--json", "-o", target).code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["counts"]["sessions"] == 3


def test_output_refuses_to_replace_a_file_without_force(
    cli: Cli, ids: dict[str, str], tmp_path: Path
) -> None:
    """An existing FILE without --force: exit 1, one line, the file untouched; --force replaces."""
    target = tmp_path / "board.md"
    target.write_bytes(b"my own notes\n")
    done = cli("board", "-o", target)
    assert done.code == 1
    assert done.err_lines == [f"rootcause: {target} already exists; add --force to replace it."]
    assert target.read_bytes() == b"my own notes\n"
    assert cli("board", "-o", target, "--force").code == 0
    assert target.read_text(encoding="utf-8").startswith("# Failure board")


def test_output_into_a_missing_folder_fails_in_one_line(
    cli: Cli, ids: dict[str, str], tmp_path: Path
) -> None:
    """A FILE whose folder does not exist: exit 1, one line naming it."""
    target = tmp_path / "nowhere" / "board.md"
    done = cli("board", "-o", target)
    assert done.code == 1
    assert len(done.err_lines) == 1
    assert f"cannot write {target}" in done.err
    assert not target.exists()


# -- unreadable sessions and start-up --------------------------------------------------------------


def test_an_unreadable_session_is_warned_about_and_the_board_still_printed(
    cli: Cli, ids: dict[str, str], library_env: Path
) -> None:
    """A damaged session: one warning line on stderr, the page says so, the JSON names it."""
    damaged = ids["Winter sale"]
    tables = json.loads(library_env.read_bytes())
    tables["sessions"][damaged]["mode"] = "séance"
    library_env.write_text(json.dumps(tables), encoding="utf-8")
    done = cli("board")
    assert done.code == 0
    assert done.err_lines == [
        f"rootcause: warning: unreadable sessions left out of the board: 1 ({damaged[:8]})"
    ]
    assert B.ONE_UNREADABLE.en in done.out
    assert "2 sessions: all time" in done.out
    document = json.loads(cli("board", "--json").out)
    assert document["unreadable"] == [damaged]
    assert document["counts"]["sessions"] == 2


def test_board_runs_without_loading_textual(library_env: Path) -> None:
    """The command prints the board without ever importing Textual."""
    script = (
        "import sys\nfrom screens.cli import main\ncode = main(['board', '--json'])\n"
        "print('textual' in sys.modules, code, file=sys.stderr)"
    )
    env = {**os.environ, LIBRARY_ENV: str(library_env), LANGUAGE_ENV: "en"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stderr.strip() == "False 0"
    assert json.loads(result.stdout)["format"] == "rootcause-board"
