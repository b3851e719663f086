"""The screen passed round the room: one person answers, says they are done, hands the laptop on.

Nothing typed by anyone before can be reached from here: each answer is typed in a new text
box (no undo history to walk back), sent entries are never shown again, the step keys, the
command palette and the help are closed, and Escape, ctrl+q, ctrl+c and ctrl+z do nothing but
say so. Only the facilitator's key, confirmed, leaves the round. After the last question a
person may go back over their own answers; once they say they are done, the screen forgets
which entries were theirs and shows the next person the same neutral screen every time, with
no count that would tell how much the person before wrote.

The answers stay in memory, held back from the session, until the round ends: a file saved
after each person would tell, version by version (a sync tool's history, a backup, even the
file's modification time), which answers one person wrote and when. Ending the round puts them
all in at once, each at a random place; quitting or a signal does the same before the last save.
"""

from typing import ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.widgets import Static, TextArea

from screens.base import LocalizedScreen
from screens.dialogs.confirm import ConfirmScreen
from screens.workspace import Workspace
from workshop.errors import refusal_reason
from workshop.phrase import Phrase
from workshop.session import AnonymousEntry
from workshop.steps.anonymous import (
    EmptyEntryError,
    correct_held,
    held_text,
    hold_answer,
    with_round_ended,
)

Phase = Literal["typing", "last", "ready"]
"""Answering a question; past the last one, still this person's; handed on to the next one."""

QUESTION_OF = Phrase(
    en="Anonymous round · question {n} of {total}", fr="Tour anonyme · question {n} sur {total}"
)
TYPING_HINT = Phrase(
    en="No name, no time is kept. ctrl+s sends your answer; ctrl+o skips this question.",
    fr="Ni nom ni heure ne sont gardés. ctrl+s envoie votre réponse ; ctrl+o passe cette question.",
)
EMPTY = Phrase(
    en="Type an answer first, or press ctrl+o to skip this question.",
    fr="Tapez d'abord une réponse, ou appuyez sur ctrl+o pour passer cette question.",
)
LAST = Phrase(en="✓ That was the last question.", fr="✓ C'était la dernière question.")
LAST_HINT = Phrase(
    en="ctrl+e: go back over your answers\nEnter: you are done, the screen is cleared for the next person",
    fr="ctrl+e : revoir vos réponses\nEntrée : vous avez terminé, l'écran est vidé pour la personne suivante",
)
READY = Phrase(en="✓ Ready for the next person.", fr="✓ Prêt pour la personne suivante.")
READY_HINT = Phrase(
    en="Hand the laptop on. The next person presses Enter to start.",
    fr="Passez l'ordinateur. La personne suivante appuie sur Entrée pour commencer.",
)
STAYS = Phrase(
    en="This screen stays until the facilitator takes the laptop back.",
    fr="Cet écran reste affiché jusqu'à ce que l'animateur reprenne l'ordinateur.",
)
REFUSED = Phrase(en="Not kept: {reason}", fr="Non gardé : {reason}")
LEAVE = Phrase(
    en="End the round and go back to the facilitator's screen? The answers are saved now, all together.",
    fr="Terminer le tour et revenir à l'écran de l'animateur ? Les réponses sont enregistrées maintenant, toutes ensemble.",
)
HELD = "anonymous round"
"""The name the round's answers are held under in the workspace until the round ends."""


