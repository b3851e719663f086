"""The why tree's rules: walking, growing, pruning, undoing, the hints and the problem."""

from decimal import Decimal

import pytest

from workshop.case import CampaignCase, Kpi
from workshop.session import AnonymousEntry, Lesson, Session, WhyNode
from workshop.steps.editing import revised
from workshop.steps.whys import (
    WHYS,
    add_child,
    add_sibling,
    blames_a_person,
    children,
    depth,
    hints,
    kpi_problem,
    nearest_held,
    problem_from,
    remove_subtree,
    replace,
    short_branches,
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


def find_answer(whys: list[WhyNode], node_id: str) -> str:
    return next(n.answer for n in whys if n.id == node_id)


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
    """Removing `b` removes c under it, and names both as gone."""
    removal = remove_subtree(tree, "b")
    assert removal is not None
    assert ids(removal.kept) == ["a", "d", "e"]
    assert removal.gone == {"b", "c"}
    Session(whys=removal.kept)


def test_removing_an_unknown_answer_takes_nothing(tree: list[WhyNode]) -> None:
    """An id the tree does not hold gives no removal."""
    assert remove_subtree(tree, "zz") is None


def test_put_back_gives_the_same_list(tree: list[WhyNode]) -> None:
    """Undoing a removal gives back the very same list: ids, fields and positions."""
    removal = remove_subtree(tree, "a")
    assert removal is not None
    assert ids(removal.kept) == ["e"]
    assert removal.put_back(removal.kept) == tree


def test_two_removals_put_back_latest_first(tree: list[WhyNode]) -> None:
    """Two removals undone latest first give back the original list."""
    first = remove_subtree(tree, "c")
    assert first is not None
    second = remove_subtree(first.kept, "a")
    assert second is not None
    assert first.put_back(second.put_back(second.kept)) == tree


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


# -- deleting through the session: the branch, the lessons and the round's links --------------

LESSONS = [
    Lesson(id="l1", text="Clean the data", category="strategic", why_id="c"),
    Lesson(id="l2", text="Time the sends", category="operational", why_id="d"),
    Lesson(id="l3", text="Brief the agency", category="operational", why_id="b"),
]


def test_deleting_a_why_takes_the_answers_under_it(tree: list[WhyNode]) -> None:
    """Deleting `b` takes c with it and counts both; the session keeps the rest in order."""
    deleted = WHYS.delete(Session(whys=tree), "b")
    assert deleted is not None
    assert ids(deleted.session.whys) == ["a", "d", "e"]
    assert (deleted.item_id, deleted.removed) == ("b", 2)


def test_deleting_a_branch_unlinks_exactly_its_lessons(tree: list[WhyNode]) -> None:
    """The lessons drawn from b or from c under it lose their link; the one from d keeps it."""
    deleted = WHYS.delete(Session(whys=tree, lessons=LESSONS), "b")
    assert deleted is not None
    assert [lesson.why_id for lesson in deleted.session.lessons] == [None, "d", None]
    assert [lesson.text for lesson in deleted.session.lessons] == [x.text for x in LESSONS]
    assert deleted.unlinked == 2


def test_undo_after_other_edits_restores_order_and_links(tree: list[WhyNode]) -> None:
    """Edits made after a delete stay, and undo puts the branch and its links back in place."""
    deleted = WHYS.delete(Session(whys=tree, lessons=LESSONS), "b")
    assert deleted is not None
    later = deleted.session
    later = revised(later, whys=add_child(later.whys, "a", WhyNode(id="n", answer="new")))
    later = WHYS.replace(later, later.whys[1].model_copy(update={"answer": "changed"}))
    extra = Lesson(id="l4", text="Plan ahead", category="strategic", why_id="n")
    later = revised(later, lessons=[*later.lessons, extra])
    back = deleted.restore(later)
    assert ids(list(walk(back.whys))) == ["a", "b", "c", "d", "n", "e"]
    assert ids(children(back.whys, "a")) == ["b", "d", "n"]
    assert find_answer(back.whys, "d") == "changed"
    assert back.lessons == [*LESSONS, extra]


def test_undo_leaves_a_lesson_linked_elsewhere_since(tree: list[WhyNode]) -> None:
    """A lesson the user linked to another answer after the delete keeps its new link."""
    deleted = WHYS.delete(Session(whys=tree, lessons=LESSONS[:1]), "b")
    assert deleted is not None
    moved = deleted.session.lessons[0].model_copy(update={"why_id": "e"})
    back = deleted.restore(revised(deleted.session, lessons=[moved]))
    assert [lesson.why_id for lesson in back.lessons] == ["e"]
    assert ids(back.whys) == ids(tree)


def test_a_why_linked_from_the_round_is_deleted_and_undo_relinks(tree: list[WhyNode]) -> None:
    """An anonymous entry tied to c does not block deleting b; undo ties it to c again."""
    entry = AnonymousEntry(id="x1", prompt="What went wrong?", text="Old data", links=["c", "e"])
    deleted = WHYS.delete(Session(whys=tree, anonymous_entries=[entry]), "b")
    assert deleted is not None
    assert deleted.session.anonymous_entries[0].links == ["e"]
    back = deleted.restore(deleted.session)
    assert sorted(back.anonymous_entries[0].links) == ["c", "e"]
    assert ids(back.whys) == ids(tree)


def test_the_selection_falls_to_the_nearest_answer_left(tree: list[WhyNode]) -> None:
    """With c and b gone, a cursor that was on c goes to a; with a gone too, to the problem."""
    parents = {node.id: node.parent_id for node in tree}
    assert nearest_held(tree[:1] + tree[3:], parents, "c") == "a"
    assert nearest_held(tree[4:], parents, "c") is None
    assert nearest_held(tree, parents, "c") == "c"


# -- the hints ----------------------------------------------------------------------------------


def test_a_short_branch_has_a_hint_until_marked_a_root_cause() -> None:
    """An answer stopping at why 1 gets a short-branch hint; marked a root cause, it has none."""
    short = WhyNode(id="a", answer="Few clicks")
    assert [(h.kind, h.why.id, h.depth) for h in hints([short], ["en"])] == [("short", "a", 1)]
    marked = short.model_copy(update={"root_cause": True})
    assert hints([marked], ["en"]) == []


def test_an_answer_blaming_a_person_has_a_blame_hint(tree: list[WhyNode]) -> None:
    """John forgetting, deep enough to be no short branch, brings a blame hint at its depth."""
    blame = WhyNode(id="j", parent_id="c", answer="John forgot to check the list")
    found = hints([*tree, blame], ["en"])
    assert [(h.kind, h.why.id, h.depth) for h in found if h.kind == "blame"] == [("blame", "j", 4)]


def test_blame_is_looked_for_in_every_language_given() -> None:
    """A French answer in a session read in English still gets the hint if French is given."""
    why = WhyNode(id="a", answer="Jean a oublié la relance", root_cause=True)
    assert hints([why], ["en"]) == []
    assert [h.kind for h in hints([why], ["en", "fr"])] == ["blame"]


# -- the problem statement ----------------------------------------------------------------------

MISSED = Kpi(id="k1", name="Conversion rate", unit="%", target=Decimal(2), actual=Decimal("0.4"))


def test_the_chosen_kpi_becomes_the_problem() -> None:
    """With the statement left as it was, the chosen missed KPI is said as the problem."""
    session = Session(problem="Sales", case=CampaignCase(kpis=[MISSED]))
    said = problem_from(session, "k1", " Sales ", "Sales")
    assert said == "Conversion rate: 0.4% against a target of 2%."


def test_a_typed_over_statement_is_kept() -> None:
    """A statement the user typed over stays as typed (trimmed), whatever KPI is chosen."""
    session = Session(problem="Sales", case=CampaignCase(kpis=[MISSED]))
    assert problem_from(session, "k1", "  Few leads from email ", "Sales") == "Few leads from email"


def test_no_kpi_chosen_keeps_the_statement() -> None:
    """Without a chosen KPI (or with one not missed), the statement is the one typed."""
    session = Session(case=CampaignCase(kpis=[MISSED]))
    assert problem_from(session, None, "", "") == ""
    assert problem_from(session, "other", "Low sales", "") == "Low sales"
