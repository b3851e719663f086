"""A step's commands in the command palette: go to another step, skip, the clock, leave, and
what to do with a draft after a conflict."""

from collections.abc import Callable, Iterator
from typing import ClassVar, Protocol

from textual.app import SystemCommand

from screens.i18n import ACTION_LABELS
from workshop.content.steps import guide_for
from workshop.phrase import Phrase
from workshop.session import Session
from workshop.vocabulary import STEPS, StepId

GO_TO = Phrase(en="Go to: {step}", fr="Aller à : {step}")
GO_TO_HELP = Phrase(en="Open this step", fr="Ouvrir cette étape")
SKIP_HELP = Phrase(
    en="Mark this step skipped and go on", fr="Marquer cette étape passée et continuer"
)
UNSKIP = Phrase(en="Don't skip this step", fr="Ne pas passer cette étape")
UNSKIP_HELP = Phrase(
    en="This step is marked skipped; take it back", fr="Cette étape est marquée passée ; annuler"
)
TIMER_HELP = Phrase(
    en="Pause or restart the step's clock", fr="Mettre en pause ou relancer l'horloge de l'étape"
)
EXTEND_HELP = Phrase(
    en="Give this step 5 more minutes", fr="Donner 5 minutes de plus à cette étape"
)
RESET_HELP = Phrase(en="Start this step's clock again", fr="Recommencer l'horloge de cette étape")
RELOAD_HELP = Phrase(
    en="Saved elsewhere: reload, or keep the draft on screen as a copy first",
    fr="Enregistrée ailleurs : recharger, ou garder d'abord le brouillon en copie",
)
HOME_HELP = Phrase(
    en="Save and go back to the list of sessions",
    fr="Enregistrer et revenir à la liste des sessions",
)


class Step(Protocol):
    """What the palette needs of a step screen."""

    STEP: ClassVar[StepId]

    @property
    def session(self) -> Session: ...

    @property
    def draft_held(self) -> bool: ...

    def t(self, phrase: Phrase, **values: object) -> str: ...
    def go_to(self, step: StepId) -> None: ...
    def action_skip_step(self) -> None: ...
    def action_toggle_timer(self) -> None: ...
    def action_extend_timer(self) -> None: ...
    def action_reset_timer(self) -> None: ...
    def action_home(self) -> None: ...
    def action_reload_session(self) -> None: ...


def step_commands(screen: Step) -> Iterator[SystemCommand]:
    """Every other step, skipping (or not), the clock's keys and going back to the library."""
    t, session = screen.t, screen.session
    for step in STEPS:
        if step != screen.STEP:
            title = t(guide_for(step, session.mode).title)
            yield SystemCommand(
                t(GO_TO, step=title), t(GO_TO_HELP), lambda step=step: screen.go_to(step)
            )
    if screen.STEP in session.skipped:
        yield SystemCommand(t(UNSKIP), t(UNSKIP_HELP), screen.action_skip_step)
    else:
        yield SystemCommand(t(ACTION_LABELS["skip_step"]), t(SKIP_HELP), screen.action_skip_step)
    commands: list[tuple[str, Phrase, Callable[[], object]]] = [
        ("toggle_timer", TIMER_HELP, screen.action_toggle_timer),
        ("extend_timer", EXTEND_HELP, screen.action_extend_timer),
        ("reset_timer", RESET_HELP, screen.action_reset_timer),
        ("home", HOME_HELP, screen.action_home),
    ]
    if screen.draft_held:
        commands.insert(0, ("reload_session", RELOAD_HELP, screen.action_reload_session))
    for action, help_text, run in commands:
        yield SystemCommand(t(ACTION_LABELS[action]), t(help_text), run)
