"""The failure board's wiki page, exactly: reviewed golden pages in English and in French.

A change to the page fails here until the new page is read and accepted: regenerate the files
with ROOTCAUSE_UPDATE_GOLDEN=1, then review the diff of tests/workshop/golden/board_*.md.
"""

import os
from datetime import date
from pathlib import Path

import pytest

from tests.workshop.board_sessions import library
from workshop.board.failure_board import build_board
from workshop.export.board_markdown import board_markdown
from workshop.sample import sample_session
from workshop.session import Session
from workshop.vocabulary import LANGUAGES, Language

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("ROOTCAUSE_UPDATE_GOLDEN") == "1"


GOLDEN_TODAY = date(2026, 5, 10)
"""After every session and every action closed in them: some actions late, some still open."""


def golden_sessions(language: Language) -> list[Session]:
    """The three sessions of the board tests and the sample in `language`, under fixed ids."""
    sessions = [*library(), sample_session(language)]
    return [
        session.model_copy(update={"id": f"{n}" * 8 + "0" * 24})
        for n, session in enumerate(sessions, start=1)
    ]


def golden_page(language: Language) -> str:
    return board_markdown(build_board(golden_sessions(language), GOLDEN_TODAY), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_board_page_matches_golden_file(language: Language) -> None:
    """The board of a fixed library is exactly the reviewed page (set ROOTCAUSE_UPDATE_GOLDEN=1)."""
    page = golden_page(language)
    golden = GOLDEN / f"board_{language}.md"
    if UPDATE_GOLDEN:
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8")


def test_the_page_draws_nothing_at_random() -> None:
    """Two builds of the library give the same page: the ids drawn inside (whys, lessons,
    actions) and the creation times never reach it, so the golden comparison is stable."""
    for language in LANGUAGES:
        assert golden_page(language) == golden_page(language)
