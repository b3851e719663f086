"""A library with one bad session, seen as the user sees it: the app and the command line.

Two copies merged by a sync tool, a session carrying another one's id, a field twice, a byte
that is not UTF-8: the app starts, lists every session, names the damaged one and refuses to
open it with the reason, and the command line lists it marked and exports it as it is.
"""

import json
from pathlib import Path

import pytest

from screens.home.screen import HomeScreen
from screens.steps.base import StepScreen
from storage.library import Library
from tests.screens.conftest import Cli
from tests.screens.workshop_app import running_app, screen_text
from workshop.case import CampaignCase
from workshop.export.session_json import session_from_json
from workshop.session import Session


def two_sessions(path: Path) -> tuple[str, str, str]:
    with Library.open(path) as library:
        alpha = library.add(Session(case=CampaignCase(campaign="Alpha")))
        beta = library.add(Session(case=CampaignCase(campaign="Beta")))
    return alpha.id, beta.id, path.read_text(encoding="utf-8")


def said(app: object) -> str:
    return " ".join(str(note.message) for note in app._notifications)  # type: ignore[attr-defined]


async def test_two_sessions_sharing_an_id_both_show_and_open(tmp_path: Path) -> None:
    """Was: the app did not start (a duplicate row key in the home table)."""
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_text(text.replace(f'"id":"{beta}"', f'"id":"{alpha}"'))
    async with running_app(path) as (app, pilot):
        assert isinstance(app.screen, HomeScreen)
        shown = screen_text(app)
        assert "Alpha" in shown and "Beta" in shown
        await pilot.press("enter")
        assert isinstance(app.screen, StepScreen)
        assert app.screen.session.id in (alpha, beta)


async def test_a_damaged_session_is_named_and_the_others_open(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    path.write_bytes(text.encode().replace(b'"Alpha"', b'"Al\xe9pha"'))
    async with running_app(path) as (app, pilot):
        assert isinstance(app.screen, HomeScreen)
        assert "Beta" in screen_text(app)
        assert "⚠ damaged" in screen_text(app)
        # Most recent first: Beta, then the damaged one.
        await pilot.press("down", "enter")
        assert isinstance(app.screen, HomeScreen)
        assert "cannot be decoded" in said(app)
        await pilot.press("up", "enter")
        assert isinstance(app.screen, StepScreen)
        assert app.screen.session.title == "Beta"
    with Library.open(path) as library:
        assert library.stored(alpha)["case"]["campaign"] == "Al\ufffdpha"


def test_the_command_line_lists_a_damaged_session_and_exports_it_as_it_is(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "library.json"
    alpha, _, text = two_sessions(path)
    path.write_text(text.replace('"campaign":"Alpha"', '"campaign":"Old","campaign":"Alpha"'))
    listed = cli("--db", path, "list")
    assert listed.code == 0
    assert "Alpha (damaged)" in listed.out and "Beta" in listed.out
    assert "appears twice" in listed.err
    page = cli("--db", path, "export", alpha[:8])
    assert page.code == 1
    assert "--format json" in page.err
    out = tmp_path / "alpha.json"
    exported = cli("--db", path, "export", alpha[:8], "--format", "json", "-o", out)
    assert exported.code == 0, exported.err
    doc = json.loads(out.read_text())["session"]
    assert doc["case"]["campaign"] == "Alpha"
    assert doc["rootcause:damage"][0]["earlier"] == '"Old"'
    # Repaired by hand (the damage list taken out), it imports.
    del doc["rootcause:damage"]
    repaired = tmp_path / "repaired.json"
    repaired.write_text(json.dumps({"format": "rootcause-session", "session": doc}))
    assert session_from_json(repaired.read_text()).title == "Alpha"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_notice_is_in_the_interface_language(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    path = tmp_path / "library.json"
    alpha, beta, text = two_sessions(path)
    path.write_text(text.replace(f'"{beta}":', f'"{alpha}":'))
    monkeypatch.setenv("ROOTCAUSE_LANG", language)
    listed = cli("--db", path, "list")
    words = "both are kept" if language == "en" else "les deux sont gardées"
    assert words in listed.err
    assert "Alpha" in listed.out and "Beta" in listed.out
