#!/usr/bin/env python
"""Measure the store's identities on a corpus split: ingest its articles into a fresh store, count the
actor records before and after merging, the Wikidata ids, and print a random sample of merges to audit.

    python scripts/measure_identities.py [--split dev] [--db /tmp/identities-dev.db] [--sample 40] [--seed 19]
                                         [--reuse] [--kind person]

The articles are read as ``newsgraph eval corpus`` reads them (the corpus split's ids, the texts from
../shared). The sample lists, for each merge drawn, the record that joined, the identity's first record,
how it joined, and both documents' titles; read them to judge each merge. Use train or dev, never test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.corpus import load_corpus  # noqa: E402
from newsgraph.corpus._articles import load_articles  # noqa: E402
from newsgraph.records import Document  # noqa: E402
from newsgraph.store import open_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--db", type=Path, default=Path("/tmp/identities-dev.db"))
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--reuse", action="store_true", help="count an existing store instead of ingesting again")
    ap.add_argument("--kind", help="draw the sample from the merges of this kind only (person, country, ...)")
    args = ap.parse_args(argv)
    if not args.reuse:
        from newsgraph.pipeline import Extractor

        if args.db.exists():
            args.db.unlink()
        corpus = load_corpus()
        ids = [i for i in corpus.ids(args.split) if not corpus.annotations[i].get("skip")]
        arts = load_articles(None, set(ids))
        docs = [Document(text=arts[i]["text"], title=arts[i].get("title"), published=arts[i].get("date"),
                         url=arts[i].get("url"), source=i) for i in ids]
        with open_store(args.db) as store:
            for result in Extractor().pipe(docs):
                store.add(result)
    with open_store(args.db, readonly=True) as store:
        db = store.db
        one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
        figures = {
            "documents": one("SELECT COUNT(*) FROM documents"),
            "records": one("SELECT COUNT(*) FROM document_actors"),
            "by_local_id": one("SELECT COUNT(DISTINCT local_id) FROM document_actors"),
            "identities": one("SELECT COUNT(*) FROM actors"),
            "identities_with_wikidata": one("SELECT COUNT(*) FROM actors WHERE wikidata IS NOT NULL"),
            "records_with_wikidata": one("SELECT COUNT(*) FROM document_actors WHERE wikidata IS NOT NULL"),
            "merged_identities": one("SELECT COUNT(*) FROM (SELECT actor_id FROM document_actors GROUP BY actor_id "
                                     "HAVING COUNT(*) > 1)"),
            "merges_by_wikidata": one("SELECT COUNT(*) FROM document_actors WHERE merged_by = 'wikidata'"),
            "merges_by_name": one("SELECT COUNT(*) FROM document_actors WHERE merged_by = 'name'"),
        }
        print(json.dumps(figures, indent=1))
        merges = db.execute(
            "SELECT da.document_id, da.record, da.actor_id, da.merged_by, d.title FROM document_actors da "
            "JOIN documents d ON d.id = da.document_id WHERE da.merged_by IN ('wikidata', 'name') "
            "AND (? IS NULL OR json_extract(da.record, '$.kind') = ?) ORDER BY da.rowid", (args.kind, args.kind)
        ).fetchall()
        rng = random.Random(args.seed)
        for n, m in enumerate(rng.sample(merges, min(args.sample, len(merges))), 1):
            first = db.execute("SELECT da.record, d.title, d.source FROM document_actors da JOIN documents d "
                               "ON d.id = da.document_id WHERE da.actor_id = ? ORDER BY da.rowid LIMIT 1",
                               (m["actor_id"],)).fetchone()
            a, b = json.loads(m["record"]), json.loads(first["record"])
            print(f"{n:2d}. [{m['merged_by']}] {m['actor_id']}: "
                  f"{a['name']!r} {a['kind']} {a['country']} {a.get('sector')} {a.get('wikidata')}  <=  "
                  f"{b['name']!r} {b['kind']} {b['country']} {b.get('sector')} {b.get('wikidata')}\n"
                  f"    joined from: {m['title']!r}\n    first read in: {first['title']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
