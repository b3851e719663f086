"""The rules of the lessons step: deleting and undoing a lesson, its kind, its cause's choice."""

import pytest

from workshop.content.lessons import CATEGORY_INFO, SUBTYPE_INFO, subtypes_of
from workshop.session import Action, AnonymousEntry, Lesson, Session, WhyNode
from workshop.steps.editing import Deleted
from workshop.steps.lessons import (
    CHOICE_WIDTH,
    LESSONS,
    cause_choices,
    cause_of,
    choice_text,
    kind_choices,
    kind_value,
    parse_kind,
    remedy_text,
)
from workshop.steps.whys import WHYS as WHYS_LIST
from workshop.vocabulary import (
    LESSON_CATEGORIES,
    SUBTYPE_CATEGORY,
    LessonCategory,
    LessonSubtype,
)

WHYS = [
    WhyNode(id="w1", answer="Few clicks on the emails"),
    WhyNode(id="w2", parent_id="w1", answer="Customer data [red]stale[/red]", root_cause=True),
    WhyNode(id="w3", parent_id="w1", answer="Subject lines\ntoo long"),
    WhyNode(id="w4", parent_id="w3", answer="Nobody tested them", root_cause=True),
]

KINDS: list[tuple[LessonCategory, LessonSubtype | None]] = [
    (category, None) for category in LESSON_CATEGORIES
] + [(category, subtype) for subtype, category in SUBTYPE_CATEGORY.items()]
"""Every category alone and every sub-type with its category."""


def lesson(lesson_id: str, **fields: object) -> Lesson:
    values: dict[str, object] = {"text": f"Lesson {lesson_id}", "category": "strategic"} | fields
    return Lesson(id=lesson_id, **values)


def action(action_id: str, lesson_id: str | None) -> Action:
    return Action(id=action_id, what=f"Do {action_id}", lesson_id=lesson_id)


def linked_session() -> Session:
    """Lessons l1, l2, l3; a1 and a3 put l1 into practice, a2 puts l2, a4 none."""
    return Session(
        whys=WHYS,
        lessons=[lesson("l1"), lesson("l2"), lesson("l3")],
        actions=[action("a1", "l1"), action("a2", "l2"), action("a3", "l1"), action("a4", None)],
    )


def links(session: Session) -> dict[str, str | None]:
    return {a.id: a.lesson_id for a in session.actions}


def delete(session: Session, lesson_id: str) -> Deleted:
    deleted = LESSONS.delete(session, lesson_id)
    assert deleted is not None
    return deleted


def test_delete_unlinks_exactly_the_lessons_actions() -> None:
    """Deleting l1 unlinks a1 and a3, leaves a2 on l2 and a4 unlinked, and counts two."""
    deleted = delete(linked_session(), "l1")
    assert [x.id for x in deleted.session.lessons] == ["l2", "l3"]
    assert links(deleted.session) == {"a1": None, "a2": "l2", "a3": None, "a4": None}
    assert deleted.unlinked == 2


def test_delete_of_a_missing_lesson_is_none() -> None:
    """A lesson that is not there is not deleted (the screen then does nothing)."""
    assert LESSONS.delete(linked_session(), "gone") is None


def test_restore_links_the_actions_again_after_other_edits() -> None:
    """Undo puts l1 back with a1 and a3 on it, keeping edits made since the delete."""
    deleted = delete(linked_session(), "l1")
    later = deleted.session
    edited = later.actions[0].model_copy(update={"owner": "Julie"})
    later = LESSONS.add(later, lesson("l4"))
    later = later.model_copy(update={"actions": [edited, *later.actions[1:]]})
    restored = deleted.restore(later)
    assert [x.id for x in restored.lessons] == ["l1", "l2", "l3", "l4"]
    assert links(restored) == {"a1": "l1", "a2": "l2", "a3": "l1", "a4": None}
    assert restored.actions[0].owner == "Julie"


def test_restore_leaves_an_action_tied_since_to_another_lesson() -> None:
    """An unlinked action the user tied to l2 after the delete stays on l2 after undo."""
    deleted = delete(linked_session(), "l1")
    retied = deleted.session.actions[0].model_copy(update={"lesson_id": "l2"})
    later = deleted.session.model_copy(update={"actions": [retied, *deleted.session.actions[1:]]})
    assert links(deleted.restore(later)) == {"a1": "l2", "a2": "l2", "a3": "l1", "a4": None}


def test_restore_skips_an_action_deleted_since() -> None:
    """Undo of the lesson does not bring back an action deleted after it."""
    deleted = delete(linked_session(), "l1")
    without_a3 = [a for a in deleted.session.actions if a.id != "a3"]
    later = deleted.session.model_copy(update={"actions": without_a3})
    assert links(deleted.restore(later)) == {"a1": "l1", "a2": "l2", "a4": None}


def test_restore_puts_the_lesson_back_where_it_stood() -> None:
    """The lesson goes back to its place, even when another lesson was added since."""
    deleted = delete(linked_session(), "l2")
    later = LESSONS.add(deleted.session, lesson("l4"))
    assert [x.id for x in deleted.restore(later).lessons] == ["l1", "l2", "l3", "l4"]


def test_restore_after_the_list_grew_shorter_puts_the_lesson_last() -> None:
    """When lessons were deleted since, the lesson goes back at the end of what is left."""
    first = delete(linked_session(), "l3")
    later = delete(delete(first.session, "l1").session, "l2").session
    assert [x.id for x in first.restore(later).lessons] == ["l3"]


