"""Following up the open actions of earlier sessions: at home, and when a new session starts.

Each open action is closed one of three ways, saved at once: done with its result and whether
it met its target, dropped with a reason, or (when a new session starts) carried into it.
"""

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static

from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.follow_up import done_answer, done_dialog, drop_dialog, drop_reason
from screens.dialogs.form import FieldValue
from screens.home.library_screen import LibraryScreen
from screens.widgets.cells import one_line
from screens.widgets.pending_table import PendingTable, alarm_style, pending_detail
from storage.errors import LibraryError
from storage.library import Library
from workshop.board.follow_up import (
    ActionNotOpenError,
    PendingAction,
    carry,
    drop,
    mark_done,
    pending_actions,
)
from workshop.content.labels import FOLLOW_UP as SUB_TITLE
from workshop.phrase import Phrase
from workshop.session import Session

MENU_TITLE = Phrase(en="Follow up: {what}", fr="Suivi : {what}")
MENU_DONE = Phrase(en="Done: record its result…", fr="Faite : noter son résultat…")
MENU_CARRY = Phrase(
    en="Carry it into this new session", fr="La reprendre dans cette nouvelle session"
)
MENU_DROP = Phrase(en="Drop it, with the reason…", fr="L'abandonner, avec la raison…")
MENU_OPEN = Phrase(en="Open the session it comes from", fr="Ouvrir la session d'où elle vient")
DONE = Phrase(en="Marked done, with its result.", fr="Marquée comme faite, avec son résultat.")
DROPPED = Phrase(en="Dropped; the reason is kept.", fr="Abandonnée ; la raison est gardée.")
CARRIED = Phrase(
    en="Carried into the new session, as one of its actions.",
    fr="Reprise dans la nouvelle session, parmi ses actions.",
)
CLOSED_ELSEWHERE = Phrase(
    en="This action was closed meanwhile; the list is up to date again.",
    fr="Cette action a été close entre-temps ; la liste est de nouveau à jour.",
)
START_TITLE = Phrase(
    en="Before '{title}' starts: {count} open actions of earlier sessions, {overdue} overdue.",
    fr="Avant de commencer « {title} » : {count} actions ouvertes des sessions précédentes, dont {overdue} en retard.",
)
START_HINT = Phrase(
    en="Close each one: x done with its result, c carry it into this session, Enter for every choice. Esc starts the session.",
    fr="Fermez chacune : x faite avec son résultat, c reprise dans cette session, Entrée pour tous les choix. Échap commence la session.",
)
ALL_CLOSED = Phrase(
    en="Every earlier action is followed up. Press Esc to start the session.",
    fr="Toutes les actions précédentes sont suivies. Appuyez sur Échap pour commencer la session.",
)
UNTITLED = Phrase(en="untitled", fr="sans titre")


