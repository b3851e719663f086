"""Each measure of the benchmark, as the median of several runs, next to its floor.

Timings on shared machines are noisy, so each figure is compared with a floor measured in the
same run: a bare Textual app for start-up and memory, a plain orjson + atomic write for a save.
"""

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import orjson

from benchmarks.generate import large_session
from storage.library import Library
from workshop.board.failure_board import build_board
from workshop.export.markdown import session_markdown
from workshop.session import Session

TODAY = date(2026, 11, 23)
PROJECT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Figure:
    """One measure: rootcause's median, the floor's (if any), and the goal."""

    name: str
    value: float
    unit: str
    floor: float | None = None
    goal: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """The median of `runs` calls of `measure` (each returns one timing)."""
    return statistics.median(measure() for _ in range(runs))


def timed(action: Callable[[], object]) -> float:
    """How long `action` takes, in milliseconds."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


# -- start-up, board screen and memory: fresh processes ---------------------------------------


def run_process(*args: str) -> tuple[float, dict[str, float]]:
    """Wall time (ms) of `python -m benchmarks.apps *args`, and what it reported."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.apps", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = (time.perf_counter() - start) * 1000
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def app_figures(path: Path, runs: int) -> list[Figure]:
    """Start-up to the painted home screen, the board screen, and peak memory."""
    bare = [run_process("bare") for _ in range(runs)]
    home = [run_process("home", str(path)) for _ in range(runs)]
    board = [run_process("rootcause", str(path)) for _ in range(runs)]
    bare_ms = statistics.median(wall for wall, _ in bare)
    home_ms = statistics.median(wall for wall, _ in home)
    board_ms = statistics.median(report["board_ms"] for _, report in board)
    bare_mib = statistics.median(report["peak_mib"] for _, report in bare)
    home_mib = statistics.median(report["peak_mib"] for _, report in home)
    board_mib = statistics.median(report["peak_mib"] for _, report in board)
    file_mib = path.stat().st_size / 2**20
    memory_goal = bare_mib + 5 * file_mib
    return [
        Figure("start-up to home", home_ms, "ms", bare_ms, "<= 1.5x", home_ms <= 1.5 * bare_ms),
        Figure("board screen", board_ms, "ms", None, "<= 250 ms", board_ms <= 250),
        Figure(
            "peak memory, library loaded",
            home_mib,
            "MiB",
            bare_mib,
            f"<= {memory_goal:.0f} MiB",
            home_mib <= memory_goal,
        ),
        Figure("peak memory, board open", board_mib, "MiB", bare_mib),
    ]


# -- in-process measures ------------------------------------------------------------------


def floor_write(path: Path, tables: dict[str, object]) -> None:
    """The floor of a save: orjson, a temp file, fsync, replace, fsync the folder."""
    data = orjson.dumps(tables)
    descriptor, temp = tempfile.mkstemp(dir=path.parent, prefix=".floor-")
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temp, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def save_figures(path: Path, runs: int) -> list[Figure]:
    """One durable save of an edited session, against the floor; and the wait it costs the UI."""
    floor_path = path.with_name(path.stem + "-floor.json")
    tables = orjson.loads(path.read_bytes())
    floor_ms = median_of(runs, lambda: timed(lambda: floor_write(floor_path, tables)))
    floor_path.unlink(missing_ok=True)
    with Library.open(path) as library:
        session_id = library.summaries()[0].id
        current = [library.get(session_id)]

        def save_once() -> float:
            edited = current[0].model_copy(update={"notes": f"edit {time.perf_counter()}"})
            start = time.perf_counter()
            current[0] = library.save(edited)
            return (time.perf_counter() - start) * 1000

        save_ms = median_of(runs, save_once)
        ui_ms = median_of(runs, lambda: ui_wait(library, current[0]))
    return [
        Figure("durable save", save_ms, "ms", floor_ms, "<= 1.3x", save_ms <= 1.3 * floor_ms),
        Figure("UI wait per edit", ui_ms, "ms", None, "off the loop"),
    ]


def ui_wait(library: Library, session: Session) -> float:
    """What an edit costs the event loop: Workspace.change hands the save to a thread."""
    from screens.workspace import Workspace

    workspace = Workspace(library, session)
    try:
        return timed(lambda: workspace.change(notes="typed in the room"))
    finally:
        workspace.close()


def export_figure(runs: int) -> Figure:
    """The Markdown page of a session of 500 items."""
    session = large_session(random.Random(500), items=500)
    export_ms = median_of(runs, lambda: timed(lambda: session_markdown(session)))
    return Figure("export, 500 items", export_ms, "ms", None, "<= 50 ms", export_ms <= 50)


def board_figure(path: Path, runs: int) -> Figure:
    """Reading every session and building the board (what the board screen waits for)."""

    def read_and_build(library: Library) -> None:
        build_board(library.sessions().sessions, TODAY)

    with Library.open(path) as library:
        board_ms = median_of(runs, lambda: timed(lambda: read_and_build(library)))
    return Figure("board data", board_ms, "ms", None, "", None)
