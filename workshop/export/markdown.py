"""The Markdown page of a session, safe to paste into any team wiki.

Only constructs that render alike on GitHub and GitLab wikis, Confluence and Notion imports,
Obsidian and MkDocs: one H1, H2 per step, H3 at most; `-` lists indented by 4 spaces; GFM pipe
tables; task lists; bold and italics. No HTML, no footnotes. Every user text goes through
`escape`, so no input can add structure to the page.
"""

import json
from collections.abc import Callable, Sequence

from workshop.content import labels as L
from workshop.content.biases import BIAS_INFO
from workshop.content.lessons import CATEGORY_INFO, SUBTYPE_INFO
from workshop.content.signals import SIGNAL_INFO
from workshop.content.steps import guide_for
from workshop.export.escape import block, inline, plain
from workshop.export.markdown_blocks import EMPTY_CELL, action_result, table
from workshop.kpi_text import gap_percent_text, gap_text, measure_text
from workshop.numbers import format_number
from workshop.phrase import Phrase
from workshop.session import Action, Session, WhyNode
from workshop.steps.whys import walk_levels
from workshop.vocabulary import BIASES, LESSON_CATEGORIES, SIGNALS, StepId

INDENT = "    "


def session_markdown(session: Session, *, notes: bool = False, front_matter: bool = False) -> str:
    """The wiki page of `session`; facilitator notes and YAML front matter only on request."""
    page = Page(session)
    parts = [_front_matter(session)] if front_matter else []
    parts.append(page.heading())
    for step, section in SECTIONS.items():
        body = page.t(L.SKIPPED) if step in session.skipped else section(page)
        parts.append(f"## {page.step_title(step)}\n\n{body or f'*{page.t(L.NOTHING)}*'}")
    if notes and session.notes.strip():
        parts.append(f"## {page.t(L.NOTES)}\n\n{block(session.notes, '')}")
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


