"""A yes/no question before something the user may regret."""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from screens.base import LocalizedModal
from workshop.phrase import Phrase

YES = Phrase(en="Yes", fr="Oui")
NO = Phrase(en="No", fr="Non")


class ConfirmScreen(LocalizedModal[bool]):
    """Asks `question`; dismisses True for yes, False for no or Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("y,o", "confirm", "Confirm", show=False, id="confirm"),
        Binding("n", "cancel", "Cancel", show=False, id="cancel_n"),
    ]

    def __init__(self, question: str, *, yes: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question), classes="question")  # may quote typed text
            with Horizontal(classes="buttons"):
                yield Button(
                    self.yes_label or self.t(YES), variant="warning", compact=True, id="yes"
                )
                yield Button(self.t(NO), compact=True, id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(False)
