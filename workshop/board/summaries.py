"""What a list of sessions shows of each, read straight from stored documents.

Listing a large library must not validate every session in full, so a summary reads only the
few fields it needs from the session's JSON document, and tolerates their absence.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from workshop.session import Action
from workshop.vocabulary import LANGUAGES, STEPS, Language, Mode, StepId


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of the library: enough to recognise a session and open it."""

    id: str
    title: str
    created_at: datetime | None
    updated_at: datetime | None
    mode: Mode
    language: Language
    step: StepId
    root_causes: tuple[str, ...]
    actions: tuple[Action, ...] = ()
    """The session's open actions (the only ones a summary keeps), for the follow-up."""
    damaged: bool = False
    """True when the library found the session damaged: it is kept, but does not open."""

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> "SessionSummary":
        """The summary of a session's stored JSON document."""
        case = doc.get("case")
        title = case.get("campaign", "") if isinstance(case, Mapping) else ""
        whys = doc.get("whys")
        causes = tuple(
            str(node.get("answer", ""))
            for node in (whys if isinstance(whys, list) else [])
            if isinstance(node, Mapping) and node.get("root_cause") is True
        )
        mode = doc.get("mode")
        language = doc.get("language")
        step = doc.get("step")
        return cls(
            id=str(doc.get("id", "")),
            title=str(title).strip(),
            created_at=_datetime(doc.get("created_at")),
            updated_at=_datetime(doc.get("updated_at")),
            mode="solo" if mode == "solo" else "workshop",
            language=language if language in LANGUAGES else "en",
            step=step if step in STEPS else "case",
            root_causes=causes,
            actions=_open_actions(doc.get("actions")),
        )


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # A hand-edited file may lack the zone; reading it as UTC keeps sorting possible.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _open_actions(raw: object) -> tuple[Action, ...]:
    """The open actions of a stored list, validated one by one; a damaged one is left out."""
    if not isinstance(raw, list):
        return ()
    actions = []
    for item in raw:
        if isinstance(item, Mapping) and item.get("status", "open") == "open":
            try:
                actions.append(Action.model_validate(item))
            except ValidationError:
                continue
    return tuple(actions)
