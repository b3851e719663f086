"""After a conflict: reload the stored session, keep the draft as a copy first, or stay."""

from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from screens.base import LocalizedModal
from workshop.phrase import Phrase

ConflictChoice = Literal["reload", "copy"]
"""Reload the stored session, or keep the draft as a copy first; None is to stay."""

CHOICES: dict[str, ConflictChoice] = {"reload": "reload", "copy": "copy"}

TITLE = Phrase(
    en="This session was saved from another window",
    fr="Cette session a été enregistrée depuis une autre fenêtre",
)
DRAFT = Phrase(
    en="What is on screen is a draft: it is not in the library. The draft and the saved "
    "version differ in: {changes}. Reloading keeps only the saved version.",
    fr="Ce qui est à l'écran est un brouillon : il n'est pas dans la bibliothèque. Le brouillon "
    "et la version enregistrée diffèrent en : {changes}. Recharger ne garde que la version "
    "enregistrée.",
)
RELOAD = Phrase(
    en="Reload: discard the draft (asks first)",
    fr="Recharger : abandonner le brouillon (demande d'abord)",
)
COPY = Phrase(
    en="Keep the draft as a new session, “{title}”, then reload",
    fr="Garder le brouillon comme nouvelle session, « {title} », puis recharger",
)
STAY = Phrase(
    en="Stay on the draft (still not saved)",
    fr="Rester sur le brouillon (toujours pas enregistré)",
)
HINT = Phrase(
    en="↑↓ and Enter to choose, Esc to stay", fr="↑↓ et Entrée pour choisir, Échap pour rester"
)


class ConflictDialog(LocalizedModal[ConflictChoice | None]):
    """Says what reloading discards; dismisses the choice, or None (stay) on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]
    DEFAULT_CSS = """
    ConflictDialog { align: center middle; }
    ConflictDialog #choices { height: auto; max-height: 8; }
    """

    def __init__(self, changes: str, copy_title: str) -> None:
        super().__init__()
        self.changes = changes
        """The draft's changes, as one line (see workshop.steps.draft.changes_sentence)."""
        self.copy_title = copy_title
        """The title the copy of the draft would have."""

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(self.t(RELOAD)), id="reload"),
            Option(Text(self.t(COPY, title=self.copy_title)), id="copy"),
            Option(Text(self.t(STAY)), id="stay"),
        ]
        with Vertical(classes="dialog"):
            yield Label(self.t(TITLE), classes="title")
            yield Static(Text(self.t(DRAFT, changes=self.changes)), id="draft-changes")
            yield OptionList(*options, id="choices")
            yield Static(self.t(HINT), classes="hint")

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.highlighted = 2  # the harmless choice first: Enter by habit loses nothing
        choices.focus()

    @on(OptionList.OptionSelected, "#choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(CHOICES.get(event.option.id or ""))

    def action_cancel(self) -> None:
        self.dismiss(None)
