"""The swot step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class SwotScreen(StepScreen):
    """The swot step (body to come)."""

    STEP: ClassVar[StepId] = "swot"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
