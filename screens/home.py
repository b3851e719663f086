"""The library: every session, and the way into one."""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Static

from screens.base import LocalizedScreen
from screens.confirm import ConfirmScreen
from screens.export_dialog import ExportDialog
from screens.new_session import NewSessionScreen
from screens.widgets.cells import one_line, user_cell
from storage.errors import LibraryError
from storage.library import Library
from workshop.content.steps import STEP_GUIDES
from workshop.phrase import Phrase
from workshop.sample import sample_session
from workshop.session import Session
from workshop.summary import SessionSummary

TITLE = Phrase(en="Post-mortems", fr="Post-mortems")
EMPTY = Phrase(
    en="rootcause leads the post-mortem of a failed campaign: warning signals, 5 whys, reverse SWOT, biases, lessons and actions, then a page for the wiki.\nPress [b]s[/b] to open a finished example, or [b]n[/b] to start your own.",
    fr="rootcause guide le post-mortem d'une campagne ratée : signaux d'alerte, 5 pourquoi, SWOT inversé, biais, leçons et actions, puis une page pour le wiki.\nAppuyez sur [b]s[/b] pour ouvrir un exemple complet, ou sur [b]n[/b] pour commencer le vôtre.",
)
COLUMNS = (
    Phrase(en="Campaign", fr="Campagne"),
    Phrase(en="Updated", fr="Modifié"),
    Phrase(en="Mode", fr="Mode"),
    Phrase(en="Step", fr="Étape"),
)
ROOT_CAUSES = Phrase(en="Root causes: {causes}", fr="Causes racines : {causes}")
NO_ROOT_CAUSE = Phrase(
    en="No root cause marked yet.", fr="Aucune cause racine marquée pour l'instant."
)
MODES = {"workshop": Phrase(en="workshop", fr="atelier"), "solo": Phrase(en="solo", fr="solo")}
UNTITLED = Phrase(en="(untitled)", fr="(sans titre)")
DELETE_QUESTION = Phrase(
    en="Move '{title}' to the trash? (u brings it back)",
    fr="Mettre « {title} » à la corbeille ? (u la fait revenir)",
)
DELETED = Phrase(
    en="'{title}' moved to the trash. Press u to undo.",
    fr="« {title} » mise à la corbeille. Appuyez sur u pour annuler.",
)
RESTORED = Phrase(en="'{title}' is back.", fr="« {title} » est revenue.")
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")


class HomeScreen(LocalizedScreen[None]):
    """The library's sessions, most recent first; open, start, delete, export."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_session", "Open", priority=True, id="open_session"),
        Binding("n", "new_session", "New", id="new_session"),
        Binding("d,delete", "delete_session", "Delete", id="delete_session"),
        Binding("u", "undo_delete", "Undo", id="undo_delete"),
        Binding("s", "add_sample", "Sample", id="add_sample"),
        Binding("e", "export_session", "Export", id="export_session"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.summaries: list[SessionSummary] = []
        """The sessions listed, in their order on screen."""
        self.deleted: list[str] = []
        """Ids deleted from this screen, latest last: what u brings back."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Vertical(id="library")
        yield Static("", id="session-detail")
        yield Footer(show_command_palette=False)

    async def on_screen_resume(self) -> None:
        await self.relabel()

    async def relabel(self) -> None:
        """Show the library as it is now, in the interface language."""
        self.app.sub_title = self.t(TITLE)
        area = self.query_one("#library", Vertical)
        await area.remove_children()
        summaries = self.summaries = self.library.summaries()
        self.query_one("#session-detail", Static).update("")
        if not summaries:
            await area.mount(Static(self.t(EMPTY), id="empty"))
            return
        table: DataTable[Text] = DataTable(cursor_type="row", id="sessions")
        table.add_columns(*(self.t(column) for column in COLUMNS))
        for summary in summaries:
            table.add_row(*self.row(summary), key=summary.id)
        await area.mount(table)
        table.focus()

    def row(self, summary: SessionSummary) -> tuple[Text, ...]:
        return (
            user_cell(summary.title, 32, self.t(UNTITLED)),
            Text(summary.updated_at.date().isoformat() if summary.updated_at else ""),
            Text(self.t(MODES[summary.mode])),
            Text(self.t(STEP_GUIDES[summary.step].title)),
        )

    @on(DataTable.RowHighlighted)
    def show_detail(self, event: DataTable.RowHighlighted) -> None:
        """The highlighted session's root causes, in full, under the list."""
        key = event.row_key.value
        summary = next((s for s in self.summaries if s.id == key), None)
        if summary is None:
            return
        causes = "; ".join(one_line(cause) for cause in summary.root_causes)
        text = self.t(ROOT_CAUSES, causes=causes) if causes else self.t(NO_ROOT_CAUSE)
        self.query_one("#session-detail", Static).update(Text(text))

    def selected_id(self) -> str | None:
        tables = self.query(DataTable)
        if not tables:
            return None
        table = tables.first()
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return None if key.value is None else str(key.value)

    @on(DataTable.RowSelected)
    def action_open_session(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.open(self.library.get(session_id))

    def action_new_session(self) -> None:
        def start(session: Session | None) -> None:
            if session is not None:
                self.open(self.library.add(session))

        self.app.push_screen(NewSessionScreen(), start)

    def action_add_sample(self) -> None:
        self.open(self.library.add(sample_session(self.language)))

    def action_delete_session(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        title = self.library.get(session_id).title or self.t(UNTITLED)

        def delete(yes: bool | None) -> None:
            if yes:
                self.library.delete(session_id)
                self.deleted.append(session_id)
                self.notify(self.t(DELETED, title=title))
                self.call_later(self.relabel)

        self.app.push_screen(ConfirmScreen(self.t(DELETE_QUESTION, title=title)), delete)

    def action_undo_delete(self) -> None:
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        session = self.library.restore(self.deleted.pop())
        self.notify(self.t(RESTORED, title=session.title or self.t(UNTITLED)))
        self.call_later(self.relabel)

    def action_export_session(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.app.push_screen(ExportDialog(self.library.get(session_id)))

    def open(self, session: Session) -> None:
        """Open `session` at the step it was left at."""
        from screens.navigation import open_session

        try:
            open_session(self.app, self.library, session)
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error")
