"""The why tree as drawn: the problem at the root, each answer under the one it explains."""

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.reactive import var
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from screens.i18n import Localized
from screens.widgets.cells import one_line
from workshop.phrase import Phrase
from workshop.session import WhyNode
from workshop.steps.whys import depth, walk_levels

PROBLEM = Phrase(en="Problem:", fr="Problème :")
NO_PROBLEM = Phrase(en="not stated yet (press p)", fr="pas encore énoncé (touche p)")
WHY_N = Phrase(en="Why {n}", fr="Pourquoi {n}")
ROOT_CAUSE_MARK = Phrase(en="★ root cause", fr="★ cause racine")
EVIDENCE_MARK = Phrase(en="✓ evidence", fr="✓ preuve")
WHY_HEADING = Phrase(en="Why {n}:", fr="Pourquoi {n} :")
EVIDENCE = Phrase(en="Evidence: {text}", fr="Preuve : {text}")
START_HERE = Phrase(
    en="State the problem (p), then ask the first why (a).",
    fr="Énoncez le problème (p), puis posez le premier pourquoi (a).",
)


class WhyTree(Localized, Tree[str | None]):
    """The problem statement at the root, the answers under it; node data is the why's id."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "why-tree--root-cause",
        "why-tree--evidence",
        "why-tree--depth",
        "why-tree--muted",
    }
    auto_expand = var(False)
    """Enter edits an answer here; it must not fold the branch as well."""

    def draw(self, problem: str, whys: Sequence[WhyNode], select: str | None) -> None:
        """Draw `problem` and `whys`, the cursor on `select` (None: on the problem)."""
        room = self.label_room()
        self.clear()
        self.root.set_label(self.problem_label(problem, room))
        self.root.expand()
        parents = {node.parent_id for node in whys}
        nodes: dict[str | None, TreeNode[str | None]] = {None: self.root}
        # walk_levels keeps its own stack; the session's depth limit bounds Textual's own walk.
        for why, level in walk_levels(whys):
            label = self.why_label(why, level, room)
            nodes[why.id] = nodes[why.parent_id].add(
                label, data=why.id, expand=True, allow_expand=why.id in parents
            )
        self.cursor_line = 0  # lays out the new lines, so every node knows its line
        self.move_cursor(nodes.get(select, self.root))

    def label_room(self) -> int:
        """The columns a label may use: the screen's width, less the tree's edges."""
        return self.app.size.width - 6

    def problem_label(self, problem: str, room: int) -> Text:
        label = Text(self.t(PROBLEM) + " ", style="bold")
        if problem.strip():
            label.append(one_line(problem, max(20, room - 12)))
        else:
            muted = self.get_component_rich_style("why-tree--muted", partial=True)
            label.append(self.t(NO_PROBLEM), style=muted)
        return label

    def why_label(self, why: WhyNode, level: int, room: int) -> Text:
        """ "Why 3 · the answer", cut to fit, then the marks for root cause and evidence."""
        marks = Text()
        if why.root_cause:
            style = self.get_component_rich_style("why-tree--root-cause", partial=True)
            marks.append("  " + self.t(ROOT_CAUSE_MARK), style=style)
        if why.evidence.strip():
            style = self.get_component_rich_style("why-tree--evidence", partial=True)
            marks.append("  " + self.t(EVIDENCE_MARK), style=style)
        prefix = self.t(WHY_N, n=level) + " · "
        width = room - 4 * level - len(prefix) - marks.cell_len
        label = Text(prefix, style=self.get_component_rich_style("why-tree--depth", partial=True))
        label.append(one_line(why.answer, max(12, width)))
        return label + marks

    def detail(self, problem: str, whys: Sequence[WhyNode], select: str | None) -> Text | None:
        """What shows under the tree: the selection's full text (the tree cuts long answers)
        and its evidence; None when `select` is not in the tree."""
        if select is None:
            return Text(problem) if whys or problem.strip() else Text(self.t(START_HERE))
        why = next((node for node in whys if node.id == select), None)
        if why is None:
            return None
        text = Text(self.t(WHY_HEADING, n=depth(whys, why.id)) + " ", style="bold")
        text.append(why.answer)
        if why.evidence.strip():
            text.append("\n" + self.t(EVIDENCE, text=why.evidence))
        return text
