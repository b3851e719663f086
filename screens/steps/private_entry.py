"""The screen passed round the room: one person answers, sends, and hands the laptop on.

Nothing typed by anyone before can be reached from here: each answer is typed in a new text
box (no undo history to walk back), sent entries are never shown again, the step keys, the
command palette and the help are closed, and Escape does nothing. Only the facilitator's key,
confirmed, leaves the round. The person who just answered may correct their own answers until
the next person starts; which entries those are is kept in memory only.
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
from workshop.phrase import Phrase
from workshop.steps.anonymous import EmptyEntryError, add_entry, correct_entry

Phase = Literal["typing", "received"]

QUESTION_OF = Phrase(
    en="Anonymous round · question {n} of {total}", fr="Tour anonyme · question {n} sur {total}"
)
RECEIVED_SO_FAR = Phrase(en="Entries received: {count}", fr="Contributions reçues : {count}")
TYPING_HINT = Phrase(
    en="No name, no time is kept. ctrl+s sends your answer; ctrl+o skips this question.",
    fr="Ni nom ni heure ne sont gardés. ctrl+s envoie votre réponse ; ctrl+o passe cette question.",
)
EMPTY = Phrase(
    en="Type an answer first, or press ctrl+o to skip this question.",
    fr="Tapez d'abord une réponse, ou appuyez sur ctrl+o pour passer cette question.",
)
THANKS = Phrase(en="✓ Received. Hand the laptop on.", fr="✓ Reçu. Passez l'ordinateur.")
PEOPLE = Phrase(
    en="People so far: {done} of {expected}", fr="Participants à ce jour : {done} sur {expected}"
)
NEXT_HINT = Phrase(
    en="Enter: the next person starts · ctrl+e: correct your own answers",
    fr="Entrée : la personne suivante commence · ctrl+e : corriger vos propres réponses",
)
LEAVE = Phrase(
    en="End the round and go back to the facilitator's screen?",
    fr="Terminer le tour et revenir à l'écran de l'animateur ?",
)


class PrivateEntryScreen(LocalizedScreen[None]):
    """One participant at a time answers the round's prompts."""

    LOCKED: ClassVar[bool] = True
    """Tells the app to close the palette, the help and the language switch here."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "send", "Send", priority=True, show=False),
        Binding("ctrl+o", "skip", "Skip", priority=True, show=False),
        Binding("enter", "next_person", "Next person", show=False),
        Binding("ctrl+e", "correct", "Correct", priority=True, show=False),
        Binding("ctrl+f", "leave", "Facilitator", priority=True, show=False),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.prompts = list(workspace.session.round.prompts)
        self.index = 0
        self.phase: Phase = "typing"
        self.mine: dict[int, str] = {}
        """This person's entries by prompt index: what they may still correct."""
        self.people = 0
        """How many people finished during this sitting."""
        self.correcting = False
        """True while the last person goes back over their own answers."""

    def compose(self) -> ComposeResult:
        count = len(self.workspace.session.anonymous_entries)
        with Vertical(id="private"):
            if self.phase == "typing":
                total = len(self.prompts)
                yield Static(self.t(QUESTION_OF, n=self.index + 1, total=total), id="where")
                yield Static(Text(self.prompts[self.index]), id="prompt")
                yield TextArea(self.draft(), id="answer", soft_wrap=True)
                yield Static("", id="problem")
                yield Static(self.t(TYPING_HINT), id="hint")
            else:
                with Center():
                    yield Static(self.t(THANKS), id="thanks")
                yield Static(self.t(RECEIVED_SO_FAR, count=count), id="count")
                expected = self.workspace.session.round.participants
                if expected:
                    yield Static(self.t(PEOPLE, done=self.people, expected=expected), id="people")
                yield Static(self.t(NEXT_HINT), id="hint")

    def on_mount(self) -> None:
        self.focus_answer()

    def focus_answer(self) -> None:
        for area in self.query("#answer").results(TextArea):
            area.move_cursor(area.document.end)
            area.focus()

    def draft(self) -> str:
        """While correcting, this person's own answer to the current prompt; else nothing."""
        entry_id = self.mine.get(self.index)
        entries = self.workspace.session.anonymous_entries
        return next((e.text for e in entries if e.id == entry_id), "")

    async def show(self, phase: Phase, index: int = 0) -> None:
        self.phase, self.index = phase, index
        await self.recompose()  # a new text box each time: no undo history to walk back
        self.focus_answer()

    async def action_send(self) -> None:
        if self.phase != "typing":
            return
        text = self.query_one("#answer", TextArea).text
        entries = self.workspace.session.anonymous_entries
        try:
            if self.index in self.mine:
                entries = correct_entry(entries, self.mine[self.index], text)
            else:
                before = {e.id for e in entries}
                entries = add_entry(entries, self.prompts[self.index], text)
                self.mine[self.index] = next(e.id for e in entries if e.id not in before)
        except EmptyEntryError:
            self.query_one("#problem", Static).update(self.t(EMPTY))
            return
        self.workspace.change(anonymous_entries=entries)
        await self.advance()

    async def action_skip(self) -> None:
        if self.phase == "typing":
            await self.advance()

    async def advance(self) -> None:
        if self.index + 1 < len(self.prompts):
            await self.show("typing", self.index + 1)
        else:
            if self.phase == "typing" and not self.correcting:
                self.people += 1
            self.correcting = False
            await self.show("received")

    async def action_correct(self) -> None:
        if self.phase == "received" and self.mine:
            self.correcting = True
            await self.show("typing", 0)

    async def action_next_person(self) -> None:
        if self.phase == "received":
            self.mine = {}  # from now on, nobody can reach the previous answers
            await self.show("typing", 0)

    def action_leave(self) -> None:
        def leave(yes: bool | None) -> None:
            if yes:
                self.mine = {}
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(self.t(LEAVE)), leave)
