"""The failure board as JSON: what scripts get, exactly and in a fixed order."""

import json
from datetime import date
from typing import Any

from tests.workshop.board_sessions import TODAY, board, library, made
from workshop.board.failure_board import BoardFilter, build_board
from workshop.export.board_json import FILE_FORMAT, board_json
from workshop.session import Action


def loaded(**limits: object) -> tuple[Any, Any]:
    """A board of the test library and its JSON read back."""
    covered = board(**limits)
    return covered, json.loads(board_json(covered))


def test_the_document_has_its_keys_in_a_fixed_order() -> None:
    """Top-level keys come in one documented order, whatever the board."""
    _, document = loaded()
    assert list(document) == [
        "format",
        "today",
        "filter",
        "unreadable",
        "counts",
        "sessions",
        "causes",
        "categories",
        "subtypes",
        "biases",
        "actions",
        "months",
    ]
    assert document["format"] == FILE_FORMAT
    assert document["today"] == TODAY.isoformat()


def test_counts_are_the_boards() -> None:
    """Sessions, causes, recurring causes, lessons and actions per state are counted."""
    _, document = loaded()
    assert document["counts"] == {
        "sessions": 3,
        "causes": 3,
        "recurring_causes": 2,
        "lessons": 4,
        "actions": {"overdue": 1, "open": 1, "done": 1, "dropped": 1, "carried": 0},
    }


def test_sessions_keep_their_full_ids_dates_and_channels() -> None:
    """Each session with its whole id, ISO date, mode and channels, most recent first."""
    covered, document = loaded()
    assert [s["id"] for s in document["sessions"]] == [s.id for s in covered.sessions]
    assert document["sessions"][1] == {
        "id": covered.sessions[1].id,
        "title": "Spring launch",
        "date": "2026-03-05",
        "mode": "solo",
        "channels": ["email"],
    }


def test_causes_keep_every_answer_as_typed_with_its_session_and_date() -> None:
    """A recurring cause lists each occurrence: session id, date, the full answer."""
    covered, document = loaded()
    first = document["causes"][0]
    assert first["key"] == "subtype:segmentation" and first["subtype"] == "segmentation"
    assert (first["count"], first["recurring"]) == (2, True)
    assert (first["since"], first["last"]) == ("2026-01-10", "2026-03-05")
    spring, winter = covered.sessions[1].id, covered.sessions[2].id
    assert first["session_ids"] == [spring, winter]
    assert first["occurrences"] == [
        {"session_id": spring, "date": "2026-03-05", "answer": "Customer data out of date"},
        {"session_id": winter, "date": "2026-01-10", "answer": "The customer data was stale"},
    ]
    assert document["causes"][2]["recurring"] is False


def test_a_long_hostile_answer_comes_back_whole() -> None:
    """100 KB, pipes, newlines and accents: the JSON holds the answer exactly, unescaped."""
    answer = "Données | <b>\n`x`\r\n" + "y" * 100_000
    document = json.loads(board_json(build_board([made(causes=[(answer, None)])], TODAY)))
    assert document["causes"][0]["occurrences"][0]["answer"] == answer
    assert "Données" in board_json(build_board([made(causes=[(answer, None)])], TODAY))


def test_tallies_name_their_key_count_and_sessions() -> None:
    """Categories (all four), sub-types with their category, biases and months."""
    covered, document = loaded()
    assert [(c["category"], c["count"]) for c in document["categories"]] == [
        ("strategic", 2),
        ("operational", 1),
        ("communication", 1),
        ("technological", 0),
    ]
    assert document["subtypes"][0] == {
        "subtype": "segmentation",
        "count": 2,
        "session_ids": [covered.sessions[1].id, covered.sessions[2].id],
        "category": "strategic",
    }
    assert [(b["bias"], b["count"]) for b in document["biases"]] == [
        ("hindsight", 2),
        ("confirmation", 1),
    ]
    assert [(m["month"], m["count"]) for m in document["months"]] == [
        ("2026-01", 1),
        ("2026-02", 0),
        ("2026-03", 2),
    ]


def test_actions_carry_every_field_their_state_and_days_late() -> None:
    """Each action: its session, its board state, days late when overdue, all its fields."""
    covered, document = loaded()
    overdue, _, done, _ = document["actions"]
    assert overdue["session_id"] == covered.sessions[2].id
    assert overdue["session_title"] == "Winter sale"
    assert (overdue["state"], overdue["days_late"]) == ("overdue", 58)
    assert (overdue["what"], overdue["owner"], overdue["due"]) == (
        "Rebuild the segment",
        "Julie",
        "2026-02-01",
    )
    assert overdue["status"] == "open"
    assert (done["state"], done["days_late"], done["target_met"]) == ("done", None, True)
    assert (done["result"], done["closed_on"]) == ("Reached 1.2%", "2026-03-01")
    assert set(Action.model_fields) <= set(done)


def test_the_filter_and_unreadable_sessions_are_recorded() -> None:
    """The filter in ISO dates and the ids of sessions left out as unreadable."""
    limits = BoardFilter(since=date(2026, 3, 1), channel="EMAIL", mode="solo")
    document = json.loads(
        board_json(build_board(library(), TODAY, limits), unreadable=["bad1", "bad2"])
    )
    assert document["filter"] == {
        "since": "2026-03-01",
        "until": None,
        "channel": "EMAIL",
        "mode": "solo",
    }
    assert document["unreadable"] == ["bad1", "bad2"]
    assert [s["title"] for s in document["sessions"]] == ["Spring launch"]


def test_an_empty_board_is_still_a_whole_document() -> None:
    """No session: every list is there, empty, and every count is zero."""
    document = json.loads(board_json(build_board([], TODAY)))
    assert document["sessions"] == document["causes"] == document["actions"] == []
    assert document["months"] == [] and document["unreadable"] == []
    assert document["counts"]["sessions"] == 0
    assert all(c["count"] == 0 for c in document["categories"])
