"""One screen per step of the method."""

from screens.steps.actions import ActionsScreen
from screens.steps.anonymous import AnonymousScreen
from screens.steps.base import StepScreen
from screens.steps.biases import BiasesScreen
from screens.steps.case import CaseScreen
from screens.steps.lessons import LessonsScreen
from screens.steps.signals import SignalsScreen
from screens.steps.summary import SummaryScreen
from screens.steps.swot import SwotScreen
from screens.steps.whys import WhysScreen
from workshop.vocabulary import StepId

STEP_SCREENS: dict[StepId, type[StepScreen]] = {
    "case": CaseScreen,
    "signals": SignalsScreen,
    "whys": WhysScreen,
    "swot": SwotScreen,
    "anonymous": AnonymousScreen,
    "biases": BiasesScreen,
    "lessons": LessonsScreen,
    "actions": ActionsScreen,
    "summary": SummaryScreen,
}
"""The screen class of each step."""
