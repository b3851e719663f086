"""Starting a new session: the mode, the session's language, the campaign's name."""

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from screens.base import LocalizedModal
from screens.texts import CANCEL
from workshop.case import CampaignCase
from workshop.content.board_labels import MODE
from workshop.content.labels import MODES
from workshop.phrase import Phrase
from workshop.session import Session

TITLE = Phrase(en="New post-mortem", fr="Nouveau post-mortem")
WORKSHOP, SOLO = MODES["workshop"], MODES["solo"]
LANGUAGE = Phrase(
    en="Language of the session and its page", fr="Langue de la session et de sa page"
)
CAMPAIGN = Phrase(en="Campaign name", fr="Nom de la campagne")
KEYS_HINT = Phrase(
    en="Tab moves between fields, arrows and Enter choose, Enter in the name starts.",
    fr="Tab passe d'un champ à l'autre, flèches et Entrée choisissent, Entrée dans le nom commence.",
)
START = Phrase(en="Start", fr="Commencer")


class NewSessionScreen(LocalizedModal[Session | None]):
    """Dismisses the new (not yet stored) session, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t(TITLE), classes="title")
            yield Label(self.t(CAMPAIGN))
            yield Input(id="campaign", compact=True)
            yield Label(self.t(MODE))
            with RadioSet(id="mode", compact=True):
                yield RadioButton(self.t(WORKSHOP), value=True, compact=True, id="workshop")
                yield RadioButton(self.t(SOLO), compact=True, id="solo")
            yield Label(self.t(LANGUAGE))
            with RadioSet(id="language", compact=True):
                yield RadioButton("English", value=self.language == "en", compact=True, id="en")
                yield RadioButton("Français", value=self.language == "fr", compact=True, id="fr")
            yield Static(self.t(KEYS_HINT), classes="hint")
            with Horizontal(classes="buttons"):
                yield Button(self.t(START), variant="primary", compact=True, id="start")
                yield Button(self.t(CANCEL), compact=True, id="cancel")

    def on_mount(self) -> None:
        self.query_one("#campaign", Input).focus()

    @on(Input.Submitted, "#campaign")
    @on(Button.Pressed, "#start")
    def start(self) -> None:
        mode = self.query_one("#mode", RadioSet).pressed_button
        language = self.query_one("#language", RadioSet).pressed_button
        campaign = self.query_one("#campaign", Input).value.strip()
        session = Session(
            mode="solo" if mode is not None and mode.id == "solo" else "workshop",
            language="fr" if language is not None and language.id == "fr" else "en",
            case=CampaignCase(campaign=campaign),
        )
        self.dismiss(session)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
