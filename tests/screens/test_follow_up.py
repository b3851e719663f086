"""Following up earlier actions at 80x24: on the home screen, and when a new session starts."""

from datetime import date
from pathlib import Path

from textual.widgets import DataTable

from screens.home.follow_up import FollowUpScreen
from screens.home.screen import HomeScreen
from screens.steps.actions import ActionsScreen
from screens.steps.case import CaseScreen
from screens.widgets.pending_table import PendingTable
from storage.library import Library
from tests.screens.workshop_app import TODAY, running_app, screen_text, stored
from workshop.case import CampaignCase
from workshop.export.markdown import session_markdown
from workshop.session import Action, Session

LATE = Action(
    id="late",
    what="Clean the CRM export",
    owner="Karim",
    due=date(2026, 10, 1),
    kpi="Bounce rate",
    target="under 2%",
)
SOON = Action(id="soon", what="Write three personas", owner="Julie", due=date(2026, 12, 15))
DONE = Action(id="old", what="Fix the mobile page", status="done", result="ok")


def library_with(library: Library, *sessions: Session) -> list[str]:
    """The `sessions` added to `library`; their ids."""
    return [library.add(session).id for session in sessions]


def spring(*actions: Action) -> Session:
    return Session(case=CampaignCase(campaign="Spring emails"), actions=list(actions))


