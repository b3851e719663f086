"""The lessons step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class LessonsScreen(StepScreen):
    """The lessons step (body to come)."""

    STEP: ClassVar[StepId] = "lessons"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
