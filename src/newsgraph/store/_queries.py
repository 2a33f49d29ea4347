"""Read queries over the store. Every value reaches SQL as a parameter, never by string formatting."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

__all__ = ["Queries", "DEFAULT_MODALITIES", "REF_DOCUMENTS", "SHORT_ID"]

DEFAULT_MODALITIES = ("asserted",)

# How many of a document id's 64 hex digits the `documents` table prints and a lookup accepts: with 12
# (48 bits) two of a million documents share a prefix about once in 600 stores; a lookup of a shared
# prefix finds nothing rather than the wrong document.
SHORT_ID = 12
_HEX = re.compile(r"[0-9a-fA-F]+")
# The documents read under a ref (any ref a text was read under): `<document id> IN` this, with the ref
# as its parameter.
REF_DOCUMENTS = "(SELECT document_id FROM document_refs WHERE ref = ?)"


def _snapshot(method):
    """Run a query of several statements in one read transaction: all of them see the same state of the
    store, even while an ingest commits batches (WAL readers never wait for the writer)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        db = self.db
        if db.in_transaction:  # already inside one (a write, or an outer query)
            return method(self, *args, **kwargs)
        db.execute("BEGIN")
        try:
            return method(self, *args, **kwargs)
        finally:
            if db.in_transaction:
                db.execute("COMMIT")

    return wrapper


