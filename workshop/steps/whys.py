"""The why tree as a flat list of answers: walking it, growing it, pruning it and undoing that.

A session stores its whys as a list of `WhyNode`s, each pointing at the answer it explains
(`parent_id`, None for a direct answer to the problem statement). Siblings keep their list
order. Every function here returns a new list and leaves the one it was given alone.
"""

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from workshop.case import Kpi
from workshop.numbers import format_measure
from workshop.phrase import Phrase
from workshop.session import Session, WhyNode
from workshop.steps.editing import Link, Removal, SessionList
from workshop.vocabulary import Language

ENOUGH_DEPTH = 3
"""A branch that stops before the third why has rarely reached a cause the team can change."""


def children(whys: Sequence[WhyNode], parent_id: str | None) -> list[WhyNode]:
    """The answers that explain `parent_id` (None: the problem statement), in order."""
    return [node for node in whys if node.parent_id == parent_id]


def children_by_parent(whys: Sequence[WhyNode]) -> dict[str | None, list[WhyNode]]:
    """Each answer's explanations in order, keyed by the id they explain (None: the problem)."""
    index: dict[str | None, list[WhyNode]] = {}
    for node in whys:
        index.setdefault(node.parent_id, []).append(node)
    return index


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


def walk_levels(
    whys: Sequence[WhyNode], parent_id: str | None = None
) -> Iterator[tuple[WhyNode, int]]:
    """Every answer under `parent_id` in tree order (depth first, siblings in list order), with
    how many whys below `parent_id` it stands (1: explains it directly).

    Children are indexed once and the walk keeps its own stack: linear in the number of
    answers, and no depth can exhaust Python's recursion; an answer is met at most once.
    """
    index = children_by_parent(whys)
    stack = [(node, 1) for node in reversed(index.get(parent_id, []))]
    met: set[str] = set()
    while stack:
        node, level = stack.pop()
        if node.id in met:
            continue
        met.add(node.id)
        yield node, level
        stack += [(child, level + 1) for child in reversed(index.get(node.id, []))]


def walk(whys: Sequence[WhyNode], parent_id: str | None = None) -> Iterator[WhyNode]:
    """Every answer under `parent_id`, depth first, siblings in list order (the tree order)."""
    for node, _ in walk_levels(whys, parent_id):
        yield node


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


def remove_subtree(whys: Sequence[WhyNode], node_id: str) -> Removal[WhyNode] | None:
    """Take out `node_id` and every answer under it; None when `node_id` is not there.

    Putting them back inserts each at the list position it had, so the tree comes back exactly
    when nothing changed since, and in its old place among its siblings when something did.
    """
    if not any(node.id == node_id for node in whys):
        return None
    gone = descendants(whys, node_id) | {node_id}
    positions = [(index, node) for index, node in enumerate(whys) if node.id in gone]

    def put_back(later: Sequence[WhyNode]) -> list[WhyNode]:
        result = list(later)
        for index, node in positions:
            result.insert(min(index, len(result)), node)
        return result

    kept = [node for node in whys if node.id not in gone]
    return Removal(kept, frozenset(gone), put_back)


def nearest_held(
    whys: Sequence[WhyNode], parents: Mapping[str, str | None], why_id: str | None
) -> str | None:
    """`why_id` if `whys` still hold it, else the nearest answer above it that they hold (by
    `parents`, each why's parent when the tree was last seen); None for the problem."""
    held = {node.id for node in whys}
    while why_id is not None and why_id not in held:
        why_id = parents.get(why_id)
    return why_id


WHYS: SessionList[WhyNode] = SessionList(
    read=lambda session: list(session.whys),
    write=lambda _, whys: {"whys": whys},
    links=(Link("lessons", "why_id"),),
    take_out=remove_subtree,
)
"""The why tree of a session: a delete takes the answers under the one deleted, and unlinks
the lessons drawn from any of them (and the round's entries tied to them) until undone."""


def is_leaf(whys: Sequence[WhyNode], node_id: str) -> bool:
    """True when no answer explains `node_id` yet."""
    return not any(node.parent_id == node_id for node in whys)


def short_branches(whys: Sequence[WhyNode]) -> list[WhyNode]:
    """Leaves that stop before the third why and are not marked root causes, in tree order."""
    explained = {node.parent_id for node in whys}
    return [
        node
        for node, level in walk_levels(whys)
        if node.id not in explained and not node.root_cause and level < ENOUGH_DEPTH
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


def problem_from(session: Session, kpi_id: object, typed: str, original: str) -> str:
    """The problem statement a form gives: the missed KPI of `kpi_id` said as a problem, unless
    the statement was typed over (`typed` differs from the `original`): that stays as typed."""
    kpi = next((k for k in session.case.missed_kpis if k.id == kpi_id), None)
    if kpi is None or typed.strip() != original.strip():
        return typed.strip()
    return kpi_problem(session.language, kpi)


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


# -- the hints under the tree -----------------------------------------------------------------

HintKind = Literal["short", "blame"]


@dataclass(frozen=True)
class Hint:
    """Something about one answer worth a second look."""

    kind: HintKind
    """"short": the branch stops before the third why; "blame": it seems to blame a person."""
    why: WhyNode
    depth: int
    """How many whys deep the answer is."""


def hints(whys: Sequence[WhyNode], languages: Iterable[Language]) -> list[Hint]:
    """The short branches in tree order, then the answers that blame a person in any of
    `languages` (the session's and the interface's), in tree order."""
    spoken = set(languages)
    levels = {why.id: level for why, level in walk_levels(whys)}
    found = [Hint("short", why, levels[why.id]) for why in short_branches(whys)]
    found += [
        Hint("blame", why, levels[why.id])
        for why in walk(whys)
        if any(blames_a_person(why.answer, language) for language in spoken)
    ]
    return found
