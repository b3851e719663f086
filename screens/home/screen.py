"""The library: every session, and the way into one."""

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Static

from screens.home.library_screen import STILL_BUSY, LibraryScreen
from screens.home.texts import (
    COLUMNS,
    DAMAGED,
    DELETE_QUESTION,
    DELETED,
    EMPTY,
    GONE,
    MODES,
    MOST_URGENT,
    NO_ROOT_CAUSE,
    PENDING_TITLE,
    RESTORED,
    ROOT_CAUSES,
    TITLE,
)
from screens.texts import NOTHING_TO_UNDO, UNTITLED
from screens.widgets.cells import one_line, user_cell
from screens.widgets.pending_table import PendingTable, alarm_style, pending_detail
from storage.errors import LibraryError, SessionNotFoundError
from storage.library import Library
from workshop.board.follow_up import PendingAction, pending_actions
from workshop.board.summaries import SessionSummary
from workshop.content.steps import STEP_GUIDES
from workshop.sample import sample_session
from workshop.session import Session
from workshop.vocabulary import StepId

if TYPE_CHECKING:
    from screens.home.follow_up import FollowUp

COLUMN_WIDTHS = (32, 10, 9, 18)
"""Fixed, so a large library's table is not measured cell by cell."""
FIRST_ROWS = 100
"""Rows of a large library drawn before the screen first shows; the rest come just after."""
PENDING_SHOWN = 50
"""The most urgent open actions listed at home; the board lists them all."""


