"""The private screen of the anonymous round holds nothing of the person before, and keeps the room in.

Whoever receives the laptop gets a screen that is the same whatever the previous person did:
no count, no way back to their answers. No key on it leaves the round or the app except the
facilitator's, confirmed. Nor does the library file: it is not written while the round runs,
and gets every answer in one change when the round ends.
"""

import re
from pathlib import Path

import orjson
import pytest
from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.anonymous import AnonymousScreen
from screens.steps.private_entry import PrivateEntryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.limits import MAX_ENTRIES
from workshop.session import AnonymousEntry, RoundSetup, Session
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


def on_disk(path: Path, session_id: str) -> dict[str, object]:
    """The session as the library file holds it right now, read from the disk."""
    session: dict[str, object] = orjson.loads(path.read_bytes())["sessions"][session_id]
    return session


def file_state(path: Path) -> tuple[bytes, int]:
    """What a sync tool, a backup or a snapshot would see of the file: its bytes and its time."""
    return path.read_bytes(), path.stat().st_mtime_ns


def saved(app: RootcauseApp) -> None:
    """Wait until the saver has written what it was given."""
    assert app.open_workspace is not None and app.open_workspace.saver.flush(5)


async def test_the_file_is_not_written_until_the_round_ends(tmp_path: Path) -> None:
    """After each person, and after a correction, the file is the same; ending the round writes
    every answer, once."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_round(library)
    async with running_app(path) as (app, pilot):
        await hand_over(app, pilot)
        saved(app)
        before = file_state(path)
        revision = on_disk(path, session.id)["revision"]
        for turn in (("Launch was rushed", "Test the form first"), ("Nobody owned it", None)):
            await answer(pilot, *turn)
            saved(app)
            assert file_state(path) == before
            await settle(pilot, "ctrl+e", *"!", "ctrl+s", "ctrl+o")  # a correction
            await settle(pilot, "enter")  # done
            saved(app)
            assert file_state(path) == before
            assert on_disk(path, session.id)["anonymous_entries"] == []
            await settle(pilot, "enter")
        await settle(pilot, "ctrl+f", "y")
        saved(app)
        stored_now = on_disk(path, session.id)
        texts = sorted(e["text"] for e in stored_now["anonymous_entries"])  # type: ignore[attr-defined]
        assert texts == ["Launch was rushed!", "Nobody owned it!", "Test the form first"]
        assert stored_now["revision"] == revision + 1  # type: ignore[operator]


async def test_the_facilitator_counts_answers_only_once_the_round_ends(library: Library) -> None:
    """While the laptop goes round, the facilitator's screen under it still counts none."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "Launch was rushed", "Test the form first")
        await settle(pilot, "enter", "enter")
        await answer(pilot, "Nobody owned it", None)
        facilitator = app.screen_stack[-2]
        assert isinstance(facilitator, AnonymousScreen)
        assert "Entries received: 0 " in facilitator.status_text()
        await settle(pilot, "ctrl+f", "y")
        assert "Entries received: 3 " in screen_text(app)


async def test_ending_a_round_nobody_answered_writes_nothing(tmp_path: Path) -> None:
    """A round ended with no answer leaves the file as it was."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        a_round(library)
    async with running_app(path) as (app, pilot):
        await hand_over(app, pilot)
        saved(app)
        before = file_state(path)
        await answer(pilot, None, None)
        await settle(pilot, "enter", "ctrl+f", "y")
        assert isinstance(app.screen, AnonymousScreen)
        saved(app)
        assert file_state(path) == before


async def test_quitting_after_the_round_ended_keeps_every_answer_once(library: Library) -> None:
    """Answers put in when the round ends are not put in a second time when the app closes."""
    session = a_round(library)
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "Launch was rushed", None)
        await settle(pilot, "enter", "ctrl+f", "y")
    assert [e.text for e in stored(library, session.id).anonymous_entries] == ["Launch was rushed"]


async def test_an_answer_over_the_limit_is_refused_at_once(library: Library) -> None:
    """An answer the session could not take is refused on sending, so the round's end never is."""
    full = [AnonymousEntry(prompt=QUESTIONS[0], text=str(n)) for n in range(MAX_ENTRIES - 1)]
    round_ = RoundSetup(prompts=QUESTIONS, participants=4, revealed=False)
    session = library.add(Session(step="anonymous", round=round_, anonymous_entries=full))
    async with running_app(library) as (app, pilot):
        await hand_over(app, pilot)
        await answer(pilot, "the last one that fits")
        await pilot.press(*"one too many")
        await settle(pilot, "ctrl+s")
        shown = screen_text(app)
        assert "Not kept" in shown and str(MAX_ENTRIES) in shown
        await settle(pilot, "ctrl+o", "enter", "ctrl+f", "y")
        assert isinstance(app.screen, AnonymousScreen)
    texts = [e.text for e in stored(library, session.id).anonymous_entries]
    assert len(texts) == MAX_ENTRIES
    assert "the last one that fits" in texts and "one too many" not in texts


async def test_the_facilitator_is_told_where_the_answers_are(library: Library) -> None:
    """Before the round starts the facilitator reads that answers stay in memory, in both languages."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter")
        assert "in memory" in screen_text(app) and "power cut" in screen_text(app)
        await settle(pilot, "ctrl+l")
        assert "en mémoire" in screen_text(app) and "coupure de courant" in screen_text(app)
