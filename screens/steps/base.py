"""What every step screen has: the bar, the guide, the clock, and the ways to move on."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Collapsible, Footer, Static

from screens.base import LocalizedScreen
from screens.steps.draft_keeping import DRAFT_LINE, DraftKeeper, DraftLine
from screens.steps.step_commands import step_commands
from screens.widgets.step_bar import StepBar
from screens.workspace import Workspace
from storage.errors import LibraryError
from workshop.content.kinds import StepGuide
from workshop.content.steps import STEP_GUIDES, guide_for
from workshop.errors import refusal_reason
from workshop.phrase import Phrase
from workshop.session import Session
from workshop.steps.editing import revised
from workshop.vocabulary import STEPS, StepId

GUIDE = Phrase(en="How to lead this step (F2)", fr="Comment mener cette étape (F2)")
TIME_UP = Phrase(
    en="The suggested {minutes} minutes for this step are up. F6 adds 5 minutes; nothing stops.",
    fr="Les {minutes} minutes prévues pour cette étape sont écoulées. F6 ajoute 5 minutes ; rien ne s'arrête.",
)
NOT_SAVED = Phrase(en="Not saved: {reason}", fr="Non enregistré : {reason}")

EXTRA_MINUTES = 5

ResultT = TypeVar("ResultT")


class StepScreen(LocalizedScreen[None]):
    """A step of the method. Subclasses set STEP and compose their body in `compose_body`."""

    STEP: ClassVar[StepId]
    FOCUS: ClassVar[str] = ""
    """The selector of the widget that takes the step's keys; focused after every compose."""
    AUTO_FOCUS = ""  # FOCUS decides; the default would give Enter to the guide's title
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "next_step", "Next", priority=True, id="next_step"),
        Binding("ctrl+b", "previous_step", "Back", priority=True, id="previous_step"),
        Binding("ctrl+g", "go_to_step", "Steps", priority=True, id="go_to_step"),
        Binding("ctrl+t", "toggle_timer", "Timer", show=False, priority=True, id="toggle_timer"),
        Binding("f2", "toggle_guidance", "Guide", show=False, id="toggle_guidance"),
        Binding("f6", "extend_timer", "+5 min", show=False, id="extend_timer"),
        Binding("f7", "reset_timer", "Reset timer", show=False, id="reset_timer"),
        Binding("f8", "skip_step", "Skip step", show=False, id="skip_step"),
        Binding("ctrl+r", "reload_session", "Reload", show=False, priority=True, id="reload"),
        Binding("escape", "home", "Library", show=False, id="home"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.warned_time_up = False

    @property
    def session(self) -> Session:
        """The session as last edited."""
        return self.workspace.session

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        number = STEPS.index(self.STEP) + 1
        skipped = self.STEP in self.session.skipped
        yield StepBar(number, len(STEPS), self.step_title(), skipped)
        yield DraftLine(self.t(DRAFT_LINE))
        yield Static(self.question(), id="question")  # read aloud: always in sight
        with Collapsible(title=self.t(GUIDE), collapsed=self.guide_collapsed(), id="guide"):
            yield Static(self.guidance(), classes="guidance")
        with Vertical(id="body"):
            yield from self.compose_body()
        yield Footer(show_command_palette=False)  # ctrl+p still opens it; F1 says so

    def compose_body(self) -> ComposeResult:
        """The step's own widgets."""
        yield from ()

    def guide_collapsed(self) -> bool:
        """The guide starts open only while the step is still empty, to give the work room."""
        return False

    @property
    def guide(self) -> StepGuide:
        """How to lead this step in the session's mode."""
        return guide_for(self.STEP, self.session.mode)

    def step_title(self) -> str:
        return self.t(self.guide.title)

    def question(self) -> str:
        return self.t(self.guide.question)

    def guidance(self) -> str:
        return self.t(self.guide.guidance)

    def fill_body(self) -> None:
        """Fill the step's widgets from the session; runs after every compose."""

    def focus_main(self) -> None:
        """Give the keys to the step's main widget (or to the screen itself, if none)."""
        if self.FOCUS:
            self.query_one(self.FOCUS).focus()
        else:
            self.set_focus(None)  # not the guide's title, which would take Enter

    def on_mount(self) -> None:
        self.app.sub_title = self.session.title
        self.workspace.on_status = lambda: self.post_message(self.SaveReported())
        self.workspace.update_timebox(self.STEP, lambda box, now: box.start(now))
        self.set_interval(1, self.tick)
        self.fill_body()
        self.focus_main()
        self.tick()

    def on_screen_resume(self) -> None:
        self.tick()

    def tick(self) -> None:
        """Redraw the bar; say once, gently, when the time box runs out."""
        box = self.workspace.timebox(self.STEP)
        now = self.workspace.clock()
        for bar in self.query(StepBar):
            bar.show(box, now, self.workspace.status)
        for line in self.query(DraftLine):
            line.display = self.draft_held
        if box.running and box.is_over(now) and not self.warned_time_up:
            self.warned_time_up = True
            minutes = round(box.planned / 60)
            self.notify(self.t(TIME_UP, minutes=minutes), severity="warning", timeout=8)

    @dataclass
    class SaveReported(Message):
        """The workspace's saver reported a new status (posted from the saver's thread)."""

    @on(SaveReported)
    def redraw_save_status(self) -> None:
        self.tick()

    # -- editing -----------------------------------------------------------------------------

    def edit(self, session: Session) -> None:
        """Make `session` the current state; it is saved in the background."""
        self.workspace.replace(session)
        self.tick()

    def change(self, **updates: object) -> bool:
        """Apply `updates` to the session; False (and the reason shown) if they are not valid."""
        return self.apply(lambda session: revised(session, **updates))

    def apply(self, revise: Callable[[Session], Session]) -> bool:
        """Keep what `revise` makes of the session; False (and the reason shown) if refused."""
        session = self.attempt(lambda: revise(self.session))
        if session is None:
            return False
        self.edit(session)
        return True

    def attempt(self, work: Callable[[], ResultT]) -> ResultT | None:
        """The result of `work`, or None when it refuses the change (the user is told why)."""
        try:
            return work()
        except ValueError as error:
            reason = refusal_reason(error, self.language)
            self.notify(self.t(NOT_SAVED, reason=reason), severity="error", markup=False)
            return None

    # -- moving ------------------------------------------------------------------------------

    def go_to(self, step: StepId) -> None:
        """Leave this step for `step`, remembering it as the session's place."""
        self.workspace.update_timebox(self.STEP, lambda box, now: box.pause(now))
        if self.session.step != step:
            self.change(step=step)
        self.workshop.go_to_step(step)

    def next_step(self) -> StepId | None:
        index = STEPS.index(self.STEP)
        return STEPS[index + 1] if index + 1 < len(STEPS) else None

    def action_next_step(self) -> None:
        step = self.next_step()
        if step is not None:
            self.leave_forward(step)

    def leave_forward(self, step: StepId) -> None:
        """Go on to `step`; a step may first ask something (the actions step does)."""
        self.go_to(step)

    def action_previous_step(self) -> None:
        index = STEPS.index(self.STEP)
        if index > 0:
            self.go_to(STEPS[index - 1])

    def action_go_to_step(self) -> None:
        from screens.dialogs.step_picker import StepPicker

        def chosen(step: StepId | None) -> None:
            if step is not None and step != self.STEP:
                self.go_to(step)

        self.app.push_screen(StepPicker(self.session, self.STEP), chosen)

    def action_skip_step(self) -> None:
        """Mark this step skipped (the export says so) and go on; again to take it back."""
        skipped = [s for s in self.session.skipped if s != self.STEP]
        if self.STEP not in self.session.skipped:
            skipped.append(self.STEP)
            self.change(skipped=skipped)
            self.action_next_step()
        else:
            self.change(skipped=skipped)
            self.call_later(self.relabel)

    async def relabel(self) -> None:
        """Compose the screen again (language switched, session reloaded) and redraw the bar."""
        await self.recompose()
        self.fill_body()
        self.focus_main()
        self.tick()

    def action_home(self) -> None:
        self.workspace.update_timebox(self.STEP, lambda box, now: box.pause(now))
        self.workshop.close_session()

    # -- the clock ---------------------------------------------------------------------------

    def action_toggle_timer(self) -> None:
        self.workspace.update_timebox(self.STEP, lambda box, now: box.toggle(now))
        self.tick()

    def action_extend_timer(self) -> None:
        self.workspace.update_timebox(self.STEP, lambda box, _: box.extend(EXTRA_MINUTES * 60))
        self.warned_time_up = False
        self.tick()

    def action_reset_timer(self) -> None:
        planned = STEP_GUIDES[self.STEP].minutes * 60.0
        self.workspace.update_timebox(self.STEP, lambda box, now: box.reset(now, planned))
        self.warned_time_up = False
        self.tick()

    def action_toggle_guidance(self) -> None:
        guide = self.query_one("#guide", Collapsible)
        guide.collapsed = not guide.collapsed

    # -- after a conflict --------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reload_session":
            return self.draft_held
        return True

    @property
    def draft_held(self) -> bool:
        """True after a conflict: the edits on screen are a draft the saver no longer writes."""
        return self.workspace.status.state == "conflict"

    def action_reload_session(self) -> None:
        """Say what reloading would discard of the draft, and let the user choose."""
        DraftKeeper(self, self.workspace, self.reload_stored).ask()

    async def reload_stored(self, done: str) -> None:
        """Take the session as stored, drop the draft, and say `done`."""
        try:
            self.workspace.reload()
        except LibraryError as error:
            self.notify(error.text(self.language), severity="error", markup=False)
            return
        self.notify(done, markup=False)
        await self.relabel()

    # -- command palette ---------------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The step's commands for the command palette."""
        return step_commands(self)
