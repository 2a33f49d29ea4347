"""What the pages and the API show, built from store queries (or from a fresh Result) as plain dicts.

No web imports here. ``search`` and ``document_events`` run their own parameterised SQL on the
read-only connection until the store offers them (see docs/web.md).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..records import Result
from ..store import event_key
from ..store._queries import REF_DOCUMENTS
from ._highlight import segments

__all__ = ["actor_info", "highlighted", "dyads", "search", "document_events", "agreement_links",
           "result_views", "num_sources", "MODALITIES"]

MODALITIES = ("asserted", "reported", "future", "hypothetical", "historical")


def actor_info(store: Any, ids: list[str], cache: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """[{id, name, aliases}] for actor ids (an id not in the store keeps its id as name)."""
    cache = {} if cache is None else cache
    out = []
    for i in ids or []:
        if i not in cache:
            row = store.actor(i)
            cache[i] = ({"id": i, "name": row["name"], "aliases": row.get("aliases") or [], "known": True} if row
                        else {"id": i, "name": i, "aliases": [], "known": False})
        out.append(cache[i])
    return out


def _names(info: list[dict[str, Any]]) -> list[str]:
    names: list[str] = []
    for a in info:
        names += [a["name"], *a["aliases"]]
    return names


def highlighted(event: dict[str, Any], actors: list[dict[str, Any]], recipients: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The event's sentence as segments with actor, recipient, trigger and date marked."""
    span = event.get("span") or [None]
    return segments(
        event.get("text") or "",
        sentence_start=span[0] if span else None,
        actors=_names(actors),
        recipients=_names(recipients),
        trigger=event.get("trigger"),
        date_text=(event.get("date") or {}).get("text"),
    )


def dyads(events: list[dict[str, Any]], actor_id: str, names: dict[str, str]) -> list[dict[str, Any]]:
    """The actor's counterparts, most frequent first: [{id, name, total, as_actor, as_recipient, types}]."""
    table: dict[str, dict[str, Any]] = {}
    for ev in events:
        actors, recipients = ev.get("actor") or [], ev.get("recipient") or []
        if actor_id in actors:
            pairs = [(c, "as_actor") for c in recipients if c != actor_id]
            pairs += [(c, "as_actor") for c in actors if c != actor_id]  # co-actors
        elif actor_id in recipients:
            pairs = [(c, "as_recipient") for c in actors if c != actor_id]
        else:
            pairs = []
        for other, side in pairs:
            row = table.setdefault(other, {"id": other, "name": names.get(other, other), "total": 0,
                                           "as_actor": 0, "as_recipient": 0, "types": Counter()})
            row["total"] += 1
            row[side] += 1
            row["types"][ev.get("event") or "?"] += 1
    rows = sorted(table.values(), key=lambda r: (-r["total"], r["name"]))
    for r in rows:
        r["types"] = ", ".join(f"{t} {n}" for t, n in r["types"].most_common())
    return rows


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(store: Any, q: str, *, limit: int = 50) -> dict[str, Any]:
    """Actors (by name or alias), role titles, documents (title or text), event sentences and quotes
    matching ``q``, each with its total count. Every value is a parameter."""
    db = store.db
    like = _like(q)
    esc = " ESCAPE '\\'"
    out: dict[str, Any] = {}
    out["actors_count"] = db.execute(
        "SELECT COUNT(DISTINCT actor_id) FROM actor_aliases WHERE alias LIKE ?" + esc, (like,)).fetchone()[0]
    ids = [r[0] for r in db.execute(
        "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias LIKE ?" + esc + " ORDER BY actor_id", (like,))]
    actors = [a for a in (store.actor(i) for i in ids) if a]
    out["actors"] = sorted(actors, key=lambda a: -int(a.get("documents") or 0))[:limit]
    out["roles_count"] = db.execute("SELECT COUNT(*) FROM roles WHERE title LIKE ?" + esc, (like,)).fetchone()[0]
    out["roles"] = [store._with_doc(r) for r in db.execute(
        "SELECT r.record, r.document_id, d.ref, d.published FROM roles r JOIN documents d ON d.id = r.document_id "
        "WHERE r.title LIKE ?" + esc + " ORDER BY r.title, d.published LIMIT ?", (like, limit))]
    # a document also by a ref it was read under, the whole ref (a story id typed in the box)
    matches = ("title LIKE ?" + esc + " OR text LIKE ?" + esc
               + " OR id IN " + REF_DOCUMENTS)
    out["documents_count"] = db.execute(
        "SELECT COUNT(*) FROM documents WHERE " + matches, (like, like, q)).fetchone()[0]
    out["documents"] = [dict(r) for r in db.execute(
        "SELECT id, ref, title, published, source, url FROM documents WHERE " + matches
        + " ORDER BY published DESC, id LIMIT ?", (like, like, q, limit))]
    out["events_count"] = db.execute(
        "SELECT COUNT(DISTINCT event_key) FROM events WHERE text LIKE ?" + esc, (like,)).fetchone()[0]
    keys = [r[0] for r in db.execute(
        "SELECT event_key, MIN(date) AS d FROM events WHERE text LIKE ?" + esc
        + " GROUP BY event_key ORDER BY d IS NULL, d LIMIT ?", (like, limit))]
    out["events"] = [_event_from_sources(store, k) for k in keys]
    out["events"] = [e for e in out["events"] if e]
    out["quotes_count"] = db.execute("SELECT COUNT(*) FROM quotes WHERE text LIKE ?" + esc, (like,)).fetchone()[0]
    out["quotes"] = [store._with_doc(r) for r in db.execute(
        "SELECT q.record, q.document_id, d.ref, d.published FROM quotes q JOIN documents d ON d.id = q.document_id "
        "WHERE q.text LIKE ?" + esc + " ORDER BY d.published, q.id LIMIT ?", (like, limit))]
    return out


