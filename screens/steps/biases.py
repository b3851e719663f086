"""The biases step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class BiasesScreen(StepScreen):
    """The biases step (body to come)."""

    STEP: ClassVar[StepId] = "biases"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
