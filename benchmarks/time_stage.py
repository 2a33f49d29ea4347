"""How much the time stage costs next to the spaCy parse it follows.

    python benchmarks/time_stage.py [N] [--repeats R] [--model NAME]

Parses N articles (default 300) of the AllSides political news corpus with ``nlp.pipe``, then times the
parse and the ``newsgraph.time.tag`` calls over the same parsed docs, R times each (default 3), in one
process, and prints the medians and the ratio (the target: time under 5% of the parse).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "news" / "allsides-political-news" / "articles.jsonl"


def read_articles(n: int) -> list[tuple[str, dt.date | None]]:
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("text") or ""
            if not text.strip():
                continue
            try:
                published = dt.date.fromisoformat((row.get("date") or "")[:10])
            except ValueError:
                published = None
            out.append((text, published))
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=300)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    from newsgraph.nlp import load_model
    from newsgraph.time import tag

    articles = read_articles(args.n)
    texts = [t for t, _ in articles]
    nlp = load_model(args.model)
    # wall-clock and CPU seconds of this process, per repeat
    parse_t: list[tuple[float, float]] = []
    tag_doc_t: list[tuple[float, float]] = []
    tag_t: list[tuple[float, float]] = []
    docs = []
    for _ in range(args.repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_t.append((time.perf_counter() - wall, time.process_time() - cpu))
    count = 0
    for _ in range(args.repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        count = sum(len(tag(text, published=pub, doc=doc)) for (text, pub), doc in zip(articles, docs))
        tag_doc_t.append((time.perf_counter() - wall, time.process_time() - cpu))
        wall, cpu = time.perf_counter(), time.process_time()
        for text, pub in articles:
            tag(text, published=pub)
        tag_t.append((time.perf_counter() - wall, time.process_time() - cpu))

    def med(rows: list[tuple[float, float]], i: int) -> float:
        return statistics.median(r[i] for r in rows)

    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}  characters: {chars:,}  timexes: {count:,}  repeats: {args.repeats}")
    print(f"{'':28}{'wall s':>9}{'ratio':>8}{'cpu s':>10}{'ratio':>8}")
    for name, rows in (("spaCy parse (nlp.pipe)", parse_t), ("time.tag with doc (tense)", tag_doc_t),
                       ("time.tag without doc", tag_t)):
        print(f"{name:<28}{med(rows, 0):9.3f}{med(rows, 0) / med(parse_t, 0):8.2%}"
              f"{med(rows, 1):10.3f}{med(rows, 1) / med(parse_t, 1):8.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
