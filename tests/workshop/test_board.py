"""The failure board: filters, counts, action states, the timeline and recurring causes."""

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from workshop.board.failure_board import (
    ACTION_STATES,
    BoardFilter,
    build_board,
    channels_of,
    session_day,
)
from workshop.case import CampaignCase
from workshop.session import Action, BiasCheck, Lesson, Session, WhyNode
from workshop.vocabulary import (
    LESSON_CATEGORIES,
    SUBTYPE_CATEGORY,
    ActionStatus,
    BiasId,
    BiasStatus,
    LessonCategory,
    LessonSubtype,
    Mode,
)

TODAY = date(2026, 6, 15)
CREATED = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)


def session(
    title: str = "Campaign",
    *,
    start: date | None = None,
    created: datetime = CREATED,
    channels: Sequence[str] = (),
    mode: Mode = "workshop",
    **fields: object,
) -> Session:
    """A session of campaign `title` that started on `start` (or has no period)."""
    case = CampaignCase(campaign=title, period_start=start, channels=list(channels))
    return Session.model_validate(
        {"case": case, "mode": mode, "created_at": created, "updated_at": created, **fields}
    )


def on(day: date, title: str = "Campaign", **fields: Any) -> Session:
    """A session filed under `day`."""
    return session(title, start=day, **fields)


def with_lessons(day: date, *kinds: tuple[LessonCategory, LessonSubtype | None]) -> Session:
    """A session on `day` with one lesson per (category, sub-type)."""
    lessons = [
        Lesson(id=f"l{n}", text=f"Lesson {n}", category=category, subtype=subtype)
        for n, (category, subtype) in enumerate(kinds)
    ]
    return on(day, lessons=lessons)


def with_biases(day: date, biases: dict[BiasId, BiasStatus]) -> Session:
    """A session on `day` whose bias check marked each bias with its status."""
    return on(day, biases={bias: BiasCheck(status=status) for bias, status in biases.items()})


def with_cause(
    day: date, answer: str, *, subtype: LessonSubtype | None = None, title: str = "Campaign"
) -> Session:
    """A session on `day` whose one root cause is `answer`, tied to a lesson of `subtype`."""
    whys = [WhyNode(id="w", answer=answer, root_cause=True)]
    lessons = []
    if subtype is not None:
        lessons = [
            Lesson(
                id="l", text="x", category=SUBTYPE_CATEGORY[subtype], subtype=subtype, why_id="w"
            )
        ]
    return on(day, title, whys=whys, lessons=lessons)


def action(
    what: str,
    *,
    due: date | None = None,
    status: ActionStatus = "open",
    closed_on: date | None = None,
) -> Action:
    """An action with the given due date and status."""
    carried_to = "later-session" if status == "carried" else None
    return Action(
        id=what, what=what, due=due, status=status, closed_on=closed_on, carried_to=carried_to
    )


def admitted(board_filter: BoardFilter, sessions: Sequence[Session]) -> list[str]:
    """The titles of the sessions the filter lets through, in the given order."""
    return [s.title for s in sessions if board_filter.admits(s)]


# -- filters ------------------------------------------------------------------------------


def test_since_and_until_are_inclusive_bounds() -> None:
    """Sessions on the first and last day of the period are admitted; a day outside is not."""
    sessions = [
        on(date(2026, 2, 28), "Day before"),
        on(date(2026, 3, 1), "First day"),
        on(date(2026, 3, 15), "Middle"),
        on(date(2026, 3, 31), "Last day"),
        on(date(2026, 4, 1), "Day after"),
    ]
    board_filter = BoardFilter(since=date(2026, 3, 1), until=date(2026, 3, 31))
    assert admitted(board_filter, sessions) == ["First day", "Middle", "Last day"]


def test_since_alone_has_no_upper_bound() -> None:
    """A filter with only `since` admits every session from that day on, however late."""
    sessions = [on(date(2025, 12, 31), "Old"), on(date(2026, 1, 1), "New"), on(date(2040, 1, 1))]
    assert admitted(BoardFilter(since=date(2026, 1, 1)), sessions) == ["New", "Campaign"]


