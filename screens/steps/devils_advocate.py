"""Solo mode's stand-in for the anonymous round: the devil's advocate.

Alone, nobody contradicts you; this step asks what a sceptical colleague would say, one
answer per prompt, kept next to the prompt in the session's language.
"""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import user_cell
from workshop.content.kinds import RoundPrompt
from workshop.content.prompts import DEVILS_ADVOCATE_PROMPTS
from workshop.phrase import Phrase
from workshop.steps.anonymous import answer_to, with_answer
from workshop.vocabulary import StepId

PROMPT = Phrase(en="Prompt", fr="Question")
ANSWER = Phrase(en="Your answer", fr="Votre réponse")
ANSWERED = Phrase(en="{count} of {total} answered.", fr="{count} sur {total} avec réponse.")


class DevilsAdvocateScreen(StepScreen):
    """The devil's-advocate prompts and the answers given to them."""

    STEP: ClassVar[StepId] = "anonymous"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit_item", "Edit", id="edit_item"),
    ]

    FOCUS: ClassVar[str] = "#prompts"

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", id="prompts")
        table.add_columns(self.t(PROMPT), self.t(ANSWER))
        yield table
        yield Static("", id="answered", classes="hint")
        yield Static("", id="full-answer")

    def fill_body(self) -> None:
        self.fill()

    def prompt_text(self, prompt: RoundPrompt) -> str:
        """The prompt in the session's language: the answer is stored next to it, for the page."""
        return prompt.text.text(self.session.language)

    def answer_to(self, prompt: RoundPrompt) -> str:
        return answer_to(self.session.anonymous_entries, self.prompt_text(prompt))

    def fill(self) -> None:
        table = self.query_one("#prompts", DataTable)
        row = table.cursor_row
        table.clear()
        for prompt in DEVILS_ADVOCATE_PROMPTS:
            table.add_row(user_cell(self.t(prompt.text), 34), user_cell(self.answer_to(prompt), 40))
        table.move_cursor(row=min(row, table.row_count - 1))
        answered = sum(1 for p in DEVILS_ADVOCATE_PROMPTS if self.answer_to(p).strip())
        total = len(DEVILS_ADVOCATE_PROMPTS)
        self.query_one("#answered", Static).update(self.t(ANSWERED, count=answered, total=total))
        self.show_full_answer()

    @on(DataTable.RowHighlighted, "#prompts")
    def show_full_answer(self) -> None:
        table = self.query_one("#prompts", DataTable)
        prompt = DEVILS_ADVOCATE_PROMPTS[max(0, table.cursor_row)]
        self.query_one("#full-answer", Static).update(Text(self.answer_to(prompt)))

    @on(DataTable.RowSelected, "#prompts")
    def action_edit_item(self) -> None:
        prompt = DEVILS_ADVOCATE_PROMPTS[self.query_one("#prompts", DataTable).cursor_row]
        field = FormField("answer", self.t(ANSWER), "multiline", self.answer_to(prompt))

        def answered(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                self.save_answer(prompt, str(values["answer"] or ""))

        self.app.push_screen(FormDialog(self.t(prompt.text), [field]), answered)

    def save_answer(self, prompt: RoundPrompt, answer: str) -> None:
        """Keep one entry per prompt: replace it, add it, or drop it when emptied."""
        text = self.prompt_text(prompt)
        if self.change(anonymous_entries=with_answer(self.session.anonymous_entries, text, answer)):
            self.fill()
