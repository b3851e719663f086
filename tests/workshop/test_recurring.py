"""Grouping the root causes that keep coming back across sessions."""

from datetime import date

from workshop.board.recurring import normalise, recurring_causes
from workshop.session import Lesson, Session, WhyNode


def with_cause(answer: str, *, subtype: str | None = None, start: date | None = None) -> Session:
    """A session whose one root cause is `answer`, optionally tied to a lesson sub-type."""
    whys = [WhyNode(id="w", answer=answer, root_cause=True)]
    lessons = []
    if subtype is not None:
        lessons = [Lesson(id="l", text="x", category="strategic", subtype=subtype, why_id="w")]  # type: ignore[arg-type]
    return Session(whys=whys, lessons=lessons, case={"period_start": start})  # type: ignore[arg-type]


def test_normalise_ignores_case_accents_punctuation_and_spacing() -> None:
    """French accents, capitals and punctuation do not make two answers different."""
    assert normalise("Données clients  OBSOLÈTES !") == normalise("donnees clients obsoletes")
    assert normalise("Customer-data, out of date.") == "customer data out of date"


def test_the_same_answer_in_several_sessions_is_one_recurring_cause() -> None:
    """Answers that say the same thing are counted together, with the earliest date."""
    sessions = [
        with_cause("Données clients obsolètes", start=date(2026, 3, 1)),
        with_cause("donnees clients obsoletes.", start=date(2026, 1, 15)),
        with_cause("Budget spread too thin", start=date(2026, 2, 1)),
    ]
    top = recurring_causes(sessions)
    assert [(g.count, g.since) for g in top] == [(2, date(2026, 1, 15)), (1, date(2026, 2, 1))]
    assert top[0].answers == ["Données clients obsolètes", "donnees clients obsoletes."]


def test_causes_with_the_same_lesson_subtype_group_together() -> None:
    """Different wordings tied to the same sub-type are one cause."""
    sessions = [
        with_cause("Wrong segment", subtype="segmentation"),
        with_cause("We targeted the wrong people", subtype="segmentation"),
        with_cause("Stale data"),
    ]
    top = recurring_causes(sessions)
    assert top[0].subtype == "segmentation" and top[0].count == 2
    assert top[1].key == "text:stale data" and top[1].count == 1


def test_an_untied_answer_joins_the_subtype_of_the_same_answer() -> None:
    """'Wrong segment' left without a lesson joins the group where it was tied to a sub-type."""
    sessions = [
        with_cause("Wrong segment", subtype="segmentation"),
        with_cause("WRONG segment!"),
        with_cause("Stale data"),
    ]
    top = recurring_causes(sessions)
    assert top[0].subtype == "segmentation" and top[0].count == 2
    assert top[0].answers == ["Wrong segment", "WRONG segment!"]
    assert [group.key for group in top[1:]] == ["text:stale data"]


def test_a_session_counts_once_per_cause() -> None:
    """Two root causes of one session that read the same count as one session."""
    session = Session(
        whys=[
            WhyNode(id="a", answer="Stale data", root_cause=True),
            WhyNode(id="b", answer="stale data!", root_cause=True),
        ]
    )
    assert [g.count for g in recurring_causes([session])] == [1]


def test_a_cause_is_named_by_its_most_typed_wording() -> None:
    """The name is the spelling most sessions used, not whichever came first."""
    sessions = [
        with_cause("donnees clients OBSOLETES !"),
        with_cause("Données clients obsolètes"),
        with_cause("Données  clients obsolètes"),
    ]
    assert recurring_causes(sessions)[0].wording == "Données clients obsolètes"


def test_on_a_tie_the_earliest_spelling_names_the_cause_whatever_the_order() -> None:
    """Two spellings typed once each: the one typed in the earlier session names the cause, so
    the name does not change with the order the sessions are listed in."""
    sessions = [
        with_cause("donnees clients obsoletes !", start=date(2026, 3, 5)),
        with_cause("Données clients obsolètes", start=date(2026, 1, 10)),
    ]
    for order in (sessions, sessions[::-1]):
        assert recurring_causes(order)[0].wording == "Données clients obsolètes"
