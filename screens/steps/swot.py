"""The reverse SWOT: what hurt the campaign from inside and outside, and how to turn it round."""

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.list_step import FormValues, TableStep
from screens.widgets.cells import one_line, user_cell
from workshop.content.labels import KIND, SWOT_KINDS, TURNED_INTO, WHAT_HAPPENED
from workshop.phrase import Phrase
from workshop.session import SwotItem
from workshop.steps.editing import Deleted, SessionList
from workshop.steps.swot import SWOT_ITEMS, not_turned_round
from workshop.vocabulary import StepId, SwotKind

NOT_YET = Phrase(en="⚠ not turned round yet", fr="⚠ pas encore retourné")
COUNT_OPEN = Phrase(
    en="{open} of {total} not turned round yet.", fr="{open} sur {total} pas encore retournés."
)
COUNT_DONE = Phrase(
    en="All {total} turned round into strengths or opportunities.",
    fr="Les {total} points sont retournés en forces ou en opportunités.",
)
START_HERE = Phrase(
    en="Press w for a weakness (inside the team) or t for a threat (from outside).",
    fr="Appuyez sur w pour une faiblesse (interne) ou t pour une menace (externe).",
)
ADD_TITLES: dict[SwotKind, Phrase] = {
    "weakness": Phrase(
        en="A weakness: what failed inside", fr="Une faiblesse : ce qui a failli en interne"
    ),
    "threat": Phrase(
        en="A threat: what hit us from outside",
        fr="Une menace : ce qui nous a frappés de l'extérieur",
    ),
}
EDIT_TITLE = Phrase(
    en="What hurt us, and how to turn it round", fr="Ce qui nous a nui, et comment le retourner"
)
CONVERSION_TITLE = Phrase(en="Turn it round: {text}", fr="Le retourner : {text}")
TEXT_LABELS: dict[SwotKind, Phrase] = {
    "weakness": Phrase(en="The weakness", fr="La faiblesse"),
    "threat": Phrase(en="The threat", fr="La menace"),
}
CONVERSION_LABELS: dict[SwotKind, Phrase] = {
    "weakness": Phrase(en="How it becomes a strength", fr="Comment en faire une force"),
    "threat": Phrase(en="How it becomes an opportunity", fr="Comment en faire une opportunité"),
}
CONVERSION_HINT = Phrase(
    en="For example: a weak social presence becomes a more engaging content strategy, measured with analytics. Leave empty if the group has no answer yet.",
    fr="Par exemple : une faible présence sociale devient une stratégie de contenu plus engageante, mesurée avec des outils d'analyse. Laissez vide si le groupe n'a pas encore de réponse.",
)
FULL_TEXT = Phrase(en="{kind}: {text}", fr="{kind} : {text}")
FULL_CONVERSION = Phrase(en="→ {text}", fr="→ {text}")
DELETED = Phrase(
    en="Deleted “{text}”. Press u to undo.", fr="« {text} » supprimé. Appuyez sur u pour annuler."
)

KIND_WIDTH, TEXT_WIDTH, CONVERSION_WIDTH = 10, 30, 31
"""Column widths that fit 80 columns with the table's cell padding."""


