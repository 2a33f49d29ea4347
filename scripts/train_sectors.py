"""Train the learned fallback sector (``newsgraph.actors._sectors``) from the annotated corpus.

    python scripts/train_sectors.py              # train on corpus train, write src/newsgraph/data/actors/sectors.json
    python scripts/train_sectors.py --dry-run    # print the figures only

newsgraph runs over the train and dev articles with the shipped models and the sector collection on:
every actor the filters keep that the rules leave with no sector (and that is no state) is collected with
its features. An actor the scorer aligns with an annotated actor is labelled with that actor's sector
(``NONE`` where the gold leaves it null); the others stand for no annotated actor and are left out. A
multinomial logistic regression (scikit-learn, lbfgs: the same data give the same model) over the
features seen in at least ``MIN_ARTICLES`` train articles is fitted on them.

C and the threshold are chosen on the train split alone, in ``FOLDS`` folds by article, each actor scored
by a model fitted on the other folds, and only over the actors the sector accuracy counts (the aligned
actor with most mentions of its annotated actor): the pair with the most sectors made right less those
made wrong (a null the gold has turned into a code, or a code other than the gold's: a wrong code is worse
than none). The dev split is only measured. The test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from newsgraph import _linear  # noqa: E402
from newsgraph.actors._sectors import MODEL_FILE, NONE  # noqa: E402
from newsgraph.corpus import load_corpus  # noqa: E402
from newsgraph.corpus._compare import Reading, align_actors  # noqa: E402
from train_events import _fit_softmax, parsed  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 20))
FOLDS = 5
# A feature enters only when the actors of this many train articles have it: a rarer one (a surname's
# word, a town's) would learn one article's sector.
MIN_ARTICLES = 3
WEIGHT_CUT = 0.03


def collect(split: str, corpus, extractor) -> list[dict]:
    """Per article of ``split``: the collected actors' features, labels (None: aligned with no annotated
    actor) and whether the sector accuracy counts the actor."""
    from newsgraph.records import Document

    ids, arts, docs = parsed(split, corpus, extractor)
    out = []
    for i, doc in zip(ids, docs, strict=True):
        extractor.collect_sectors = []
        document = Document(text=arts[i]["text"], title=arts[i].get("title"), published=arts[i].get("date"),
                            source=i)
        result = extractor.analyse(document, doc)
        found = Reading.from_result(result)
        gold = Reading.from_annotation(corpus.annotations[i])
        amap = align_actors(gold, found, arts[i]["text"])
        sector = {g.id: g.sector for g in gold.actors}
        best: dict[str, tuple[int, str]] = {}  # as the scorer picks the aligned actor it scores
        for a in found.actors:
            gid = amap.get(a.id)
            if gid is not None and (gid not in best or len(a.spans) > best[gid][0]):
                best[gid] = (len(a.spans), a.id)
        counted = {aid for _n, aid in best.values()}
        rows = []
        for a, names in extractor.collect_sectors:
            gid = amap.get(a.id)
            label = None if gid is None else (sector[gid] or NONE)
            rows.append({"names": names, "label": label, "counted": a.id in counted, "name": a.name})
        out.append({"id": i, "rows": rows})
    extractor.collect_sectors = None
    return out


def _rows(arts: list[dict]) -> tuple[list[list[str]], list[str], list[int], list[bool]]:
    rows, labels, owner, counted = [], [], [], []
    for k, art in enumerate(arts):
        for r in art["rows"]:
            if r["label"] is not None:
                rows.append(r["names"])
                labels.append(r["label"])
                owner.append(k)
                counted.append(r["counted"])
    return rows, labels, owner, counted


def _common(rows: list[list[str]], owner: list[int]) -> set[str]:
    seen: dict[str, set[int]] = {}
    for names, art in zip(rows, owner, strict=True):
        for n in names:
            seen.setdefault(n, set()).add(art)
    return {n for n, arts in seen.items() if len(arts) >= MIN_ARTICLES}


def _best(model, names: list[str]) -> tuple[str, float]:
    probs = model.vector(names)
    k = int(probs.argmax())
    return model.classes[k], float(probs[k])


def _figures(preds: list[tuple[str, float]], labels: list[str], counted: list[bool], t: float) -> dict[str, int]:
    """Over the counted actors: sectors made right (a null the gold gives a code), nulls the gold has made
    a code, codes other than the gold's, and the net gain right - both wrongs."""
    fixed = broken = swapped = 0
    for (label, p), gold, c in zip(preds, labels, counted, strict=True):
        if not c or label == NONE or p < t:
            continue
        if label == gold:
            fixed += 1
        elif gold == NONE:
            broken += 1
        else:
            swapped += 1
    return {"fixed": fixed, "null_to_wrong": broken, "wrong_code": swapped, "net": fixed - broken - swapped,
            "accuracy_gain": fixed - broken}


