"""The benchmarks' synthetic libraries: the sizes asked for, valid sessions, every step filled."""

import random
from datetime import date
from pathlib import Path

import orjson

from benchmarks.__main__ import figure_table, growth_table
from benchmarks.generate import large_session, synthetic_session, write_library
from benchmarks.measure import Figure
from storage.library import Library
from workshop.board.failure_board import build_board
from workshop.vocabulary import BIASES, SIGNALS, STEPS


def test_a_library_holds_the_sessions_asked_for_all_readable(tmp_path: Path) -> None:
    """write_library makes a library of exactly that many sessions, all valid."""
    path = write_library(tmp_path / "library.json", 25)
    with Library.open(path) as library:
        loaded = library.sessions()
    assert len(loaded.sessions) == 25 and loaded.unreadable == []


def test_sessions_weigh_about_eight_kilobytes() -> None:
    """Each stored session is close to the 8 KB the goals are set for."""
    rng = random.Random(1)
    sizes = [len(orjson.dumps(synthetic_session(rng).model_dump(mode="json"))) for _ in range(40)]
    assert all(6_000 <= size <= 11_000 for size in sizes), sizes


def test_every_step_is_filled_in_both_languages() -> None:
    """Sessions fill every step, and both languages occur."""
    rng = random.Random(2)
    sessions = [synthetic_session(rng) for _ in range(30)]
    assert {s.language for s in sessions} == {"en", "fr"}
    for session in sessions:
        assert session.step == STEPS[-1] and session.title
        assert set(session.signals) == set(SIGNALS) and set(session.biases) == set(BIASES)
        assert session.case.kpis and session.case.channels and session.problem
        assert session.root_causes and session.swot and session.anonymous_entries
        assert len(session.lessons) == 3 and len(session.actions) == 3


def test_the_same_seed_gives_the_same_library(tmp_path: Path) -> None:
    """Two libraries written with one seed hold the same sessions (ids aside)."""

    def titles(path: Path) -> list[str]:
        with Library.open(path) as library:
            return sorted(s.title for s in library.summaries())

    first = write_library(tmp_path / "a.json", 12, seed=7)
    second = write_library(tmp_path / "b.json", 12, seed=7)
    assert titles(first) == titles(second)


def test_root_causes_recur_across_sessions() -> None:
    """The cause pool makes the board group causes, as a real team's history would."""
    rng = random.Random(3)
    board = build_board([synthetic_session(rng) for _ in range(60)], date(2026, 11, 23))
    assert board.recurring and board.recurring[0].count >= 5


def test_large_session_has_the_items_asked_for() -> None:
    """The export benchmark's session has 500 items across whys, SWOT, round, lessons, actions."""
    session = large_session(random.Random(4), items=500)
    parts = (session.whys, session.swot, session.anonymous_entries, session.lessons)
    assert sum(map(len, parts)) + len(session.actions) == 500


def test_tables_show_ratios_and_goals() -> None:
    """The printed tables carry the ratio to the floor and whether each goal is met."""
    figures = [Figure("start-up to home", 300.0, "ms", 200.0, "<= 1.5x", True)]
    table = figure_table(figures)
    assert "| start-up to home | 300.0 ms | 200.0 ms | 1.50x | <= 1.5x | yes |" in table
    growth = growth_table({10: figures, 100: [Figure("start-up to home", 400.0, "ms", 200.0)]})
    assert "| start-up to home | 300.0 ms (1.50x) | 400.0 ms (2.00x) |" in growth
