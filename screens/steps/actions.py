"""Actions: the lessons put into practice, each with an owner, a date and a measure (SMART).

Leaving the step for the summary, or for the library, with no action or with an open action
nobody owns asks first; the rules are the workshop's `workshop.steps.actions`.
"""

from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.follow_up import done_answer, done_dialog
from screens.dialogs.form import FormDialog, FormField
from screens.steps.list_step import FormValues, TableStep
from screens.widgets.cells import one_line, user_cell
from screens.widgets.theme import bold_in
from workshop.board.follow_up import mark_done, reopen
from workshop.content.board_labels import KPI_TARGET as MEASURE
from workshop.content.labels import ACTION as WHAT
from workshop.content.labels import DUE, OWNER
from workshop.phrase import Phrase
from workshop.session import Action, Session
from workshop.steps.actions import (
    ACTIONS,
    draft_gaps,
    gaps_text,
    leaving_question,
    smart_sentence,
    unassigned_count,
)
from workshop.steps.editing import Deleted, SessionList
from workshop.steps.lessons import choice_text
from workshop.steps.smart import SmartGap, smart_gaps
from workshop.vocabulary import StepId

SMART = Phrase(en="SMART check", fr="Contrôle SMART")
WHAT_LABEL = Phrase(en="What to do (start with a verb)", fr="Quoi faire (commencez par un verbe)")
DUE_LABEL = Phrase(en="Due date", fr="Échéance")
KPI_LABEL = Phrase(en="KPI that will show it worked", fr="KPI qui montrera que ça a marché")
TARGET_LABEL = Phrase(en="Target (a figure)", fr="Cible (un chiffre)")
FOLLOW_UP_LABEL = Phrase(en="Follow-up date", fr="Date de suivi")
AB_TEST_LABEL = Phrase(en="Try it as an A/B test first", fr="L'essayer d'abord en test A/B")
LESSON_LABEL = Phrase(en="The lesson it puts into practice", fr="La leçon qu'elle met en pratique")
ADD_TITLE = Phrase(en="New action", fr="Nouvelle action")
EDIT_TITLE = Phrase(en="Edit the action", fr="Modifier l'action")
STATUS_MARKS = {"done": "✓ ", "dropped": "⊘ ", "carried": "→ "}
"""How a closed action starts its line (dimmed): done, dropped, carried into a later session."""
TARGET_MET = Phrase(en="Target met", fr="Cible atteinte")
TARGET_MISSED = Phrase(en="Target missed", fr="Cible manquée")
DROPPED_DETAIL = Phrase(en="Dropped. Why: {reason}", fr="Abandonnée. Pourquoi : {reason}")
CARRIED_DETAIL = Phrase(
    en="Carried into a later session, which follows it up.",
    fr="Reprise dans une session suivante, qui en assure le suivi.",
)
CARRIED_FROM_DETAIL = Phrase(
    en="Carried over from an earlier session.", fr="Reprise d'une session précédente."
)
WHAT_WIDTH, OWNER_WIDTH, DUE_WIDTH, MEASURE_WIDTH, SMART_WIDTH = 19, 11, 10, 13, 15
"""Column widths that fit 80 columns with the table's cell padding."""
DONE_DETAIL = Phrase(en="Done. Result: {result}", fr="Faite. Résultat : {result}")
NO_RESULT = Phrase(en="none given", fr="non renseigné")
EMPTY = Phrase(
    en="No action yet. Press a to add one: a verb, an owner, a date, a KPI and its target.",
    fr="Aucune action pour l'instant. Appuyez sur a pour en ajouter une : un verbe, un responsable, une échéance, un KPI et sa cible.",
)
DELETED = Phrase(
    en="Action deleted. Press u to undo.", fr="Action supprimée. Appuyez sur u pour annuler."
)
RESTORED = Phrase(en="The action is back.", fr="L'action est revenue.")
MARKED_DONE = Phrase(en="Marked done.", fr="Marquée comme faite.")
REOPENED = Phrase(en="Open again.", fr="De nouveau ouverte.")


