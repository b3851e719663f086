"""The signals step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class SignalsScreen(StepScreen):
    """The signals step (body to come)."""

    STEP: ClassVar[StepId] = "signals"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
