"""The line at the top of every step: where the session stands, the clock, the save state."""

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from screens.i18n import Localized
from screens.texts import SKIPPED
from storage.background import SaveStatus
from workshop.phrase import Phrase
from workshop.timebox import TimeBox, clock_face

STEP_OF = Phrase(en="Step {n}/{total}", fr="Étape {n}/{total}")
PAUSED = Phrase(en="paused", fr="en pause")
OVER = Phrase(en="time is up", fr="temps écoulé")
SAVE_STATES = {
    "saved": Phrase(en="✓ saved", fr="✓ enregistré"),
    "saving": Phrase(en="saving…", fr="enregistrement…"),
    "failed": Phrase(
        en="⚠ not saved, retrying in {seconds}s",
        fr="⚠ non enregistré, nouvel essai dans {seconds} s",
    ),
    "conflict": Phrase(
        en="⚠ changed elsewhere: ctrl+r reloads", fr="⚠ modifiée ailleurs : ctrl+r recharge"
    ),
}


class StepBar(Localized, Horizontal):
    """Step n of N and its title on the left; the time box and the save state on the right."""

    DEFAULT_CSS = """
    StepBar { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    StepBar.over { background: $warning 40%; }
    StepBar.unsaved { background: $error 40%; }
    StepBar #where { width: 1fr; }
    StepBar #state { width: auto; }
    """

    def __init__(self, number: int, total: int, title: str, skipped: bool) -> None:
        super().__init__()
        self.number, self.total, self.title, self.skipped = number, total, title, skipped
        self.shown: tuple[TimeBox, float, SaveStatus] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="where")
        yield Static(id="state")

    def on_mount(self) -> None:
        if self.shown is not None:
            self.draw(*self.shown)

    def show(self, box: TimeBox, now: float, status: SaveStatus) -> None:
        """Redraw with the clock at `now` and the saver's last word.

        While the screen is composed again (a language switch, a reload) the bar may be without
        its parts: the new bar not yet filled or the old one being taken down. It keeps what it
        was told and draws it once its parts are mounted.
        """
        self.shown = (box, now, status)
        self.draw(box, now, status)

    def draw(self, box: TimeBox, now: float, status: SaveStatus) -> None:
        parts = {part.id: part for part in self.query_children(Static)}
        where, state = parts.get("where"), parts.get("state")
        if where is None or state is None:
            return
        t = self.t
        remaining = box.remaining(now)
        planned = clock_face(box.planned)
        clock = f"⏱ {clock_face(remaining)} / {planned}"
        if not box.running:
            clock += f" ({t(PAUSED)})"
        elif remaining < 0:
            clock += f" ({t(OVER)})"
        seconds = f"{status.retry_in:.0f}" if status.retry_in is not None else "?"
        saved = t(SAVE_STATES[status.state], seconds=seconds)
        left = f"{t(STEP_OF, n=self.number, total=self.total)} · {self.title}"
        if self.skipped:
            left += f" ({t(SKIPPED)})"
        self.set_class(remaining < 0 and box.running, "over")
        self.set_class(status.state in ("failed", "conflict"), "unsaved")
        where.update(Text(left))
        state.update(Text(f"{clock}  {saved}"))

    @property
    def text(self) -> str:
        """Everything the bar says, as plain text."""
        parts = (str(self.query_one(f"#{part}", Static).render()) for part in ("where", "state"))
        return "  ".join(parts)
