"""The failure board: what the post-mortems of a library say together.

Which root causes keep coming back, which lessons and biases recur, which actions are still open
or overdue and what the done ones achieved, and how many sessions each month. A pure function of
the sessions, a filter and today's date, so the screen, the CLI and the exports agree.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from workshop.board.recurring import RecurringCause, normalise, recurring_causes
from workshop.bulk import paused_gc
from workshop.session import Action, Session
from workshop.vocabulary import LESSON_CATEGORIES, ActionStatus, Mode

ActionState = Literal["overdue", ActionStatus]
"""An action's status on the board: an open action past its due date is overdue."""
ACTION_STATES: tuple[ActionState, ...] = ("overdue", "open", "done", "dropped", "carried")


@dataclass(frozen=True, slots=True)
class BoardFilter:
    """Which sessions the board covers; None means no limit."""

    since: date | None = None
    until: date | None = None
    channel: str | None = None
    """A channel as typed in any session; compared without case, accents or punctuation."""
    mode: Mode | None = None

    def admits(self, session: Session) -> bool:
        """True when `session` belongs on the board."""
        day = session_day(session)
        if self.since is not None and day < self.since:
            return False
        if self.until is not None and day > self.until:
            return False
        if self.mode is not None and session.mode != self.mode:
            return False
        if self.channel is not None:
            wanted = channel_key(self.channel)
            return any(channel_key(channel) == wanted for channel in session.case.channels)
        return True

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every session through."""
        return self == BoardFilter()


def channel_key(channel: str) -> str:
    """What two spellings of one channel share ("E-mail", "email", "EMAIL ")."""
    return normalise(channel).replace(" ", "")


def session_day(session: Session) -> date:
    """The date a session is filed under: its campaign's start, or the day it was created."""
    return session.case.period_start or session.created_at.date()


@dataclass(frozen=True, slots=True)
class Tally:
    """How often something occurs, and in which sessions."""

    key: str
    """A category, sub-type or bias id, or a month as "YYYY-MM"."""
    count: int
    session_ids: tuple[str, ...]
    """The sessions it occurs in, each once, in the board's order (most recent first)."""


@dataclass(frozen=True, slots=True)
class BoardSession:
    """A session on the board."""

    id: str
    title: str
    day: date
    mode: Mode
    channels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BoardAction:
    """An action of a session on the board."""

    session_id: str
    session_title: str
    action: Action
    state: ActionState


@dataclass(frozen=True)
class Board:
    """Everything the failure board shows."""

    filter: BoardFilter
    today: date
    sessions: tuple[BoardSession, ...]
    """The sessions covered, most recent first."""
    causes: tuple[RecurringCause, ...]
    """Root causes, grouped when they are the same; the most frequent first."""
    categories: tuple[Tally, ...]
    """Lessons per category, every category in the method's order (counts are lessons)."""
    subtypes: tuple[Tally, ...]
    """Lessons per sub-type, the most frequent first; sub-types never used are left out."""
    biases: tuple[Tally, ...]
    """Biases marked present, the most frequent first (counts are sessions)."""
    actions: tuple[BoardAction, ...]
    """Every action: overdue, open, done, dropped, carried, the most urgent first."""
    months: tuple[Tally, ...]
    """Sessions per month, every month from the first session's to the last's."""

    @property
    def action_counts(self) -> dict[ActionState, int]:
        """How many actions are in each state, every state listed."""
        return {state: sum(1 for a in self.actions if a.state == state) for state in ACTION_STATES}

    @property
    def recurring(self) -> tuple[RecurringCause, ...]:
        """The causes found in more than one session."""
        return tuple(cause for cause in self.causes if cause.count > 1)


def build_board(
    sessions: Iterable[Session], today: date, board_filter: BoardFilter | None = None
) -> Board:
    """The board of the `sessions` the filter admits, as of `today`."""
    with paused_gc():
        return _build(sessions, today, board_filter or BoardFilter())


