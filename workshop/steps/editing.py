"""Editing a list of a session (KPIs, whys, SWOT items, lessons, actions): one set of rules.

Every change returns a new session checked as a whole, so a change that would break a link
(a lesson pointing at a deleted why) is refused rather than stored. A delete also returns how
to put the item back into a later state of the session: that is what undo replays, and only
once the delete was accepted.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from workshop.session import AnonymousEntry, Session


class Identified(Protocol):
    """An item of a session's list: it has an id that nothing else in the list shares."""

    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=Identified)

Restore = Callable[[Session], Session]
"""Puts what a delete took back into a later state of the session."""


def revised(session: Session, **updates: Any) -> Session:
    """`session` with `updates` applied, checked as a whole; ValueError says what is wrong."""
    return Session.model_validate({**session.model_dump(), **updates})


def index_of(items: Sequence[Identified], item_id: str) -> int | None:
    """Where the item with `item_id` stands, or None when it is not there."""
    return next((i for i, item in enumerate(items) if item.id == item_id), None)


def replaced(items: Sequence[ItemT], new: ItemT) -> list[ItemT]:
    """`items` with the one sharing `new`'s id replaced by `new`."""
    return [new if item.id == new.id else item for item in items]


def inserted(items: Sequence[ItemT], item: ItemT, index: int) -> list[ItemT]:
    """`items` with `item` at `index`, or last when the list has since grown shorter."""
    result = list(items)
    result.insert(min(max(index, 0), len(result)), item)
    return result


@dataclass(frozen=True)
class Deleted:
    """A delete that was done: the session without the item, and how to undo it later."""

    session: Session
    """The session after the delete, checked."""
    restore: Restore
    """Puts the item (and the links it took) back into a later state of the session."""
    item_id: str
    """The id of the item deleted (the top of the branch, for the whys): undo selects it."""
    removed: int = 1
    """How many items went (a why takes the answers under it)."""
    unlinked: int = 0
    """How many other items lost their link to what was deleted (lessons, actions)."""


EntryLinks = dict[str, tuple[str, ...]]
"""For each anonymous entry that lost links: the ids it was tied to."""


def unlink_entries(
    entries: Sequence[AnonymousEntry], gone: set[str]
) -> tuple[list[AnonymousEntry], EntryLinks]:
    """Entries of the round with their links to `gone` items dropped, and what was dropped."""
    kept: list[AnonymousEntry] = []
    dropped: EntryLinks = {}
    for entry in entries:
        lost = tuple(link for link in entry.links if link in gone)
        if lost:
            dropped[entry.id] = lost
            entry = entry.model_copy(update={"links": [x for x in entry.links if x not in gone]})
        kept.append(entry)
    return kept, dropped


def relink_entries(entries: Sequence[AnonymousEntry], links: EntryLinks) -> list[AnonymousEntry]:
    """The links `unlink_entries` dropped, put back on the entries still there."""
    result = []
    for entry in entries:
        lost = [link for link in links.get(entry.id, ()) if link not in entry.links]
        if lost:
            entry = entry.model_copy(update={"links": [*entry.links, *lost]})
        result.append(entry)
    return result


@dataclass(frozen=True)
class Removal(Generic[ItemT]):
    """Items taken out of a list, and how to put them back where they stood."""

    kept: list[ItemT]
    gone: frozenset[str]
    """The ids of the items taken out."""
    put_back: Callable[[Sequence[ItemT]], list[ItemT]]
    """Puts the items back into a later version of the list."""


def remove_one(items: Sequence[ItemT], item_id: str) -> Removal[ItemT] | None:
    """Take out the item with `item_id`; None when it is not there."""
    index = index_of(items, item_id)
    if index is None:
        return None
    item = items[index]
    kept = [other for other in items if other.id != item_id]
    return Removal(kept, frozenset({item_id}), lambda later: inserted(later, item, index))


