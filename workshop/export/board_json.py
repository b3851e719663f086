"""The failure board as JSON, for scripts: ids, counts, ISO dates and full answers, no wording.

Keys come in a fixed order, so two boards of the same library diff line by line.
"""

import json
from typing import Any, Final

from workshop.board.failure_board import ACTION_STATES, Board, BoardAction, Tally
from workshop.board.recurring import RecurringCause
from workshop.vocabulary import SUBTYPE_CATEGORY

FILE_FORMAT: Final = "rootcause-board"

Json = dict[str, Any]


def board_json(board: Board, *, unreadable: list[str] | None = None) -> str:
    """`board` as a JSON document; `unreadable` names the sessions left out as unreadable."""
    document: Json = {
        "format": FILE_FORMAT,
        "today": board.today.isoformat(),
        "filter": {
            "since": board.filter.since.isoformat() if board.filter.since else None,
            "until": board.filter.until.isoformat() if board.filter.until else None,
            "channel": board.filter.channel,
            "mode": board.filter.mode,
        },
        "unreadable": list(unreadable or []),
        "counts": {
            "sessions": len(board.sessions),
            "causes": len(board.causes),
            "recurring_causes": len(board.recurring),
            "lessons": sum(tally.count for tally in board.categories),
            "actions": {state: board.action_counts.get(state, 0) for state in ACTION_STATES},
        },
        "sessions": [
            {
                "id": session.id,
                "title": session.title,
                "date": session.day.isoformat(),
                "mode": session.mode,
                "channels": list(session.channels),
            }
            for session in board.sessions
        ],
        "causes": [_cause(cause) for cause in board.causes],
        "categories": [_tally("category", tally) for tally in board.categories],
        "subtypes": [
            {**_tally("subtype", tally), "category": SUBTYPE_CATEGORY[tally.key]}  # type: ignore[index]
            for tally in board.subtypes
        ],
        "biases": [_tally("bias", tally) for tally in board.biases],
        "actions": [_action(line, board) for line in board.actions],
        "months": [_tally("month", tally) for tally in board.months],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _tally(name: str, tally: Tally) -> Json:
    return {name: tally.key, "count": tally.count, "session_ids": list(tally.session_ids)}


def _cause(cause: RecurringCause) -> Json:
    return {
        "key": cause.key,
        "subtype": cause.subtype,
        "count": cause.count,
        "recurring": cause.count > 1,
        "since": cause.since.isoformat() if cause.since else None,
        "last": cause.last.isoformat() if cause.last else None,
        "session_ids": list(dict.fromkeys(cause.session_ids)),
        "occurrences": [
            {"session_id": session_id, "date": day.isoformat(), "answer": answer}
            for session_id, day, answer in zip(
                cause.session_ids, cause.dates, cause.answers, strict=True
            )
        ],
    }


def _action(line: BoardAction, board: Board) -> Json:
    due = line.action.due
    late = (board.today - due).days if line.state == "overdue" and due is not None else None
    return {
        "session_id": line.session_id,
        "session_title": line.session_title,
        "state": line.state,
        "days_late": late,
        **line.action.model_dump(mode="json"),
    }