def num_sources(sources: list[dict[str, Any]]) -> int:
    """How many sources reported an event: every place each reporting document was read from, at least one
    per document (the store's definition of num_sources)."""
    per_doc: dict[str, int] = {}
    for s in sources:
        per_doc[s["document"]] = max(1, len(s.get("sources") or []))
    return sum(per_doc.values())


def _event_from_sources(store: Any, key: str) -> dict[str, Any] | None:
    sources = store.event_sources(key)
    if not sources:
        return None
    rec = dict(sources[0]["event"])
    rec.update(key=key, document=sources[0]["document"], published=sources[0]["published"],
               num_sources=num_sources(sources))
    return rec


def document_events(store: Any, document_id: str) -> list[dict[str, Any]]:
    """The events read from one document, in text order, each with its key."""
    rows = store.db.execute("SELECT event_key FROM events WHERE document_id = ? ORDER BY span_start, rowid",
                            (document_id,)).fetchall()
    out = []
    for (key,) in rows:
        for s in store.event_sources(key):
            if s["document"] == document_id:
                rec = dict(s["event"])
                rec.update(key=key, document=document_id, published=s["published"],
                           num_sources=num_sources(store.event_sources(key)))
                out.append(rec)
                break
    return out


def agreement_links(store: Any, agreement: dict[str, Any], *, limit: int = 50) -> dict[str, Any]:
    """Events after the agreement's date involving each commitment's party (the store keeps no
    commitment-to-event links yet, so these are labelled as the parties' later events)."""
    since = agreement.get("date") or agreement.get("published")
    by_party: dict[str, list[dict[str, Any]]] = {}
    parties = list(agreement.get("parties") or [])
    parties += [c.get("party") for c in agreement.get("commitments") or [] if c.get("party") not in parties]
    for party in parties:
        if party:
            by_party[party] = store.events(actor=party, since=since, modalities=None, negated=None, limit=limit)
    return {"since": since, "by_party": by_party}


def result_views(result: Result) -> dict[str, Any]:
    """A fresh (maybe unstored) Result in the shapes the store queries return, for the same templates."""
    names = {a.id: a.name for a in result.actors}
    info = {a.id: {"id": a.id, "name": a.name, "aliases": list(a.aliases), "known": True} for a in result.actors}
    doc = result.document
    events = []
    for e in result.events:
        rec = e.to_dict()
        rec.update(key=event_key(rec), document=doc.id, published=doc.published, num_sources=1,
                   actor_names=[names.get(i, i) for i in e.actor], recipient_names=[names.get(i, i) for i in e.recipient])
        rec["segments"] = highlighted(rec, [info[i] for i in e.actor if i in info],
                                      [info[i] for i in e.recipient if i in info])
        events.append(rec)
    roles = [{**r.to_dict(), "actor_name": names.get(r.actor, r.actor), "published": doc.published} for r in result.roles]
    quotes = [{**q.to_dict(), "speaker_name": names.get(q.speaker, q.speaker) if q.speaker else None,
               "published": doc.published} for q in result.quotes]
    agreements = [{**g.to_dict(), "party_names": [names.get(p, p) for p in g.parties], "published": doc.published}
                  for g in result.agreements]
    actors = [{**a.to_dict(), "events": sum(a.id in e.actor or a.id in e.recipient for e in result.events)}
              for a in result.actors]
    return {"document": doc.to_dict(), "actors": actors, "names": names, "events": events, "roles": roles,
            "quotes": quotes, "agreements": agreements, "timexes": [t.to_dict() for t in result.timexes]}
