"""The reverse SWOT: what hurt the campaign from inside and outside, and how to turn it round."""

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.form_dialog import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import one_line, user_cell
from screens.workspace import Workspace
from workshop.content.labels import SWOT_KINDS, TURNED_INTO, WHAT_HAPPENED
from workshop.phrase import Phrase
from workshop.session import SwotItem
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
KIND = Phrase(en="Kind", fr="Type")
FULL_TEXT = Phrase(en="{kind}: {text}", fr="{kind} : {text}")
FULL_CONVERSION = Phrase(en="→ {text}", fr="→ {text}")
DELETED = Phrase(
    en="Deleted “{text}”. Press u to undo.", fr="« {text} » supprimé. Appuyez sur u pour annuler."
)
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")

KIND_WIDTH, TEXT_WIDTH, CONVERSION_WIDTH = 10, 30, 31
"""Column widths that fit 80 columns with the table's cell padding."""


class SwotTable(DataTable[Text]):
    """The weaknesses and threats; a row not yet turned round is styled as unfinished."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"swot-table--unfinished"}


class SwotScreen(StepScreen):
    """Add weaknesses and threats, and write for each how it turns into a strength."""

    STEP: ClassVar[StepId] = "swot"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "add_weakness", "Weakness", id="add_weakness"),
        Binding("t", "add_threat", "Threat", id="add_threat"),
        Binding("c", "edit_conversion", "Turn round", id="edit_conversion"),
        Binding("e", "edit_item", "Edit", show=False, id="edit_item"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.removed: list[tuple[int, SwotItem]] = []
        """Items deleted on this screen with their place, latest last: what u puts back."""

    def compose_body(self) -> ComposeResult:
        yield SwotTable(cursor_type="row", id="swot-table")
        yield Static("", id="swot-count")
        yield Static("", id="swot-detail")

    def guide_collapsed(self) -> bool:
        return bool(self.session.swot)

    def on_mount(self) -> None:
        # StepScreen.on_mount runs too: Textual calls the handler of every class in the MRO.
        self.fill(None)

    async def recompose(self) -> None:
        """Rebuilt in another language: show the items again, on the same one."""
        item = self.selected()
        await super().recompose()
        self.fill(item.id if item else None)

    # -- showing -----------------------------------------------------------------------------

    def fill(self, select: str | None) -> None:
        """Show the items, with the cursor on `select` (or where it was)."""
        table = self.query_one(SwotTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_column(self.t(KIND), width=KIND_WIDTH)
        table.add_column(self.t(WHAT_HAPPENED), width=TEXT_WIDTH)
        table.add_column(self.t(TURNED_INTO), width=CONVERSION_WIDTH)
        unfinished = table.get_component_rich_style("swot-table--unfinished", partial=True)
        for item in self.session.swot:
            turned = (
                user_cell(item.conversion, CONVERSION_WIDTH)
                if item.converted
                else Text(self.t(NOT_YET), style=unfinished)
            )
            kind = Text(self.t(SWOT_KINDS[item.kind]))
            table.add_row(kind, user_cell(item.text, TEXT_WIDTH), turned, key=item.id)
        ids = [item.id for item in self.session.swot]
        if select in ids:
            row = ids.index(select)
        if ids:
            table.move_cursor(row=min(max(row, 0), len(ids) - 1))
        table.focus()
        self.show_count()
        self.show_detail()

    def show_count(self) -> None:
        items = self.session.swot
        waiting = sum(1 for item in items if not item.converted)
        count = self.query_one("#swot-count", Static)
        if not items:
            count.update(self.t(START_HERE))
        elif waiting:
            count.update(self.t(COUNT_OPEN, open=waiting, total=len(items)))
        else:
            count.update(self.t(COUNT_DONE, total=len(items)))
        count.set_class(waiting > 0, "unfinished")
        count.set_class(bool(items) and not waiting, "done")

    @on(DataTable.RowHighlighted, "#swot-table")
    def show_detail(self) -> None:
        """The highlighted item in full, when the table had to cut it."""
        detail = self.query_one("#swot-detail", Static)
        item = self.selected()
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

    def selected(self) -> SwotItem | None:
        table = self.query_one(SwotTable)
        items = self.session.swot
        if not items or not 0 <= table.cursor_row < len(items):
            return None
        return items[table.cursor_row]

    # -- changing ----------------------------------------------------------------------------

    def save_items(self, items: list[SwotItem], select: str | None) -> bool:
        """Keep `items` (saved in the background) and redraw with `select` highlighted."""
        if not self.change(swot=items):
            return False
        self.fill(select)
        return True

    def action_add_weakness(self) -> None:
        self.add("weakness")

    def action_add_threat(self) -> None:
        self.add("threat")

    def add(self, kind: SwotKind) -> None:
        fields = [
            FormField("text", self.t(TEXT_LABELS[kind]), required=True),
            FormField("conversion", self.t(CONVERSION_LABELS[kind]), hint=self.t(CONVERSION_HINT)),
        ]

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            item = SwotItem(
                kind=kind, text=_text(values["text"]), conversion=_text(values["conversion"])
            )
            self.save_items([*self.session.swot, item], item.id)

        self.app.push_screen(FormDialog(self.t(ADD_TITLES[kind]), fields), done)

    @on(DataTable.RowSelected, "#swot-table")
    def action_edit_item(self) -> None:
        item = self.selected()
        if item is None:
            return
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

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                update = {
                    "text": _text(values["text"]),
                    "conversion": _text(values["conversion"]),
                    "kind": values["kind"],
                }
                self.save_item(item.id, update)

        self.app.push_screen(FormDialog(self.t(EDIT_TITLE), fields), done)

    def action_edit_conversion(self) -> None:
        item = self.selected()
        if item is None:
            return
        field = FormField(
            "conversion",
            self.t(CONVERSION_LABELS[item.kind]),
            "text",
            item.conversion,
            hint=self.t(CONVERSION_HINT),
        )

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                self.save_item(item.id, {"conversion": _text(values["conversion"])})

        title = self.t(CONVERSION_TITLE, text=one_line(item.text, 40))
        self.app.push_screen(FormDialog(title, [field]), done)

    def save_item(self, item_id: str, update: Mapping[str, object]) -> None:
        """Apply `update` to the item with `item_id`, if it is still there."""
        items = self.session.swot
        if not any(item.id == item_id for item in items):
            return
        edited = [
            SwotItem.model_validate({**item.model_dump(), **update}) if item.id == item_id else item
            for item in items
        ]
        self.save_items(edited, item_id)

    def action_delete_item(self) -> None:
        item = self.selected()
        if item is None:
            return
        index = self.session.swot.index(item)
        kept = [other for other in self.session.swot if other.id != item.id]
        if self.save_items(kept, None):
            self.removed.append((index, item))
            self.notify(self.t(DELETED, text=one_line(item.text, 30)))

    def action_undo(self) -> None:
        if not self.removed:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        index, item = self.removed[-1]
        items = list(self.session.swot)
        items.insert(min(index, len(items)), item)
        if self.save_items(items, item.id):
            self.removed.pop()


def _text(value: FieldValue) -> str:
    return value.strip() if isinstance(value, str) else ""
