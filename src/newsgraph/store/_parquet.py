"""A store that writes partitioned Parquet files, for corpora too big for one SQLite file.

Layout (Hive partitioning by the document's publication month, readable by pyarrow, DuckDB, Spark,
Dask or pandas):

    DIR/<table>/month=YYYY-MM/part-<batch>.parquet     tables: documents, actors, events, roles,
                                                      quotes, agreements, timexes, sources
    DIR/rejected/part-<batch>.parquet

Each record keeps its contract JSON in a ``record`` column beside the columns worth filtering on. A
document row carries its ``ref`` (the input's own id: the first it was stored under), a ``sources`` row
the ref it was read under there, so every ref of a text stored once is kept. An
actor row carries its ``wikidata`` id and its ``identity`` across documents, given by the same merge
rule as the SQLite store's (store/_identity.py; the identities are read back when the folder is opened):
group by ``identity`` for one actor per person or body. Splitting a merge is the SQLite store's.
A batch's part files are written first and its ``documents`` part last, each by rename, so a crash
leaves either a complete batch or parts whose batch has no documents part; those orphans are removed
when the folder is opened again, and the documents they held are read again. It has the write
interface of ``Store`` that ``jobs.ingest`` uses (has_document, add_many, add_source, reject,
signatures).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any, cast

from ..records import Result
from ._identity import IdentityIndex, Profile, profile_of

__all__ = ["ParquetStore", "TABLES"]

TABLES = ("documents", "actors", "events", "roles", "quotes", "agreements", "timexes", "sources", "rejected")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _month(published: str | None) -> str:
    return published[:7] if published and len(published) >= 7 else "unknown"


class ParquetStore:
    def __init__(self, directory: str | Path) -> None:
        import pyarrow  # noqa: F401 - fail early when missing

        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._ids: set[str] = set()
        self._signatures: dict[str, bytes] = {}
        self._pending_sources: list[dict[str, Any]] = []
        self._pending_rejected: list[dict[str, Any]] = []
        self._identities = IdentityIndex()
        self._clean_orphans()
        self._load_ids()
        self._load_identities()

    # -- opening ----------------------------------------------------------------------------
    def _parts(self, table: str) -> list[Path]:
        return sorted((self.dir / table).glob("**/part-*.parquet"))

    def _clean_orphans(self) -> None:
        done = {p.stem for p in self._parts("documents")}
        for table in TABLES:
            if table in ("documents", "rejected", "sources"):
                continue
            for part in self._parts(table):
                if part.stem not in done:
                    part.unlink()
        for tmp in self.dir.glob("**/*.tmp"):
            tmp.unlink()

    def _load_ids(self) -> None:
        import pyarrow.parquet as pq

        for part in self._parts("documents"):
            table = pq.read_table(part, columns=["id", "minhash"])
            ids = cast("list[str]", table.column("id").to_pylist())  # the schema's id column holds no nulls
            for doc_id, sig in zip(ids, table.column("minhash").to_pylist()):
                self._ids.add(doc_id)
                if sig:
                    self._signatures[doc_id] = sig

    def _load_identities(self) -> None:
        """The identities of the actors already written, in the order of their parts (parts written
        before identities existed: each document's actor id is its identity)."""
        import pyarrow.parquet as pq

        roles: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for part in self._parts("roles"):
            table = pq.read_table(part, columns=["document_id", "actor_id", "record"])
            for doc_id, actor_id, record in zip(*(table.column(c).to_pylist() for c in ("document_id", "actor_id", "record"))):
                roles.setdefault((doc_id, actor_id), []).append(json.loads(record))
        for part in self._parts("actors"):
            table = pq.read_table(part)
            names = table.column_names
            for row in table.to_pylist():
                rec = json.loads(row["record"])
                ident = row["identity"] if "identity" in names and row["identity"] else row["actor_id"]
                prof = profile_of(rec, roles.get((row["document_id"], row["actor_id"]), []))
                self._identities.remember(ident, prof)

    # -- the Store interface used by ingest -------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return document_id in self._ids

    def signatures(self):
        yield from self._signatures.items()

    def add_source(self, document_id: str, source: str, *, similarity: float | None = None,
                   text_id: str | None = None, ref: str | None = None) -> None:
        self._pending_sources.append({"document_id": document_id, "source": source, "similarity": similarity,
                                      "text_id": text_id, "ref": ref,
                                      "seen_at": dt.datetime.now(dt.timezone.utc).isoformat()})

    def reject(self, source: str, reason: str) -> None:
        self._pending_rejected.append({"source": source, "reason": reason,
                                       "rejected_at": dt.datetime.now(dt.timezone.utc).isoformat()})

    def add_many(self, results: list[Result], *, signatures: dict[str, bytes] | None = None) -> list[bool]:
        new_flags = [r.document.id not in self._ids for r in results]
        fresh = [r for r, new in zip(results, new_flags) if new]
        if fresh:
            batch = hashlib.sha1("".join(r.document.id for r in fresh).encode()).hexdigest()[:16]
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
            for r in fresh:
                self._rows(r, rows, (signatures or {}).get(r.document.id), self._identities)
            for table in ("actors", "events", "roles", "quotes", "agreements", "timexes", "sources", "documents"):
                self._write(table, rows[table], batch)
            for r in fresh:
                self._ids.add(r.document.id)
                sig = (signatures or {}).get(r.document.id)
                if sig:
                    self._signatures[r.document.id] = sig
        for r, new in zip(results, new_flags):
            if not new and r.document.source:
                self.add_source(r.document.id, r.document.source, ref=r.document.ref)
        self.flush()
        return new_flags

    def flush(self) -> None:
        stamp = hashlib.sha1(os.urandom(8)).hexdigest()[:16]
        if self._pending_sources:
            self._write("sources", self._pending_sources, f"s{stamp}", partition=False)
            self._pending_sources = []
        if self._pending_rejected:
            self._write("rejected", self._pending_rejected, f"r{stamp}", partition=False)
            self._pending_rejected = []

    def close(self) -> None:
        self.flush()

    def __enter__(self) -> "ParquetStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- rows and files ---------------------------------------------------------------------
    @staticmethod
    def _rows(r: Result, rows: dict[str, list[dict[str, Any]]], sig: bytes | None, identities: IdentityIndex) -> None:
        d = r.document
        month = _month(d.published)
        rows["documents"].append({**d.to_dict(), "text": d.text, "month": month, "minhash": sig})
        if d.source:
            rows["sources"].append({"document_id": d.id, "source": d.source, "similarity": None, "text_id": None,
                                    "ref": d.ref, "seen_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                                    "month": month})
        base = {"document_id": d.id, "month": month}
        taken: set[str] = set()
        ids: dict[str, str] = {}
        for a in r.actors:
            prof: Profile = profile_of(a.to_dict(), [x.to_dict() for x in r.roles if x.actor == a.id])
            ident, _how = identities.add(a.id, prof, taken=taken)
            taken.add(ident)
            ids[a.id] = ident
        rows["actors"] += [{**base, "actor_id": a.id, "identity": ids[a.id], "name": a.name, "kind": a.kind,
                            "country": a.country, "sector": a.sector, "code": a.code, "wikidata": a.wikidata,
                            "record": _json(a.to_dict())} for a in r.actors]
        rows["events"] += [{**base, "id": e.id, "event": e.event, "mode": e.mode, "date": (e.date["value"] if e.date else None),
                            "modality": e.modality, "negated": e.negated, "cameo": e.cameo,
                            "actor": ";".join(e.actor), "recipient": ";".join(e.recipient), "text": e.text,
                            "record": _json(e.to_dict())} for e in r.events]
        rows["roles"] += [{**base, "actor_id": x.actor, "title": x.title, "status": x.status, "start": x.start,
                           "end": x.end, "record": _json(x.to_dict())} for x in r.roles]
        rows["quotes"] += [{**base, "speaker_id": q.speaker, "text": q.text, "record": _json(q.to_dict())}
                           for q in r.quotes]
        rows["agreements"] += [{**base, "id": g.id, "name": g.name, "date": g.date, "record": _json(g.to_dict())}
                               for g in r.agreements]
        rows["timexes"] += [{**base, "type": t.type, "value": t.value, "record": _json(t.to_dict())} for t in r.timexes]

    def _write(self, table: str, rows: list[dict[str, Any]], batch: str, *, partition: bool = True) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not rows:
            if table != "documents":
                return
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(row.pop("month", "unknown") if partition else "", []).append(row)
        for month, group in groups.items():
            folder = self.dir / table / (f"month={month}" if partition else "")
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"part-{batch}.parquet"
            tmp = path.with_suffix(".tmp")
            pq.write_table(pa.Table.from_pylist(group), tmp)
            os.replace(tmp, path)
