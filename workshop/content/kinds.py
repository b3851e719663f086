"""The shapes of the built-in content."""

from dataclasses import dataclass

from workshop.phrase import Phrase
from workshop.vocabulary import (
    BiasId,
    LessonCategory,
    LessonSubtype,
    SignalId,
    SignalKind,
    StepId,
)


@dataclass(frozen=True, slots=True)
class StepGuide:
    """What a step is for and how to lead it."""

    id: StepId
    title: Phrase
    """Short name of the step, as shown in the step list and as a heading."""
    guidance: Phrase
    """Two to four sentences for the facilitator: what to do in this step and why."""
    question: Phrase
    """The question the facilitator reads aloud to the room."""
    solo_question: Phrase
    """The same question for one person alone, in the second person."""
    minutes: int
    """Suggested time box for the step, in minutes."""


@dataclass(frozen=True, slots=True)
class SignalInfo:
    """A warning signal that a campaign failed."""

    id: SignalId
    kind: SignalKind
    label: Phrase
    hint: Phrase
    """What to look at to judge it (figures, where to find them)."""


@dataclass(frozen=True, slots=True)
class BiasInfo:
    """A cognitive bias or self-justification the group checks its analysis against."""

    id: BiasId
    name: Phrase
    definition: Phrase
    """One line, in a marketer's words."""
    question: Phrase
    """A probing question the facilitator asks the group."""


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """A lesson category."""

    id: LessonCategory
    label: Phrase
    description: Phrase


@dataclass(frozen=True, slots=True)
class SubtypeInfo:
    """A kind of failure within a lesson category, with its usual remedy."""

    id: LessonSubtype
    category: LessonCategory
    label: Phrase
    remedy: Phrase
    """The usual remedy, shown as a hint when the sub-type is chosen."""


@dataclass(frozen=True, slots=True)
class RoundPrompt:
    """A prompt of the anonymous round (or, in solo mode, of the devil's advocate step)."""

    id: str
    text: Phrase