class SessionsTable(DataTable[Text]):
    """The library's sessions; Enter is the table's own, so it follows the arrows typed first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_session", "Open", id="open_session"),
    ]

    def action_open_session(self) -> None:
        self.action_select_cursor()  # the screen hears RowSelected


class HomeScreen(LibraryScreen[None]):
    """The library's sessions, most recent first; open, start, delete, export."""

    AUTO_FOCUS = ""  # the sessions' table takes the focus once it is there

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_session", "New", id="new_session"),
        Binding("d,delete", "delete_session", "Delete", id="delete_session"),
        Binding("u", "undo_delete", "Undo", show=False, id="undo_delete"),
        Binding("s", "add_sample", "Sample", id="add_sample"),
        Binding("e", "export_session", "Export", id="export_session"),
        Binding("x", "mark_done", "Done", id="mark_done"),
        Binding("b", "board", "Board", id="board"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.summaries: list[SessionSummary] = []
        """The sessions listed, in their order on screen."""
        self.deleted: list[str] = []
        """Ids deleted from this screen, latest last: what u brings back."""
        self.shown: tuple[object, ...] = ()
        """What the screen was last drawn from: the summaries, the language, the day."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Vertical(id="library")
        yield Static("", id="pending-title")
        yield PendingTable(id="pending")
        yield Static("", id="session-detail")
        busy = Static("", id="library-busy")
        busy.display = False
        yield busy
        yield Footer(show_command_palette=False)

    @property
    def follow_up(self) -> "FollowUp":
        """Closing the open actions listed under the sessions."""
        from screens.home.follow_up import FollowUp  # its dialogs load when first needed

        return FollowUp(
            self, self.library, self.today, self.want_listing, open_session=self.open_source
        )

    def want_listing(self) -> None:
        """Read the list again once the call running is done."""
        self.listing_wanted = True

    def today(self) -> date:
        return self.workshop.today()

    async def on_screen_resume(self) -> None:
        await self.relabel()

    async def on_mount(self) -> None:
        # The first listing is read here, at once: the file was parsed when the library was
        # opened, so this is no new read, and the screen shows the library when it first shows.
        try:
            summaries = self.library.summaries()
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")
            return
        await self.show_summaries(summaries)

    async def relabel(self) -> None:
        """Show the library as it is now, in the interface language."""
        self.app.sub_title = self.t(TITLE)
        if self.shown and self.shown[1:] != (self.language, self.today()):
            await self.show_summaries(self.summaries)  # the new language at once, then re-read
        if not self.call_library(self.library.summaries, self.show_summaries, quiet=True):
            self.listing_wanted = True

    def library_failed(self, error: LibraryError) -> None:
        # The list is read again afterwards: a session may have gone.
        if isinstance(error, SessionNotFoundError):
            self.notify(self.t(GONE), severity="warning")
        else:
            super().library_failed(error)
        self.listing_wanted = True

    async def show_summaries(self, summaries: list[SessionSummary]) -> None:
        """Draw `summaries`; the list on screen stays as it was if nothing changed."""
        shown = (summaries, self.language, self.today())
        if shown == self.shown:
            return  # nothing changed since the last time (a dialog closed, say)
        self.shown = shown
        area = self.query_one("#library", Vertical)
        await area.remove_children()
        self.summaries = summaries
        self.query_one("#session-detail", Static).update("")
        self.show_pending()
        if not summaries:
            await area.mount(Static(self.t(EMPTY), id="empty"))
            return
        table = SessionsTable(cursor_type="row", id="sessions")
        for column, width in zip(COLUMNS, COLUMN_WIDTHS, strict=True):
            table.add_column(self.t(column), width=width)
        self.add_rows(table, summaries[:FIRST_ROWS])
        pending = self.query_one("#pending", PendingTable)
        keep_focus = pending.has_focus and pending.display  # back from following one up
        await area.mount(table)
        if not keep_focus:
            table.focus()
        if len(summaries) > FIRST_ROWS:
            # The screen shows itself with the most recent sessions; the older ones follow.
            self.call_after_refresh(self.add_rows, table, summaries[FIRST_ROWS:])

    def add_rows(self, table: DataTable[Text], summaries: list[SessionSummary]) -> None:
        """One row per session, keyed by its id."""
        for summary in summaries:
            table.add_row(*self.row(summary), key=summary.id, height=1)

    def show_pending(self) -> None:
        """The open actions of every session, the overdue ones first; hidden when none."""
        items = pending_actions(self.summaries, self.today())
        overdue = sum(1 for item in items if item.overdue)
        title = self.query_one("#pending-title", Static)
        heading = self.t(PENDING_TITLE, count=len(items), overdue=overdue)
        if len(items) > PENDING_SHOWN:
            heading += " " + self.t(MOST_URGENT, shown=PENDING_SHOWN)
        title.update(Text(heading, style="bold"))
        table = self.query_one("#pending", PendingTable)
        table.show(items[:PENDING_SHOWN], self.language, alarm_style(self))
        title.display = table.display = bool(items)
        if table.has_focus and items:
            self.show_pending_detail()
        elif table.has_focus:
            self.focus_next(DataTable)  # the last one was followed up: back to the sessions

    def row(self, summary: SessionSummary) -> tuple[Text, ...]:
        return (
            user_cell(summary.title, 32, self.t(UNTITLED)),
            Text(summary.updated_at.date().isoformat() if summary.updated_at else ""),
            Text(self.t(MODES[summary.mode])),
            Text(self.t(DAMAGED), style="bold")
            if summary.damaged
            else Text(self.t(STEP_GUIDES[summary.step].title)),
        )

    @on(DataTable.RowHighlighted, "#pending")
    def show_pending_detail(self) -> None:
        """The highlighted open action in full, under the lists."""
        item = self.query_one("#pending", PendingTable).highlighted()
        self.query_one("#session-detail", Static).update(pending_detail(item, self.language))

    @on(DataTable.RowHighlighted, "#sessions")
    def show_detail(self, event: DataTable.RowHighlighted) -> None:
        """The highlighted session's root causes, in full, under the list."""
        if self.pending_focused():
            return  # the detail line is the open action's while that list has the focus
        key = event.row_key.value
        summary = next((s for s in self.summaries if s.id == key), None)
        if summary is None:
            return
        causes = "; ".join(one_line(cause) for cause in summary.root_causes)
        text = self.t(ROOT_CAUSES, causes=causes) if causes else self.t(NO_ROOT_CAUSE)
        self.query_one("#session-detail", Static).update(Text(text))

    def on_descendant_focus(self) -> None:
        """The detail line follows the list that has the focus."""
        if self.pending_focused():
            self.show_pending_detail()
        else:
            tables = self.query("#sessions").results(DataTable)
            table = next(tables, None)
            if table is not None and table.row_count:
                table.move_cursor(row=table.cursor_row)  # shows the session's detail again
        self.refresh_bindings()

    def pending_focused(self) -> bool:
        return isinstance(self.focused, PendingTable)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The keys in the footer are those of the list that has the focus.
        if action == "mark_done":
            return self.pending_focused()
        if action in ("delete_session", "export_session"):
            return not self.pending_focused()
        return True

    def selected_id(self) -> str | None:
        table = next(self.query("#sessions").results(DataTable), None)
        if table is None or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return None if key.value is None else str(key.value)

    @on(DataTable.RowSelected)
    def action_open_session(self) -> None:
        """Open the highlighted session; on the open actions, offer every way to follow up."""
        if self.pending_focused():
            item = self.query_one("#pending", PendingTable).highlighted()
            if item is not None:
                self.follow_up.menu(item)
            return
        session_id = self.selected_id()
        if session_id is not None:
            self.open_stored(session_id)

    def action_mark_done(self) -> None:
        item = self.query_one("#pending", PendingTable).highlighted()
        if self.pending_focused() and item is not None:
            self.follow_up.done(item)

    def open_source(self, item: PendingAction) -> None:
        """Open the session an open action comes from, at its actions."""
        self.open_stored(item.session_id, step="actions")

    def action_board(self) -> None:
        from screens.board.screen import BoardScreen

        self.app.push_screen(BoardScreen(self.library, today=self.today))

    def action_new_session(self) -> None:
        """Ask for the new session; follow up earlier open actions before it starts."""
        from screens.home.new_session import NewSessionScreen

        if self.library_busy and not self.only_reading:  # refused before the name is typed
            self.notify(self.t(STILL_BUSY), severity="warning", timeout=3)
            return
        self.app.push_screen(NewSessionScreen(), self.start_session)

    def start_session(self, session: Session | None) -> None:
        """Store the new session, then follow up the earlier open actions or open it."""
        if session is None:
            return
        today = self.today()

        def add() -> tuple[Session, list[PendingAction]]:
            stored = self.library.add(session)
            return stored, pending_actions(self.library.summaries(), today, exclude=stored.id)

        def added(result: tuple[Session, list[PendingAction]]) -> None:
            from screens.home.follow_up import FollowUpScreen

            stored, pending = result
            if not pending:
                self.open(stored)
                return

            def followed_up(_: None) -> None:
                self.open_stored(stored.id)

            screen = FollowUpScreen(self.library, stored, self.today, pending)
            self.app.push_screen(screen, followed_up)

        self.call_library(add, added, queue=True)

    def action_add_sample(self) -> None:
        sample = sample_session(self.language)
        self.call_library(lambda: self.library.add(sample), self.open)

    def action_delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.call_library(lambda: self.library.get(session_id), self.confirm_delete)

    def confirm_delete(self, session: Session) -> None:
        """Ask before `session` goes to the trash."""
        from screens.dialogs.confirm import ConfirmScreen

        title = session.title or self.t(UNTITLED)

        def deleted(_: None) -> None:
            self.deleted.append(session.id)
            self.notify(self.t(DELETED, title=title))
            self.listing_wanted = True

        def delete(yes: bool | None) -> None:
            if yes:
                self.call_library(lambda: self.library.delete(session.id), deleted, queue=True)

        self.app.push_screen(ConfirmScreen(self.t(DELETE_QUESTION, title=title)), delete)

    def action_undo_delete(self) -> None:
        if self.library_busy and not self.only_reading:  # the delete u would undo may run
            self.notify(self.t(STILL_BUSY), severity="warning", timeout=3)
            return
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        session_id = self.deleted[-1]

        def restored(session: Session) -> None:
            self.deleted.remove(session_id)
            self.notify(self.t(RESTORED, title=session.title or self.t(UNTITLED)))
            self.listing_wanted = True

        self.call_library(lambda: self.library.restore(session_id), restored)

    def action_export_session(self) -> None:
        from screens.dialogs.export import ExportDialog

        session_id = self.selected_id()
        if session_id is not None:
            self.call_library(
                lambda: self.library.get(session_id),
                lambda session: self.app.push_screen(ExportDialog(session)),
            )

    def open_stored(self, session_id: str, step: StepId | None = None) -> None:
        """Open the session stored under `session_id`, at `step` or where it was left."""

        def got(session: Session) -> None:
            self.open(session if step is None else session.model_copy(update={"step": step}))

        self.call_library(lambda: self.library.get(session_id), got)

    def open(self, session: Session) -> None:
        """Open `session` at the step it was left at."""
        try:
            self.workshop.open_session(session)
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")