class ActionsScreen(TableStep[Action]):
    """The actions, each with its SMART check; done ones carry their result."""

    STEP: ClassVar[StepId] = "actions"
    TABLE: ClassVar[str] = "actions"
    FOCUS: ClassVar[str] = "#actions"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_item", "Add", id="add_item"),
        Binding("e", "edit_item", "Edit", id="edit_item"),
        Binding("x", "toggle_action_done", "Done", id="toggle_action_done"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def compose_body(self) -> ComposeResult:
        yield self.new_table()
        yield Static("", id="action-detail")

    def guide_collapsed(self) -> bool:
        return bool(self.session.actions)

    def session_list(self) -> SessionList[Action]:
        return ACTIONS

    # -- what is shown -----------------------------------------------------------------------

    def columns(self) -> Sequence[tuple[Phrase, int]]:
        return [
            (WHAT, WHAT_WIDTH),
            (OWNER, OWNER_WIDTH),
            (DUE, DUE_WIDTH),
            (MEASURE, MEASURE_WIDTH),
            (SMART, SMART_WIDTH),
        ]

    def cells(self, item: Action) -> tuple[Text, ...]:
        what = user_cell(item.what, WHAT_WIDTH)
        mark = STATUS_MARKS.get(item.status)
        if mark is not None:
            what = Text(mark) + user_cell(item.what, WHAT_WIDTH - len(mark))
            what.stylize("dim")
        measure = " → ".join(part for part in (item.kpi, item.target) if part.strip())
        return (
            what,
            user_cell(item.owner, OWNER_WIDTH),
            user_cell(item.due.isoformat() if item.due else ""),
            user_cell(measure, MEASURE_WIDTH),
            self.smart_cell(smart_gaps(item)),
        )

    def smart_cell(self, gaps: list[SmartGap]) -> Text:
        """The SMART check column: what is missing, in the theme's warning colour."""
        text = Text(one_line(gaps_text(gaps, self.language), SMART_WIDTH))
        if not gaps:
            text.stylize("dim")
        else:
            text.stylize(bold_in(self.app, "warning"))
        return text

    def show_detail(self, item: Action | None) -> None:
        self.query_one("#action-detail", Static).update(self.detail_for(item))

    def detail_for(self, action: Action | None) -> Text:
        """The highlighted action in full: what, its SMART check, its result once done."""
        if action is None:
            return Text(self.t(EMPTY))
        detail = Text(" ".join(action.what.split()), style="bold")
        detail.append("\n" + smart_sentence(smart_gaps(action), self.language))
        result = " ".join(action.result.split()) or self.t(NO_RESULT)
        if action.status == "done":
            met = action.target_met
            verdict = None if met is None else TARGET_MET if met else TARGET_MISSED
            prefix = f"{self.t(verdict)}. " if verdict is not None else ""
            detail.append("\n" + prefix + self.t(DONE_DETAIL, result=result))
        elif action.status == "dropped":
            detail.append("\n" + self.t(DROPPED_DETAIL, reason=result))
        elif action.status == "carried":
            detail.append("\n" + self.t(CARRIED_DETAIL))
        if action.carried_from:
            detail.append("\n" + self.t(CARRIED_FROM_DETAIL))
        return detail

    def deleted_message(self, item: Action, deleted: Deleted) -> str:
        return self.t(DELETED)

    def restored_message(self, deleted: Deleted) -> str | None:
        return self.t(RESTORED)

    # -- the form ----------------------------------------------------------------------------

    def form(self, item: Action | None) -> FormDialog:
        lessons = [(choice_text(lesson.text), lesson.id) for lesson in self.session.lessons]
        a = item or Action(what="")
        t = self.t
        fields = [
            FormField("what", t(WHAT_LABEL), "text", a.what, required=True),
            FormField("owner", t(OWNER), "text", a.owner),
            FormField("due", t(DUE_LABEL), "date", a.due),
            FormField("kpi", t(KPI_LABEL), "text", a.kpi),
            FormField("target", t(TARGET_LABEL), "text", a.target),
            FormField("follow_up", t(FOLLOW_UP_LABEL), "date", a.follow_up),
            FormField("ab_test", t(AB_TEST_LABEL), "flag", a.ab_test),
            FormField("lesson_id", t(LESSON_LABEL), "choice", a.lesson_id, lessons),
        ]
        language = self.language
        return FormDialog(
            t(EDIT_TITLE if item else ADD_TITLE),
            fields,
            live=lambda texts: smart_sentence(draft_gaps(texts), language),
        )

    def item_from(self, values: FormValues, old: Action | None) -> Action:
        def text(name: str) -> str:
            value = values.get(name)
            return value.strip() if isinstance(value, str) else ""

        def day(name: str) -> date | None:
            value = values.get(name)
            return value if isinstance(value, date) else None

        return (old or Action(what="")).model_copy(
            update={
                "what": text("what"),
                "owner": text("owner"),
                "due": day("due"),
                "kpi": text("kpi"),
                "target": text("target"),
                "follow_up": day("follow_up"),
                "ab_test": values.get("ab_test") is True,
                "lesson_id": text("lesson_id") or None,
            }
        )

    def action_toggle_action_done(self) -> None:
        """Done asks for the result; a done or dropped action goes back to open (result kept)."""
        action = self.highlighted()
        if action is None or action.status == "carried":
            return
        if action.status != "open":
            if self.keep(lambda session: reopen(session, action.id), action.id):
                self.notify(self.t(REOPENED))
            return
        today = self.workspace.today()

        def finished(values: FormValues | None) -> None:
            if values is None:
                return
            answer = done_answer(values)

            def done(session: Session) -> Session:
                return mark_done(
                    session,
                    action.id,
                    result=answer.result,
                    target_met=answer.target_met,
                    today=today,
                )

            if self.keep(done, action.id):
                self.notify(self.t(MARKED_DONE))

        self.app.push_screen(done_dialog(action, self.language), finished)

    # -- leaving -----------------------------------------------------------------------------

    def confirm_leaving(self, leave: Callable[[], None]) -> None:
        """Call `leave()` at once, or after a yes when there is no action or an unowned one."""
        question = leaving_question(self.session)
        if question is None:
            leave()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                leave()

        text = self.t(question, count=unassigned_count(self.session))
        self.app.push_screen(ConfirmScreen(text), answered)

    def leave_forward(self, step: StepId) -> None:
        self.confirm_leaving(lambda: super(ActionsScreen, self).leave_forward(step))

    def action_home(self) -> None:
        self.confirm_leaving(super().action_home)
