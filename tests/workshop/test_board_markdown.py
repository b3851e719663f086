"""The failure board's wiki page: its sections, its tables and counts, its bars, its languages."""

import functools
import html
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.workshop.board_sessions import OVERDUE, TODAY, board, made
from tests.workshop.markdown_tree import (
    block_shape,
    commonmark_text,
    mkdocs_tags,
    mkdocs_text,
    tokens,
)
from tests.workshop.test_markdown_hostile import HOSTILE, hostile_text, shape_and_token_types
from workshop.board.failure_board import Board, BoardFilter, build_board
from workshop.content import board_labels as B
from workshop.export.bars import EIGHTHS, FULL, bar
from workshop.export.board_markdown import MAX_CAUSES, board_markdown
from workshop.export.escape import clean_lines
from workshop.phrase import Phrase
from workshop.session import Action

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_TAG = re.compile(r"<[^>]+>")


# -- reading the page back ---------------------------------------------------------------------


def shown(markdown: str) -> str:
    """What an inline piece of Markdown reads as once rendered."""
    return html.unescape(_TAG.sub("", _MD.renderInline(markdown))).strip()


def headings(page: str) -> list[tuple[str, str]]:
    stream = tokens(page)
    return [
        (token.tag, stream[index + 1].content)
        for index, token in enumerate(stream)
        if token.type == "heading_open"
    ]


def sections(page: str) -> dict[str, list[list[list[str]]]]:
    """Each H2's tables, each as rows of rendered cells, the header row first."""
    found: dict[str, list[list[list[str]]]] = {}
    current: list[list[list[str]]] = []
    stream = tokens(page)
    for index, token in enumerate(stream):
        if token.type == "heading_open" and token.tag == "h2":
            current = found.setdefault(stream[index + 1].content, [])
        elif token.type == "table_open":
            current.append([])
        elif token.type == "tr_open":
            current[-1].append([])
        elif token.type == "inline" and stream[index - 1].type in ("th_open", "td_open"):
            current[-1][-1].append(shown(token.content))
    return found


def paragraphs(page: str) -> list[str]:
    stream = tokens(page)
    return [
        shown(stream[index + 1].content)
        for index, token in enumerate(stream)
        if token.type == "paragraph_open"
    ]


def table_of(page: str, title: Phrase) -> list[list[str]]:
    """The one table under the H2 `title` (English), header row first."""
    [only] = sections(page)[title.en]
    return only


SECTION_TITLES = [B.CAUSES, B.LESSONS, B.SUBTYPES, B.BIASES, B.ACTIONS, B.TIMELINE, B.SESSIONS]


# -- bars ----------------------------------------------------------------------------------------


def test_the_largest_count_fills_the_width() -> None:
    """The largest count is a bar of exactly `width` full blocks."""
    assert bar(7, 7, 20) == FULL * 20


def test_half_the_largest_is_half_the_width() -> None:
    """A count half the largest is half as long."""
    assert bar(5, 10, 20) == FULL * 10


def test_fractions_use_eighth_blocks() -> None:
    """What is left after the full blocks is drawn in eighths of a character."""
    assert bar(3, 8, 1) == "▍"
    assert bar(11, 16, 2) == FULL + "▍"


def test_any_count_above_zero_is_visible_and_zero_is_empty() -> None:
    """One in a thousand still shows an eighth; zero shows nothing."""
    assert bar(1, 1000, 20) == "▏"
    assert bar(0, 1000, 20) == ""
    assert bar(3, 0, 20) == ""


def eighths(drawn: str) -> int:
    full = drawn.count(FULL)
    rest = drawn[full:]
    return full * 8 + (EIGHTHS.index(rest) if rest else 0)


