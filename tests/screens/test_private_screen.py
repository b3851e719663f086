"""The private screen of the anonymous round holds nothing of the person before, and keeps the room in.

Whoever receives the laptop gets a screen that is the same whatever the previous person did:
no count, no way back to their answers. No key on it leaves the round or the app except the
facilitator's, confirmed.
"""

import re

import pytest
from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.anonymous import AnonymousScreen
from screens.steps.private_entry import PrivateEntryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.session import RoundSetup, Session
from workshop.vocabulary import Language

QUESTIONS = ["What went wrong?", "What would you change?"]


def a_round(library: Library, language: Language = "en") -> Session:
    round_ = RoundSetup(prompts=QUESTIONS, participants=4)
    return library.add(Session(step="anonymous", language=language, round=round_))


async def settle(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def answer(pilot: Pilot[None], *answers: str | None) -> None:
    """One person's turn: each answer sent (None skips the question)."""
    for text in answers:
        if text is None:
            await settle(pilot, "ctrl+o")
        else:
            await pilot.press(*text)
            await settle(pilot, "ctrl+s")


async def hand_over(app: RootcauseApp, pilot: Pilot[None]) -> None:
    """From the facilitator's step to the first person's first question."""
    await settle(pilot, "enter", "enter")
    assert isinstance(app.screen, PrivateEntryScreen)
    assert QUESTIONS[0] in screen_text(app)


def counts(text: str) -> list[str]:
    """Every number on a screen: a count that grows per person would show here."""
    return re.findall(r"\d+", text)


async def test_the_last_answer_shows_no_count(library: Library) -> None:
    """After a person's last answer, the screen says nothing of how many entries came in."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "Launch was rushed", "Test the form first")
        shown = screen_text(app)
        assert isinstance(app.screen, PrivateEntryScreen)
        assert counts(shown) == [], shown
        assert "Launch was rushed" not in shown


async def test_the_screen_handed_on_holds_nothing_of_the_person_before(library: Library) -> None:
    """Once a person is done, ctrl+e and every key of the handed-on screen show none of their answers."""
    session = a_round(library)
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "Launch was rushed", "Test the form first")
        await settle(pilot, "enter")  # done: the laptop goes on
        handed = screen_text(app)
        assert "Ready for the next person" in handed
        assert counts(handed) == [], handed
        await settle(pilot, "ctrl+e")
        assert screen_text(app) == handed
        await settle(pilot, "enter")  # the next person starts
        await settle(pilot, "ctrl+e")
        shown = screen_text(app)
        assert QUESTIONS[0] in shown
        assert "Launch was rushed" not in shown and "Test the form first" not in shown
    texts = sorted(e.text for e in stored(library, session.id).anonymous_entries)
    assert texts == ["Launch was rushed", "Test the form first"]


async def test_the_handed_on_screen_is_the_same_whatever_the_person_did(library: Library) -> None:
    """Two answers, one, or none: the next person receives the very same screen."""
    a_round(library)
    seen = []
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        for turn in (("One", "Two"), ("Only one", None), (None, None)):
            await answer(pilot, *turn)
            await settle(pilot, "enter")
            seen.append(screen_text(app))
            await settle(pilot, "enter")
    assert seen[0] == seen[1] == seen[2]


async def test_a_person_corrects_their_answers_before_saying_done(library: Library) -> None:
    """ctrl+e after the last question brings back this person's own answers, and only those."""
    session = a_round(library)
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "first person", None)
        await settle(pilot, "enter", "enter")
        await answer(pilot, "second person", None)
        await settle(pilot, "ctrl+e")
        shown = screen_text(app)
        assert "second person" in shown and "first person" not in shown
        await pilot.press(*", corrected")
        await settle(pilot, "ctrl+s")
        await answer(pilot, "an answer after all")
        assert "second person" not in screen_text(app)
        await settle(pilot, "enter")  # done
    by_prompt = sorted((e.prompt, e.text) for e in stored(library, session.id).anonymous_entries)
    assert by_prompt == [
        (QUESTIONS[0], "first person"),
        (QUESTIONS[0], "second person, corrected"),
        (QUESTIONS[1], "an answer after all"),
    ]


async def test_the_ready_screen_in_french(library: Library) -> None:
    """The handed-on screen speaks the interface language."""
    a_round(library, language="fr")
    async with running_app(library, language="fr") as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "Trop vite", None)
        assert counts(screen_text(app)) == []
        await settle(pilot, "enter")
        assert "Prêt pour la personne suivante" in screen_text(app)


ESCAPES = ("ctrl+q", "ctrl+c", "ctrl+z", "escape", "ctrl+p", "f1", "ctrl+g", "ctrl+n", "ctrl+b")


async def reach(app: RootcauseApp, pilot: Pilot[None], where: str) -> None:
    """The private screen while typing, after the last question, or handed on."""
    await hand_over(app, pilot)
    if where == "typing":
        await pilot.press(*"half typed")
        return
    await answer(pilot, "Launch was rushed", None)
    if where == "handed":
        await settle(pilot, "enter")


@pytest.mark.parametrize("where", ["typing", "last", "handed"])
@pytest.mark.parametrize("key", ESCAPES)
async def test_no_key_leaves_the_private_screen(library: Library, where: str, key: str) -> None:
    """Quit, interrupt, suspend, Escape, the palette, help and step keys all keep the round on screen."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await reach(app, pilot, where)
        before, depth = screen_text(app), len(app.screen_stack)
        await settle(pilot, key)
        await settle(pilot, key)
        assert app.return_code is None, "the app quit"
        assert isinstance(app.screen, PrivateEntryScreen), app.screen
        assert len(app.screen_stack) == depth  # nothing opened on top: no palette, no help
        assert "Launch was rushed" not in screen_text(app)
        if where != "typing":
            assert screen_text(app) == before


async def test_only_the_facilitator_key_confirmed_ends_the_round(library: Library) -> None:
    """ctrl+f asks first; no keeps the private screen, yes goes back to the facilitator."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await reach(app, pilot, "handed")
        await settle(pilot, "ctrl+f", "n")
        assert isinstance(app.screen, PrivateEntryScreen)
        await settle(pilot, "ctrl+f", "y")
        assert isinstance(app.screen, AnonymousScreen)
        assert "Launch was rushed" not in screen_text(app)
        await settle(pilot, "ctrl+q")
        assert app.return_code is not None  # back with the facilitator, ctrl+q quits as ever