class Page:
    """The sections of one session's page, in the session's language."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.language = session.language

    def t(self, phrase: Phrase, **values: str) -> str:
        text = phrase.text(self.language)
        return text.format(**values) if values else text

    def colon(self, label: Phrase) -> str:
        """A label followed by a colon, spaced as the language wants it."""
        return self.t(L.COLON, label=self.t(label))

    def step_title(self, step: StepId) -> str:
        return self.t(guide_for(step, self.session.mode).title)

    def heading(self) -> str:
        s = self.session
        title = inline(s.title) or self.t(L.UNTITLED)
        facts = [self.t(L.MODES[s.mode]), self.t(L.UPDATED, date=s.updated_at.date().isoformat())]
        return f"# {self.t(L.PAGE_TITLE, title=title)}\n\n*{' · '.join(facts)}*"

    def case(self) -> str:
        case = self.session.case
        facts: list[tuple[Phrase, str]] = [(L.CAMPAIGN, inline(case.campaign))]
        if case.period_start or case.period_end:
            start = case.period_start.isoformat() if case.period_start else "?"
            end = case.period_end.isoformat() if case.period_end else "?"
            facts.append((L.PERIOD, self.t(L.PERIOD_RANGE, start=start, end=end)))
        facts.append((L.CHANNELS, ", ".join(inline(c) for c in case.channels if inline(c))))
        if case.budget is not None:
            budget = format_number(case.budget, self.language)
            facts.append((L.BUDGET, f"{budget} {inline(case.currency)}".strip()))
        facts.append((L.OBJECTIVE, block(case.objective, INDENT)))
        lines = [f"- **{self.colon(label)}** {value}" for label, value in facts if value]
        if case.kpis:
            header = [L.KPI, L.TARGET, L.ACTUAL, L.GAP, L.GAP_PERCENT, L.MISSED]
            rows = [
                [
                    inline(kpi.name),
                    measure_text(kpi.target, kpi.unit, self.language, inline),
                    measure_text(kpi.actual, kpi.unit, self.language, inline),
                    gap_text(kpi, self.language, inline),
                    gap_percent_text(kpi, self.language),
                    self.t(L.YES if kpi.missed else L.NO),
                ]
                for kpi in case.kpis
            ]
            lines.append("\n" + self.table(header, rows))
        return "\n".join(lines)

    def signals(self) -> str:
        seen = self.session.signals
        rows = [
            [
                self.t(SIGNAL_INFO[sid].label),
                self.t(L.SIGNAL_KINDS[SIGNAL_INFO[sid].kind]),
                self.t(L.YES if seen[sid].checked else L.NO),
                inline(seen[sid].note),
            ]
            for sid in SIGNALS
            if sid in seen and (seen[sid].checked or seen[sid].note.strip())
        ]
        return self.table([L.SIGNAL, L.KIND, L.OBSERVED, L.NOTE], rows) if rows else ""

    def whys(self) -> str:
        s = self.session
        if not s.problem.strip() and not s.whys:
            return ""
        lines = [f"**{self.colon(L.PROBLEM)}** {block(s.problem, '')}"] if s.problem.strip() else []
        tree = [self._why_item(node, level - 1) for node, level in walk_levels(s.whys)]
        if tree:
            lines.append("\n" + "\n".join(tree))
        if s.root_causes:
            causes = [f"1. {block(n.answer, INDENT)}" for n in s.root_causes]
            lines.append(f"\n**{self.colon(L.ROOT_CAUSES)}**\n\n" + "\n".join(causes))
        return "\n".join(lines)

    def _why_item(self, node: WhyNode, depth: int) -> str:
        indent = INDENT * depth
        inner = INDENT * (depth + 1)
        text = block(node.answer, inner) or EMPTY_CELL
        if node.root_cause:
            text += f" **({self.t(L.ROOT_CAUSE)})**"
        if node.evidence.strip():
            text += f"  \n{inner}*{self.colon(L.EVIDENCE)}* {block(node.evidence, inner)}"
        return f"{indent}- {text}"

    def swot(self) -> str:
        rows = [
            [
                self.t(L.SWOT_KINDS[item.kind]),
                inline(item.text),
                inline(item.conversion) if item.converted else f"*{self.t(L.NOT_CONVERTED)}*",
            ]
            for item in self.session.swot
        ]
        return self.table([L.KIND, L.WHAT_HAPPENED, L.TURNED_INTO], rows) if rows else ""

    def anonymous(self) -> str:
        entries = self.session.anonymous_entries
        if self.session.mode == "workshop" and entries and not self.session.round.revealed:
            # Not shown to the room yet: the page must not show it to the wiki either.
            return f"*{self.t(L.NOT_REVEALED, count=str(len(entries)))}*"
        by_prompt: dict[str, list[str]] = {}
        for entry in entries:
            text = block(entry.text, INDENT) or EMPTY_CELL
            if entry.count > 1:
                text += f" **({self.t(L.ALIKE, count=str(entry.count))})**"
            if entry.discuss:
                text += f" *({self.t(L.TO_DISCUSS)})*"
            by_prompt.setdefault(entry.prompt, []).append(text)
        sections = [
            f"### {inline(prompt) or EMPTY_CELL}\n\n" + "\n".join(f"- {t}" for t in texts)
            for prompt, texts in by_prompt.items()
        ]
        if not sections:
            return ""
        return f"*{self.t(L.ENTRIES_NOTE)}*\n\n" + "\n\n".join(sections)

    def biases(self) -> str:
        checks = self.session.biases
        if not checks:
            return ""
        rows = [
            [
                self.t(BIAS_INFO[bid].name),
                self.t(L.BIAS_STATUSES[checks[bid].status]),
                inline(checks[bid].note),
            ]
            for bid in BIASES
            if bid in checks
        ]
        present = sum(1 for c in checks.values() if c.status == "present")
        count = self.t(L.BIASES_PRESENT, count=str(present), total=str(len(BIASES)))
        return f"{count}\n\n" + self.table([L.BIAS, L.STATUS, L.NOTE], rows)

    def lessons(self) -> str:
        answers = {node.id: node.answer for node in self.session.whys}
        sections = []
        for category in LESSON_CATEGORIES:
            items = []
            for lesson in self.session.lessons:
                if lesson.category != category:
                    continue
                subtype = SUBTYPE_INFO[lesson.subtype].label if lesson.subtype else L.NO_SUBTYPE
                text = block(lesson.text, INDENT) or EMPTY_CELL
                line = f"- {text}  \n{INDENT}*{self.t(subtype)}*"
                if lesson.why_id is not None:
                    line += f" · {self.colon(L.FROM_CAUSE)} {inline(answers[lesson.why_id])}"
                items.append(line)
            if items:
                title = self.t(CATEGORY_INFO[category].label)
                sections.append(f"### {title}\n\n" + "\n".join(items))
        return "\n\n".join(sections)

    def actions(self) -> str:
        actions = self.session.actions
        if not actions:
            return ""
        header = [L.ACTION, L.OWNER, L.DUE, L.KPI, L.TARGET, L.FOLLOW_UP, L.STATUS, L.RESULT]
        rows = [
            [
                inline(a.what)
                + (f" ({self.t(L.AB_TEST)})" if a.ab_test else "")
                + (f" *({self.t(L.CARRIED_OVER)})*" if a.carried_from else ""),
                inline(a.owner) or f"*{self.t(L.UNASSIGNED)}*",
                a.due.isoformat() if a.due else "",
                inline(a.kpi),
                inline(a.target),
                a.follow_up.isoformat() if a.follow_up else "",
                self.status(a),
                self.result(a),
            ]
            for a in actions
        ]
        tasks = []
        # A carried action is on the later session's checklist; a dropped one is struck out.
        for a in actions:
            if a.status == "carried":
                continue
            mark = "x" if a.status == "done" else " "
            who = inline(a.owner) or self.t(L.UNASSIGNED)
            due = f", {a.due.isoformat()}" if a.due else ""
            what = inline(a.what) or EMPTY_CELL
            what = f"~~{what}~~" if a.status == "dropped" else what
            tasks.append(f"- [{mark}] {what} ({who}{due})")
        return (
            self.table(header, rows) + f"\n\n**{self.colon(L.CHECKLIST)}**\n\n" + "\n".join(tasks)
        )

    def status(self, action: Action) -> str:
        """The status, with the day it changed once the action is closed."""
        status = self.t(L.ACTION_STATUSES[action.status])
        return f"{status} {action.closed_on.isoformat()}" if action.closed_on else status

    def result(self, action: Action) -> str:
        return action_result(action, self.language)

    def table(self, header: Sequence[Phrase], rows: Sequence[Sequence[str]]) -> str:
        return table([self.t(h) for h in header], rows)


def _front_matter(session: Session) -> str:
    """YAML front matter for Obsidian and MkDocs; values are JSON strings, which YAML reads."""
    causes = [plain(node.answer) for node in session.root_causes]
    fields = {
        "title": json.dumps(plain(session.title), ensure_ascii=False),
        "date": session.updated_at.date().isoformat(),
        "mode": session.mode,
        "language": session.language,
        "root_causes": json.dumps(causes, ensure_ascii=False),
        "tags": "[post-mortem, rootcause]",
    }
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---"


Section = Callable[[Page], str]
"""A step's section of the page, without its heading."""

SECTIONS: dict[StepId, Section] = {
    "case": Page.case,
    "signals": Page.signals,
    "whys": Page.whys,
    "swot": Page.swot,
    "anonymous": Page.anonymous,
    "biases": Page.biases,
    "lessons": Page.lessons,
    "actions": Page.actions,
}
"""The page's sections, in the method's order: each step's own (the summary is the page)."""
