"""Rules of the signals, anonymous round, devil's advocate and bias steps, and their guides."""

from decimal import Decimal

from workshop.case import CampaignCase, Kpi
from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.content.steps import DEVILS_ADVOCATE_TITLE, STEP_GUIDES, guide_for
from workshop.session import AnonymousEntry, BiasCheck, RoundSetup, Session, SignalCheck
from workshop.steps import anonymous, biases, signals
from workshop.vocabulary import BiasStatus


def missed(name: str) -> Kpi:
    return Kpi(name=name, target=Decimal(10), actual=Decimal(1))


def test_first_visit_ticks_what_the_missed_kpis_imply() -> None:
    """A missed conversion KPI pre-ticks the low-conversion signal on the first visit."""
    session = Session(case=CampaignCase(kpis=[missed("Conversion rate")]))
    assert signals.first_ticks(session) == ["low_conversion"]


def test_a_visited_checklist_is_not_ticked_again() -> None:
    """Once anything was ticked or noted, nothing is pre-ticked any more."""
    session = Session(
        case=CampaignCase(kpis=[missed("Conversion rate")]),
        signals={"high_churn": SignalCheck(checked=False, note="no")},
    )
    assert signals.first_ticks(session) == []


def test_with_check_keeps_the_other_signals() -> None:
    """Changing one signal leaves the others as they were."""
    session = Session(signals={"high_churn": SignalCheck(checked=True)})
    kept = signals.with_check(session, "low_roi", SignalCheck(note="CAC above LTV"))
    assert kept["high_churn"].checked and kept["low_roi"].note == "CAC above LTV"
    assert signals.check_of(session, "low_roi") == SignalCheck()


def test_a_new_round_ticks_the_first_three_questions() -> None:
    """A round not opened yet offers the first three built-in questions."""
    ids = [p.id for p in ANONYMOUS_PROMPTS[:3]]
    assert anonymous.chosen_prompts(RoundSetup(), "en") == set(ids)


def test_an_open_round_ticks_what_it_asks() -> None:
    """Reopening the set-up ticks the questions the round asks, in the session's language."""
    last = ANONYMOUS_PROMPTS[-1]
    setup = RoundSetup(prompts=[last.text.fr, "Ma question"])
    assert anonymous.chosen_prompts(setup, "fr") == {last.id}
    assert anonymous.own_prompt(setup, "fr") == "Ma question"
    assert anonymous.own_prompt(setup, "en") == last.text.fr  # not a built-in in English


def test_round_prompts_keep_the_method_order_then_the_own() -> None:
    """The stored questions follow the built-in order, the facilitator's own last, trimmed."""
    first, second = ANONYMOUS_PROMPTS[0], ANONYMOUS_PROMPTS[1]
    prompts = anonymous.round_prompts({second.id, first.id}, "  Mine? ", "en")
    assert prompts == [first.text.en, second.text.en, "Mine?"]
    assert anonymous.round_prompts(set(), "   ", "en") == []


def test_expected_people_within_bounds() -> None:
    """A count of people is kept from 1 to 500; anything else means "not said"."""
    assert anonymous.expected_people(Decimal(12)) == 12
    assert anonymous.expected_people(Decimal(0)) is None
    assert anonymous.expected_people(Decimal(501)) is None
    assert anonymous.expected_people(None) is None


def test_devils_advocate_keeps_one_answer_per_prompt() -> None:
    """Answering again replaces the answer; emptying it removes the entry."""
    entries = anonymous.with_answer([], "Q1", "first")
    entries = anonymous.with_answer(entries, "Q2", "other")
    entries = anonymous.with_answer(entries, "Q1", "second")
    assert anonymous.answer_to(entries, "Q1") == "second"
    assert len(entries) == 2
    emptied = anonymous.with_answer(entries, "Q1", "   ")
    assert [e.prompt for e in emptied] == ["Q2"]
    assert anonymous.answer_to(emptied, "Q1") == ""


def test_devils_advocate_entry_is_anonymous_entry() -> None:
    """An answer is stored as a plain entry: its prompt and text, nothing else."""
    (entry,) = anonymous.with_answer([], "Q", "A")
    assert isinstance(entry, AnonymousEntry) and (entry.prompt, entry.text) == ("Q", "A")


def test_an_untouched_bias_is_left_out() -> None:
    """A bias set back to not discussed with no note is dropped from the checks."""
    checks = biases.with_check({}, "attribution", BiasCheck(status="present"))
    assert biases.present_count(checks) == 1
    checks = biases.with_check(checks, "attribution", BiasCheck())
    assert checks == {}
    noted = biases.with_check({}, "attribution", BiasCheck(note="talked about it"))
    assert "attribution" in noted


def test_space_cycles_the_three_statuses() -> None:
    """Not discussed -> cleared -> present -> not discussed."""
    status: BiasStatus = "not_discussed"
    seen = []
    for _ in range(3):
        status = biases.NEXT_STATUS[status]
        seen.append(status)
    assert seen == ["cleared", "present", "not_discussed"]


def test_solo_guides_speak_to_one_person() -> None:
    """Alone, every step reads its solo question; the round is the devil's advocate."""
    for step, guide in STEP_GUIDES.items():
        assert guide_for(step, "solo").question == guide.solo_question
        assert guide_for(step, "workshop") == guide
    assert guide_for("anonymous", "solo").title == DEVILS_ADVOCATE_TITLE
    assert guide_for("whys", "solo").title == STEP_GUIDES["whys"].title
