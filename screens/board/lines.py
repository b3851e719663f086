"""The board's tabs as table lines: cells, a detail for the highlighted line, its sessions.

Each tab is built from the Board alone, in one language and one theme's colours, so the screen
only shows lines and never computes anything itself. Typed text (causes, actions, titles) is
always a rich Text, never markup.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Literal, TypeVar, cast

from rich.text import Text

from screens.board.period import day_month, month_label
from screens.texts import KPI_LINE, UNTITLED
from screens.widgets.bars import bar_cell
from screens.widgets.cells import one_line, user_cell
from workshop.board.failure_board import Board, BoardAction, Tally
from workshop.board.recurring import RecurringCause
from workshop.content import biases as bias_content
from workshop.content import board_labels as words
from workshop.content import lessons as lesson_content
from workshop.content.labels import ACTION as WHAT
from workshop.content.labels import DUE, KPI
from workshop.content.smart_labels import SMART_GAP_SHORT
from workshop.phrase import Phrase
from workshop.vocabulary import LESSON_CATEGORIES, BiasId, Language, LessonSubtype, StepId

NOBODY = SMART_GAP_SHORT["owner"]

T = TypeVar("T")
TabId = Literal["causes", "lessons", "biases", "actions", "months"]
TABS: Final[tuple[TabId, ...]] = ("causes", "lessons", "biases", "actions", "months")

DETAIL_WIDTH = 76
"""How much of a detail line shows at 80 columns; longer texts end with an ellipsis."""
MAX_LINES = 300
"""Lines shown per tab; a table longer than a few screens is read through the filter instead."""

LISTED = 8
"""Sessions named in a detail line at most (more would not fit the line anyway)."""
ALARM = "⚠ "
MET = "✓"
MISSED = "✗"
OWNER = Phrase(en="Owner", fr="Resp.")
IN_SESSIONS = Phrase(en="Sessions: {sessions}", fr="Sessions : {sessions}")
AS_TYPED = Phrase(en="Answers as typed: {answers}", fr="Réponses saisies : {answers}")
NO_KPI = Phrase(en="No KPI given.", fr="Aucun KPI indiqué.")
RESULT_LINE = Phrase(en="Result: {result}", fr="Résultat : {result}")
DROPPED_LINE = Phrase(en="Dropped: {result}", fr="Abandonnée : {result}")
CARRIED_LINE = Phrase(en="Carried over to {session}", fr="Reportée dans {session}")
TARGET_MET = Phrase(en="(target met)", fr="(cible atteinte)")
TARGET_MISSED = Phrase(en="(target missed)", fr="(cible manquée)")
FROM_LINE = Phrase(en="Due {due} · {owner} · {session}", fr="Échéance {due} · {owner} · {session}")
NO_DATE = Phrase(en="no date", fr="sans date")
MORE_LINES = Phrase(
    en="… {count} more: narrow the period (p) or the channel (c).",
    fr="… {count} de plus : réduisez la période (p) ou le canal (c).",
)
EMPTY_MONTH = Phrase(en="No session this month.", fr="Aucune session ce mois-ci.")


def heading(text: str) -> Text:
    """The first line of a detail: bold, on one line; the lines appended after it are not."""
    detail = Text()
    detail.append(one_line(text, DETAIL_WIDTH), style="bold")
    return detail


@dataclass(frozen=True, slots=True)
class Column:
    label: Phrase
    width: int


@dataclass(frozen=True, slots=True)
class Line:
    """One row of a tab's table."""

    cells: tuple[Text, ...]
    detail: Text
    """What shows under the table while the row is highlighted."""
    session_ids: tuple[str, ...] = ()
    """The sessions the line comes from, the most recent first; Enter opens one."""


@dataclass(frozen=True, slots=True)
class Page:
    """A tab: its columns, its lines, the step its sessions open at, what says it is empty."""

    columns: tuple[Column, ...]
    lines: tuple[Line, ...]
    step: StepId
    empty: Phrase


@dataclass(frozen=True, slots=True)
class Look:
    """The language and the theme's colours the lines are drawn in."""

    language: Language
    bar: str | None
    """The bars' colour; None draws them in the default colour."""
    alarm: str
    """The style of what is overdue (bold in the theme's error colour)."""

    def t(self, phrase: Phrase, **values: object) -> str:
        text = phrase.text(self.language)
        return text.format(**values) if values else text


