"""Causes that keep coming back: root causes of many sessions, grouped when they say the same.

Two root causes are the same cause when a lesson ties both to the same lesson sub-type (say,
"wrong audience segmentation"), or when their answers read the same once case, accents,
punctuation and spacing are set aside ("Données clients obsolètes" and "donnees clients
obsoletes !").
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from workshop.session import Session, WhyNode
from workshop.vocabulary import LessonSubtype

_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """`text` without case, accents, punctuation or extra spaces, for comparing answers."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_WORD.sub(" ", bare).split())


@dataclass
class RecurringCause:
    """One cause and the sessions it was a root cause in."""

    key: str
    """The sub-type ("subtype:segmentation") or the normalised answer ("text:...")."""
    subtype: LessonSubtype | None
    answers: list[str] = field(default_factory=list)
    """The root-cause answers as typed, one per occurrence."""
    session_ids: list[str] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)

    @property
    def count(self) -> int:
        """In how many sessions the cause was a root cause."""
        return len(set(self.session_ids))

    @property
    def since(self) -> date | None:
        """The earliest session date it appeared in."""
        return min(self.dates) if self.dates else None

    @property
    def wording(self) -> str:
        """The answer as most often typed, the earliest typed on a tie: the cause's name.

        The earliest, not the first in the list: the list follows the sessions' order, which
        the caller chooses, and the name must not change with it.
        """
        spellings = [" ".join(answer.split()) for answer in self.answers]
        typed = Counter(spellings)
        first_typed: dict[str, date] = {}
        for spelling, when in sorted(zip(spellings, self.dates, strict=True), key=lambda p: p[1]):
            first_typed.setdefault(spelling, when)
        return min(typed, key=lambda s: (-typed[s], first_typed[s], s), default="")

    @property
    def last(self) -> date | None:
        """The latest session date it appeared in."""
        return max(self.dates) if self.dates else None


def recurring_causes(sessions: Iterable[Session]) -> list[RecurringCause]:
    """Every root cause of `sessions`, grouped, the most frequent first.

    An answer with no sub-type joins the sub-type group of an answer that reads the same, so
    "Stale data" tied to a lesson in one session and left untied in another is one cause.
    """
    occurrences: list[tuple[Session, WhyNode, LessonSubtype | None, str]] = []
    subtype_of_text: dict[str, LessonSubtype] = {}
    for session in sessions:
        # A cause several lessons come from is filed under the first one's sub-type.
        subtypes: dict[str, LessonSubtype] = {}
        for lesson in session.lessons:
            if lesson.why_id is not None and lesson.subtype is not None:
                subtypes.setdefault(lesson.why_id, lesson.subtype)
        for node in session.root_causes:
            subtype, text = subtypes.get(node.id), normalise(node.answer)
            occurrences.append((session, node, subtype, text))
            if subtype is not None:
                subtype_of_text.setdefault(text, subtype)
    groups: dict[str, RecurringCause] = {}
    for session, node, subtype, text in occurrences:
        subtype = subtype or subtype_of_text.get(text)
        key = f"subtype:{subtype}" if subtype else f"text:{text}"
        group = groups.setdefault(key, RecurringCause(key, subtype))
        group.answers.append(node.answer)
        group.session_ids.append(session.id)
        group.dates.append(session.case.period_start or session.created_at.date())
    return sorted(groups.values(), key=lambda g: (-g.count, g.since or date.max, g.key))
