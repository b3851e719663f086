"""Bringing stored sessions of older schema versions up to the current one.

Each migration takes the JSON document of a session at version N and returns it at N+1. They are
pure functions of plain data, so storage applies them to a library and import to a file alike.
"""

from collections.abc import Callable, Mapping
from typing import Any

from workshop.session import SCHEMA_VERSION

Document = dict[str, Any]
Migration = Callable[[Document], Document]


def _add_the_round(doc: Document) -> Document:
    """Schema 2 added the round's set-up and the entries' count, merges, marks and links.

    Every new field has a default, so a version 1 document is valid as it stands; the version
    changed so that a rootcause that knows only version 1 refuses to write a library holding
    fields it would not keep.
    """
    return doc


def _add_the_follow_up(doc: Document) -> Document:
    """Schema 3 added the follow-up of actions: the "carried" status, whether the target was
    met, the day an action was closed, and the sessions an action was carried from and to.

    As with schema 2, every new field has a default; the version guards older rootcauses.
    """
    return doc


MIGRATIONS: dict[int, Migration] = {1: _add_the_round, 2: _add_the_follow_up}
"""Migration from version N (the key) to N+1. Schema 1 is the first released shape."""


class SchemaTooNewError(ValueError):
    """The document was written by a newer rootcause."""

    def __init__(self, version: int, supported: int) -> None:
        super().__init__(
            f"it was written by a newer rootcause (schema {version}, this one knows up to "
            f"{supported})"
        )
        self.version = version
        self.supported = supported


def document_version(doc: Mapping[str, Any]) -> int:
    """The schema version a session document declares (1 when it predates the field)."""
    version = doc.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"schema_version: {version!r} is not a version number")
    return version


def migrate_session(
    doc: Document,
    *,
    target: int = SCHEMA_VERSION,
    migrations: Mapping[int, Migration] = MIGRATIONS,
) -> Document:
    """`doc` brought to schema `target`; SchemaTooNewError when it is already past it."""
    version = document_version(doc)
    if version > target:
        raise SchemaTooNewError(version, target)
    while version < target:
        doc = migrations[version](dict(doc))
        version += 1
        doc["schema_version"] = version
    return doc