def test_until_alone_has_no_lower_bound() -> None:
    """A filter with only `until` admits every session up to that day, however early."""
    sessions = [on(date(1999, 1, 1), "Ancient"), on(date(2026, 1, 1), "Edge"), on(date(2026, 1, 2))]
    assert admitted(BoardFilter(until=date(2026, 1, 1)), sessions) == ["Ancient", "Edge"]


def test_session_day_is_the_campaign_start() -> None:
    """A session with a period is filed under the period's first day, not its creation day."""
    assert session_day(session(start=date(2025, 11, 3))) == date(2025, 11, 3)


def test_session_day_falls_back_to_the_creation_day() -> None:
    """A session without a period start is filed under the day it was created."""
    created = datetime(2026, 5, 20, 23, 59, tzinfo=UTC)
    assert session_day(session(created=created)) == date(2026, 5, 20)


def test_the_period_filter_uses_the_creation_day_when_there_is_no_period() -> None:
    """A session without a period is kept or left out by the day it was created."""
    inside = session("Inside", created=datetime(2026, 3, 10, tzinfo=UTC))
    outside = session("Outside", created=datetime(2026, 4, 10, tzinfo=UTC))
    board_filter = BoardFilter(since=date(2026, 3, 1), until=date(2026, 3, 31))
    assert admitted(board_filter, [inside, outside]) == ["Inside"]


def test_the_channel_filter_ignores_case_accents_and_punctuation() -> None:
    """The filter "reseaux sociaux" finds "Réseaux  Sociaux !" but not "Réseaux"."""
    sessions = [
        session("Typed with accents", channels=["E-mail", "Réseaux  Sociaux !"]),
        session("Another channel", channels=["Réseaux"]),
        session("No channel"),
    ]
    assert admitted(BoardFilter(channel="reseaux sociaux"), sessions) == ["Typed with accents"]


def test_the_channel_filter_reads_a_hyphen_as_a_space() -> None:
    """ "Paid-Social" and "paid social" are one channel for the filter."""
    sessions = [session("Hyphen", channels=["Paid-Social"]), session("Other", channels=["SEO"])]
    assert admitted(BoardFilter(channel="paid social"), sessions) == ["Hyphen"]


def test_the_channel_filter_finds_email_spelt_with_a_hyphen() -> None:
    """ "E-mail" and "email" differ only by punctuation, so the filter "email" finds "E-mail"."""
    sessions = [session("Hyphenated", channels=["E-mail"]), session("Plain", channels=["email"])]
    assert admitted(BoardFilter(channel="email"), sessions) == ["Hyphenated", "Plain"]


def test_the_mode_filter_keeps_one_mode() -> None:
    """A mode filter keeps the sessions of that mode only."""
    sessions = [session("Room", mode="workshop"), session("Alone", mode="solo")]
    assert admitted(BoardFilter(mode="solo"), sessions) == ["Alone"]
    assert admitted(BoardFilter(mode="workshop"), sessions) == ["Room"]


def test_filters_combine_so_a_session_must_pass_every_one() -> None:
    """Period, channel and mode together admit only the session that meets all three."""
    march = date(2026, 3, 10)
    sessions = [
        on(march, "All three", channels=["Email"], mode="solo"),
        on(march, "Wrong mode", channels=["Email"], mode="workshop"),
        on(march, "Wrong channel", channels=["SEO"], mode="solo"),
        on(date(2026, 5, 1), "Wrong month", channels=["Email"], mode="solo"),
    ]
    board_filter = BoardFilter(
        since=date(2026, 3, 1), until=date(2026, 3, 31), channel="EMAIL", mode="solo"
    )
    assert admitted(board_filter, sessions) == ["All three"]


def test_only_the_default_filter_is_empty() -> None:
    """BoardFilter() is empty; a filter with any limit is not."""
    assert BoardFilter().is_empty
    assert not BoardFilter(mode="solo").is_empty
    assert not BoardFilter(channel="Email").is_empty
    assert not BoardFilter(since=date(2026, 1, 1)).is_empty


