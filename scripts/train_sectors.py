"""Train the learned fallback sector (``newsgraph.actors._sectors``) from the annotated corpus.

    python scripts/train_sectors.py              # train on corpus train, write src/newsgraph/data/actors/sectors.json
    python scripts/train_sectors.py --dry-run    # print the figures only

newsgraph runs over the train and dev articles with the shipped models and the sector collection on:
every actor the filters keep that is no state is collected with its features, and with whether the rules
give it a sector. An actor the scorer aligns with an annotated actor is labelled with that actor's sector
(``NONE`` where the gold leaves it null); the others stand for no annotated actor and are left out. A
multinomial logistic regression (scikit-learn, lbfgs: the same data give the same model) over the
features seen in at least ``MIN_ARTICLES`` train articles is fitted on the aligned actors with no rule
sector; with ``--ruled``, fitting on those the rules code too is tried (the model is applied only where
the rules give none).

C and one threshold or one per class (with ``--ruled``, also whether the rule-coded actors join) are
chosen on the train split alone, in ``FOLDS`` folds by article, each actor scored by a model fitted on the other folds, and only over
the actors with no rule sector that the sector accuracy counts (the aligned actor with most mentions of its
annotated actor): the most sectors made right less those made wrong (a null the gold has turned into a
code, or a code other than the gold's: a wrong code is worse than none). The thresholds are judged out of
fold too (each fold by those the other folds' predictions choose), so many thresholds are not favoured
over one for fitting the predictions they are judged on; they are taken only where they beat the one
threshold so judged. The dev split is only measured. The test split
is never read. The same corpus and models give a byte-identical file.
"""

from __future__ import annotations

import argparse
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
from train_events import _fit_softmax, in_articles, parsed  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(6, 20))
FOLDS = 5
# Whether the aligned actors the rules code join the fitted rows (the model is applied only where the rules
# give none): with --ruled both are tried out of fold (6,063 rows more, 3,451 features; slow, not yet measured).
RULED = (False,)
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
            rows.append({"names": names, "label": label, "counted": a.id in counted, "name": a.name,
                         "ruled": a.sector is not None})
        out.append({"id": i, "rows": rows})
    extractor.collect_sectors = None
    return out


def _rows(arts: list[dict], ruled: bool = False) -> tuple[list[list[str]], list[str], list[int], list[bool]]:
    """The aligned actors the rules leave with no sector (with ``ruled``, those the rules code instead):
    features, labels, article index, counted."""
    rows, labels, owner, counted = [], [], [], []
    for k, art in enumerate(arts):
        for r in art["rows"]:
            if r["label"] is not None and r.get("ruled", False) == ruled:
                rows.append(r["names"])
                labels.append(r["label"])
                owner.append(k)
                counted.append(r["counted"])
    return rows, labels, owner, counted


def _best(model, names: list[str]) -> tuple[str, float]:
    probs = model.vector(names)
    k = int(probs.argmax())
    return model.classes[k], float(probs[k])


def _figures(preds: list[tuple[str, float]], labels: list[str], counted: list[bool], t: float,
             thresholds: dict[str, float] | None = None, only: set[int] | None = None) -> dict[str, int]:
    """Over the counted actors (of ``only`` where given): sectors made right (a null the gold gives a
    code), nulls the gold has made a code, codes other than the gold's, and the net gain right - both
    wrongs; a class needs its own threshold in ``thresholds`` where it has one, else ``t``."""
    fixed = broken = swapped = 0
    for j, ((label, p), gold, c) in enumerate(zip(preds, labels, counted, strict=True)):
        if not c or label == NONE or (only is not None and j not in only):
            continue
        if p < (t if thresholds is None else thresholds.get(label, t)):
            continue
        if label == gold:
            fixed += 1
        elif gold == NONE:
            broken += 1
        else:
            swapped += 1
    return {"fixed": fixed, "null_to_wrong": broken, "wrong_code": swapped, "net": fixed - broken - swapped,
            "accuracy_gain": fixed - broken}


def _key(fig: dict[str, int]) -> tuple[int, int]:
    return fig["net"], fig["accuracy_gain"]


def _global(preds, labels, counted, only: set[int] | None = None) -> float:
    """The one threshold with the best net gain over ``only`` (the highest of equals)."""
    return max(THRESHOLDS, key=lambda t: (_key(_figures(preds, labels, counted, t, only=only)), t))


def _per_class(preds, labels, counted, only: set[int] | None = None) -> dict[str, float]:
    """Each predicted class's own threshold with the best net gain over ``only`` (the highest of equals; 1.0,
    never, where every threshold loses): the classes' predictions are apart, so their gains add up."""
    out = {}
    for cls in sorted({label for label, _p in preds} - {NONE}):
        mine = {j for j, (label, _p) in enumerate(preds) if label == cls and (only is None or j in only)}
        out[cls] = max((*THRESHOLDS, 1.0),
                       key=lambda t: (_key(_figures(preds, labels, counted, t, {cls: t}, mine)), t))
    return out


