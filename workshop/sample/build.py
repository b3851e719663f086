"""The facts of the built-in sample, shared by every language, and how texts are put on them.

The figures, dates, identifiers, links and judgements live here once; `sample_en` and
`sample_fr` only bring the words. So both samples tell the same story by construction.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Final

from workshop.case import CampaignCase, Kpi
from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.session import (
    Action,
    AnonymousEntry,
    BiasCheck,
    Lesson,
    RoundSetup,
    Session,
    SignalCheck,
    SwotItem,
    WhyNode,
)
from workshop.vocabulary import (
    BIASES,
    SIGNALS,
    ActionStatus,
    BiasId,
    BiasStatus,
    Language,
    LessonCategory,
    LessonSubtype,
    SignalId,
    SwotKind,
)


@dataclass(frozen=True, slots=True)
class ActionTexts:
    """The words of one action of the sample."""

    what: str
    owner: str
    kpi: str
    target: str
    result: str = ""


@dataclass(frozen=True, slots=True)
class SampleTexts:
    """Every word of the sample in one language, keyed by the identifiers of the facts below."""

    language: Language
    campaign: str
    channels: tuple[str, ...]
    objective: str
    kpi_names: dict[str, str]
    """KPI id -> name."""
    signal_notes: dict[SignalId, str]
    problem: str
    whys: dict[str, tuple[str, str]]
    """Why id -> (answer, evidence); evidence may be empty."""
    swot: dict[str, tuple[str, str]]
    """SWOT item id -> (text, conversion); conversion may be empty."""
    anonymous: tuple[tuple[str, str], ...]
    """(id of the built-in prompt, text) for each entry."""
    bias_notes: dict[BiasId, str]
    lessons: dict[str, str]
    """Lesson id -> text."""
    actions: dict[str, ActionTexts]
    notes: str


SESSION_ID: Final[dict[Language, str]] = {"en": "sample-en", "fr": "sample-fr"}
CREATED_AT: Final = datetime(2026, 4, 9, 9, 0, tzinfo=UTC)
UPDATED_AT: Final = datetime(2026, 5, 4, 16, 20, tzinfo=UTC)

_KPIS: Final[tuple[tuple[str, str, str, str, bool], ...]] = (
    # id, unit, target, actual, higher is better
    ("kpi-1", "%", "25", "27.4", True),  # open rate: the one KPI met
    ("kpi-2", "%", "3.5", "1.1", True),  # click rate
    ("kpi-3", "%", "2.0", "0.4", True),  # upgrade conversion rate
    ("kpi-4", "EUR", "35", "169", False),  # cost per acquisition: 12,000 EUR / 71 upgrades
)

_CHECKED_SIGNALS: Final[frozenset[SignalId]] = frozenset(
    {
        "low_roi",
        "low_conversion",
        "high_churn",
        "negative_sentiment",
        "internal_feedback",
        "inefficiency",
    }
)

_WHY_TREE: Final[tuple[tuple[str, str | None, bool], ...]] = (
    # id, parent id, root cause
    ("why-1", None, False),  # few clicks
    ("why-2", "why-1", False),  # content did not interest
    ("why-3", "why-2", False),  # not relevant to their needs
    ("why-4", "why-3", False),  # wrong segmentation
    ("why-5", "why-4", True),  # customer data out of date
    ("why-6", None, False),  # clickers left the landing page
    ("why-7", "why-6", False),  # page hard to use on phones
    ("why-8", "why-7", True),  # no mobile test before launch
)

_SWOT_KINDS: Final[dict[str, SwotKind]] = {
    "swot-1": "weakness",
    "swot-2": "weakness",
    "swot-3": "weakness",
    "swot-4": "threat",
    "swot-5": "threat",  # deliberately left without a conversion
}

_BIAS_STATUS: Final[dict[BiasId, BiasStatus]] = {
    "hindsight": "cleared",
    "outcome": "cleared",
    "confirmation": "present",
    "attribution": "present",
    "self_serving": "cleared",
    "self_justification": "cleared",
    "sunk_cost": "present",
    "overconfidence": "present",
    "anchoring": "not_discussed",
    "availability": "not_discussed",
    "survivorship": "not_discussed",
    "groupthink": "present",
    "blind_spot": "cleared",
}

_LESSONS: Final[tuple[tuple[str, LessonCategory, LessonSubtype, str], ...]] = (
    # id, category, sub-type, why id
    ("les-1", "strategic", "segmentation", "why-5"),
    ("les-2", "technological", "integration", "why-5"),
    ("les-3", "communication", "message_fit", "why-5"),
    ("les-4", "technological", "mobile", "why-8"),
    ("les-5", "operational", "tracking", "why-8"),
)

_ACTIONS: Final[tuple[tuple[str, str, date, date, bool, ActionStatus], ...]] = (
    # id, lesson id, due, follow-up, A/B test, status
    ("act-1", "les-2", date(2026, 5, 15), date(2026, 6, 1), False, "open"),
    ("act-2", "les-1", date(2026, 5, 8), date(2026, 6, 15), False, "open"),
    ("act-3", "les-3", date(2026, 6, 5), date(2026, 6, 19), True, "open"),
    ("act-4", "les-4", date(2026, 4, 24), date(2026, 5, 4), False, "done"),
    ("act-5", "les-5", date(2026, 5, 22), date(2026, 6, 30), False, "open"),
)


def _prompt_text(prompt_id: str, language: Language) -> str:
    """The text of the built-in anonymous prompt `prompt_id` in `language`."""
    return next(p.text.text(language) for p in ANONYMOUS_PROMPTS if p.id == prompt_id)


def _case(texts: SampleTexts) -> CampaignCase:
    return CampaignCase(
        campaign=texts.campaign,
        period_start=date(2026, 3, 2),
        period_end=date(2026, 3, 31),
        channels=list(texts.channels),
        budget=Decimal("12000"),
        currency="EUR",
        objective=texts.objective,
        kpis=[
            Kpi(
                id=kpi_id,
                name=texts.kpi_names[kpi_id],
                unit=unit,
                target=Decimal(target),
                actual=Decimal(actual),
                higher_is_better=higher_is_better,
            )
            for kpi_id, unit, target, actual, higher_is_better in _KPIS
        ],
    )


def _whys(texts: SampleTexts) -> list[WhyNode]:
    return [
        WhyNode(
            id=why_id,
            parent_id=parent_id,
            answer=texts.whys[why_id][0],
            evidence=texts.whys[why_id][1],
            root_cause=root_cause,
        )
        for why_id, parent_id, root_cause in _WHY_TREE
    ]


def _actions(texts: SampleTexts) -> list[Action]:
    actions = []
    for action_id, lesson_id, due, follow_up, ab_test, status in _ACTIONS:
        words = texts.actions[action_id]
        actions.append(
            Action(
                id=action_id,
                what=words.what,
                owner=words.owner,
                due=due,
                kpi=words.kpi,
                target=words.target,
                follow_up=follow_up,
                ab_test=ab_test,
                lesson_id=lesson_id,
                status=status,
                result=words.result,
                # The mobile fix was done but reached 0.9 % against 1 %: the loop shows it.
                target_met=False if status == "done" else None,
                closed_on=follow_up if status == "done" else None,
            )
        )
    return actions


def _check_keys(field: str, given: set[str], expected: set[str]) -> None:
    """Raise ValueError when a language's texts do not cover exactly the shared facts."""
    if given != expected:
        raise ValueError(f"sample texts, {field}: expected {sorted(expected)}, got {sorted(given)}")


