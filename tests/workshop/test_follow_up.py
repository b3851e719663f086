"""Following up actions: which are pending, each way of closing one, and what the export shows."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from markdown_it.token import Token

from tests.workshop.markdown_tree import tokens
from workshop.board.follow_up import (
    ActionNotOpenError,
    carry,
    drop,
    mark_done,
    pending_actions,
    reopen,
)
from workshop.case import CampaignCase
from workshop.export.markdown import session_markdown
from workshop.session import Action, Lesson, Session
from workshop.vocabulary import ActionStatus, Language

TODAY = date(2026, 5, 2)
DUE = date(2026, 4, 30)


def spring(language: Language = "en") -> Session:
    """A session with two open actions, the first tied to a lesson."""
    return Session(
        language=language,
        case=CampaignCase(campaign="Spring sale"),
        lessons=[Lesson(id="lesson", text="Know the segment", category="strategic")],
        actions=[
            Action(
                id="crm",
                what="Clean the CRM",
                owner="Ana",
                due=DUE,
                kpi="Bounce rate",
                target="under 2%",
                follow_up=date(2026, 6, 1),
                ab_test=True,
                lesson_id="lesson",
            ),
            Action(id="tracking", what="Fix tracking", owner="Bo"),
        ],
    )


def autumn() -> Session:
    """A later session with no actions yet, to carry actions into."""
    return Session(case=CampaignCase(campaign="Autumn launch"))


def closed(what: str, status: ActionStatus) -> Action:
    """An action already closed with `status`."""
    carried_to = "elsewhere" if status == "carried" else None
    return Action(id=what, what=what, status=status, closed_on=TODAY, carried_to=carried_to)


def titled(title: str, *actions: Action) -> Session:
    return Session(case=CampaignCase(campaign=title), actions=list(actions))


def action_of(session: Session, action_id: str) -> Action:
    return next(a for a in session.actions if a.id == action_id)


# -- pending actions ----------------------------------------------------------------------


def test_pending_actions_leave_out_closed_actions() -> None:
    """Done, dropped and carried actions are not pending; open ones are."""
    session = titled(
        "Mixed",
        Action(id="open", what="Still open"),
        closed("Done", "done"),
        closed("Dropped", "dropped"),
        closed("Carried", "carried"),
    )
    assert [p.action.what for p in pending_actions([session], TODAY)] == ["Still open"]


def test_pending_actions_leave_out_the_excluded_session() -> None:
    """The session being started is excluded: its own actions are not follow-ups."""
    earlier = titled("Earlier", Action(what="From earlier"))
    current = titled("Current", Action(what="From now"))
    pending = pending_actions([earlier, current], TODAY, exclude=current.id)
    assert [(p.session_id, p.session_title, p.action.what) for p in pending] == [
        (earlier.id, "Earlier", "From earlier")
    ]


def test_pending_actions_come_most_overdue_first_then_by_due_date() -> None:
    """The most days late first; then open actions by due date; undated ones last."""
    session = titled(
        "Many",
        Action(what="Undated"),
        Action(what="Due next week", due=TODAY + timedelta(days=7)),
        Action(what="Two days late", due=TODAY - timedelta(days=2)),
        Action(what="Due today", due=TODAY),
        Action(what="A month late", due=TODAY - timedelta(days=30)),
    )
    pending = pending_actions([session], TODAY)
    assert [(p.action.what, p.overdue, p.days_late) for p in pending] == [
        ("A month late", True, 30),
        ("Two days late", True, 2),
        ("Due today", False, 0),
        ("Due next week", False, 0),
        ("Undated", False, 0),
    ]


def test_pending_actions_of_several_sessions_are_ordered_together() -> None:
    """Lateness orders actions across sessions, not session by session."""
    first = titled("First", Action(what="Slightly late", due=TODAY - timedelta(days=1)))
    second = titled("Second", Action(what="Very late", due=TODAY - timedelta(days=9)))
    pending = pending_actions([first, second], TODAY)
    assert [p.session_title for p in pending] == ["Second", "First"]


# -- closing an action --------------------------------------------------------------------


def test_mark_done_records_the_result_whether_the_target_was_met_and_the_day() -> None:
    """Done: status done, the result as typed (trimmed), target_met and closed_on kept."""
    done = action_of(
        mark_done(spring(), "crm", result="  Bounce rate 1.4%  ", target_met=True, today=TODAY),
        "crm",
    )
    assert (done.status, done.result, done.target_met, done.closed_on) == (
        "done",
        "Bounce rate 1.4%",
        True,
        TODAY,
    )


def test_mark_done_changes_only_that_action() -> None:
    """The session's other actions and its lessons are as they were."""
    before = spring()
    after = mark_done(before, "crm", result="1.4%", target_met=False, today=TODAY)
    assert action_of(after, "tracking") == action_of(before, "tracking")
    assert after.lessons == before.lessons
    assert action_of(after, "crm").model_copy(
        update={"status": "open", "result": "", "target_met": None, "closed_on": None}
    ) == action_of(before, "crm")


