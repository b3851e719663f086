"""The failure board: what the post-mortems of the library say together, tab by tab.

The sessions are read once in a worker (validating a large library takes a moment); the board
is built again only when the filter changes, and only the tab on screen is drawn.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Header, Sparkline, Static
from textual.worker import get_current_worker

from screens.base import LocalizedScreen
from screens.board.lines import TABS, Line, Look, Page, Pages, TabId
from screens.board.period import (
    PERIODS,
    covered_text,
    month_label,
    next_mode,
    period_range,
    unreadable_text,
)
from screens.board.widgets import TAB_NAMES, BoardTab, BoardTable
from screens.widgets.bars import bar_colour
from storage.errors import LibraryError
from storage.library import Library, LoadedSessions
from workshop.board.failure_board import Board, BoardFilter, build_board, channels_of
from workshop.content import board_labels as words
from workshop.export.board_markdown import board_markdown
from workshop.phrase import Phrase
from workshop.vocabulary import StepId

if TYPE_CHECKING:
    from screens.dialogs.form import FieldValue

SAVE_BOARD_AS = Phrase(en="Save the board's page as:", fr="Enregistrer la page du tableau sous :")
LOADING = Phrase(en="Reading the library…", fr="Lecture de la bibliothèque…")
SPARK_TITLE = Phrase(en="Sessions per month:", fr="Sessions par mois :")
SPARK_WIDTH = (12, 48)
"""The narrowest and widest the sessions-per-month line is drawn."""


class BoardScreen(LocalizedScreen[None]):
    """Root causes, lessons, biases, actions and months across the sessions of a library."""

    AUTO_FOCUS = ""  # the table takes the focus once it has lines: the footer is drawn once
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "board_period", "Period", id="board_period"),
        Binding("c", "board_channel", "Channel", id="board_channel"),
        Binding("m", "board_mode", "Mode", id="board_mode"),
        Binding("e", "save_board", "Save page", id="save_board"),
        Binding("escape", "home", "Library", id="home"),
        Binding("1", "tab_causes", "Root causes", show=False, id="tab_causes"),
        Binding("2", "tab_lessons", "Lessons", show=False, id="tab_lessons"),
        Binding("3", "tab_biases", "Biases", show=False, id="tab_biases"),
        Binding("4", "tab_actions", "Actions", show=False, id="tab_actions"),
        Binding("5", "tab_months", "Timeline", show=False, id="tab_months"),
    ]

    def __init__(self, library: Library, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.library = library
        self.today = today
        self.loaded: LoadedSessions | None = None
        """The library's sessions as last read."""
        self.filter = BoardFilter()
        self.board: Board | None = None
        """The board of the loaded sessions under the filter; built once per filter."""
        self.tab: TabId = "causes"
        self.page: Page | None = None
        """The lines of the tab on screen."""
        self.rows: dict[TabId, int] = {}
        """The highlighted row of each tab, kept while the filter stays."""
        self.stale = True
        """The library may have changed since it was read (a session was opened from here)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="board-covered")
        yield Static(id="board-unreadable")
        with Horizontal(id="board-timeline"):
            yield Static(id="board-spark-title")
            yield Static(id="board-first")
            yield Sparkline([], id="board-spark")
            yield Static(id="board-last")
        with Horizontal(id="board-tabs"):
            for tab in TABS:
                yield BoardTab(tab)
        yield Static(id="board-empty")
        yield BoardTable(cursor_type="row", id="board-table")
        yield Static(id="board-detail")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        # After the new theme's colours are known, unlike a watch on `theme`.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.redraw())
        self.show_loading()

    async def on_screen_resume(self) -> None:
        # Read once the screen is up: reading while it mounts slows both down.
        self.app.sub_title = self.t(words.BOARD_TITLE)
        if self.stale:
            self.stale = False
            self.load()

    async def relabel(self) -> None:
        """Show everything again in the interface language."""
        self.app.sub_title = self.t(words.BOARD_TITLE)
        self.redraw()

    # -- reading and building ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="board")
    def load(self) -> None:
        """Read every session and build the board off the main thread, then show it."""
        loaded = self.library.sessions()
        board = build_board(loaded.sessions, self.today(), self.filter)
        if not get_current_worker().is_cancelled:  # cancelled: the screen or the app closed
            self.app.call_from_thread(self.show_loaded, loaded, board)

    def show_loaded(self, loaded: LoadedSessions, board: Board) -> None:
        if self not in self.app.screen_stack:
            return  # left before the library was read
        self.loaded = loaded
        if board.filter != self.filter:  # the filter changed while the board was built
            self.rebuild()
            return
        self.board = board
        self.redraw()

    def rebuild(self) -> None:
        if self.loaded is None:
            return
        self.board = build_board(self.loaded.sessions, self.today(), self.filter)
        self.redraw()

    def set_filter(self, board_filter: BoardFilter) -> None:
        if board_filter != self.filter:
            self.filter = board_filter
            self.rows.clear()
            self.rebuild()

    # -- drawing -----------------------------------------------------------------------------

    def look(self) -> Look:
        theme = self.app.theme_variables
        error = theme.get("error", "")
        alarm = f"bold {error}" if error.startswith("#") else "bold reverse"
        return Look(self.language, bar_colour(theme), alarm)

    def show_loading(self) -> None:
        self.query_one("#board-covered", Static).update(Text(self.t(LOADING)))
        self.show_parts(header=False, tabs=False, table=False)

    def redraw(self) -> None:
        """The whole board again: after a filter change, a language or a theme change."""
        board = self.board
        if board is None or self.loaded is None:
            self.show_loading()
            return
        count = len(board.sessions)
        covered = covered_text(board.filter, count, self.language)
        self.query_one("#board-covered", Static).update(Text(covered))
        unreadable = self.query_one("#board-unreadable", Static)
        if self.loaded.unreadable:
            unreadable.update(Text(unreadable_text(len(self.loaded.unreadable), self.language)))
        unreadable.display = bool(self.loaded.unreadable)
        if not board.sessions:
            self.show_parts(header=False, tabs=False, table=False)
            self.show_empty(words.NO_SESSION)
            return
        self.show_timeline(board)
        self.show_tabs(board)
        self.show_page()

    def show_parts(self, *, header: bool, tabs: bool, table: bool) -> None:
        self.query_one("#board-timeline").display = header
        self.query_one("#board-tabs").display = tabs
        board_table = self.query_one("#board-table", BoardTable)
        board_table.display = table
        self.query_one("#board-detail").display = table
        self.query_one("#board-empty").display = not table
        if not table and board_table.has_focus:
            self.set_focus(None)  # a hidden table keeps no keys in the footer

    def show_empty(self, phrase: Phrase) -> None:
        self.query_one("#board-empty", Static).update(Text(self.t(phrase)))

    def show_timeline(self, board: Board) -> None:
        """Sessions per month as a small line, between the first and the last month."""
        months = board.months
        fits = len(months) > 1
        self.query_one("#board-timeline").display = fits
        if not fits:
            return
        self.query_one("#board-spark-title", Static).update(self.t(SPARK_TITLE))
        self.query_one("#board-first", Static).update(month_label(months[0].key, self.language))
        self.query_one("#board-last", Static).update(month_label(months[-1].key, self.language))
        spark = self.query_one("#board-spark", Sparkline)
        spark.data = [tally.count for tally in months]
        low, high = SPARK_WIDTH
        spark.styles.width = min(max(len(months) * 2, low), high)

    def show_tabs(self, board: Board) -> None:
        """The row of tabs, the one on screen marked; the actions tab counts what is overdue."""
        alarm = self.look().alarm
        for number, tab in enumerate(TABS, start=1):
            label = Text(f"{number} {self.t(TAB_NAMES[tab])}")
            overdue = board.action_counts.get("overdue", 0)
            if tab == "actions" and overdue:
                # The error colour would not read on the active tab's own colour.
                label.append(f" ⚠{overdue}", style="bold" if tab == self.tab else alarm)
            widget = self.query_one(f"#tab-{tab}", BoardTab)
            widget.update(label)
            widget.set_class(tab == self.tab, "-active")

    def show_page(self) -> None:
        """The tab on screen, its table filled and the cursor where it was."""
        if self.board is None:
            return
        page = self.page = Pages(self.board, self.look()).page(self.tab)
        self.show_parts(header=len(self.board.months) > 1, tabs=True, table=bool(page.lines))
        if not page.lines:
            self.show_empty(page.empty)
            return
        table = self.query_one("#board-table", BoardTable)
        table.clear(columns=True)
        for column in page.columns:
            table.add_column(self.t(column.label), width=column.width)
        table.add_rows(line.cells for line in page.lines)
        row = min(self.rows.get(self.tab, 0), len(page.lines) - 1)
        table.move_cursor(row=row, animate=False)
        self.show_detail(row)
        if not table.has_focus:
            table.focus()

    def show_detail(self, row: int) -> None:
        line = self.line(row)
        self.query_one("#board-detail", Static).update(line.detail if line else Text(""))

    def line(self, row: int | None = None) -> Line | None:
        if self.page is None or not self.page.lines:
            return None
        if row is None:
            row = self.query_one("#board-table", BoardTable).cursor_row
        return self.page.lines[row] if 0 <= row < len(self.page.lines) else None

    @on(DataTable.RowHighlighted, "#board-table")
    def highlighted(self) -> None:
        # The cursor as it is now: an event from before a tab switch must not move the detail.
        row = self.query_one("#board-table", BoardTable).cursor_row
        self.rows[self.tab] = row
        self.show_detail(row)

    # -- tabs --------------------------------------------------------------------------------

    def show_tab(self, tab: TabId) -> None:
        if self.board is None or not self.board.sessions:
            return
        self.tab = tab
        self.show_tabs(self.board)
        self.show_page()

    @on(BoardTable.Turned)
    def turn(self, event: BoardTable.Turned) -> None:
        self.show_tab(TABS[(TABS.index(self.tab) + event.step) % len(TABS)])

    @on(BoardTab.Chosen)
    def chosen(self, event: BoardTab.Chosen) -> None:
        self.show_tab(event.tab)

    def action_tab_causes(self) -> None:
        self.show_tab("causes")

    def action_tab_lessons(self) -> None:
        self.show_tab("lessons")

    def action_tab_biases(self) -> None:
        self.show_tab("biases")

    def action_tab_actions(self) -> None:
        self.show_tab("actions")

    def action_tab_months(self) -> None:
        self.show_tab("months")

    # -- the filter --------------------------------------------------------------------------

    def action_board_period(self) -> None:
        """Choose a period by name, or type two dates."""
        from screens.board import dialogs  # loaded when first used

        def chosen(value: str | None) -> None:
            if value == "custom":
                self.app.push_screen(dialogs.dates_dialog(self.filter, self.language), typed)
            elif value in PERIODS:
                since, until = period_range(value, self.today())
                self.set_filter(replace(self.filter, since=since, until=until))

        def typed(values: dict[str, "FieldValue"] | None) -> None:
            if values is not None:
                since, until = dialogs.typed_dates(values)
                self.set_filter(replace(self.filter, since=since, until=until))

        self.app.push_screen(dialogs.period_dialog(self.language), chosen)

    def action_board_channel(self) -> None:
        """Choose one channel, or all; spellings of one channel count as one."""
        from screens.board import dialogs  # loaded when first used

        if self.loaded is None:
            return
        channels = channels_of(self.loaded.sessions)

        def chosen(value: str | None) -> None:
            if value == dialogs.ALL_CHANNELS:
                self.set_filter(replace(self.filter, channel=None))
            elif value is not None:
                self.set_filter(replace(self.filter, channel=channels[int(value[1:])]))

        self.app.push_screen(dialogs.channel_dialog(channels, self.language), chosen)

    def action_save_board(self) -> None:
        """Save the board as shown (its filter included) as a Markdown page for the wiki."""
        from screens.dialogs.export import SaveDialog

        board, loaded = self.board, self.loaded
        if board is None or loaded is None:
            return
        language, unreadable = self.language, len(loaded.unreadable)
        filename = f"{words.BOARD_FILENAME.text(language)}-{board.today.isoformat()}.md"

        def content() -> str:
            return board_markdown(board, language, unreadable=unreadable)

        self.app.push_screen(SaveDialog(SAVE_BOARD_AS, filename, content))

    def action_board_mode(self) -> None:
        """All sessions, then workshops only, then solo only."""
        if self.loaded is not None:
            self.set_filter(replace(self.filter, mode=next_mode(self.filter.mode)))

    # -- leaving -----------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#board-table")
    def open_line(self) -> None:
        """Open the session the line comes from; when it comes from several, ask which."""
        from screens.board import dialogs  # loaded when first used

        line, page, board = self.line(), self.page, self.board
        if line is None or page is None or board is None or not line.session_ids:
            return
        if len(line.session_ids) == 1:
            self.open(line.session_ids[0], page.step)
            return
        sessions = {session.id: session for session in board.sessions}

        def chosen(session_id: str | None) -> None:
            if session_id is not None:
                self.open(session_id, page.step)

        dialog = dialogs.sessions_dialog([sessions[i] for i in line.session_ids], self.language)
        self.app.push_screen(dialog, chosen)

    def open(self, session_id: str, step: StepId) -> None:
        """Open a session at `step` (where the line comes from); back here when it closes."""
        try:
            session = self.library.get(session_id)
            self.stale = True
            self.workshop.open_session(session.model_copy(update={"step": step}))
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")

    def action_home(self) -> None:
        self.app.pop_screen()