class PrivateEntryScreen(LocalizedScreen[None]):
    """One participant at a time answers the round's prompts."""

    LOCKED: ClassVar[bool] = True
    """Tells the app to close the palette, the help and the language switch here, and lets
    this screen's own keys (ctrl+q, ctrl+c) win over the app's."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "send", "Send", priority=True, show=False),
        Binding("ctrl+o", "skip", "Skip", priority=True, show=False),
        Binding("enter", "go_on", "Done / start", show=False),
        Binding("ctrl+e", "correct", "Correct", priority=True, show=False),
        Binding("ctrl+f", "leave", "Facilitator", priority=True, show=False),
        Binding("ctrl+q,ctrl+c", "stay", "Stay", priority=True, show=False),
        # Not a priority: in the text box ctrl+z undoes this person's own typing.
        Binding("ctrl+z,escape", "stay", "Stay", show=False),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.prompts = list(workspace.session.round.prompts)
        self.index = 0
        self.phase: Phase = "typing"
        self.held: list[AnonymousEntry] = []
        """Every answer of the round so far, in memory only, until the round ends."""
        self.mine: dict[int, str] = {}
        """This person's entries by prompt index: what they may still correct, until done."""

    def compose(self) -> ComposeResult:
        with Vertical(id="private"):
            if self.phase == "typing":
                total = len(self.prompts)
                yield Static(self.t(QUESTION_OF, n=self.index + 1, total=total), id="where")
                yield Static(Text(self.prompts[self.index]), id="prompt")
                yield TextArea(self.draft(), id="answer", soft_wrap=True)
                yield Static("", id="problem")
                yield Static(self.t(TYPING_HINT), id="hint")
            else:
                last = self.phase == "last"
                with Center():
                    yield Static(self.t(LAST if last else READY), id="thanks")
                yield Static(self.t(LAST_HINT if last else READY_HINT), id="hint")

    def on_mount(self) -> None:
        self.workspace.hold(HELD, self.put_in)
        self.focus_answer()

    def put_in(self) -> None:
        """The round ends: its answers join the session, and so the file, in one change."""
        held, self.held, self.mine = self.held, [], {}
        if held:
            self.workspace.replace(with_round_ended(self.workspace.session, held))

    def focus_answer(self) -> None:
        for area in self.query("#answer").results(TextArea):
            area.move_cursor(area.document.end)
            area.focus()

    def draft(self) -> str:
        """While going back over their answers, this person's own answer; else nothing."""
        return held_text(self.held, self.mine.get(self.index))

    async def show(self, phase: Phase, index: int = 0) -> None:
        self.phase, self.index = phase, index
        await self.recompose()  # a new text box each time: no undo history to walk back
        self.focus_answer()

    async def action_send(self) -> None:
        if self.phase != "typing":
            return
        text = self.query_one("#answer", TextArea).text
        session = self.workspace.session
        try:
            if self.index in self.mine:
                self.held = correct_held(session, self.held, self.mine[self.index], text)
            else:
                prompt = self.prompts[self.index]
                self.held, self.mine[self.index] = hold_answer(session, self.held, prompt, text)
        except EmptyEntryError:
            self.query_one("#problem", Static).update(self.t(EMPTY))
            return
        except ValueError as error:  # over a limit: said here, never at the end of the round
            reason = refusal_reason(error, self.language)
            self.query_one("#problem", Static).update(Text(self.t(REFUSED, reason=reason)))
            return
        await self.advance()

    async def action_skip(self) -> None:
        if self.phase == "typing":
            await self.advance()

    async def advance(self) -> None:
        if self.index + 1 < len(self.prompts):
            await self.show("typing", self.index + 1)
        else:
            await self.show("last")

    async def action_correct(self) -> None:
        """Past the last question, before saying done: back to this person's first answer."""
        if self.phase == "last":
            await self.show("typing", 0)

    async def action_go_on(self) -> None:
        """Enter: the person says they are done, or the next person starts."""
        if self.phase == "last":
            self.mine = {}  # from now on, nobody can reach this person's answers
            await self.show("ready")
        elif self.phase == "ready":
            await self.show("typing", 0)

    def action_stay(self) -> None:
        """Quit, interrupt, suspend and Escape leave nothing: the round stays on screen."""
        self.notify(self.t(STAYS))

    def action_leave(self) -> None:
        def leave(yes: bool | None) -> None:
            if yes:
                self.workspace.release(HELD)
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(self.t(LEAVE)), leave)
