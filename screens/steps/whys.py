"""The 5 whys: a tree of answers under the problem statement, grown and pruned by keys."""

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.reactive import var
from textual.widgets import Select, Static, Tree
from textual.widgets.tree import TreeNode

from screens.dialogs.form import FieldValue, FormDialog, FormField
from screens.steps.base import StepScreen
from screens.widgets.cells import one_line
from screens.workspace import Workspace
from workshop.phrase import Phrase
from workshop.session import WhyNode
from workshop.steps.whys import (
    RemovedBranch,
    add_child,
    add_sibling,
    blames_a_person,
    depth,
    find,
    kpi_problem,
    relink_lessons,
    remove_subtree,
    replace,
    restore,
    short_branches,
    unlink_lessons,
    walk,
)
from workshop.vocabulary import StepId

PROBLEM = Phrase(en="Problem:", fr="Problème :")
NO_PROBLEM = Phrase(en="not stated yet (press p)", fr="pas encore énoncé (touche p)")
WHY_N = Phrase(en="Why {n}", fr="Pourquoi {n}")
WHY_HEADING = Phrase(en="Why {n}:", fr="Pourquoi {n} :")
ROOT_CAUSE_MARK = Phrase(en="★ root cause", fr="★ cause racine")
EVIDENCE_MARK = Phrase(en="✓ evidence", fr="✓ preuve")
EVIDENCE = Phrase(en="Evidence: {text}", fr="Preuve : {text}")
START_HERE = Phrase(
    en="State the problem (p), then ask the first why (a).",
    fr="Énoncez le problème (p), puis posez le premier pourquoi (a).",
)
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
NOTHING_TO_UNDO = Phrase(en="Nothing to undo.", fr="Rien à annuler.")

AddWhy = Callable[[list[WhyNode], WhyNode], list[WhyNode]]
"""How a new answer joins the list: under the selection, or beside it."""

MAX_HINTS = 3
"""Hints shown under the tree at once; the rest are counted, so the tree keeps its room."""


