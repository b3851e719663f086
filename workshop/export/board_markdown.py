"""The failure board as a Markdown page for the team wiki.

The same wiki-safe rules as the session page (workshop/export/markdown.py): one H1, an H2 per
section, GFM pipe tables with a header row and one line per cell, no HTML, no heading below H2.
Every typed text (answers, titles, channels, owners, ids read from a file) goes through
`inline`, so nothing a user types can add structure to the page.
"""

from collections.abc import Callable
from decimal import Decimal

from workshop.board.failure_board import Board, BoardAction, BoardFilter
from workshop.board.recurring import RecurringCause
from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.content.biases import BIAS_INFO
from workshop.content.lessons import CATEGORY_INFO, SUBTYPE_INFO
from workshop.export.bars import bar
from workshop.export.escape import inline
from workshop.export.markdown_blocks import EMPTY_CELL, action_result, table
from workshop.numbers import format_number
from workshop.phrase import Phrase, singular
from workshop.session import Action
from workshop.vocabulary import SUBTYPE_CATEGORY, Language

__all__ = ["BAR_WIDTH", "MAX_CAUSES", "bar", "board_markdown", "scope_words"]

BAR_WIDTH = 20
"""The largest count of a table fills this many characters."""
MAX_CAUSES = 30
"""Rows of the causes table; the causes left out are counted under it."""
MAX_ANSWERS = 5
"""Wordings listed for one cause; the others are counted."""
ID_PREFIX = 8
"""The length of id `rootcause list` shows and `rootcause export ID` accepts."""

Section = tuple[Phrase, Callable[[], str]]


def board_markdown(board: Board, language: Language, *, unreadable: int = 0) -> str:
    """The wiki page of `board` in `language`; `unreadable` sessions are said to be left out."""
    page = _BoardPage(board, language)
    parts = [page.heading(unreadable)]
    if board.sessions:
        parts += [f"## {page.t(title)}\n\n{render()}" for title, render in page.sections()]
    else:
        parts.append(page.t(B.NO_SESSION))
    return "\n\n".join(parts) + "\n"


def scope_words(
    board_filter: BoardFilter, language: Language, typed: Callable[[str], str] = inline
) -> tuple[str, str, str]:
    """The period, channel and mode a filter covers, in words; `typed` writes the channel."""
    since = board_filter.since.isoformat() if board_filter.since else None
    until = board_filter.until.isoformat() if board_filter.until else None
    if since and until:
        period = B.BETWEEN.text(language).format(since=since, until=until)
    elif since:
        period = B.SINCE.text(language).format(since=since)
    elif until:
        period = B.UNTIL.text(language).format(until=until)
    else:
        period = B.ALL_TIME.text(language)
    channel = B.ALL_CHANNELS.text(language)
    if board_filter.channel is not None:
        channel = B.CHANNEL.text(language).format(channel=typed(board_filter.channel))
    mode = {None: B.ALL_MODES, "workshop": B.WORKSHOPS_ONLY, "solo": B.SOLO_ONLY}
    return period, channel, mode[board_filter.mode].text(language)