def choose(sets: dict[str, list[dict]], dry: bool) -> None:
    rows, labels, owner, counted = _rows(sets["train"])
    keep = _common(rows, owner)
    rows = [[n for n in names if n in keep] for names in rows]
    print(f"sectors: train {len(rows)} aligned actors with no rule sector ({sum(counted)} counted), "
          f"{len(keep)} features; labels {Counter(labels).most_common()}")
    best = None
    for c in C_GRID:
        preds: list[tuple[str, float]] = [(NONE, 0.0)] * len(rows)
        for k in range(FOLDS):
            fit_on = [j for j, art in enumerate(owner) if art % FOLDS != k]
            model = _fit_softmax([rows[j] for j in fit_on], [labels[j] for j in fit_on], c)
            for j, art in enumerate(owner):
                if art % FOLDS == k:
                    preds[j] = _best(model, rows[j])
        for t in THRESHOLDS:
            fig = _figures(preds, labels, counted, t)
            print(f"  C={c} t={t}: {fig}")
            if best is None or (fig["net"], fig["accuracy_gain"]) > (best[2]["net"], best[2]["accuracy_gain"]):
                best = (c, t, fig)
    assert best is not None
    c, t, train_fig = best
    print(f"sectors: chosen on train in folds: C={c}, threshold={t}: {train_fig}")
    model = _fit_softmax(rows, labels, c)
    drows, dlabels, _downer, dcounted = _rows(sets["dev"])
    dev_fig = _figures([_best(model, names) for names in drows], dlabels, dcounted, t)
    print(f"sectors: dev: {dev_fig}")
    about = {"what": "multinomial logistic regression over newsgraph.actors._sectors.features: the sector of "
                     "an actor the rules leave with none, NONE for none; a sector is given only at or above "
                     "the threshold",
             "trained_on": f"corpus train split: {len(sets['train'])} articles, {len(rows)} aligned actors "
                           f"with no rule sector",
             "chosen_on": f"on the train split in {FOLDS} folds by article over the counted actors: C and "
                          f"the threshold with the most sectors made right less those made wrong; dev "
                          f"({len(sets['dev'])} articles) only measured",
             "weights": f"rounded to 2 decimals, those under {WEIGHT_CUT} dropped",
             "C": c, "train_folds": train_fig, "dev": dev_fig, "built": dt.date.today().isoformat()}
    data = {"about": about, "threshold": t, "classes": list(model.classes),
            # 24 classes over every feature make 400 KB; rounded and without the weights under WEIGHT_CUT, 180
            # KB, and 6 of the collected train and dev actors' decisions change (session 27)
            "weights": {cls: {k: round(v, 2) for k, v in sorted(w.items()) if abs(v) >= WEIGHT_CUT}
                        for cls, w in model.weights.items()}}
    if not dry:
        path = ROOT / "src" / "newsgraph" / "data" / "actors" / MODEL_FILE
        path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    _linear.load_softmax_file.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--rows", type=Path, help="a JSON file of the collected rows: read if it exists, else written")
    args = ap.parse_args()
    if args.rows is not None and args.rows.is_file():
        sets = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        from newsgraph.pipeline import Extractor

        corpus = load_corpus()
        extractor = Extractor()
        sets = {split: collect(split, corpus, extractor) for split in ("train", "dev")}
        if args.rows is not None:
            args.rows.write_text(json.dumps(sets), encoding="utf-8")
    choose(sets, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
