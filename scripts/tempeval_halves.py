"""The time stage on two fixed halves of the TempEval-3 files, split by a hash of the file name.

    python scripts/tempeval_halves.py [DIRECTORY] [--no-parser] [--cache FILE] [--errors FILE] [--by order]
                                      [--sources]

Issue #18 asks that a rule be chosen by reading the mismatches of one half and kept only when it helps the
other. Half H0 holds the files whose name's SHA-1 digest begins with an even byte, H1 the others: a split
fixed before any output is read, and one that does not follow the order of the files (as the even and
odd positions of ``heideltime_baseline.py --halves`` do). The table gives strict, relaxed, type and value
F1 by half and subset (TimeBank, AQUAINT) and overall, by the scorer of ``newsgraph eval tempeval``.

``--cache`` keeps the spaCy parses in a DocBin, so a second run only tags (about 15 seconds); delete it
when the model changes. ``--errors`` writes every mismatch as JSON Lines with its half and subset: read
H0's only.
``--by order`` splits by position instead: H0 the first half of the files in the order of their names,
H1 the second (the split session 36's brief asks for).
``--sources`` adds a row per news source (TimeBank's wsj files, AQUAINT's APW, NYT and XIE, and the rest of
each subset), whose conventions differ (docs/evaluation.md, session 47).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.evaluation.plover import _shared_root  # noqa: E402
from newsgraph.evaluation.tempeval import _documents, _mistakes, tally  # noqa: E402
from newsgraph.time import tag  # noqa: E402

DEFAULT_DIR = _shared_root() / "data" / "tempeval3" / "train"  # ../shared, or NEWSGRAPH_SHARED


def half(name: str) -> str:
    """H0 when the first byte of the SHA-1 of the file name (without its extension) is even, else H1."""
    return "H0" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "H1"


def source(name: str, subset: str) -> str:
    """The subset and news source of a file: the Wall Street Journal (wsj), AP newswire (APW), the New York
    Times (NYT) and Xinhua (XIE), and the rest (TimeBank's ABC, CNN, PRI, VOA, AP and SJMN files). TimeBank
    holds APW and NYT files too, annotated in its round, so the subset stays in the name."""
    for prefix in ("wsj_", "APW", "NYT", "XIE"):
        if name.startswith(prefix):
            return f"{subset} {prefix.rstrip('_')}"
    return f"{subset} other"


def _parses(texts: list[str], cache: Path | None) -> list[Any]:
    from spacy.tokens import DocBin

    from newsgraph.nlp import load_model

    nlp = load_model(None)
    if cache is not None and cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache is not None:
        cache.write_bytes(DocBin(store_user_data=True, docs=docs).to_bytes())
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--no-parser", action="store_true", help="tag without spaCy (word-based tense)")
    ap.add_argument("--cache", type=Path, help="keep the parses in this DocBin file")
    ap.add_argument("--errors", type=Path, help="write every mismatch here (JSON Lines, with its half)")
    ap.add_argument("--by", choices=("hash", "order"), default="hash",
                    help="split by a hash of the file name (default) or by the order of the names")
    ap.add_argument("--sources", action="store_true",
                    help="add a row per news source (wsj, APW, NYT, XIE, the rest) in each half and overall")
    args = ap.parse_args()
    docs = _documents(args.directory, None)
    if not docs:
        sys.exit(f"no .tml files under {args.directory}: pass the TempEval-3 folder or set NEWSGRAPH_SHARED")
    names = sorted(d.name for d in docs)
    first = set(names[: len(names) // 2])

    def half_of(name: str) -> str:
        if args.by == "order":
            return "H0" if name in first else "H1"
        return half(name)

    parsed = [None] * len(docs) if args.no_parser else _parses([d.text for d in docs], args.cache)
    runs = [(g, tag(g.text, published=g.dct, doc=p)) for g, p in zip(docs, parsed)]
    rows: dict[str, Any] = {}
    for h in ("H0", "H1"):
        t = tally((g, s) for g, s in runs if half_of(g.name) == h)
        rows[h] = t["overall"]
        rows.update({f"{h} {k}": v for k, v in t["subsets"].items()})
        if args.sources:
            rows.update(_by_source([(g, s) for g, s in runs if half_of(g.name) == h], f"{h} "))
    t = tally(runs)
    rows["all"] = t["overall"]
    rows.update(t["subsets"])
    if args.sources:
        rows.update(_by_source(runs, ""))
    print(f"parser: {not args.no_parser}, halves by {args.by}")
    print(f"{'set':20} {'gold':>5} {'sys':>5} {'strict':>7} {'relaxed':>7} {'type':>7} {'value':>7}")
    for k, v in rows.items():
        print(f"{k:20} {v['gold']:5} {v['system']:5} {v['strict']['f1']:7.4f} {v['relaxed']['f1']:7.4f} "
              f"{v['type']['f1']:7.4f} {v['value']['f1']:7.4f}")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as f:
            for g, s in runs:
                for m in _mistakes(g, s):
                    f.write(json.dumps({**m, "half": half_of(g.name), "subset": g.subset}) + "\n")


def _by_source(runs: list[tuple[Any, Any]], prefix: str) -> dict[str, Any]:
    groups: dict[str, list[tuple[Any, Any]]] = {}
    for g, s in runs:
        groups.setdefault(source(g.name, g.subset), []).append((g, s))
    return {f"{prefix}{k}": tally(v)["overall"] for k, v in sorted(groups.items())}


if __name__ == "__main__":
    main()
