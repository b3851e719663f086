"""Leaving a session whose last change the library would not take: why, and what to do with it.

The dialog says why in the interface language and offers, by key: retry now, stay in the session
(the saver keeps trying), keep a copy as a file that imports back, or discard the change. It
follows the saver while it is open: once the change is saved it closes by itself. What is chosen
is done by the caller (screens/shutdown.py), never here. The copy's place is told by a second,
smaller dialog in this module, as it belongs to the same moment.
"""

from pathlib import Path
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Label, Static

from screens.base import LocalizedModal
from storage.background import SessionSaver
from workshop.phrase import Phrase

Choice = Literal["saved", "retry", "stay", "rescue", "discard"]

TITLE = Phrase(
    en="Your last change is not saved", fr="Votre dernière modification n'est pas enregistrée"
)
STILL_WRITING = Phrase(
    en="The disk has not finished writing it yet.",
    fr="Le disque n'a pas encore fini de l'écrire.",
)
TRYING = Phrase(en="Trying again…", fr="Nouvel essai…")
RETRY = Phrase(en="Retry now (r)", fr="Réessayer maintenant (r)")
KEEP_TRYING = Phrase(
    en="Keep trying, stay in the session (Esc)",
    fr="Continuer d'essayer, rester dans la session (Échap)",
)
STAY = Phrase(en="Stay in the session (Esc)", fr="Rester dans la session (Échap)")
RESCUE = Phrase(
    en="Save a copy as a file to import later (c)",
    fr="Enregistrer une copie dans un fichier à importer (c)",
)
DISCARD = Phrase(en="Discard the change (d)", fr="Abandonner la modification (d)")
DISCARD_QUESTION = Phrase(
    en="Throw away the change that could not be saved? It cannot be brought back.",
    fr="Abandonner la modification qui n'a pas pu être enregistrée ? Elle ne pourra pas être récupérée.",
)
DISCARD_YES = Phrase(en="Discard", fr="Abandonner")
NO_RESCUE = Phrase(
    en="No folder would take the copy (beside the library, your home, the temporary folder).",
    fr="Aucun dossier n'a accepté la copie (à côté de la bibliothèque, votre dossier personnel, le dossier temporaire).",
)
RESCUED_TITLE = Phrase(
    en="Your change is kept in a file", fr="Votre modification est gardée dans un fichier"
)
RESCUED = Phrase(
    en="The session, with the change the library did not take, is in:",
    fr="La session, avec la modification que la bibliothèque n'a pas prise, est dans :",
)
IMPORT_HINT = Phrase(
    en="To put it back in a library: rootcause import FILE",
    fr="Pour la remettre dans une bibliothèque : rootcause import FICHIER",
)
OK = Phrase(en="OK (Enter)", fr="OK (Entrée)")

POLL_SECONDS = 0.25
"""How often the dialog looks at the saver: a save that succeeds closes it within this time."""


class UnsavedDialog(LocalizedModal[Choice]):
    """Why the change is not saved, and the four ways on; dismisses the way chosen."""

    DEFAULT_CSS = """
    UnsavedDialog { align: center middle; }
    UnsavedDialog .choices { height: auto; margin-top: 1; }
    UnsavedDialog .choices Button { width: 100%; margin: 0; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        # The actions are named after labels the help screen has in both languages.
        Binding("r", "retry_save", "Retry save", id="retry_save"),
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("c", "export_json", "Save JSON", id="export_json"),
        Binding("d", "delete_item", "Delete", id="delete_item"),
        # A modal keeps the app's own keys from the user: the language switch is passed on.
        Binding("ctrl+l", "app.switch_language", show=False),
        Binding("down", "app.focus_next", show=False),
        Binding("up", "app.focus_previous", show=False),
    ]

    def __init__(self, saver: SessionSaver) -> None:
        super().__init__()
        self.saver = saver
        self.trying = False
        """Whether a retry asked for here is under way (until the saver reports again)."""

    @property
    def retries(self) -> bool:
        """Whether the saver goes on trying: not after a conflict nor in a read-only library."""
        return self.saver.status.state in ("failed", "saving")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t(TITLE), classes="title")
            yield Static(Text(self.why()), id="why")  # paths and errors: no markup
            yield Static("", id="trying", classes="hint")
            with Vertical(classes="choices"):
                if self.retries:
                    yield Button(self.t(RETRY), compact=True, id="retry")
                yield Button(self.t(KEEP_TRYING if self.retries else STAY), compact=True, id="stay")
                yield Button(self.t(RESCUE), variant="primary", compact=True, id="rescue")
                yield Button(self.t(DISCARD), variant="error", compact=True, id="discard")

    def why(self) -> str:
        """The saver's reason, in full, in the interface language."""
        status = self.saver.status
        error = status.error if status.state != "saving" else self.saver.problem
        return error.text(self.language) if error is not None else self.t(STILL_WRITING)

    def on_mount(self) -> None:
        # The dialog says the reason itself; toasts told earlier would cover its choices at 80x24.
        self.app.clear_notifications()
        for button in self.query("#rescue").results(Button):
            button.focus()
        self.set_interval(POLL_SECONDS, self.follow_saver)

    def follow_saver(self) -> None:
        """Close once the change is saved; otherwise keep the reason as the saver has it."""
        status = self.saver.status
        if status.state == "saved":
            self.dismiss("saved")
            return
        if status.state != "saving":
            self.trying = False
        for why in self.query("#why").results(Static):
            why.update(Text(self.why()))
        for trying in self.query("#trying").results(Static):
            trying.update(self.t(TRYING) if self.trying or status.state == "saving" else "")

    @on(Button.Pressed, "#retry")
    def action_retry_save(self) -> None:
        if self.retries:
            self.trying = True
            self.saver.retry_now()
            self.follow_saver()

    @on(Button.Pressed, "#stay")
    def action_cancel(self) -> None:
        self.dismiss("stay")

    @on(Button.Pressed, "#rescue")
    def action_export_json(self) -> None:
        self.dismiss("rescue")

    @on(Button.Pressed, "#discard")
    def action_delete_item(self) -> None:
        self.dismiss("discard")


class RescuedDialog(LocalizedModal[None]):
    """Where the copy of the session was written, and how to bring it back."""

    DEFAULT_CSS = "RescuedDialog { align: center middle; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "confirm", "Confirm", id="confirm"),
        Binding("ctrl+l", "app.switch_language", show=False),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t(RESCUED_TITLE), classes="title")
            yield Static(self.t(RESCUED))
            yield Static(Text(str(self.path)), id="rescue-path")
            yield Static(self.t(IMPORT_HINT), classes="hint")
            yield Button(self.t(OK), variant="primary", compact=True, id="ok")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    @on(Button.Pressed, "#ok")
    def action_confirm(self) -> None:
        self.dismiss(None)