class SwotTable(DataTable[Text]):
    """The weaknesses and threats; a row not yet turned round is styled as unfinished."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"swot-table--unfinished"}


class SwotScreen(TableStep[SwotItem]):
    """Add weaknesses and threats, and write for each how it turns into a strength."""

    STEP: ClassVar[StepId] = "swot"
    TABLE: ClassVar[str] = "swot-table"
    TABLE_TYPE = SwotTable
    FOCUS: ClassVar[str] = "#swot-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "add_weakness", "Weakness", id="add_weakness"),
        Binding("t", "add_threat", "Threat", id="add_threat"),
        Binding("c", "edit_conversion", "Turn round", id="edit_conversion"),
        Binding("e", "edit_item", "Edit", show=False, id="edit_item"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def compose_body(self) -> ComposeResult:
        yield self.new_table()
        yield Static("", id="swot-count")
        yield Static("", id="swot-detail")

    def guide_collapsed(self) -> bool:
        return bool(self.session.swot)

    def session_list(self) -> SessionList[SwotItem]:
        return SWOT_ITEMS

    # -- showing -----------------------------------------------------------------------------

    def columns(self) -> Sequence[tuple[Phrase, int]]:
        return [(KIND, KIND_WIDTH), (WHAT_HAPPENED, TEXT_WIDTH), (TURNED_INTO, CONVERSION_WIDTH)]

    def cells(self, item: SwotItem) -> tuple[Text, ...]:
        if item.converted:
            turned = user_cell(item.conversion, CONVERSION_WIDTH)
        else:
            style = self.table().get_component_rich_style("swot-table--unfinished", partial=True)
            turned = Text(self.t(NOT_YET), style=style)
        kind = Text(self.t(SWOT_KINDS[item.kind]))
        return kind, user_cell(item.text, TEXT_WIDTH), turned

    def show_detail(self, item: SwotItem | None) -> None:
        """The count of what is left to turn round, and the highlighted item in full if cut."""
        self.show_count()
        detail = self.query_one("#swot-detail", Static)
        long = item is not None and (
            len(one_line(item.text)) > TEXT_WIDTH
            or len(one_line(item.conversion)) > CONVERSION_WIDTH
        )
        detail.display = long
        if item is None or not long:
            return
        text = Text(self.t(FULL_TEXT, kind=self.t(SWOT_KINDS[item.kind]), text=item.text))
        if item.converted:
            text.append("\n" + self.t(FULL_CONVERSION, text=item.conversion))
        detail.update(text)

    def show_count(self) -> None:
        items = self.session.swot
        waiting = not_turned_round(items)
        count = self.query_one("#swot-count", Static)
        if not items:
            count.update(self.t(START_HERE))
        elif waiting:
            count.update(self.t(COUNT_OPEN, open=waiting, total=len(items)))
        else:
            count.update(self.t(COUNT_DONE, total=len(items)))
        count.set_class(waiting > 0, "unfinished")
        count.set_class(bool(items) and not waiting, "done")

    def deleted_message(self, item: SwotItem, deleted: Deleted) -> str:
        return self.t(DELETED, text=one_line(item.text, 30))

    # -- the forms ---------------------------------------------------------------------------

    def action_add_weakness(self) -> None:
        self.ask_new("weakness")

    def action_add_threat(self) -> None:
        self.ask_new("threat")

    def ask_new(self, kind: SwotKind) -> None:
        fields = [
            FormField("text", self.t(TEXT_LABELS[kind]), required=True),
            FormField("conversion", self.t(CONVERSION_LABELS[kind]), hint=self.t(CONVERSION_HINT)),
        ]

        def done(values: FormValues | None) -> None:
            if values is not None:
                self.add_item(
                    SwotItem(
                        kind=kind,
                        text=_text(values["text"]),
                        conversion=_text(values["conversion"]),
                    )
                )

        self.app.push_screen(FormDialog(self.t(ADD_TITLES[kind]), fields), done)

    def form(self, item: SwotItem | None) -> FormDialog:
        assert item is not None  # new items come from ask_new, which knows their kind
        kinds = [(self.t(SWOT_KINDS[kind]), kind) for kind in SWOT_KINDS]
        fields = [
            FormField("text", self.t(TEXT_LABELS[item.kind]), "text", item.text, required=True),
            FormField(
                "conversion",
                self.t(CONVERSION_LABELS[item.kind]),
                "text",
                item.conversion,
                hint=self.t(CONVERSION_HINT),
            ),
            FormField("kind", self.t(KIND), "choice", item.kind, choices=kinds, required=True),
        ]
        return FormDialog(self.t(EDIT_TITLE), fields)

    def item_from(self, values: FormValues, old: SwotItem | None) -> SwotItem:
        assert old is not None
        update = {
            "text": _text(values["text"]),
            "conversion": _text(values["conversion"]),
            "kind": values.get("kind", old.kind),
        }
        return SwotItem.model_validate({**old.model_dump(), **update})

    def action_edit_conversion(self) -> None:
        item = self.highlighted()
        if item is None:
            return
        field = FormField(
            "conversion",
            self.t(CONVERSION_LABELS[item.kind]),
            "text",
            item.conversion,
            hint=self.t(CONVERSION_HINT),
        )

        def done(values: FormValues | None) -> None:
            if values is not None:
                latest = next((i for i in self.session.swot if i.id == item.id), None)
                if latest is not None:
                    turned = latest.model_copy(update={"conversion": _text(values["conversion"])})
                    self.replace_item(turned)

        title = self.t(CONVERSION_TITLE, text=one_line(item.text, 40))
        self.app.push_screen(FormDialog(title, [field]), done)


def _text(value: FieldValue) -> str:
    return value.strip() if isinstance(value, str) else ""
