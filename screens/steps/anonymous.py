"""The anonymous round, as the facilitator leads it: set up, pass the laptop, reveal, discuss.

Before the reveal this screen shows how many entries came in and nothing of what they say, and
that count only moves when a round ends: while the laptop goes round, the answers are held in
memory by the private screen, out of the session, so nothing here or in the file counts them
person by person.
The reveal is a deliberate, confirmed act; then every entry appears at once, in the random
order it was stored in, without any author, and the group merges duplicates, marks what to
discuss and ties entries to a why, a reverse-SWOT item or a lesson.
"""

from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.steps.private_entry import PrivateEntryScreen
from screens.texts import LESSON
from screens.widgets.cells import one_line, user_cell
from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.phrase import Phrase
from workshop.session import AnonymousEntry
from workshop.steps.anonymous import (
    chosen_prompts,
    expected_people,
    merge_entries,
    own_prompt,
    round_prompts,
    toggle_discuss,
    toggle_link,
)
from workshop.vocabulary import StepId

NOT_OPEN = Phrase(
    en="Everyone answers a few questions on this laptop, one after another, on a private screen: no name, no time, earlier answers hidden. You reveal them all at once at the end.\nThe answers stay in memory only until you end the round, so that no saved copy of the file can tell who wrote what; a power cut or a crash before then loses them.\nPress o to choose the questions and open the round.",
    fr="Chacun répond à quelques questions sur cet ordinateur, l'un après l'autre, sur un écran privé : ni nom ni heure, les réponses précédentes cachées. Vous les révélez toutes d'un coup à la fin.\nLes réponses restent seulement en mémoire jusqu'à la fin du tour, pour qu'aucune copie enregistrée du fichier ne dise qui a écrit quoi ; une coupure de courant ou un plantage d'ici là les fait perdre.\nAppuyez sur o pour choisir les questions et ouvrir le tour.",
)
OPEN = Phrase(
    en="The round is open. Questions: {prompts}. Entries received: {count}{expected}.\nEnter hands the laptop to the first person (ctrl+f, known to you only, brings it back and ends the round). r reveals every entry at once.\nUntil the round ends the answers are in memory only, never in the file, so that no saved version tells who wrote what: a power cut before then loses them.",
    fr="Le tour est ouvert. Questions : {prompts}. Contributions reçues : {count}{expected}.\nEntrée passe l'ordinateur à la première personne (ctrl+f, que vous seul connaissez, le ramène et termine le tour). r révèle toutes les contributions d'un coup.\nJusqu'à la fin du tour, les réponses sont seulement en mémoire, jamais dans le fichier, pour qu'aucune version enregistrée ne dise qui a écrit quoi : une coupure de courant d'ici là les fait perdre.",
)
EXPECTED = Phrase(en=" (for {people} people expected)", fr=" (pour {people} personnes attendues)")
SETUP_TITLE = Phrase(en="Open the anonymous round", fr="Ouvrir le tour anonyme")
CUSTOM = Phrase(en="A question of your own (optional)", fr="Une question à vous (facultatif)")
PEOPLE = Phrase(
    en="How many people take part (optional)", fr="Combien de participants (facultatif)"
)
NO_PROMPT = Phrase(en="Choose at least one question.", fr="Choisissez au moins une question.")
REVEAL = Phrase(
    en="Reveal all {count} entries to the room now? They appear at once, in random order, without names.",
    fr="Révéler maintenant les {count} contributions à la salle ? Elles apparaissent d'un coup, dans un ordre aléatoire, sans nom.",
)
NOTHING_TO_REVEAL = Phrase(
    en="No entry yet: nothing to reveal.", fr="Aucune contribution : rien à révéler."
)
QUESTION = Phrase(en="Question", fr="Question")
ENTRY = Phrase(en="Entry", fr="Contribution")
MARKS = Phrase(en="Marks", fr="Repères")
DISCUSS_MARK = Phrase(en="discuss", fr="à discuter")
ALIKE = Phrase(en="{count} alike", fr="{count} semblables")
LINKED = Phrase(en="{count} links", fr="{count} liens")
MERGE_INTO = Phrase(
    en="Merge which entry into this one?", fr="Fusionner quelle contribution avec celle-ci ?"
)
LINK_TO = Phrase(
    en="Tie this entry to (again to untie):",
    fr="Relier cette contribution à (à nouveau pour délier) :",
)
NOTHING_TO_LINK = Phrase(
    en="No why, SWOT item or lesson to tie it to yet.",
    fr="Aucun pourquoi, point SWOT ou leçon auquel la relier pour l'instant.",
)
WHY = Phrase(en="Why", fr="Pourquoi")
SWOT = Phrase(en="SWOT", fr="SWOT")


