"""The one set of list-editing rules: add, replace, delete, and undo that replays later."""

import pytest
from pydantic import ValidationError

from workshop.errors import refusal_reason
from workshop.session import AnonymousEntry, Session, SwotItem
from workshop.steps.editing import inserted, replaced, revised
from workshop.steps.swot import SWOT_ITEMS, not_turned_round


def swot(*texts: str) -> list[SwotItem]:
    return [SwotItem(kind="weakness", text=text) for text in texts]


def texts(session: Session) -> list[str]:
    return [item.text for item in session.swot]


def test_add_puts_the_item_last() -> None:
    """An added item goes at the end of the list."""
    session = SWOT_ITEMS.add(Session(swot=swot("a", "b")), SwotItem(kind="threat", text="c"))
    assert texts(session) == ["a", "b", "c"]


def test_replace_keeps_the_place() -> None:
    """A replaced item keeps its place and id."""
    before = Session(swot=swot("a", "b", "c"))
    edited = before.swot[1].model_copy(update={"text": "B"})
    after = SWOT_ITEMS.replace(before, edited)
    assert texts(after) == ["a", "B", "c"]
    assert after.swot[1].id == before.swot[1].id


def test_replace_of_an_item_gone_changes_nothing() -> None:
    """Replacing an item that was deleted meanwhile leaves the session as it is."""
    before = Session(swot=swot("a"))
    assert SWOT_ITEMS.replace(before, SwotItem(kind="threat", text="x")) is before


def test_delete_then_restore_gives_the_list_back() -> None:
    """Undo puts the deleted item back at its place."""
    before = Session(swot=swot("a", "b", "c"))
    deleted = SWOT_ITEMS.delete(before, before.swot[1].id)
    assert deleted is not None
    assert texts(deleted.session) == ["a", "c"]
    assert texts(deleted.restore(deleted.session)) == ["a", "b", "c"]


def test_restore_replays_on_a_later_state() -> None:
    """Undo after other edits keeps those edits and puts the item back where it stood."""
    before = Session(swot=swot("a", "b", "c"))
    deleted = SWOT_ITEMS.delete(before, before.swot[0].id)
    assert deleted is not None
    later = SWOT_ITEMS.add(deleted.session, SwotItem(kind="threat", text="d"))
    assert texts(deleted.restore(later)) == ["a", "b", "c", "d"]


def test_delete_of_a_missing_item_is_none() -> None:
    """Deleting an id that is not in the list does nothing."""
    assert SWOT_ITEMS.delete(Session(swot=swot("a")), "nope") is None


def test_delete_unties_the_round_and_undo_ties_again() -> None:
    """An entry tied to a deleted item loses the tie (the session stays valid); undo restores it."""
    items = swot("a")
    entry = AnonymousEntry(prompt="q", text="t", links=[items[0].id])
    before = Session(swot=items, anonymous_entries=[entry])
    deleted = SWOT_ITEMS.delete(before, items[0].id)
    assert deleted is not None
    assert deleted.session.anonymous_entries[0].links == []
    assert deleted.restore(deleted.session).anonymous_entries[0].links == [items[0].id]


def test_revised_checks_the_whole_session() -> None:
    """A change that breaks a link is refused, with a reason in the user's language."""
    with pytest.raises(ValidationError) as refused:
        revised(Session(), anonymous_entries=[AnonymousEntry(prompt="q", text="t", links=["x"])])
    assert "unknown item 'x'" in refusal_reason(refused.value, "en")
    assert "élément inconnu 'x'" in refusal_reason(refused.value, "fr")
    assert "validation error" not in refusal_reason(refused.value, "en")


def test_inserted_clamps_to_the_list() -> None:
    """An item restored past the end of a shorter list goes last."""
    items = swot("a")
    assert [i.text for i in inserted(items, swot("z")[0], 5)] == ["a", "z"]
    assert [i.text for i in inserted(items, swot("z")[0], -1)] == ["z", "a"]


def test_replaced_swaps_by_id() -> None:
    """`replaced` swaps only the item with the same id."""
    items = swot("a", "b")
    new = items[0].model_copy(update={"text": "A"})
    assert [i.text for i in replaced(items, new)] == ["A", "b"]


def test_not_turned_round_counts_the_unconverted() -> None:
    """Items without a conversion are the ones left to turn round."""
    items = [*swot("a", "b"), SwotItem(kind="threat", text="c", conversion="an opportunity")]
    assert not_turned_round(items) == 2
