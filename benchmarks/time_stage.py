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
    parse_times, tag_times, tag_doc_times = [], [], []
    docs = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_times.append(time.perf_counter() - start)
    count = 0
    for _ in range(args.repeats):
        start = time.perf_counter()
        count = sum(len(tag(text, published=pub, doc=doc)) for (text, pub), doc in zip(articles, docs))
        tag_doc_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text, pub in articles:
            tag(text, published=pub)
        tag_times.append(time.perf_counter() - start)
    parse = statistics.median(parse_times)
    with_doc = statistics.median(tag_doc_times)
    words = statistics.median(tag_times)
    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}  characters: {chars:,}  timexes: {count:,}  repeats: {args.repeats}")
    print(f"spaCy parse (nlp.pipe)     median {parse:8.3f} s")
    print(f"time.tag with doc (tense)  median {with_doc:8.3f} s   ratio {with_doc / parse:6.2%}")
    print(f"time.tag without doc       median {words:8.3f} s   ratio {words / parse:6.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
