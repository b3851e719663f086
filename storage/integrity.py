"""Reading a library file so that one bad session never holds the others hostage.

A sync tool that merges two copies, a hand edit or a text editor saving in another encoding can
leave a file orjson reads wrongly or not at all: a key twice (orjson keeps the last one, and the
next write would erase the other for good), a lone surrogate escape or bytes that are not UTF-8
(orjson refuses the whole file), a session stored under a key that is not its id. The file is
read fast when it is exactly what this program writes; anything else is read again, slowly and
exactly, and each problem is confined to the session it is in:

- two sessions under one key: both kept, the earlier one under a new key derived from the old
  (the same in every process that opens the file), unless they are identical;
- a key twice inside a session, or text that cannot be decoded: the session is marked damaged
  (`DAMAGE_KEY` lists what was found, with the earlier values and the undecodable text as
  escapes) and keeps everything; it cannot be opened until repaired, but it can be exported as
  it is, and the other sessions work;
- a session whose id differs from its key: it takes its key as its id, since saving it would
  otherwise write over the session whose id it carries.

Nothing is written here: the repaired tables are what the next write stores.
"""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import orjson

from storage.errors import (
    DAMAGE_REASON,
    CopiesKeptNotice,
    DamagedKeptNotice,
    IdRepairedNotice,
    LibraryError,
    MoreRepairsNotice,
)

DAMAGE_KEY: Final = "rootcause:damage"
"""The field of a stored session listing what made it damaged; such a session does not open."""
SESSION_TABLES: Final = ("sessions", "trash")

