"""The failure board at 80x24: recurring causes, filters, opening a session, overdue actions."""

from datetime import date
from pathlib import Path

import orjson
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from screens.app import RootcauseApp
from screens.board.screen import BoardScreen
from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.form import FormDialog
from screens.steps.base import StepScreen
from screens.widgets.bars import bar_colour
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text
from workshop.board.recurring import normalise
from workshop.case import CampaignCase
from workshop.sample import sample_session
from workshop.session import Action, BiasCheck, Lesson, Session, WhyNode

TODAY = date(2026, 11, 23)


def black_friday() -> Session:
    """A solo session on Facebook whose root cause is typed with accents, with closed actions."""
    return Session(
        mode="solo",
        case=CampaignCase(
            campaign="Black Friday [promo]", period_start=date(2026, 9, 1), channels=["Facebook"]
        ),
        whys=[WhyNode(answer="Données clients obsolètes", root_cause=True)],
        biases={"hindsight": BiasCheck(status="present")},
        actions=[
            Action(what="Clean the CRM", owner="Ana", due=date(2026, 10, 1)),
            Action(what="Drop the old list", status="dropped", result="Not worth it"),
            Action(
                what="Audit the CRM",
                status="done",
                result="98% of records fresh",
                target_met=True,
                kpi="CRM freshness",
                target="95%",
            ),
        ],
    )


def webinar() -> Session:
    """A workshop by email: the same cause without accents, and a cause of the sample's sub-type."""
    segment = WhyNode(answer="We mailed last year's segment", root_cause=True)
    return Session(
        case=CampaignCase(
            campaign="Autumn webinar", period_start=date(2026, 10, 10), channels=["email"]
        ),
        whys=[WhyNode(answer="donnees clients OBSOLETES !", root_cause=True), segment],
        lessons=[
            Lesson(
                text="Segment on usage",
                category="strategic",
                subtype="segmentation",
                why_id=segment.id,
            )
        ],
        actions=[Action(what="Plan the next webinar", owner="Léa", due=date(2027, 1, 15))],
    )


def library_with(library: Library, *sessions: Session) -> dict[str, str]:
    """Store `sessions`; their ids by title."""
    return {s.title: library.add(s).id for s in sessions}


async def open_board(app: RootcauseApp, pilot: Pilot[None]) -> BoardScreen:
    """Push the board (as b on the home screen does) and wait until it is drawn."""
    board = BoardScreen(app.library, today=lambda: TODAY)
    await app.push_screen(board)
    await settle(app, pilot)
    return board


async def settle(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """Let the board read the library in its worker, then draw."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def rows(board: BoardScreen) -> list[str]:
    """The table's rows as text, cells joined by |."""
    table = board.query_one("#board-table", DataTable)
    if not table.display:
        return []
    return [
        " | ".join(str(cell) for cell in table.get_row_at(row)) for row in range(table.row_count)
    ]


def text_of(board: BoardScreen, selector: str) -> str:
    return str(board.query_one(selector, Static).render())


async def highlight(pilot: Pilot[None], board: BoardScreen, start: str) -> None:
    """Move the cursor down to the first row whose first cell starts with `start`."""
    row = next(i for i, line in enumerate(rows(board)) if line.startswith(start))
    for _ in range(row):
        await pilot.press("down")
    await pilot.pause()


async def test_recurring_cause_is_one_line_with_its_count(library: Library) -> None:
    """Two spellings of one cause (accents, case, punctuation) make one line of 2 sessions."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        cells = [line.split(" | ") for line in rows(board)]
        same = [cell for cell in cells if normalise(cell[0]) == "donnees clients obsoletes"]
        assert len(same) == 1
        assert same[0][1:3] == ["2", "Sep 2026"]
        segmentation = [line for line in rows(board) if "segmentation" in line]
        assert segmentation[0].startswith("Wrong audience segmentation | 2 | Mar 2026")


async def test_detail_shows_the_answers_as_typed(library: Library) -> None:
    """The highlighted cause says how often and since when, with each answer as typed."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await highlight(pilot, board, "Données")
        detail = text_of(board, "#board-detail")
        assert "Données clients obsolètes: 2 sessions since Sep 2026" in detail
        assert "donnees clients OBSOLETES !" in detail
        assert "Black Friday [promo] (2026-09-01)" in detail


async def test_period_filter_leaves_older_sessions_out(library: Library) -> None:
    """p, last 3 months: the sample of March leaves the board and the line says so."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        assert "3 sessions: all time" in text_of(board, "#board-covered")
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "2 sessions: since 2026-08-23" in text_of(board, "#board-covered")
        assert not any("Site not optimised for mobile" in line for line in rows(board))
        assert any(line.startswith("Wrong audience segmentation | 1") for line in rows(board))


async def test_custom_dates_refuse_a_bad_date_then_filter(library: Library) -> None:
    """Custom dates: a bad date is refused with a message; good ones filter the board."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("p", "up", "enter")  # custom dates, the last choice
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*"2026-13-01", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "YYYY-MM-DD" in str(app.screen.query_one("#problem", Static).render())
        await pilot.press(*["backspace"] * 10, *"2026-10-01", "tab", *"2026-09-01", "enter")
        await pilot.pause()
        assert "comes after" in str(app.screen.query_one("#problem", Static).render())
        await pilot.press("shift+tab", *["backspace"] * 10, *"2026-03-01", "enter")
        await pilot.pause()
        assert app.screen is board
        assert "2 sessions: 2026-03-01 to 2026-09-01" in text_of(board, "#board-covered")


async def test_channel_filter_keeps_that_channel(library: Library) -> None:
    """c, then Email: the sessions sent by email stay (any spelling), Facebook goes."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        labels = [label for label, _ in app.screen.choices]
        assert labels[:2] == ["all channels", "Email"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "2 sessions: all time, channel Email" in text_of(board, "#board-covered")
        assert not any(line.startswith("Données") for line in rows(board))
        assert any(line.startswith("donnees clients OBSOLETES ! | 1") for line in rows(board))


async def test_mode_key_goes_through_workshops_then_solo(library: Library) -> None:
    """m shows workshops only, then solo only, then both again."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert "2 sessions: all time, all channels, workshops only" in text_of(
            board, "#board-covered"
        )
        await pilot.press("m")
        await pilot.pause()
        assert "1 session: all time, all channels, solo only" in text_of(board, "#board-covered")
        assert rows(board) == ["Données clients obsolètes | 1 | Sep 2026 | ████████████████"]
        await pilot.press("m")
        await pilot.pause()
        assert "workshops and solo" in text_of(board, "#board-covered")


