"""Actions: the lessons put into practice, each with an owner, a date and a measure (SMART).

Leaving the step for the summary, or for the library, with no action or with an open action
nobody owns asks first: a post-mortem that changes nothing, or changes owned by nobody, is the
failure the method exists to prevent.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.follow_up import done_answer, done_dialog
from screens.dialogs.form import FieldValue, FormDialog, FormField, parse_date
from screens.steps.base import StepScreen
from screens.steps.lessons import choice_text
from screens.widgets.cells import one_line, user_cell
from screens.widgets.item_table import item_at, place_cursor
from screens.widgets.theme import bold_in
from screens.workspace import Workspace
from workshop.board.follow_up import mark_done, reopen
from workshop.content.smart_labels import (
    SMART_ALL_THERE,
    SMART_COMPLETE,
    SMART_GAP_LABELS,
    SMART_GAP_SHORT,
    SMART_MISSING,
)
from workshop.phrase import Phrase
from workshop.session import Action, Session
from workshop.steps.smart import SmartGap, smart_gaps
from workshop.vocabulary import Language, StepId

WHAT = Phrase(en="Action", fr="Action")
OWNER = Phrase(en="Owner", fr="Responsable")
DUE = Phrase(en="Due", fr="Échéance")
MEASURE = Phrase(en="KPI → target", fr="KPI → cible")
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
GAP_MARK = "✗ "
WHAT_WIDTH = 19
OWNER_WIDTH = 11
SMART_WIDTH = 15
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
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")
MARKED_DONE = Phrase(en="Marked done.", fr="Marquée comme faite.")
REOPENED = Phrase(en="Open again.", fr="De nouveau ouverte.")
NO_ACTION_QUESTION = Phrase(
    en="No action has been written down: this post-mortem will change nothing. Leave anyway?",
    fr="Aucune action n'a été notée : ce post-mortem ne changera rien. Partir quand même ?",
)
UNASSIGNED_QUESTION = Phrase(
    en="Open actions with no owner: {count}. Nobody will make them happen. Leave anyway?",
    fr="Actions ouvertes sans responsable : {count}. Personne ne les mènera. Partir quand même ?",
)


def gaps_text(gaps: list[SmartGap], language: Language) -> str:
    """The gaps in a few words ("✗ owner, date"), or the mark of a complete action."""
    if not gaps:
        return SMART_COMPLETE.text(language)
    return GAP_MARK + ", ".join(SMART_GAP_SHORT[gap].text(language) for gap in gaps)


def smart_sentence(gaps: list[SmartGap], language: Language) -> str:
    """The SMART check as a sentence, for the details and the form."""
    if not gaps:
        return SMART_ALL_THERE.text(language)
    labels = ", ".join(SMART_GAP_LABELS[gap].text(language) for gap in gaps)
    return SMART_MISSING.text(language).format(gaps=labels)


def draft_gaps(texts: dict[str, str]) -> list[SmartGap]:
    """The SMART check of the form as typed so far (a date that does not parse is no date)."""
    try:
        due = parse_date(texts.get("due", ""))
    except ValueError:
        due = None
    draft = Action(
        what=texts.get("what", ""),
        owner=texts.get("owner", ""),
        due=due,
        kpi=texts.get("kpi", ""),
        target=texts.get("target", ""),
    )
    return smart_gaps(draft)


def leaving_question(session: Session) -> Phrase | None:
    """What to ask before leaving the step, or None when the actions are fine to leave."""
    if not session.actions:
        return NO_ACTION_QUESTION
    if any(a.status == "open" and not a.owner.strip() for a in session.actions):
        return UNASSIGNED_QUESTION
    return None


def unassigned_count(session: Session) -> int:
    return sum(1 for a in session.actions if a.status == "open" and not a.owner.strip())


@dataclass(frozen=True)
class DeletedAction:
    """A deleted action and where it stood: what u restores."""

    action: Action
    index: int


class ActionsScreen(StepScreen):
    """The actions, each with its SMART check; done ones carry their result."""

    STEP: ClassVar[StepId] = "actions"
    FOCUS: ClassVar[str] = "#actions"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_item", "Add", id="add_item"),
        Binding("e", "edit_item", "Edit", id="edit_item"),
        Binding("x", "toggle_action_done", "Done", id="toggle_action_done"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.deleted: list[DeletedAction] = []
        """Actions deleted on this screen, latest last."""

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", id="actions")
        table.add_column(self.t(WHAT), key="what", width=WHAT_WIDTH)
        table.add_column(self.t(OWNER), key="owner", width=OWNER_WIDTH)
        table.add_column(self.t(DUE), key="due", width=10)
        table.add_column(self.t(MEASURE), key="measure", width=13)
        table.add_column(self.t(SMART), key="smart", width=SMART_WIDTH)
        self.fill(table)
        yield table
        yield Static(self.detail_for(0), id="action-detail")

    def guide_collapsed(self) -> bool:
        return bool(self.session.actions)

    # -- what is shown -----------------------------------------------------------------------

    def fill(self, table: DataTable[Text]) -> None:
        """One row per action, keyed by its id."""
        table.clear()
        for action in self.session.actions:
            gaps = smart_gaps(action)
            what = user_cell(action.what, WHAT_WIDTH)
            mark = STATUS_MARKS.get(action.status)
            if mark is not None:
                what = Text(mark) + user_cell(action.what, WHAT_WIDTH - len(mark))
                what.stylize("dim")
            measure = " → ".join(part for part in (action.kpi, action.target) if part.strip())
            table.add_row(
                what,
                user_cell(action.owner, OWNER_WIDTH),
                user_cell(action.due.isoformat() if action.due else ""),
                user_cell(measure, 13),
                self.smart_cell(gaps),
                key=action.id,
            )

    def smart_cell(self, gaps: list[SmartGap]) -> Text:
        """The SMART check column: what is missing, in the theme's warning colour."""
        text = Text(one_line(gaps_text(gaps, self.language), SMART_WIDTH))
        if not gaps:
            text.stylize("dim")
        else:
            text.stylize(bold_in(self.app, "warning"))
        return text

    def detail_for(self, row: int) -> Text:
        """The highlighted action in full: what, its SMART check, its result once done."""
        actions = self.session.actions
        if not actions:
            return Text(self.t(EMPTY))
        action = actions[min(max(0, row), len(actions) - 1)]
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

    @on(DataTable.RowHighlighted, "#actions")
    def show_detail(self) -> None:
        row = self.query_one("#actions", DataTable).cursor_row
        self.query_one("#action-detail", Static).update(self.detail_for(row))

    def refill(self, cursor_id: str | None = None) -> None:
        """Show the actions as saved, the cursor on `cursor_id` (or where it was)."""
        table: DataTable[Text] = self.query_one("#actions", DataTable)
        row = table.cursor_row
        self.fill(table)
        place_cursor(table, [action.id for action in self.session.actions], row, cursor_id)
        self.show_detail()

    def highlighted(self) -> Action | None:
        return item_at(self.session.actions, self.query_one("#actions", DataTable).cursor_row)

    def replace_action(self, new: Action) -> None:
        actions = [new if item.id == new.id else item for item in self.session.actions]
        if self.change(actions=actions):
            self.refill(new.id)

    # -- the form ----------------------------------------------------------------------------

    def form(self, title: Phrase, action: Action | None) -> FormDialog:
        lessons = [(choice_text(lesson.text), lesson.id) for lesson in self.session.lessons]
        a = action or Action(what="")
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
            t(title), fields, live=lambda texts: smart_sentence(draft_gaps(texts), language)
        )

    def action_from(self, values: dict[str, FieldValue], old: Action) -> Action:
        def text(name: str) -> str:
            value = values.get(name)
            return value.strip() if isinstance(value, str) else ""

        def day(name: str) -> date | None:
            value = values.get(name)
            return value if isinstance(value, date) else None

        return old.model_copy(
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

    def action_add_item(self) -> None:
        def added(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                action = self.action_from(values, Action(what=""))
                if self.change(actions=[*self.session.actions, action]):
                    self.refill(action.id)

        self.app.push_screen(self.form(ADD_TITLE, None), added)

    @on(DataTable.RowSelected, "#actions")
    def action_edit_item(self) -> None:
        old = self.highlighted()
        if old is None:
            return

        def edited(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                self.replace_action(self.action_from(values, old))

        self.app.push_screen(self.form(EDIT_TITLE, old), edited)

    def action_toggle_action_done(self) -> None:
        """Done asks for the result; a done or dropped action goes back to open (result kept)."""
        action = self.highlighted()
        if action is None or action.status == "carried":
            return
        today = self.workspace.today()
        if action.status != "open":
            self.edit(reopen(self.session, action.id))
            self.refill(action.id)
            self.notify(self.t(REOPENED))
            return

        def finished(values: dict[str, FieldValue] | None) -> None:
            if values is not None:
                answer = done_answer(values)
                session = mark_done(
                    self.session,
                    action.id,
                    result=answer.result,
                    target_met=answer.target_met,
                    today=today,
                )
                self.edit(session)
                self.refill(action.id)
                self.notify(self.t(MARKED_DONE))

        self.app.push_screen(done_dialog(action, self.language), finished)

    # -- deleting and undoing ----------------------------------------------------------------

    def action_delete_item(self) -> None:
        action = self.highlighted()
        if action is None:
            return
        index = self.session.actions.index(action)
        if self.change(actions=[a for a in self.session.actions if a.id != action.id]):
            self.deleted.append(DeletedAction(action, index))
            self.notify(self.t(DELETED))
            self.refill()

    def action_undo(self) -> None:
        """Put back the last deleted action (without its lesson if that lesson is gone)."""
        if not self.deleted:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        gone = self.deleted.pop()
        action = gone.action
        if action.lesson_id not in {lesson.id for lesson in self.session.lessons}:
            action = action.model_copy(update={"lesson_id": None})
        actions = list(self.session.actions)
        actions.insert(min(gone.index, len(actions)), action)
        if self.change(actions=actions):
            self.notify(self.t(RESTORED))
            self.refill(action.id)

    # -- leaving -----------------------------------------------------------------------------

    def confirm_leaving(self, leave: Callable[[], None]) -> None:
        """Call `leave()` at once, or after a yes when there is no action or an unowned one."""
        question = None if self.STEP in self.session.skipped else leaving_question(self.session)
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
