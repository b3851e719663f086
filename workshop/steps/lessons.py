"""Lessons learned: each one classified (category, sub-type) and tied to the cause it comes from.

A lesson's kind is chosen in one list, "Category > Sub-type" (plus the category alone, for a
lesson that fits no sub-type): the choice can never pair a sub-type with the wrong category.
Its value is "category/sub-type", or the category alone (`kind_value`, `parse_kind`).
"""

from workshop.content import lessons as lesson_content
from workshop.phrase import Phrase
from workshop.session import Lesson, Session
from workshop.steps.editing import Link, Pointer, SessionList
from workshop.typed_text import one_line
from workshop.vocabulary import (
    LESSON_CATEGORIES,
    LESSON_SUBTYPES,
    Language,
    LessonCategory,
    LessonSubtype,
)

SEPARATOR = " › "  # noqa: RUF001 - the angle quote reads as "within" in both languages
"""Between a category and one of its sub-types in the kind's choice."""
CATEGORY_ONLY = Phrase(en="{category} (no sub-type)", fr="{category} (sans sous-type)")
REMEDY = Phrase(en="Usual remedy: {remedy}", fr="Remède habituel : {remedy}")
NO_REMEDY = Phrase(
    en="No sub-type: choose one to see its usual remedy.",
    fr="Sans sous-type : choisissez-en un pour voir son remède habituel.",
)
ROOT_MARK = "★ "
"""Marks, in the cause's choice, the answers held as root causes."""
CHOICE_WIDTH = 48
"""Typed answers in a choice are cut to one line that fits the dialog."""

LESSONS: SessionList[Lesson] = SessionList(
    read=lambda session: list(session.lessons),
    write=lambda _, items: {"lessons": items},
    links=(Link("actions", "lesson_id"),),
    pointers=(Pointer("why_id", lambda session: session.whys),),
)
"""The lessons of a session; a delete unlinks the actions that put the lesson into practice
(undo links them again) and unties the round's entries from it. Undo puts a lesson back
untied from its cause when that why was deleted since."""


def choice_text(text: str, width: int = CHOICE_WIDTH) -> str:
    """Typed text as a choice label, on one line (the dialog shows labels as plain text)."""
    return one_line(text, width)


def kind_value(category: LessonCategory, subtype: LessonSubtype | None) -> str:
    """The choice's value for a category and sub-type: "strategic/segmentation" or "strategic"."""
    return category if subtype is None else f"{category}/{subtype}"


def parse_kind(value: str) -> tuple[LessonCategory, LessonSubtype | None]:
    """The category and sub-type a choice's value stands for (see kind_value); ValueError when
    it names no category, or a sub-type that does not exist."""
    category_text, _, subtype_text = value.partition("/")
    category = next((c for c in LESSON_CATEGORIES if c == category_text), None)
    subtype = next((s for s in LESSON_SUBTYPES if s == subtype_text), None)
    if category is None or (subtype_text and subtype is None):
        raise ValueError(f"not a lesson kind: {value!r}")
    return category, subtype


def kind_choices(language: Language) -> list[tuple[str, str]]:
    """Each category alone, then each of its sub-types as "Category > Sub-type"."""
    choices: list[tuple[str, str]] = []
    for category in LESSON_CATEGORIES:
        label = lesson_content.CATEGORY_INFO[category].label.text(language)
        choices.append((CATEGORY_ONLY.text(language).format(category=label), category))
        for info in lesson_content.subtypes_of(category):
            subtype_label = info.label.text(language)
            choices.append((f"{label}{SEPARATOR}{subtype_label}", kind_value(category, info.id)))
    return choices


def cause_choices(session: Session) -> list[tuple[str, str]]:
    """The why answers, root causes first (marked), each cut to one line."""
    ordered = session.root_causes + [node for node in session.whys if not node.root_cause]
    return [
        ((ROOT_MARK if node.root_cause else "") + choice_text(node.answer), node.id)
        for node in ordered
    ]


def cause_of(session: Session, lesson: Lesson) -> str:
    """The answer of the why `lesson` comes from, as typed; empty when it has none."""
    return next((node.answer for node in session.whys if node.id == lesson.why_id), "")


def remedy_text(value: str, language: Language) -> str:
    """The remedy hint for a choice's value or a lesson's kind; empty when nothing is chosen."""
    if not value:
        return ""
    _, subtype = parse_kind(value)
    if subtype is None:
        return NO_REMEDY.text(language)
    return REMEDY.text(language).format(
        remedy=lesson_content.SUBTYPE_INFO[subtype].remedy.text(language)
    )
