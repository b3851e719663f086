"""What every step offers: where you are, the clock, moving on, skipping, and safe saving."""

import errno
import os
from pathlib import Path

import pytest

from screens.steps.base import StepScreen
from screens.widgets.step_bar import StepBar
from storage.library import Library
from tests.screens.workshop_app import FrozenClock, running_app, stored
from workshop.session import Session
from workshop.vocabulary import StepId


def a_session(library: Library, step: StepId = "signals", **fields: object) -> Session:
    return library.add(Session(step=step, **fields))  # type: ignore[arg-type]


def bar_text(app: object) -> str:
    return app.screen.query_one(StepBar).text  # type: ignore[attr-defined,no-any-return]


def current_step(app: object) -> StepId:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, StepScreen)
    return screen.STEP


async def test_bar_says_where_the_session_stands(library: Library) -> None:
    """The bar shows step n of 9 with the step's title, the time box and the save state."""
    a_session(library, step="whys")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        text = bar_text(app)
        assert "Step 3/9 · The 5 whys" in text
        assert "⏱ 20:00 / 20:00" in text
        assert "saved" in text


async def test_next_back_and_go_to_move_and_are_remembered(library: Library) -> None:
    """ctrl+n, ctrl+b and the step list move between steps; reopening returns to the last one."""
    session = a_session(library, step="signals")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert current_step(app) == "whys"
        await pilot.press("ctrl+b", "ctrl+b")
        await pilot.pause()
        assert current_step(app) == "case"
        await pilot.press("ctrl+g", "end", "enter")
        await pilot.pause()
        assert current_step(app) == "summary"
    assert stored(library, session.id).step == "summary"


async def test_reopening_after_quit_returns_to_the_same_step(tmp_path: Path) -> None:
    """Quit in the middle of a session: the next start opens it at the same step."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        a_session(library, step="case")
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert current_step(app) == "whys"


async def test_skipping_a_step_moves_on_and_is_saved(library: Library) -> None:
    """F8 marks the step skipped and goes to the next one; the export will say so."""
    session = a_session(library, step="swot")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert current_step(app) == "anonymous"
    assert stored(library, session.id).skipped == ["swot"]


async def test_timer_counts_pauses_extends_and_warns_without_blocking(library: Library) -> None:
    """The clock runs by itself, ctrl+t pauses it, F6 adds 5 minutes, overtime warns once."""
    a_session(library, step="summary")
    clock = FrozenClock()
    async with running_app(library, clock=clock) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(125)
        screen = app.screen
        assert isinstance(screen, StepScreen)
        screen.tick()
        assert "⏱ 2:55 / 5:00" in bar_text(app)
        await pilot.press("ctrl+t")
        clock.advance(600)
        screen.tick()
        assert "2:55" in bar_text(app) and "paused" in bar_text(app)
        await pilot.press("ctrl+t")
        clock.advance(240)
        screen.tick()
        await pilot.pause()
        assert "time is up" in bar_text(app)
        assert any("minutes for this step are up" in str(n.message) for n in app._notifications)
        await pilot.press("f6")
        await pilot.pause()
        assert "⏱ 3:55 / 10:00" in bar_text(app)
        await pilot.press("ctrl+n")  # nothing is blocked: still free to move
        await pilot.pause()


async def test_a_failing_save_is_shown_and_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the disk full the bar says the edit is not saved; once space is back, it is saved."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_session(library, step="case")
    real_replace = os.replace
    full = {"disk": True}

    def replace(src: str, dst: str) -> None:
        if full["disk"] and str(dst) == str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        monkeypatch.setattr(os, "replace", replace)
        await pilot.press("ctrl+n")  # moving on saves the step reached
        for _ in range(50):
            await pilot.pause(0.05)
            if "not saved" in bar_text(app):
                break
        assert "not saved" in bar_text(app)
        assert stored(path, session.id).step == "case"
        full["disk"] = False
        workspace = app.open_workspace
        assert workspace is not None
        workspace.saver.retry_now()
        assert workspace.saver.flush(5)
        await pilot.pause(0.1)
        assert "✓ saved" in bar_text(app)
    assert stored(path, session.id).step == "signals"


async def test_a_change_from_another_window_is_not_overwritten(tmp_path: Path) -> None:
    """If another process saved the session, the bar says so; ctrl+r asks, then reloads its
    version (the draft on screen is discarded only once that is confirmed)."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_session(library, step="case", problem="mine")
    async with running_app(path) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        with Library.open(path) as other:
            other.save(other.get(session.id).model_copy(update={"problem": "theirs"}))
        await pilot.press("ctrl+n")
        for _ in range(50):
            await pilot.pause(0.05)
            if "changed elsewhere" in bar_text(app):
                break
        assert "changed elsewhere" in bar_text(app)
        assert stored(path, session.id).problem == "theirs"
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.press("up", "up", "enter")  # Reload
        await pilot.pause()
        await pilot.press("y")  # discard the draft: confirmed
        await pilot.pause()
        assert app.open_workspace is not None
        assert app.open_workspace.session.problem == "theirs"
        assert "✓ saved" in bar_text(app)


async def test_escape_goes_back_to_the_library_and_saves(library: Library) -> None:
    """Escape leaves the session for the library, with every edit saved."""
    session = a_session(library, step="case")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+n", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, StepScreen)
        assert app.open_workspace is None
        assert stored(library, session.id).step == "signals"


@pytest.mark.parametrize("step", ["case", "whys", "swot", "lessons", "actions", "summary"])
async def test_a_step_sets_itself_up_once(
    library: Library, monkeypatch: pytest.MonkeyPatch, step: StepId
) -> None:
    """Textual runs every class's on_mount along the MRO: a step must not run its base's twice."""
    calls: list[str] = []
    original = StepScreen.on_mount

    def counted(self: StepScreen) -> None:
        calls.append(self.STEP)
        original(self)

    monkeypatch.setattr(StepScreen, "on_mount", counted)
    library.add(Session(step=step))
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
    assert calls == [step]
