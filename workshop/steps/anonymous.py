"""The anonymous round's rules: entries that cannot be traced back to whoever typed them.

An entry keeps its prompt and its text, and nothing else about its author. Each new entry goes
to a random place among the others, drawn from the operating system's cryptographic source, so
the stored order says nothing about the order of typing.
"""

import secrets
from collections.abc import Sequence

from workshop.session import AnonymousEntry


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
