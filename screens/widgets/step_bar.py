"""The line at the top of every step: where the session stands, the clock, the save state.

A save that failed says why in a word or two (disk full, lock held, session deleted, read-only),
so the whole line still fits 80 columns; the full sentence comes once in a notification.
"""

import errno

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from screens.i18n import Localized
from screens.texts import SKIPPED
from storage.background import SaveStatus
from storage.errors import (
    LibraryBusyError,
    LibraryError,
    NewerLibraryError,
    ReadOnlyLibraryError,
    SaveFailedError,
    SessionNotFoundError,
)
from workshop.phrase import Phrase
from workshop.timebox import TimeBox, clock_face

STEP_OF = Phrase(en="Step {n}/{total}", fr="Étape {n}/{total}")
PAUSED = Phrase(en="paused", fr="en pause")
OVER = Phrase(en="time is up", fr="temps écoulé")
SAVE_STATES = {
    "saved": Phrase(en="✓ saved", fr="✓ enregistré"),
    "saving": Phrase(en="saving…", fr="enregistrement…"),
    "failed": Phrase(en="⚠ not saved: {reason}", fr="⚠ non enregistré : {reason}"),
    "conflict": Phrase(
        en="⚠ changed elsewhere: ctrl+r reloads", fr="⚠ modifiée ailleurs : ctrl+r recharge"
    ),
    "read_only": Phrase(
        en="⚠ read-only: changes not saved", fr="⚠ lecture seule : rien n'est enregistré"
    ),
}
REASONS = {
    "disk_full": Phrase(en="disk full", fr="disque plein"),
    "busy": Phrase(en="library locked", fr="verrou occupé"),
    "deleted": Phrase(en="session deleted", fr="session supprimée"),
    "read_only": Phrase(en="read-only", fr="lecture seule"),
    "denied": Phrase(en="no permission", fr="accès refusé"),
    "other": Phrase(en="write error", fr="erreur d'écriture"),
}
"""Why a save failed, in the fewest words: the status line has room for little more."""
TOLD = Phrase(
    en="Not saved: {reason} rootcause keeps trying; leaving the session asks what to do with the change.",
    fr="Non enregistré : {reason} rootcause réessaie ; quitter la session demande que faire de la modification.",
)
FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
DENIED = (errno.EACCES, errno.EPERM)


def reason_kind(error: LibraryError | None) -> str:
    """Which of REASONS says why `error` stopped the save."""
    if isinstance(error, LibraryBusyError):
        return "busy"
    if isinstance(error, SessionNotFoundError):
        return "deleted"
    if isinstance(error, ReadOnlyLibraryError | NewerLibraryError):
        return "read_only"
    if isinstance(error, SaveFailedError):
        code = error.error.errno
        if code in FULL:
            return "disk_full"
        if code == errno.EROFS:
            return "read_only"
        if code in DENIED:
            return "denied"
    return "other"


def same_reason(one: SaveStatus, other: SaveStatus) -> bool:
    """Whether two failures would be told in the same words."""
    return reason_kind(one.error) == reason_kind(other.error)


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
        self.told: SaveStatus | None = None
        """The last status other than "saving", so that each new failure is told once."""
        self.drawn = False

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
        self.tell(status)

    def tell(self, status: SaveStatus) -> None:
        """Notify the whole reason once when a save starts failing, or fails for a new reason.

        The first status a bar draws is only noted: moving to another step or switching the
        language does not tell again what the user has already been told.
        """
        first, self.drawn = not self.drawn, True
        if status.state == "saving":  # between two attempts: nothing new to tell
            return
        told, self.told = self.told, status
        if first or status.state != "failed" or status.error is None:
            return
        if told is not None and told.state == "failed" and same_reason(told, status):
            return
        reason = status.error.text(self.language)
        self.notify(self.t(TOLD, reason=reason), severity="error", timeout=10, markup=False)

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
        saved = t(SAVE_STATES[status.state], reason=t(REASONS[reason_kind(status.error)]))
        left = f"{t(STEP_OF, n=self.number, total=self.total)} · {self.title}"
        if self.skipped:
            left += f" ({t(SKIPPED)})"
        self.set_class(remaining < 0 and box.running, "over")
        self.set_class(status.unsaved, "unsaved")
        where.update(Text(left))
        state.update(Text(f"{clock}  {saved}"))

    @property
    def text(self) -> str:
        """Everything the bar says, as plain text."""
        parts = (str(self.query_one(f"#{part}", Static).render()) for part in ("where", "state"))
        return "  ".join(parts)