def _nested(preds, labels, counted, owner: list[int], per_class: bool) -> dict[str, int]:
    """The figures of thresholds chosen out of fold too: each fold's actors judged by the thresholds the
    other folds' out-of-fold predictions choose (choosing and judging on the same predictions would favour
    the many thresholds over the one)."""
    total: Counter = Counter()
    for k in range(FOLDS):
        rest = {j for j, art in enumerate(owner) if art % FOLDS != k}
        mine = {j for j, art in enumerate(owner) if art % FOLDS == k}
        if per_class:
            fig = _figures(preds, labels, counted, 0.0, _per_class(preds, labels, counted, rest), mine)
        else:
            fig = _figures(preds, labels, counted, _global(preds, labels, counted, rest), only=mine)
        total.update(fig)
    return dict(total)


def _out_of_fold(rows, labels, owner, extra, c: float) -> list[tuple[str, float]]:
    """Each row's prediction by a model fitted on the other folds' rows and ``extra`` rows (features,
    labels, article index: the actors the rules code)."""
    erows, elabels, eowner = extra
    preds: list[tuple[str, float]] = [(NONE, 0.0)] * len(rows)
    for k in range(FOLDS):
        fit_on = [j for j, art in enumerate(owner) if art % FOLDS != k]
        more = [j for j, art in enumerate(eowner) if art % FOLDS != k]
        model = _fit_softmax([rows[j] for j in fit_on] + [erows[j] for j in more],
                             [labels[j] for j in fit_on] + [elabels[j] for j in more], c)
        for j, art in enumerate(owner):
            if art % FOLDS == k:
                preds[j] = _best(model, rows[j])
    return preds


def choose(sets: dict[str, list[dict]], dry: bool, tries: tuple[bool, ...] = RULED) -> None:
    rows, labels, owner, counted = _rows(sets["train"])
    rrows, rlabels, rowner, _rcounted = _rows(sets["train"], ruled=True)
    print(f"sectors: train {len(rows)} aligned actors with no rule sector ({sum(counted)} counted), "
          f"{len(rrows)} with one; labels {Counter(labels).most_common()}")
    best = None
    for ruled in tries:
        keep = (in_articles(rows + rrows, owner + rowner, MIN_ARTICLES) if ruled
                else in_articles(rows, owner, MIN_ARTICLES))
        kept = [[n for n in names if n in keep] for names in rows]
        extra = ([[n for n in names if n in keep] for names in rrows], rlabels, rowner) if ruled else ([], [], [])
        print(f"  ruled rows {ruled}: {len(keep)} features")
        for c in C_GRID:
            preds = _out_of_fold(kept, labels, owner, extra, c)
            t = _global(preds, labels, counted)
            fig = _figures(preds, labels, counted, t)
            one, many = (_nested(preds, labels, counted, owner, per_class) for per_class in (False, True))
            print(f"  ruled rows {ruled} C={c} t={t}: {fig}; thresholds judged out of fold too: one {one}, "
                  f"per class {many}")
            # C and the one threshold as sector32 chose them; thresholds per class only where, judged out of
            # fold, they beat the one
            if best is None or _key(fig) > _key(best[3]):
                best = (ruled, c, _key(many) > _key(one), fig, preds, kept, extra[0])
    assert best is not None
    ruled, c, per_class, train_fig, preds, rows, rrows = best
    t = _global(preds, labels, counted)
    thresholds = _per_class(preds, labels, counted) if per_class else None
    print(f"sectors: chosen on train in folds: rule-coded rows {ruled}, C={c}, threshold={t}, per class "
          f"{thresholds}: {train_fig}")
    fit_rows, fit_labels = (rows + rrows, labels + rlabels) if ruled else (rows, labels)
    model = _fit_softmax(fit_rows, fit_labels, c)
    drows, dlabels, _downer, dcounted = _rows(sets["dev"])
    dev_fig = _figures([_best(model, names) for names in drows], dlabels, dcounted, t, thresholds)
    print(f"sectors: dev: {dev_fig}")
    about = {"what": "multinomial logistic regression over newsgraph.actors._sectors.features: the sector of "
                     "an actor the rules leave with none, NONE for none; a sector is given only at or above "
                     "its class's threshold (thresholds), else the threshold",
             "trained_on": f"corpus train split: {len(sets['train'])} articles, {len(rows)} aligned actors "
                           f"with no rule sector" + (f" and {len(rrows)} with one" if ruled else ""),
             "chosen_on": f"on the train split in {FOLDS} folds by article over the counted actors with no rule "
                          f"sector: whether the actors the rules code join the rows, C and the threshold, with "
                          f"the most sectors made right less those made wrong; thresholds per class only where "
                          f"they beat the one, both judged out of fold again; dev ({len(sets['dev'])} articles) only measured",
             "weights": f"rounded to 2 decimals, those under {WEIGHT_CUT} dropped",
             "C": c, "train_folds": train_fig, "dev": dev_fig}
    data = {"about": about, "threshold": t, **({"thresholds": thresholds} if thresholds else {}),
            "classes": list(model.classes),
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
    ap.add_argument("--ruled", action="store_true", help="try fitting on the rule-coded actors too")
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
    choose(sets, args.dry_run, (False, True) if args.ruled else RULED)
    return 0


if __name__ == "__main__":
    sys.exit(main())