def test_mark_done_can_leave_target_met_unsaid() -> None:
    """Done without saying whether the target was met keeps target_met None."""
    done = action_of(mark_done(spring(), "crm", result="", target_met=None, today=TODAY), "crm")
    assert done.status == "done" and done.target_met is None


def test_drop_records_the_reason_and_the_day() -> None:
    """Dropped: status dropped, the reason in result, closed_on today, no verdict on target."""
    dropped = action_of(
        drop(spring(), "tracking", reason=" Tool retired ", today=TODAY), "tracking"
    )
    assert (dropped.status, dropped.result, dropped.target_met, dropped.closed_on) == (
        "dropped",
        "Tool retired",
        None,
        TODAY,
    )


def test_reopen_undoes_done_but_keeps_the_result_text() -> None:
    """Reopened: open again, no closing day, no verdict; the result typed is kept."""
    done = mark_done(spring(), "crm", result="1.4%", target_met=True, today=TODAY)
    again = action_of(reopen(done, "crm"), "crm")
    assert (again.status, again.closed_on, again.target_met, again.result) == (
        "open",
        None,
        None,
        "1.4%",
    )


def test_reopen_undoes_dropped() -> None:
    """A dropped action can be reopened and is pending again."""
    dropped = drop(spring(), "tracking", reason="No time", today=TODAY)
    reopened = reopen(dropped, "tracking")
    assert action_of(reopened, "tracking").status == "open"
    assert "Fix tracking" in [p.action.what for p in pending_actions([reopened], TODAY)]


def test_an_unknown_action_raises_key_error() -> None:
    """Closing an action id the session does not have raises KeyError."""
    with pytest.raises(KeyError):
        mark_done(spring(), "nope", result="", target_met=None, today=TODAY)


# -- carrying -----------------------------------------------------------------------------


def carried_pair() -> tuple[Session, Session]:
    """(the source with "crm" carried, the target with the copy), carried on TODAY."""
    return carry(spring(), "crm", autumn(), TODAY)


def test_carry_marks_the_source_action_carried_to_the_target() -> None:
    """The source's action becomes carried, names the target session and the day."""
    target = autumn()
    source, _ = carry(spring(), "crm", target, TODAY)
    carried = action_of(source, "crm")
    assert (carried.status, carried.carried_to, carried.closed_on) == (
        "carried",
        target.id,
        TODAY,
    )


def test_carry_appends_an_open_copy_to_the_target() -> None:
    """The target gets an open copy: new id, carried_from the source, no lesson, the rest kept."""
    source = spring()
    target = autumn().model_copy(update={"actions": [Action(id="own", what="Its own action")]})
    _, into = carry(source, "crm", target, TODAY)
    own, copy = into.actions
    original = action_of(source, "crm")
    assert own.id == "own"
    assert copy.id not in {"crm", "own"}
    assert (copy.status, copy.carried_from, copy.carried_to, copy.lesson_id) == (
        "open",
        source.id,
        None,
        None,
    )
    assert (copy.closed_on, copy.result, copy.target_met) == (None, "", None)
    kept = ("what", "owner", "due", "kpi", "target", "follow_up", "ab_test")
    assert [getattr(copy, f) for f in kept] == [getattr(original, f) for f in kept]


