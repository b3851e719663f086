"""The built-in sample: a complete, valid, deterministic post-mortem in each language."""

import re
from collections.abc import Iterator
from datetime import UTC

import pytest

from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.sample import sample_session
from workshop.session import Session
from workshop.vocabulary import BIASES, LANGUAGES, STEPS, Language, StepId

ACCENTED = re.compile(r"[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ]")
FRENCH_WORDS = re.compile(r"\b(le|la|les|des|du|de|une|un|et|à|sur|pour|pas|est|sont)\b", re.I)
ENGLISH_WORDS = re.compile(r"\b(the|to|of|and|a|on|in|for|is|was|by|at|from|our|we)\b", re.I)
FRENCH_ONLY_WORDS = re.compile(r"\b(les|des|une|est|pour|avec|sont|dans|nous)\b", re.I)
ENGLISH_ONLY_WORDS = re.compile(r"\b(the|and|with|was|were|of|from|our)\b", re.I)
FREE_TEXT_MIN_LENGTH = 30
"""Strings at least this long are sentences whose language can be checked."""


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _sentences(session: Session) -> list[str]:
    """The sample's free texts: the strings long enough to be sentences."""
    dumped = session.model_dump(mode="json")
    return [s for s in _strings(dumped) if len(s) >= FREE_TEXT_MIN_LENGTH]


def _step_has_content(session: Session, step: StepId) -> bool:
    checks: dict[StepId, bool] = {
        "case": bool(session.case.campaign and session.case.objective and session.case.kpis),
        "signals": any(check.checked for check in session.signals.values()),
        "whys": bool(session.problem and session.whys),
        "swot": bool(session.swot),
        "anonymous": bool(session.anonymous_entries),
        "biases": any(check.status != "not_discussed" for check in session.biases.values()),
        "lessons": bool(session.lessons),
        "actions": bool(session.actions),
        "summary": bool(session.notes),
    }
    return checks[step]


@pytest.fixture(params=LANGUAGES)
def sample(request: pytest.FixtureRequest) -> Session:
    language: Language = request.param
    return sample_session(language)


def test_sample_survives_a_json_round_trip(sample: Session) -> None:
    """Dumping the sample to JSON and validating it back gives the same session."""
    assert Session.model_validate(sample.model_dump(mode="json")) == sample


def test_sample_is_deterministic(sample: Session) -> None:
    """Two calls give exactly the same session, ids and times included."""
    assert sample_session(sample.language) == sample


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_is_in_the_requested_language(language: Language) -> None:
    """The sample's language field and id follow the language asked for."""
    session = sample_session(language)
    assert session.language == language
    assert session.id == f"sample-{language}"


def test_sample_is_a_finished_workshop(sample: Session) -> None:
    """The sample is a facilitated workshop that reached the summary with nothing skipped."""
    assert (sample.mode, sample.step, sample.skipped) == ("workshop", "summary", [])


def test_sample_times_are_fixed_utc_and_in_order(sample: Session) -> None:
    """Creation and update times are in UTC, the update after the creation."""
    assert sample.created_at.tzinfo == UTC
    assert sample.updated_at.tzinfo == UTC
    assert sample.created_at < sample.updated_at


@pytest.mark.parametrize("step", STEPS)
def test_every_step_has_content(sample: Session, step: StepId) -> None:
    """Each step of the method holds something in the sample."""
    assert _step_has_content(sample, step)


def test_case_is_fully_framed(sample: Session) -> None:
    """The case has a 2026 period, channels and a budget with its currency."""
    case = sample.case
    assert case.period_start is not None and case.period_start.year == 2026
    assert case.period_end is not None
    assert case.channels
    assert case.budget is not None and case.budget > 0
    assert case.currency


def test_most_kpis_are_missed(sample: Session) -> None:
    """Three or four KPIs, most of them missed, all with a target and an actual value."""
    kpis = sample.case.kpis
    assert 3 <= len(kpis) <= 4
    assert all(kpi.gap is not None for kpi in kpis)
    assert len(sample.case.missed_kpis) > len(kpis) / 2


def test_a_lower_is_better_kpi_is_missed(sample: Session) -> None:
    """The sample shows a lower-is-better KPI (cost per acquisition) that was missed."""
    assert any(not kpi.higher_is_better and kpi.missed for kpi in sample.case.kpis)


def test_checked_signals_have_notes(sample: Session) -> None:
    """Several signals are checked, each with a note saying what was seen."""
    checked = [check for check in sample.signals.values() if check.checked]
    assert len(checked) >= 3
    assert all(check.note for check in checked)


def test_every_leaf_of_the_why_tree_is_a_root_cause(sample: Session) -> None:
    """Each branch of the why tree ends in a root cause."""
    parents = {node.parent_id for node in sample.whys}
    leaves = [node for node in sample.whys if node.id not in parents]
    assert leaves
    assert all(node.root_cause for node in leaves)


def test_why_tree_has_several_branches(sample: Session) -> None:
    """The problem has at least two first-level answers, each with its own root cause."""
    assert len([node for node in sample.whys if node.parent_id is None]) >= 2
    assert len(sample.root_causes) >= 2


def test_main_branch_is_five_whys_deep(sample: Session) -> None:
    """The method's example chain runs five whys from the problem to its root cause."""
    parents = {node.id: node.parent_id for node in sample.whys}
    depths = []
    for root in sample.root_causes:
        depth, current = 1, root.parent_id
        while current is not None:
            depth, current = depth + 1, parents[current]
        depths.append(depth)
    assert max(depths) == 5