async def focus_pending(app: object, pilot: object) -> PendingTable:
    """Tab from the sessions to the open actions."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("tab")
    await pilot.pause()
    table = pilot.app.screen.query_one("#pending", PendingTable)
    assert table.has_focus
    return table


async def test_home_lists_open_actions_overdue_first_and_marked(library: Library) -> None:
    """The open actions of the library show under the sessions; the overdue one first, with ⚠."""
    library_with(library, spring(SOON, LATE, DONE))
    async with running_app(library) as (app, _):
        table = app.screen.query_one("#pending", PendingTable)
        assert table.display
        assert [item.action.id for item in table.items] == ["late", "soon"]
        first_due = str(table.get_row_at(0)[3])
        assert first_due == "⚠ 2026-10-01"
        assert "⚠" not in str(table.get_row_at(1)[3])
        text = screen_text(app)
        assert "Open actions of earlier sessions: 2, 1 overdue" in text
        assert "Fix the mobile page" not in text


async def test_home_hides_the_list_when_nothing_is_open(library: Library) -> None:
    """With no open action anywhere, no follow-up list takes room on the home screen."""
    library_with(library, spring(DONE))
    async with running_app(library) as (app, _):
        assert not app.screen.query_one("#pending", PendingTable).display
        assert not app.screen.query_one("#pending-title").display


async def test_done_from_home_saves_result_target_and_day(library: Library) -> None:
    """x on an open action asks its result and whether the target was met, and saves both."""
    (session_id,) = library_with(library, spring(LATE))
    async with running_app(library) as (app, pilot):
        await focus_pending(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press(*"Bounce 1.4% in November", "tab", "enter", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert not app.screen.query_one("#pending", PendingTable).display
    action = stored(library, session_id).actions[0]
    assert (action.status, action.result, action.target_met) == (
        "done",
        "Bounce 1.4% in November",
        True,
    )
    assert action.closed_on == TODAY
    page = session_markdown(stored(library, session_id))
    assert "**target met** · Bounce 1\\.4% in November" in page


async def test_drop_from_home_needs_a_reason_and_keeps_it(library: Library) -> None:
    """Enter offers every way; dropping refuses an empty reason, then saves the one typed."""
    (session_id,) = library_with(library, spring(LATE))
    async with running_app(library) as (app, pilot):
        await focus_pending(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")  # done, drop, open: the second
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "cannot be empty" in screen_text(app)
        assert stored(library, session_id).actions[0].status == "open"
        await pilot.press(*"The CRM is being replaced", "ctrl+s")
        await pilot.pause()
    action = stored(library, session_id).actions[0]
    assert (action.status, action.result, action.closed_on) == (
        "dropped",
        "The CRM is being replaced",
        TODAY,
    )
    assert "~~Clean the CRM export~~" in session_markdown(stored(library, session_id))


async def test_open_the_session_an_action_comes_from(library: Library) -> None:
    """From the follow-up menu, the action's session opens at its actions."""
    (session_id,) = library_with(library, spring(LATE))
    async with running_app(library) as (app, pilot):
        await focus_pending(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        assert app.screen.session.id == session_id


async def test_keys_follow_the_focused_list(library: Library) -> None:
    """On the open actions the footer offers Done and not Delete; on the sessions, the reverse."""
    library_with(library, spring(LATE))
    async with running_app(library) as (app, pilot):
        shown = {a.binding.action for a in app.screen.active_bindings.values() if a.enabled}
        assert "delete_session" in shown and "mark_done" not in shown
        await focus_pending(app, pilot)
        shown = {a.binding.action for a in app.screen.active_bindings.values() if a.enabled}
        assert "mark_done" in shown and "delete_session" not in shown
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # no delete question


async def start_new_session(pilot: object, name: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("n")
    await pilot.pause()
    await pilot.press(*name, "enter")
    await pilot.pause()


async def test_new_session_lists_earlier_open_actions_first(library: Library) -> None:
    """Starting a session shows the earlier open actions before the first step."""
    library_with(library, spring(SOON, LATE))
    async with running_app(library) as (app, pilot):
        await start_new_session(pilot, "Autumn webinar")
        assert isinstance(app.screen, FollowUpScreen)
        text = screen_text(app)
        assert "Before 'Autumn webinar' starts: 2 open actions" in text
        assert "1 overdue" in text
        assert "Clean the CRM export" in text and "Write three personas" in text


async def test_carry_moves_the_action_into_the_new_session(library: Library) -> None:
    """c carries the action: closed in its session, open in the new one, both saved."""
    (old_id,) = library_with(library, spring(LATE))
    async with running_app(library) as (app, pilot):
        await start_new_session(pilot, "Autumn webinar")
        await pilot.press("c")
        await pilot.pause()
        assert "Every earlier action is followed up" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        new_id = app.screen.session.id
        assert [a.what for a in app.screen.session.actions] == ["Clean the CRM export"]
    source = stored(library, old_id).actions[0]
    assert (source.status, source.carried_to, source.closed_on) == ("carried", new_id, TODAY)
    copy = stored(library, new_id).actions[0]
    assert (copy.status, copy.carried_from, copy.owner) == ("open", old_id, "Karim")
    assert copy.id != source.id
    assert "*(from an earlier session)*" in session_markdown(stored(library, new_id))
    assert "carried forward 2026-11-23" in session_markdown(stored(library, old_id))


async def test_new_session_without_earlier_actions_opens_at_once(library: Library) -> None:
    """With nothing to follow up, a new session goes straight to its first step."""
    library_with(library, spring(DONE))
    async with running_app(library) as (app, pilot):
        await start_new_session(pilot, "Autumn webinar")
        assert isinstance(app.screen, CaseScreen)


async def test_action_closed_elsewhere_is_not_closed_twice(tmp_path: Path) -> None:
    """When another process closed the action first, carrying it says so and changes nothing."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        (old_id,) = library_with(library, spring(LATE))
    async with running_app(path) as (app, pilot):
        await start_new_session(pilot, "Autumn webinar")
        with Library.open(path) as other:
            session = other.get(old_id)
            done = session.actions[0].model_copy(update={"status": "done"})
            other.save(session.model_copy(update={"actions": [done]}))
        await pilot.press("c")
        await pilot.pause()
        assert "closed meanwhile" in " ".join(str(n.message) for n in app._notifications)
        assert "Every earlier action is followed up" in screen_text(app)
        new_id = app.screen.new_session.id if isinstance(app.screen, FollowUpScreen) else ""
    assert stored(path, new_id).actions == []
    assert stored(path, old_id).actions[0].status == "done"


async def test_follow_up_screen_in_french(library: Library) -> None:
    """In French, the follow-up speaks French, keys included."""
    library_with(library, spring(LATE))
    async with running_app(library, language="fr") as (app, pilot):
        await start_new_session(pilot, "Webinaire")
        text = screen_text(app)
        assert "Avant de commencer « Webinaire » : 1 actions ouvertes" in text
        assert "jours de retard" in text
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Suivre", "Faite", "Reprendre", "Commencer"} <= labels


async def test_done_in_the_actions_step_records_a_missed_target(library: Library) -> None:
    """The actions step's x asks the same questions: result, and whether the target was met."""
    (session_id,) = library_with(library, spring(LATE).model_copy(update={"step": "actions"}))
    async with running_app(library) as (app, pilot):
        table = app.screen.query_one("#sessions", DataTable)
        assert table.has_focus
        await pilot.press("enter", "x")
        await pilot.pause()
        await pilot.press(*"3.1%", "tab", "enter", "down", "down", "enter", "ctrl+s")
        await pilot.pause()
        assert "Target missed. Done. Result: 3.1%" in screen_text(app)
        app.close_workspace()
    action = stored(library, session_id).actions[0]
    assert (action.status, action.target_met, action.closed_on) == ("done", False, TODAY)


async def test_the_detail_stays_on_the_action_after_following_up(library: Library) -> None:
    """Back from a follow-up dialog, the line under the lists still describes an open action."""
    library_with(library, spring(LATE, SOON))
    async with running_app(library) as (app, pilot):
        await focus_pending(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press(*"done", "ctrl+s")
        await pilot.pause()
        detail = str(app.screen.query_one("#session-detail").render())
        assert detail.startswith("Write three personas")
