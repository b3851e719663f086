"""A draft held after a conflict: what it changes from the stored session, and its copy.

When another window saved the same session, the edits made here since are not written: they are
a draft. Before the user reloads (and so drops the draft), they are told which parts of the
session the draft changes, and may keep the draft as a session of its own.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from pydantic import BaseModel

from workshop.phrase import Phrase
from workshop.session import Session
from workshop.vocabulary import Language

PARTS: Final[Mapping[str, Phrase]] = {
    "case": Phrase(en="the case", fr="le cas"),
    "signals": Phrase(en="warning signals", fr="signaux d'alerte"),
    "problem": Phrase(en="the problem statement", fr="l'énoncé du problème"),
    "whys": Phrase(en="why tree", fr="arbre des pourquoi"),
    "swot": Phrase(en="reverse SWOT", fr="SWOT inversé"),
    "round": Phrase(en="the anonymous round's set-up", fr="la préparation du tour anonyme"),
    "anonymous_entries": Phrase(en="anonymous entries", fr="contributions anonymes"),
    "biases": Phrase(en="biases", fr="biais"),
    "lessons": Phrase(en="lessons", fr="leçons"),
    "actions": Phrase(en="actions", fr="actions"),
    "notes": Phrase(en="private notes", fr="notes privées"),
    "skipped": Phrase(en="skipped steps", fr="étapes passées"),
    "step": Phrase(en="the current step", fr="l'étape en cours"),
    "mode": Phrase(en="the mode", fr="le mode"),
    "language": Phrase(en="the session's language", fr="la langue de la session"),
}
"""The parts of a session a draft can change, in the order they are named, by field name."""

COPY_TITLE = Phrase(en="{title} (draft copy)", fr="{title} (copie du brouillon)")
UNTITLED_COPY = Phrase(en="Draft copy", fr="Copie du brouillon")

_LISTS: Final = ("whys", "swot", "anonymous_entries", "lessons", "actions")
_KEYED: Final = ("signals", "biases")


@dataclass(frozen=True, slots=True)
class DraftChange:
    """One part of the session that the draft holds differently from the stored session."""

    part: str
    """The session's field, a key of PARTS."""
    items: int | None = None
    """For a list or a checklist: how many of its items were added, removed or changed."""

    def label(self, language: Language) -> str:
        """The part in the user's words, with the count of items where there is one."""
        name = PARTS[self.part].text(language)
        return name if self.items is None else f"{name} ({self.items})"


def draft_changes(draft: Session, stored: Session) -> list[DraftChange]:
    """Where `draft` and `stored` differ, part by part (what reloading drops); empty if nowhere."""
    changes: list[DraftChange] = []
    for part in PARTS:
        mine, theirs = getattr(draft, part), getattr(stored, part)
        if part in _LISTS:
            count = _items_differing(mine, theirs)
            if count:
                changes.append(DraftChange(part, count))
        elif part in _KEYED:
            count = _keys_differing(mine, theirs)
            if count:
                changes.append(DraftChange(part, count))
        elif mine != theirs:
            changes.append(DraftChange(part))
    return changes


def changes_sentence(changes: Sequence[DraftChange], language: Language) -> str:
    """The changes as one line to read: "why tree (2), lessons (1)"."""
    return ", ".join(change.label(language) for change in changes)


def copy_title(title: str, language: Language) -> str:
    """The title of the session that keeps a draft: the original's, marked as a draft copy."""
    title = title.strip()
    return COPY_TITLE.text(language).format(title=title) if title else UNTITLED_COPY.text(language)


def draft_copy(draft: Session, language: Language, now: datetime) -> Session:
    """The draft as a session of its own, titled as a draft copy and changed `now` (so it lists
    among the latest); storage gives it a new id."""
    case = draft.case.model_copy(update={"campaign": copy_title(draft.title, language)})
    return draft.model_copy(update={"case": case, "revision": 0, "updated_at": now})


def _items_differing(mine: Sequence[BaseModel], theirs: Sequence[BaseModel]) -> int:
    """Items only in one list, or in both but different (matched by id); a reorder counts one."""
    ours = {getattr(item, "id", str(i)): item for i, item in enumerate(mine)}
    other = {getattr(item, "id", str(i)): item for i, item in enumerate(theirs)}
    count = sum(1 for key in ours.keys() | other.keys() if ours.get(key) != other.get(key))
    if count == 0 and list(ours) != list(other):
        return 1  # same items, another order: the why tree's siblings keep their order
    return count


def _keys_differing(mine: Mapping[str, BaseModel], theirs: Mapping[str, BaseModel]) -> int:
    return sum(1 for key in mine.keys() | theirs.keys() if mine.get(key) != theirs.get(key))
