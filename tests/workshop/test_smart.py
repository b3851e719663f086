"""The SMART check of an action: owner, date, measurable target, and a verb to start with."""

from datetime import date

import pytest

from workshop.content.smart_labels import SMART_GAP_LABELS
from workshop.session import Action
from workshop.steps.smart import SMART_GAPS, first_word, smart_gaps, starts_with_verb


def complete(**changes: object) -> Action:
    """An action that passes the check, with `changes` applied."""
    action = Action(
        what="Rebuild the segment from fresh CRM data",
        owner="Lea",
        due=date(2025, 6, 30),
        kpi="Conversion rate",
        target="3%",
    )
    return action.model_copy(update=changes)


def test_complete_action_has_no_gap() -> None:
    """An action with owner, date, KPI, numeric target and a verb lacks nothing."""
    assert smart_gaps(complete()) == []


def test_missing_owner() -> None:
    """A blank owner is a gap."""
    assert smart_gaps(complete(owner="  ")) == ["owner"]


def test_missing_due_date() -> None:
    """No due date is a gap."""
    assert smart_gaps(complete(due=None)) == ["due"]


def test_missing_kpi_is_not_measurable() -> None:
    """A target without a KPI is not measurable."""
    assert smart_gaps(complete(kpi="")) == ["measure"]


def test_target_without_digit_is_not_measurable() -> None:
    """A target with no figure in it ("better") is not measurable."""
    assert smart_gaps(complete(target="much better")) == ["measure"]


def test_every_gap_in_order() -> None:
    """An empty action lacks everything, in the fixed order of SMART_GAPS."""
    assert smart_gaps(Action(what="")) == list(SMART_GAPS)


@pytest.mark.parametrize(
    "what",
    [
        "Rebuild the segment",
        "Launch an A/B test on the subject line",
        "Prioritize mobile pages",
        "Automate the weekly report",
        "Retest the checkout on phones",
        "  review: the tracking plan",
    ],
)
def test_english_verbs_are_recognised(what: str) -> None:
    """English actions that start with a verb pass."""
    assert starts_with_verb(what)


@pytest.mark.parametrize(
    "what",
    [
        "Refaire la segmentation",
        "Lancer un test A/B",
        "Définir des personas",
        "Créer un plan de suivi",
        "Revoir le budget",
        "Lancez la campagne en mars",
        "Teste la page sur mobile",
    ],
)
def test_french_verbs_are_recognised(what: str) -> None:
    """French infinitives and imperatives pass."""
    assert starts_with_verb(what)


@pytest.mark.parametrize(
    "what",
    [
        "New personas",
        "Better targeting",
        "Customer data cleanup",
        "Nouveaux personas",
        "Meilleure segmentation",
        "Notre message",
        "2025 plan",
        "",
    ],
)
def test_noun_phrases_lack_a_verb(what: str) -> None:
    """Noun phrases, in either language, are reported as lacking a verb."""
    assert not starts_with_verb(what)
    assert "verb" in smart_gaps(complete(what=what))


def test_first_word_skips_punctuation_and_lowers() -> None:
    """The first word is found past punctuation and compared in lower case."""
    assert first_word("« Définir » les cibles") == "définir"


def test_every_gap_has_a_label_in_both_languages() -> None:
    """Each gap has an English and a French label, different from each other."""
    assert set(SMART_GAP_LABELS) == set(SMART_GAPS)
    for label in SMART_GAP_LABELS.values():
        assert label.en and label.fr and label.en != label.fr
