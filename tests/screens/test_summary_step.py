"""The summary: the page previewed, saved to a file (asking before replacing one), or copied."""

from pathlib import Path

import pytest
from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.summary import SummaryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, stored
from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_from_json
from workshop.sample import sample_session
from workshop.session import CampaignCase, Session


@pytest.fixture
def in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from tmp_path, where the dialog's default (relative) file name lands."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def add_sample(library: Library) -> str:
    """The finished sample, whose summary shows a long page (slow to draw: about 2 s)."""
    return library.add(sample_session("en")).id


def add_short(library: Library) -> str:
    """A session at the summary with little in it, for what does not depend on the page."""
    short = Session(step="summary", case=CampaignCase(campaign="Spring Pro upgrade emails"))
    return library.add(short).id


async def settle(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """Let the dialog write its file in its worker, then draw what follows."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_save_page_uses_the_title_and_asks_before_replacing(
    library: Library, in_cwd: Path
) -> None:
    """ctrl+e saves the page under a name made from the title; a second time asks first."""
    session_id = add_sample(library)
    page = in_cwd / "spring-pro-upgrade-emails.md"
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("ctrl+e", "enter")
        await settle(app, pilot)
        assert page.read_text(encoding="utf-8") == session_markdown(stored(library, session_id))
        page.write_text("my own edits", encoding="utf-8")
        await pilot.press("ctrl+e", "enter")
        await settle(app, pilot)
        await pilot.press("n")  # do not replace
        await settle(app, pilot)
        assert page.read_text(encoding="utf-8") == "my own edits"
        await pilot.press("enter")  # the dialog is still open: try again, and say yes
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
    assert page.read_text(encoding="utf-8").startswith("# Post-mortem: Spring Pro upgrade emails")


async def test_save_json_imports_back_to_the_same_session(library: Library, in_cwd: Path) -> None:
    """ctrl+j saves the JSON export, which reads back as the same session."""
    session_id = add_sample(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+j", "enter")
        await settle(app, pilot)
    exported = (in_cwd / "spring-pro-upgrade-emails.json").read_text(encoding="utf-8")
    assert session_from_json(exported) == stored(library, session_id)


async def test_a_file_that_cannot_be_written_is_said_and_nothing_breaks(
    library: Library, in_cwd: Path
) -> None:
    """A path in a missing folder gets a message in the dialog, which stays open."""
    add_short(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+e", "home", "ctrl+k", *"no/such/folder/page.md", "enter")
        await settle(app, pilot)
        problem = str(app.screen.query_one("#problem").render())
        assert "Could not save no/such/folder/page.md" in problem
    assert not (in_cwd / "no").exists()


async def test_ctrl_c_quits_and_keeps_every_edit(library: Library) -> None:
    """Ctrl+C leaves the app at once, with the last edit saved."""
    session_id = add_short(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+b", "ctrl+c")
        await pilot.pause()
        assert not app.is_running
        assert app.open_workspace is None  # closed, so saved, by the quit itself
    assert stored(library, session_id).step == "actions"