def test_the_board_covers_the_admitted_sessions_most_recent_first() -> None:
    """The board lists only the sessions its filter admits, the latest session day first."""
    sessions = [
        on(date(2026, 1, 5), "January"),
        on(date(2026, 3, 5), "March"),
        on(date(2026, 2, 5), "February", mode="solo"),
    ]
    board = build_board(sessions, TODAY, BoardFilter(mode="workshop"))
    assert [s.title for s in board.sessions] == ["March", "January"]
    assert [s.day for s in board.sessions] == [date(2026, 3, 5), date(2026, 1, 5)]


def test_the_filter_applies_to_every_count() -> None:
    """A session the filter leaves out adds nothing to causes, lessons, biases or actions."""
    outside = on(
        date(2025, 1, 1),
        whys=[WhyNode(id="w", answer="Stale data", root_cause=True)],
        lessons=[Lesson(id="l", text="x", category="strategic", subtype="segmentation")],
        biases={"hindsight": BiasCheck(status="present")},
        actions=[action("Clean the CRM")],
    )
    board = build_board([outside], TODAY, BoardFilter(since=date(2026, 1, 1)))
    assert board.sessions == () and board.causes == () and board.actions == ()
    assert board.subtypes == () and board.biases == () and board.months == ()
    assert [t.count for t in board.categories] == [0, 0, 0, 0]


# -- counts -------------------------------------------------------------------------------


def test_every_category_is_counted_in_method_order_even_at_zero() -> None:
    """The four categories all appear, in the method's order, with their lesson counts."""
    sessions = [
        with_lessons(date(2026, 1, 1), ("technological", "mobile"), ("strategic", None)),
        with_lessons(date(2026, 2, 1), ("technological", "integration")),
    ]
    categories = build_board(sessions, TODAY).categories
    assert [t.key for t in categories] == list(LESSON_CATEGORIES)
    assert {t.key: t.count for t in categories} == {
        "strategic": 1,
        "operational": 0,
        "communication": 0,
        "technological": 2,
    }


def test_a_category_counts_lessons_but_names_each_session_once() -> None:
    """Two lessons of one category in one session count 2, from one session."""
    sessions = [
        with_lessons(date(2026, 1, 1), ("operational", "execution"), ("operational", "tracking")),
        with_lessons(date(2026, 2, 1), ("operational", None)),
    ]
    board = build_board(sessions, TODAY)
    operational = next(t for t in board.categories if t.key == "operational")
    assert operational.count == 3
    assert operational.session_ids == (sessions[1].id, sessions[0].id)


def test_only_used_subtypes_are_counted_the_most_frequent_first() -> None:
    """Only sub-types some lesson uses are listed, the most frequent first."""
    sessions = [
        with_lessons(date(2026, 1, 1), ("technological", "mobile"), ("strategic", None)),
        with_lessons(date(2026, 2, 1), ("strategic", "segmentation"), ("technological", "mobile")),
        with_lessons(date(2026, 3, 1), ("technological", "mobile"), ("operational", "tracking")),
    ]
    subtypes = build_board(sessions, TODAY).subtypes
    assert [(t.key, t.count) for t in subtypes] == [
        ("mobile", 3),
        ("segmentation", 1),
        ("tracking", 1),
    ]


def test_subtypes_with_equal_counts_are_in_name_order() -> None:
    """Sub-types used equally often are listed by their id, so the order never wavers."""
    sessions = [
        with_lessons(
            date(2026, 1, 1), ("strategic", "segmentation"), ("operational", "budget_allocation")
        )
    ]
    assert [t.key for t in build_board(sessions, TODAY).subtypes] == [
        "budget_allocation",
        "segmentation",
    ]