class FollowUp:
    """Closing open actions from a screen, each change saved in the library at once."""

    def __init__(
        self,
        screen: LibraryScreen[Any],
        library: Library,
        today: Callable[[], date],
        refresh: Callable[[], object],
        *,
        into: str | None = None,
        open_session: Callable[[PendingAction], None] | None = None,
    ) -> None:
        self.screen = screen
        self.library = library
        self.today = today
        self.refresh = refresh
        """Called after every change (and every failure), to show the list as it is now."""
        self.into = into
        """The new session actions can be carried into, if any."""
        self.open_session = open_session

    def pending(self) -> list[PendingAction]:
        """The open actions of every session but the new one, the most urgent first."""
        # Summaries keep the open actions: no session is validated whole for this list.
        return pending_actions(self.library.summaries(), self.today(), exclude=self.into)

    def menu(self, item: PendingAction) -> None:
        """Every way to follow `item` up, in a list."""
        t = self.screen.t
        choices = [(t(MENU_DONE), "done")]
        if self.into is not None:
            choices.append((t(MENU_CARRY), "carry"))
        choices.append((t(MENU_DROP), "drop"))
        if self.open_session is not None:
            choices.append((t(MENU_OPEN), "open"))

        def chosen(choice: str | None) -> None:
            if choice == "done":
                self.done(item)
            elif choice == "carry":
                self.carry(item)
            elif choice == "drop":
                self.drop(item)
            elif choice == "open" and self.open_session is not None:
                self.open_session(item)

        title = t(MENU_TITLE, what=one_line(item.action.what, 50))
        self.screen.app.push_screen(ChoiceDialog(title, choices), chosen)

    def done(self, item: PendingAction) -> None:
        """Ask the result, then mark the action done."""

        def answered(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            answer = done_answer(values)
            self.save(
                item,
                lambda session: [
                    mark_done(
                        session,
                        item.action.id,
                        result=answer.result,
                        target_met=answer.target_met,
                        today=self.today(),
                    )
                ],
                DONE,
            )

        self.screen.app.push_screen(done_dialog(item.action, self.screen.language), answered)

    def drop(self, item: PendingAction) -> None:
        """Ask the reason, then drop the action."""

        def answered(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            reason = drop_reason(values)
            self.save(
                item,
                lambda session: [drop(session, item.action.id, reason=reason, today=self.today())],
                DROPPED,
            )

        self.screen.app.push_screen(drop_dialog(item.action, self.screen.language), answered)

    def carry(self, item: PendingAction) -> None:
        """Carry the action into the new session: both sessions saved in one write."""
        into = self.into
        if into is None:
            return

        def change(session: Session) -> list[Session]:
            source, target = carry(session, item.action.id, self.library.get(into), self.today())
            return [source, target]

        self.save(item, change, CARRIED)

    def save(
        self, item: PendingAction, change: Callable[[Session], list[Session]], done: Phrase
    ) -> None:
        """Apply `change` to the action's session as stored now, and save what it returns; both
        off the event loop."""
        screen = self.screen

        def apply() -> Phrase | LibraryError:
            try:
                self.library.save_all(change(self.library.get(item.session_id)))
            except (ActionNotOpenError, KeyError):
                return CLOSED_ELSEWHERE
            except LibraryError as error:
                return error
            return done

        def saved(outcome: Phrase | LibraryError) -> None:
            if isinstance(outcome, LibraryError):
                screen.notify(outcome.text(screen.language), severity="error")
            elif outcome is CLOSED_ELSEWHERE:
                screen.notify(screen.t(outcome), severity="warning")
            else:
                screen.notify(screen.t(outcome))
            self.refresh()

        screen.call_library(apply, saved, queue=True)


class FollowUpScreen(LibraryScreen[None]):
    """Before a new session starts: the open actions of earlier ones, to close or carry."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "mark_done", "Done", id="mark_done"),
        Binding("c", "carry", "Carry", id="carry"),
        Binding("escape", "start", "Start", id="start"),
    ]

    def __init__(
        self,
        library: Library,
        new_session: Session,
        today: Callable[[], date],
        pending: list[PendingAction],
    ) -> None:
        super().__init__()
        self.new_session = new_session
        self.items = pending
        """The open actions listed, as last read (the caller reads the first list)."""
        self.follow_up = FollowUp(self, library, today, self.read_again, into=new_session.id)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="follow-up-title")
        yield Static("", id="follow-up-hint")
        yield PendingTable(id="pending")
        yield Static("", id="pending-detail")
        busy = Static("", id="library-busy")
        busy.display = False
        yield busy
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.show()

    async def relabel(self) -> None:
        await self.recompose()
        self.show()

    async def read_listing(self) -> None:
        self.read_again()

    def read_again(self) -> None:
        """Read the open actions again, off the event loop, and show them."""

        def shown(items: list[PendingAction]) -> None:
            self.items = items
            self.show()

        if not self.call_library(self.follow_up.pending, shown, quiet=True):
            self.listing_wanted = True

    def on_screen_resume(self) -> None:
        self.app.sub_title = self.t(SUB_TITLE)

    def show(self) -> None:
        """The open actions as last read."""
        items = self.items
        title = one_line(self.new_session.title) or self.t(UNTITLED)
        overdue = sum(1 for item in items if item.overdue)
        heading = self.t(START_TITLE, title=title, count=len(items), overdue=overdue)
        self.query_one("#follow-up-title", Static).update(Text(heading, style="bold"))
        hint = self.t(START_HINT) if items else self.t(ALL_CLOSED)
        self.query_one("#follow-up-hint", Static).update(Text(hint))
        table = self.query_one("#pending", PendingTable)
        table.show(items, self.language, alarm_style(self))
        table.display = bool(items)
        table.focus()
        self.show_detail()

    @on(DataTable.RowHighlighted, "#pending")
    def show_detail(self) -> None:
        item = self.query_one("#pending", PendingTable).highlighted()
        self.query_one("#pending-detail", Static).update(pending_detail(item, self.language))

    def highlighted(self) -> PendingAction | None:
        return self.query_one("#pending", PendingTable).highlighted()

    @on(DataTable.RowSelected, "#pending")
    def action_follow_up(self) -> None:
        item = self.highlighted()
        if item is not None:
            self.follow_up.menu(item)

    def action_mark_done(self) -> None:
        item = self.highlighted()
        if item is not None:
            self.follow_up.done(item)

    def action_carry(self) -> None:
        item = self.highlighted()
        if item is not None:
            self.follow_up.carry(item)

    def action_start(self) -> None:
        self.dismiss(None)
