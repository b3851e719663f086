"""The 5 whys: a tree of answers under the problem statement, grown and pruned by keys."""

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Select, Static, Tree

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.list_step import FormValues, ListStep
from screens.steps.why_tree_widget import WhyTree
from screens.widgets.cells import one_line
from screens.workspace import Workspace
from workshop.phrase import Phrase
from workshop.session import WhyNode
from workshop.steps.editing import Deleted, SessionList, revised
from workshop.steps.whys import (
    WHYS,
    Hint,
    add_child,
    add_sibling,
    depth,
    find,
    hints,
    kpi_problem,
    nearest_held,
    problem_from,
)
from workshop.vocabulary import StepId

SHORT_HINT = Phrase(
    en="“{answer}” stops at why {n}: ask why again (a) or mark it a root cause (r).",
    fr="« {answer} » s'arrête au pourquoi {n} : redemandez pourquoi (a) ou marquez-la cause racine (r).",
)
BLAME_HINT = Phrase(
    en="“{answer}” seems to blame a person rather than a process; the bias step will come back to it.",
    fr="« {answer} » semble accuser une personne plutôt qu'un processus ; l'étape des biais y reviendra.",
)
MORE_HINTS = Phrase(en="…and {count} more hints.", fr="…et {count} autres conseils.")

PROBLEM_TITLE = Phrase(en="The problem statement", fr="L'énoncé du problème")
STATEMENT = Phrase(en="Problem statement", fr="Énoncé du problème")
FROM_KPI = Phrase(en="Start from a missed KPI", fr="Partir d'un KPI manqué")
FROM_KPI_HINT = Phrase(
    en="Leave the statement as it is to use the chosen KPI.",
    fr="Laissez l'énoncé tel quel pour reprendre le KPI choisi.",
)
NO_MISSED_KPI = Phrase(
    en="No missed KPI in the case step yet: describe what went wrong, with a figure.",
    fr="Aucun KPI manqué dans l'étape du cas pour l'instant : décrivez ce qui n'a pas marché, chiffre à l'appui.",
)
WILL_READ = Phrase(en="The statement will read: {text}", fr="L'énoncé sera : {text}")
ADD_TITLE = Phrase(en="Why {n}: why “{question}”?", fr="Pourquoi {n} : pourquoi « {question} » ?")
ADD_TITLE_PLAIN = Phrase(
    en="Why {n}: why did it happen?", fr="Pourquoi {n} : pourquoi est-ce arrivé ?"
)
EDIT_TITLE = Phrase(en="Why {n}: the answer", fr="Pourquoi {n} : la réponse")
EVIDENCE_TITLE = Phrase(en="Why {n}: the evidence", fr="Pourquoi {n} : la preuve")
ANSWER = Phrase(en="Answer", fr="Réponse")
ANSWER_HINT = Phrase(
    en="Name a process, a tool, data or a decision rather than a person.",
    fr="Nommez un processus, un outil, des données ou une décision plutôt qu'une personne.",
)
EVIDENCE_FIELD = Phrase(
    en="Evidence (a figure, a report, a quote)", fr="Preuve (un chiffre, un rapport, une citation)"
)
SELECT_A_WHY = Phrase(
    en="Select a why first: this key works on an answer, not on the problem statement.",
    fr="Choisissez d'abord un pourquoi : cette touche agit sur une réponse, pas sur l'énoncé du problème.",
)
DELETED = Phrase(en="Deleted “{answer}”.", fr="« {answer} » supprimée.")
DELETED_BRANCH = Phrase(
    en="Deleted “{answer}” and the {count} answers under it.",
    fr="« {answer} » supprimée, avec les {count} réponses en dessous.",
)
LESSONS_UNLINKED = Phrase(
    en="The lessons drawn from it ({count}) now point at no cause.",
    fr="Les leçons qui en étaient tirées ({count}) ne pointent plus vers aucune cause.",
)
PRESS_U = Phrase(en="Press u to undo.", fr="Appuyez sur u pour annuler.")

AddWhy = Callable[[list[WhyNode], WhyNode], list[WhyNode]]
"""How a new answer joins the list: under the selection, or beside it."""