@dataclass(frozen=True)
class Link:
    """Items of another list of the session that point at an item by one field."""

    field: str
    """The session's list ("lessons", "actions")."""
    attribute: str
    """The field of its items that holds the id pointed at ("why_id", "lesson_id")."""

    def unlink(self, session: Session, gone: frozenset[str]) -> tuple[list[Any], dict[str, str]]:
        """The list with its links to `gone` items cleared, and each cleared item's old link."""
        cleared: dict[str, str] = {}
        items = []
        for item in getattr(session, self.field):
            target = getattr(item, self.attribute)
            if target in gone:
                cleared[item.id] = target
                item = item.model_copy(update={self.attribute: None})
            items.append(item)
        return items, cleared

    def relink(self, session: Session, cleared: dict[str, str]) -> list[Any]:
        """The links `unlink` cleared, back on the items still there and still unlinked."""
        return [
            item.model_copy(update={self.attribute: cleared[item.id]})
            if item.id in cleared and getattr(item, self.attribute) is None
            else item
            for item in getattr(session, self.field)
        ]


@dataclass(frozen=True)
class Pointer:
    """A field of a list's items that points at an item of another list of the session."""

    attribute: str
    """The field that holds the id pointed at ("lesson_id", "why_id")."""
    targets: Callable[[Session], Sequence[Identified]]
    """The list pointed into, as the session holds it."""

    def untie(self, session: Session, items: Sequence[Any], ids: frozenset[str]) -> list[Any]:
        """`items`, those of `ids` untied where what they point at is not in `session`."""
        there = {target.id for target in self.targets(session)}
        return [
            item.model_copy(update={self.attribute: None})
            if item.id in ids and getattr(item, self.attribute) not in there | {None}
            else item
            for item in items
        ]


def _remove_one(items: Sequence[Any], item_id: str) -> Removal[Any] | None:
    return remove_one(items, item_id)


@dataclass(frozen=True)
class SessionList(Generic[ItemT]):
    """One list a step edits: where it lives in the session, and how to add, change, delete."""

    read: Callable[[Session], list[ItemT]]
    """The list as the session holds it."""
    write: Callable[[Session, list[ItemT]], dict[str, Any]]
    """The session's field updates that store a new version of the list."""
    links: tuple[Link, ...] = ()
    """Other lists whose items point at this one's: a delete clears those links, undo restores."""
    take_out: Callable[[Sequence[ItemT], str], Removal[ItemT] | None] = _remove_one
    """What a delete takes out of the list (the whys take the answers under the one deleted)."""
    pointers: tuple[Pointer, ...] = ()
    """Fields of this list's items that point into another list: undo puts an item back
    untied when what it pointed at was deleted since (on another step), instead of refusing."""

    def add(self, session: Session, item: ItemT) -> Session:
        """The session with `item` added at the end."""
        return revised(session, **self.write(session, [*self.read(session), item]))

    def replace(self, session: Session, item: ItemT) -> Session:
        """The session with the item of `item`'s id replaced; unchanged if it has gone."""
        items = self.read(session)
        if index_of(items, item.id) is None:
            return session
        return revised(session, **self.write(session, replaced(items, item)))

    def delete(self, session: Session, item_id: str) -> Deleted | None:
        """Take the item out, and every link to it; None if it is not there."""
        removal = self.take_out(self.read(session), item_id)
        if removal is None:
            return None
        updates = self.write(session, removal.kept)
        entries, entry_links = unlink_entries(session.anonymous_entries, set(removal.gone))
        updates["anonymous_entries"] = entries
        cleared = {}
        for link in self.links:
            updates[link.field], cleared[link] = link.unlink(session, removal.gone)

        def restore(later: Session) -> Session:
            items = removal.put_back(self.read(later))
            for pointer in self.pointers:
                items = pointer.untie(later, items, removal.gone)
            back = self.write(later, items)
            back["anonymous_entries"] = relink_entries(later.anonymous_entries, entry_links)
            for link, old in cleared.items():
                back[link.field] = link.relink(later, old)
            return revised(later, **back)

        unlinked = sum(len(old) for old in cleared.values())
        return Deleted(revised(session, **updates), restore, item_id, len(removal.gone), unlinked)
