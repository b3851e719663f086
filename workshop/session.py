"""One post-mortem session: everything the method gathers about one failed campaign."""

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Final

from pydantic import AwareDatetime, Field, model_validator

from workshop.base import Model
from workshop.case import CampaignCase
from workshop.errors import BROKEN, InvalidSessionError
from workshop.ids import new_id
from workshop.limits import MAX_PEOPLE, MAX_WHY_DEPTH, check_size
from workshop.vocabulary import (
    SUBTYPE_CATEGORY,
    ActionStatus,
    BiasId,
    BiasStatus,
    Language,
    LessonCategory,
    LessonSubtype,
    Mode,
    SignalId,
    StepId,
    SwotKind,
)

SCHEMA_VERSION: Final = 3
"""The version of the stored shape of a session; storage migrates older ones."""


def _now() -> datetime:
    return datetime.now(UTC)


class SignalCheck(Model):
    """A warning signal as the group judged it."""

    checked: bool = False
    """True when the group agrees the signal was there."""
    note: str = ""
    """What the group saw: figures, quotes, where in the funnel."""


class WhyNode(Model):
    """One answer to "why?" in the why tree; its children answer "why?" about it."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    parent_id: str | None = None
    """The answer this one explains; None when it answers the problem statement itself."""
    answer: str
    """Why the parent happened, in one or a few sentences."""
    evidence: str = ""
    """What backs the answer: a figure, a report, a quote."""
    root_cause: bool = False
    """True when the group holds this answer as a root cause."""


class SwotItem(Model):
    """A weakness or threat that contributed to the failure, and how to turn it round."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    kind: SwotKind
    """Internal weakness or external threat."""
    text: str
    """What the weakness or threat was."""
    conversion: str = ""
    """How it becomes a strength or an opportunity; empty means not yet worked out."""

    @property
    def converted(self) -> bool:
        """True once the item has a conversion."""
        return bool(self.conversion.strip())


class AnonymousEntry(Model):
    """One person's answer in the anonymous round.

    Deliberately nothing but the prompt and the text: no author, no time, and an identifier
    drawn at random, so nothing in the library can tell who wrote it or when.
    """

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    prompt: str
    """The prompt as it was shown to the participant."""
    text: str
    """What the participant typed."""
    count: int = Field(default=1, ge=1)
    """How many entries this one stands for, once duplicates were merged into it."""
    merged: list[str] = Field(default_factory=list)
    """The texts of the duplicates merged into this entry, kept so nothing typed is lost."""
    discuss: bool = False
    """Marked by the group, after the reveal, as a point to discuss."""
    links: list[str] = Field(default_factory=list)
    """Ids of the whys, reverse-SWOT items or lessons the group tied this entry to."""


class RoundSetup(Model):
    """How the facilitator set up the anonymous round."""

    prompts: list[str] = Field(default_factory=list)
    """The prompts participants answer, as shown to them."""
    participants: int | None = Field(default=None, ge=1, le=MAX_PEOPLE)
    """How many people the facilitator expects, if said."""
    revealed: bool = False
    """True once the facilitator revealed the entries to the room; before, they stay hidden."""


class BiasCheck(Model):
    """How the group judged its analysis against one cognitive bias."""

    status: BiasStatus = "not_discussed"
    note: str = ""
    """What the discussion found."""


