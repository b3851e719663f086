"""The why tree as a flat list of answers: walking it, growing it, pruning it and undoing that.

A session stores its whys as a list of `WhyNode`s, each pointing at the answer it explains
(`parent_id`, None for a direct answer to the problem statement). Siblings keep their list
order. Every function here returns a new list and leaves the one it was given alone.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from workshop.case import Kpi
from workshop.numbers import format_measure
from workshop.phrase import Phrase
from workshop.session import Lesson, WhyNode
from workshop.vocabulary import Language

ENOUGH_DEPTH = 3
"""A branch that stops before the third why has rarely reached a cause the team can change."""


@dataclass(frozen=True)
class RemovedBranch:
    """What `remove_subtree` took out: each node with the list position it had."""

    positions: tuple[tuple[int, WhyNode], ...]
    """(index in the list before removal, node), in increasing index order."""

    @property
    def top(self) -> WhyNode:
        """The answer the user removed (the others were under it)."""
        return self.positions[0][1]


def children(whys: Sequence[WhyNode], parent_id: str | None) -> list[WhyNode]:
    """The answers that explain `parent_id` (None: the problem statement), in order."""
    return [node for node in whys if node.parent_id == parent_id]


def find(whys: Sequence[WhyNode], node_id: str) -> WhyNode:
    """The answer with `node_id`; KeyError when there is none."""
    for node in whys:
        if node.id == node_id:
            return node
    raise KeyError(node_id)


def depth(whys: Sequence[WhyNode], node_id: str) -> int:
    """How many whys deep `node_id` is: 1 for a direct answer to the problem statement."""
    parents = {node.id: node.parent_id for node in whys}
    if node_id not in parents:
        raise KeyError(node_id)
    level = 1
    current = parents[node_id]
    while current is not None and level <= len(parents):
        level += 1
        current = parents.get(current)
    return level


def walk(whys: Sequence[WhyNode], parent_id: str | None = None) -> Iterator[WhyNode]:
    """Every answer under `parent_id`, depth first, siblings in list order (the tree order)."""
    for node in children(whys, parent_id):
        yield node
        yield from walk(whys, node.id)


def descendants(whys: Sequence[WhyNode], node_id: str) -> set[str]:
    """The ids of every answer under `node_id`, at any depth (not `node_id` itself)."""
    return {node.id for node in walk(whys, node_id)}


def _after_branch(whys: Sequence[WhyNode], node_id: str | None) -> int:
    """The list index just after `node_id` and everything under it (the end for None)."""
    if node_id is None:
        return len(whys)
    inside = descendants(whys, node_id) | {node_id}
    return max(index for index, node in enumerate(whys) if node.id in inside) + 1


def add_child(whys: Sequence[WhyNode], parent_id: str | None, node: WhyNode) -> list[WhyNode]:
    """`node` as the last answer explaining `parent_id` (None: the problem statement)."""
    placed = node.model_copy(update={"parent_id": parent_id})
    index = _after_branch(whys, parent_id)
    return [*whys[:index], placed, *whys[index:]]


def add_sibling(whys: Sequence[WhyNode], beside_id: str, node: WhyNode) -> list[WhyNode]:
    """`node` as another answer to the same question as `beside_id`, just after it."""
    beside = find(whys, beside_id)
    placed = node.model_copy(update={"parent_id": beside.parent_id})
    index = _after_branch(whys, beside_id)
    return [*whys[:index], placed, *whys[index:]]


def replace(whys: Sequence[WhyNode], node: WhyNode) -> list[WhyNode]:
    """The list with the answer of the same id swapped for `node`, in place."""
    find(whys, node.id)
    return [node if old.id == node.id else old for old in whys]


def remove_subtree(whys: Sequence[WhyNode], node_id: str) -> tuple[list[WhyNode], RemovedBranch]:
    """The list without `node_id` and every answer under it, and what was taken out."""
    find(whys, node_id)
    gone = descendants(whys, node_id) | {node_id}
    kept = [node for node in whys if node.id not in gone]
    removed = tuple((index, node) for index, node in enumerate(whys) if node.id in gone)
    return kept, RemovedBranch(removed)


def restore(whys: Sequence[WhyNode], removed: RemovedBranch) -> list[WhyNode]:
    """Put a removed branch back at its old positions (exactly, if nothing changed since)."""
    result = list(whys)
    for index, node in removed.positions:
        result.insert(min(index, len(result)), node)
    return result


def unlink_lessons(
    lessons: Sequence[Lesson], removed: RemovedBranch
) -> tuple[list[Lesson], dict[str, str]]:
    """The lessons without their links to removed answers, and the links taken off.

    A lesson drawn from a deleted answer stays a lesson; it just no longer points at it. The
    links (lesson id -> why id) let an undo put them back.
    """
    gone = {node.id for _, node in removed.positions}
    links = {
        lesson.id: lesson.why_id for lesson in lessons if lesson.why_id in gone and lesson.why_id
    }
    kept = [
        lesson.model_copy(update={"why_id": None}) if lesson.id in links else lesson
        for lesson in lessons
    ]
    return kept, links


def relink_lessons(lessons: Sequence[Lesson], links: dict[str, str]) -> list[Lesson]:
    """Put back the links `unlink_lessons` took off, on lessons not linked elsewhere since."""
    return [
        lesson.model_copy(update={"why_id": links[lesson.id]})
        if lesson.id in links and lesson.why_id is None
        else lesson
        for lesson in lessons
    ]


def is_leaf(whys: Sequence[WhyNode], node_id: str) -> bool:
    """True when no answer explains `node_id` yet."""
    return not any(node.parent_id == node_id for node in whys)


def short_branches(whys: Sequence[WhyNode]) -> list[WhyNode]:
    """Leaves that stop before the third why and are not marked root causes, in tree order."""
    return [
        node
        for node in walk(whys)
        if is_leaf(whys, node.id) and not node.root_cause and depth(whys, node.id) < ENOUGH_DEPTH
    ]


KPI_PROBLEM = Phrase(
    en="{name}: {actual} against a target of {target}.",
    fr="{name} : {actual} pour un objectif de {target}.",
)


def kpi_problem(language: Language, kpi: Kpi) -> str:
    """A missed KPI said as a problem statement, in `language` (it goes on the session's page)."""
    actual = format_measure(kpi.actual, kpi.unit, language) if kpi.actual is not None else "?"
    target = format_measure(kpi.target, kpi.unit, language) if kpi.target is not None else "?"
    return KPI_PROBLEM.text(language).format(name=kpi.name.strip(), actual=actual, target=target)


# -- a hint, not a verdict: does an answer blame a person rather than a process? ------------

_BLAME_WORDS: dict[Language, tuple[str, ...]] = {
    "en": (
        r"forg[eo]t\w*",
        r"lazy",
        r"laziness",
        r"careless\w*",
        r"negligen\w*",
        r"incompeten\w*",
        r"(?:his|her|their|my|your|whose|\w+'s) fault",
        r"at fault",
        r"fault of",
        r"blam\w+",
        r"(?:didn't|did not|couldn't be|could not be) bother\w*",
        r"should(?: have|'ve)",
        r"human error",
        r"(?:messed|screwed) up",
        r"dropped the ball",
        r"(?:wasn't|was not|weren't|were not|not) paying attention",
    ),
    "fr": (
        r"oubli[ée]e?s?",
        r"oublie",
        r"paresse\w*",
        r"négligen\w*",
        r"incompéten\w*",
        r"(?:la|sa|leur|de sa|de leur) faute",
        r"aurai(?:t|ent) dû",
        r"(?:n'a|n'ont) pas pris la peine",
        r"(?:ne s'est|ne se sont) pas donné\w* la peine",
        r"erreur humaine",
        r"(?:n'a|n'ont) pas fait attention",
        r"(?:s'est|se sont) tromp\w+",
    ),
}
"""Words that put the failure on someone's character or carelessness."""

_PERSON_FAILURES: dict[Language, str] = {
    "en": (
        r"(?:neglected|overlooked|"
        r"(?:didn't|did not|never|failed to) "
        r"(?:check|test|review|verif|validat|proofread|tell|told|ask|brief|follow)\w*)"
    ),
    "fr": (
        r"(?:a|ont) (?:négligé|omis)|"
        r"(?:n'a|n'ont) (?:pas|jamais) "
        r"(?:vérifié|testé|relu|contrôlé|validé|prévenu|demandé|suivi|briefé|transmis)"
    ),
}
"""Failures only a person commits (a process does not "forget to check" the list)."""

_PRONOUNS: dict[Language, frozenset[str]] = {
    "en": frozenset({"he", "she"}),
    "fr": frozenset({"il", "elle"}),
}
_NOT_NAMES: dict[Language, frozenset[str]] = {
    "en": frozenset(
        {"we", "i", "they", "it", "nobody", "no", "the", "this", "that", "our", "someone"}
    ),
    "fr": frozenset({"nous", "on", "ils", "elles", "personne", "le", "la", "les", "ce", "cela"}),
}
"""Capitalised words that start sentences but do not name a person ("We", "Nobody")."""


def blames_a_person(text: str, language: Language) -> bool:
    """True when an answer seems to blame a person rather than a process (a hint, not a verdict).

    A heuristic on purpose: words about someone's character or carelessness ("forgot",
    "lazy", "should have", "la faute de", "aurait dû"...), or a pronoun or a capitalised name
    as the subject of a failure that only a person commits ("John didn't check", "il n'a pas
    vérifié"). It misses blame said politely and may flag an innocent sentence; the screen
    only suggests looking again in the bias step.
    """
    cleaned = text.replace("\u2019", "'")
    for pattern in _BLAME_WORDS[language]:
        if re.search(rf"\b{pattern}\b", cleaned, re.IGNORECASE):
            return True
    subject = re.compile(rf"\b(\w+)\s+(?:{_PERSON_FAILURES[language]})\b", re.IGNORECASE)
    return any(_names_a_person(m.group(1), language) for m in subject.finditer(cleaned))


def _names_a_person(word: str, language: Language) -> bool:
    """A subject pronoun such as "he", or a capitalised word that is not "We" or "Nobody"."""
    lowered = word.lower()
    if lowered in _PRONOUNS[language]:
        return True
    return word[:1].isupper() and lowered not in _NOT_NAMES[language]
