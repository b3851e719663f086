"""The bias check: the group tests its analysis against each cognitive bias before concluding."""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Static

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import user_cell
from screens.widgets.theme import bold_in
from workshop.content import labels as L
from workshop.content.biases import BIAS_INFO
from workshop.content.labels import BIAS, NOTE, STATUS
from workshop.phrase import Phrase
from workshop.session import BiasCheck
from workshop.steps.biases import NEXT_STATUS, check_of, present_count, with_check
from workshop.vocabulary import BIASES, BiasId, BiasStatus, StepId

STATUSES: dict[BiasStatus, Phrase] = {
    "not_discussed": L.BIAS_STATUSES["not_discussed"],
    "cleared": L.BIAS_STATUSES["cleared"],
    "present": Phrase(en="⚠ present", fr="⚠ présent"),
}
COUNT = Phrase(en="Biases present: {count} of {total}", fr="Biais présents : {count} sur {total}")
KEYS_HINT = Phrase(
    en="c cleared · p present · n not discussed", fr="c écarté · p présent · n non abordé"
)
QUESTION = Phrase(en="Ask: {question}", fr="Demandez : {question}")
NOTE_TITLE = Phrase(en="Note on {bias}", fr="Note sur : {bias}")

STATUS_COLOURS: dict[BiasStatus, str] = {
    "not_discussed": "text-muted",
    "cleared": "success",
    "present": "warning",
}
"""The theme variable each status is drawn in."""


def status_cell(app: App[object], status: BiasStatus, label: str) -> Text:
    """`label` drawn in the theme's colour for `status` (present stands out in $warning)."""
    if status == "not_discussed":
        return Text(label, style="dim")
    return Text(label, style=bold_in(app, STATUS_COLOURS[status]))


class BiasesScreen(StepScreen):
    """Every bias with its definition and probing question; cleared, present or not discussed."""

    STEP: ClassVar[StepId] = "biases"
    FOCUS: ClassVar[str] = "#biases"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "cycle_status", "Status", id="cycle_status"),
        Binding("e", "edit_bias_note", "Note", id="edit_bias_note"),
        Binding("c", "mark_cleared", "Cleared", show=False, id="mark_cleared"),
        Binding("p", "mark_present", "Present", show=False, id="mark_present"),
        Binding("n", "mark_not_discussed", "Not discussed", show=False, id="mark_not_discussed"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="bias-header"):
            count = Static(self.count_text(), id="bias-count")
            count.set_class(self.present_count() > 0, "-present")
            yield count
            yield Static(self.t(KEYS_HINT), id="bias-keys")
        table: DataTable[Text] = DataTable(cursor_type="row", id="biases")
        table.add_column(self.t(BIAS), key="name", width=32)
        table.add_column(self.t(STATUS), key="status", width=13)
        table.add_column(self.t(NOTE), key="note", width=23)
        for bias in BIASES:
            table.add_row(*self.row(bias), key=bias)
        yield table
        yield Static(self.detail_text(BIASES[0]), id="bias-detail")

    def guide_collapsed(self) -> bool:
        return bool(self.session.biases)

    # -- what is shown -----------------------------------------------------------------------

    def check(self, bias: BiasId) -> BiasCheck:
        return check_of(self.session.biases, bias)

    def row(self, bias: BiasId) -> tuple[Text, Text, Text]:
        check = self.check(bias)
        return (
            Text(self.t(BIAS_INFO[bias].name)),
            status_cell(self.app, check.status, self.t(STATUSES[check.status])),
            user_cell(check.note, 23),
        )

    def present_count(self) -> int:
        return present_count(self.session.biases)

    def count_text(self) -> str:
        return self.t(COUNT, count=self.present_count(), total=len(BIASES))

    def detail_text(self, bias: BiasId) -> Text:
        info = BIAS_INFO[bias]
        text = Text(self.t(info.name), style="bold")
        text.append("\n" + self.t(info.definition))
        text.append("\n" + self.t(QUESTION, question=self.t(info.question)), style="italic")
        return text

    def highlighted(self) -> BiasId:
        table = self.query_one("#biases", DataTable)
        return BIASES[min(max(0, table.cursor_row), len(BIASES) - 1)]

    @on(DataTable.RowHighlighted, "#biases")
    def show_detail(self) -> None:
        self.query_one("#bias-detail", Static).update(self.detail_text(self.highlighted()))

    def redraw(self, bias: BiasId) -> None:
        """Show the saved state of `bias` and the count, keeping the cursor where it is."""
        table = self.query_one("#biases", DataTable)
        for column, cell in zip(("name", "status", "note"), self.row(bias), strict=True):
            table.update_cell(bias, column, cell)
        count = self.query_one("#bias-count", Static)
        count.update(self.count_text())
        count.set_class(self.present_count() > 0, "-present")

    # -- editing -----------------------------------------------------------------------------

    def save(self, bias: BiasId, check: BiasCheck) -> None:
        """Keep `check` for `bias` and redraw its row."""
        if self.change(biases=with_check(self.session.biases, bias, check)):
            self.redraw(bias)

    def set_status(self, status: BiasStatus) -> None:
        bias = self.highlighted()
        self.save(bias, self.check(bias).model_copy(update={"status": status}))

    def action_cycle_status(self) -> None:
        """not discussed -> cleared -> present -> not discussed."""
        self.set_status(NEXT_STATUS[self.check(self.highlighted()).status])

    def action_mark_cleared(self) -> None:
        self.set_status("cleared")

    def action_mark_present(self) -> None:
        self.set_status("present")

    def action_mark_not_discussed(self) -> None:
        self.set_status("not_discussed")

    @on(DataTable.RowSelected, "#biases")
    def action_edit_bias_note(self) -> None:
        bias = self.highlighted()
        info = BIAS_INFO[bias]
        field = FormField(
            "note",
            self.t(NOTE),
            "multiline",
            self.check(bias).note,
            hint=self.t(QUESTION, question=self.t(info.question)),
        )

        def noted(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                note = str(values["note"] or "").strip()
                self.save(bias, self.check(bias).model_copy(update={"note": note}))

        title = self.t(NOTE_TITLE, bias=self.t(info.name))
        self.app.push_screen(FormDialog(title, [field]), noted)
