"""What each screen looks like at 80x24, compared with reviewed pictures.

A change that alters a screen fails here until the new picture is looked at and accepted with
`pytest tests/screens/test_snapshots.py --snapshot-update`.
"""

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from screens.app import RootcauseApp
from tests.screens.workshop_app import library_settled
from workshop.sample import sample_session
from workshop.session import RoundSetup, Session
from workshop.vocabulary import Language, StepId

Compare = Callable[..., bool]


def sample_at(step: StepId, language: Language = "en", **fields: Any) -> Session:
    return sample_session(language).model_copy(update={"step": step, **fields})


async def open_first(pilot: Pilot[None]) -> None:
    await pilot.press("enter")
    await library_settled(pilot)  # the session is read off the event loop
    await pilot.pause()


class TestHome:
    def test_empty_library(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """An empty library explains the tool and offers the sample."""
        assert snap_compare(make_app())

    def test_library_with_sessions(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The library lists sessions with step and root causes."""
        assert snap_compare(make_app(sample_at("lessons"), sample_at("summary", "fr")))

    def test_new_session_dialog(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The new-session dialog fits the screen."""
        assert snap_compare(make_app(), press=["n"])


STEPS: list[StepId] = [
    "case",
    "signals",
    "whys",
    "swot",
    "anonymous",
    "biases",
    "lessons",
    "actions",
    "summary",
]


class TestSteps:
    @pytest.mark.parametrize("step", STEPS)
    def test_step_in_english(
        self, step: StepId, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """Each step of the finished sample, in English."""
        assert snap_compare(make_app(sample_at(step)), run_before=open_first)

    @pytest.mark.parametrize("step", ["whys", "biases"])
    def test_step_in_french(
        self, step: StepId, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """Steps with the most text, in French."""
        app = make_app(sample_at(step, "fr"), language="fr")
        assert snap_compare(app, run_before=open_first)

    def test_light_theme(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The actions step stays readable in a light theme (colours come from the theme)."""

        async def light(pilot: Pilot[None]) -> None:
            pilot.app.theme = "textual-light"
            await open_first(pilot)

        assert snap_compare(make_app(sample_at("actions")), run_before=light)

    def test_solo_devils_advocate(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The devil's advocate step of a solo session."""
        assert snap_compare(make_app(sample_at("anonymous", mode="solo")), run_before=open_first)


class TestRound:
    def round_app(self, make_app: Callable[..., RootcauseApp]) -> RootcauseApp:
        round_ = RoundSetup(prompts=["What went wrong, in your view?"], participants=6)
        return make_app(Session(step="anonymous", round=round_))

    def test_before_the_reveal(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The facilitator's view of an open round: a count, nothing of the entries."""
        assert snap_compare(self.round_app(make_app), run_before=open_first)

    def test_private_entry(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The screen passed round the room, an answer being typed."""
        keys = ["enter", *"The date was set by the board"]
        assert snap_compare(self.round_app(make_app), run_before=open_first, press=keys)

    def test_received(self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]) -> None:
        """After the last question: done or go back over one's answers; no count, no text."""
        keys = ["enter", *"The date was set by the board", "ctrl+s"]
        assert snap_compare(self.round_app(make_app), run_before=open_first, press=keys)


class TestDialogs:
    def test_step_picker(
        self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]
    ) -> None:
        """The list of steps to go to."""
        app = make_app(sample_at("whys", skipped=["swot"]))
        assert snap_compare(app, run_before=open_first, press=["ctrl+g"])

    def test_keys_help(self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]) -> None:
        """The help lists the step's keys."""
        assert snap_compare(make_app(sample_at("whys")), run_before=open_first, press=["f1"])

    def test_kpi_form(self, snap_compare: Compare, make_app: Callable[..., RootcauseApp]) -> None:
        """The KPI form with its live gap, filled by keys."""
        keys = ["a", *"Conversion rate", "tab", "3", "tab", *"0.8", "tab", "%"]
        assert snap_compare(make_app(sample_at("case")), run_before=open_first, press=keys)