class _BoardPage:
    """The sections of the board's page, in one language."""

    def __init__(self, board: Board, language: Language) -> None:
        self.board = board
        self.language = language

    def t(self, phrase: Phrase, **values: str) -> str:
        text = phrase.text(self.language)
        return text.format(**values) if values else text

    def number(self, count: int) -> str:
        return format_number(Decimal(count), self.language)

    def heading(self, unreadable: int) -> str:
        count = len(self.board.sessions)
        period, channel, mode = scope_words(self.board.filter, self.language)
        covered = B.ONE_SESSION_COVERED if count == 1 else B.SESSIONS_COVERED
        facts = self.t(covered, count=self.number(count), period=period, channel=channel, mode=mode)
        generated = self.t(B.GENERATED, date=self.board.today.isoformat())
        lines = [f"# {self.t(B.BOARD_TITLE)}", f"{facts} · {generated}"]
        if unreadable > 0:
            lost = B.ONE_UNREADABLE if unreadable == 1 else B.UNREADABLE
            lines.append(self.t(lost, count=self.number(unreadable)))
        return "\n\n".join(lines)

    def sections(self) -> list[Section]:
        return [
            (B.CAUSES, self.causes),
            (B.LESSONS, self.categories),
            (B.SUBTYPES, self.subtypes),
            (B.BIASES, self.biases),
            (B.ACTIONS, self.actions),
            (B.TIMELINE, self.months),
            (B.SESSIONS, self.sessions),
        ]

    def header(self, *columns: Phrase) -> list[str]:
        return [self.t(column) for column in columns]

    def causes(self) -> str:
        causes = self.board.causes
        if not causes:
            return self.t(B.NO_ROOT_CAUSE)
        largest = max(cause.count for cause in causes)
        rows = [
            [
                *self.cause_words(cause),
                self.number(cause.count),
                cause.since.isoformat() if cause.since else "",
                cause.last.isoformat() if cause.last else "",
                bar(cause.count, largest, BAR_WIDTH),
            ]
            for cause in causes[:MAX_CAUSES]
        ]
        columns = (B.CAUSE, B.AS_TYPED, B.COUNT_SESSIONS, B.FIRST_SEEN, B.LAST_SEEN, B.CHART)
        parts = [table(self.header(*columns), rows)]
        hidden = causes[MAX_CAUSES:]
        recurring = sum(1 for cause in hidden if cause.count > 1)
        if recurring:
            parts.append(self.t(B.HIDDEN_RECURRING, count=self.number(recurring)))
        if len(hidden) > recurring:
            parts.append(self.t(B.HIDDEN_ONCE, count=self.number(len(hidden) - recurring)))
        return "\n\n".join(parts)

    def cause_words(self, cause: RecurringCause) -> tuple[str, str]:
        """The cause's name (its sub-type, or its most typed answer) and its other wordings."""
        answers = list(dict.fromkeys(text for text in map(inline, cause.answers) if text))
        if cause.subtype is not None:
            name = self.t(SUBTYPE_INFO[cause.subtype].label)
        else:
            name = inline(cause.wording) or EMPTY_CELL
            answers = [answer for answer in answers if answer != name]
        listed = answers[:MAX_ANSWERS]
        if len(answers) > len(listed):
            listed.append(self.t(B.MORE_ANSWERS, count=self.number(len(answers) - len(listed))))
        return name, " / ".join(listed)

    def categories(self) -> str:
        tallies = self.board.categories
        largest = max((tally.count for tally in tallies), default=0)
        if largest == 0:
            return self.t(B.NO_LESSON)
        rows = [
            [
                self.t(CATEGORY_INFO[tally.key].label),  # type: ignore[index]
                self.number(tally.count),
                bar(tally.count, largest, BAR_WIDTH),
            ]
            for tally in tallies
        ]
        return table(self.header(B.CATEGORY, B.COUNT_LESSONS, B.CHART), rows)

    def subtypes(self) -> str:
        tallies = self.board.subtypes
        if not tallies:
            lessons = any(tally.count for tally in self.board.categories)
            return self.t(B.NO_SUBTYPE_USED if lessons else B.NO_LESSON)
        largest = max(tally.count for tally in tallies)
        rows = [
            [
                self.t(SUBTYPE_INFO[tally.key].label),  # type: ignore[index]
                self.t(CATEGORY_INFO[SUBTYPE_CATEGORY[tally.key]].label),  # type: ignore[index]
                self.number(tally.count),
                bar(tally.count, largest, BAR_WIDTH),
            ]
            for tally in tallies
        ]
        return table(self.header(B.SUBTYPE, B.CATEGORY, B.COUNT_LESSONS, B.CHART), rows)

    def biases(self) -> str:
        tallies = self.board.biases
        if not tallies:
            return self.t(B.NO_BIAS)
        largest = max(tally.count for tally in tallies)
        rows = [
            [
                self.t(BIAS_INFO[tally.key].name),  # type: ignore[index]
                self.number(tally.count),
                bar(tally.count, largest, BAR_WIDTH),
            ]
            for tally in tallies
        ]
        return table(self.header(B.BIAS, B.COUNT_SESSIONS, B.CHART), rows)

    def actions(self) -> str:
        lines = self.board.actions
        if not lines:
            return self.t(B.NO_ACTION)
        counts = self.board.action_counts
        totals = ", ".join(
            self.t(
                B.ACTION_TOTALS[state][not singular(count, self.language)], count=self.number(count)
            )
            for state, count in ((state, counts.get(state, 0)) for state in B.ACTION_STATES)
        )
        columns = (L.ACTION, B.SESSION, L.OWNER, L.DUE, B.STATE, B.KPI_TARGET, L.RESULT)
        return totals + "\n\n" + table(self.header(*columns), map(self.action_row, lines))

    def action_row(self, line: BoardAction) -> list[str]:
        action = line.action
        return [
            inline(action.what),
            self.session_name(line.session_title, line.session_id),
            inline(action.owner) or f"*{self.t(L.UNASSIGNED)}*",
            action.due.isoformat() if action.due else "",
            self.state(line),
            " → ".join(part for part in (inline(action.kpi), inline(action.target)) if part),
            self.result(action),
        ]

    def session_name(self, title: str, session_id: str) -> str:
        name = inline(title) or self.t(L.UNTITLED)
        return f"{name} ({inline(session_id[:ID_PREFIX])})"

    def state(self, line: BoardAction) -> str:
        """The state; an overdue action says how late it is, a closed one since when."""
        words = self.t(B.ACTION_STATES[line.state])
        action = line.action
        if line.state == "overdue" and action.due is not None:
            days = (self.board.today - action.due).days
            late = B.ONE_DAY_LATE if days == 1 else B.DAYS_LATE
            return f"**{words}** ({self.t(late, days=self.number(days))})"
        if action.closed_on is not None and line.state != "open":
            return f"{words} {action.closed_on.isoformat()}"
        return words

    def result(self, action: Action) -> str:
        return action_result(action, self.language)

    def months(self) -> str:
        tallies = self.board.months
        largest = max((tally.count for tally in tallies), default=0)
        rows = [
            [tally.key, self.number(tally.count), bar(tally.count, largest, BAR_WIDTH)]
            for tally in tallies
        ]
        return table(self.header(B.MONTH, B.COUNT_SESSIONS, B.CHART), rows)

    def sessions(self) -> str:
        rows = [
            [
                session.day.isoformat(),
                inline(session.title) or self.t(L.UNTITLED),
                self.t(L.MODES[session.mode]),
                ", ".join(text for text in map(inline, session.channels) if text),
                inline(session.id[:ID_PREFIX]),
            ]
            for session in self.board.sessions
        ]
        columns = (B.DATE, B.SESSION, B.MODE, L.CHANNELS, B.SESSION_ID)
        return table(self.header(*columns), rows)
