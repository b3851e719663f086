"""TinyDB tables keyed by our own string ids instead of TinyDB's integer counter."""

from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from tinydb import TinyDB
from tinydb.table import Document, Table


class _StringKeyTable(Table):
    document_id_class = str  # type: ignore[assignment]  # TinyDB's stubs assume int ids


T = TypeVar("T")
Tables = dict[str, dict[str, Any]]


class KeyedDB(TinyDB):
    """A TinyDB whose tables take string document ids."""

    table_class = _StringKeyTable

    def update_tables(self, change: Callable[[Tables], T]) -> T:
        """Apply `change` to the raw tables and write them back in one write.

        TinyDB writes each table's change separately; a change that spans tables (moving a
        session to the trash) must land whole or not at all.
        """
        tables: Tables = self.storage.read() or {}
        result = change(tables)
        self.storage.write(tables)
        return result


class KeyedTable:
    """A typed view of one table of a KeyedDB: documents by key, nothing else.

    TinyDB's query cache is off, because another process may change the file at any time.
    """

    def __init__(self, db: KeyedDB, name: str) -> None:
        self._table = db.table(name, cache_size=0)

    def get(self, key: str) -> dict[str, Any] | None:
        """The document stored under `key`, or None."""
        doc = self._table.get(doc_id=cast(int, key))
        return None if doc is None else dict(doc)

    def put(self, key: str, doc: dict[str, Any]) -> None:
        """Store `doc` under `key`, replacing what was there."""
        self._table.upsert(Document(doc, doc_id=cast(int, key)))

    def insert(self, key: str, doc: dict[str, Any]) -> None:
        """Store `doc` under a `key` that must be new."""
        self._table.insert(Document(doc, doc_id=cast(int, key)))

    def remove(self, key: str) -> None:
        """Delete the document under `key`."""
        self._table.remove(doc_ids=[cast(int, key)])

    def keys(self) -> list[str]:
        """Every key of the table."""
        return [str(doc.doc_id) for doc in self._table]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (dict(doc) for doc in self._table)