class AnonymousScreen(StepScreen):
    """The facilitator's view of the round: its set-up, the count, the reveal, the discussion."""

    STEP: ClassVar[StepId] = "anonymous"
    FOCUS: ClassVar[str] = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "open_round", "Questions", id="open_round"),
        Binding("enter", "pass_laptop", "Pass laptop", id="pass_laptop"),
        Binding("r", "reveal", "Reveal", id="reveal"),
        Binding("m", "merge_entry", "Merge", id="merge_entry"),
        Binding("x", "toggle_discuss", "Discuss", id="toggle_discuss"),
        Binding("l", "link_entry", "Tie to", id="link_entry"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        round_ = self.session.round
        if action in ("open_round", "pass_laptop", "reveal"):
            if round_.revealed:
                return False
            return action == "open_round" or bool(round_.prompts)
        if action in ("merge_entry", "toggle_discuss", "link_entry"):
            return round_.revealed
        return super().check_action(action, parameters)

    def guide_collapsed(self) -> bool:
        return self.session.round.revealed

    def compose_body(self) -> ComposeResult:
        round_ = self.session.round
        if not round_.revealed:
            yield Static(self.status_text(), id="round-status")
            return
        table: DataTable[Text] = DataTable(cursor_type="row", id="entries")
        table.add_column(self.t(QUESTION), width=18)
        table.add_column(self.t(ENTRY), width=40)
        table.add_column(self.t(MARKS), width=14)
        yield table
        yield Static("", id="entry-detail")

    def status_text(self) -> str:
        round_ = self.session.round
        if not round_.prompts:
            return self.t(NOT_OPEN)
        expected = self.t(EXPECTED, people=round_.participants) if round_.participants else ""
        count = len(self.session.anonymous_entries)  # held answers join only when a round ends
        return self.t(OPEN, prompts=len(round_.prompts), count=count, expected=expected)

    def fill_body(self) -> None:
        if not self.session.round.revealed:
            self.query_one("#round-status", Static).update(self.status_text())
            return
        table = self.query_one("#entries", DataTable)
        row = table.cursor_row
        table.clear()
        for entry in self.session.anonymous_entries:
            table.add_row(user_cell(entry.prompt, 18), user_cell(entry.text, 40), self.marks(entry))
        if table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        self.show_detail()

    def focus_main(self) -> None:
        tables = list(self.query("#entries").results(DataTable))
        if tables:
            tables[0].focus()
        else:
            self.set_focus(None)

    def marks(self, entry: AnonymousEntry) -> Text:
        parts = []
        if entry.count > 1:
            parts.append(self.t(ALIKE, count=entry.count))
        if entry.discuss:
            parts.append(self.t(DISCUSS_MARK))
        if entry.links:
            parts.append(self.t(LINKED, count=len(entry.links)))
        return Text(" ".join(parts), style="bold" if entry.discuss else "")

    def selected(self) -> AnonymousEntry | None:
        tables = self.query("#entries").results(DataTable)
        table = next(tables, None)
        entries = self.session.anonymous_entries
        if table is None or not entries:
            return None
        return entries[min(max(table.cursor_row, 0), len(entries) - 1)]

    @on(DataTable.RowHighlighted, "#entries")
    def show_detail(self) -> None:
        entry = self.selected()
        text = "" if entry is None else f"{entry.prompt}\n{entry.text}"
        self.query_one("#entry-detail", Static).update(Text(text))

    async def refill(self) -> None:
        await self.relabel()
        self.refresh_bindings()

    # -- before the reveal -------------------------------------------------------------------

    def action_open_round(self) -> None:
        setup, language = self.session.round, self.session.language
        ticked = chosen_prompts(setup, language)
        fields = [
            FormField(p.id, self.t(p.text), "flag", p.id in ticked) for p in ANONYMOUS_PROMPTS
        ]
        fields.append(FormField("custom", self.t(CUSTOM), value=own_prompt(setup, language)))
        people = Decimal(setup.participants) if setup.participants else None
        fields.append(FormField("participants", self.t(PEOPLE), "number", people))

        def check(values: dict[str, FieldValue]) -> str | None:
            return None if self.prompts_from(values) else self.t(NO_PROMPT)

        def opened(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            people = values.get("participants")
            update = {
                "prompts": self.prompts_from(values),
                "participants": expected_people(people if isinstance(people, Decimal) else None),
            }
            if self.change(round=self.session.round.model_copy(update=update)):
                self.call_later(self.refill)

        self.app.push_screen(FormDialog(self.t(SETUP_TITLE), fields, check=check), opened)

    def prompts_from(self, values: dict[str, FieldValue]) -> list[str]:
        """The questions the form chose, as the round stores them."""
        ticked = {p.id for p in ANONYMOUS_PROMPTS if values.get(p.id)}
        custom = values.get("custom")
        own = custom if isinstance(custom, str) else ""
        return round_prompts(ticked, own, self.session.language)

    def action_pass_laptop(self) -> None:
        def back(_: None) -> None:
            self.call_later(self.refill)

        self.app.push_screen(PrivateEntryScreen(self.workspace), back)

    def action_reveal(self) -> None:
        count = len(self.session.anonymous_entries)
        if not count:
            self.notify(self.t(NOTHING_TO_REVEAL))
            return

        def reveal(yes: bool | None) -> None:
            if yes and self.change(round=self.session.round.model_copy(update={"revealed": True})):
                self.call_later(self.refill)

        self.app.push_screen(ConfirmScreen(self.t(REVEAL, count=count)), reveal)

    # -- after the reveal --------------------------------------------------------------------

    def action_toggle_discuss(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.change(anonymous_entries=toggle_discuss(self.session.anonymous_entries, entry.id))
            self.fill_body()

    def action_merge_entry(self) -> None:
        keep = self.selected()
        if keep is None:
            return
        others = [e for e in self.session.anonymous_entries if e.id != keep.id]
        others.sort(key=lambda e: e.prompt != keep.prompt)  # same question first
        choices = [(one_line(e.text, 60), e.id) for e in others]

        def merge(duplicate_id: str | None) -> None:
            if duplicate_id is not None:
                entries = merge_entries(self.session.anonymous_entries, keep.id, duplicate_id)
                self.change(anonymous_entries=entries)
                self.fill_body()

        self.app.push_screen(ChoiceDialog(self.t(MERGE_INTO), choices), merge)

    def action_link_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        s = self.session
        items = [(WHY, n.id, n.answer) for n in s.whys] + [(SWOT, i.id, i.text) for i in s.swot]
        items += [(LESSON, lesson.id, lesson.text) for lesson in s.lessons]
        if not items:
            self.notify(self.t(NOTHING_TO_LINK))
            return
        choices = [
            (
                f"{'✓ ' if item_id in entry.links else ''}{self.t(kind)}: {one_line(text, 56)}",
                item_id,
            )
            for kind, item_id, text in items
        ]

        def link(item_id: str | None) -> None:
            if item_id is not None:
                entries = toggle_link(self.session.anonymous_entries, entry.id, item_id)
                self.change(anonymous_entries=entries)
                self.fill_body()

        self.app.push_screen(ChoiceDialog(self.t(LINK_TO), choices), link)
