"""The reverse SWOT step: weaknesses and threats, turned round or visibly not yet."""

from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import Static

from screens.app import RootcauseApp
from screens.steps.swot import SwotScreen, SwotTable
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.session import Session, SwotItem


def a_session(library: Library, **fields: object) -> Session:
    return library.add(Session(step="swot", **fields))


def three_items() -> list[SwotItem]:
    return [
        SwotItem(id="s1", kind="weakness", text="Stale CRM data", conversion="Nightly sync"),
        SwotItem(id="s2", kind="threat", text="Competitor free tier"),
        SwotItem(id="s3", kind="weakness", text="No mobile check", conversion="Checklist"),
    ]


async def open_step(app: RootcauseApp, pilot: Pilot[None]) -> SwotScreen:
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, SwotScreen)
    return app.screen


def rows(screen: SwotScreen) -> list[list[str]]:
    table = screen.query_one(SwotTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def count_line(screen: SwotScreen) -> Static:
    return screen.query_one("#swot-count", Static)


async def test_items_typed_by_keys_are_saved(library: Library) -> None:
    """w and t add a weakness and a threat, with or without a conversion; a fresh read has them."""
    session = a_session(library)
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press(*"Weak social presence", "tab", *"Engaging content", "enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"Ad prices rose", "enter")
        await pilot.pause()
        assert rows(screen) == [
            ["Weakness", "Weak social presence", "Engaging content"],
            ["Threat", "Ad prices rose", "⚠ not turned round yet"],
        ]
    saved = stored(library, session.id).swot
    assert [(i.kind, i.text, i.conversion) for i in saved] == [
        ("weakness", "Weak social presence", "Engaging content"),
        ("threat", "Ad prices rose", ""),
    ]


async def test_an_unconverted_item_is_visibly_unfinished(library: Library) -> None:
    """The count names the items not turned round yet, styled as a warning, until c fixes it."""
    session = a_session(library, swot=three_items())
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        assert rows(screen)[1][2] == "⚠ not turned round yet"
        marker = screen.query_one(SwotTable).get_row_at(1)[2]
        assert marker.style and Style.parse(str(marker.style)).color is not None
        assert "1 of 3 not turned round yet." in screen_text(app)
        assert count_line(screen).has_class("unfinished")
        await pilot.press("down", "c")
        await pilot.pause()
        await pilot.press(*"Sell what free tools lack", "enter")
        await pilot.pause()
        assert rows(screen)[1][2] == "Sell what free tools lack"
        assert "All 3 turned round" in screen_text(app)
        assert not count_line(screen).has_class("unfinished")
    assert stored(library, session.id).swot[1].conversion == "Sell what free tools lack"


async def test_enter_edits_text_conversion_and_kind(library: Library) -> None:
    """Enter opens one form for the text, the conversion and the kind; the row stays selected."""
    session = a_session(library, swot=three_items())
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+u", *"No test on phones", "tab", "ctrl+u", *"Launch checklist")
        await pilot.press("tab", "enter", "up", "enter", "ctrl+s")
        await pilot.pause()
        assert screen.query_one(SwotTable).cursor_row == 2
        assert rows(screen)[2] == ["Threat", "No test on phones", "Launch checklist"]
    item = stored(library, session.id).swot[2]
    assert (item.id, item.kind, item.text, item.conversion) == (
        "s3",
        "threat",
        "No test on phones",
        "Launch checklist",
    )


async def test_delete_then_undo_puts_it_back_in_place(library: Library) -> None:
    """d removes the highlighted item; u brings it back, same id, same place."""
    session = a_session(library, swot=three_items())
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        await pilot.press("down", "d")
        await pilot.pause()
        assert [row[1] for row in rows(screen)] == ["Stale CRM data", "No mobile check"]
        assert "1 of" not in screen_text(app)
        await pilot.press("u")
        await pilot.pause()
        assert screen.query_one(SwotTable).cursor_row == 1
    assert stored(library, session.id).swot == three_items()


async def test_deleted_item_stays_deleted(library: Library) -> None:
    """Without undo, the deletion is what a fresh read finds."""
    session = a_session(library, swot=three_items())
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("d")
        await pilot.pause()
    assert [item.id for item in stored(library, session.id).swot] == ["s2", "s3"]


async def test_a_long_item_is_shown_in_full_below(library: Library) -> None:
    """A text cut in the table shows whole under it when highlighted; a short one does not."""
    long_text = "The segment was built from a CRM export that nobody had refreshed since last year"
    items = [*three_items(), SwotItem(kind="weakness", text=long_text, conversion="Sync")]
    a_session(library, swot=items)
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        detail = screen.query_one("#swot-detail", Static)
        assert not detail.display
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert detail.display
        assert f"Weakness: {long_text}" in str(detail.render())


async def test_an_empty_text_is_refused(library: Library) -> None:
    """A weakness with no text is not added; the form says why."""
    session = a_session(library)
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("w", "enter")
        await pilot.pause()
        assert "The weakness: this cannot be empty." in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "Press w for a weakness" in screen_text(app)
    assert stored(library, session.id).swot == []


async def test_typed_brackets_stay_text(library: Library) -> None:
    """Square brackets in an item show as typed."""
    a_session(library, swot=[SwotItem(kind="threat", text="[red]Prices[/red] up")])
    async with running_app(library) as (app, pilot):
        screen = await open_step(app, pilot)
        assert rows(screen)[0][1] == "[red]Prices[/red] up"


async def test_french_interface(library: Library) -> None:
    """In French the table, the count and the keys speak French."""
    a_session(library, swot=three_items(), language="fr")
    async with running_app(library, language="fr") as (app, pilot):
        screen = await open_step(app, pilot)
        assert rows(screen)[1][:1] == ["Menace"]
        assert rows(screen)[1][2] == "⚠ pas encore retourné"
        assert "1 sur 3 pas encore retournés." in screen_text(app)
        labels = {a.binding.description for a in screen.active_bindings.values()}
        assert {"Faiblesse", "Menace", "Retourner"} <= labels


async def test_switching_language_keeps_the_selected_item(library: Library) -> None:
    """ctrl+l redraws the table in French with the cursor on the same item."""
    a_session(library, swot=three_items())
    async with running_app(library) as (app, pilot):
        await open_step(app, pilot)
        await pilot.press("down", "down", "ctrl+l")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SwotScreen)
        assert rows(screen)[2][0] == "Faiblesse"
        assert screen.query_one(SwotTable).cursor_row == 2
