"""The line at the top of every step: where the session stands, the clock, the save state."""

from rich.text import Text
from textual.widgets import Static

from screens.i18n import Localized
from storage.background import SaveStatus
from workshop.phrase import Phrase
from workshop.timebox import TimeBox, clock_face

STEP_OF = Phrase(en="Step {n}/{total}", fr="Étape {n}/{total}")
SKIPPED = Phrase(en="skipped", fr="passée")
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


class StepBar(Localized, Static):
    """Step n of N and its title, the time box, and whether the last edit is saved."""

    DEFAULT_CSS = """
    StepBar { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    StepBar.over { background: $warning 40%; }
    StepBar.unsaved { background: $error 40%; }
    """

    def __init__(self, number: int, total: int, title: str, skipped: bool) -> None:
        super().__init__()
        self.number, self.total, self.title, self.skipped = number, total, title, skipped
        self.box_text = ""
        self.save_text = ""

    def show(self, box: TimeBox, now: float, status: SaveStatus) -> None:
        """Redraw with the clock at `now` and the saver's last word."""
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
        right = f"{clock}  {saved}"
        space = max(1, self.size.width - 2 - len(left) - len(right)) if self.size.width else 2
        self.set_class(remaining < 0 and box.running, "over")
        self.set_class(status.state in ("failed", "conflict"), "unsaved")
        self.update(Text(left) + Text(" " * space) + Text(right))
