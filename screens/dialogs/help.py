"""Every key of the screen underneath, in the interface language."""

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Label, Static

from screens.base import LocalizedModal
from screens.i18n import ACTION_LABELS
from screens.texts import KEYS as TITLE
from workshop.content.labels import ACTION
from workshop.phrase import Phrase

KEY = Phrase(en="Key", fr="Touche")
PALETTE = Phrase(
    en="Ctrl+P: every action, searchable. Esc closes.",
    fr="Ctrl+P : toutes les actions, avec recherche. Échap ferme.",
)


class HelpScreen(LocalizedModal[None]):
    """A table of the keys active on `screen`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Cancel", id="cancel"),
    ]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.underneath = screen

    def compose(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", id="keys")
        table.add_columns(self.t(KEY), self.t(ACTION))
        seen: set[str] = set()
        for active in self.underneath.active_bindings.values():
            description = active.binding.description
            # Our own actions only: widgets' built-in keys (arrows, select) have English labels.
            if active.binding.action not in ACTION_LABELS or description in seen:
                continue
            seen.add(description)
            table.add_row(Text(self.app.get_key_display(active.binding)), Text(description))
        with Vertical(classes="dialog wide"):
            yield Label(self.t(TITLE), classes="title")
            yield table
            yield Static(self.t(PALETTE), classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
