#!/usr/bin/env python
"""How often `newsgraph who TITLE --on DATE` names the right holder first, before and after its rework.

    python scripts/measure_who.py --db /tmp/who.db [--errors errors.jsonl] [--json]

Questions are made from the knowledge base (``data/actors/offices.json``, see newsgraph.roles._offices):
for every office the store's reports speak of (a role record of that office and country) and for the
15th of every month the store's articles were published in, a question whose answer the knowledge base
gives: exactly one person holds the office that day by its terms, the day lies surely inside the term (not
in the start or end year of a term known by its years only) and at least 14 days from any change of
holder. US offices are asked without a country (the answer chooses it), other countries' with their
country (in the title, "Prime Minister of India", or as ``country``).

"after" is the top holder of ``Store.who`` (the knowledge base's terms weighed with the reports, and the
reports alone: "after, no KB", ``use_kb=False``); "before" the first row of the query as it was (roles whose title contains the words asked and
whose known dates do not exclude the day, newest report first), asked with the office's words. A holder
is right when it is the knowledge base's person: the same Wikidata id, or a name of the holder (or of
its store identity's aliases) that is one of the term's names or the same first and last name.
``--errors`` writes each wrong answer (ids, names and dates; no article text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.roles._offices import generic_of, kb_offices, kb_sources, kb_terms, office_key  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store._identity import name_key  # noqa: E402
from newsgraph.store._who import one_seat, same_person  # noqa: E402

MARGIN_DAYS = 14
COVER_DAYS = 90  # a day is covered when the store reports the office this near it


def before_who(store, title: str, on: str) -> list[dict]:
    """The query as it was until 2026-12-03: every role whose title contains ``title`` and whose known
    dates do not exclude ``on``, newest report first, a former one reported before ``on`` left out."""
    rows = store.db.execute(
        'SELECT r.record, r.document_id, d.published FROM roles r JOIN documents d ON d.id = r.document_id '
        'WHERE r.title LIKE ? AND (r.start IS NULL OR r.start <= ?) AND (r."end" IS NULL OR r."end" >= ?) '
        "ORDER BY d.published DESC", (f"%{title}%", on, on)).fetchall()
    out = []
    for r in rows:
        rec = store._with_doc(r)
        if rec.get("end") is None and rec.get("status") == "former" and (rec.get("published") or "") <= on:
            continue
        out.append(rec)
    return out


def right(names: list[str], wikidata: str | None, term_names: list[str], term_wikidata: str | None) -> bool:
    if wikidata and term_wikidata:
        return wikidata == term_wikidata
    keys = {name_key(n) for n in term_names}
    return any(name_key(n) in keys or any(same_person(n, t) for t in term_names) for n in names)


def identity_names(store, actor_id: str) -> tuple[list[str], str | None]:
    row = store.db.execute("SELECT name, wikidata FROM actors WHERE id = ?", (actor_id,)).fetchone()
    aliases = [r[0] for r in store.db.execute("SELECT alias FROM actor_aliases WHERE actor_id = ?", (actor_id,))]
    return ([row[0]] if row else []) + aliases, (row[1] if row else None)


def office_reports(store) -> dict[tuple[str, str | None], list[dt.date]]:
    """(office key, country) -> the publication days of its role records: the offices the store's
    reports speak of, and when."""
    out: dict[tuple[str, str | None], list[dt.date]] = defaultdict(list)
    for title, org, country, actor_country, published in store.db.execute(
            "SELECT r.title, r.organization, r.country, a.country, d.published FROM roles r "
            "JOIN documents d ON d.id = r.document_id LEFT JOIN actors a ON a.id = r.actor_id"):
        k = office_key(title, org)
        if published and len(published) >= 10:
            out[(k.key, k.country or country or actor_country)].append(dt.date.fromisoformat(published[:10]))
    return out


def _one_seat(terms) -> bool:
    """An office one person holds at a time (``Store.who``'s own test: senators, members and the like are
    many at once, and the knowledge base knows only some of them)."""
    return one_seat([t for t, _ in terms], lambda a, b: right(list(a.names), a.wikidata, list(b.names), b.wikidata))


def questions(store) -> tuple[list[dict], dict[str, int]]:
    months = sorted({r[0][:7] for r in store.db.execute("SELECT published FROM documents WHERE published IS NOT NULL")
                     if r[0] and len(r[0]) >= 7})
    days = [dt.date(int(m[:4]), int(m[5:7]), 15) for m in months]
    spoken = office_reports(store)
    sources = kb_sources()
    skipped: dict[str, int] = defaultdict(int)
    out = []
    offices = kb_offices()
    for key, country in offices:
        if (key, country) not in spoken:
            continue
        if any(generic_of(key, other) for other, c in offices if c == country):
            skipped["offices named by a less specific title ('Secretary')"] += 1
            continue
        terms = kb_terms(key, country)
        if not _one_seat(terms):
            skipped["offices of several seats"] += 1
            continue
        changes = set()
        for t, _ in terms:
            first, last, _exact = t.bounds(sources.get(t.source, {}).get("known_until"))
            changes |= {d for d in (first, last) if d is not None and (t.end is not None or d == first)}
        for day in days:
            held = kb_terms(key, country, day)
            if not held:
                continue
            if any(abs((day - c).days) < MARGIN_DAYS for c in changes):
                skipped["days near a change of holder"] += 1
                continue
            if not all(sure for _, sure in held):
                skipped["days in a start or end year known by the year only"] += 1
                continue
            people: list[tuple[list[str], str | None]] = []
            for t, _ in held:
                if not any(right(list(t.names), t.wikidata, p[0], p[1]) for p in people):
                    people.append((list(t.names), t.wikidata))
            if len(people) != 1:
                skipped["days the knowledge base names several people"] += 1
                continue
            t = held[0][0]
            title_country = office_key(t.title).country
            near = min(abs((day - d).days) for d in spoken[(key, country)])
            out.append({"office": key, "country": country, "title": t.title, "on": day.isoformat(),
                        "ask_country": None if title_country or country == "USA" else country,
                        "names": people[0][0], "wikidata": people[0][1], "source": t.source,
                        "covered": near <= COVER_DAYS})
    return out, dict(skipped)


def _ask(store, q: dict, old: list[dict]) -> dict:
    """The verdicts on one question: before, after (the knowledge base weighed), after with the reports alone."""
    out = {"before": None, "before_right": False}
    if old:
        names, qid = identity_names(store, old[0]["actor"])
        out["before"] = names[0] if names else old[0]["actor"]
        out["before_right"] = right(names, qid, q["names"], q["wikidata"])
    for mode, use_kb in (("after", True), ("after_no_kb", False)):
        top = store.who(q["title"], on=q["on"], country=q["ask_country"], use_kb=use_kb)["answer"]
        ok = False
        if top is not None:
            names = list(top["names"])
            for i in top["ids"]:
                names += identity_names(store, i)[0]
            ok = right(names, top.get("wikidata"), q["names"], q["wikidata"])
        out[mode], out[f"{mode}_right"] = (top["name"] if top else None), ok
        out[f"{mode}_from"] = top["support_from"] if top else None
    return out


def _share(v: dict, key: str, n: str) -> str:
    return f"{v[key] / v[n]:.3f}" if v[n] else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--errors", type=Path, help="Write the wrong answers here (JSON Lines).")
    ap.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = ap.parse_args(argv)
    keys = ("before", "after", "after_no_kb")
    with open_store(args.db, readonly=True) as store:
        qs, skipped = questions(store)
        per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        wrong = []
        for q in qs:
            label = f"{q['office']} ({q['country']})"
            v = _ask(store, q, before_who(store, q["office"], q["on"]))
            for scope in (("all",) + (("covered",) if q["covered"] else ())):
                per[label][f"{scope}:n"] += 1
                for k in keys:
                    per[label][f"{scope}:{k}"] += v[f"{k}_right"]
            if not all(v[f"{k}_right"] for k in keys):
                wrong.append({**{k: q[k] for k in ("office", "country", "title", "on", "ask_country", "source",
                                                   "covered")}, "expected": q["names"][0], **v})
    total: dict[str, int] = defaultdict(int)
    for v in per.values():
        for k, x in v.items():
            total[k] += x
    if args.errors:
        args.errors.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong), encoding="utf-8")
    if args.json:
        print(json.dumps({"total": total, "offices": per, "skipped": skipped}, indent=2))
        return 0
    print(f"{'':<34} {'days covered by reports (<= %d days)' % COVER_DAYS:^37} | {'every month of the store':^37}")
    head = f"{'n':>6} {'before':>8} {'after':>8} {'no KB':>8}"
    print(f"{'office':<34} {head}    | {head}")
    for label, v in sorted(per.items(), key=lambda kv: (-kv[1]["covered:n"], -kv[1]["all:n"], kv[0])):
        cells = []
        for scope in ("covered", "all"):
            cells.append(f"{v[scope + ':n']:>6} " + " ".join(f"{_share(v, f'{scope}:{k}', f'{scope}:n'):>8}" for k in keys))
        print(f"{label:<34} {cells[0]}    | {cells[1]}")
    cells = [f"{total[s + ':n']:>6} " + " ".join(f"{_share(total, f'{s}:{k}', f'{s}:n'):>8}" for k in keys)
             for s in ("covered", "all")]
    print(f"{'all questions':<34} {cells[0]}    | {cells[1]}")
    for scope in ("covered", "all"):
        offices = [v for v in per.values() if v[f"{scope}:n"]]
        means = [sum(v[f"{scope}:{k}"] / v[f"{scope}:n"] for v in offices) / max(len(offices), 1) for k in keys]
        print(f"mean over the {len(offices)} offices ({scope}): " + ", ".join(f"{k} {m:.3f}" for k, m in zip(keys, means)))
    if skipped:
        print("left out: " + ", ".join(f"{v} {k}" for k, v in sorted(skipped.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