def test_carry_changes_nothing_else_in_either_session() -> None:
    """Only the carried action changes in the source, and only the copy is added to the target."""
    before_source, before_target = spring(), autumn()
    source, target = carry(before_source, "crm", before_target, TODAY)
    assert action_of(source, "tracking") == action_of(before_source, "tracking")
    assert source.lessons == before_source.lessons
    assert target.model_copy(update={"actions": []}) == before_target


def test_the_carried_copy_is_pending_in_later_follow_ups() -> None:
    """After carrying, the source's action is no longer pending but the copy is."""
    source, target = carried_pair()
    pending = pending_actions([source, target], TODAY)
    assert [(p.session_title, p.action.what) for p in pending] == [
        ("Autumn launch", "Clean the CRM"),
        ("Spring sale", "Fix tracking"),
    ]


@pytest.mark.parametrize("status", ["done", "dropped", "carried"])
def test_carrying_a_closed_action_raises(status: ActionStatus) -> None:
    """Only an open action can be carried; a closed one raises ActionNotOpenError."""
    source = titled("Closed", closed("Closed", status))
    with pytest.raises(ActionNotOpenError):
        carry(source, "Closed", autumn(), TODAY)


def test_carrying_into_the_same_session_raises() -> None:
    """An action cannot be carried into the session it belongs to."""
    session = spring()
    with pytest.raises(ValueError, match="own session"):
        carry(session, "crm", session, TODAY)


def test_a_carried_action_can_be_neither_done_dropped_nor_reopened() -> None:
    """A carried action refuses done, drop and reopen: the copy is the one to follow."""
    source, _ = carried_pair()
    with pytest.raises(ActionNotOpenError):
        mark_done(source, "crm", result="", target_met=None, today=TODAY)
    with pytest.raises(ActionNotOpenError):
        drop(source, "crm", reason="", today=TODAY)
    with pytest.raises(ActionNotOpenError):
        reopen(source, "crm")


# -- what the exported page shows -----------------------------------------------------------


@dataclass
class ActionsSection:
    """The actions section of a page as a wiki parser reads it."""

    rows: list[dict[str, Token]]
    """Each table row, its cells' inline tokens by column heading."""
    checklist: list[Token]
    """The inline token of each checklist item."""


def actions_section(session: Session) -> ActionsSection:
    """The actions section (the last one) of the session's page, parsed with markdown-it-py."""
    section = session_markdown(session).rsplit("\n## ", 1)[1]
    stream = tokens(section)
    headers = [text(stream[i + 1]) for i, t in enumerate(stream) if t.type == "th_open"]
    rows: list[dict[str, Token]] = []
    checklist: list[Token] = []
    for index, token in enumerate(stream):
        if token.type == "tr_open" and stream[index + 1].type == "td_open":
            rows.append({})
        elif token.type == "td_open":
            rows[-1][headers[len(rows[-1])]] = stream[index + 1]
        elif token.type == "list_item_open":
            checklist.append(stream[index + 2])  # list_item_open, paragraph_open, inline
    return ActionsSection(rows, checklist)


def text(token: Token) -> str:
    """The visible text of an inline token."""
    return "".join(child.content for child in token.children or [] if child.type == "text")


def strong(token: Token) -> list[str]:
    """The bold texts of an inline token."""
    children = token.children or []
    return [
        children[i + 1].content for i, child in enumerate(children) if child.type == "strong_open"
    ]


def emphasised(token: Token) -> list[str]:
    """The italic texts of an inline token."""
    children = token.children or []
    return [children[i + 1].content for i, child in enumerate(children) if child.type == "em_open"]


def struck(token: Token) -> bool:
    return any(child.type == "s_open" for child in token.children or [])


def row_of(section: ActionsSection, what: str) -> dict[str, Token]:
    return next(row for row in section.rows if text(row["Action"]).startswith(what))


def test_an_open_action_exports_open_without_a_date() -> None:
    """Before any follow-up, the status cell says "open" and the checklist box is empty."""
    section = actions_section(spring())
    assert text(row_of(section, "Clean the CRM")["Status"]) == "open"
    assert text(section.checklist[0]) == "[ ] Clean the CRM (Ana, 2026-04-30)"