def test_undo_after_its_cause_was_deleted_puts_the_lesson_back_untied() -> None:
    """Lesson l1 deleted on the lessons step, then its why on the whys step: undoing the lesson
    puts it back without a cause, rather than refusing it for pointing at nothing."""
    session = linked_session().model_copy(
        update={"lessons": [lesson("l1", why_id="w4"), lesson("l2", why_id="w2")]}
    )
    deleted = delete(session, "l1")
    why_gone = WHYS_LIST.delete(deleted.session, "w3")  # takes w4, the answer under it
    assert why_gone is not None
    restored = deleted.restore(why_gone.session)
    assert [(x.id, x.why_id) for x in restored.lessons] == [("l1", None), ("l2", "w2")]
    assert links(restored)["a1"] == "l1"


def test_delete_of_a_lesson_linked_from_the_round_is_allowed() -> None:
    """A lesson an anonymous entry is tied to can be deleted; the entry loses only that link."""
    entry = AnonymousEntry(id="e1", prompt="Why?", text="Stale data", links=["w2", "l1"])
    session = linked_session().model_copy(update={"anonymous_entries": [entry]})
    deleted = delete(session, "l1")
    assert deleted.session.anonymous_entries[0].links == ["w2"]


def test_undo_ties_the_round_entry_to_the_lesson_again() -> None:
    """Undo gives the anonymous entry its link to the lesson back."""
    entry = AnonymousEntry(id="e1", prompt="Why?", text="Stale data", links=["w2", "l1"])
    session = linked_session().model_copy(update={"anonymous_entries": [entry]})
    deleted = delete(session, "l1")
    assert deleted.restore(deleted.session).anonymous_entries[0].links == ["w2", "l1"]


@pytest.mark.parametrize(("category", "subtype"), KINDS)
def test_kind_value_reads_back_as_the_same_kind(
    category: LessonCategory, subtype: LessonSubtype | None
) -> None:
    """Every category, alone or with each of its sub-types, survives kind_value then parse_kind."""
    assert parse_kind(kind_value(category, subtype)) == (category, subtype)


def test_kind_values_tell_every_kind_apart() -> None:
    """No two kinds share a value (else the choice would save the wrong one)."""
    values = [kind_value(category, subtype) for category, subtype in KINDS]
    assert len(set(values)) == len(KINDS) == len(LESSON_CATEGORIES) + len(SUBTYPE_INFO)


@pytest.mark.parametrize("value", ["", "strategy", "strategic/tones", "/segmentation"])
def test_parse_kind_refuses_what_names_no_kind(value: str) -> None:
    """A value naming no category, or a sub-type that does not exist, is a ValueError."""
    with pytest.raises(ValueError, match="not a lesson kind"):
        parse_kind(value)


def test_kind_choices_list_each_category_then_its_sub_types() -> None:
    """The choice offers every kind once: each category alone, then its sub-types."""
    expected = []
    for category in LESSON_CATEGORIES:
        expected.append(category)
        expected.extend(f"{category}/{info.id}" for info in subtypes_of(category))
    assert [value for _, value in kind_choices("en")] == expected


def test_kind_choices_speak_the_language() -> None:
    """Labels name the category then the sub-type, or the category alone as such, in French."""
    labels = {value: label for label, value in kind_choices("fr")}
    strategic = CATEGORY_INFO["strategic"].label.fr
    assert labels["strategic"] == f"{strategic} (sans sous-type)"
    subtype = SUBTYPE_INFO["segmentation"].label.fr
    assert labels["strategic/segmentation"] == f"{strategic} › {subtype}"  # noqa: RUF001


def test_root_causes_come_first_in_the_cause_choice() -> None:
    """The cause choice lists the root causes first, in tree order and marked, then the others."""
    choices = cause_choices(Session(whys=WHYS))
    assert [value for _, value in choices] == ["w2", "w4", "w1", "w3"]
    marked = [label.startswith("★ ") for label, _ in choices]
    assert marked == [True, True, False, False]


def test_causes_are_offered_as_typed_on_one_line() -> None:
    """A cause keeps its brackets (the dialog shows text, not markup) and loses its newlines."""
    labels = {value: label for label, value in cause_choices(Session(whys=WHYS))}
    assert labels["w2"] == "★ Customer data [red]stale[/red]"
    assert labels["w3"] == "Subject lines too long"


def test_choice_text_is_cut_to_fit_the_dialog() -> None:
    """A long typed text is cut to CHOICE_WIDTH characters, an ellipsis last."""
    text = choice_text("word " * 30)
    assert len(text) == CHOICE_WIDTH and text.endswith("…")


def test_cause_of_a_lesson_is_its_whys_answer() -> None:
    """A lesson shows the answer it comes from; without a why, nothing."""
    session = Session(whys=WHYS)
    assert cause_of(session, lesson("l1", why_id="w4")) == "Nobody tested them"
    assert cause_of(session, lesson("l2")) == ""


def test_remedy_of_a_sub_type_in_both_languages() -> None:
    """A sub-type brings its usual remedy, introduced in the interface language."""
    info = SUBTYPE_INFO["tracking"]
    assert remedy_text("operational/tracking", "en") == f"Usual remedy: {info.remedy.en}"
    assert remedy_text("operational/tracking", "fr") == f"Remède habituel : {info.remedy.fr}"


def test_a_category_alone_has_no_remedy() -> None:
    """A category without sub-type asks for one; nothing chosen yet shows nothing."""
    assert remedy_text("operational", "en").startswith("No sub-type: choose one")
    assert remedy_text("", "en") == ""