def test_biases_count_the_sessions_that_marked_them_present() -> None:
    """A bias counts once per session marked present; cleared and not discussed count nothing."""
    sessions = [
        with_biases(date(2026, 1, 1), {"hindsight": "present", "groupthink": "present"}),
        with_biases(date(2026, 2, 1), {"hindsight": "present", "sunk_cost": "cleared"}),
        with_biases(date(2026, 3, 1), {"groupthink": "not_discussed", "anchoring": "cleared"}),
    ]
    biases = build_board(sessions, TODAY).biases
    assert [(t.key, t.count) for t in biases] == [("hindsight", 2), ("groupthink", 1)]
    assert biases[0].session_ids == (sessions[1].id, sessions[0].id)


def test_tallies_name_sessions_most_recent_first() -> None:
    """A tally's sessions are in the board's order, the most recent session first."""
    sessions = [
        with_lessons(date(2026, 1, 1), ("strategic", "segmentation")),
        with_lessons(date(2026, 3, 1), ("strategic", "segmentation")),
        with_lessons(date(2026, 2, 1), ("strategic", "segmentation")),
    ]
    (segmentation,) = build_board(sessions, TODAY).subtypes
    assert segmentation.session_ids == (sessions[1].id, sessions[2].id, sessions[0].id)


# -- actions ------------------------------------------------------------------------------


def states(sessions: Sequence[Session], today: date = TODAY) -> list[tuple[str, str]]:
    """(what, state) of every action on the board, in the board's order."""
    return [(line.action.what, line.state) for line in build_board(sessions, today).actions]


def test_an_open_action_past_its_due_date_is_overdue() -> None:
    """An open action due yesterday is overdue; due today or later, or with no date, it is open."""
    actions = [
        action("Yesterday", due=TODAY - timedelta(days=1)),
        action("Today", due=TODAY),
        action("Tomorrow", due=TODAY + timedelta(days=1)),
        action("Undated"),
    ]
    assert dict(states([on(date(2026, 1, 1), actions=actions)])) == {
        "Yesterday": "overdue",
        "Today": "open",
        "Tomorrow": "open",
        "Undated": "open",
    }


def test_a_closed_action_keeps_its_status_even_past_its_due_date() -> None:
    """Done, dropped and carried actions are never overdue, however late their due date."""
    long_ago = date(2025, 1, 1)
    actions = [
        action("Done", due=long_ago, status="done", closed_on=date(2026, 1, 1)),
        action("Dropped", due=long_ago, status="dropped", closed_on=date(2026, 1, 1)),
        action("Carried", due=long_ago, status="carried", closed_on=date(2026, 1, 1)),
    ]
    assert dict(states([on(date(2026, 1, 1), actions=actions)])) == {
        "Done": "done",
        "Dropped": "dropped",
        "Carried": "carried",
    }


def test_actions_are_ordered_by_state_then_urgency() -> None:
    """Overdue (latest first), open (soonest, undated last), then done/dropped/carried by day."""
    actions = [
        action("Done early", status="done", closed_on=date(2026, 2, 1)),
        action("Open undated"),
        action("Carried", status="carried", closed_on=date(2026, 3, 1)),
        action("Open later", due=TODAY + timedelta(days=30)),
        action("Overdue a little", due=TODAY - timedelta(days=2)),
        action("Dropped", status="dropped", closed_on=date(2026, 1, 1)),
        action("Open soon", due=TODAY + timedelta(days=1)),
        action("Overdue a lot", due=TODAY - timedelta(days=40)),
        action("Done late", status="done", closed_on=date(2026, 5, 1)),
    ]
    assert [what for what, _ in states([on(date(2026, 1, 1), actions=actions)])] == [
        "Overdue a lot",
        "Overdue a little",
        "Open soon",
        "Open later",
        "Open undated",
        "Done late",
        "Done early",
        "Dropped",
        "Carried",
    ]


def test_actions_of_every_session_are_on_the_board_with_their_session() -> None:
    """Each action line names the session it comes from, so the board can open it."""
    first = on(date(2026, 1, 1), "Winter sale", actions=[action("Fix tracking", due=TODAY)])
    second = on(date(2026, 2, 1), "Spring sale", actions=[action("Clean CRM", due=TODAY)])
    lines = build_board([first, second], TODAY).actions
    assert {(line.action.what, line.session_id, line.session_title) for line in lines} == {
        ("Fix tracking", first.id, "Winter sale"),
        ("Clean CRM", second.id, "Spring sale"),
    }


