"""The actions step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class ActionsScreen(StepScreen):
    """The actions step (body to come)."""

    STEP: ClassVar[StepId] = "actions"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
