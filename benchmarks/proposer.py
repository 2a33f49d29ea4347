"""What the learned trigger proposer costs: the whole pipeline with it and without it, and the parse alone.

    python benchmarks/proposer.py [N] [--repeats R]

Reads the first N articles (default 60) of the corpus's dev split, parses them once per run and runs
every stage on them with the shipped proposer on, then off, then times the parse alone, R times each
(default 3), interleaved in one process; prints the CPU-time medians and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import time

from newsgraph.corpus import load_corpus
from newsgraph.corpus._articles import load_articles
from newsgraph.pipeline import Extractor
from newsgraph.records import Document


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", nargs="?", type=int, default=60)
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args()
    corpus = load_corpus()
    ids = [i for i in corpus.ids("dev") if not corpus.annotations[i].get("skip")][:args.n]
    arts = load_articles(None, set(ids))
    texts = [arts[i]["text"] for i in ids]
    ex = Extractor()
    shipped = ex.propose_events

    def whole(on: bool) -> float:
        ex.propose_events = shipped if on else False
        t = time.process_time()
        for text, doc in zip(texts, ex.parse(texts), strict=True):
            ex.analyse(Document(text=text, published="2020-01-01"), doc)
        return time.process_time() - t

    def parse() -> float:
        t = time.process_time()
        list(ex.nlp.pipe(texts))
        return time.process_time() - t

    whole(True)
    whole(False)  # warm both paths
    runs: dict[str, list[float]] = {"with the proposer": [], "without": [], "parse alone": []}
    for _ in range(args.repeats):
        runs["with the proposer"].append(whole(True))
        runs["without"].append(whole(False))
        runs["parse alone"].append(parse())
    med = {k: statistics.median(v) for k, v in runs.items()}
    for k, v in med.items():
        print(f"{k:>18}: {v:6.2f} s CPU (median of {args.repeats}, {len(texts)} articles)")
    print(f"with / without the proposer: {med['with the proposer'] / med['without']:.3f}")
    print(f"parse alone / whole pipeline: {med['parse alone'] / med['with the proposer']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
