"""The anonymous step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class AnonymousScreen(StepScreen):
    """The anonymous step (body to come)."""

    STEP: ClassVar[StepId] = "anonymous"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
