"""Step 1, warning signals: the checklist, figures first, each signal with what was seen."""

from functools import partial
from typing import ClassVar, Final

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import one_line
from screens.workspace import Workspace
from workshop.content.signals import SIGNAL_INFO
from workshop.phrase import Phrase
from workshop.session import SignalCheck
from workshop.steps.signals import check_of, first_ticks, with_check
from workshop.vocabulary import SIGNALS, SignalId, SignalKind, StepId

KIND_HEADINGS: Final[dict[SignalKind, Phrase]] = {
    "quantitative": Phrase(en="Figures (quantitative)", fr="Chiffres (quantitatifs)"),
    "qualitative": Phrase(en="Feelings (qualitative)", fr="Ressenti (qualitatif)"),
}
PRE_TICKED = Phrase(
    en="Pre-ticked from the KPI gaps: {signals}. Untick what the group does not agree with.",
    fr="Cochés d'après les écarts des KPI : {signals}. Décochez ce que le groupe ne retient pas.",
)
NOTE_TITLE = Phrase(en="What was seen: {signal}", fr="Ce qui a été constaté : {signal}")
NOTE = Phrase(
    en="Note (a figure, a quote, the stage of the funnel)",
    fr="Note (un chiffre, une citation, l'étape du tunnel)",
)
TICKED = "[x] "
UNTICKED = "[ ] "
"""Check marks as plain characters, readable in every terminal and on every projector."""


class SignalsScreen(StepScreen):
    """The eight warning signals: space ticks one, e writes what was seen."""

    STEP: ClassVar[StepId] = "signals"
    FOCUS: ClassVar[str] = "#signals"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,x", "toggle_signal", "Tick", id="toggle_signal"),
        Binding("e", "edit_note", "Note", id="edit_note"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.pre_ticked = self.pre_tick()
        """The signals ticked from the KPI gaps as this screen opened; said on screen."""

    def pre_tick(self) -> list[SignalId]:
        """On the first visit, tick (and save) the signals that the missed KPIs imply."""
        implied = first_ticks(self.session)
        if implied:
            checks = {sid: SignalCheck(checked=True).model_dump() for sid in implied}
            self.change(signals=checks)
        return implied

    # -- layout ------------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        options: list[Option] = []
        for kind in KIND_HEADINGS:
            options.append(Option(self.t(KIND_HEADINGS[kind]), id=f"kind-{kind}", disabled=True))
            for sid in SIGNALS:
                if SIGNAL_INFO[sid].kind == kind:
                    options.append(Option(self.prompt(sid), id=sid))
        yield OptionList(*options, id="signals")
        if self.pre_ticked:
            names = ", ".join(self.t(SIGNAL_INFO[sid].label) for sid in self.pre_ticked)
            yield Static(self.t(PRE_TICKED, signals=names), id="pre-ticked")
        yield Static("", id="signal-hint")

    def guide_collapsed(self) -> bool:
        return bool(self.session.signals)

    def fill_body(self) -> None:
        signals = self.query_one("#signals", OptionList)
        signals.highlighted = signals.get_option_index(SIGNALS[0])

    def label_width(self) -> int:
        return max(len(self.t(info.label)) for info in SIGNAL_INFO.values())

    def prompt(self, sid: SignalId) -> Text:
        """One line of the checklist: the tick, the signal, and the start of its note."""
        check = check_of(self.session, sid)
        label_width = self.label_width()
        note_width = max(8, self.app.size.width - label_width - 12)
        line = Text(TICKED if check.checked else UNTICKED, style="bold" if check.checked else "")
        line.append(
            self.t(SIGNAL_INFO[sid].label).ljust(label_width), "bold" if check.checked else ""
        )
        line.append("  ")
        line.append(one_line(check.note, note_width), "italic")
        return line

    def show_signal(self, sid: SignalId) -> None:
        self.query_one("#signals", OptionList).replace_option_prompt(sid, self.prompt(sid))

    def on_resize(self, event: events.Resize) -> None:
        for sid in SIGNALS:
            self.show_signal(sid)

    @on(OptionList.OptionHighlighted, "#signals")
    def show_hint(self, event: OptionList.OptionHighlighted) -> None:
        sid = self.signal_id(event.option_id)
        hint = self.t(SIGNAL_INFO[sid].hint) if sid else ""
        self.query_one("#signal-hint", Static).update(hint)

    # -- keys --------------------------------------------------------------------------------

    @staticmethod
    def signal_id(option_id: str | None) -> SignalId | None:
        return next((sid for sid in SIGNALS if sid == option_id), None)

    def highlighted_signal(self) -> SignalId | None:
        option = self.query_one("#signals", OptionList).highlighted_option
        return self.signal_id(option.id if option else None)

    def save_check(self, sid: SignalId, check: SignalCheck) -> None:
        if self.change(signals=with_check(self.session, sid, check)):
            self.show_signal(sid)

    def action_toggle_signal(self) -> None:
        sid = self.highlighted_signal()
        if sid is not None:
            check = check_of(self.session, sid)
            self.save_check(sid, check.model_copy(update={"checked": not check.checked}))

    @on(OptionList.OptionSelected, "#signals")
    def action_edit_note(self) -> None:
        sid = self.highlighted_signal()
        if sid is None:
            return
        info = SIGNAL_INFO[sid]
        check = check_of(self.session, sid)
        field = FormField("note", self.t(NOTE), "multiline", check.note, hint=self.t(info.hint))
        dialog = FormDialog(self.t(NOTE_TITLE, signal=self.t(info.label)), [field])
        self.app.push_screen(dialog, partial(self.note_saved, sid))

    def note_saved(self, sid: SignalId, values: dict[str, FieldValue] | None) -> None:
        if values is None:
            return
        note = values.get("note")
        check = check_of(self.session, sid)
        self.save_check(
            sid, check.model_copy(update={"note": note.strip() if isinstance(note, str) else ""})
        )