def test_some_whys_have_evidence(sample: Session) -> None:
    """Some answers in the why tree are backed by evidence."""
    assert any(node.evidence for node in sample.whys)


def test_swot_has_weaknesses_threats_and_an_open_item(sample: Session) -> None:
    """The reverse SWOT has weaknesses and threats, and one item not yet turned round."""
    kinds = {item.kind for item in sample.swot}
    assert kinds == {"weakness", "threat"}
    assert 4 <= len(sample.swot) <= 5
    assert [item.converted for item in sample.swot].count(False) == 1


def test_anonymous_entries_use_built_in_prompts(sample: Session) -> None:
    """Five or six entries, each under a built-in prompt in the sample's language."""
    prompts = {prompt.text.text(sample.language) for prompt in ANONYMOUS_PROMPTS}
    assert 5 <= len(sample.anonymous_entries) <= 6
    assert all(entry.prompt in prompts for entry in sample.anonymous_entries)


def test_every_bias_is_judged_with_a_mix_of_statuses(sample: Session) -> None:
    """All biases appear, with cleared, present and not-discussed ones."""
    assert set(sample.biases) == set(BIASES)
    statuses = {check.status for check in sample.biases.values()}
    assert statuses == {"cleared", "present", "not_discussed"}


def test_present_biases_have_notes(sample: Session) -> None:
    """Every bias the group found present says how it showed."""
    assert all(check.note for check in sample.biases.values() if check.status == "present")


def test_every_lesson_comes_from_a_root_cause(sample: Session) -> None:
    """Each lesson has a sub-type and is tied to a why marked as root cause."""
    root_ids = {node.id for node in sample.root_causes}
    assert all(lesson.why_id in root_ids for lesson in sample.lessons)
    assert all(lesson.subtype is not None for lesson in sample.lessons)


def test_lessons_span_several_categories(sample: Session) -> None:
    """The lessons cover at least three categories."""
    assert len({lesson.category for lesson in sample.lessons}) >= 3


def test_every_action_puts_a_lesson_into_practice(sample: Session) -> None:
    """Each action links to a lesson, and each lesson has at least one action."""
    lesson_ids = {lesson.id for lesson in sample.lessons}
    linked = {action.lesson_id for action in sample.actions}
    assert linked == lesson_ids


def test_actions_are_smart(sample: Session) -> None:
    """Each action has an owner, a due date, a KPI, a target and a follow-up after the due."""
    for action in sample.actions:
        assert action.owner and action.kpi and action.target
        assert action.due is not None and action.follow_up is not None
        assert action.follow_up >= action.due


def test_one_action_is_an_ab_test(sample: Session) -> None:
    """Exactly one action is to be tried as an A/B test."""
    assert [action.ab_test for action in sample.actions].count(True) == 1


def test_one_action_is_done_with_a_result(sample: Session) -> None:
    """One action is done and records its KPI result; open ones have no result."""
    done = [action for action in sample.actions if action.status == "done"]
    assert len(done) == 1 and done[0].result
    assert all(not a.result for a in sample.actions if a.status == "open")


def _skeleton(s: Session) -> dict[str, object]:
    """What must not depend on the language: figures, ids, links and judgements."""
    return {
        "kpis": [(k.id, k.target, k.actual, k.higher_is_better) for k in s.case.kpis],
        "case": (s.case.period_start, s.case.period_end, s.case.budget, s.case.currency),
        "signals": {k: v.checked for k, v in s.signals.items()},
        "whys": [(n.id, n.parent_id, n.root_cause, bool(n.evidence)) for n in s.whys],
        "swot": [(i.id, i.kind, i.converted) for i in s.swot],
        "biases": {k: v.status for k, v in s.biases.items()},
        "lessons": [(x.id, x.category, x.subtype, x.why_id) for x in s.lessons],
        "actions": [
            (a.id, a.lesson_id, a.due, a.follow_up, a.ab_test, a.status) for a in s.actions
        ],
    }


def test_both_languages_tell_the_same_story() -> None:
    """The English and French samples share their figures, ids, links and judgements."""
    assert _skeleton(sample_session("en")) == _skeleton(sample_session("fr"))


def test_english_sample_reads_as_english() -> None:
    """No accent and no French word anywhere; most sentences have common English words."""
    sentences = _sentences(sample_session("en"))
    assert not [text for text in sentences if ACCENTED.search(text)]
    assert not [text for text in sentences if FRENCH_ONLY_WORDS.search(text)]
    with_english = [text for text in sentences if ENGLISH_WORDS.search(text)]
    assert len(with_english) >= 0.8 * len(sentences)


def test_french_sample_reads_as_french() -> None:
    """No English word anywhere; most sentences have common French words, many have accents."""
    sentences = _sentences(sample_session("fr"))
    assert not [text for text in sentences if ENGLISH_ONLY_WORDS.search(text)]
    with_french = [text for text in sentences if FRENCH_WORDS.search(text)]
    assert len(with_french) >= 0.8 * len(sentences)
    assert len([text for text in sentences if ACCENTED.search(text)]) > len(sentences) / 2


def test_french_sample_contains_no_english_sentence() -> None:
    """No French sentence is an untranslated copy of an English one."""
    english = set(_sentences(sample_session("en")))
    assert not english & set(_sentences(sample_session("fr")))
