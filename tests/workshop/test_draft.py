"""A draft after a conflict: what it changes from the stored session, and how its copy is named."""

from datetime import UTC, datetime

from workshop.case import CampaignCase
from workshop.session import Lesson, Session, SignalCheck, WhyNode
from workshop.steps.draft import (
    DraftChange,
    changes_sentence,
    copy_title,
    draft_changes,
    draft_copy,
)


def stored_session() -> Session:
    return Session(
        case=CampaignCase(campaign="Spring launch"),
        problem="Sales fell",
        whys=[WhyNode(id="w1", answer="Wrong audience"), WhyNode(id="w2", answer="Late")],
    )


def test_a_draft_equal_to_the_stored_session_changes_nothing() -> None:
    """Nothing would be lost by reloading a draft that holds what is stored."""
    stored = stored_session()
    assert draft_changes(stored.model_copy(update={"revision": 7}), stored) == []


def test_a_changed_text_is_named_without_a_count() -> None:
    """A changed problem statement is named as a part, with no count."""
    stored = stored_session()
    draft = stored.model_copy(update={"problem": "Sales fell by half"})
    assert draft_changes(draft, stored) == [DraftChange("problem")]


def test_list_items_added_removed_or_changed_are_counted() -> None:
    """One why added, one changed: the why tree differs by two answers."""
    stored = stored_session()
    whys = [
        WhyNode(id="w1", answer="Wrong audience entirely"),
        stored.whys[1],
        WhyNode(id="w3", answer="No budget", parent_id="w2"),
    ]
    draft = stored.model_copy(update={"whys": whys})
    assert draft_changes(draft, stored) == [DraftChange("whys", 2)]


def test_a_removed_item_counts() -> None:
    """A lesson that the stored session has and the draft lost is a change."""
    stored = stored_session().model_copy(
        update={"lessons": [Lesson(text="Test early", category="operational")]}
    )
    draft = stored.model_copy(update={"lessons": []})
    assert draft_changes(draft, stored) == [DraftChange("lessons", 1)]


def test_a_reordered_list_counts_once() -> None:
    """Siblings moved but none changed: the why tree is still named as changed."""
    stored = stored_session()
    draft = stored.model_copy(update={"whys": list(reversed(stored.whys))})
    assert draft_changes(draft, stored) == [DraftChange("whys", 1)]


def test_checked_signals_are_counted_by_signal() -> None:
    """Each signal judged differently counts once."""
    stored = stored_session()
    draft = stored.model_copy(update={"signals": {"low_roi": SignalCheck(checked=True)}})
    assert draft_changes(draft, stored) == [DraftChange("signals", 1)]


def test_changes_read_as_one_line_in_each_language() -> None:
    """The changes are listed in the session's order, in English and in French."""
    changes = [DraftChange("problem"), DraftChange("whys", 2)]
    assert changes_sentence(changes, "en") == "the problem statement, why tree (2)"
    assert changes_sentence(changes, "fr") == "l'énoncé du problème, arbre des pourquoi (2)"


def test_the_copy_is_titled_as_a_draft_copy() -> None:
    """The copy keeps the campaign's name and says it is a draft copy."""
    assert copy_title(" Spring launch ", "en") == "Spring launch (draft copy)"
    assert copy_title("Spring launch", "fr") == "Spring launch (copie du brouillon)"
    assert copy_title("", "en") == "Draft copy"


def test_the_copy_holds_the_draft_under_its_new_title() -> None:
    """Everything of the draft is in the copy; only the title, revision and time differ."""
    draft = stored_session().model_copy(update={"problem": "Sales fell by half", "revision": 4})
    now = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)
    copy = draft_copy(draft, "en", now)
    assert copy.title == "Spring launch (draft copy)"
    assert copy.revision == 0
    assert copy.updated_at == now
    assert copy.problem == "Sales fell by half"
    assert copy.whys == draft.whys
    assert draft.title == "Spring launch"  # the draft itself is untouched
