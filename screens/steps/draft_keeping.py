"""After a conflict: the draft on screen, what reloading would discard, and its copy."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from textual.widgets import Static

from screens.base import LocalizedScreen
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.conflict import ConflictChoice, ConflictDialog
from screens.workspace import Workspace
from storage.errors import LibraryError
from workshop.phrase import Phrase
from workshop.steps.draft import changes_sentence, copy_title, draft_changes, draft_copy

RELOADED = Phrase(
    en="Reloaded the session as it was saved elsewhere.",
    fr="Session rechargée telle qu'enregistrée ailleurs.",
)
DRAFT_LINE = Phrase(
    en="✎ A draft, not saved: ctrl+r to reload or keep it as a copy",
    fr="✎ Brouillon non enregistré : ctrl+r pour recharger ou le garder en copie",
)
DISCARD_QUESTION = Phrase(
    en="Discard the draft and reload the session as it was saved elsewhere? "
    "The draft's changes are lost.",
    fr="Abandonner le brouillon et recharger la session telle qu'enregistrée ailleurs ? "
    "Les modifications du brouillon sont perdues.",
)
DISCARD = Phrase(en="Discard and reload", fr="Abandonner et recharger")
COPY_KEPT = Phrase(
    en="The draft is kept as the session “{title}” in the library (Esc shows the list). "
    "Reloaded this session as it was saved elsewhere.",
    fr="Le brouillon est gardé comme session « {title} » dans la bibliothèque (Échap montre "
    "la liste). Session rechargée telle qu'enregistrée ailleurs.",
)
COPY_FAILED = Phrase(
    en="The draft could not be kept as a copy; it is still on screen. {reason}",
    fr="Le brouillon n'a pas pu être gardé en copie ; il est toujours à l'écran. {reason}",
)


class DraftKeeper:
    """Asks what to do with the draft a step screen holds, and does it."""

    def __init__(
        self,
        screen: LocalizedScreen[None],
        workspace: Workspace,
        reload: Callable[[str], Awaitable[None]],
    ) -> None:
        self.screen = screen
        self.workspace = workspace
        self.reload = reload
        """Takes the session as stored and says the sentence it is given."""

    def ask(self) -> None:
        """Say what reloading would discard of the draft, and let the user choose."""
        try:
            stored = self.workspace.library.get(self.workspace.session.id)
        except LibraryError as error:
            self.screen.notify(error.text(self.screen.language), severity="error", markup=False)
            return
        changes = draft_changes(self.workspace.session, stored)
        if not changes:  # nothing of the draft would be lost
            self.screen.call_later(self.reload, self.screen.t(RELOADED))
            return
        dialog = ConflictDialog(
            changes_sentence(changes, self.screen.language),
            copy_title(self.workspace.session.title, self.screen.language),
        )
        self.screen.app.push_screen(dialog, self.chosen)

    def chosen(self, choice: ConflictChoice | None) -> None:
        if choice == "copy":
            self.keep_copy()
        elif choice == "reload":

            def answered(discard: bool | None) -> None:
                if discard:
                    self.screen.call_later(self.reload, self.screen.t(RELOADED))

            question = ConfirmScreen(self.screen.t(DISCARD_QUESTION), yes=self.screen.t(DISCARD))
            self.screen.app.push_screen(question, answered)

    def keep_copy(self) -> None:
        """Add the draft to the library as a session of its own, then reload the original."""
        try:
            kept = self.workspace.library.add(
                draft_copy(self.workspace.session, self.screen.language, datetime.now(UTC))
            )
        except LibraryError as error:
            reason = error.text(self.screen.language)
            self.screen.notify(
                self.screen.t(COPY_FAILED, reason=reason), severity="error", markup=False
            )
            return
        self.screen.call_later(self.reload, self.screen.t(COPY_KEPT, title=kept.title))


class DraftLine(Static):
    """The line under the bar that says, after a conflict, that the screen shows a draft."""

    DEFAULT_CSS = """
    DraftLine { display: none; height: auto; padding: 0 1; background: $warning-muted; }
    """
