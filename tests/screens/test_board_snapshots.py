"""What the failure board looks like at 80x24, compared with reviewed pictures.

A change that alters the board fails here until the new picture is looked at and accepted with
`pytest tests/screens/test_board_snapshots.py --snapshot-update`.
"""

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.board.screen import BoardScreen
from tests.screens.test_board_screen import TODAY, black_friday, webinar
from workshop.sample import sample_session
from workshop.vocabulary import Language

Compare = Callable[..., bool]


@pytest.fixture
def board_app(make_app: Callable[..., RootcauseApp]) -> Callable[..., RootcauseApp]:
    """An app on a library of three sessions (the sample, a solo one, a workshop)."""

    def make(language: Language = "en") -> RootcauseApp:
        return make_app(sample_session(language), black_friday(), webinar(), language=language)

    return make


def showing_board(theme: str | None = None) -> Callable[[Pilot[None]], object]:
    """Before the picture: push the board (in `theme`) and wait until it is drawn."""

    async def run(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, RootcauseApp)
        if theme is not None:
            app.theme = theme
        await app.push_screen(BoardScreen(app.library, today=lambda: TODAY))
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    return run


class TestBoard:
    def test_causes(self, snap_compare: Compare, board_app: Callable[..., RootcauseApp]) -> None:
        """The root causes, the recurring ones first, with the sessions-per-month line."""
        assert snap_compare(board_app(), run_before=showing_board())

    def test_lessons(self, snap_compare: Compare, board_app: Callable[..., RootcauseApp]) -> None:
        """Lessons by category, each followed by its sub-types, with bars on one scale."""
        assert snap_compare(board_app(), run_before=showing_board(), press=["2"])

    def test_actions_in_french(
        self, snap_compare: Compare, board_app: Callable[..., RootcauseApp]
    ) -> None:
        """The actions tab in French: the overdue ones first, marked."""
        app = board_app("fr")
        app.ui_language = "fr"
        assert snap_compare(app, run_before=showing_board(), press=["4"])

    def test_light_theme(
        self, snap_compare: Compare, board_app: Callable[..., RootcauseApp]
    ) -> None:
        """The bars and the overdue mark stay readable in a light theme."""
        assert snap_compare(board_app(), run_before=showing_board("textual-light"), press=["3"])
