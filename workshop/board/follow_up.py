"""Following up the actions of earlier sessions: the loop from one post-mortem to the next.

An open action ends one of three ways: done, with the KPI's result and whether it met its
target; dropped, with the reason; or carried into a later session, where a copy goes on as an
open action of that session. Each way is a pure function returning the changed sessions, which
storage saves together.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from workshop.ids import new_id
from workshop.session import Action, Session


class ActionNotOpenError(ValueError):
    """The action is not open any more (another screen or process closed it first)."""


@dataclass(frozen=True, slots=True)
class PendingAction:
    """An open action of a session, with the session it comes from."""

    session_id: str
    session_title: str
    action: Action
    days_late: int
    """How many days past its due date (0 when not overdue)."""

    @property
    def overdue(self) -> bool:
        """Still open after its due date."""
        return self.days_late > 0


class HasActions(Protocol):
    """A session, or a summary of one that keeps its open actions."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def actions(self) -> Sequence[Action]: ...


def pending_actions(
    sessions: Iterable[HasActions], today: date, *, exclude: str | None = None
) -> list[PendingAction]:
    """The open actions of `sessions` (but `exclude`), the most overdue first, then by due date."""
    pending = []
    for session in sessions:
        if session.id == exclude:
            continue
        for action in session.actions:
            if action.status != "open":
                continue
            late = (today - action.due).days if action.overdue(today) and action.due else 0
            pending.append(PendingAction(session.id, session.title, action, late))
    return sorted(pending, key=_urgency)


def _urgency(item: PendingAction) -> tuple[int, date, str, str]:
    due = item.action.due or date.max
    return (-item.days_late, due, item.session_title.casefold(), item.action.what.casefold())


def mark_done(
    session: Session, action_id: str, *, result: str, target_met: bool | None, today: date
) -> Session:
    """`session` with the action done, its result recorded."""
    return _close(
        session,
        action_id,
        status="done",
        result=result.strip(),
        target_met=target_met,
        closed_on=today,
    )


def drop(session: Session, action_id: str, *, reason: str, today: date) -> Session:
    """`session` with the action dropped for `reason`."""
    return _close(
        session,
        action_id,
        status="dropped",
        result=reason.strip(),
        target_met=None,
        closed_on=today,
    )


def reopen(session: Session, action_id: str) -> Session:
    """`session` with a done or dropped action open again; its result text is kept."""
    action = _find(session, action_id)
    if action.status == "carried":
        raise ActionNotOpenError(action_id)  # reopening it would do the work twice
    return _replace(
        session, action.model_copy(update={"status": "open", "target_met": None, "closed_on": None})
    )


def carry(source: Session, action_id: str, into: Session, today: date) -> tuple[Session, Session]:
    """(`source` with the action carried, `into` with an open copy of it appended).

    The copy keeps what, owner, dates, KPI and target, and points back to `source`; it drops
    the tie to a lesson, since lessons belong to their own session.
    """
    if source.id == into.id:
        raise ValueError("an action cannot be carried into its own session")
    action = _find(source, action_id)
    if action.status != "open":
        raise ActionNotOpenError(action_id)
    copy = action.model_copy(
        update={
            "id": new_id(),
            "lesson_id": None,
            "carried_from": source.id,
            "carried_to": None,
            "result": "",
            "target_met": None,
            "closed_on": None,
        }
    )
    carried = action.model_copy(
        update={"status": "carried", "carried_to": into.id, "closed_on": today}
    )
    new_into = into.model_copy(update={"actions": [*into.actions, copy]})
    return _replace(source, carried), Session.model_validate(new_into.model_dump())


def _close(session: Session, action_id: str, **updates: object) -> Session:
    action = _find(session, action_id)
    if action.status == "carried":
        raise ActionNotOpenError(action_id)
    return _replace(session, action.model_copy(update=updates))


def _find(session: Session, action_id: str) -> Action:
    for action in session.actions:
        if action.id == action_id:
            return action
    raise KeyError(action_id)


def _replace(session: Session, action: Action) -> Session:
    actions = [action if item.id == action.id else item for item in session.actions]
    # Validated again, so a status or date that breaks the session's rules never gets stored.
    dumped = [item.model_dump() for item in actions]
    return Session.model_validate({**session.model_dump(), "actions": dumped})
