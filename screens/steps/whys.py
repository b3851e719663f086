"""The whys step."""

from typing import ClassVar

from textual.app import ComposeResult
from textual.widgets import Static

from screens.steps.base import StepScreen
from workshop.vocabulary import StepId


class WhysScreen(StepScreen):
    """The whys step (body to come)."""

    STEP: ClassVar[StepId] = "whys"

    def compose_body(self) -> ComposeResult:
        yield Static("…")