@given(
    largest=st.integers(min_value=1, max_value=5000),
    width=st.integers(min_value=1, max_value=40),
    data=st.data(),
)
def test_bars_grow_with_the_count_and_never_overflow(
    largest: int, width: int, data: st.DataObject
) -> None:
    """A larger count never draws a shorter bar, and no bar is wider than `width`."""
    low = data.draw(st.integers(min_value=0, max_value=largest))
    high = data.draw(st.integers(min_value=low, max_value=largest + 10))
    assert len(bar(high, largest, width)) <= width
    assert eighths(bar(low, largest, width)) <= eighths(bar(high, largest, width))


# -- structure -----------------------------------------------------------------------------------


def test_one_h1_then_the_seven_sections_in_order() -> None:
    """The page has one H1, the board's title, then the seven H2 sections, nothing deeper."""
    found = headings(board_markdown(board(), "en"))
    assert found[0] == ("h1", B.BOARD_TITLE.en)
    assert [tag for tag, _ in found].count("h1") == 1
    assert found[1:] == [("h2", title.en) for title in SECTION_TITLES]


def test_each_section_has_one_table_with_one_row_per_item() -> None:
    """Causes, categories, sub-types, biases, actions, months and sessions: one row each."""
    found = sections(board_markdown(board(), "en"))
    rows = {title: [len(table) - 1 for table in tables] for title, tables in found.items()}
    assert rows == {
        B.CAUSES.en: [3],
        B.LESSONS.en: [4],
        B.SUBTYPES.en: [2],
        B.BIASES.en: [2],
        B.ACTIONS.en: [4],
        B.TIMELINE.en: [3],
        B.SESSIONS.en: [3],
    }


def test_the_page_holds_no_html() -> None:
    """No raw HTML token anywhere in the page, inline or block."""
    page = board_markdown(board(), "en", unreadable=2)
    kinds = {t.type for t in tokens(page)} | {
        c.type for t in tokens(page) for c in (t.children or [])
    }
    assert not kinds & {"html_inline", "html_block"}


def test_the_heading_says_what_the_board_covers() -> None:
    """Under the title: how many sessions, the period, channel and mode, and the board's date."""
    page = board_markdown(
        board(since=date(2026, 1, 1), until=date(2026, 3, 31), channel="Paid social"), "en"
    )
    assert paragraphs(page)[0] == (
        "1 session: 2026-01-01 to 2026-03-31, channel Paid social, workshops and solo"
        " · Board of 2026-03-31."
    )
    assert paragraphs(board_markdown(board(mode="solo"), "en"))[0].startswith(
        "1 session: all time, all channels, solo only"
    )


def test_unreadable_sessions_are_said_to_be_left_out() -> None:
    """With unreadable sessions, a line says how many; without, no such line."""
    assert B.UNREADABLE.en.format(count=3) in paragraphs(
        board_markdown(board(), "en", unreadable=3)
    )
    assert B.ONE_UNREADABLE.en in paragraphs(board_markdown(board(), "en", unreadable=1))
    assert "could not be read" not in board_markdown(board(), "en")


# -- counts in their cells -----------------------------------------------------------------------


def test_recurring_causes_come_first_with_their_count_and_dates() -> None:
    """A sub-type group is named by its sub-type and lists the answers; counted, dated, drawn."""
    rows = table_of(board_markdown(board(), "en"), B.CAUSES)
    assert rows[0] == ["Cause", "As typed", "Sessions", "Since", "Last", "Chart"]
    name, typed, count, since, last, drawn = rows[1]
    assert name == "Wrong audience segmentation"
    assert typed == "Customer data out of date / The customer data was stale"
    assert (count, since, last, drawn) == ("2", "2026-01-10", "2026-03-05", FULL * 20)
    assert rows[3][2:] == ["1", "2026-03-20", "2026-03-20", FULL * 10]


def test_a_text_group_is_named_by_its_earliest_answer_and_lists_the_other_wordings() -> None:
    """Answers alike once accents and case are set aside: one cause named as the earliest
    session typed it (January), the later spelling (March) listed."""
    rows = table_of(board_markdown(board(), "en"), B.CAUSES)
    assert rows[2][:3] == ["Données clients obsolètes", "donnees clients obsoletes !", "2"]


