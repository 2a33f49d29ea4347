"""Build corpus/ from the annotators' working files (exact quotes, kept outside the repository).

    python scripts/build_corpus.py RAW_DIR [--adjudicated DIR]

RAW_DIR holds one folder per annotator (``a1/ID.json`` ...), in the format of corpus/GUIDELINES.md
section 6. For every article:

- one annotation: it becomes ``corpus/annotations/ID.json``;
- two or more: each goes to ``corpus/double/ID.ANNOTATOR.json`` as it was made, and the adjudicated
  file (``DIR/ID.json``, same format, annotator "adjudicated") becomes the final annotation. Without
  one, the build stops: a doubly annotated article is final only once adjudicated;
- a skip (not news) goes to ``corpus/skipped.json`` with its reason.

Only offsets, ids and codes are written; the text stays in ../shared. A raw file that does not
anchor stops the build with its problems listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.corpus._articles import load_articles, load_pool  # noqa: E402
from newsgraph.corpus.anchor import anchor  # noqa: E402


def _write(path: Path, rec: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("raw", type=Path)
    p.add_argument("--adjudicated", type=Path)
    p.add_argument("--out", type=Path, default=ROOT / "corpus")
    p.add_argument("--allow-unadjudicated", action="store_true",
                   help="take the first annotator's file as final where no adjudication exists yet (the "
                        "article is then listed in corpus/unadjudicated.json)")
    p.add_argument("--leave-out-bad", action="store_true",
                   help="leave out (and list) the articles whose files have problems, instead of stopping")
    args = p.parse_args()
    raws: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for d in sorted(x for x in args.raw.iterdir() if x.is_dir()):
        for f in sorted(d.glob("*.json")):
            rec = json.loads(f.read_text(encoding="utf-8"))
            raws[rec["id"]].append((d.name, rec))
    adjudicated = {}
    if args.adjudicated and args.adjudicated.is_dir():
        for f in sorted(args.adjudicated.glob("*.json")):
            rec = json.loads(f.read_text(encoding="utf-8"))
            adjudicated[rec["id"]] = rec
    articles = load_articles(None, set(raws))
    problems = []
    finals: dict[str, dict] = {}
    doubles: list[dict] = []
    pending = []
    for aid, items in raws.items():
        anchored = []
        for who, raw in items:
            rec, probs = anchor(raw, articles[aid])
            rec["annotator"] = who
            problems += [f"{who}/{aid}: {x}" for x in probs]
            anchored.append(rec)
        if len(anchored) == 1:
            finals[aid] = anchored[0]
            continue
        doubles += anchored
        if all(r.get("skip") for r in anchored):  # every annotator left it out as not news: nothing to decide
            finals[aid] = anchored[0]
        elif aid in adjudicated:
            rec, probs = anchor(adjudicated[aid], articles[aid])
            rec["annotator"] = "adjudicated"
            problems += [f"adjudicated/{aid}: {x}" for x in probs]
            finals[aid] = rec
        elif args.allow_unadjudicated:
            finals[aid] = anchored[0]
            pending.append(aid)
        else:
            problems.append(f"{aid}: annotated by {', '.join(w for w, _ in items)} but not adjudicated")
    if problems and args.leave_out_bad:
        bad = {x.split(":")[0].split("/")[-1] for x in problems}
        print("\n".join(problems))
        print(f"left out: {len(bad)} articles with problems")
        finals = {k: v for k, v in finals.items() if k not in bad}
        doubles = [r for r in doubles if r["id"] not in bad]
        pending = [i for i in pending if i not in bad]
        problems = []
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: nothing written")
        return 1
    out = args.out
    for sub in ("annotations", "double"):
        for f in (out / sub).glob("*.json"):
            f.unlink()
    skipped = []
    for aid, rec in finals.items():
        if rec.get("skip"):
            skipped.append({"id": aid, "reason": rec["skip"]})
        else:
            _write(out / "annotations" / f"{aid}.json", rec)
    for rec in doubles:
        _write(out / "double" / f"{rec['id']}.{rec['annotator']}.json", rec)
    pool = load_pool()
    rank = {i: n for n, i in enumerate(pool)}
    skipped.sort(key=lambda s: rank.get(s["id"], 10**6))
    (out / "skipped.json").write_text(json.dumps(skipped, indent=1) + "\n", encoding="utf-8")
    (out / "unadjudicated.json").write_text(json.dumps(sorted(pending, key=lambda i: rank[i]), indent=1) + "\n")
    done = set(finals)
    prefix = next((n for n, i in enumerate(pool) if i not in done), len(pool))
    print(f"{len(finals) - len(skipped)} articles annotated, {len(skipped)} skipped as not news, "
          f"{len({r['id'] for r in doubles})} annotated twice ({len(pending)} not yet adjudicated); "
          f"the pool is covered without gaps up to position {prefix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
