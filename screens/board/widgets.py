"""The board's own widgets: the table of a tab, and the row of tabs above it."""

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Static

from screens.board.lines import TabId
from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.phrase import Phrase

TAB_NAMES: dict[TabId, Phrase] = {
    "causes": L.ROOT_CAUSES,
    "lessons": B.COUNT_LESSONS,
    "biases": Phrase(en="Biases", fr="Biais"),
    "actions": B.ACTIONS,
    "months": Phrase(en="Timeline", fr="Chronologie"),
}
"""The tabs' names, short enough for the five to fit 80 columns in either language."""


class BoardTable(DataTable[Text]):
    """A tab's lines; left and right go to the tab beside (the columns always fit).

    Enter is the table's own key, so it acts on the row the arrows reached even when keys come
    faster than the screen draws.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_session", "Open", id="open_session"),
        Binding("left", "previous_tab", "Previous tab", show=False, id="previous_tab"),
        Binding("right", "next_tab", "Next tab", show=False, id="next_tab"),
    ]

    @dataclass
    class Turned(Message):
        """Show the tab `step` places away (-1: the one on the left)."""

        step: int

    def action_open_session(self) -> None:
        self.action_select_cursor()

    def action_previous_tab(self) -> None:
        self.post_message(self.Turned(-1))

    def action_next_tab(self) -> None:
        self.post_message(self.Turned(1))


class BoardTab(Static):
    """One tab's name in the row of tabs; a click shows it."""

    @dataclass
    class Chosen(Message):
        """The tab was clicked."""

        tab: TabId

    def __init__(self, tab: TabId) -> None:
        super().__init__(id=f"tab-{tab}", classes="board-tab")
        self.tab: TabId = tab

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Chosen(self.tab))
