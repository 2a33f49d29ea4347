"""SQLite store: connection, migrations, writes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Result
from ._identities import Identities, event_key, map_record
from ._schema import AFTER, MIGRATIONS

__all__ = ["Store", "open_store", "event_key"]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class Store(Identities):
    """An open newsgraph store. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 30.0) -> None:
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).exists():
                    raise StoreError(f"no store at {self.path}: run 'newsgraph ingest PATH --db {self.path}' first")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                                          check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                          check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._prepare(timeout)
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise StoreError(f"can't open the store {self.path}: another process held it locked for "
                                 f"{timeout:g} s") from None
            raise StoreError(f"can't open the store {self.path}: {exc} (is it a newsgraph SQLite file?)") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"can't open the store {self.path}: {exc} (is it a newsgraph SQLite file?)") from None

    def _prepare(self, timeout: float) -> None:
        """Set the journal mode and migrate (or check the version), waiting for other processes.

        SQLite returns "database is locked" at once, without its busy handler, where two connections
        open a new file together (one switching it to WAL while the other reads it, or a WAL recovery
        under way), so the steps are tried again until the timeout. Each migration is its own
        transaction and checks the version inside it, so a retry never applies one twice.
        """
        deadline = time.monotonic() + timeout
        pause = 0.01
        while True:
            try:
                if not self.readonly:
                    self.db.execute("PRAGMA journal_mode = WAL")
                    self.db.execute("PRAGMA synchronous = NORMAL")
                    self.migrate()
                else:
                    self._check_version()
                return
            except sqlite3.OperationalError as exc:
                if not _locked(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        try:
            row = self.db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0] or 0)

    def _check_version(self) -> None:
        latest = MIGRATIONS[-1][0]
        if self.version < latest:
            raise StoreError(f"the store {self.path} has schema version {self.version}, this newsgraph needs "
                             f"{latest}: open it once for writing (newsgraph ingest) to migrate it")

    def fill_kinds(self) -> int:
        """Read the kind of every stored document that has none (``ingest._kind``: news or opinion) from
        its stored text, title and address, as the pipeline reads it; return how many. Runs inside the
        caller's transaction (the migration's)."""
        from ..ingest._kind import document_kind

        rows = self.db.execute("SELECT id, title, url, text FROM documents WHERE kind IS NULL").fetchall()
        for row in rows:
            kind, _ = document_kind(row["text"], row["title"], row["url"])
            self.db.execute("UPDATE documents SET kind = ? WHERE id = ?", (kind, row["id"]))
        return len(rows)

    def migrate(self) -> list[int]:
        """Apply the migrations not applied yet, each in its own transaction; return their numbers."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        applied: list[int] = []
        for version, description, sql in MIGRATIONS:
            if version <= self.version:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                if version <= self.version:  # another process migrated meanwhile
                    self.db.execute("ROLLBACK")
                    continue
                for statement in sql.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                if version in AFTER:
                    getattr(self, AFTER[version])()
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, _now()))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            applied.append(version)
        if self.version > MIGRATIONS[-1][0]:
            raise StoreError(f"the store {self.path} was written by a newer newsgraph (schema {self.version})")
        return applied

    # -- writes -------------------------------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    def add(self, result: Result) -> bool:
        """Store one document with all its records; True when new, False when already stored."""
        return self.add_many([result])[0]

    def add_many(self, results: Iterable[Result], *, signatures: dict[str, bytes] | None = None) -> list[bool]:
        """Store documents in one transaction (all or nothing); a list of which ones were new.

        ``signatures`` maps document ids to their MinHash signatures (near-duplicate detection)."""
        if self.readonly:
            raise StoreError("this store was opened read-only")
        new: list[bool] = []
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                new.append(self._insert(result))
                sig = (signatures or {}).get(result.document.id)
                if sig is not None and new[-1]:
                    self.db.execute("INSERT OR IGNORE INTO document_minhash VALUES (?, ?)", (result.document.id, sig))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return new

    def add_source(self, document_id: str, source: str, *, similarity: float | None = None,
                   text_id: str | None = None, ref: str | None = None) -> None:
        """Record another place a stored document was read from; a near duplicate carries its similarity
        and the hash of its own text. ``ref``, the input's own id there, joins the document's refs; the
        same text (not a near duplicate) also gives it to a document stored with none."""
        now = _now()
        self.db.execute("INSERT OR IGNORE INTO document_sources(document_id, source, seen_at, similarity, text_id) "
                        "VALUES (?, ?, ?, ?, ?)", (document_id, source, now, similarity, text_id))
        if ref is not None:
            self._add_ref(document_id, ref, source, now, first=text_id is None)

    def _add_ref(self, document_id: str, ref: str, source: str | None, now: str, *, first: bool) -> None:
        """Record a ref of a stored document; with ``first``, it becomes the document's ref where it has
        none (a document stored before refs were kept, or read from standard input): the first ref stays."""
        self.db.execute("INSERT OR IGNORE INTO document_refs(document_id, ref, source, seen_at) VALUES (?, ?, ?, ?)",
                        (document_id, ref, source, now))
        if first:
            self.db.execute("UPDATE documents SET ref = ? WHERE id = ? AND ref IS NULL", (ref, document_id))

    def signatures(self):
        """(document id, MinHash signature) of every stored document that has one."""
        yield from self.db.execute("SELECT document_id, signature FROM document_minhash")

    def reject(self, source: str, reason: str) -> None:
        """Record an input that could not be read (the latest reason per source is kept)."""
        self.db.execute("INSERT INTO rejected(source, reason, rejected_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(source) DO UPDATE SET reason = excluded.reason, rejected_at = excluded.rejected_at",
                        (source, reason, _now()))

    def _insert(self, result: Result) -> bool:
        db = self.db
        d = result.document
        now = _now()
        cur = db.execute(
            "INSERT OR IGNORE INTO documents(id, title, published, published_inferred, url, source, language, text, "
            "ingested_at, kind, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, d.title, d.published, int(d.published_inferred), d.url, d.source, d.language, d.text, now, d.kind,
             d.ref),
        )
        if d.source:
            db.execute("INSERT OR IGNORE INTO document_sources(document_id, source, seen_at) VALUES (?, ?, ?)",
                       (d.id, d.source, now))
            db.execute("DELETE FROM rejected WHERE source = ?", (d.source,))
        if d.ref is not None:  # stored again under another ref: recorded, the first kept
            self._add_ref(d.id, d.ref, d.source, now, first=cur.rowcount == 0)
        if cur.rowcount == 0:
            return False
        ids = self._assign(d.id, [a.to_dict() for a in result.actors], [r.to_dict() for r in result.roles])
        for e in result.events:
            rec = e.to_dict()
            mapped = map_record(rec, ids)
            cur = db.execute(
                "INSERT OR IGNORE INTO events(id, document_id, event_key, event, mode, date, modality, negated, cameo, "
                "text, span_start, span_end, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.id, d.id, event_key(mapped), e.event, e.mode, (e.date["value"] if e.date else None), e.modality, int(e.negated),
                 e.cameo, e.text, e.span[0], e.span[1], _json(rec)),
            )
            if cur.rowcount:
                rowid = cur.lastrowid
                db.executemany("INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)",
                               [(rowid, a, "actor") for a in mapped["actor"]]
                               + [(rowid, r, "recipient") for r in mapped["recipient"]])
        db.executemany(
            'INSERT INTO roles(document_id, actor_id, title, organization, country, start, "end", status, record) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(d.id, ids.get(r.actor, r.actor), r.title, r.organization, r.country, r.start, r.end, r.status,
              _json(r.to_dict())) for r in result.roles],
        )
        db.executemany("INSERT INTO quotes(document_id, speaker_id, text, record) VALUES (?, ?, ?, ?)",
                       [(d.id, ids.get(q.speaker, q.speaker) if q.speaker else None, q.text, _json(q.to_dict()))
                        for q in result.quotes])
        db.executemany("INSERT INTO agreements(id, document_id, name, date, record) VALUES (?, ?, ?, ?, ?)",
                       [(g.id, d.id, g.name, g.date, _json(g.to_dict())) for g in result.agreements])
        db.executemany("INSERT INTO timexes(document_id, type, value, record) VALUES (?, ?, ?, ?)",
                       [(d.id, t.type, t.value, _json(t.to_dict())) for t in result.timexes])
        return True


def open_store(path: str | Path = "newsgraph.db", *, readonly: bool = False) -> Store:
    """Open (creating and migrating if needed) the SQLite store at ``path``."""
    return Store(path, readonly=readonly)
