"""The anonymous round's slot: the devil's advocate in solo mode, the round's entry in a workshop."""

from screens.steps.devils_advocate import DevilsAdvocateScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.content.prompts import DEVILS_ADVOCATE_PROMPTS
from workshop.session import Session


def a_session(library: Library, **fields: object) -> Session:
    return library.add(Session(step="anonymous", **fields))  # type: ignore[arg-type]


async def test_solo_answers_each_devils_advocate_prompt(library: Library) -> None:
    """In solo mode each prompt takes an answer, saved next to the prompt, in the session's language."""
    session = a_session(library, mode="solo", language="fr")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DevilsAdvocateScreen)
        assert "Devil's advocate" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Le segment etait faux", "ctrl+s")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"Trop optimiste", "ctrl+s")
        await pilot.pause()
        assert "2 of 4 answered" in screen_text(app)
    entries = stored(library, session.id).anonymous_entries
    by_prompt = {entry.prompt: entry.text for entry in entries}
    assert by_prompt == {
        DEVILS_ADVOCATE_PROMPTS[0].text.fr: "Le segment etait faux",
        DEVILS_ADVOCATE_PROMPTS[1].text.fr: "Trop optimiste",
    }


async def test_emptying_an_answer_removes_it(library: Library) -> None:
    """Clearing an answer leaves no empty entry behind."""
    session = a_session(library, mode="solo")
    async with running_app(library) as (_app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter", *"Maybe", "ctrl+s")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*["backspace"] * 5, "ctrl+s")
        await pilot.pause()
    assert stored(library, session.id).anonymous_entries == []


async def test_language_switch_redraws_the_step(library: Library) -> None:
    """ctrl+l switches the interface to French and back, on the step being worked on."""
    a_session(library, mode="solo")
    async with running_app(library) as (app, pilot):
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "Avocat du diable" in screen_text(app)
        assert "0 sur 4 avec réponse" in screen_text(app)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "Devil's advocate" in screen_text(app)