class Queries:
    """Records come back with their actors as identities (the store's ``actors``), not as the ids their
    document gave them."""

    db: Any  # sqlite3.Connection, set by Store

    def identities_of(self, document_id: str) -> dict[str, str]:
        """The identity of each actor of a document, by its id in the document's records."""
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT local_id, actor_id FROM document_actors WHERE document_id = ?", (document_id,))}

    def _mapped(self, rec: dict[str, Any], document_id: str, cache: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
        """A record of a document with its actor ids replaced by their identities."""
        from ._identities import map_record

        if cache is None:
            return map_record(rec, self.identities_of(document_id))
        if document_id not in cache:
            cache[document_id] = self.identities_of(document_id)
        return map_record(rec, cache[document_id])

    # -- documents and counts -----------------------------------------------------------------
    @_snapshot
    def counts(self) -> dict[str, int]:
        tables = ("documents", "actors", "events", "roles", "quotes", "agreements", "timexes", "rejected")
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608 (fixed names)

    def documents(self, *, ref: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents without their text, by date; with ``ref``, those read under that ref (a text
        stored again under another ref keeps its first as ``ref``: every ref it was read under counts)."""
        sql = ("SELECT id, ref, title, published, published_inferred, url, source, language, kind, ingested_at "
               "FROM documents")
        args: list[Any] = []
        if ref is not None:
            sql += " WHERE id IN " + REF_DOCUMENTS
            args.append(ref)
        rows = self.db.execute(sql + " ORDER BY published, id LIMIT ? OFFSET ?", (*args, limit, offset))
        return [dict(r) for r in rows]

    @_snapshot
    def document(self, document_id: str) -> dict[str, Any] | None:
        """One document with its text, and ``refs``: every ref it was read under, the first (its ``ref``)
        first. ``document_id`` may be the id's first characters (at least :data:`SHORT_ID`, as the
        ``documents`` table prints them) where no other stored id begins with them."""
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None and SHORT_ID <= len(document_id) < 64 and _HEX.fullmatch(document_id):
            # hex digits only, so the prefix needs no LIKE escaping; two rows mean it is ambiguous
            found = self.db.execute("SELECT * FROM documents WHERE id LIKE ? LIMIT 2",
                                    (document_id.lower() + "%",)).fetchall()
            row = found[0] if len(found) == 1 else None
        if row is None:
            return None
        out = dict(row)
        out["refs"] = [r[0] for r in self.db.execute(
            "SELECT ref FROM document_refs WHERE document_id = ? ORDER BY ref IS NOT ?, seen_at, rowid",
            (out["id"], out.get("ref")))]
        return out

    def refs(self) -> dict[str, str | None]:
        """The ref of every stored document (the first it was read under, or None), by document id."""
        return {r[0]: r[1] for r in self.db.execute("SELECT id, ref FROM documents")}

    def rejected(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT source, reason, rejected_at FROM rejected ORDER BY source")]

    # -- actors -------------------------------------------------------------------------------
    @_snapshot
    def actor(self, actor_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["aliases"] = [r[0] for r in self.db.execute("SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))]
        out["documents"] = self.db.execute("SELECT COUNT(*) FROM document_actors WHERE actor_id = ?", (actor_id,)).fetchone()[0]
        return out

    def actor_documents(self, actor_id: str) -> list[dict[str, Any]]:
        """Every document an identity is read in, newest first: the document and the name it was read as."""
        rows = self.db.execute(
            "SELECT d.id, d.ref, d.title, d.published, d.url, d.source, da.record, da.merged_by FROM document_actors da "
            "JOIN documents d ON d.id = da.document_id WHERE da.actor_id = ? ORDER BY d.published DESC, d.id", (actor_id,))
        out = []
        for r in rows.fetchall():
            row = {k: r[k] for k in ("id", "ref", "title", "published", "url", "source", "merged_by")}
            rec = json.loads(r["record"])
            row.update(name=rec.get("name"), mentions=rec.get("mentions"))
            out.append(row)
        return out

    def find_actors(self, query: str) -> list[str]:
        """Actor ids for a name: exact id or alias first, else a case-insensitive substring of a name or alias."""
        query = query.strip()
        exact = [r[0] for r in self.db.execute(
            "SELECT id FROM actors WHERE id = ? UNION SELECT actor_id FROM actor_aliases WHERE alias = ?", (query, query))]
        if exact:
            return exact
        like = f"%{query}%"
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias LIKE ? ORDER BY actor_id", (like,))]

    @_snapshot
    def actors(self, *, query: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        sql = ("SELECT a.*, (SELECT COUNT(*) FROM document_actors d WHERE d.actor_id = a.id) AS documents, "
               "(SELECT COALESCE(SUM(mentions), 0) FROM document_actors d WHERE d.actor_id = a.id) AS mentions FROM actors a")
        args: list[Any] = []
        if query:
            sql += " WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE alias LIKE ?)"
            args.append(f"%{query}%")
        sql += " ORDER BY mentions DESC, a.id LIMIT ? OFFSET ?"
        return [dict(r) for r in self.db.execute(sql, (*args, limit, offset))]

    def _names(self, ids: list[str]) -> list[str]:
        out = []
        for i in ids:
            row = self.db.execute("SELECT name FROM actors WHERE id = ?", (i,)).fetchone()
            out.append(row[0] if row else i)
        return out

    # -- events -------------------------------------------------------------------------------
    @_snapshot
    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        event: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modalities: tuple[str, ...] | None = DEFAULT_MODALITIES,
        negated: bool | None = False,
        limit: int = 1000,
        offset: int = 0,
        min_confidence: float | None = None,
        kind: str | None = None,
        ref: str | None = None,
    ) -> list[dict[str, Any]]:
        """Real events (one per event key, with the count of documents reporting it), oldest first.

        By default only asserted, non-negated events: pass ``modalities=None, negated=None`` for all.
        ``actor`` and ``recipient`` take a name or id; ``actor`` alone matches either side. ``kind``
        ("news" or "opinion") keeps the reports of documents of that kind only; ``ref`` the reports of the
        documents read under that ref (the input's own id). Each event carries its first report's
        ``document`` and that document's ``ref``.
        """
        where: list[str] = []
        args: list[Any] = []
        for value, roles in ((actor, ("actor", "recipient") if recipient is None else ("actor",)),
                             (recipient, ("recipient",))):
            if value is None:
                continue
            ids = self.find_actors(value)
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            role_marks = ",".join("?" * len(roles))
            where.append(f"e.rowid IN (SELECT event_rowid FROM event_participants WHERE actor_id IN ({marks}) "
                         f"AND role IN ({role_marks}))")
            args += [*ids, *roles]
        if event:
            where.append("e.event = ?")
            args.append(event.upper())
        if since:
            where.append("e.date >= ?")
            args.append(since)
        if until:
            where.append("substr(e.date, 1, ?) <= ?")
            args += [len(until), until]
        if min_confidence:
            where.append("json_extract(e.record, '$.confidence') >= ?")
            args.append(min_confidence)
        if kind:
            where.append("e.document_id IN (SELECT id FROM documents WHERE kind = ?)")
            args.append(kind)
        if ref is not None:
            where.append("e.document_id IN " + REF_DOCUMENTS)
            args.append(ref)
        if modalities:
            where.append(f"e.modality IN ({','.join('?' * len(modalities))})")
            args += list(modalities)
        if negated is not None:
            where.append("e.negated = ?")
            args.append(int(negated))
        # Sources: every place a reporting document was read from (near duplicates included), at least one each.
        # a date known only by a bound ("before 2021-10-19") sorts at the day it names
        sql = ("SELECT e.event_key, MIN(e.rowid) AS first, "
               "MIN(COALESCE(e.date, json_extract(e.record, '$.date.end'), json_extract(e.record, '$.date.start'))) AS sort_date, "
               "(SELECT SUM(MAX(1, (SELECT COUNT(*) FROM document_sources s WHERE s.document_id = r.document_id))) "
               " FROM (SELECT DISTINCT document_id FROM events WHERE event_key = e.event_key) r) AS num_sources "
               "FROM events e")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " GROUP BY e.event_key ORDER BY sort_date IS NULL, sort_date, first LIMIT ? OFFSET ?"
        out = []
        cache: dict[str, dict[str, str]] = {}
        for row in self.db.execute(sql, (*args, limit, offset)).fetchall():
            first = self.db.execute("SELECT e.record, e.document_id, d.ref, d.published, d.title, d.url, d.source "
                                    "FROM events e JOIN documents d ON d.id = e.document_id WHERE e.rowid = ?",
                                    (row["first"],)).fetchone()
            rec = self._mapped(json.loads(first["record"]), first["document_id"], cache)
            rec["key"] = row["event_key"]
            rec["document"] = first["document_id"]
            rec["ref"] = first["ref"]
            rec["published"] = first["published"]
            rec["num_sources"] = row["num_sources"]
            rec["actor_names"] = self._names(rec.get("actor") or [])
            rec["recipient_names"] = self._names(rec.get("recipient") or [])
            out.append(rec)
        return out

    @_snapshot
    def event_sources(self, key: str) -> list[dict[str, Any]]:
        """Every report of one real event: the document and its sentence."""
        rows = self.db.execute("SELECT e.record, d.id AS document, d.ref, d.title, d.published, d.url, d.source, "
                               "(SELECT group_concat(s.source, '\n') FROM document_sources s WHERE s.document_id = d.id) AS sources "
                               "FROM events e "
                               "JOIN documents d ON d.id = e.document_id WHERE e.event_key = ? ORDER BY d.published, d.id",
                               (key,))
        out = []
        cache: dict[str, dict[str, str]] = {}
        for r in rows:
            rec = self._mapped(json.loads(r["record"]), r["document"], cache)
            out.append({"document": r["document"], "ref": r["ref"], "title": r["title"], "published": r["published"],
                        "url": r["url"],
                        "source": r["source"], "sources": (r["sources"] or "").split("\n") if r["sources"] else [],
                        "event": rec})
        return out

    def timeline(self, actor: str, *, modalities: tuple[str, ...] | None = None, negated: bool | None = None,
                 limit: int = 1000, kind: str | None = None, ref: str | None = None) -> list[dict[str, Any]]:
        """An actor's events, as actor or recipient, in date order; every modality unless narrowed."""
        return self.events(actor=actor, modalities=modalities, negated=negated, limit=limit, kind=kind, ref=ref)

    # -- roles, quotes, agreements ------------------------------------------------------------
    @_snapshot
    def roles(self, actor: str | None = None, *, ref: str | None = None, limit: int = 10000,
              offset: int = 0) -> list[dict[str, Any]]:
        """Roles by their start (or end, or the report's date), of one person (a name or an actor id) or of
        all; with ``ref``, only those the documents read under that ref report."""
        sql = "SELECT r.record, r.document_id, d.ref, d.published FROM roles r JOIN documents d ON d.id = r.document_id"
        where = self._actor_filter("r.actor_id", actor, ref=ref)
        if where is None:
            return []
        sql += where[0]
        args = where[1]
        sql += ' ORDER BY COALESCE(r.start, r."end", d.published), r.id LIMIT ? OFFSET ?'
        return [self._with_doc(r) for r in self.db.execute(sql, (*args, limit, offset))]

    @_snapshot
    def who(self, title: str, *, on: str, country: str | None = None, use_kb: bool = True) -> dict[str, Any]:
        """Who held an office on a date (YYYY-MM-DD): the holders ranked by the evidence of the reports
        and, unless ``use_kb`` is false, of the knowledge base's dated terms; the reports behind the
        answer and those against it, the knowledge base's answer beside it (see :mod:`newsgraph.store._who`).
        Raises :class:`~newsgraph.errors.QueryError` for an impossible date or an unknown country."""
        from ._who import answer_who

        return answer_who(self, title, on=on, country=country, use_kb=use_kb)

    @_snapshot
    def quotes(self, speaker: str | None = None, *, beliefs: bool = False, ref: str | None = None,
               limit: int = 10000, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes by date, of one speaker (a name or an actor id) or of all: statements, what someone
        said or wrote; with ``beliefs``, also the questions asked or left open, requests and what the text
        says someone believes, found or intends (each quote's ``attitude``). A quote stored before attitudes were read is a statement.
        With ``ref``, only the quotes of the documents read under that ref."""
        sql = "SELECT q.record, q.document_id, d.ref, d.published FROM quotes q JOIN documents d ON d.id = q.document_id"
        where = self._actor_filter("q.speaker_id", speaker, ref=ref)
        if where is None:
            return []
        sql += where[0]
        args = where[1]
        if not beliefs:
            sql += (" AND" if where[0] else " WHERE") + \
                " COALESCE(json_extract(q.record, '$.attitude'), 'statement') = 'statement'"
        sql += " ORDER BY d.published, q.id LIMIT ? OFFSET ?"
        return [self._with_doc(r) for r in self.db.execute(sql, (*args, limit, offset))]

    @_snapshot
    def agreements(self, *, links: bool = True, ref: str | None = None, limit: int = 1000,
                   offset: int = 0) -> list[dict[str, Any]]:
        """Agreements with their commitments; with ``links``, each commitment carries the events since
        that touch it (``commitment["events"]``, each with the reason it was linked), from every document;
        with ``ref``, only the agreements the documents read under that ref report."""
        from ._links import commitment_links

        where, args = (" WHERE d.id IN " + REF_DOCUMENTS, [ref]) if ref is not None else ("", [])
        rows = self.db.execute("SELECT g.record, g.document_id, d.ref, d.published FROM agreements g "
                               "JOIN documents d ON d.id = g.document_id" + where
                               + " ORDER BY COALESCE(g.date, d.published), g.rowid LIMIT ? OFFSET ?", (*args, limit, offset))
        out = [self._with_doc(r) for r in rows]
        if links:
            for agreement in out:
                candidates: dict[str, dict[str, Any]] = {}
                for party in agreement.get("parties") or []:
                    for e in self.events(actor=party, limit=500):
                        candidates.setdefault(e["key"], e)
                names: set[str] = set()
                for e in candidates.values():
                    for n in (e.get("actor_names") or []) + (e.get("recipient_names") or []):
                        names.update(n.lower().split())
                for party in agreement.get("parties") or []:
                    for alias in self.db.execute("SELECT alias FROM actor_aliases WHERE actor_id = ?", (party,)):
                        names.update(alias[0].lower().replace("-", " ").split())
                commitment_links(agreement, list(candidates.values()), names=names)
        return out

    def _actor_filter(self, column: str, name: str | None, *, ref: str | None = None) -> tuple[str, list[Any]] | None:
        """A WHERE clause restricting ``column`` to the actors a name matches and, with ``ref``, the
        documents (joined as ``d``) to those read under that ref ('' when neither is given); None when the
        name matches no actor, so the query can answer nothing at once."""
        clauses: list[str] = []
        args: list[Any] = []
        if name:
            ids = self.find_actors(name)
            if not ids:
                return None
            clauses.append(f"{column} IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        if ref is not None:
            clauses.append("d.id IN " + REF_DOCUMENTS)
            args.append(ref)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    def _with_doc(self, row: Any) -> dict[str, Any]:
        rec = self._mapped(json.loads(row["record"]), row["document_id"])
        rec["document"] = row["document_id"]
        rec["ref"] = row["ref"]
        rec["published"] = row["published"]
        for key in ("actor", "speaker"):
            if key in rec and isinstance(rec[key], str):
                rec[f"{key}_name"] = self._names([rec[key]])[0]
        if "parties" in rec:
            rec["party_names"] = self._names(rec["parties"])
        return rec

    # -- export -------------------------------------------------------------------------------
    def table_rows(self, table: str) -> list[dict[str, Any]]:
        """All rows of one table of the store (for export)."""
        allowed = {"documents", "document_sources", "document_refs", "actors", "actor_aliases", "document_actors",
                   "actor_splits",
                   "events", "event_participants", "roles", "quotes", "agreements", "timexes", "rejected"}
        if table not in allowed:
            raise ValueError(f"unknown table {table!r}")
        return [dict(r) for r in self.db.execute(f"SELECT * FROM {table}")]  # noqa: S608 (name checked above)