def test_a_cause_lists_at_most_five_wordings_and_counts_the_rest() -> None:
    """Seven different answers under one sub-type: five listed, then "+2 more"."""
    sessions = [made(causes=[(f"Answer {n}", "segmentation")]) for n in range(7)]
    [_, row] = table_of(board_markdown(board(sessions), "en"), B.CAUSES)
    assert row[1].count(" / ") == 5
    assert row[1].endswith(" / +2 more")
    assert row[2] == "7"


def test_the_causes_table_stops_at_thirty_rows_and_counts_the_rest() -> None:
    """32 causes in two sessions and 5 once: 30 rows, then what is left out, by kind."""
    twice = [(f"Recurring cause {n}", None) for n in range(32)]
    sessions = [
        made(causes=twice),
        made(causes=twice),
        made(causes=[(f"Single cause {n}", None) for n in range(5)]),
    ]
    page = board_markdown(board(sessions), "en")
    assert len(table_of(page, B.CAUSES)) == MAX_CAUSES + 1
    said = paragraphs(page)
    assert B.HIDDEN_RECURRING.en.format(count=2) in said
    assert B.HIDDEN_ONCE.en.format(count=5) in said


def test_no_left_out_line_when_every_cause_fits() -> None:
    """Under thirty causes, nothing is said to be left out."""
    assert "not listed" not in board_markdown(board(), "en")


def test_lessons_by_category_list_all_four_with_their_counts() -> None:
    """Every category is a row, even at zero, with its count of lessons and its bar."""
    rows = table_of(board_markdown(board(), "en"), B.LESSONS)
    assert rows == [
        ["Category", "Lessons", "Chart"],
        ["Strategic", "2", FULL * 20],
        ["Operational", "1", FULL * 10],
        ["Communication", "1", FULL * 10],
        ["Technological", "0", "—"],
    ]


def test_subtypes_are_counted_with_their_category() -> None:
    """Sub-types used, the most frequent first, each with its category."""
    rows = table_of(board_markdown(board(), "en"), B.SUBTYPES)
    assert rows == [
        ["Sub-type", "Category", "Lessons", "Chart"],
        ["Wrong audience segmentation", "Strategic", "2", FULL * 20],
        ["No tracking or optimisation", "Operational", "1", FULL * 10],
    ]


def test_biases_are_counted_in_sessions() -> None:
    """Biases marked present, the most frequent first, counted in sessions."""
    rows = table_of(board_markdown(board(), "en"), B.BIASES)
    assert rows == [
        ["Bias", "Sessions", "Chart"],
        ["Hindsight bias", "2", FULL * 20],
        ["Confirmation bias", "1", FULL * 10],
    ]


def test_actions_have_their_totals_then_the_most_urgent_first() -> None:
    """The totals line, then overdue (with days late), open, done (with the verdict), dropped."""
    covered = board()
    page = board_markdown(covered, "en")
    assert "1 overdue, 1 open, 1 done, 1 dropped, 0 carried forward" in paragraphs(page)
    rows = table_of(page, B.ACTIONS)
    assert rows[0] == ["Action", "Session", "Owner", "Due", "State", "KPI → target", "Result"]
    winter = covered.sessions[2]
    assert rows[1] == [
        "Rebuild the segment",
        f"Winter sale ({winter.id[:8]})",
        "Julie",
        "2026-02-01",
        "overdue (58 days late)",
        "CTR",
        "—",
    ]
    assert [row[4] for row in rows[2:]] == ["open", "done 2026-03-01", "dropped 2026-03-09"]
    assert rows[2][5] == "2%" and rows[2][2] == "unassigned"
    assert rows[3][5:] == ["Mobile conversion → 1%", "target met · Reached 1.2%"]
    assert rows[4][6] == "Too dear"