MAX_HINTS = 3
"""Hints shown under the tree at once; the rest are counted, so the tree keeps its room."""


class WhysScreen(ListStep[WhyNode]):
    """Ask why, branch, back answers with evidence and mark the root causes."""

    STEP: ClassVar[StepId] = "whys"
    FOCUS: ClassVar[str] = "#why-tree"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_child", "Why?", id="add_child"),
        Binding("o", "add_sibling", "Other cause", id="add_sibling"),
        Binding("r", "toggle_root_cause", "Root cause", id="toggle_root_cause"),
        Binding("e", "edit_item", "Edit", show=False, id="edit_item"),
        Binding("v", "edit_evidence", "Evidence", show=False, id="edit_evidence"),
        Binding("p", "edit_problem", "Problem", show=False, id="edit_problem"),
        Binding("d,delete", "delete_item", "Delete", show=False, id="delete_item"),
        Binding("u", "undo", "Undo", show=False, id="undo"),
    ]

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.current: str | None = None
        """The id of the selected why; None for the problem statement."""
        self.drawn: dict[str, str | None] = {}
        """Each why last drawn, with the one it explains: where to go when the selection goes."""

    def compose_body(self) -> ComposeResult:
        yield WhyTree("", id="why-tree")
        yield Static("", id="why-detail")
        yield Static("", id="why-hints")

    def guide_collapsed(self) -> bool:
        return bool(self.session.whys)

    def session_list(self) -> SessionList[WhyNode]:
        return WHYS

    def fill_body(self) -> None:
        self.show()

    # -- showing -----------------------------------------------------------------------------

    def highlighted(self) -> WhyNode | None:
        return next((why for why in self.session.whys if why.id == self.current), None)

    def show(self, select: str | None = None) -> None:
        """Draw the tree from the session, the cursor on `select`, else on the selection (or,
        once that is deleted, on the nearest answer above it, the problem at the top)."""
        whys = self.session.whys
        self.current = nearest_held(whys, self.drawn, select or self.current)
        self.query_one(WhyTree).draw(self.session.problem, whys, self.current)
        self.drawn = {why.id: why.parent_id for why in whys}
        self.show_detail()
        self.show_hints()

    @on(Tree.NodeHighlighted, "#why-tree")
    def remember_selection(self, event: Tree.NodeHighlighted[str | None]) -> None:
        if event.node is not self.query_one(WhyTree).cursor_node:
            return  # the cursor has moved on, or the tree was redrawn since
        self.current = event.node.data
        self.show_detail()

    def on_resize(self) -> None:
        self.show()

    def show_detail(self) -> None:
        """The selection's full text (the tree cuts long answers) and its evidence."""
        tree = self.query_one(WhyTree)
        detail = tree.detail(self.session.problem, self.session.whys, self.current)
        if detail is not None:
            self.query_one("#why-detail", Static).update(detail)

    def hint_text(self, hint: Hint) -> str:
        phrase = SHORT_HINT if hint.kind == "short" else BLAME_HINT
        return self.t(phrase, answer=one_line(hint.why.answer, 30), n=hint.depth)

    def show_hints(self) -> None:
        """A hint for each branch that stops early and each answer that blames a person."""
        found = hints(self.session.whys, (self.session.language, self.language))
        lines = [self.hint_text(hint) for hint in found[:MAX_HINTS]]
        if len(found) > MAX_HINTS:
            lines.append(self.t(MORE_HINTS, count=len(found) - MAX_HINTS))
        panel = self.query_one("#why-hints", Static)
        panel.update(Text("\n".join(lines)))
        panel.display = bool(lines)

    def deleted_message(self, item: WhyNode, deleted: Deleted) -> str:
        count = deleted.removed - 1
        answer = one_line(item.answer, 30)
        message = self.t(DELETED_BRANCH if count else DELETED, answer=answer, count=count)
        if deleted.unlinked:
            message += " " + self.t(LESSONS_UNLINKED, count=deleted.unlinked)
        return message + " " + self.t(PRESS_U)

    # -- changing ----------------------------------------------------------------------------

    def ask_answer(self, parent: str | None, add: AddWhy) -> None:
        """Ask for a new answer to `parent` (None: the problem) and hand it to `add`."""
        whys = self.session.whys
        level = 1 if parent is None else depth(whys, parent) + 1
        question = self.session.problem if parent is None else find(whys, parent).answer
        if question.strip():
            title = self.t(ADD_TITLE, n=level, question=one_line(question, 40))
        else:
            title = self.t(ADD_TITLE_PLAIN, n=level)
        fields = [
            FormField("answer", self.t(ANSWER), required=True, hint=self.t(ANSWER_HINT)),
            FormField("evidence", self.t(EVIDENCE_FIELD)),
        ]

        def done(values: FormValues | None) -> None:
            if values is None:
                return
            why = WhyNode(answer=str(values["answer"]).strip(), evidence=_text(values["evidence"]))
            self.keep(lambda session: revised(session, whys=add(session.whys, why)), why.id)

        self.app.push_screen(FormDialog(title, fields), done)

    def action_add_child(self) -> None:
        parent = self.current
        self.ask_answer(parent, lambda whys, why: add_child(whys, parent, why))

    def action_add_sibling(self) -> None:
        beside = self.chosen()
        if beside is not None:
            self.ask_answer(beside.parent_id, lambda whys, why: add_sibling(whys, beside.id, why))

    @on(Tree.NodeSelected, "#why-tree")
    def action_edit_item(self) -> None:
        if self.current is None:
            self.action_edit_problem()
        else:
            self.edit_field("answer", EDIT_TITLE, ANSWER)

    def action_edit_evidence(self) -> None:
        if self.chosen() is not None:
            self.edit_field("evidence", EVIDENCE_TITLE, EVIDENCE_FIELD)

    def edit_field(self, name: str, title: Phrase, label: Phrase) -> None:
        """Edit the answer or the evidence of the selected why."""
        why = self.highlighted()
        if why is None:
            return
        level = depth(self.session.whys, why.id)
        field = FormField(
            name,
            self.t(label),
            value=getattr(why, name),
            required=name == "answer",
            hint=self.t(ANSWER_HINT) if name == "answer" else "",
        )

        def done(values: FormValues | None) -> None:
            if values is None:
                return
            latest = find(self.session.whys, why.id)
            self.replace_item(latest.model_copy(update={name: _text(values[name])}))

        self.app.push_screen(FormDialog(self.t(title, n=level), [field]), done)

    def action_toggle_root_cause(self) -> None:
        why = self.chosen()
        if why is not None:
            self.replace_item(why.model_copy(update={"root_cause": not why.root_cause}))

    def action_delete_item(self) -> None:
        if self.chosen() is not None:
            super().action_delete_item()

    def chosen(self) -> WhyNode | None:
        """The selected why; None, and the user told to select one, on the problem statement."""
        why = self.highlighted()
        if why is None:
            self.notify(self.t(SELECT_A_WHY))
        return why

    # -- the problem statement ---------------------------------------------------------------

    def action_edit_problem(self) -> None:
        kpis = self.session.case.missed_kpis
        original = self.session.problem
        hint = self.t(FROM_KPI_HINT if kpis else NO_MISSED_KPI)
        fields = [FormField("problem", self.t(STATEMENT), value=original, hint=hint)]
        if kpis:
            choices = [(one_line(kpi_problem(self.session.language, k), 60), k.id) for k in kpis]
            fields.insert(0, FormField("kpi", self.t(FROM_KPI), "choice", choices=choices))

        def preview(texts: dict[str, str]) -> str:
            typed = texts.get("problem", "")
            kpi_id = dialog.query_one("#field-kpi", Select).value
            said = problem_from(self.session, kpi_id, typed, original)
            return self.t(WILL_READ, text=said) if said != typed.strip() else ""

        def done(values: FormValues | None) -> None:
            if values is not None:
                typed = _text(values["problem"])
                problem = problem_from(self.session, values.get("kpi"), typed, original)
                self.keep(lambda session: revised(session, problem=problem), None)

        dialog = FormDialog(self.t(PROBLEM_TITLE), fields, live=preview if kpis else None)
        self.app.push_screen(dialog, done)


def _text(value: FieldValue) -> str:
    return value.strip() if isinstance(value, str) else ""
