"""The home screen: the library at 80x24, opening, starting, deleting and undoing."""

from textual.widgets import DataTable

from screens.home.screen import HomeScreen
from screens.steps.base import StepScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.sample import sample_session


async def test_empty_library_explains_and_offers_the_sample(library: Library) -> None:
    """An empty library says what the tool does and how to open the sample."""
    async with running_app(library) as (app, _):
        text = screen_text(app)
        assert isinstance(app.screen, HomeScreen)
        assert "post-mortem of a failed campaign" in text
        assert "finished example" in text


async def test_sample_key_opens_the_sample_where_it_stands(library: Library) -> None:
    """Pressing s adds the sample and opens it at its step, saved in the library."""
    async with running_app(library) as (app, pilot):
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
        assert app.screen.STEP == "summary"
        session_id = app.screen.session.id
    assert stored(library, session_id).title == sample_session("en").title


async def test_delete_asks_then_undo_brings_it_back(library: Library) -> None:
    """d asks for confirmation and moves the session to the trash; u restores it."""
    kept = library.add(sample_session("en"))
    async with running_app(library) as (app, pilot):
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "finished example" in screen_text(app)
        assert library.summaries() == []
        await pilot.press("u")
        await pilot.pause()
        assert kept.title in screen_text(app)
    assert stored(library, kept.id).title == kept.title


async def test_french_interface(library: Library) -> None:
    """With French chosen, the home screen and its keys speak French."""
    async with running_app(library, language="fr") as (app, _):
        assert "campagne ratée" in screen_text(app)
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Nouvelle", "Exemple"} <= labels


async def test_a_large_library_lists_every_session(library: Library) -> None:
    """Past the first rows drawn at once, the older sessions follow in the same table."""
    library.add_all([sample_session("en")] * 130)
    async with running_app(library) as (app, pilot):
        await pilot.pause()
        table = app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 130
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StepScreen)