Problem = Literal["duplicate-session", "duplicate-key", "undecodable", "id-mismatch"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the file and what was done about it."""

    problem: Problem
    table: str
    key: str
    """The key of the session concerned, as it is stored now."""
    title: str = ""
    detail: str = ""
    """The new key of a copy, the field at fault, the id a session carried."""


class _Duplicated(dict[str, Any]):
    """An object that had a key more than once: the last value, plus the earlier ones."""

    earlier: list[tuple[str, Any]]


def read_tables(raw: bytes) -> tuple[Any, list[Finding]]:
    """The JSON in `raw`, repaired as the module says, and what was found.

    Raises ValueError (orjson.JSONDecodeError or json.JSONDecodeError) when `raw` is not JSON
    even when read exactly.
    """
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as fast_error:
        try:
            data = _read_exactly(raw)
        except ValueError:
            raise fast_error from None
    else:
        if not isinstance(data, dict) or orjson.dumps(data) == raw.strip():
            # What this program writes: no key twice (orjson would keep the last silently), no
            # undecodable text (orjson refuses it); only an id may have been edited.
            return data, _check_ids(data) if isinstance(data, dict) else []
        # Not byte for byte what this program writes: a hand edit, another writer, maybe a
        # key twice that the fast read dropped without a word. Read it again exactly.
        data = _read_exactly(raw)
    if not isinstance(data, dict):
        return data, []
    if isinstance(data, _Duplicated):
        _merge_tables(data)
    data = dict(data)
    return data, _repair(data)


def _check_ids(tables: dict[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for name in SESSION_TABLES:
        table = tables.get(name)
        if isinstance(table, dict):
            for key, doc in table.items():
                session = _session_of(name, doc)
                if session is not None and session.get("id") != key:
                    _own_id(name, key, doc, session, findings)
    return findings


def _read_exactly(raw: bytes) -> Any:
    # Bytes that are not UTF-8 become lone surrogates (U+DC80-U+DCFF), found below like a lone
    # surrogate escape: the session holding them is damaged, the rest of the file reads.
    text = raw.decode("utf-8", "surrogateescape")
    return json.loads(text, object_pairs_hook=_pairs)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    last = {key: index for index, (key, _) in enumerate(pairs)}
    duplicated = _Duplicated(result)
    duplicated.earlier = [pair for index, pair in enumerate(pairs) if last[pair[0]] != index]
    return duplicated


# -- repairing ---------------------------------------------------------------------------------


def _repair(tables: dict[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for name in list(tables):
        table = tables.pop(name)
        name = _unique(_replaced(name), tables)
        if name in SESSION_TABLES and isinstance(table, dict):
            table = _keep_both_copies(name, table, findings)
            for key in list(table):
                doc = table.pop(key)
                fixed = _unique(_replaced(key), table)
                table[fixed] = _checked_session(name, fixed, doc, findings)
        else:
            table, _ = _problems(table)
        tables[name] = table
    return findings


def _merge_tables(tables: "_Duplicated") -> None:
    """A table twice (two files merged): every document of both, none dropped."""
    for name, earlier in tables.earlier:
        current = tables.get(name)
        if not (isinstance(earlier, dict) and isinstance(current, dict)):
            continue
        merged = _Duplicated(earlier)
        merged.earlier = list(getattr(earlier, "earlier", []))
        for key, doc in current.items():
            if key in merged:
                merged.earlier.append((key, merged[key]))
            merged[key] = doc
        merged.earlier.extend(getattr(current, "earlier", []))
        tables[name] = merged


def _keep_both_copies(name: str, table: dict[str, Any], findings: list[Finding]) -> dict[str, Any]:
    """Every session stored under a key used twice, each under a key of its own.

    The key stays with the last copy whose id it is (else the last copy: what every reader
    saw). Another copy goes under its own id when that is free, else under a new id derived from
    the key, the same in every process that reads the file.
    """
    if not isinstance(table, _Duplicated):
        return table
    result = dict(table)
    copies: dict[str, list[Any]] = {}
    for key, doc in table.earlier:
        copies.setdefault(key, []).append(doc)
    for key, earlier in copies.items():
        every = [*earlier, result[key]]
        keeper = next((d for d in reversed(every) if _id_of(name, d) == key), every[-1])
        result[key] = keeper
        kept = [keeper]
        for doc in every:
            if any(doc == other for other in kept):
                continue  # the same session twice: keeping one loses nothing
            kept.append(doc)
            own = _id_of(name, doc)
            new_key = own if isinstance(own, str) and own and own not in result else None
            number = 2
            while new_key is None or new_key in result:
                new_key = hashlib.sha256(f"{key}:{number}".encode()).hexdigest()[:32]
                number += 1
            _set_id(name, doc, new_key)
            result[new_key] = doc
            findings.append(Finding("duplicate-session", name, new_key, _title(name, doc), key))
    return result


def _id_of(name: str, doc: Any) -> Any:
    session = _session_of(name, doc)
    return session.get("id") if session is not None else None


def _unique(key: str, taken: dict[str, Any]) -> str:
    """`key`, with U+FFFD added until no other entry has it."""
    while key in taken:
        key += "\ufffd"
    return key


def _session_of(name: str, doc: Any) -> dict[str, Any] | None:
    inner = doc.get("session") if name == "trash" and isinstance(doc, dict) else doc
    return inner if isinstance(inner, dict) else None


def _set_id(name: str, doc: Any, key: str) -> None:
    session = _session_of(name, doc)
    if session is not None:
        session["id"] = key


def _title(name: str, doc: Any) -> str:
    session = _session_of(name, doc)
    case = session.get("case") if session is not None else None
    title = case.get("campaign") if isinstance(case, dict) else None
    return _replaced(title.strip()) if isinstance(title, str) else ""


def _checked_session(name: str, key: str, doc: Any, findings: list[Finding]) -> Any:
    """`doc` repaired: damaged if it holds a key twice or undecodable text, its id its key."""
    doc, found = _problems(doc)
    session = _session_of(name, doc)
    if session is None:
        return doc
    title = _title(name, doc)
    if found:
        session[DAMAGE_KEY] = damage_of(session) + found
    for entry in found:
        kind: Problem = "duplicate-key" if entry["problem"] == "duplicate-key" else "undecodable"
        findings.append(Finding(kind, name, key, title, entry["at"]))
    if session.get("id") != key:
        _own_id(name, key, doc, session, findings)
    return doc


def _own_id(
    name: str, key: str, doc: Any, session: dict[str, Any], findings: list[Finding]
) -> None:
    """A session stored under a key that is not its id takes its key: saving it would else
    write over the session whose id it carries."""
    stored_id = session.get("id")
    session["id"] = key
    shown = stored_id if isinstance(stored_id, str) else repr(stored_id)
    findings.append(Finding("id-mismatch", name, key, _title(name, doc), shown))


def damage_of(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """What made a stored session damaged (empty if nothing was found)."""
    damage = doc.get(DAMAGE_KEY)
    return (
        [entry for entry in damage if isinstance(entry, dict)] if isinstance(damage, list) else []
    )


def _problems(root: Any) -> tuple[Any, list[dict[str, Any]]]:
    """`root` repaired in place, with every key found twice and every undecodable text in it.

    An object with a key twice keeps its last value (what every reader of the file saw); the
    earlier values are reported as JSON text. An undecodable text gets U+FFFD in place of what
    could not be decoded, and is reported with escapes: nothing of either is lost, and what is
    reported can always be written.
    """
    found: list[dict[str, Any]] = []
    root = _reported(root, "", found)
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        where, container = stack.pop()
        if isinstance(container, dict):
            for key in list(container):
                if not _decodable(key):
                    value = container.pop(key)
                    found.append(_undecodable(_joined(where, _replaced(key)), key))
                    key = _unique(_replaced(key), container)
                    container[key] = value
                at = _joined(where, key)
                child = container[key] = _reported(container[key], at, found)
                if isinstance(child, dict | list):
                    stack.append((at, child))
        elif isinstance(container, list):
            for index, element in enumerate(container):
                at = _joined(where, str(index))
                child = container[index] = _reported(element, at, found)
                if isinstance(child, dict | list):
                    stack.append((at, child))
    return root, found


def _reported(value: Any, at: str, found: list[dict[str, Any]]) -> Any:
    """`value` as it is kept: a plain object for a duplicated one, a decodable text."""
    if isinstance(value, str):
        if _decodable(value):
            return value
        found.append(_undecodable(at, value))
        return _replaced(value)
    if isinstance(value, _Duplicated):
        for key, earlier in value.earlier:
            text = json.dumps(earlier, ensure_ascii=True, default=str)
            found.append({"problem": "duplicate-key", "at": _joined(at, key), "earlier": text})
        return dict(value)
    return value


def _undecodable(at: str, text: str) -> dict[str, Any]:
    return {"problem": "undecodable", "at": at, "text": _escaped(text)}


def _joined(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _decodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def _replaced(text: str) -> str:
    """`text` with U+FFFD for every lone surrogate (or byte that was not UTF-8)."""
    if _decodable(text):
        return text
    return "".join("\ufffd" if _is_surrogate(char) else char for char in text)


def _escaped(text: str) -> str:
    """`text` with every lone surrogate written as its escape: what the file said."""
    return "".join(f"\\u{ord(char):04x}" if _is_surrogate(char) else char for char in text)


NOTICES_SHOWN: Final = 5
"""Repair notices told one by one; the rest are counted in one more."""


def repair_notices(path: Path, findings: list[Finding]) -> list[LibraryError]:
    """What the user hears about `findings`: one sentence per session, the first few of them."""
    notices: list[LibraryError] = []
    damaged: set[tuple[str, str]] = set()
    for finding in findings:
        title = finding.title or "?"
        if finding.problem == "duplicate-session":
            key = finding.detail
            notices.append(CopiesKeptNotice(path, key, title, finding.key))
        elif finding.problem == "id-mismatch":
            notices.append(IdRepairedNotice(path, finding.key, title, finding.detail))
        elif (finding.table, finding.key) not in damaged:
            damaged.add((finding.table, finding.key))
            why = DAMAGE_REASON[finding.problem]
            notices.append(DamagedKeptNotice(path, finding.key, title, why, finding.detail))
    if len(notices) > NOTICES_SHOWN:
        rest = len(notices) - (NOTICES_SHOWN - 1)
        notices = [*notices[: NOTICES_SHOWN - 1], MoreRepairsNotice(path, rest)]
    return notices
