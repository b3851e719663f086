"""What a session's summary reads from its stored document, without validating it whole."""

from datetime import date

from workshop.board.follow_up import pending_actions
from workshop.board.summaries import SessionSummary
from workshop.sample import sample_session
from workshop.session import Action, Session


def document(*actions: dict[str, object]) -> dict[str, object]:
    return {**Session().model_dump(mode="json"), "actions": list(actions)}


def test_summary_keeps_the_open_actions_only() -> None:
    """Done, dropped and carried actions stay out of the summary; open ones are kept whole."""
    session = sample_session("en")
    summary = SessionSummary.from_document(session.model_dump(mode="json"))
    assert summary.actions == tuple(a for a in session.actions if a.status == "open")
    assert len(summary.actions) == 4


def test_a_damaged_action_is_left_out_and_the_others_kept() -> None:
    """An action a hand edit broke (a bad date) does not hide the session's other actions."""
    good = Action(what="Call Karim").model_dump(mode="json")
    summary = SessionSummary.from_document(document({"what": "x", "due": "soon"}, good))
    assert [a.what for a in summary.actions] == ["Call Karim"]


def test_a_summary_without_actions_has_none() -> None:
    """A document whose actions field is missing or not a list gives no actions."""
    assert SessionSummary.from_document({"id": "x"}).actions == ()
    assert SessionSummary.from_document({"id": "x", "actions": "oops"}).actions == ()


def test_summaries_and_sessions_give_the_same_follow_up() -> None:
    """The follow-up list is the same from the summaries as from the whole sessions."""
    sessions = [sample_session("en"), sample_session("fr")]
    summaries = [SessionSummary.from_document(s.model_dump(mode="json")) for s in sessions]
    today = date(2026, 5, 20)
    assert pending_actions(summaries, today) == pending_actions(sessions, today)
