"""A small form in a dialog: the one way steps ask for the fields of an item.

Each field is parsed and checked as the user submits; a bad value is named under the form and
nothing is returned until every field is right, so no step ever sees an invalid value.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from screens.base import LocalizedModal
from screens.keys import after_typed_keys
from workshop.phrase import Phrase
from workshop.typed_text import parse_date, parse_number

FieldKind = Literal["text", "multiline", "choice", "date", "number", "flag"]
FieldValue = str | bool | date | Decimal | None

CHOOSE = Phrase(en="Choose…", fr="Choisir…")
SAVE = Phrase(en="Save (ctrl+s)", fr="Enregistrer (ctrl+s)")
CANCEL = Phrase(en="Cancel (Esc)", fr="Annuler (Échap)")
NOT_A_DATE = Phrase(
    en="{label}: type a date as YYYY-MM-DD.", fr="{label} : tapez une date au format AAAA-MM-JJ."
)
NOT_A_NUMBER = Phrase(
    en="{label}: type a number, such as 1250 or 3.5.",
    fr="{label} : tapez un nombre, comme 1250 ou 3,5.",
)
REQUIRED = Phrase(
    en="{label}: this cannot be empty.", fr="{label} : ce champ ne peut pas être vide."
)


@dataclass(frozen=True)
class FormField:
    """One field of a form."""

    name: str
    label: str
    kind: FieldKind = "text"
    value: FieldValue = None
    choices: Sequence[tuple[str, str]] = field(default_factory=tuple)
    """(label, value) pairs for a choice."""
    required: bool = False
    hint: str = ""


def _as_text(value: FieldValue) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


class FormDialog(LocalizedModal[dict[str, FieldValue] | None]):
    """Dismisses the parsed values by field name, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("ctrl+s", "save", "Save", priority=True, id="save"),
    ]

    def __init__(
        self,
        title: str,
        fields: Sequence[FormField],
        *,
        live: Callable[[dict[str, str]], str] | None = None,
        check: Callable[[dict[str, FieldValue]], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.fields = list(fields)
        self.live = live
        """Called with the raw entries at each change (a ticked flag is "1", a choice its value,
        "" when empty); what it returns shows under the form, always in sight."""
        self.check = check
        """Called with the parsed values on save; a message it returns refuses them."""
        self.opened_with: dict[str, str] | None = None
        """What the fields held when the form opened (see `typed`)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form"):
            yield Label(Text(self.title_text), classes="title")
            with VerticalScroll(classes="fields"):
                for spec in self.fields:
                    if spec.kind != "flag":  # a checkbox carries its own label
                        yield Label(Text(spec.label), classes="field-label")
                    yield self.widget_for(spec)
                    if spec.hint:
                        yield Static(Text(spec.hint), classes="hint")
            yield Static("", id="live", classes="hint")
            yield Static("", id="problem", classes="problem")
            with Horizontal(classes="buttons"):
                yield Button(self.t(SAVE), variant="primary", compact=True, id="save")
                yield Button(self.t(CANCEL), compact=True, id="cancel")

    def widget_for(self, spec: FormField) -> Widget:
        widget_id = f"field-{spec.name}"
        if spec.kind == "multiline":
            return TextArea(
                _as_text(spec.value),
                id=widget_id,
                soft_wrap=True,
                compact=True,
                classes="multiline",
            )
        if spec.kind == "choice":
            return Select(
                [(Text(label), value) for label, value in spec.choices],  # typed text: no markup
                prompt=self.t(CHOOSE),
                value=spec.value if isinstance(spec.value, str) else Select.NULL,
                allow_blank=not spec.required,
                compact=True,
                id=widget_id,
            )
        if spec.kind == "flag":
            return Checkbox(Text(spec.label), value=bool(spec.value), compact=True, id=widget_id)
        placeholder = "YYYY-MM-DD" if spec.kind == "date" and self.language == "en" else ""
        if spec.kind == "date" and self.language == "fr":
            placeholder = "AAAA-MM-JJ"
        return Input(_as_text(spec.value), placeholder=placeholder, compact=True, id=widget_id)

    def on_mount(self) -> None:
        for area in self.query(TextArea):
            area.move_cursor(area.document.end)  # go on typing where the text ends
        if self.fields:
            self.query_one(f"#field-{self.fields[0].name}").focus()
        self.opened_with = self.raw_texts()
        self.update_live()

    @property
    def typed(self) -> bool:
        """True when a field holds something else than when the form opened: unsaved typing."""
        if self.opened_with is None:
            return False
        try:
            return self.raw_texts() != self.opened_with
        except NoMatches:  # being taken down: nothing left to keep
            return False

    def raw_texts(self) -> dict[str, str]:
        """What each field holds now, unparsed: texts, "1" for a ticked flag, a choice's value."""
        texts: dict[str, str] = {}
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.name}")
            if isinstance(widget, Input):
                texts[spec.name] = widget.value
            elif isinstance(widget, TextArea):
                texts[spec.name] = widget.text
            elif isinstance(widget, Checkbox):
                texts[spec.name] = "1" if widget.value else ""
            elif isinstance(widget, Select):
                texts[spec.name] = "" if widget.is_blank() else str(widget.value)
        return texts

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    def update_live(self) -> None:
        live = self.query_one("#live", Static)
        text = self.live(self.raw_texts()) if self.live is not None else ""
        live.update(Text(text))
        live.display = bool(text)

    def parsed(self) -> dict[str, FieldValue]:
        """The values, parsed; ValueError with a message naming the field at fault."""
        values: dict[str, FieldValue] = {}
        texts = self.raw_texts()
        for spec in self.fields:
            widget = self.query_one(f"#field-{spec.name}")
            value: FieldValue
            if isinstance(widget, Checkbox):
                value = widget.value
            elif isinstance(widget, Select):
                value = None if widget.is_blank() else str(widget.value)
            elif spec.kind == "date":
                try:
                    value = parse_date(texts[spec.name])
                except ValueError:
                    raise ValueError(self.t(NOT_A_DATE, label=spec.label)) from None
            elif spec.kind == "number":
                try:
                    value = parse_number(texts[spec.name])
                except ValueError:
                    raise ValueError(self.t(NOT_A_NUMBER, label=spec.label)) from None
            else:
                value = texts[spec.name]
            if spec.required and (value is None or (isinstance(value, str) and not value.strip())):
                raise ValueError(self.t(REQUIRED, label=spec.label))
            values[spec.name] = value
        problem = self.check(values) if self.check is not None else None
        if problem is not None:
            raise ValueError(problem)
        return values

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        after_typed_keys(self, self.save_typed)

    def save_typed(self) -> None:
        """Dismiss the parsed values, or name the field at fault under the form."""
        if not self.is_active:  # already dismissed (two saves in one burst)
            return
        try:
            values = self.parsed()
        except ValueError as error:
            self.query_one("#problem", Static).update(Text(str(error)))
            return
        self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
