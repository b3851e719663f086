"""Bringing stored session documents up to the current schema."""

from typing import Any

import pytest

from workshop.migrations import (
    MIGRATIONS,
    Document,
    Migration,
    SchemaTooNewError,
    migrate_session,
)
from workshop.session import SCHEMA_VERSION, Session


def must_not_run(doc: Document) -> Document:
    raise AssertionError("a migration ran on a document already at the target version")


def appending(step: str) -> Migration:
    """A migration that records `step` in the document's `steps`."""

    def migrate(doc: Document) -> Document:
        doc["steps"] = [*doc.get("steps", []), step]
        return doc

    return migrate


def test_a_current_document_is_left_as_it_is() -> None:
    """A document already at the current version comes back equal, and no migration runs."""
    doc = Session(problem="Sign-ups fell.").model_dump(mode="json")
    migrations = {version: must_not_run for version in range(1, SCHEMA_VERSION + 1)}
    assert migrate_session(dict(doc), migrations=migrations) == doc
    assert migrate_session(dict(doc)) == doc


def test_every_known_version_has_a_migration() -> None:
    """The default migrations cover every version from 1 up to the current one."""
    assert set(MIGRATIONS) == set(range(1, SCHEMA_VERSION))


def test_migrations_are_chained_in_order() -> None:
    """A version 1 document goes through 1->2, then 2->3, and ends at the target version."""
    migrations = {1: appending("1->2"), 2: appending("2->3")}
    migrated = migrate_session({"schema_version": 1}, target=3, migrations=migrations)
    assert migrated == {"schema_version": 3, "steps": ["1->2", "2->3"]}


def test_migration_starts_at_the_documents_version() -> None:
    """A version 2 document gets only the migrations from version 2 on."""
    migrations = {1: must_not_run, 2: appending("2->3"), 3: appending("3->4")}
    migrated = migrate_session({"schema_version": 2}, target=4, migrations=migrations)
    assert migrated == {"schema_version": 4, "steps": ["2->3", "3->4"]}


def test_a_document_without_a_version_is_version_1() -> None:
    """A document from before schema_version existed is migrated from version 1."""
    migrated = migrate_session({"problem": "x"}, target=2, migrations={1: appending("1->2")})
    assert migrated == {"problem": "x", "schema_version": 2, "steps": ["1->2"]}


def test_the_callers_document_is_not_changed() -> None:
    """Migrating returns a new document and leaves the one passed in as it was."""
    doc: dict[str, Any] = {"schema_version": 1, "problem": "x"}
    migrate_session(doc, target=2, migrations={1: appending("1->2")})
    assert doc == {"schema_version": 1, "problem": "x"}


def test_a_newer_document_is_refused() -> None:
    """A document past the target version raises SchemaTooNewError naming both versions."""
    with pytest.raises(SchemaTooNewError, match=r"schema 5.*up to 3") as raised:
        migrate_session({"schema_version": 5}, target=3, migrations={})
    assert raised.value.version == 5
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("version", ["2", 2.0, None, True, 0, -1, [1]])
def test_a_version_that_is_not_a_positive_integer_is_rejected(version: object) -> None:
    """A schema_version that is not a positive integer raises ValueError naming the field."""
    with pytest.raises(ValueError, match="schema_version") as raised:
        migrate_session({"schema_version": version}, target=2, migrations={1: appending("x")})
    assert not isinstance(raised.value, SchemaTooNewError)
