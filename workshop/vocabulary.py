"""Closed vocabularies of the method: the names a session may use, and nothing else."""

from typing import Final, Literal, get_args

Language = Literal["en", "fr"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)

Mode = Literal["workshop", "solo"]
"""A facilitated workshop with a room of people, or one person's solo retrospective."""

StepId = Literal[
    "case", "signals", "whys", "swot", "anonymous", "biases", "lessons", "actions", "summary"
]
"""The steps of a session, in the order the method takes them."""
STEPS: Final[tuple[StepId, ...]] = get_args(StepId)

SignalKind = Literal["quantitative", "qualitative"]
SignalId = Literal[
    "low_roi",
    "low_conversion",
    "high_churn",
    "weak_engagement",
    "negative_sentiment",
    "internal_feedback",
    "partner_credibility",
    "inefficiency",
]
SIGNALS: Final[tuple[SignalId, ...]] = get_args(SignalId)

SwotKind = Literal["weakness", "threat"]
"""Reverse SWOT: an internal weakness or an external threat that contributed to the failure."""

BiasId = Literal[
    "hindsight",
    "outcome",
    "confirmation",
    "attribution",
    "self_serving",
    "self_justification",
    "sunk_cost",
    "overconfidence",
    "anchoring",
    "availability",
    "survivorship",
    "groupthink",
    "blind_spot",
]
BIASES: Final[tuple[BiasId, ...]] = get_args(BiasId)

BiasStatus = Literal["not_discussed", "cleared", "present"]

LessonCategory = Literal["strategic", "operational", "communication", "technological"]
LESSON_CATEGORIES: Final[tuple[LessonCategory, ...]] = get_args(LessonCategory)

LessonSubtype = Literal[
    "segmentation",
    "positioning",
    "value_proposition",
    "budget_allocation",
    "execution",
    "tracking",
    "message_fit",
    "channel",
    "tone",
    "platform_stability",
    "mobile",
    "automation_config",
    "integration",
]
LESSON_SUBTYPES: Final[tuple[LessonSubtype, ...]] = get_args(LessonSubtype)

SUBTYPE_CATEGORY: Final[dict[LessonSubtype, LessonCategory]] = {
    "segmentation": "strategic",
    "positioning": "strategic",
    "value_proposition": "strategic",
    "budget_allocation": "operational",
    "execution": "operational",
    "tracking": "operational",
    "message_fit": "communication",
    "channel": "communication",
    "tone": "communication",
    "platform_stability": "technological",
    "mobile": "technological",
    "automation_config": "technological",
    "integration": "technological",
}
"""Which category each lesson sub-type belongs to."""

ActionStatus = Literal["open", "done", "dropped", "carried"]
"""Open; done (with its result); dropped (with the reason); carried into a later session."""
ACTION_STATUSES: Final[tuple[ActionStatus, ...]] = get_args(ActionStatus)
