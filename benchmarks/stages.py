"""CPU time of each stage after spaCy, on documents parsed once, beside the CPU time of their parse.

    python benchmarks/stages.py [N] [--repeats R] [--profile FILE] [--dump FILE] [--model NAME]

Parses the first N articles (default 100) of the AllSides corpus with ``Extractor.parse`` once, timing the
parse in CPU seconds (``time.process_time``), then runs ``Extractor.analyse`` over the same parsed docs R
times (default 3) with the stage clock reading CPU time instead of wall time, and prints each stage's
median and its share of the parse. On a machine shared with other work, CPU time moves far less than wall
time, and the stages are timed without the parse between them, so a change to a stage shows in a few
minutes. With ``--profile FILE`` it also writes a cProfile of one more pass over the stages (the calls are
counted exactly, so the Token objects a stage makes can be compared before and after a change). With
``--dump FILE`` it writes the results of the first pass as JSON Lines without their timings: the same
file before and after a change that is meant to leave the output alone shows that it does.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import read_articles  # noqa: E402  (the same first N articles as the throughput figures)

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "data" / "news" / "allsides-political-news" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--profile", default="", help="write a cProfile of one more pass over the stages here")
    ap.add_argument("--dump", default="", help="write the first pass's results here (JSON Lines, no timings)")
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    from newsgraph import pipeline
    from newsgraph.pipeline import Extractor
    from newsgraph.records import Document

    articles = read_articles(CORPUS, args.n)
    ex = Extractor(model=args.model).warm()
    start = time.process_time()
    docs = list(ex.parse(a["text"] for a in articles))
    parse = time.process_time() - start
    from newsgraph.nlp import doc_text, known_text

    # each doc's masked text, told again before every pass: ``analyse`` releases it, and a doc without
    # it is masked again inside the first stage's lap, which a parsed document never is in a real run
    masked = [known_text(doc) for doc in docs]
    pipeline._clock = types.SimpleNamespace(perf_counter=time.process_time)  # the stages' laps in CPU time

    def documents() -> list[Document]:
        return [Document(text=a["text"], published=a.get("date"), title=a.get("title")) for a in articles]

    totals: dict[str, list[float]] = {}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for _ in range(args.repeats):
        sums: dict[str, float] = {}
        for document, doc, text in zip(documents(), docs, masked, strict=True):
            doc_text(doc, text)
            result = ex.analyse(document, doc)
            for stage, seconds in result.timings.items():
                sums[stage] = sums.get(stage, 0.0) + seconds
            if dump is not None:
                record = result.to_dict()
                record["mentions"] = [dataclasses.asdict(m) for m in result.mentions]
                dump.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
        if dump is not None:
            dump.close()
            dump = None
        for stage, seconds in sums.items():
            totals.setdefault(stage, []).append(seconds)
    print(f"{len(docs)} articles, {sum(len(a['text']) for a in articles) / 1e6:.2f} M characters; "
          f"spaCy parse {parse:.2f} s CPU (once); stages over {args.repeats} repeats, CPU seconds:")
    for stage, values in totals.items():
        if stage == "nlp":
            continue
        med = statistics.median(values)
        print(f"  {stage:<11} {med:7.3f} s  ({100 * med / parse:5.1f}% of the parse)   "
              f"repeats {', '.join(f'{v:.3f}' for v in values)}")
    if args.profile:
        import cProfile

        prof = cProfile.Profile()
        triples = list(zip(documents(), docs, masked, strict=True))
        prof.enable()
        for document, doc, text in triples:
            doc_text(doc, text)
            ex.analyse(document, doc)
        prof.disable()
        prof.dump_stats(args.profile)
        print(f"profile of one pass written to {args.profile}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
