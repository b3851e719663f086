"""The built-in content: complete for every vocabulary, and consistent.

Its texts are checked with every other text, in both languages, by tests/test_texts.py.
"""

import re

import pytest

from workshop.content.biases import BIAS_INFO
from workshop.content.lessons import CATEGORY_INFO, SUBTYPE_INFO, subtypes_of
from workshop.content.prompts import ANONYMOUS_PROMPTS, DEVILS_ADVOCATE_PROMPTS
from workshop.content.signals import SIGNAL_INFO
from workshop.content.steps import DEVILS_ADVOCATE_GUIDANCE, DEVILS_ADVOCATE_TITLE, STEP_GUIDES
from workshop.vocabulary import (
    BIASES,
    LESSON_CATEGORIES,
    LESSON_SUBTYPES,
    SIGNALS,
    STEPS,
    SUBTYPE_CATEGORY,
)

TITLE_MAX_LENGTH = 22


def test_every_step_has_a_guide_in_order() -> None:
    """STEP_GUIDES covers every step, in the order of the method."""
    assert tuple(STEP_GUIDES) == STEPS


def test_every_signal_has_info() -> None:
    """SIGNAL_INFO covers every signal."""
    assert set(SIGNAL_INFO) == set(SIGNALS)


def test_every_bias_has_info() -> None:
    """BIAS_INFO covers every bias."""
    assert set(BIAS_INFO) == set(BIASES)


def test_every_category_has_info() -> None:
    """CATEGORY_INFO covers every lesson category."""
    assert set(CATEGORY_INFO) == set(LESSON_CATEGORIES)


def test_every_subtype_has_info() -> None:
    """SUBTYPE_INFO covers every lesson sub-type."""
    assert set(SUBTYPE_INFO) == set(LESSON_SUBTYPES)


@pytest.mark.parametrize(
    "table",
    [STEP_GUIDES, SIGNAL_INFO, BIAS_INFO, CATEGORY_INFO, SUBTYPE_INFO],
    ids=["steps", "signals", "biases", "categories", "subtypes"],
)
def test_entries_are_keyed_by_their_own_id(table: dict[str, object]) -> None:
    """Each entry sits under its own id, so a copy-pasted entry is caught."""
    for key, entry in table.items():
        assert getattr(entry, "id") == key  # noqa: B009


def test_subtype_categories_agree_with_vocabulary() -> None:
    """Each sub-type's category is the one SUBTYPE_CATEGORY gives."""
    assert {s: info.category for s, info in SUBTYPE_INFO.items()} == SUBTYPE_CATEGORY


def test_subtypes_of_returns_the_category_subtypes_in_order() -> None:
    """subtypes_of lists exactly the sub-types of a category, in vocabulary order."""
    for category in LESSON_CATEGORIES:
        expected = [s for s in LESSON_SUBTYPES if SUBTYPE_CATEGORY[s] == category]
        assert [info.id for info in subtypes_of(category)] == expected


def test_there_are_at_least_twelve_biases() -> None:
    """The bias check offers at least twelve biases."""
    assert len(BIAS_INFO) >= 12


def test_signals_are_split_between_figures_and_feelings() -> None:
    """Five signals are quantitative and three qualitative, as in the method."""
    kinds = [info.kind for info in SIGNAL_INFO.values()]
    assert (kinds.count("quantitative"), kinds.count("qualitative")) == (5, 3)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_step_titles_fit_the_step_list(language: str) -> None:
    """Every step title, and the devil's advocate title, fits a narrow step list."""
    titles = [guide.title for guide in STEP_GUIDES.values()] + [DEVILS_ADVOCATE_TITLE]
    for title in titles:
        assert len(title.en if language == "en" else title.fr) <= TITLE_MAX_LENGTH


def test_step_time_boxes_are_sensible() -> None:
    """Each step has a positive time box and the whole session fits in two and a half hours."""
    minutes = [guide.minutes for guide in STEP_GUIDES.values()]
    assert all(m > 0 for m in minutes)
    assert sum(minutes) <= 150


def test_guidance_has_two_to_four_sentences() -> None:
    """Each step's guidance is two to four sentences long, in both languages."""
    guidances = [guide.guidance for guide in STEP_GUIDES.values()] + [DEVILS_ADVOCATE_GUIDANCE]
    for phrase in guidances:
        for text in (phrase.en, phrase.fr):
            sentences = re.findall(r"[.!?](?:\s|$)", text)
            assert 2 <= len(sentences) <= 4, text


def test_solo_anonymous_step_is_a_devils_advocate() -> None:
    """Alone, the anonymous step asks what a sceptical colleague would say."""
    solo = STEP_GUIDES["anonymous"].solo_question
    assert "sceptical colleague" in solo.en
    assert "collègue sceptique" in solo.fr


def test_anonymous_round_has_the_core_prompts() -> None:
    """The anonymous round asks what went wrong, what to change and what went unsaid."""
    ids = [prompt.id for prompt in ANONYMOUS_PROMPTS]
    assert {"went_wrong", "would_change", "unsaid"} <= set(ids)
    assert len(ids) == len(set(ids))


def test_devils_advocate_has_three_or_four_prompts() -> None:
    """The devil's advocate step has three or four prompts with distinct ids."""
    ids = [prompt.id for prompt in DEVILS_ADVOCATE_PROMPTS]
    assert 3 <= len(ids) <= 4
    assert len(ids) == len(set(ids))


def test_prompt_ids_do_not_clash_between_rounds() -> None:
    """A prompt id names one prompt, whichever round it belongs to."""
    anonymous = {prompt.id for prompt in ANONYMOUS_PROMPTS}
    devil = {prompt.id for prompt in DEVILS_ADVOCATE_PROMPTS}
    assert not anonymous & devil


def test_bias_questions_and_prompts_are_questions() -> None:
    """Every bias question and every round prompt ends with a question mark."""
    phrases = [b.question for b in BIAS_INFO.values()]
    phrases += [p.text for p in ANONYMOUS_PROMPTS + DEVILS_ADVOCATE_PROMPTS]
    for phrase in phrases:
        assert phrase.en.endswith("?"), phrase.en
        assert phrase.fr.endswith(" ?"), phrase.fr


def test_step_questions_end_like_sentences() -> None:
    """Every step question, for the room or alone, ends with a question mark or a full stop."""
    phrases = [g.question for g in STEP_GUIDES.values()]
    phrases += [g.solo_question for g in STEP_GUIDES.values()]
    for phrase in phrases:
        for text in (phrase.en, phrase.fr):
            assert text.endswith(("?", ".")), text