def test_action_counts_cover_every_state() -> None:
    """action_counts gives every state, in ACTION_STATES order, with zero for unused ones."""
    actions = [
        action("A", due=TODAY - timedelta(days=3)),
        action("B", due=TODAY - timedelta(days=1)),
        action("C"),
        action("D", status="done", closed_on=TODAY),
    ]
    counts = build_board([on(date(2026, 1, 1), actions=actions)], TODAY).action_counts
    assert list(counts) == list(ACTION_STATES)
    assert counts == {"overdue": 2, "open": 1, "done": 1, "dropped": 0, "carried": 0}


# -- the timeline -------------------------------------------------------------------------


def months(sessions: Sequence[Session]) -> list[tuple[str, int]]:
    return [(t.key, t.count) for t in build_board(sessions, TODAY).months]


def test_months_are_contiguous_with_empty_months_at_zero() -> None:
    """Every month between the first and last session is listed, empty months at 0."""
    sessions = [on(date(2026, 1, 31)), on(date(2026, 4, 1)), on(date(2026, 4, 30))]
    assert months(sessions) == [("2026-01", 1), ("2026-02", 0), ("2026-03", 0), ("2026-04", 2)]


def test_months_run_across_a_year_boundary() -> None:
    """From November to February the timeline goes through December and January."""
    sessions = [on(date(2026, 2, 14)), on(date(2025, 11, 2))]
    assert months(sessions) == [("2025-11", 1), ("2025-12", 0), ("2026-01", 0), ("2026-02", 1)]


def test_one_month_of_sessions_is_one_point() -> None:
    """Sessions all in one month give a timeline of that month alone."""
    assert months([on(date(2026, 12, 1)), on(date(2026, 12, 31))]) == [("2026-12", 2)]


def test_months_use_the_creation_day_of_sessions_without_a_period() -> None:
    """A session with no period counts in the month it was created."""
    sessions = [session(created=datetime(2026, 3, 31, 12, tzinfo=UTC)), on(date(2026, 1, 1))]
    assert months(sessions) == [("2026-01", 1), ("2026-02", 0), ("2026-03", 1)]


@given(st.lists(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), min_size=1))
def test_the_timeline_is_every_month_between_the_first_and_last_session(
    days: list[date],
) -> None:
    """For any days, months run one by one from first to last and their counts sum to the total."""
    timeline = build_board([on(day) for day in days], TODAY).months
    keys = [t.key for t in timeline]
    first, last = min(days), max(days)
    assert keys[0] == f"{first.year:04d}-{first.month:02d}"
    assert keys[-1] == f"{last.year:04d}-{last.month:02d}"
    assert len(keys) == (last.year - first.year) * 12 + last.month - first.month + 1
    assert keys == sorted(set(keys))
    assert sum(t.count for t in timeline) == len(days)


# -- recurring causes ---------------------------------------------------------------------


def test_french_answers_differing_in_accents_and_case_are_one_cause() -> None:
    """Accents, case and punctuation aside, French answers of two sessions are one cause."""
    sessions = [
        with_cause(date(2026, 4, 2), "DONNEES clients obsolètes !", title="Avril"),
        with_cause(date(2026, 3, 9), "Données clients obsolètes", title="Mars"),
        with_cause(date(2026, 3, 20), "Budget mal réparti", title="Autre"),
    ]
    causes = build_board(sessions, TODAY).causes
    assert causes[0].key == "text:donnees clients obsoletes"
    assert causes[0].count == 2
    assert causes[0].since == date(2026, 3, 9)
    assert causes[0].answers == ["DONNEES clients obsolètes !", "Données clients obsolètes"]
    assert set(causes[0].session_ids) == {sessions[0].id, sessions[1].id}
    assert [c.count for c in causes] == [2, 1]


