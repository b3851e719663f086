"""Choosing any step of the session to go to."""

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from screens.base import LocalizedModal
from screens.texts import SKIPPED
from workshop.content.steps import guide_for
from workshop.phrase import Phrase
from workshop.session import Session
from workshop.vocabulary import STEPS, StepId

TITLE = Phrase(en="Go to step", fr="Aller à l'étape")
HERE = Phrase(en="you are here", fr="vous êtes ici")


class StepPicker(LocalizedModal[StepId | None]):
    """The steps in order; Enter goes, Escape stays."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, session: Session, current: StepId) -> None:
        super().__init__()
        self.session = session
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for number, step in enumerate(STEPS, start=1):
            title = self.t(guide_for(step, self.session.mode).title)
            notes = []
            if step in self.session.skipped:
                notes.append(self.t(SKIPPED))
            if step == self.current:
                notes.append(self.t(HERE))
            suffix = f"  ({', '.join(notes)})" if notes else ""
            options.append(Option(f"{number}. {title}{suffix}", id=step))
        with Vertical(classes="dialog"):
            yield Label(self.t(TITLE), classes="title")
            yield OptionList(*options, id="steps")

    def on_mount(self) -> None:
        steps = self.query_one("#steps", OptionList)
        steps.highlighted = STEPS.index(self.current)
        steps.focus()

    @on(OptionList.OptionSelected, "#steps")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        step = event.option.id
        self.dismiss(next((s for s in STEPS if s == step), None))

    def action_cancel(self) -> None:
        self.dismiss(None)
