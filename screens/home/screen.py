"""The library: every session, and the way into one."""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, ClassVar, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Static

from screens.base import LocalizedScreen
from screens.texts import NOTHING_TO_UNDO, UNTITLED
from screens.widgets.cells import one_line, user_cell
from screens.widgets.pending_table import PendingTable, alarm_style, pending_detail
from storage.errors import LibraryError, SessionNotFoundError
from storage.library import Library
from workshop.board.follow_up import PendingAction, pending_actions
from workshop.board.summaries import SessionSummary
from workshop.content import board_labels as B
from workshop.content import labels as L
from workshop.content.steps import STEP_GUIDES
from workshop.phrase import Phrase
from workshop.sample import sample_session
from workshop.session import Session
from workshop.vocabulary import StepId

if TYPE_CHECKING:
    from screens.home.follow_up import FollowUp

T = TypeVar("T")

TITLE = Phrase(en="Post-mortems", fr="Post-mortems")
EMPTY = Phrase(
    en="rootcause leads the post-mortem of a failed campaign: warning signals, 5 whys, reverse SWOT, biases, lessons and actions, then a page for the wiki.\nPress [b]s[/b] to open a finished example, or [b]n[/b] to start your own.",
    fr="rootcause guide le post-mortem d'une campagne ratée : signaux d'alerte, 5 pourquoi, SWOT inversé, biais, leçons et actions, puis une page pour le wiki.\nAppuyez sur [b]s[/b] pour ouvrir un exemple complet, ou sur [b]n[/b] pour commencer le vôtre.",
)
COLUMNS = (
    L.CAMPAIGN,
    Phrase(en="Updated", fr="Modifié"),
    B.MODE,
    Phrase(en="Step", fr="Étape"),
)
COLUMN_WIDTHS = (32, 10, 9, 18)
"""Fixed, so a large library's table is not measured cell by cell."""
FIRST_ROWS = 100
"""Rows of a large library drawn before the screen first shows; the rest come just after."""
PENDING_SHOWN = 50
"""The most urgent open actions listed at home; the board lists them all."""
MOST_URGENT = Phrase(en="— the {shown} most urgent", fr="— les {shown} plus urgentes")
ROOT_CAUSES = Phrase(en="Root causes: {causes}", fr="Causes racines : {causes}")
NO_ROOT_CAUSE = Phrase(
    en="No root cause marked yet.", fr="Aucune cause racine marquée pour l'instant."
)
MODES = {"workshop": Phrase(en="workshop", fr="atelier"), "solo": Phrase(en="solo", fr="solo")}
DELETE_QUESTION = Phrase(
    en="Move '{title}' to the trash? (u brings it back)",
    fr="Mettre « {title} » à la corbeille ? (u la fait revenir)",
)
DELETED = Phrase(
    en="'{title}' moved to the trash. Press u to undo.",
    fr="« {title} » mise à la corbeille. Appuyez sur u pour annuler.",
)
RESTORED = Phrase(en="'{title}' is back.", fr="« {title} » est revenue.")
PENDING_TITLE = Phrase(
    en="Open actions of earlier sessions: {count}, {overdue} overdue (Tab to reach them)",
    fr="Actions ouvertes des sessions passées : {count}, dont {overdue} en retard (Tab pour y aller)",
)


GONE = Phrase(
    en="This session is no longer in the library: it was deleted from another window. The list shows the library as it is now.",
    fr="Cette session n'est plus dans la bibliothèque : elle a été supprimée depuis une autre fenêtre. La liste montre la bibliothèque telle qu'elle est.",
)


class SessionsTable(DataTable[Text]):
    """The library's sessions; Enter is the table's own, so it follows the arrows typed first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_session", "Open", id="open_session"),
    ]

    def action_open_session(self) -> None:
        self.action_select_cursor()  # the screen hears RowSelected


class HomeScreen(LocalizedScreen[None]):
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
        yield Footer(show_command_palette=False)

    @property
    def follow_up(self) -> "FollowUp":
        """Closing the open actions listed under the sessions."""
        from screens.home.follow_up import FollowUp  # its dialogs load when first needed

        return FollowUp(self, self.library, self.today, self.relabel, open_session=self.open_source)

    def today(self) -> date:
        return self.workshop.today()

    async def on_screen_resume(self) -> None:
        await self.relabel()

    async def relabel(self) -> None:
        """Show the library as it is now, in the interface language."""
        self.app.sub_title = self.t(TITLE)
        try:
            summaries = self.library.summaries()
        except LibraryError as error:  # the list on screen stays as it was
            self.notify(error.text(self.language), severity="error")
            return
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
            Text(self.t(STEP_GUIDES[summary.step].title)),
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
        from screens.home.follow_up import FollowUp, FollowUpScreen
        from screens.home.new_session import NewSessionScreen

        def start(session: Session | None) -> None:
            if session is None:
                return
            stored = self.attempt(lambda: self.library.add(session))
            if stored is None:
                return
            pending = FollowUp(self, self.library, self.today, lambda: None, into=stored.id)
            if not pending.pending():
                self.open(stored)
                return

            def followed_up(_: None) -> None:
                self.open_stored(stored.id)

            screen = FollowUpScreen(self.library, stored, self.today)
            self.app.push_screen(screen, followed_up)

        self.app.push_screen(NewSessionScreen(), start)

    def action_add_sample(self) -> None:
        added = self.attempt(lambda: self.library.add(sample_session(self.language)))
        if added is not None:
            self.open(added)

    def action_delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        from screens.dialogs.confirm import ConfirmScreen

        session = self.attempt(lambda: self.library.get(session_id))
        if session is None:
            return
        title = session.title or self.t(UNTITLED)

        def deleted(session_id: str) -> bool:
            self.library.delete(session_id)
            return True

        def delete(yes: bool | None) -> None:
            if yes and self.attempt(lambda: deleted(session_id)):
                self.deleted.append(session_id)
                self.notify(self.t(DELETED, title=title))
                self.call_later(self.relabel)

        self.app.push_screen(ConfirmScreen(self.t(DELETE_QUESTION, title=title)), delete)

    def action_undo_delete(self) -> None:
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        session = self.attempt(lambda: self.library.restore(self.deleted[-1]))
        if session is None:
            return
        self.deleted.pop()
        self.notify(self.t(RESTORED, title=session.title or self.t(UNTITLED)))
        self.call_later(self.relabel)

    def action_export_session(self) -> None:
        from screens.dialogs.export import ExportDialog

        session_id = self.selected_id()
        session = None if session_id is None else self.attempt(lambda: self.library.get(session_id))
        if session is not None:
            self.app.push_screen(ExportDialog(session))

    def attempt(self, call: Callable[[], T]) -> T | None:
        """What `call` to the library returns; None after a library error, which is said on
        screen (the list is read again: the session may have gone)."""
        try:
            return call()
        except SessionNotFoundError:
            self.notify(self.t(GONE), severity="warning")
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")
        self.call_later(self.relabel)
        return None

    def open_stored(self, session_id: str, step: StepId | None = None) -> None:
        """Open the session stored under `session_id`, at `step` or where it was left."""
        session = self.attempt(lambda: self.library.get(session_id))
        if session is not None:
            self.open(session if step is None else session.model_copy(update={"step": step}))

    def open(self, session: Session) -> None:
        """Open `session` at the step it was left at."""
        try:
            self.workshop.open_session(session)
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")