def test_french_totals_agree_with_their_count() -> None:
    """French says "1 faite", "0 reportée" but "2 ouvertes": the participle agrees."""
    late = Action(what="Relancer", due=date(2026, 3, 30))
    opened = [Action(what=f"Ouvrir {n}", due=date(2026, 6, 1)) for n in range(2)]
    page = board_markdown(board([made(actions=[late, *opened])]), "fr")
    assert "1 en retard, 2 ouvertes, 0 faite, 0 abandonnée, 0 reportée" in paragraphs(page)


def test_an_action_one_day_late_says_one_day() -> None:
    """Due yesterday: "1 day late", singular."""
    late = Action(what="Call back", due=date(2026, 3, 30))
    [_, row] = table_of(board_markdown(board([made(actions=[late])]), "en"), B.ACTIONS)
    assert row[4] == "overdue (1 day late)"


def test_months_run_from_the_first_to_the_last_with_empty_ones() -> None:
    """Every month between the first and last session is a row, February at zero."""
    rows = table_of(board_markdown(board(), "en"), B.TIMELINE)
    assert rows[1:] == [
        ["2026-01", "1", FULL * 10],
        ["2026-02", "0", "—"],
        ["2026-03", "2", FULL * 20],
    ]


def test_sessions_are_listed_most_recent_first_with_the_id_prefix_export_takes() -> None:
    """Date, title, mode, channels and the 8-char id prefix, most recent first."""
    covered = board()
    rows = table_of(board_markdown(covered, "en"), B.SESSIONS)
    assert rows[0] == ["Date", "Session", "Mode", "Channels", "Id"]
    assert [row[4] for row in rows[1:]] == [s.id[:8] for s in covered.sessions]
    assert rows[2] == ["2026-03-05", "Spring launch", "Solo retrospective", "email", rows[2][4]]
    assert rows[3][3] == "Email, Paid social"


# -- empty boards --------------------------------------------------------------------------------


def test_an_empty_library_gives_a_title_and_one_line() -> None:
    """No session: the H1, what the board covers, and the one line saying none matches."""
    page = board_markdown(board([]), "en")
    assert headings(page) == [("h1", B.BOARD_TITLE.en)]
    assert paragraphs(page)[-1] == B.NO_SESSION.en
    assert "|" not in page


def test_empty_sections_say_so_in_one_line() -> None:
    """A bare session: each section without data is one line, no table."""
    page = board_markdown(board([made()]), "en")
    said = paragraphs(page)
    for empty in (B.NO_ROOT_CAUSE, B.NO_BIAS, B.NO_ACTION):
        assert empty.en in said
    assert said.count(B.NO_LESSON.en) == 2
    found = sections(page)
    assert [title for title, tables in found.items() if tables] == [B.TIMELINE.en, B.SESSIONS.en]


def test_lessons_without_sub_type_say_so_under_sub_types() -> None:
    """Lessons but none with a sub-type: the sub-type section says exactly that."""
    page = board_markdown(board([made(lessons=["strategic"])]), "en")
    assert B.NO_SUBTYPE_USED.en in paragraphs(page)
    assert len(table_of(page, B.LESSONS)) == 5


# -- French --------------------------------------------------------------------------------------


def test_the_french_page_is_in_french() -> None:
    """Title, sections, columns, states and totals in French."""
    page = board_markdown(board(), "fr", unreadable=2)
    found = headings(page)
    assert found[0] == ("h1", "Tableau des échecs")
    assert [text for _, text in found[1:]] == [title.fr for title in SECTION_TITLES]
    said = paragraphs(page)
    assert said[0].startswith("3 sessions : toute la période, tous les canaux, ateliers et solo")
    assert B.UNREADABLE.fr.format(count=2) in said
    assert "1 en retard, 1 ouverte, 1 faite, 1 abandonnée, 0 reportée" in said
    stream = sections(page)
    [actions] = stream[B.ACTIONS.fr]
    assert actions[0][4] == "État" and actions[1][4] == "en retard (58 jours de retard)"
    assert actions[3][6] == "cible atteinte · Reached 1.2%"
    [categories] = stream[B.LESSONS.fr]
    assert [row[0] for row in categories[1:]] == [
        "Stratégique",
        "Opérationnel",
        "Communication",
        "Technologique",
    ]


