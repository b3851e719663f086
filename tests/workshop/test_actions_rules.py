"""The rules of the actions step: the SMART check in words, undoing a delete, leaving the step."""

from datetime import date

from workshop.session import Action, Lesson, Session
from workshop.steps.actions import (
    ACTIONS,
    NO_ACTION_QUESTION,
    UNASSIGNED_QUESTION,
    draft_gaps,
    gaps_text,
    leaving_question,
    smart_sentence,
    unassigned_count,
)
from workshop.steps.editing import Deleted
from workshop.steps.lessons import LESSONS

OWNED = Action(
    id="a1",
    what="Rebuild the segment",
    owner="Julie",
    due=date(2026, 5, 1),
    kpi="Conversion",
    target="3%",
)
LESSON = Lesson(id="l1", text="Personas from real data", category="strategic")


def owned(action_id: str, **changes: object) -> Action:
    return OWNED.model_copy(update={"id": action_id, **changes})


def delete(session: Session, action_id: str) -> Deleted:
    deleted = ACTIONS.delete(session, action_id)
    assert deleted is not None
    return deleted


def test_gaps_in_a_few_words_in_english() -> None:
    """The table's column names each gap in a word, after a cross."""
    assert gaps_text(["owner", "due", "measure", "verb"], "en") == "✗ owner, date, target, verb"


def test_gaps_in_a_few_words_in_french() -> None:
    """In French the column says resp., date, cible, verbe."""
    assert gaps_text(["owner", "due"], "fr") == "✗ resp., date"


def test_no_gap_is_marked_smart() -> None:
    """An action that lacks nothing is marked SMART in the column."""
    assert gaps_text([], "en") == "✓ SMART"


def test_smart_sentence_names_every_gap_in_english() -> None:
    """The detail's sentence lists what is missing, in the check's order."""
    sentence = smart_sentence(["owner", "due", "measure", "verb"], "en")
    assert sentence == "SMART check: no owner, no date, no measurable target, no verb."


def test_smart_sentence_names_the_gaps_in_french() -> None:
    """In French the sentence is spaced before its colon."""
    assert smart_sentence(["owner", "due"], "fr") == (
        "Contrôle SMART : sans responsable, sans échéance."
    )


def test_smart_sentence_of_a_complete_action_says_all_is_there() -> None:
    """Nothing missing: the sentence says so, in either language."""
    assert smart_sentence([], "en").endswith("are all there.")
    assert smart_sentence([], "fr").endswith("sont tous là.")


def test_draft_gaps_follow_the_form_as_typed() -> None:
    """A verb and an owner typed so far leave the date and the target missing."""
    assert draft_gaps({"what": "Rebuild", "owner": "Lea"}) == ["due", "measure"]


def test_draft_with_a_date_that_does_not_parse_has_no_date() -> None:
    """A due date half typed counts as no date rather than breaking the check."""
    texts = {"what": "Fix it", "owner": "Lea", "due": "2026-06", "kpi": "CTR", "target": "4%"}
    assert draft_gaps(texts) == ["due"]
    assert draft_gaps({**texts, "due": "2026-06-30"}) == []


def test_leaving_with_no_action_asks() -> None:
    """A post-mortem with no action asks before leaving."""
    assert leaving_question(Session()) is NO_ACTION_QUESTION


def test_leaving_with_an_unowned_open_action_asks_how_many() -> None:
    """Open actions nobody owns (a blank owner counts) are asked about, with their number."""
    session = Session(actions=[owned("a1", owner=" "), owned("a2"), owned("a3", owner="")])
    assert leaving_question(session) is UNASSIGNED_QUESTION
    assert unassigned_count(session) == 2


def test_leaving_with_every_open_action_owned_asks_nothing() -> None:
    """Owned open actions, and closed ones with no owner, let the step go without a question."""
    closed = owned("a2", owner="", status="done")
    assert leaving_question(Session(actions=[owned("a1"), closed])) is None


def test_leaving_a_skipped_step_asks_nothing() -> None:
    """A step the facilitator skipped is left without a question, even with no action."""
    assert leaving_question(Session(skipped=["actions"])) is None


def test_undo_puts_the_action_back_where_it_stood() -> None:
    """A deleted action goes back to its place, with edits made since kept."""
    session = Session(actions=[owned("a1"), owned("a2"), owned("a3")])
    deleted = delete(session, "a2")
    later = ACTIONS.replace(deleted.session, owned("a3", owner="Tom"))
    restored = deleted.restore(later)
    assert [(a.id, a.owner) for a in restored.actions] == [
        ("a1", "Julie"),
        ("a2", "Julie"),
        ("a3", "Tom"),
    ]


def test_undo_keeps_the_lesson_the_action_put_into_practice() -> None:
    """An undone delete ties the action to its lesson again while that lesson is there."""
    session = Session(lessons=[LESSON], actions=[owned("a1", lesson_id="l1")])
    deleted = delete(session, "a1")
    assert deleted.restore(deleted.session).actions[0].lesson_id == "l1"


def test_undo_after_its_lesson_was_deleted_puts_the_action_back_untied() -> None:
    """When its lesson has gone since, the action comes back without a lesson, not refused."""
    session = Session(lessons=[LESSON], actions=[owned("a1", lesson_id="l1"), owned("a2")])
    deleted = delete(session, "a1")
    lesson_gone = LESSONS.delete(deleted.session, "l1")
    assert lesson_gone is not None
    restored = deleted.restore(lesson_gone.session)
    assert [(a.id, a.lesson_id) for a in restored.actions] == [("a1", None), ("a2", None)]
