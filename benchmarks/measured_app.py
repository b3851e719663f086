"""rootcause as the start-up benchmark runs it: it notes when the home screen and the board
have painted, then exits."""

import sys
import time
from datetime import date
from pathlib import Path

from textual.widgets import DataTable

from screens.app import RootcauseApp
from screens.home.screen import HomeScreen
from storage.library import Library

POLL_SECONDS = 0.002
BENCHMARK_DAY = date(2026, 11, 23)


class MeasuredApp(RootcauseApp):
    """The workshop, watched from a timer: home painted, every row there, board painted."""

    CSS_PATH = str(Path(sys.modules[RootcauseApp.__module__].__file__ or "").with_name("app.tcss"))

    def __init__(self, library: Library, timings: dict[str, float], *, board: bool) -> None:
        super().__init__(library, "en")
        self.timings = timings
        self.with_board = board
        self.stage = "home"

    def on_mount(self) -> None:
        # Textual calls RootcauseApp.on_mount too (handlers run along the MRO): calling it
        # here as well would push a second home screen.
        self.set_interval(POLL_SECONDS, self.step)

    def step(self) -> None:
        screen = self.screen
        if self.stage == "home" and isinstance(screen, HomeScreen):
            if screen.query("#sessions") or screen.query("#empty"):
                self.stage = "painting" if self.with_board else "done"
                self.call_after_refresh(self.wait_for_all_rows if self.with_board else self.exit)
        elif self.stage == "rows" and isinstance(screen, HomeScreen):
            # A user presses b on a home screen that has settled: every row is there.
            tables = list(screen.query("#sessions").results(DataTable))
            if not tables or tables[0].row_count == len(screen.summaries):
                self.stage = "painting"
                self.call_after_refresh(self.open_board)
        elif self.stage == "board" and self.board_shown():
            self.stage = "painting"
            self.call_after_refresh(self.board_painted)

    def wait_for_all_rows(self) -> None:
        self.stage = "rows"

    def board_shown(self) -> bool:
        from screens.board.screen import BoardScreen  # loaded by open_board, as by the key b

        return isinstance(self.screen, BoardScreen) and self.screen.board is not None

    def open_board(self) -> None:
        from screens.board.screen import BoardScreen  # as the home screen's key does

        self.stage = "board"
        self.timings["board_start"] = time.perf_counter()
        self.push_screen(BoardScreen(self.library, today=lambda: BENCHMARK_DAY))

    def board_painted(self) -> None:
        start = self.timings.pop("board_start")
        self.timings["board_ms"] = (time.perf_counter() - start) * 1000
        self.exit()
