"""Actions: the lessons put into practice, each with an owner, a date and a measure (SMART).

Leaving the step with no action, or with an open action nobody owns, asks first: a post-mortem
that changes nothing, or changes owned by nobody, is the failure the method exists to prevent.
"""

from workshop.content.smart_labels import (
    SMART_ALL_THERE,
    SMART_COMPLETE,
    SMART_GAP_LABELS,
    SMART_GAP_SHORT,
    SMART_MISSING,
)
from workshop.phrase import Phrase
from workshop.session import Action, Session
from workshop.steps.editing import Pointer, SessionList
from workshop.steps.smart import SmartGap, smart_gaps
from workshop.typed_text import parse_date
from workshop.vocabulary import Language

GAP_MARK = "✗ "
"""Starts the short list of what an action lacks."""
NO_ACTION_QUESTION = Phrase(
    en="No action has been written down: this post-mortem will change nothing. Leave anyway?",
    fr="Aucune action n'a été notée : ce post-mortem ne changera rien. Partir quand même ?",
)
UNASSIGNED_QUESTION = Phrase(
    en="Open actions with no owner: {count}. Nobody will make them happen. Leave anyway?",
    fr="Actions ouvertes sans responsable : {count}. Personne ne les mènera. Partir quand même ?",
)


ACTIONS: SessionList[Action] = SessionList(
    read=lambda session: list(session.actions),
    write=lambda _, items: {"actions": items},
    pointers=(Pointer("lesson_id", lambda session: session.lessons),),
)
"""The actions of a session."""


def gaps_text(gaps: list[SmartGap], language: Language) -> str:
    """The gaps in a few words ("✗ owner, date"), or the mark of a complete action."""
    if not gaps:
        return SMART_COMPLETE.text(language)
    return GAP_MARK + ", ".join(SMART_GAP_SHORT[gap].text(language) for gap in gaps)


def smart_sentence(gaps: list[SmartGap], language: Language) -> str:
    """The SMART check as a sentence, for the details and the form."""
    if not gaps:
        return SMART_ALL_THERE.text(language)
    labels = ", ".join(SMART_GAP_LABELS[gap].text(language) for gap in gaps)
    return SMART_MISSING.text(language).format(gaps=labels)


def draft_gaps(texts: dict[str, str]) -> list[SmartGap]:
    """The SMART check of a form as typed so far (a date that does not parse is no date)."""
    try:
        due = parse_date(texts.get("due", ""))
    except ValueError:
        due = None
    draft = Action(
        what=texts.get("what", ""),
        owner=texts.get("owner", ""),
        due=due,
        kpi=texts.get("kpi", ""),
        target=texts.get("target", ""),
    )
    return smart_gaps(draft)


def unassigned_count(session: Session) -> int:
    """How many open actions nobody owns."""
    return sum(1 for a in session.actions if a.status == "open" and not a.owner.strip())


def leaving_question(session: Session) -> Phrase | None:
    """What to ask before leaving the step (its {count}: `unassigned_count`), or None when
    the actions are fine to leave or the step was skipped."""
    if "actions" in session.skipped:
        return None
    if not session.actions:
        return NO_ACTION_QUESTION
    if unassigned_count(session):
        return UNASSIGNED_QUESTION
    return None