class Pages:
    """Builds each tab of one board."""

    def __init__(self, board: Board, look: Look) -> None:
        self.board = board
        self.look = look
        self.sessions = {s.id: s for s in board.sessions}

    def page(self, tab: TabId) -> Page:
        build: dict[TabId, Callable[[], Page]] = {
            "causes": self.causes,
            "lessons": self.lessons,
            "biases": self.biases,
            "actions": self.actions,
            "months": self.months,
        }
        return build[tab]()

    # -- shared pieces -----------------------------------------------------------------------

    def title(self, session_id: str) -> str:
        session = self.sessions.get(session_id)
        return one_line(session.title) if session and session.title else self.look.t(UNTITLED)

    def sessions_line(self, session_ids: tuple[str, ...] | list[str]) -> Text:
        """The sessions by title and date, on one line (the first few: the line is cut)."""
        ids = list(dict.fromkeys(session_ids))
        listed = ", ".join(f"{self.title(i)} ({self.sessions[i].day})" for i in ids[:LISTED])
        if len(ids) > LISTED:
            listed += ", …"
        return Text(one_line(self.look.t(IN_SESSIONS, sessions=listed), DETAIL_WIDTH))

    def count_cells(self, count: int, largest: int, width: int) -> tuple[Text, Text]:
        return Text(str(count), justify="right"), bar_cell(count, largest, width, self.look.bar)

    def capped(self, items: Sequence[T], line: Callable[[T], Line]) -> tuple[Line, ...]:
        """The lines of the first MAX_LINES items (only those are built), then how many more."""
        lines = [line(item) for item in items[:MAX_LINES]]
        if len(items) > MAX_LINES:
            more = Text(self.look.t(MORE_LINES, count=len(items) - MAX_LINES), style="dim")
            filler = tuple(Text("") for _ in lines[0].cells[1:])
            lines.append(Line((more, *filler), more))
        return tuple(lines)

    # -- the tabs ----------------------------------------------------------------------------

    def causes(self) -> Page:
        causes = self.board.causes
        largest = max((cause.count for cause in causes), default=0)
        columns = (
            Column(words.CAUSE, 34),
            Column(words.COUNT_SESSIONS, 8),
            Column(words.FIRST_SEEN, 10),
            Column(words.CHART, 16),
        )
        lines = self.capped(causes, lambda cause: self.cause_line(cause, largest))
        return Page(columns, lines, "whys", words.NO_ROOT_CAUSE)

    def cause_name(self, cause: RecurringCause) -> str:
        if cause.subtype is not None:
            return lesson_content.SUBTYPE_INFO[cause.subtype].label.text(self.look.language)
        return one_line(cause.wording)

    def cause_line(self, cause: RecurringCause, largest: int) -> Line:
        name = self.cause_name(cause)
        since = day_month(cause.since, self.look.language) if cause.since else ""
        count, chart = self.count_cells(cause.count, largest, 16)
        phrase = words.CAUSE_LINE if cause.count > 1 else words.CAUSE_ONCE
        headline = self.look.t(phrase, cause=name, count=cause.count, since=since)
        detail = heading(headline)
        answers = dict.fromkeys(one_line(answer) for answer in cause.answers)
        detail.append(
            "\n" + one_line(self.look.t(AS_TYPED, answers=" · ".join(answers)), DETAIL_WIDTH)
        )
        detail.append("\n")
        detail.append_text(self.sessions_line(cause.session_ids))
        ids = tuple(dict.fromkeys(cause.session_ids))
        return Line((user_cell(name, 34), count, Text(since), chart), detail, ids)

    def lessons(self) -> Page:
        categories = self.board.categories
        largest = max((tally.count for tally in categories), default=0)
        lines: list[Line] = []
        for category, tally in zip(LESSON_CATEGORIES, categories, strict=True):
            info = lesson_content.CATEGORY_INFO[category]
            name = Text(info.label.text(self.look.language), style="bold")
            lines.append(self.tally_line(name, tally, largest, 22, info.description))
            subs = [
                (sub, sub_info)
                for sub in self.board.subtypes
                if (sub_info := lesson_content.SUBTYPE_INFO.get(cast(LessonSubtype, sub.key)))
                and sub_info.category == category
            ]
            for index, (sub, sub_info) in enumerate(subs):
                branch = " └ " if index == len(subs) - 1 else " ├ "
                name = Text(branch + sub_info.label.text(self.look.language))
                lines.append(self.tally_line(name, sub, largest, 22, sub_info.remedy))
        if not any(tally.count for tally in categories):
            lines = []
        columns = (
            Column(words.CATEGORY, 40),
            Column(words.COUNT_LESSONS, 7),
            Column(words.CHART, 22),
        )
        return Page(columns, tuple(lines), "lessons", words.NO_LESSON)

    def tally_line(
        self, name: Text, tally: Tally, largest: int, width: int, about: Phrase | None = None
    ) -> Line:
        """A named count with its bar; the detail says what it is and where it occurs."""
        count, chart = self.count_cells(tally.count, largest, width)
        detail = heading(name.plain.lstrip(" ├└"))
        if about is not None:
            detail.append("\n" + one_line(self.look.t(about), DETAIL_WIDTH))
        if tally.session_ids:
            detail.append("\n")
            detail.append_text(self.sessions_line(tally.session_ids))
        return Line((name, count, chart), detail, tally.session_ids)

    def biases(self) -> Page:
        biases = self.board.biases
        largest = max((tally.count for tally in biases), default=0)
        lines = []
        for tally in biases:
            info = bias_content.BIAS_INFO.get(cast(BiasId, tally.key))
            if info is not None:
                name = Text(info.name.text(self.look.language))
                lines.append(self.tally_line(name, tally, largest, 26, info.definition))
        columns = (Column(words.BIAS, 36), Column(words.COUNT_SESSIONS, 8), Column(words.CHART, 26))
        return Page(columns, tuple(lines), "biases", words.NO_BIAS)

    def months(self) -> Page:
        months = self.board.months
        largest = max((tally.count for tally in months), default=0)
        columns = (
            Column(words.MONTH, 10),
            Column(words.COUNT_SESSIONS, 8),
            Column(words.CHART, 40),
        )
        # The latest month first, like every list of the board.
        lines = self.capped(months[::-1], lambda tally: self.month_line(tally, largest))
        return Page(columns, lines, "case", words.NO_SESSION)

    def month_line(self, tally: Tally, largest: int) -> Line:
        line = self.tally_line(Text(month_label(tally.key, self.look.language)), tally, largest, 40)
        if tally.session_ids:
            return line
        return Line(line.cells, Text(self.look.t(EMPTY_MONTH)))

    def actions(self) -> Page:
        columns = (
            Column(WHAT, 19),
            Column(words.SESSION, 13),
            Column(OWNER, 9),
            Column(DUE, 10),
            Column(words.STATE, 12),
            Column(KPI, 3),
        )
        return Page(
            columns, self.capped(self.board.actions, self.action_line), "actions", words.NO_ACTION
        )

    def action_line(self, item: BoardAction) -> Line:
        action = item.action
        overdue = item.state == "overdue"
        state = self.look.t(words.ACTION_STATES[item.state])
        due = action.due.isoformat() if action.due else ""
        met = {True: MET, False: MISSED, None: ""}[action.target_met]
        cells = (
            user_cell(action.what, 19),
            user_cell(item.session_title, 13, self.look.t(UNTITLED)),
            user_cell(action.owner, 9),
            Text(due, style=self.look.alarm if overdue else ""),
            Text(ALARM + state, style=self.look.alarm) if overdue else Text(state),
            Text(met, justify="center"),
        )
        return Line(cells, self.action_detail(item), (item.session_id,))

    def action_detail(self, item: BoardAction) -> Text:
        action, t = item.action, self.look.t
        detail = heading(action.what)
        if action.kpi.strip() or action.target.strip():
            kpi = t(
                KPI_LINE, kpi=one_line(action.kpi) or "—", target=one_line(action.target) or "—"
            )
        else:
            kpi = t(NO_KPI)
        detail.append("\n" + one_line(kpi, DETAIL_WIDTH))
        if action.status in ("done", "dropped") and (
            action.result.strip() or action.target_met is not None
        ):
            phrase = DROPPED_LINE if action.status == "dropped" else RESULT_LINE
            met = {True: t(TARGET_MET), False: t(TARGET_MISSED), None: ""}[action.target_met]
            result = " ".join(part for part in (one_line(action.result), met) if part)
            detail.append("\n" + one_line(t(phrase, result=result), DETAIL_WIDTH))
        if action.status == "carried" and action.carried_to in self.sessions:
            carried = t(CARRIED_LINE, session=self.title(action.carried_to))
            detail.append("\n" + one_line(carried, DETAIL_WIDTH))
        title = self.title(item.session_id)
        owner = one_line(action.owner) or t(NOBODY)
        due = action.due.isoformat() if action.due else t(NO_DATE)
        detail.append(
            "\n" + one_line(t(FROM_LINE, session=title, owner=owner, due=due), DETAIL_WIDTH)
        )
        if item.state == "overdue" and action.due:
            days = (self.board.today - action.due).days
            late = t(words.ONE_DAY_LATE) if days == 1 else t(words.DAYS_LATE, days=days)
            detail.append("\n" + ALARM + late, style=self.look.alarm)
        return detail
