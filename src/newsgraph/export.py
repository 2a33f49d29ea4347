"""Export the store's tables to CSV, JSON Lines or Parquet files: one file per table.

A row of a document's records (``document_id``) carries the document's ``document_ref`` beside it (the
input's own id), so a coder joins the events to their own story ids without the documents file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

__all__ = ["export", "TABLES"]

TABLES = ("documents", "document_sources", "document_refs", "actors", "actor_aliases", "document_actors",
          "actor_splits", "events", "event_participants", "roles", "quotes", "agreements", "timexes", "rejected")
# tables that name a document's ref themselves
_OWN_REFS = ("documents", "document_refs")


def _flatten(row: dict[str, Any], refs: dict[str, str | None] | None = None) -> dict[str, Any]:
    """A row with its JSON ``record`` column spread into flat columns (lists joined, objects as JSON), and,
    given ``refs`` (document id -> ref), its document's ref after its ``document_id``."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k != "record":
            out[k] = v
        if k == "document_id" and refs is not None:
            out["document_ref"] = refs.get(v)
    record = row.get("record")
    if isinstance(record, str):
        for key, value in json.loads(record).items():
            name = key if key not in out else f"record_{key}"
            if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
                value = ";".join("" if v is None else str(v) for v in value)
            elif isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False)
            out[name] = value
    return out


def export(store, output: str | Path, *, format: str = "csv") -> list[tuple[Path, int]]:
    """Write every table to ``output/<table>.<format>``; return the paths with their row counts."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, int]] = []
    refs = store.refs()
    for table in TABLES:
        rows = [_flatten(r, None if table in _OWN_REFS else refs) for r in store.table_rows(table)]
        path = output / f"{table}.{format}"
        if format == "jsonl":
            with open(path, "w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif format == "csv":
            columns: list[str] = []
            for r in rows:
                columns += [c for c in r if c not in columns]
            with open(path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=columns or ["empty"])
                writer.writeheader()
                writer.writerows(rows)
        elif format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            columns = []
            for r in rows:
                columns += [c for c in r if c not in columns]
            data = {c: [None if r.get(c) is None else (r[c] if isinstance(r[c], (int, float, bool)) else str(r[c]))
                        for r in rows] for c in columns}
            pq.write_table(pa.table(data) if columns else pa.table({"empty": pa.array([], pa.string())}), path)
        else:
            raise ValueError(f"unknown export format {format!r}")
        written.append((path, len(rows)))
    return written
