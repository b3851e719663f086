"""The open actions of earlier sessions, the overdue ones first and marked."""

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import DataTable

from screens.texts import KPI_LINE as MEASURE
from screens.texts import UNTITLED
from screens.widgets.cells import one_line, user_cell
from screens.widgets.item_table import item_at, place_cursor
from screens.widgets.theme import bold_in
from workshop.board.follow_up import PendingAction
from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.content.board_labels import DAYS_LATE
from workshop.phrase import Phrase
from workshop.vocabulary import Language

COLUMNS = (
    L.ACTION,
    B.SESSION,
    L.OWNER,
    L.DUE,
)
DUE_ON = Phrase(en="due {due}", fr="échéance le {due}")
NO_DUE = Phrase(en="no due date", fr="pas d'échéance")
FROM_SESSION = Phrase(en="{when} · from: {title}", fr="{when} · issue de : {title}")
OVERDUE_MARK = "⚠"
WIDTHS = (26, 18, 12, 12)


class PendingTable(DataTable[Text]):
    """One row per open action; an overdue one carries ⚠ and the theme's error colour."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The table's own Enter (not a screen's), so it follows the arrow keys typed before it.
        Binding("enter", "follow_up", "Follow up", id="follow_up"),
    ]

    def action_follow_up(self) -> None:
        self.action_select_cursor()  # the screen hears RowSelected

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(cursor_type="row", id=id)
        self.items: list[PendingAction] = []

    def show(self, items: Sequence[PendingAction], language: Language, alarm: str) -> None:
        """Fill the table with `items`; `alarm` is the style overdue dates stand out in."""
        row, highlighted = self.cursor_row, self.highlighted()
        self.items = list(items)
        if not self.columns:
            for phrase, width in zip(COLUMNS, WIDTHS, strict=True):
                self.add_column(phrase.text(language), width=width)
        self.clear()
        for item in self.items:
            due = item.action.due.isoformat() if item.action.due else ""
            due_cell = Text(f"{OVERDUE_MARK} {due}", style=alarm) if item.overdue else Text(due)
            what = user_cell(item.action.what, WIDTHS[0])
            if item.overdue:
                what.stylize("bold")
            self.add_row(
                what,
                user_cell(item.session_title, WIDTHS[1], UNTITLED.text(language)),
                user_cell(item.action.owner, WIDTHS[2]),
                due_cell,
                height=1,
            )
        keep = highlighted.action.id if highlighted is not None else None
        place_cursor(self, [item.action.id for item in self.items], row, keep)

    def highlighted(self) -> PendingAction | None:
        """The action under the cursor."""
        return item_at(self.items, self.cursor_row)


def pending_detail(item: PendingAction | None, language: Language) -> Text:
    """The highlighted action in full: when it was due, where it comes from, its measure."""
    if item is None:
        return Text("")
    action = item.action
    if item.overdue:
        when = f"{OVERDUE_MARK} " + DAYS_LATE.text(language).format(days=item.days_late)
    elif action.due is not None:
        when = DUE_ON.text(language).format(due=action.due.isoformat())
    else:
        when = NO_DUE.text(language)
    title = one_line(item.session_title) or UNTITLED.text(language)
    detail = Text(one_line(action.what), style="bold")
    detail.append("\n" + FROM_SESSION.text(language).format(when=when, title=title))
    if action.kpi.strip() or action.target.strip():
        measure = MEASURE.text(language).format(
            kpi=one_line(action.kpi) or "—", target=one_line(action.target) or "—"
        )
        detail.append("\n" + measure)
    return detail


def alarm_style(widget: Widget) -> str:
    """Bold in the theme's error colour: how an overdue date stands out in every theme."""
    return bold_in(widget.app, "error", fallback="bold reverse")
