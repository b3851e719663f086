"""The anonymous round's rules: entries that cannot be traced back to whoever typed them.

An entry keeps its prompt and its text, and nothing else about its author. Each new entry goes
to a random place among the others, drawn from the operating system's cryptographic source, so
the stored order says nothing about the order of typing.

While the round runs its answers are held apart from the session, which is what gets saved:
every saved version of the file would otherwise tell which answers came in together, one
person's, and when. They join the session all at once when the round ends.
"""

import secrets
from collections.abc import Sequence
from decimal import Decimal

from workshop.content.prompts import ANONYMOUS_PROMPTS
from workshop.limits import MAX_PEOPLE
from workshop.session import AnonymousEntry, RoundSetup, Session
from workshop.steps.editing import revised
from workshop.vocabulary import Language


class EmptyEntryError(ValueError):
    """An entry with nothing but blanks is refused, not stored."""


def add_entry(entries: Sequence[AnonymousEntry], prompt: str, text: str) -> list[AnonymousEntry]:
    """`entries` with a new entry at a random place; EmptyEntryError for a blank text."""
    if not text.strip():
        raise EmptyEntryError(prompt)
    result = list(entries)
    result.insert(secrets.randbelow(len(result) + 1), AnonymousEntry(prompt=prompt, text=text))
    return result


def correct_entry(
    entries: Sequence[AnonymousEntry], entry_id: str, text: str
) -> list[AnonymousEntry]:
    """`entries` with one entry's text replaced, in place; EmptyEntryError for a blank text."""
    if not text.strip():
        raise EmptyEntryError(entry_id)
    return [e.model_copy(update={"text": text}) if e.id == entry_id else e for e in entries]


def put_in_at_random(
    entries: Sequence[AnonymousEntry], held: Sequence[AnonymousEntry]
) -> list[AnonymousEntry]:
    """`entries` with each held answer at a random place: the others keep their order, and the
    result says nothing of the order the held answers were typed in."""
    result = list(entries)
    for entry in held:
        result.insert(secrets.randbelow(len(result) + 1), entry)
    return result


def with_round_ended(session: Session, held: Sequence[AnonymousEntry]) -> Session:
    """`session` with the round's held answers put in; ValueError if it cannot take them all."""
    entries = put_in_at_random(session.anonymous_entries, held)
    return revised(session, anonymous_entries=entries)


def hold_answer(
    session: Session, held: Sequence[AnonymousEntry], prompt: str, text: str
) -> tuple[list[AnonymousEntry], str]:
    """`held` with a new answer, and the new answer's id.

    EmptyEntryError for a blank text; ValueError when the session could not take it with the
    answers held before it, so that ending the round can never be refused.
    """
    result = add_entry(held, prompt, text)
    known = {entry.id for entry in held}
    with_round_ended(session, result)
    return result, next(entry.id for entry in result if entry.id not in known)


def correct_held(
    session: Session, held: Sequence[AnonymousEntry], entry_id: str, text: str
) -> list[AnonymousEntry]:
    """`held` with one answer's text replaced; EmptyEntryError or ValueError as `hold_answer`."""
    result = correct_entry(held, entry_id, text)
    with_round_ended(session, result)
    return result


def held_text(held: Sequence[AnonymousEntry], entry_id: str | None) -> str:
    """The text of the held answer `entry_id`, or nothing."""
    return next((entry.text for entry in held if entry.id == entry_id), "")


def merge_entries(
    entries: Sequence[AnonymousEntry], keep_id: str, duplicate_id: str
) -> list[AnonymousEntry]:
    """`entries` with the duplicate folded into the kept one: counted, its text kept aside."""
    if keep_id == duplicate_id:
        return list(entries)
    duplicate = next(e for e in entries if e.id == duplicate_id)
    result = []
    for entry in entries:
        if entry.id == duplicate_id:
            continue
        if entry.id == keep_id:
            entry = entry.model_copy(
                update={
                    "count": entry.count + duplicate.count,
                    "merged": [*entry.merged, duplicate.text, *duplicate.merged],
                    "discuss": entry.discuss or duplicate.discuss,
                    "links": [*entry.links, *(x for x in duplicate.links if x not in entry.links)],
                }
            )
        result.append(entry)
    return result


def toggle_discuss(entries: Sequence[AnonymousEntry], entry_id: str) -> list[AnonymousEntry]:
    """`entries` with one entry's "to discuss" mark switched."""
    return [
        e.model_copy(update={"discuss": not e.discuss}) if e.id == entry_id else e for e in entries
    ]


def toggle_link(
    entries: Sequence[AnonymousEntry], entry_id: str, item_id: str
) -> list[AnonymousEntry]:
    """`entries` with the link from one entry to a why, SWOT item or lesson added or removed."""
    result = []
    for entry in entries:
        if entry.id == entry_id:
            links = [x for x in entry.links if x != item_id]
            if len(links) == len(entry.links):
                links.append(item_id)
            entry = entry.model_copy(update={"links": links})
        result.append(entry)
    return result


FIRST_PROMPTS = 3
"""How many built-in questions a new round starts with ticked."""


def chosen_prompts(setup: RoundSetup, language: Language) -> set[str]:
    """The ids of the built-in questions ticked in the set-up form: those the round already
    asks, or the first few for a round not opened yet."""
    asked = set(setup.prompts)
    if not asked:
        return {prompt.id for prompt in ANONYMOUS_PROMPTS[:FIRST_PROMPTS]}
    return {p.id for p in ANONYMOUS_PROMPTS if p.text.text(language) in asked}


def own_prompt(setup: RoundSetup, language: Language) -> str:
    """The facilitator's own question, if the round asks one."""
    builtin = {p.text.text(language) for p in ANONYMOUS_PROMPTS}
    return next((p for p in setup.prompts if p not in builtin), "")


def round_prompts(ticked: set[str], own: str, language: Language) -> list[str]:
    """The round's questions as stored: the ticked built-in ones in the session's language,
    in their order, then the facilitator's own."""
    prompts = [p.text.text(language) for p in ANONYMOUS_PROMPTS if p.id in ticked]
    return [*prompts, own.strip()] if own.strip() else prompts


def expected_people(value: Decimal | None) -> int | None:
    """How many people the facilitator expects, when it is a count the round can take."""
    return int(value) if value is not None and 1 <= value <= MAX_PEOPLE else None


def answer_to(entries: Sequence[AnonymousEntry], prompt: str) -> str:
    """Alone (devil's advocate): the answer given to `prompt`, or nothing yet."""
    return next((entry.text for entry in entries if entry.prompt == prompt), "")


def with_answer(
    entries: Sequence[AnonymousEntry], prompt: str, answer: str
) -> list[AnonymousEntry]:
    """Alone: one entry per prompt, replaced by `answer`, or dropped when it is emptied."""
    kept = [entry for entry in entries if entry.prompt != prompt]
    return [*kept, AnonymousEntry(prompt=prompt, text=answer)] if answer.strip() else kept