async def test_enter_on_a_shared_cause_asks_which_session(library: Library) -> None:
    """Enter on a cause of two sessions lists both; the one picked opens at the 5 whys."""
    ids = library_with(library, sample_session("en"), black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await highlight(pilot, board, "Données")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        labels = [label for label, _ in app.screen.choices]
        assert labels == ["Autumn webinar · 2026-10-10", "Black Friday [promo] · 2026-09-01"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.STEP == "whys"
        assert app.screen.session.id == ids["Black Friday [promo]"]
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is board


async def test_back_from_a_session_shows_the_library_as_it_is_now(library: Library) -> None:
    """After a session opened from the board closes, the board is read again."""
    library_with(library, black_friday())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("enter")  # one session: it opens at once
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        app.library.add(webinar())  # as another process would
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is board
        assert "2 sessions" in text_of(board, "#board-covered")
        assert rows(board)[0].startswith("Données clients obsolètes | 2")


async def test_overdue_actions_come_first_with_a_mark(library: Library) -> None:
    """On the actions tab the overdue one comes first, marked ⚠ and bold in the error colour."""
    library_with(library, black_friday(), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("4")
        await pilot.pause()
        lines = rows(board)
        assert lines[0].startswith("Clean the CRM | Black Friday… | Ana | 2026-10-01")
        assert "⚠ overdue" in lines[0]
        assert "⚠" not in "".join(lines[1:])
        assert [line.split(" | ")[4] for line in lines[1:]] == ["open", "done", "dropped"]
        state = board.query_one("#board-table", DataTable).get_row_at(0)[4]
        assert state.style == f"bold {app.theme_variables['error']}"
        assert "⚠ 53 days late" in text_of(board, "#board-detail")
        assert "⚠1" in text_of(board, "#tab-actions")


async def test_done_action_detail_shows_kpi_and_result(library: Library) -> None:
    """A done action's detail gives its KPI, its target and the result against it."""
    library_with(library, black_friday())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("4")
        await highlight(pilot, board, "Audit the CRM")
        detail = text_of(board, "#board-detail")
        assert "KPI: CRM freshness → target 95%" in detail
        assert "Result: 98% of records fresh (target met)" in detail


async def test_tabs_switch_by_number_and_arrows(library: Library) -> None:
    """2 shows the lessons with their sub-types indented; right and left go to the next tabs."""
    library_with(library, sample_session("en"), webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        lines = rows(board)
        assert lines[0].startswith("Strategic | 2")
        assert lines[1].startswith(" └ Wrong audience segmentation | 2")
        assert board.query_one("#tab-lessons").has_class("-active")
        await pilot.press("right")
        await pilot.pause()
        assert board.tab == "biases"
        await pilot.press("left", "left")
        await pilot.pause()
        assert board.tab == "causes"


async def test_french_interface(library: Library) -> None:
    """In French the board's line, tabs, columns and keys speak French."""
    library_with(library, sample_session("fr"), black_friday())
    async with running_app(library, language="fr") as (app, pilot):
        board = await open_board(app, pilot)
        text = screen_text(app)
        assert "2 sessions : toute la période, tous les canaux, ateliers et solo" in text
        assert "1 Causes racines" in text and "5 Chronologie" in text
        assert "Site non optimisé pour le mobile | 1 | mars 2026" in text
        labels = {a.binding.description for a in board.active_bindings.values()}
        assert {"Ouvrir", "Période", "Canal", "Bibliothèque"} <= labels


async def test_language_switch_relabels_the_board(library: Library) -> None:
    """ctrl+l turns the board into French at once, columns included."""
    library_with(library, black_friday())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.pause()
        assert "1 session : toute la période" in text_of(board, "#board-covered")
        columns = [
            str(c.label) for c in board.query_one("#board-table", DataTable).columns.values()
        ]
        assert columns[:3] == ["Cause", "Sessions", "Depuis"]
        assert rows(board)[0].startswith("Données clients obsolètes | 1 | sept. 2026")


async def test_empty_library_says_so(library: Library) -> None:
    """With no session the board is one sentence, not empty tables."""
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        assert "No session matches" in text_of(board, "#board-empty")
        assert not board.query_one("#board-table").display
        assert not board.query_one("#board-tabs").display


async def test_filter_with_no_match_says_so(library: Library) -> None:
    """A filter no session passes shows the same sentence; escape goes back to the library."""
    library_with(library, webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("m", "m")  # solo only
        await pilot.pause()
        assert "0 sessions" in text_of(board, "#board-covered")
        assert "No session matches" in text_of(board, "#board-empty")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not board


async def test_tab_without_lines_says_so(library: Library) -> None:
    """A tab with nothing to show (no bias marked present) says so in a sentence."""
    library_with(library, webinar())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        assert not board.query_one("#board-table").display
        assert "No bias marked present" in text_of(board, "#board-empty")


async def test_unreadable_sessions_are_counted(tmp_path: Path) -> None:
    """A session broken by hand is left out, and the board says so under its first line."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        ids = library_with(library, black_friday(), webinar())
    data = orjson.loads(path.read_bytes())
    data["sessions"][ids["Autumn webinar"]]["step"] = "no such step"
    path.write_bytes(orjson.dumps(data))
    async with running_app(path) as (app, pilot):
        board = await open_board(app, pilot)
        assert "1 session: all time" in text_of(board, "#board-covered")
        assert board.query_one("#board-unreadable").display
        assert "1 session could not be read" in text_of(board, "#board-unreadable")


async def test_bars_take_a_theme_colour_that_reads(library: Library) -> None:
    """Bars are drawn in the accent on a dark theme, in the primary colour on a light one."""
    library_with(library, black_friday())
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        table = board.query_one("#board-table", DataTable)
        assert table.get_row_at(0)[3].style == app.theme_variables["accent"]
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert table.get_row_at(0)[3].plain == "████████████████"
        assert table.get_row_at(0)[3].style == app.theme_variables["primary"]


def test_bar_colour_falls_back_when_the_accent_does_not_read() -> None:
    """The accent unless it is too close to the background; no colour without a theme."""
    dark = {"accent": "#FEA62B", "primary": "#0178D4", "background": "#121212"}
    light = {"accent": "#FEA62B", "primary": "#004578", "background": "#E0E0E0"}
    assert bar_colour(dark) == "#FEA62B"
    assert bar_colour(light) == "#004578"
    assert bar_colour({}) is None


async def test_carried_action_says_where_it_went(library: Library) -> None:
    """An action carried into a later session is marked so, and its detail names that session."""
    later = library.add(webinar())
    carried = Action(
        what="Clean the CRM", status="carried", carried_to=later.id, closed_on=date(2026, 10, 9)
    )
    library.add(black_friday().model_copy(update={"actions": [carried]}))
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("4")
        await highlight(pilot, board, "Clean the CRM")
        line = next(line for line in rows(board) if line.startswith("Clean the CRM"))
        assert line.split(" | ")[4] == "carried forward"
        assert "Carried over to Autumn webinar" in text_of(board, "#board-detail")


async def test_e_saves_the_board_page_as_filtered(library: Library, tmp_path: Path) -> None:
    """e asks for a file name and writes the board's wiki page, with the filter it shows."""
    library_with(library, sample_session("en"), black_friday(), webinar())
    target = tmp_path / "board.md"
    async with running_app(library) as (app, pilot):
        board = await open_board(app, pilot)
        await pilot.press("m")  # workshops only
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#path", Input)
        assert field.value == "failure-board-2026-11-23.md"
        field.value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is board
    page = target.read_text(encoding="utf-8")
    assert page.startswith("# Failure board\n")
    assert "workshops only" in page
