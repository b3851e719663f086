"""The real `rootcause`, ended by a signal in the middle of the anonymous round, keeps its answers.

The answers are held in memory while the laptop goes round, so the file is not written after
each person; SIGTERM or SIGHUP (a `kill`, the terminal closed) still puts them all in, as one
batch, before the last save, and the app exits 0.
"""

import signal
from pathlib import Path

import orjson
import pytest

from storage.library import Library
from tests.screens.test_signals_save import Terminal, rootcause
from tests.screens.workshop_app import stored
from workshop.case import CampaignCase
from workshop.session import RoundSetup, Session

QUESTION = "What went wrong?"
CTRL_S = "\x13"


def a_round(library: Library) -> Session:
    case = CampaignCase(campaign="Spring launch")
    round_ = RoundSetup(prompts=[QUESTION], participants=3)
    return library.add(Session(step="anonymous", case=case, round=round_))


def entries_on_disk(path: Path, session_id: str) -> list[object]:
    """The session's entries as the library file holds them right now."""
    entries: list[object] = orjson.loads(path.read_bytes())["sessions"][session_id][
        "anonymous_entries"
    ]
    return entries


def one_person(terminal: Terminal, answer: str) -> None:
    """A person answers the one question on the screen and says they are done."""
    terminal.wait_for("question 1 of 1")
    terminal.press(answer)
    terminal.wait_for(answer)  # in the text box: the keys went where the person types
    terminal.press(CTRL_S)
    terminal.wait_for("That was the last question")
    terminal.press("\r")
    terminal.wait_for("Ready for the next person")
    terminal.output = b""  # what comes next must be drawn anew


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_during_the_round_saves_its_answers(tmp_path: Path, signum: int) -> None:
    """Nothing reaches the file while people answer; a signal then saves every answer, exit 0."""
    path = tmp_path / "library.json"
    with Library.open(path) as library:
        session = a_round(library)
    with rootcause(path) as terminal:
        terminal.wait_for("Spring launch")
        terminal.press("\r")
        terminal.wait_for("The round is open")
        before = path.read_bytes()
        revision = orjson.loads(before)["sessions"][session.id]["revision"]
        terminal.press("\r")
        one_person(terminal, "Sales never saw the list")
        terminal.press("\r")  # the next person starts
        one_person(terminal, "Nobody owned the data")
        assert path.read_bytes() == before
        assert entries_on_disk(path, session.id) == []
        terminal.process.send_signal(signum)
        status = terminal.exit_status()
    after = stored(path, session.id)
    texts = sorted(e.text for e in after.anonymous_entries)
    assert texts == ["Nobody owned the data", "Sales never saw the list"]
    assert after.revision == revision + 1  # one batch, with no time per person
    assert status == 0
