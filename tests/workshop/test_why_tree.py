"""The why tree's helpers: walking, growing, pruning, undoing, and the two hints."""

from decimal import Decimal

import pytest

from workshop.case import Kpi
from workshop.session import Lesson, Session, WhyNode
from workshop.steps.whys import (
    add_child,
    add_sibling,
    blames_a_person,
    children,
    depth,
    kpi_problem,
    relink_lessons,
    remove_subtree,
    replace,
    restore,
    short_branches,
    unlink_lessons,
    walk,
)
from workshop.vocabulary import Language


def node(node_id: str, parent: str | None = None, *, root: bool = False) -> WhyNode:
    return WhyNode(id=node_id, parent_id=parent, answer=f"answer {node_id}", root_cause=root)


@pytest.fixture
def tree() -> list[WhyNode]:
    """a -> b -> c (a root cause), and a -> d; e answers the problem beside a."""
    return [
        node("a"),
        node("b", "a"),
        node("c", "b", root=True),
        node("d", "a"),
        node("e"),
    ]


def ids(nodes: list[WhyNode]) -> list[str]:
    return [n.id for n in nodes]


def test_children_keep_list_order(tree: list[WhyNode]) -> None:
    """The answers to a question come in the order of the list."""
    assert ids(children(tree, "a")) == ["b", "d"]
    assert ids(children(tree, None)) == ["a", "e"]


def test_depth_counts_the_whys(tree: list[WhyNode]) -> None:
    """A direct answer to the problem is why 1; its answer is why 2, and so on."""
    assert [depth(tree, i) for i in ("a", "b", "c", "d", "e")] == [1, 2, 3, 2, 1]


def test_depth_of_an_unknown_answer_is_an_error(tree: list[WhyNode]) -> None:
    """Asking for the depth of an id that is not in the tree raises KeyError."""
    with pytest.raises(KeyError):
        depth(tree, "zz")


def test_walk_is_depth_first(tree: list[WhyNode]) -> None:
    """The tree order goes down each branch before the next sibling."""
    shuffled = [tree[4], tree[3], tree[2], tree[1], tree[0]]
    assert ids(list(walk(shuffled))) == ["e", "a", "d", "b", "c"]


def test_add_child_comes_last_under_its_parent(tree: list[WhyNode]) -> None:
    """A new answer to `a` goes after a's other answers and their branches."""
    grown = add_child(tree, "a", WhyNode(id="n", answer="new"))
    assert ids(children(grown, "a")) == ["b", "d", "n"]
    assert ids(grown) == ["a", "b", "c", "d", "n", "e"]
    assert ids(tree) == ["a", "b", "c", "d", "e"]


def test_add_child_of_the_problem(tree: list[WhyNode]) -> None:
    """A new first-level why answers the problem statement, after the others."""
    grown = add_child(tree, None, WhyNode(id="n", parent_id="x", answer="new"))
    assert grown[-1].id == "n" and grown[-1].parent_id is None


def test_add_sibling_goes_just_after_its_branch(tree: list[WhyNode]) -> None:
    """Another cause beside `b` has b's parent and comes after b's own branch."""
    grown = add_sibling(tree, "b", WhyNode(id="n", answer="new"))
    assert ids(children(grown, "a")) == ["b", "n", "d"]
    assert ids(grown) == ["a", "b", "c", "n", "d", "e"]
    Session(whys=grown)  # still a valid tree


def test_replace_keeps_the_place(tree: list[WhyNode]) -> None:
    """Editing an answer leaves it where it was."""
    edited = replace(tree, tree[1].model_copy(update={"answer": "changed"}))
    assert ids(edited) == ids(tree)
    assert edited[1].answer == "changed"


def test_remove_subtree_takes_the_branch(tree: list[WhyNode]) -> None:
    """Removing `b` removes c under it, and says where both were."""
    kept, removed = remove_subtree(tree, "b")
    assert ids(kept) == ["a", "d", "e"]
    assert [(i, n.id) for i, n in removed.positions] == [(1, "b"), (2, "c")]
    assert removed.top.id == "b"
    Session(whys=kept)


def test_restore_puts_it_back_exactly(tree: list[WhyNode]) -> None:
    """Undoing a removal gives back the very same list: ids, fields and positions."""
    kept, removed = remove_subtree(tree, "a")
    assert ids(kept) == ["e"]
    assert restore(kept, removed) == tree


def test_restore_in_reverse_order_after_two_removals(tree: list[WhyNode]) -> None:
    """Two removals undone latest first give back the original list."""
    once, first = remove_subtree(tree, "c")
    twice, second = remove_subtree(once, "a")
    assert restore(restore(twice, second), first) == tree


