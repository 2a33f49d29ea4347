"""The SQLite store's identities: which identity (a row of ``actors``) each document's actor record
joins, the user's splits, and the rebuild that assigns every stored record again.

``document_actors`` maps each (document, local id) to its identity and is the one source of truth: the
identity columns of ``event_participants``, ``roles`` and ``quotes`` and the ``event_key`` of events
are derived from it and the records, and :meth:`Identities._derive` writes them again after a change.
The records themselves keep the ids their document gave them; queries translate them (see _queries).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from ..errors import StoreError
from ..time._period import date_label
from ._identity import Profile, fresh_id, merge_reason, profile_of
from ._queries import Queries

__all__ = ["Identities", "map_record", "event_key"]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def event_key(event: dict[str, Any]) -> str:
    """One real-world event: same PLOVER type and mode, same actors and recipients, same date (a date
    known only by a bound, "before 2021-10-19", is that bound: reports of different days stay apart;
    the event's ids must be identities: see :func:`map_record`)."""
    date = date_label(event.get("date")) or ""
    parts = [event.get("event") or "", event.get("mode") or "", ",".join(sorted(event.get("actor") or [])),
             ",".join(sorted(event.get("recipient") or [])), date, str(bool(event.get("negated"))),
             event.get("modality") or ""]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def map_record(rec: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """A copy of an event, role, quote or agreement record with its document's actor ids replaced by
    their identities (an id the document does not map stays as it is)."""
    out = dict(rec)
    for key in ("actor", "recipient", "parties"):
        if isinstance(out.get(key), list):
            out[key] = [ids.get(i, i) for i in out[key]]
    for key in ("actor", "speaker"):
        if isinstance(out.get(key), str):
            out[key] = ids.get(out[key], out[key])
    if isinstance(out.get("commitments"), list):
        out["commitments"] = [{**c, "party": ids.get(c["party"], c["party"])}
                              if isinstance(c, dict) and isinstance(c.get("party"), str) else c
                              for c in out["commitments"]]
    return out


class Identities(Queries):
    readonly: bool  # set by Store

    # -- reading ----------------------------------------------------------------------------------
    def merged_actors(self, *, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
        """Identities that hold records of more than one document, most documents first: how their
        records joined (wikidata, name, user) and the names they were read as."""
        rows = self.db.execute(
            "SELECT a.id, a.name, a.kind, a.country, a.wikidata, COUNT(*) AS documents, "
            "group_concat(DISTINCT d.merged_by) AS merged_by FROM actors a JOIN document_actors d ON d.actor_id = a.id "
            "GROUP BY a.id HAVING COUNT(*) > 1 ORDER BY documents DESC, a.id LIMIT ? OFFSET ?", (limit, offset))
        out = []
        for r in rows.fetchall():
            row = dict(r)
            row["names"] = [x[0] for x in self.db.execute(
                "SELECT DISTINCT json_extract(record, '$.name') AS name FROM document_actors WHERE actor_id = ? "
                "ORDER BY name", (row["id"],))]
            out.append(row)
        return out

    def actor_records(self, actor_id: str) -> list[dict[str, Any]]:
        """The document records an identity holds, in the order they joined it: the document, the
        record's own id, name, kind, country and Wikidata id, and how it joined."""
        rows = self.db.execute(
            "SELECT da.document_id AS document, doc.ref, doc.title, doc.published, da.local_id, da.record, da.merged_by "
            "FROM document_actors da JOIN documents doc ON doc.id = da.document_id WHERE da.actor_id = ? "
            "ORDER BY da.rowid", (actor_id,))
        out = []
        for r in rows.fetchall():
            rec = json.loads(r["record"])
            out.append({"document": r["document"], "ref": r["ref"], "title": r["title"], "published": r["published"],
                        "local_id": r["local_id"], "name": rec.get("name"), "kind": rec.get("kind"),
                        "country": rec.get("country"), "wikidata": rec.get("wikidata"),
                        "mentions": rec.get("mentions"), "merged_by": r["merged_by"]})
        return out

    # -- assigning ----------------------------------------------------------------------------
    def _assign(self, document_id: str, actors: Iterable[dict[str, Any]],
                roles: Iterable[dict[str, Any]]) -> dict[str, str]:
        """Give each actor record of one document an identity and store the record; return the map
        from the document's ids to the identities."""
        roles = list(roles)
        ids: dict[str, str] = {}
        for rec in actors:
            local = rec["id"]
            prof = profile_of(rec, [r for r in roles if r.get("actor") == local])
            ident, how = self._decided(document_id, local, set(ids.values()))
            if ident is None:
                ident, how = self._match(prof, set(ids.values()))
            if ident is None or not self._exists(ident):
                ident = ident or fresh_id(local, self._exists)
                self.db.execute("INSERT INTO actors(id, name, kind, country, sector, code, wikidata) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)", (ident, rec.get("name") or local, rec.get("kind"),
                                                                rec.get("country"), rec.get("sector"), rec.get("code"),
                                                                rec.get("wikidata")))
            else:
                self.db.execute(
                    "UPDATE actors SET kind = COALESCE(kind, ?), country = COALESCE(country, ?), "
                    "sector = COALESCE(sector, ?), code = COALESCE(code, ?), wikidata = COALESCE(wikidata, ?) WHERE id = ?",
                    (rec.get("kind"), rec.get("country"), rec.get("sector"), rec.get("code"), rec.get("wikidata"), ident))
            self.db.execute(
                "INSERT INTO document_actors(document_id, local_id, actor_id, mentions, record, name_key, wikidata, merged_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(document_id, local_id) DO UPDATE SET actor_id = excluded.actor_id, "
                "name_key = excluded.name_key, wikidata = excluded.wikidata, merged_by = excluded.merged_by",
                (document_id, local, ident, rec.get("mentions") or 0, json.dumps(rec, ensure_ascii=False, separators=(",", ":")),
                 prof.match_key(), prof.wikidata, how))
            self.db.executemany("INSERT OR IGNORE INTO actor_aliases VALUES (?, ?)",
                                [(ident, alias) for alias in {rec.get("name") or local, *(rec.get("aliases") or [])}])
            self.db.execute("INSERT OR IGNORE INTO actor_names VALUES (?, ?)", (prof.match_key(), ident))
            ids[local] = ident
        return ids

    def _exists(self, ident: str) -> bool:
        return self.db.execute("SELECT 1 FROM actors WHERE id = ?", (ident,)).fetchone() is not None

    def _decided(self, document_id: str, local: str, taken: set[str]) -> tuple[str | None, str | None]:
        row = self.db.execute("SELECT actor_id FROM actor_splits WHERE document_id = ? AND local_id = ?",
                              (document_id, local)).fetchone()
        if row is None or row[0] in taken:
            return None, None
        return row[0], "user"

    def _match(self, prof: Profile, taken: set[str]) -> tuple[str | None, str | None]:
        """The identity the rule gives a record: by Wikidata id first, else the oldest by name."""
        key = prof.match_key()
        found: list[str] = []
        if prof.wikidata:
            found += [r[0] for r in self.db.execute("SELECT id FROM actors WHERE wikidata = ? ORDER BY rowid",
                                                    (prof.wikidata,))]
        found += [r[0] for r in self.db.execute(
            "SELECT a.id FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.name_key = ? ORDER BY a.rowid",
            (key,))]
        for ident in dict.fromkeys(found):
            if ident in taken:
                continue
            row = self.db.execute("SELECT name, kind, country, wikidata FROM actors WHERE id = ?", (ident,)).fetchone()
            # reached by name, the identity holds a record of this name; by Wikidata id, the ids decide
            identity = Profile(name=row[0], kind=row[1], country=row[2], wikidata=row[3], names=frozenset({key}))
            reason = merge_reason(prof, identity)
            if reason == "name" and prof.roles:  # then the roles must not conflict (read only now: costly)
                identity.roles = frozenset((str(r[0]).lower(), r[1], r[2], r[3]) for r in self.db.execute(
                    "SELECT title, country, organization, status FROM roles WHERE actor_id = ?", (ident,)))
                reason = merge_reason(prof, identity)
            if reason:
                return ident, reason
        return None, None

    def _derive(self, document_id: str) -> None:
        """Write the identity columns of one document's events, participants, roles and quotes again
        from its records and its map of identities."""
        ids = self.identities_of(document_id)
        for rowid, record in self.db.execute("SELECT rowid, record FROM events WHERE document_id = ?",
                                             (document_id,)).fetchall():
            rec = map_record(json.loads(record), ids)
            self.db.execute("UPDATE events SET event_key = ? WHERE rowid = ?", (event_key(rec), rowid))
            self.db.execute("DELETE FROM event_participants WHERE event_rowid = ?", (rowid,))
            self.db.executemany("INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)",
                                [(rowid, a, "actor") for a in rec.get("actor") or []]
                                + [(rowid, r, "recipient") for r in rec.get("recipient") or []])
        for table, column, key in (("roles", "actor_id", "actor"), ("quotes", "speaker_id", "speaker")):
            for rowid, record in self.db.execute(f"SELECT id, record FROM {table} WHERE document_id = ?",  # noqa: S608 (fixed names)
                                                 (document_id,)).fetchall():
                local = json.loads(record).get(key)
                self.db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?",  # noqa: S608 (fixed names)
                                (ids.get(local, local) if local is not None else None, rowid))

    def _refresh(self, actor_id: str) -> None:
        """An identity's name, kind, country, sector, code, Wikidata id and aliases made again from the
        records it holds (the first record's name, the first value each other field has); an identity
        that holds none is removed."""
        records = [json.loads(r[0]) for r in self.db.execute(
            "SELECT record FROM document_actors WHERE actor_id = ? ORDER BY rowid", (actor_id,))]
        self.db.execute("DELETE FROM actor_aliases WHERE actor_id = ?", (actor_id,))
        self.db.execute("DELETE FROM actor_names WHERE actor_id = ?", (actor_id,))
        self.db.execute("INSERT INTO actor_names SELECT DISTINCT name_key, actor_id FROM document_actors WHERE actor_id = ?",
                        (actor_id,))
        if not records:
            self.db.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
            return

        def first(key: str) -> Any:
            return next((r.get(key) for r in records if r.get(key)), None)

        self.db.execute("UPDATE actors SET name = ?, kind = ?, country = ?, sector = ?, code = ?, wikidata = ? WHERE id = ?",
                        (records[0].get("name") or actor_id, first("kind"), first("country"), first("sector"),
                         first("code"), first("wikidata"), actor_id))
        aliases = {a for r in records for a in [r.get("name"), *(r.get("aliases") or [])] if a}
        self.db.executemany("INSERT OR IGNORE INTO actor_aliases VALUES (?, ?)", [(actor_id, a) for a in aliases])

    # -- the user's splits ----------------------------------------------------------------------
    def split_actor(self, actor_id: str, *, documents: Iterable[str] | None = None) -> list[str]:
        """Undo a merge: the records of ``documents`` (document ids or unique prefixes of them) leave
        the identity together, into one new identity; without ``documents``, every record but the
        first becomes an identity of its own. The decision is recorded, so that the records go where
        the user put them even when their documents are stored again. Returns the new identities."""
        if self.readonly:
            raise StoreError("this store was opened read-only")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            created = self._split(actor_id, documents)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return created

    def _split(self, actor_id: str, documents: Iterable[str] | None) -> list[str]:
        records = self.db.execute("SELECT document_id, local_id, record FROM document_actors WHERE actor_id = ? "
                                  "ORDER BY rowid", (actor_id,)).fetchall()
        if not records:
            raise StoreError(f"no actor with id {actor_id!r}: 'newsgraph actors merged' lists the merged ones")
        if len(records) < 2:
            raise StoreError(f"the actor {actor_id!r} holds the record of one document only: nothing to split")
        if documents is None:
            groups = [[r] for r in records[1:]]
        else:
            wanted = [d.strip() for d in documents if d.strip()]
            chosen = []
            for prefix in wanted:
                hits = [r for r in records if r[0].startswith(prefix)]
                if len(hits) != 1:
                    raise StoreError(f"document {prefix!r} matches {len(hits)} of the documents of {actor_id!r} "
                                     f"(see 'newsgraph actors merged {actor_id}')")
                chosen += [h for h in hits if h not in chosen]
            if not chosen:
                raise StoreError("name at least one document to split off")
            if len(chosen) == len(records):
                raise StoreError(f"every document of {actor_id!r} was named: nothing would stay")
            groups = [chosen]
        created = []
        now = _now()
        for group in groups:
            first = json.loads(group[0][2])
            ident = fresh_id(first.get("id") or actor_id, self._exists)
            if ident == actor_id:
                ident = fresh_id(actor_id, self._exists)
            self.db.execute("INSERT INTO actors(id, name) VALUES (?, ?)", (ident, first.get("name") or ident))
            for document_id, local, _record in group:
                self.db.execute("UPDATE document_actors SET actor_id = ?, merged_by = 'user' "
                                "WHERE document_id = ? AND local_id = ?", (ident, document_id, local))
                self.db.execute("INSERT INTO actor_splits VALUES (?, ?, ?, ?, ?) ON CONFLICT(document_id, local_id) "
                                "DO UPDATE SET actor_id = excluded.actor_id, split_from = excluded.split_from, "
                                "decided_at = excluded.decided_at", (document_id, local, ident, actor_id, now))
            self._refresh(ident)
            created.append(ident)
        self._refresh(actor_id)
        for document_id in dict.fromkeys(r[0] for g in groups for r in g):
            self._derive(document_id)
        return created

    # -- the rebuild ------------------------------------------------------------------------------
    def rebuild_identities(self) -> int:
        """Assign every stored record an identity again, document by document in the order they were
        stored (the user's splits hold); return the number of identities. Runs inside the caller's
        transaction (the migration's)."""
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        self.db.execute("DELETE FROM actor_aliases")
        self.db.execute("DELETE FROM actor_names")
        # placeholders unique within each document while its records wait for their identity
        self.db.execute("UPDATE document_actors SET actor_id = '~' || document_id || '/' || local_id, "
                        "name_key = '', merged_by = NULL")
        self.db.execute("DELETE FROM actors")
        documents = [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY ingested_at, rowid")]
        for document_id in documents:
            records = [json.loads(r[0]) for r in self.db.execute(
                "SELECT record FROM document_actors WHERE document_id = ? ORDER BY rowid", (document_id,))]
            roles = [json.loads(r[0]) for r in self.db.execute("SELECT record FROM roles WHERE document_id = ?",
                                                               (document_id,))]
            self._assign(document_id, records, roles)
            self._derive(document_id)
        return int(self.db.execute("SELECT COUNT(*) FROM actors").fetchone()[0])