class WhyTree(Tree[str | None]):
    """The problem statement at the root, the answers under it; node data is the why's id."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "why-tree--root-cause",
        "why-tree--evidence",
        "why-tree--depth",
        "why-tree--muted",
    }
    auto_expand = var(False)
    """Enter edits an answer here; it must not fold the branch as well."""


class WhysScreen(StepScreen):
    """Ask why, branch, back answers with evidence and mark the root causes."""

    STEP: ClassVar[StepId] = "whys"
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
        self.removed: list[tuple[RemovedBranch, dict[str, str]]] = []
        """Branches deleted on this screen, with the lesson links they took; latest last."""
        self.current: str | None = None
        """The id of the selected why; None for the problem statement."""

    def compose_body(self) -> ComposeResult:
        yield WhyTree("", id="why-tree")
        yield Static("", id="why-detail")
        yield Static("", id="why-hints")

    def guide_collapsed(self) -> bool:
        return bool(self.session.whys)

    def on_mount(self) -> None:
        # StepScreen.on_mount runs too: Textual calls the handler of every class in the MRO.
        self.show_tree(self.current)
        self.query_one(WhyTree).focus()

    async def recompose(self) -> None:
        """Rebuilt in another language: draw the tree again, on the same answer."""
        await super().recompose()
        self.show_tree(self.current)
        self.query_one(WhyTree).focus()

    # -- showing -----------------------------------------------------------------------------

    def show_tree(self, select: str | None) -> None:
        """Draw the tree from the session and put the cursor on `select`."""
        tree = self.query_one(WhyTree)
        whys = self.session.whys
        tree.clear()
        tree.root.set_label(self.problem_label(tree))
        tree.root.expand()
        parents = {node.parent_id for node in whys}
        nodes: dict[str | None, TreeNode[str | None]] = {None: tree.root}
        levels: dict[str | None, int] = {None: 0}
        for why in walk(whys):
            level = levels[why.parent_id] + 1
            levels[why.id] = level
            label = self.why_label(tree, why, level)
            nodes[why.id] = nodes[why.parent_id].add(
                label, data=why.id, expand=True, allow_expand=why.id in parents
            )
        tree.cursor_line = 0  # lays out the new lines, so every node knows its line
        tree.move_cursor(nodes.get(select, tree.root))
        self.current = select if select in nodes else None
        self.show_detail()
        self.show_hints()

    def problem_label(self, tree: WhyTree) -> Text:
        label = Text(self.t(PROBLEM) + " ", style="bold")
        if self.session.problem.strip():
            label.append(one_line(self.session.problem, max(20, self.label_room() - 12)))
        else:
            muted = tree.get_component_rich_style("why-tree--muted", partial=True)
            label.append(self.t(NO_PROBLEM), style=muted)
        return label

    def why_label(self, tree: WhyTree, why: WhyNode, level: int) -> Text:
        """ "Why 3 · the answer", cut to fit, then the marks for root cause and evidence."""
        marks = Text()
        if why.root_cause:
            style = tree.get_component_rich_style("why-tree--root-cause", partial=True)
            marks.append("  " + self.t(ROOT_CAUSE_MARK), style=style)
        if why.evidence.strip():
            style = tree.get_component_rich_style("why-tree--evidence", partial=True)
            marks.append("  " + self.t(EVIDENCE_MARK), style=style)
        prefix = self.t(WHY_N, n=level) + " · "
        width = self.label_room() - 4 * level - len(prefix) - marks.cell_len
        label = Text(prefix, style=tree.get_component_rich_style("why-tree--depth", partial=True))
        label.append(one_line(why.answer, max(12, width)))
        return label + marks

    def label_room(self) -> int:
        """The columns a label may use: the screen's width, less the tree's edges."""
        return self.app.size.width - 6

    @on(Tree.NodeHighlighted, "#why-tree")
    def remember_selection(self, event: Tree.NodeHighlighted[str | None]) -> None:
        if event.node is not self.query_one(WhyTree).cursor_node:
            return  # the cursor has moved on, or the tree was redrawn since
        self.current = event.node.data
        self.show_detail()

    def on_resize(self) -> None:
        self.show_tree(self.current)

    def show_detail(self) -> None:
        """The selection's full text (the tree cuts long answers) and its evidence."""
        detail = self.query_one("#why-detail", Static)
        whys = self.session.whys
        if self.current is None:
            if whys or self.session.problem.strip():
                detail.update(Text(self.session.problem))
            else:
                detail.update(self.t(START_HERE))
            return
        why = next((node for node in whys if node.id == self.current), None)
        if why is None:
            return
        text = Text(self.t(WHY_HEADING, n=depth(whys, why.id)) + " ", style="bold")
        text.append(why.answer)
        if why.evidence.strip():
            text.append("\n" + self.t(EVIDENCE, text=why.evidence))
        detail.update(text)

    def hints(self) -> list[str]:
        """A hint for each branch that stops early and each answer that blames a person."""
        whys = self.session.whys
        languages = {self.session.language, self.language}
        found = [
            self.t(SHORT_HINT, answer=one_line(why.answer, 30), n=depth(whys, why.id))
            for why in short_branches(whys)
        ]
        found += [
            self.t(BLAME_HINT, answer=one_line(why.answer, 30))
            for why in walk(whys)
            if any(blames_a_person(why.answer, language) for language in languages)
        ]
        return found

    def show_hints(self) -> None:
        hints = self.hints()
        lines = hints[:MAX_HINTS]
        if len(hints) > MAX_HINTS:
            lines.append(self.t(MORE_HINTS, count=len(hints) - MAX_HINTS))
        panel = self.query_one("#why-hints", Static)
        panel.update(Text("\n".join(lines)))
        panel.display = bool(lines)

    # -- changing ----------------------------------------------------------------------------

    def save_whys(self, whys: list[WhyNode], select: str | None, **more: object) -> bool:
        """Keep `whys` (and `more` fields) and redraw with `select` selected."""
        if not self.change(whys=whys, **more):
            return False
        self.show_tree(select)
        return True

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

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            why = WhyNode(answer=str(values["answer"]).strip(), evidence=_text(values["evidence"]))
            self.save_whys(add(self.session.whys, why), why.id)

        self.app.push_screen(FormDialog(title, fields), done)

    def action_add_child(self) -> None:
        parent = self.current
        self.ask_answer(parent, lambda whys, why: add_child(whys, parent, why))

    def action_add_sibling(self) -> None:
        beside = self.current
        if beside is None:
            self.notify(self.t(SELECT_A_WHY))
            return
        parent = find(self.session.whys, beside).parent_id
        self.ask_answer(parent, lambda whys, why: add_sibling(whys, beside, why))

    @on(Tree.NodeSelected, "#why-tree")
    def action_edit_item(self) -> None:
        if self.current is None:
            self.action_edit_problem()
        else:
            self.edit_field("answer", EDIT_TITLE, ANSWER)

    def action_edit_evidence(self) -> None:
        if self.current is None:
            self.notify(self.t(SELECT_A_WHY))
        else:
            self.edit_field("evidence", EVIDENCE_TITLE, EVIDENCE_FIELD)

    def edit_field(self, name: str, title: Phrase, label: Phrase) -> None:
        """Edit the answer or the evidence of the selected why."""
        why_id = self.current
        if why_id is None:
            return
        why = find(self.session.whys, why_id)
        level = depth(self.session.whys, why_id)
        field = FormField(
            name,
            self.t(label),
            value=getattr(why, name),
            required=name == "answer",
            hint=self.t(ANSWER_HINT) if name == "answer" else "",
        )

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            latest = find(self.session.whys, why_id)
            edited = latest.model_copy(update={name: _text(values[name])})
            self.save_whys(replace(self.session.whys, edited), why_id)

        self.app.push_screen(FormDialog(self.t(title, n=level), [field]), done)

    def action_toggle_root_cause(self) -> None:
        if self.current is None:
            self.notify(self.t(SELECT_A_WHY))
            return
        why = find(self.session.whys, self.current)
        marked = why.model_copy(update={"root_cause": not why.root_cause})
        self.save_whys(replace(self.session.whys, marked), why.id)

    def action_delete_item(self) -> None:
        if self.current is None:
            self.notify(self.t(SELECT_A_WHY))
            return
        why = find(self.session.whys, self.current)
        kept, removed = remove_subtree(self.session.whys, why.id)
        lessons, links = unlink_lessons(self.session.lessons, removed)
        if not self.save_whys(kept, why.parent_id, lessons=lessons):
            return
        self.removed.append((removed, links))
        count = len(removed.positions) - 1
        answer = one_line(why.answer, 30)
        message = self.t(DELETED_BRANCH if count else DELETED, answer=answer, count=count)
        if links:
            message += " " + self.t(LESSONS_UNLINKED, count=len(links))
        message += " " + self.t(PRESS_U)
        self.notify(message, severity="warning" if links else "information")

    def action_undo(self) -> None:
        if not self.removed:
            self.notify(self.t(NOTHING_TO_UNDO))
            return
        removed, links = self.removed[-1]
        whys = restore(self.session.whys, removed)
        lessons = relink_lessons(self.session.lessons, links)
        if self.save_whys(whys, removed.top.id, lessons=lessons):
            self.removed.pop()

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
            statement = self.problem_from(kpi_id, typed, original)
            return self.t(WILL_READ, text=statement) if statement != typed.strip() else ""

        def done(values: dict[str, FieldValue] | None) -> None:
            if values is None:
                return
            problem = self.problem_from(values.get("kpi"), _text(values["problem"]), original)
            if self.change(problem=problem):
                self.show_tree(self.current)

        dialog = FormDialog(self.t(PROBLEM_TITLE), fields, live=preview if kpis else None)
        self.app.push_screen(dialog, done)

    def problem_from(self, kpi_id: object, typed: str, original: str) -> str:
        """The chosen missed KPI said as a problem, unless the statement was typed over."""
        kpi = next((k for k in self.session.case.missed_kpis if k.id == kpi_id), None)
        if kpi is None or typed.strip() != original.strip():
            return typed.strip()
        return kpi_problem(self.session.language, kpi)


def _text(value: FieldValue) -> str:
    return value.strip() if isinstance(value, str) else ""
