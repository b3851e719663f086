"""The bias check step at 80x24: statuses by keys, notes, the live count of present biases."""

from textual.widgets import DataTable

from screens.steps.biases import BiasesScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.content.biases import BIAS_INFO
from workshop.session import BiasCheck, Session


def library_with(library: Library, session: Session) -> str:
    """Put `session` in `library`; its id."""
    return library.add(session).id


def new_session(library: Library) -> str:
    """A fresh session at the bias step, in `library`; its id."""
    return library_with(library, Session(step="biases"))


async def test_space_cycles_the_status_and_saves_it(library: Library) -> None:
    """Space goes not discussed -> cleared -> present, and the last status is saved."""
    session_id = new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BiasesScreen)
        await pilot.press("space")
        assert "cleared" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert "⚠ present" in screen_text(app)
    assert stored(library, session_id).biases == {"hindsight": BiasCheck(status="present")}


async def test_space_a_third_time_forgets_the_bias(library: Library) -> None:
    """Back to not discussed (with no note), the bias is left out of the saved session."""
    session_id = new_session(library)
    async with running_app(library) as (_, pilot):
        await pilot.press("enter", "space", "space", "space")
        await pilot.pause()
    assert stored(library, session_id).biases == {}


async def test_c_p_n_set_the_status_directly(library: Library) -> None:
    """c marks the highlighted bias cleared, p present, n not discussed."""
    session_id = new_session(library)
    async with running_app(library) as (_, pilot):
        await pilot.press("enter", "down", "p", "down", "c", "down", "p", "n")
        await pilot.pause()
    biases = stored(library, session_id).biases
    assert biases == {
        "outcome": BiasCheck(status="present"),
        "confirmation": BiasCheck(status="cleared"),
    }


async def test_count_of_present_biases_updates_live(library: Library) -> None:
    """The line above the table counts the present biases as they are marked."""
    new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert "Biases present: 0 of 13" in screen_text(app)
        await pilot.press("p", "down", "p")
        assert "Biases present: 2 of 13" in screen_text(app)
        await pilot.press("c")
        assert "Biases present: 1 of 13" in screen_text(app)


async def test_highlighted_bias_shows_definition_and_question(library: Library) -> None:
    """Moving down shows the next bias's definition and probing question in full."""
    new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter", "down", "down")
        await pilot.pause()
        text = screen_text(app)
        info = BIAS_INFO["confirmation"]
        assert info.definition.en in text
        assert info.question.en in text


async def test_enter_edits_the_note_as_plain_text(library: Library) -> None:
    """Enter opens the note form; the note is saved and shown, brackets and all."""
    session_id = new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press(*"Seen [b]twice[/b]", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BiasesScreen)
        table = app.screen.query_one("#biases", DataTable)
        assert str(table.get_row_at(0)[2]) == "Seen [b]twice[/b]"
    check = stored(library, session_id).biases["hindsight"]
    assert check == BiasCheck(status="not_discussed", note="Seen [b]twice[/b]")


async def test_e_keeps_the_status_when_noting(library: Library) -> None:
    """e edits the note of a present bias; it stays present."""
    session = Session(step="biases", biases={"hindsight": BiasCheck(status="present", note="a")})
    session_id = library_with(library, session)
    async with running_app(library) as (_, pilot):
        await pilot.press("enter", "e")
        await pilot.pause()
        await pilot.press("b", "ctrl+s")
        await pilot.pause()
    assert stored(library, session_id).biases["hindsight"] == BiasCheck(status="present", note="ab")


async def test_cancelled_note_changes_nothing(library: Library) -> None:
    """Escape in the note form leaves the bias as it was."""
    session_id = new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter", "e")
        await pilot.pause()
        await pilot.press(*"draft", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BiasesScreen)
    assert stored(library, session_id).biases == {}


async def test_french_interface(library: Library) -> None:
    """In French, the biases, statuses, count and keys speak French."""
    new_session(library)
    async with running_app(library, language="fr") as (app, pilot):
        await pilot.press("enter", "p")
        await pilot.pause()
        text = screen_text(app)
        assert "Biais présents : 1 sur 13" in text
        assert "Biais rétrospectif" in text
        assert "⚠ présent" in text
        assert BIAS_INFO["hindsight"].question.fr in text
        labels = {a.binding.description for a in app.screen.active_bindings.values()}
        assert {"Statut", "Note", "Présent"} <= labels


async def test_keys_still_work_after_switching_language(library: Library) -> None:
    """After ctrl+l rebuilds the screen in French, the arrows and p still act on the table."""
    session_id = new_session(library)
    async with running_app(library) as (app, pilot):
        await pilot.press("enter", "ctrl+l")
        await pilot.pause()
        await pilot.press("down", "p")
        await pilot.pause()
        assert "Biais présents : 1 sur 13" in screen_text(app)
    assert stored(library, session_id).biases == {"outcome": BiasCheck(status="present")}
