"""Tables of a step's items (lessons, actions...): which item is highlighted, and keeping it so."""

from collections.abc import Sequence
from typing import Any, TypeVar

from textual.widgets import DataTable

T = TypeVar("T")


def item_at(items: Sequence[T], row: int) -> T | None:
    """The item on table row `row`, or None when the table is empty or the row is out of range."""
    return items[row] if items and 0 <= row < len(items) else None


def place_cursor(
    table: DataTable[Any], ids: Sequence[str], row: int, keep_on: str | None = None
) -> None:
    """After a refill: the cursor on the item `keep_on` if it is there, else near `row`."""
    if keep_on is not None and keep_on in ids:
        row = list(ids).index(keep_on)
    if ids:
        table.move_cursor(row=min(max(0, row), len(ids) - 1))