def test_short_branches(tree: list[WhyNode]) -> None:
    """Leaves before the third why that are not root causes are short: d and e, not c."""
    assert ids(short_branches(tree)) == ["d", "e"]


def test_a_marked_root_cause_is_not_short() -> None:
    """A leaf at why 1 marked as root cause needs no hint."""
    assert short_branches([node("a", root=True)]) == []


def test_a_branch_reaching_the_third_why_is_not_short() -> None:
    """A leaf at why 3 is deep enough even when not marked."""
    assert short_branches([node("a"), node("b", "a"), node("c", "b")]) == []


BLAME: list[tuple[Language, str]] = [
    ("en", "John forgot to check the list"),
    ("en", "The intern was careless with the budget"),
    ("en", "It was Paul's fault"),
    ("en", "Marketing should have seen it coming"),
    ("en", "She didn't bother to test the landing page"),
    ("en", "Sarah didn't check the segment"),
    ("en", "The team is incompetent"),
    ("en", "He never reviewed the copy"),
    ("fr", "Jean a oublié de vérifier la liste"),
    ("fr", "C'est la faute de Paul"),
    ("fr", "Le stagiaire a été négligent"),
    ("fr", "L'agence est incompétente"),
    ("fr", "Marie aurait dû relire l'e-mail"),
    ("fr", "Il n'a pas pris la peine de tester"),
    ("fr", "Julie n'a pas vérifié les adresses"),
]
NOT_BLAME: list[tuple[Language, str]] = [
    ("en", "The brief had no target segment"),
    ("en", "Customer data was out of date"),
    ("en", "We didn't check the data before sending"),
    ("en", "Nobody owned the tracking plan"),
    ("en", "Tracking failed on mobile"),
    ("en", "A fault in the tracking code dropped events"),
    ("en", "Prospects did not open the emails"),
    ("fr", "Le brief n'avait pas de segment cible"),
    ("fr", "Les données clients étaient périmées"),
    ("fr", "On n'a pas vérifié les données avant l'envoi"),
    ("fr", "Faute de temps, le ciblage n'a pas été revu"),
    ("fr", "Personne n'était responsable du suivi"),
]


@pytest.mark.parametrize(("language", "text"), BLAME)
def test_blame_is_flagged(language: Language, text: str) -> None:
    """An answer putting the failure on a person gets the hint."""
    assert blames_a_person(text, language)


@pytest.mark.parametrize(("language", "text"), NOT_BLAME)
def test_a_process_is_not_blame(language: Language, text: str) -> None:
    """An answer about a process, data or a tool gets no hint."""
    assert not blames_a_person(text, language)


def test_curly_apostrophes_count() -> None:
    """A typographic apostrophe, as phones and word processors type it, still counts."""
    assert blames_a_person("Tom didn\u2019t bother", "en")
    assert blames_a_person("Il n\u2019a pas pris la peine de relire", "fr")


def test_a_missed_kpi_reads_as_a_problem() -> None:
    """A missed KPI becomes a statement with its values written the way each language does."""
    kpi = Kpi(name="Conversion rate", unit="%", target=Decimal(2), actual=Decimal("0.4"))
    assert kpi_problem("en", kpi) == "Conversion rate: 0.4% against a target of 2%."
    assert kpi_problem("fr", kpi) == "Conversion rate : 0,4\u202f% pour un objectif de 2\u202f%."


def test_a_kpi_without_values_still_reads() -> None:
    """An unknown value shows as a question mark rather than failing."""
    assert kpi_problem("en", Kpi(name="Leads")) == "Leads: ? against a target of ?."


def test_lessons_lose_their_link_to_a_removed_answer(tree: list[WhyNode]) -> None:
    """Removing an answer unlinks the lessons drawn from it (or from below it), and only those."""
    lessons = [
        Lesson(id="l1", text="Clean the data", category="strategic", why_id="c"),
        Lesson(id="l2", text="Time the sends", category="operational", why_id="d"),
    ]
    _, removed = remove_subtree(tree, "b")
    unlinked, links = unlink_lessons(lessons, removed)
    assert [lesson.why_id for lesson in unlinked] == [None, "d"]
    assert links == {"l1": "c"}
    assert relink_lessons(unlinked, links) == lessons


def test_relinking_leaves_a_lesson_linked_elsewhere_since() -> None:
    """A lesson the user linked to another answer meanwhile keeps its new link."""
    lesson = Lesson(id="l1", text="Clean the data", category="strategic", why_id="e")
    assert relink_lessons([lesson], {"l1": "c"}) == [lesson]
