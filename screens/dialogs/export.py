"""Saving a session's page (or JSON) to a file the user names, without freezing the screen."""

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from screens.base import LocalizedModal
from screens.dialogs.confirm import ConfirmScreen
from storage.durable import shared_file_mode, write_durably
from workshop.export.filename import page_filename
from workshop.export.markdown import session_markdown
from workshop.export.session_json import session_json
from workshop.phrase import Phrase
from workshop.session import Session

ExportFormat = Literal["markdown", "json"]

SAVE_AS = Phrase(en="Save the page as:", fr="Enregistrer la page sous :")
SAVE_JSON_AS = Phrase(en="Save the JSON export as:", fr="Enregistrer l'export JSON sous :")
HINT = Phrase(
    en="Enter saves, Escape cancels. A relative path starts from the folder rootcause was started in.",
    fr="Entrée enregistre, Échap annule. Un chemin relatif part du dossier où rootcause a été lancé.",
)
REPLACE = Phrase(en="{path} exists. Replace it?", fr="{path} existe. Le remplacer ?")
SAVED_TO = Phrase(en="Saved to {path}", fr="Enregistré dans {path}")
NOT_SAVED = Phrase(
    en="Could not save {path}: {reason}", fr="Impossible d'enregistrer {path} : {reason}"
)
EMPTY_PATH = Phrase(en="Type a file name.", fr="Tapez un nom de fichier.")


def export_text(session: Session, export_format: ExportFormat) -> str:
    """The file content for `session` in `export_format`."""
    if export_format == "json":
        return session_json(session)
    return session_markdown(session)


class SaveDialog(LocalizedModal[Path | None]):
    """Asks where to save; confirms before replacing; writes in a worker; dismisses the path."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, prompt: Phrase, filename: str, content: Callable[[], str]) -> None:
        super().__init__()
        self.prompt = prompt
        self.filename = filename
        self.content = content
        """Called in the worker, so a long page never holds up the screen."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t(self.prompt))
            yield Input(self.filename, compact=True, id="path")
            yield Static(self.t(HINT), classes="hint")
            yield Static("", id="problem", classes="problem")

    @on(Input.Submitted, "#path")
    def chosen(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if not typed:
            self.query_one("#problem", Static).update(self.t(EMPTY_PATH))
            return
        path = Path(typed).expanduser()
        if path.exists():

            def replace(yes: bool | None) -> None:
                if yes:
                    self.write(path)

            self.app.push_screen(ConfirmScreen(self.t(REPLACE, path=path)), replace)
        else:
            self.write(path)

    @work(thread=True, exclusive=True)
    def write(self, path: Path) -> None:
        """Write the file off the event loop, then close or say what went wrong."""
        text = self.content()
        try:
            write_durably(path, text.encode("utf-8"), mode=shared_file_mode(path))
        except OSError as error:
            reason = error.strerror or str(error)
            message = self.t(NOT_SAVED, path=path, reason=reason)
            self.app.call_from_thread(self.query_one("#problem", Static).update, message)
            return
        self.app.call_from_thread(self.app.notify, self.t(SAVED_TO, path=path))
        self.app.call_from_thread(self.dismiss, path)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportDialog(SaveDialog):
    """Saves a session's Markdown page or its JSON export."""

    def __init__(self, session: Session, export_format: ExportFormat = "markdown") -> None:
        extension = "json" if export_format == "json" else "md"
        super().__init__(
            SAVE_JSON_AS if export_format == "json" else SAVE_AS,
            page_filename(session.title, extension),
            lambda: export_text(session, export_format),
        )
        self.session = session
        self.export_format = export_format
