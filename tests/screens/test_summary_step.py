"""The summary: the page previewed, saved to a file (asking before replacing one), or copied."""

from pathlib import Path

import pytest

from screens.steps.summary import SummaryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, stored
from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_from_json
from workshop.sample import sample_session


@pytest.fixture
def in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tmp_path, where the dialog's default (relative) file name lands."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def add_sample(path: Path) -> str:
    with Library.open(path) as library:
        return library.add(sample_session("en")).id


async def test_save_page_uses_the_title_and_asks_before_replacing(in_cwd: Path) -> None:
    """ctrl+e saves the page under a name made from the title; a second time asks first."""
    path = in_cwd / "library.json"
    session_id = add_sample(path)
    page = in_cwd / "spring-pro-upgrade-emails.md"
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("ctrl+e", "enter")
        await pilot.pause(0.3)
        assert page.read_text(encoding="utf-8") == session_markdown(stored(path, session_id))
        page.write_text("my own edits", encoding="utf-8")
        await pilot.press("ctrl+e", "enter")
        await pilot.pause(0.3)
        await pilot.press("n")  # do not replace
        await pilot.pause(0.3)
        assert page.read_text(encoding="utf-8") == "my own edits"
        await pilot.press("enter")  # the dialog is still open: try again, and say yes
        await pilot.pause(0.3)
        await pilot.press("y")
        await pilot.pause(0.3)
    assert page.read_text(encoding="utf-8").startswith("# Post-mortem: Spring Pro upgrade emails")


async def test_save_json_imports_back_to_the_same_session(in_cwd: Path) -> None:
    """ctrl+j saves the JSON export, which reads back as the same session."""
    path = in_cwd / "library.json"
    session_id = add_sample(path)
    async with running_app(path) as (_, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+j", "enter")
        await pilot.pause(0.3)
    exported = (in_cwd / "spring-pro-upgrade-emails.json").read_text(encoding="utf-8")
    assert session_from_json(exported) == stored(path, session_id)


async def test_a_file_that_cannot_be_written_is_said_and_nothing_breaks(in_cwd: Path) -> None:
    """A path in a missing folder gets a message in the dialog, which stays open."""
    path = in_cwd / "library.json"
    add_sample(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+e", *["backspace"] * 40, *"no/such/folder/page.md", "enter")
        await pilot.pause(0.3)
        problem = str(app.screen.query_one("#problem").render())
        assert "Could not save no/such/folder/page.md" in problem
    assert not (in_cwd / "no").exists()


async def test_ctrl_c_quits_and_keeps_every_edit(tmp_path: Path) -> None:
    """Ctrl+C leaves the app at once, with the last edit saved."""
    path = tmp_path / "library.json"
    session_id = add_sample(path)
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+b", "ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert stored(path, session_id).step == "actions"