def test_a_done_action_exports_its_status_day_verdict_and_ticked_box() -> None:
    """Done with the target met: "done <day>", "target met" in bold before the result, [x]."""
    session = mark_done(spring(), "crm", result="Bounce 1.4%", target_met=True, today=TODAY)
    section = actions_section(session)
    row = row_of(section, "Clean the CRM")
    assert text(row["Status"]) == "done 2026-05-02"
    assert strong(row["Result"]) == ["target met"]
    assert text(row["Result"]) == "target met · Bounce 1.4%"
    assert text(section.checklist[0]) == "[x] Clean the CRM (Ana, 2026-04-30)"
    assert not struck(section.checklist[0])


def test_a_done_action_that_missed_its_target_says_so() -> None:
    """Done with the target missed: the result cell starts with "target missed" in bold."""
    session = mark_done(spring(), "crm", result="Bounce 3%", target_met=False, today=TODAY)
    row = row_of(actions_section(session), "Clean the CRM")
    assert strong(row["Result"]) == ["target missed"]
    assert text(row["Result"]) == "target missed · Bounce 3%"


def test_a_done_action_with_no_verdict_shows_only_its_result() -> None:
    """Done without saying whether the target was met: the result alone, nothing in bold."""
    session = mark_done(spring(), "crm", result="Bounce 3%", target_met=None, today=TODAY)
    row = row_of(actions_section(session), "Clean the CRM")
    assert strong(row["Result"]) == []
    assert text(row["Result"]) == "Bounce 3%"


def test_a_dropped_action_exports_its_day_reason_and_struck_line() -> None:
    """Dropped: "dropped <day>", the reason as result, struck out and unticked in the checklist."""
    session = drop(spring(), "tracking", reason="Tool retired", today=TODAY)
    section = actions_section(session)
    row = row_of(section, "Fix tracking")
    assert text(row["Status"]) == "dropped 2026-05-02"
    assert text(row["Result"]) == "Tool retired"
    line = section.checklist[1]
    assert struck(line)
    assert text(line) == "[ ] Fix tracking (Bo)"
    assert not struck(section.checklist[0])


def test_a_carried_action_exports_carried_and_leaves_the_checklist() -> None:
    """In the source: "carried forward <day>" and no checklist line; the other action stays."""
    source, _ = carried_pair()
    section = actions_section(source)
    assert text(row_of(section, "Clean the CRM")["Status"]) == "carried forward 2026-05-02"
    assert [text(line) for line in section.checklist] == ["[ ] Fix tracking (Bo)"]


def test_the_carried_copy_exports_open_with_the_carried_over_mark() -> None:
    """In the target, the copy has the italic carried-over mark, is open and on the checklist."""
    _, target = carried_pair()
    section = actions_section(target)
    (row,) = section.rows
    assert emphasised(row["Action"]) == ["(from an earlier session)"]
    assert text(row["Action"]) == "Clean the CRM (A/B test) (from an earlier session)"
    assert text(row["Status"]) == "open"
    assert [text(line) for line in section.checklist] == ["[ ] Clean the CRM (Ana, 2026-04-30)"]


def test_a_reopened_action_exports_open_again() -> None:
    """After reopen, the status is "open" with no day and the box is unticked."""
    session = reopen(mark_done(spring(), "crm", result="1.4%", target_met=True, today=TODAY), "crm")
    section = actions_section(session)
    row = row_of(section, "Clean the CRM")
    assert text(row["Status"]) == "open"
    assert strong(row["Result"]) == []
    assert text(section.checklist[0]).startswith("[ ] ")


def test_the_french_page_shows_the_follow_up_in_french() -> None:
    """A French page says "faite <day>", "cible atteinte", "reportée" and marks the copy."""
    done = mark_done(spring("fr"), "tracking", result="OK", target_met=True, today=TODAY)
    target = Session(language="fr", case=CampaignCase(campaign="Rentrée"))
    source, into = carry(done, "crm", target, TODAY)
    page = session_markdown(source)
    assert "| faite 2026-05-02 | **cible atteinte** · OK |" in page
    assert "| reportée 2026-05-02 |" in page
    assert "*(reprise d'une session précédente)*" in session_markdown(into)