def test_causes_tied_to_one_subtype_group_across_sessions() -> None:
    """Differently worded root causes whose lessons share a sub-type are one cause."""
    sessions = [
        with_cause(date(2026, 1, 5), "We mailed the wrong people", subtype="segmentation"),
        with_cause(date(2026, 2, 5), "Personas were guesses", subtype="segmentation"),
        with_cause(date(2026, 3, 5), "The site broke on phones", subtype="mobile"),
    ]
    causes = build_board(sessions, TODAY).causes
    assert [(c.key, c.subtype, c.count) for c in causes] == [
        ("subtype:segmentation", "segmentation", 2),
        ("subtype:mobile", "mobile", 1),
    ]


def test_recurring_keeps_only_causes_found_in_more_than_one_session() -> None:
    """Board.recurring leaves out the causes seen in a single session."""
    sessions = [
        with_cause(date(2026, 1, 5), "Stale data"),
        with_cause(date(2026, 2, 5), "stale DATA."),
        with_cause(date(2026, 3, 5), "No budget"),
    ]
    board = build_board(sessions, TODAY)
    assert len(board.causes) == 2
    assert [(c.key, c.count) for c in board.recurring] == [("text:stale data", 2)]


def test_two_root_causes_of_one_session_do_not_make_a_recurring_cause() -> None:
    """The same cause twice in one session counts one session, so it is not recurring."""
    whys = [
        WhyNode(id="a", answer="Données obsolètes", root_cause=True),
        WhyNode(id="b", answer="donnees OBSOLETES", root_cause=True),
    ]
    board = build_board([on(date(2026, 1, 1), whys=whys)], TODAY)
    assert [c.count for c in board.causes] == [1]
    assert board.recurring == ()


def test_answers_that_are_not_root_causes_are_not_causes() -> None:
    """Why-tree answers not marked as root causes do not appear among the causes."""
    whys = [
        WhyNode(id="a", answer="Few clicks"),
        WhyNode(id="b", parent_id="a", answer="Stale data", root_cause=True),
    ]
    causes = build_board([on(date(2026, 1, 1), whys=whys)], TODAY).causes
    assert [c.answers for c in causes] == [["Stale data"]]


# -- channels and an empty library --------------------------------------------------------


def test_channels_of_merges_spellings_of_one_channel() -> None:
    """Spellings of one channel merge under the most used one; the most used channel comes first."""
    sessions = [
        session(channels=["Réseaux sociaux", "SEO"]),
        session(channels=["reseaux  SOCIAUX!", "Email"]),
        session(channels=["Réseaux sociaux"]),
        session(channels=["Email", "seo"]),
    ]
    assert channels_of(sessions) == ["Réseaux sociaux", "Email", "SEO"]


def test_channels_of_leaves_out_channels_with_no_words() -> None:
    """A channel typed as spaces or punctuation only is not offered."""
    assert channels_of([session(channels=["  ", "—", "Email"])]) == ["Email"]


def test_channels_of_collapses_inner_spaces_of_the_shown_spelling() -> None:
    """The spelling shown has single spaces, as a user would type it."""
    assert channels_of([session(channels=["Paid   social"])]) == ["Paid social"]


def test_channels_of_merges_email_spelt_with_and_without_a_hyphen() -> None:
    """ "E-mail" and "email" differ only by punctuation, so they are offered as one channel."""
    sessions = [
        session(channels=["E-mail"]),
        session(channels=["E-mail"]),
        session(channels=["email"]),
    ]
    assert channels_of(sessions) == ["E-mail"]


def test_an_empty_library_gives_an_empty_board() -> None:
    """No sessions: no causes, actions, sub-types, biases or months, every category at 0."""
    board = build_board([], TODAY)
    assert board.sessions == () and board.causes == () and board.recurring == ()
    assert board.subtypes == () and board.biases == () and board.actions == ()
    assert board.months == ()
    assert [(t.key, t.count, t.session_ids) for t in board.categories] == [
        (category, 0, ()) for category in LESSON_CATEGORIES
    ]
    assert board.action_counts == dict.fromkeys(ACTION_STATES, 0)
    assert board.filter.is_empty and board.today == TODAY
    assert channels_of([]) == []