def _build(sessions: Iterable[Session], today: date, board_filter: BoardFilter) -> Board:
    chosen = sorted(
        (s for s in sessions if board_filter.admits(s)),
        key=lambda s: (session_day(s), s.created_at, s.id),
        reverse=True,
    )
    actions = _actions(chosen, today)
    return Board(
        filter=board_filter,
        today=today,
        sessions=tuple(
            BoardSession(s.id, s.title, session_day(s), s.mode, tuple(s.case.channels))
            for s in chosen
        ),
        causes=tuple(recurring_causes(chosen)),
        categories=_categories(chosen),
        subtypes=_subtypes(chosen),
        biases=_biases(chosen),
        actions=actions,
        months=_months(chosen),
    )


def channels_of(sessions: Iterable[Session]) -> list[str]:
    """Every channel the sessions name, spellings of one channel merged, the most used first."""
    spellings: dict[str, Counter[str]] = {}
    for session in sessions:
        for channel in session.case.channels:
            key = channel_key(channel)
            if key:
                spellings.setdefault(key, Counter())[" ".join(channel.split())] += 1
    ranked = sorted(spellings.values(), key=lambda c: (-c.total(), c.most_common(1)[0][0]))
    return [counter.most_common(1)[0][0] for counter in ranked]


class _Tallies:
    """Counts per key, remembering the sessions each key occurs in."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.sessions: dict[str, dict[str, None]] = {}

    def add(self, key: str, session_id: str) -> None:
        self.counts[key] += 1
        self.sessions.setdefault(key, {})[session_id] = None

    def tally(self, key: str) -> Tally:
        return Tally(key, self.counts[key], tuple(self.sessions.get(key, {})))

    def ranked(self) -> tuple[Tally, ...]:
        keys = sorted(self.counts, key=lambda k: (-self.counts[k], k))
        return tuple(self.tally(key) for key in keys)


def _categories(sessions: list[Session]) -> tuple[Tally, ...]:
    tallies = _Tallies()
    for session in sessions:
        for lesson in session.lessons:
            tallies.add(lesson.category, session.id)
    return tuple(tallies.tally(category) for category in LESSON_CATEGORIES)


def _subtypes(sessions: list[Session]) -> tuple[Tally, ...]:
    tallies = _Tallies()
    for session in sessions:
        for lesson in session.lessons:
            if lesson.subtype is not None:
                tallies.add(lesson.subtype, session.id)
    return tallies.ranked()


def _biases(sessions: list[Session]) -> tuple[Tally, ...]:
    tallies = _Tallies()
    for session in sessions:
        for bias, check in session.biases.items():
            if check.status == "present":
                tallies.add(bias, session.id)
    return tallies.ranked()


def _actions(sessions: list[Session], today: date) -> tuple[BoardAction, ...]:
    lines = [
        BoardAction(
            session.id,
            session.title,
            action,
            "overdue" if action.overdue(today) else action.status,
        )
        for session in sessions
        for action in session.actions
    ]

    def order(line: BoardAction) -> tuple[int, int]:
        action = line.action
        if line.state in ("overdue", "open"):
            # The latest due date matters least; no date at all comes after every date.
            when = action.due.toordinal() if action.due else date.max.toordinal()
        else:
            when = -(action.closed_on or date.min).toordinal()  # the latest closed first
        return ACTION_STATES.index(line.state), when

    return tuple(sorted(lines, key=order))


def _months(sessions: list[Session]) -> tuple[Tally, ...]:
    if not sessions:
        return ()
    tallies = _Tallies()
    for session in sessions:
        day = session_day(session)
        tallies.add(f"{day.year:04d}-{day.month:02d}", session.id)
    days = [session_day(s) for s in sessions]
    first, last = min(days), max(days)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(tallies.tally(f"{year:04d}-{month:02d}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)
