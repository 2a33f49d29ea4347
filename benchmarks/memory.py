"""Resident memory of one newsgraph process as the corpus grows: flat once the bounded memos are full.

    python benchmarks/memory.py [-n 4538] [--every 500]

One process reads the first N AllSides articles with ``Extractor.pipe`` (batches in spaCy memory zones,
as ``ingest`` workers do) and prints, after every ``--every`` articles, its resident memory now (VmRSS,
not the peak, which the largest batch so far sets), the size of spaCy's string store and how full the
bounded memos are. The peak per ``ingest`` worker is ``throughput.py --worker-memory``; this shows whether
what a process holds between batches keeps growing.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.evaluation.plover import _shared_root  # noqa: E402

CORPUS = Path("data/news/allsides-political-news/articles.jsonl")


def resident_mib() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return -1


def memo_fill() -> dict[str, int]:
    """Entries in each bounded ``functools.lru_cache`` of newsgraph that holds more than a thousand."""
    out = {}
    for o in gc.get_objects():
        if isinstance(o, functools._lru_cache_wrapper) and getattr(o, "__module__", "").startswith("newsgraph"):
            info = o.cache_info()
            if info.currsize > 1000:
                out[f"{o.__module__}.{o.__qualname__}"] = info.currsize
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=4538, help="articles (default: the whole corpus, 4,538)")
    parser.add_argument("--every", type=int, default=500, help="print after every this many articles")
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args(argv)

    from newsgraph.pipeline import Extractor
    from newsgraph.records import Document

    path = args.corpus or _shared_root() / CORPUS

    def documents():
        with path.open(encoding="utf-8") as f:
            for line in itertools.islice(f, args.n):
                yield Document(text=json.loads(line)["text"])

    extractor = Extractor()
    print(f"after loading: {resident_mib()} MiB resident", flush=True)
    for i, _result in enumerate(extractor.pipe(documents()), 1):
        if i % args.every == 0:
            print(f"{i:6d} articles: {resident_mib()} MiB resident, {len(extractor.nlp.vocab.strings):,} strings, "
                  f"memos {memo_fill()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
