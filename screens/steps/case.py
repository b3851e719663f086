"""The case step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class CaseScreen(StepScreen):
    """The case step (body to come)."""

    STEP: ClassVar[StepId] = "case"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
