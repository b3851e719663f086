"""The reverse SWOT: weaknesses and threats, each to be turned into a strength or opportunity."""

from collections.abc import Sequence

from workshop.session import SwotItem
from workshop.steps.editing import SessionList

SWOT_ITEMS: SessionList[SwotItem] = SessionList(
    read=lambda session: list(session.swot), write=lambda _, items: {"swot": items}
)
"""The SWOT items of a session; a delete unties the round's entries from the item."""


def not_turned_round(items: Sequence[SwotItem]) -> int:
    """How many items still lack what they turn into."""
    return sum(1 for item in items if not item.converted)
