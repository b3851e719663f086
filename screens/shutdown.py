"""Leaving the workshop: whatever ends it, what is pending is saved first, and the exit says so.

Closing the terminal sends SIGHUP, and `kill` or a logout sends SIGTERM; by default either ends
the process at once, with the last edit still waiting for the saver. While the app runs both are
caught on its event loop and handled like ctrl+q: the pending edit is written (with a bounded
wait), then the app exits with status 0, or with 1 and one line on stderr saying why something
could not be saved. An edit that could not be saved is then kept in a rescue file (see
storage/rescue.py), and the line on stderr names it.

Leaving a session from the keyboard (Esc, ctrl+q) asks instead: when the saver has failed, or the
pending edit does not reach the disk within a short wait taken off the UI thread, a dialog says
why and offers to retry, stay, keep a rescue copy or discard. ctrl+q over a form holding typed
text first asks whether to save that text.
"""

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from textual.app import App

from screens.base import WorkshopApp
from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormDialog
from screens.dialogs.unsaved import (
    DISCARD_QUESTION,
    DISCARD_YES,
    NO_RESCUE,
    RescuedDialog,
    UnsavedDialog,
)
from screens.i18n import language_of
from screens.workspace import Workspace
from storage.background import SaveStatus
from storage.rescue import write_rescue
from workshop.export.escape import plain
from workshop.phrase import Phrase
from workshop.vocabulary import Language

LEAVING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
"""What a terminal closing, a logout or `kill` sends: each saves and leaves like ctrl+q."""

SAVE_WAIT = 5.0
"""Seconds leaving waits for the pending edit to reach the disk before it gives up on it."""
AT_ONCE = 0.02
"""Seconds a key that leaves waits on the UI thread for a save under way (about a frame; a
small library's save takes milliseconds); past it, the wait goes on off the UI thread."""
QUICK_WAIT = 1.5
"""Seconds a key that leaves waits, off the UI thread, before it asks what to do."""
FORM_WAIT = 1.0
"""Seconds a form is given to take its typed text before quitting gives up on it."""

NOT_SAVED = Phrase(
    en="rootcause: the last changes were not saved: {reason}",
    fr="rootcause : les dernières modifications n'ont pas été enregistrées : {reason}",
)
STILL_WRITING = Phrase(
    en="the disk did not finish writing within {seconds} s",
    fr="le disque n'a pas fini d'écrire en {seconds} s",
)
KEPT_IN = Phrase(
    en="{line}; they are kept in {path} ('rootcause import' reads it)",
    fr="{line} ; elles sont gardées dans {path} ('rootcause import' le lit)",
)
TYPED = Phrase(
    en="The form holds text you typed and did not save.",
    fr="Le formulaire contient du texte tapé et non enregistré.",
)
TYPED_CHOICES = {
    "save": Phrase(en="Save it, then quit", fr="L'enregistrer, puis quitter"),
    "drop": Phrase(en="Quit without it", fr="Quitter sans l'enregistrer"),
    "stay": Phrase(en="Stay in the form (Esc)", fr="Rester dans le formulaire (Échap)"),
}

Outcome = Literal["saved", "stay", "rescued", "discarded"]
Where = Literal["home", "quit"]


@dataclass(frozen=True, slots=True)
class Settled:
    """How leaving a session ended: saved, stayed, or left unsaved (with a copy, or not)."""

    outcome: Outcome
    rescue: Path | None = None


def leave_on_signals(leave: Callable[[], None]) -> None:
    """Call `leave` on the running event loop when SIGTERM or SIGHUP arrives.

    Runs on the loop's thread (the main one); the loop's closing puts the defaults back.
    """
    loop = asyncio.get_running_loop()
    for signum in LEAVING_SIGNALS:
        loop.add_signal_handler(signum, leave)


def unsaved_reason(status: SaveStatus, language: Language) -> str:
    """Why the saver stopped short of "saved", in `language`."""
    if status.error is not None and status.unsaved:
        return status.error.text(language)
    return STILL_WRITING.text(language).format(seconds=f"{SAVE_WAIT:.0f}")


def report_unsaved(reason: str, language: Language, rescue: Path | None = None) -> None:
    """Say on stderr, in one line, that something was not saved, why, and where it is kept."""
    line = NOT_SAVED.text(language).format(reason=plain(reason).rstrip("."))
    if rescue is not None:
        line = KEPT_IN.text(language).format(line=line, path=plain(str(rescue)))
    # The terminal may already be gone (SIGHUP): the exit status still tells.
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def unsaved_rescue(workspace: Workspace) -> Path | None:
    """The session as last edited, written to a rescue file (None if no folder took it)."""
    return write_rescue(workspace.session, workspace.library.path)


def closed(workspace: Workspace) -> bool:
    """Close `workspace` as the process goes: one more try at once, then the bounded wait."""
    workspace.saver.retry_now()
    return workspace.close(SAVE_WAIT)


def saved_at_once(workspace: Workspace) -> bool:
    """Whether everything is saved, waiting only a moment for a save already under way."""
    workspace.release_all()
    if workspace.status.unsaved:
        return workspace.saver.flush(0)
    return workspace.saver.flush(AT_ONCE)


