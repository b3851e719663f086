"""Every step of the method in one place: its rules, its screen and its section of the page.

Adding a step: name it in `workshop.vocabulary.STEPS` (the order of the method), write its
guide in `workshop.content.steps`, its rules in `workshop/steps/<step>.py`, its section of the
page in `workshop.export.markdown.SECTIONS`, its screen in `screens/steps/<step>.py`, then give
it an entry here. tests/test_steps.py checks that every step has all three.
"""

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from screens.steps import actions as actions_screen
from screens.steps import anonymous, biases, case, lessons, signals, summary, swot, whys
from screens.steps.base import StepScreen
from screens.steps.devils_advocate import DevilsAdvocateScreen
from screens.workspace import Workspace
from workshop.content.steps import plays_devils_advocate
from workshop.export.markdown import SECTIONS, Section
from workshop.steps import anonymous as anonymous_rules
from workshop.steps import biases as bias_rules
from workshop.steps import signals as signal_rules
from workshop.steps import summary as summary_rules
from workshop.steps import swot as swot_rules
from workshop.steps import whys as why_rules
from workshop.vocabulary import StepId


@dataclass(frozen=True)
class Step:
    """One step of the method across the layers."""

    rules: ModuleType
    """Its pure rules, in workshop/steps."""
    screen: type[StepScreen]
    """The screen that leads it."""
    section: Section | None
    """Its section of the wiki page (None for the summary, which is the page itself)."""
    solo_screen: type[StepScreen] | None = None
    """The screen that leads it alone, when that differs (the devil's advocate)."""


def _steps() -> dict[StepId, Step]:
    from workshop.steps import actions as action_rules
    from workshop.steps import case as case_rules
    from workshop.steps import lessons as lesson_rules

    return {
        "case": Step(case_rules, case.CaseScreen, SECTIONS["case"]),
        "signals": Step(signal_rules, signals.SignalsScreen, SECTIONS["signals"]),
        "whys": Step(why_rules, whys.WhysScreen, SECTIONS["whys"]),
        "swot": Step(swot_rules, swot.SwotScreen, SECTIONS["swot"]),
        "anonymous": Step(
            anonymous_rules,
            anonymous.AnonymousScreen,
            SECTIONS["anonymous"],
            DevilsAdvocateScreen,
        ),
        "biases": Step(bias_rules, biases.BiasesScreen, SECTIONS["biases"]),
        "lessons": Step(lesson_rules, lessons.LessonsScreen, SECTIONS["lessons"]),
        "actions": Step(action_rules, actions_screen.ActionsScreen, SECTIONS["actions"]),
        "summary": Step(summary_rules, summary.SummaryScreen, None),
    }


STEPS: dict[StepId, Step] = _steps()
"""Every step, in the method's order."""


def step_screen(workspace: Workspace, step: StepId) -> StepScreen:
    """A new screen for `step` of the workspace's session, in the session's mode."""
    entry = STEPS[step]
    solo = plays_devils_advocate(step, workspace.session.mode)
    screen: Callable[[Workspace], StepScreen] = (
        entry.solo_screen if solo and entry.solo_screen else entry.screen
    )
    return screen(workspace)