def build_sample(texts: SampleTexts) -> Session:
    """The finished sample post-mortem with `texts` put on the shared facts."""
    _check_keys("kpi_names", set(texts.kpi_names), {row[0] for row in _KPIS})
    _check_keys("whys", set(texts.whys), {row[0] for row in _WHY_TREE})
    _check_keys("swot", set(texts.swot), set(_SWOT_KINDS))
    _check_keys("lessons", set(texts.lessons), {row[0] for row in _LESSONS})
    _check_keys("actions", set(texts.actions), {row[0] for row in _ACTIONS})
    language = texts.language
    return Session(
        id=SESSION_ID[language],
        created_at=CREATED_AT,
        updated_at=UPDATED_AT,
        language=language,
        mode="workshop",
        step="summary",
        case=_case(texts),
        signals={
            signal: SignalCheck(
                checked=signal in _CHECKED_SIGNALS, note=texts.signal_notes.get(signal, "")
            )
            for signal in SIGNALS
        },
        problem=texts.problem,
        whys=_whys(texts),
        swot=_swot(texts),
        round=RoundSetup(
            prompts=[prompt.text.text(language) for prompt in ANONYMOUS_PROMPTS], revealed=True
        ),
        anonymous_entries=_entries(texts),
        biases={
            bias: BiasCheck(status=_BIAS_STATUS[bias], note=texts.bias_notes.get(bias, ""))
            for bias in BIASES
        },
        lessons=_lessons(texts),
        actions=_actions(texts),
        notes=texts.notes,
    )


def _swot(texts: SampleTexts) -> list[SwotItem]:
    return [
        SwotItem(
            id=item_id, kind=kind, text=texts.swot[item_id][0], conversion=texts.swot[item_id][1]
        )
        for item_id, kind in _SWOT_KINDS.items()
    ]


def _entries(texts: SampleTexts) -> list[AnonymousEntry]:
    return [
        AnonymousEntry(id=f"anon-{n}", prompt=_prompt_text(prompt_id, texts.language), text=text)
        for n, (prompt_id, text) in enumerate(texts.anonymous, start=1)
    ]


def _lessons(texts: SampleTexts) -> list[Lesson]:
    return [
        Lesson(
            id=lesson_id,
            text=texts.lessons[lesson_id],
            category=category,
            subtype=subtype,
            why_id=why_id,
        )
        for lesson_id, category, subtype, why_id in _LESSONS
    ]
