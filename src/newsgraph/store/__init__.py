"""The store: an embedded SQLite file (WAL mode, one writer), readable by any SQLite tool.

Writes go through ``Store.add`` (one document with all its records, in one transaction), so a crash
leaves each document either wholly stored or not at all, and re-running an ingest stores nothing twice:
the document id is the hash of its text.
"""

from __future__ import annotations

from ._queries import SHORT_ID
from ._store import Store, event_key, open_store

__all__ = ["Store", "open_store", "event_key", "ParquetStore", "DEFAULT_DB", "SHORT_ID"]


def __getattr__(name: str):
    if name == "ParquetStore":  # pyarrow loads only when asked for
        from ._parquet import ParquetStore

        return ParquetStore
    raise AttributeError(name)

DEFAULT_DB = "newsgraph.db"
