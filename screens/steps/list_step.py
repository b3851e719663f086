"""The one list editor of the steps: add, edit, delete and undo, the highlight kept after each.

The rules (what a delete takes with it, how undo puts it back) are the workshop's
`SessionList`; this screen only shows the list and asks for the items. An undo entry is kept
once the delete was accepted and dropped once the undo was.
"""

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from screens.dialogs.form import FieldValue, FormDialog
from screens.steps.base import StepScreen
from screens.texts import NOTHING_TO_UNDO
from screens.widgets.item_table import item_at, place_cursor
from screens.workspace import Workspace
from workshop.phrase import Phrase
from workshop.session import Session
from workshop.steps.editing import Deleted, ItemT, SessionList

FormValues = dict[str, FieldValue]


EDIT_KEYS: list[BindingType] = [
    Binding("a", "add_item", "Add", id="add_item"),
    Binding("e", "edit_item", "Edit", id="edit_item"),
    Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
    Binding("u", "undo", "Undo", show=False, id="undo"),
]
"""The keys of a list step; a step may show or hide some in its own BINDINGS."""


class ListStep(StepScreen, Generic[ItemT]):
    """A step whose work is a list of the session: subclasses say how to show and ask for one."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.undo_stack: list[Deleted] = []
        """Deletes made on this screen and accepted, latest last: what u puts back."""

    # -- what a list step says about itself --------------------------------------------------

    def session_list(self) -> SessionList[ItemT]:
        """Where the list lives in the session and what its changes take with them."""
        raise NotImplementedError

    def highlighted(self) -> ItemT | None:
        """The item under the cursor, if any."""
        raise NotImplementedError

    def show(self, select: str | None = None) -> None:
        """Redraw the list from the session, the cursor on `select` (or where it was)."""
        raise NotImplementedError

    def deleted_message(self, item: ItemT, deleted: Deleted) -> str:
        """What the user reads after a delete (it says how to undo)."""
        raise NotImplementedError

    def restored_message(self, deleted: Deleted) -> str | None:
        """What the user reads after an undo, if anything."""
        return None

    async def recompose(self) -> None:
        """Rebuilt (in another language, or reloaded): the same item stays highlighted."""
        item = self.highlighted()
        await super().recompose()
        self.show(item.id if item is not None else None)

    # -- changing the list -------------------------------------------------------------------

    def keep(self, revise: Callable[[Session], Session], select: str | None) -> bool:
        """Apply `revise` and redraw on `select`; False (and the reason shown) if refused."""
        if not self.apply(revise):
            return False
        self.show(select)
        return True

    def add_item(self, item: ItemT) -> bool:
        """Add `item` at the end of the list and highlight it."""
        return self.keep(lambda session: self.session_list().add(session, item), item.id)

    def replace_item(self, item: ItemT) -> bool:
        """Put `item` in place of the item with its id, and keep it highlighted."""
        return self.keep(lambda session: self.session_list().replace(session, item), item.id)

    def action_delete_item(self) -> None:
        item = self.highlighted()
        if item is None:
            return
        deleted = self.attempt(lambda: self.session_list().delete(self.session, item.id))
        if deleted is None:
            return
        self.edit(deleted.session)
        self.undo_stack.append(deleted)
        self.show()
        message = self.deleted_message(item, deleted)
        # Links lost (lessons drawn from a deleted why) deserve a second look before moving on.
        if deleted.unlinked:
            self.notify(message, severity="warning", markup=False)
        else:
            self.notify(message, markup=False)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        deleted = self.undo_stack[-1]
        if self.keep(deleted.restore, deleted.item_id):
            self.undo_stack.pop()
            message = self.restored_message(deleted)
            if message:
                self.notify(message, markup=False)


class TableStep(ListStep[ItemT]):
    """A list step shown as a table of rows, one per item, with a form to add and edit one."""

    TABLE: ClassVar[str]
    """The id of the step's table (the step's BINDINGS say which of EDIT_KEYS it offers)."""
    TABLE_TYPE: ClassVar[type[DataTable[Text]]] = DataTable

    # -- what a table step says about itself -------------------------------------------------

    def columns(self) -> Sequence[tuple[Phrase, int]]:
        """Each column's heading and width."""
        raise NotImplementedError

    def cells(self, item: ItemT) -> tuple[Text, ...]:
        """The row of `item`."""
        raise NotImplementedError

    def show_detail(self, item: ItemT | None) -> None:
        """Show what the table cuts of the highlighted item (None: the list is empty)."""

    def form(self, item: ItemT | None) -> FormDialog:
        """The form that adds an item (None) or edits `item`."""
        raise NotImplementedError

    def item_from(self, values: FormValues, old: ItemT | None) -> ItemT:
        """The item the form's `values` describe (a new one when `old` is None)."""
        raise NotImplementedError

    # -- the table ---------------------------------------------------------------------------

    def new_table(self) -> DataTable[Text]:
        """The step's table with its columns; `fill_body` fills it."""
        table = self.TABLE_TYPE(cursor_type="row", id=self.TABLE)
        for key, (heading, width) in enumerate(self.columns()):
            table.add_column(self.t(heading), key=str(key), width=width)
        return table

    def fill_body(self) -> None:
        self.show()

    def table(self) -> DataTable[Text]:
        return self.query_one(f"#{self.TABLE}", DataTable)

    def items(self) -> list[ItemT]:
        return self.session_list().read(self.session)

    def fill(self, table: DataTable[Text]) -> None:
        table.clear()
        for item in self.items():
            table.add_row(*self.cells(item), key=item.id)

    def show(self, select: str | None = None) -> None:
        table = self.table()
        row = table.cursor_row
        self.fill(table)
        place_cursor(table, [item.id for item in self.items()], row, select)
        self.detail_changed()

    def highlighted(self) -> ItemT | None:
        return item_at(self.items(), self.table().cursor_row)

    def detail_changed(self) -> None:
        self.show_detail(self.highlighted())

    @on(DataTable.RowHighlighted)
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == self.TABLE:
            self.detail_changed()

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == self.TABLE:
            self.action_edit_item()

    # -- the form ----------------------------------------------------------------------------

    def action_add_item(self) -> None:
        def added(values: FormValues | None) -> None:
            if values is not None:
                self.add_item(self.item_from(values, None))

        self.app.push_screen(self.form(None), added)

    def action_edit_item(self) -> None:
        old = self.highlighted()
        if old is None:
            return

        def edited(values: FormValues | None) -> None:
            if values is not None:
                self.replace_item(self.item_from(values, old))

        self.app.push_screen(self.form(old), edited)