class Lesson(Model):
    """A lesson learned, classified, and tied to the cause it comes from."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    text: str
    """The lesson, as a statement the team can act on."""
    category: LessonCategory
    subtype: LessonSubtype | None = None
    """The kind of failure within the category, which brings its usual remedy."""
    why_id: str | None = None
    """The why-tree answer (usually a root cause) the lesson comes from."""

    @model_validator(mode="after")
    def _subtype_in_category(self) -> "Lesson":
        if self.subtype is not None and SUBTYPE_CATEGORY[self.subtype] != self.category:
            raise InvalidSessionError(
                BROKEN["subtype_category"], subtype=self.subtype, category=self.category
            )
        return self


class Action(Model):
    """A concrete change that puts a lesson into practice, with an owner and a measure."""

    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    what: str
    """The change, starting with a verb."""
    owner: str = ""
    """Who makes it happen."""
    due: date | None = None
    """When it must be done."""
    kpi: str = ""
    """The KPI that will show it worked."""
    target: str = ""
    """The value of that KPI that counts as success."""
    follow_up: date | None = None
    """When the team looks at the result."""
    ab_test: bool = False
    """True when the change is to be tried as an A/B test first."""
    lesson_id: str | None = None
    """The lesson this action puts into practice."""
    status: ActionStatus = "open"
    result: str = ""
    """The KPI result once done, or why it was dropped."""
    target_met: bool | None = None
    """Once done: whether the KPI reached its target; None when nobody said."""
    closed_on: date | None = None
    """The day it was marked done, dropped or carried into a later session."""
    carried_to: str | None = Field(default=None, min_length=1, max_length=64)
    """The id of the session it was carried into (status "carried")."""
    carried_from: str | None = Field(default=None, min_length=1, max_length=64)
    """The id of the earlier session this action was carried over from."""

    @property
    def closed(self) -> bool:
        """True once nobody needs to act on it any more: done, dropped or carried."""
        return self.status != "open"

    def overdue(self, today: date) -> bool:
        """True when it is still open after its due date."""
        return self.status == "open" and self.due is not None and self.due < today


class Session(Model):
    """The post-mortem of one failed campaign or action."""

    schema_version: int = SCHEMA_VERSION
    """The stored shape's version; see SCHEMA_VERSION."""
    id: str = Field(default_factory=new_id, min_length=1, max_length=64)
    revision: int = Field(default=0, ge=0)
    """Incremented by every save; a save based on an older revision is refused."""
    created_at: AwareDatetime = Field(default_factory=_now)
    updated_at: AwareDatetime = Field(default_factory=_now)
    """Times carry their time zone, so sessions from anywhere sort together."""
    language: Language = "en"
    """The language of the session's built-in texts and of its exported page."""
    mode: Mode = "workshop"
    step: StepId = "case"
    """The step the session is at; reopening the session returns there."""
    skipped: list[StepId] = Field(default_factory=list)
    """Steps the facilitator chose to skip; the export says so."""
    case: CampaignCase = Field(default_factory=CampaignCase)
    signals: dict[SignalId, SignalCheck] = Field(default_factory=dict)
    """The warning signals the group looked at."""
    problem: str = ""
    """The problem statement the 5 whys start from."""
    whys: list[WhyNode] = Field(default_factory=list)
    """The why tree, as a list of nodes; siblings keep their list order."""
    swot: list[SwotItem] = Field(default_factory=list)
    round: RoundSetup = Field(default_factory=RoundSetup)
    """The anonymous round's set-up and whether it was revealed."""
    anonymous_entries: list[AnonymousEntry] = Field(default_factory=list)
    """The anonymous round's entries, stored in a random order (solo: devil's advocate)."""
    biases: dict[BiasId, BiasCheck] = Field(default_factory=dict)
    lessons: list[Lesson] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    notes: str = ""
    """The facilitator's private notes; exported only on request."""

    @property
    def title(self) -> str:
        """The campaign's name, or an empty string when it has none yet."""
        return self.case.campaign.strip()

    @property
    def root_causes(self) -> list[WhyNode]:
        """The why-tree answers marked as root causes, in tree order."""
        return [node for node in self.whys if node.root_cause]

    @model_validator(mode="after")
    def _references_hold(self) -> "Session":
        check_size(self)
        check_unique_ids("whys", [n.id for n in self.whys])
        check_unique_ids("swot", [i.id for i in self.swot])
        check_unique_ids("anonymous_entries", [e.id for e in self.anonymous_entries])
        check_unique_ids("lessons", [lesson.id for lesson in self.lessons])
        check_unique_ids("actions", [a.id for a in self.actions])
        check_unique_ids("case.kpis", [k.id for k in self.case.kpis])
        deepest = max(why_depths(self.whys).values(), default=0)
        if deepest > MAX_WHY_DEPTH:
            raise InvalidSessionError(BROKEN["too_deep"], depth=deepest, limit=MAX_WHY_DEPTH)
        why_ids = {n.id for n in self.whys}
        for lesson in self.lessons:
            if lesson.why_id is not None and lesson.why_id not in why_ids:
                raise InvalidSessionError(
                    BROKEN["unknown_why"], lesson=lesson.id, why=lesson.why_id
                )
        linkable = why_ids | {i.id for i in self.swot} | {lesson.id for lesson in self.lessons}
        for entry in self.anonymous_entries:
            for link in entry.links:
                if link not in linkable:
                    raise InvalidSessionError(BROKEN["unknown_item"], entry=entry.id, item=link)
        lesson_ids = {lesson.id for lesson in self.lessons}
        for action in self.actions:
            if action.lesson_id is not None and action.lesson_id not in lesson_ids:
                raise InvalidSessionError(
                    BROKEN["unknown_lesson"], action=action.id, lesson=action.lesson_id
                )
        return self


def check_unique_ids(field: str, ids: list[str]) -> None:
    """Raise ValueError naming `field` when two of its items share an identifier."""
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise InvalidSessionError(BROKEN["id_twice"], field=field, item_id=item_id)
        seen.add(item_id)


def why_depths(whys: Sequence[WhyNode]) -> dict[str, int]:
    """How many whys deep each answer is (1: a direct answer to the problem statement).

    Each chain is climbed once, without recursion, so any depth costs time in proportion to the
    number of answers. Raises InvalidSessionError on an unknown parent or a loop.
    """
    parents = {node.id: node.parent_id for node in whys}
    depths: dict[str, int] = {}
    for node in whys:
        climbed: list[str] = []
        on_chain: set[str] = set()
        current: str | None = node.id
        while current is not None and current not in depths:
            if current not in parents:
                raise InvalidSessionError(
                    BROKEN["unknown_parent"], node=climbed[-1], parent=current
                )
            if current in on_chain:
                raise InvalidSessionError(BROKEN["loop"], node=current)
            climbed.append(current)
            on_chain.add(current)
            current = parents[current]
        level = 0 if current is None else depths[current]
        for why_id in reversed(climbed):
            level += 1
            depths[why_id] = level
    return depths