def test_french_numbers_group_thousands_with_a_narrow_space() -> None:
    """Counts above a thousand are written the French way, as on the session page."""
    ancient = Action(what="Call back", due=date(2020, 1, 1))
    page = board_markdown(board([made(actions=[ancient])]), "fr")
    assert "2\u202f281 jours de retard" in page
    assert "2,281 days late" in board_markdown(board([made(actions=[ancient])]), "en")


# -- hostile text --------------------------------------------------------------------------------

TYPED_FIELDS = (
    "title",
    "channel",
    "filter channel",
    "text cause",
    "typed cause",
    "action what",
    "action owner",
    "action kpi",
    "action target",
    "action result",
    "session id",
)
"""Every place the page shows something typed (a session id can be typed into an import file)."""


def typed_board(field: str, text: str) -> Board:
    """Two sessions and a channel filter, with `text` typed in `field` and plain words elsewhere.

    Each field's plain words differ, so that no two causes of the reference page merge.
    """
    slot = {name: f"plain {name}" for name in TYPED_FIELDS} | {field: text}
    action = Action(
        what=slot["action what"],
        owner=slot["action owner"],
        due=date(2026, 2, 1),
        kpi=slot["action kpi"],
        target=slot["action target"],
        status="done",
        result=slot["action result"],
        target_met=False,
        closed_on=date(2026, 2, 2),
    )
    first = made(
        slot["title"],
        date(2026, 1, 10),
        causes=[(slot["typed cause"], "segmentation"), (slot["text cause"], None)],
        biases=["hindsight"],
        actions=[action, OVERDUE],
        channels=[slot["channel"], slot["filter channel"]],
    )
    if field == "session id":
        first = first.model_copy(update={"id": text[:64]})
    second = made(
        "Spring launch",
        date(2026, 3, 5),
        causes=[("Customer data out of date", "segmentation")],
        channels=["Email", slot["filter channel"]],
    )
    return build_board([first, second], TODAY, BoardFilter(channel=slot["filter channel"]))


@functools.cache
def reference_structure(field: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """The blocks of the reference page of `field`, in both parsers (read once: the cost)."""
    base = board_markdown(typed_board(field, f"plain {field}"), "en", unreadable=1)
    return block_shape(base), mkdocs_tags(base)


def assert_same_structure(field: str, text: str) -> str:
    """The page with `text` in `field` has the reference page's blocks, in both parsers."""
    page = board_markdown(typed_board(field, text), "en", unreadable=1)
    base_shape, base_tags = reference_structure(field)
    shape, types = shape_and_token_types(page)
    assert shape == base_shape
    assert mkdocs_tags(page) == base_tags
    assert not types & {"html_inline", "html_block", "link_open", "image"}
    return page


@pytest.mark.parametrize("field", TYPED_FIELDS)
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_known_hostile_text_changes_no_structure(field: str, text: str) -> None:
    """Pipes, newlines, HTML, backticks, #, $, RTL, 100 KB: the page keeps its blocks and cells."""
    assert_same_structure(field, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(TYPED_FIELDS[:-1]), text=hostile_text)
def test_random_typed_text_keeps_structure_and_shows_as_typed(field: str, text: str) -> None:
    """Random text in any typed field keeps the page's structure and reads as typed."""
    lines = clean_lines(text)
    assume(lines)
    page = assert_same_structure(field, text)
    shown_text = " ".join(commonmark_text(page).split())
    shown_mkdocs = " ".join(mkdocs_text(page).split())
    for line in lines:
        assert " ".join(line.split()) in shown_text
        assert " ".join(line.split()) in shown_mkdocs
