"""The anonymous round on one laptop: nobody sees another's entry before the reveal."""

from pathlib import Path

import orjson
from textual.pilot import Pilot

from screens.app import RootcauseApp
from screens.steps.anonymous import AnonymousScreen
from screens.steps.private_entry import PrivateEntryScreen
from storage.library import Library
from tests.screens.workshop_app import running_app, screen_text, stored
from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.session import RoundSetup, Session

QUESTION = "What went wrong?"
ANSWERS = [
    "The launch date was political",
    "Sales never saw the list",
    "We ignored the first bad numbers",
    "Nobody owned the data",
    "The brief changed twice",
]


def a_round(library: Library, **setup: object) -> Session:
    round_ = RoundSetup(prompts=[QUESTION], **setup)  # type: ignore[arg-type]
    return library.add(Session(step="anonymous", round=round_))


async def settle(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_a_round_of_five_shows_nobody_anything_before_the_reveal(library: Library) -> None:
    """After every submit, and when the next person starts, no earlier text is on screen."""
    session = a_round(library, participants=5)
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter")
        assert isinstance(app.screen, AnonymousScreen)
        await settle(pilot, "enter")
        for person, answer in enumerate(ANSWERS):
            assert isinstance(app.screen, PrivateEntryScreen)
            assert QUESTION in screen_text(app)
            await pilot.press(*answer)
            await settle(pilot, "ctrl+s")
            shown = screen_text(app)
            assert "That was the last question" in shown
            assert not any(earlier in shown for earlier in ANSWERS[: person + 1])
            await settle(pilot, "enter")
            assert "Ready for the next person" in screen_text(app)
            await settle(pilot, "enter")
            assert not any(earlier in screen_text(app) for earlier in ANSWERS[: person + 1])
        await settle(pilot, "ctrl+f", "y")
        assert isinstance(app.screen, AnonymousScreen)
        shown = screen_text(app)
        assert "Entries received: 5" in shown
        assert not any(answer in shown for answer in ANSWERS)
        await settle(pilot, "r", "y")
        shown = screen_text(app)
        assert all(answer in shown for answer in ANSWERS)
    saved = stored(library, session.id)
    assert saved.round.revealed
    assert sorted(e.text for e in saved.anonymous_entries) == sorted(ANSWERS)


async def test_no_key_reaches_other_screens_from_the_private_screen(library: Library) -> None:
    """Escape, the step keys, the palette, the help and the language switch stay shut."""
    a_round(library)
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter", "enter")
        await pilot.press(*ANSWERS[0])
        await settle(pilot, "ctrl+s", "enter")
        for key in ("escape", "ctrl+g", "ctrl+n", "ctrl+b", "ctrl+p", "f1", "ctrl+l", "ctrl+z"):
            await settle(pilot, key)
            assert isinstance(app.screen, PrivateEntryScreen), key
            assert ANSWERS[0] not in screen_text(app), key
        assert app.ui_language == "en"


async def test_the_last_person_may_correct_only_their_own_answer(library: Library) -> None:
    """Before saying done, ctrl+e brings back this person's answer, never the previous one's."""
    session = a_round(library)
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter", "enter")
        await pilot.press(*"first person")
        await settle(pilot, "ctrl+s", "enter", "enter")
        await pilot.press(*"second person")
        await settle(pilot, "ctrl+s", "ctrl+e")
        shown = screen_text(app)
        assert "second person" in shown and "first person" not in shown
        await pilot.press(*", corrected")
        await settle(pilot, "ctrl+s")
        assert "second person, corrected" not in screen_text(app)
        await settle(pilot, "enter", "ctrl+e")  # done: the next person cannot go back
        assert "second person" not in screen_text(app)
    texts = sorted(e.text for e in stored(library, session.id).anonymous_entries)
    assert texts == ["first person", "second person, corrected"]


async def test_an_empty_answer_is_refused_with_a_word(library: Library) -> None:
    """Sending nothing says what to do and stores nothing."""
    session = a_round(library)
    async with running_app(library) as (app, pilot):
        await settle(pilot, "enter", "enter")
        await pilot.press(*"   ")
        await settle(pilot, "ctrl+s")
        assert "Type an answer first" in screen_text(app)
        assert isinstance(app.screen, PrivateEntryScreen)
    assert stored(library, session.id).anonymous_entries == []


async def test_the_library_file_keeps_no_author_and_no_time(tmp_path: Path) -> None:
    """In the file, each entry holds its prompt and text and the group's marks, nothing else."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_round(library)
    async with running_app(path) as (_, pilot):
        await settle(pilot, "enter", "enter")
        for answer in ANSWERS[:3]:
            await pilot.press(*answer)
            await settle(pilot, "ctrl+s", "enter", "enter")
    raw = orjson.loads(path.read_bytes())
    entries = raw["sessions"][session.id]["anonymous_entries"]
    assert len(entries) == 3
    for entry in entries:
        assert set(entry) == {"id", "prompt", "text", "count", "merged", "discuss", "links"}


async def open_round(app: RootcauseApp, pilot: Pilot[None]) -> None:
    await settle(pilot, "enter", "o")
    await settle(pilot, "ctrl+s")


async def test_opening_the_round_offers_the_built_in_questions(library: Library) -> None:
    """o opens the round with the first three built-in questions ticked, in the session's language."""
    session = library.add(Session(step="anonymous", language="fr"))
    async with running_app(library) as (app, pilot):
        await open_round(app, pilot)
        assert "The round is open. Questions: 3." in screen_text(app)
    expected = [p.text.fr for p in ANONYMOUS_PROMPTS[:3]]
    assert stored(library, session.id).round.prompts == expected


async def test_after_the_reveal_duplicates_merge_and_entries_get_marked(library: Library) -> None:
    """m merges another entry into the highlighted one; x marks it to discuss."""
    session = a_round(library)
    async with running_app(library) as (_, pilot):
        await settle(pilot, "enter", "enter")
        for answer in ("Data was stale", "stale data"):
            await pilot.press(*answer)
            await settle(pilot, "ctrl+s", "enter", "enter")
        await settle(pilot, "ctrl+f", "y", "r", "y")
        await settle(pilot, "m", "enter")
        await settle(pilot, "x")
    entries = stored(library, session.id).anonymous_entries
    assert len(entries) == 1
    assert entries[0].count == 2 and entries[0].discuss
    assert sorted([entries[0].text, *entries[0].merged]) == ["Data was stale", "stale data"]
