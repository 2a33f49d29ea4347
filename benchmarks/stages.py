"""CPU time of each stage after spaCy, on documents parsed once, beside the CPU time of their parse.

    python benchmarks/stages.py [N] [--repeats R] [--profile FILE] [--dump FILE] [--model NAME] [--against SRC]

Parses the first N articles (default 100) of the AllSides corpus with ``Extractor.parse`` once, timing the
parse in CPU seconds (``time.process_time``), then runs ``Extractor.analyse`` over the same parsed docs R
times (default 3) with the stage clock reading CPU time instead of wall time, and prints each stage's
median and its share of the parse. On a machine shared with other work, CPU time moves far less than wall
time, and the stages are timed without the parse between them, so a change to a stage shows in a few
minutes. With ``--profile FILE`` it also writes a cProfile of one more pass over the stages (the calls are
counted exactly, so the Token objects a stage makes can be compared before and after a change). With
``--dump FILE`` it writes the results of the first pass as JSON Lines without their timings: the same
file before and after a change that is meant to leave the output alone shows that it does.

With ``--against SRC`` the run is paired: ``SRC`` holds another copy of the package (``SRC/newsgraph``, the
``src`` folder of a checkout of main, say: ``git worktree add /tmp/main main``, then ``--against
/tmp/main/src``), imported under another name, and each document's stages are run by both copies in turn
(which goes first alternating by document and repeat), each on a fresh copy of the same parsed document
(``Doc.to_bytes``). It prints each stage's median CPU time for both, the ratio of each repeat (this
checkout's over the other's) and their median, and how many documents' results differ. On a shared machine
the load touches both alike, so a change of a few per cent to one stage shows where two unpaired runs
differ by more than that. Both copies read the data files of the package named ``newsgraph``.
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
    ap.add_argument("--against", default="", help="pair with the package copy in SRC/newsgraph (see above)")
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

    if args.against:
        return _paired(args, articles, docs, parse, ex)

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


def _import_as(name: str, src: str) -> types.ModuleType:
    """The package in ``src/newsgraph`` imported as ``name`` (its modules import one another relatively)."""
    import importlib.util

    folder = Path(src) / "newsgraph"
    if not (folder / "__init__.py").is_file():
        raise SystemExit(f"--against: no package at {folder}/__init__.py")
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _paired(args, articles: list[dict], docs: list, parse: float, ex) -> int:
    """``--against``: each document's stages by this checkout's package and by the other copy, in turn."""
    import importlib

    from spacy.tokens import Doc

    from newsgraph import pipeline
    from newsgraph.nlp import doc_text, known_text
    from newsgraph.records import Document

    _import_as("newsgraph_against", args.against)
    other = importlib.import_module("newsgraph_against.pipeline")
    other_records = importlib.import_module("newsgraph_against.records")
    other_nlp = importlib.import_module("newsgraph_against.nlp")
    sides = {"this": (pipeline, Document, doc_text, ex),
             "against": (other, other_records.Document, other_nlp.doc_text, other.Extractor(ex.nlp).warm())}
    for module, *_rest in sides.values():
        module._clock = types.SimpleNamespace(perf_counter=time.process_time)
    blobs = [(doc.to_bytes(), known_text(doc)) for doc in docs]
    vocab = ex.nlp.vocab

    def run(side: str, article: dict, blob: bytes, text: str) -> tuple[dict, str]:
        module, document_type, told, extractor = sides[side]
        doc = Doc(vocab).from_bytes(blob)  # a fresh copy: nothing one side leaves in the doc reaches the other
        told(doc, text)
        result = extractor.analyse(document_type(text=article["text"], published=article.get("date"),
                                                 title=article.get("title")), doc)
        record = result.to_dict()
        record["mentions"] = [dataclasses.asdict(m) for m in result.mentions]
        return result.timings, json.dumps(record, sort_keys=True, ensure_ascii=False)

    totals: dict[str, dict[str, list[float]]] = {"this": {}, "against": {}}
    differ: set[int] = set()
    for r in range(args.repeats):
        sums: dict[str, dict[str, float]] = {"this": {}, "against": {}}
        for k, (article, (blob, text)) in enumerate(zip(articles, blobs, strict=True)):
            order = ("this", "against") if (k + r) % 2 == 0 else ("against", "this")
            out = {}
            for side in order:
                timings, out[side] = run(side, article, blob, text)
                for stage, seconds in timings.items():
                    sums[side][stage] = sums[side].get(stage, 0.0) + seconds
            if out["this"] != out["against"]:
                differ.add(k)
        for side in sums:
            for stage, seconds in sums[side].items():
                totals[side].setdefault(stage, []).append(seconds)
    print(f"{len(docs)} articles, spaCy parse {parse:.2f} s CPU (once); stages over {args.repeats} repeats, "
          f"CPU seconds, this checkout against {args.against}, paired document by document:")
    for stage in totals["this"]:
        if stage == "nlp":
            continue
        mine, theirs = totals["this"][stage], totals["against"].get(stage, [])
        ratios = [a / b for a, b in zip(mine, theirs) if b]
        print(f"  {stage:<11} {statistics.median(theirs):7.3f} -> {statistics.median(mine):7.3f} s   ratios "
              f"{', '.join(f'{x:.3f}' for x in ratios)}   median {statistics.median(ratios) if ratios else 0:.3f}")
    all_this = [sum(totals["this"][k][r] for k in totals["this"] if k != "nlp") for r in range(args.repeats)]
    all_other = [sum(totals["against"][k][r] for k in totals["against"] if k != "nlp") for r in range(args.repeats)]
    print(f"  {'all':<11} {statistics.median(all_other):7.3f} -> {statistics.median(all_this):7.3f} s   ratios "
          f"{', '.join(f'{a / b:.3f}' for a, b in zip(all_this, all_other))}")
    print(f"documents whose results differ: {len(differ)}" + (f" (first: {sorted(differ)[:10]})" if differ else ""))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
