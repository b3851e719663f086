"""The two apps whose start-up is compared, each run in a fresh process, headless.

`python -m benchmarks.apps bare` runs a bare Textual app (Header, Static, Footer) that exits
after its first paint. `python -m benchmarks.apps rootcause LIBRARY` runs rootcause on LIBRARY
until the home screen has painted with the library loaded, then opens the failure board and
exits once it has painted. Each prints one JSON line: its peak memory and, for rootcause, how
long the board took to appear.
"""

import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

POLL_SECONDS = 0.002


def _report(**values: float) -> None:
    print(json.dumps({"peak_mib": _peak_kib() / 1024, **values}))


def _peak_kib() -> int:
    """This process's peak resident memory. Not getrusage: on Linux its maxrss survives the
    exec of a forked process, so a child would report its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("A bare Textual app")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(self.exit)

    Bare().run(headless=True)
    _report()


def run_rootcause(path: Path, *, board: bool = True) -> None:
    from textual.widgets import DataTable

    from screens.app import RootcauseApp
    from screens.home.screen import HomeScreen
    from storage.library import Library

    timings: dict[str, float] = {}

    class Measured(RootcauseApp):
        CSS_PATH = str(
            Path(sys.modules[RootcauseApp.__module__].__file__ or "").with_name("app.tcss")
        )

        def on_mount(self) -> None:
            # Textual calls RootcauseApp.on_mount too (handlers run along the MRO): calling it
            # here as well would push a second home screen.
            self.set_interval(POLL_SECONDS, self.step)
            self.stage = "home"

        def step(self) -> None:
            screen = self.screen
            if self.stage == "home" and isinstance(screen, HomeScreen):
                if screen.query("#sessions") or screen.query("#empty"):
                    self.stage = "painting" if board else "done"
                    self.call_after_refresh(self.wait_for_all_rows if board else self.exit)
            elif self.stage == "rows" and isinstance(screen, HomeScreen):
                # A user presses b on a home screen that has settled: every row is there.
                tables = list(screen.query("#sessions").results(DataTable))
                if not tables or tables[0].row_count == len(screen.summaries):
                    self.stage = "painting"
                    self.call_after_refresh(self.open_board)
            elif self.stage == "board" and getattr(screen, "board", None) is not None:
                self.stage = "painting"
                self.call_after_refresh(self.board_painted)

        def wait_for_all_rows(self) -> None:
            self.stage = "rows"

        def open_board(self) -> None:
            from screens.board.screen import BoardScreen  # as the home screen's key does

            self.stage = "board"
            timings["board_start"] = time.perf_counter()
            self.push_screen(BoardScreen(self.library, today=lambda: date(2026, 11, 23)))

        def board_painted(self) -> None:
            timings["board_ms"] = (time.perf_counter() - timings.pop("board_start")) * 1000
            self.exit()

    with Library.open(path) as library:
        Measured(library, "en").run(headless=True)
    _report(**timings)


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        run_bare()
    else:
        run_rootcause(Path(sys.argv[2]), board=sys.argv[1] == "rootcause")