async def saved_soon(workspace: Workspace) -> bool:
    """Whether everything gets saved within QUICK_WAIT, tried again at once if it had failed."""
    workspace.release_all()
    state = workspace.status.state
    if state in ("conflict", "read_only"):  # waiting changes nothing
        return workspace.saver.flush(0)
    if state == "failed":
        workspace.saver.retry_now()
    return await asyncio.to_thread(workspace.saver.flush, QUICK_WAIT)


async def settle(app: App[Any], workspace: Workspace) -> Settled:
    """Save, or ask until the user says what to do with the change that is not saved."""
    language = language_of(app)
    while True:
        if await saved_soon(workspace):
            return Settled("saved")
        choice = await app.push_screen_wait(UnsavedDialog(workspace.saver))
        if choice == "stay":
            return Settled("stay")
        if choice == "discard":
            question = ConfirmScreen(
                DISCARD_QUESTION.text(language), yes=DISCARD_YES.text(language)
            )
            if await app.push_screen_wait(question):
                return Settled("discarded")
        elif choice == "rescue":
            path = await asyncio.to_thread(unsaved_rescue, workspace)
            if path is not None:
                await app.push_screen_wait(RescuedDialog(path))
                return Settled("rescued", path)
            app.notify(NO_RESCUE.text(language), severity="error", timeout=10)


def typed_form(app: App[Any]) -> FormDialog | None:
    """The form on top, if it holds text typed since it opened."""
    form = app.screen
    return form if isinstance(form, FormDialog) and form.typed else None


async def keep_typed(app: App[Any], form: FormDialog, workspace: Workspace | None) -> bool:
    """Ask what to do with the form's typed text; False to stay (asked so, or the text is wrong).

    Saved, the form's values reach the session (through the screen that opened the form)
    before this returns, so the session then saved holds them.
    """
    language = language_of(app)
    choices = [(phrase.text(language), key) for key, phrase in TYPED_CHOICES.items()]
    choice = await app.push_screen_wait(ChoiceDialog(TYPED.text(language), choices))
    if choice != "save":
        return choice == "drop"
    before = workspace.session if workspace is not None else None
    form.action_save()
    for _ in range(int(FORM_WAIT / 0.02)):
        if form not in app.screen_stack and (workspace is None or workspace.session is not before):
            return True
        await asyncio.sleep(0.02)
    return form not in app.screen_stack  # still there: a value is wrong, the form says which


class LeavingApp(WorkshopApp):
    """The app's ways out of a session: to the library, out of the app, or by a signal."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.open_workspace: Workspace | None = None
        """The workspace of the session on screen, closed (saved) on quit."""
        self.unsaved: str | None = None
        """Why an edit could not be saved when its session closed, if one could not."""
        self.rescued: Path | None = None
        """The file that edit was kept in instead, if one would take it."""
        self.leaving: Where | None = None
        """Where a leave that waits on the user (or on the disk) goes once settled."""

    def close_session(self) -> None:
        self.go("home")

    def go(self, where: Where) -> None:
        """Leave the session, to the library or out; first asking if it is not all saved."""
        if self.leaving is not None:  # already asking: a ctrl+q makes that leave quit
            self.leaving = "quit" if where == "quit" else self.leaving
            return
        workspace = self.open_workspace
        form = typed_form(self) if where == "quit" else None
        if form is None and (workspace is None or saved_at_once(workspace)):
            self.leave_to(where)
            return
        self.leaving = where
        self.run_worker(self.leave_asking(workspace, form), group="leaving")

    async def leave_asking(self, workspace: Workspace | None, form: FormDialog | None) -> None:
        """Ask about the typed text and the unsaved change, then leave as settled."""
        try:
            if form is not None and not await keep_typed(self, form, workspace):
                settled = Settled("stay")
            else:
                settled = Settled("saved") if workspace is None else await settle(self, workspace)
        finally:
            where, self.leaving = self.leaving, None
        if workspace is not None and settled.outcome in ("rescued", "discarded"):
            self.open_workspace = None
            workspace.close(0)  # what was chosen stands: no wait for the disk
            if where == "quit" and settled.rescue is not None:
                self.unsaved = unsaved_reason(workspace.status, language_of(self))
                self.rescued = settled.rescue
        if settled.outcome != "stay" and where is not None:
            self.leave_to(where)

    def leave_to(self, where: Where) -> None:
        if where == "quit":
            self.leave()
        else:
            self.close_workspace()
            self.pop_screen()

    def close_workspace(self) -> bool:
        """Save and close the open session, if any; False (and a rescue file) if not saved."""
        workspace, self.open_workspace = self.open_workspace, None
        if workspace is None or closed(workspace):
            return True
        self.unsaved = unsaved_reason(workspace.status, language_of(self))
        self.rescued = unsaved_rescue(workspace)
        return False

    def leave(self) -> None:
        """Save what is pending (bounded wait), then exit: status 1 if anything was not saved."""
        self.close_workspace()
        self.exit(return_code=0 if self.unsaved is None else 1)
