"""Train the reading model (``newsgraph.events._readings``): at a word the lexicon reads one way
unconditionally and the trigger proposer another, which type stands.

    python scripts/train_readings.py              # collect, choose C and the threshold on train, write the model
    python scripts/train_readings.py --dry-run    # print the figures only
    python scripts/train_readings.py --rows F     # save the collected rows to F (a pickle), or read them from it

Rows: every lexicon trigger of an annotated article (``events._find_triggers`` with the lexicon alone)
whose entry the proposer may overrule (``events._overruled``: an unconditional reading, no event as its
content), not negated (``_readings.readable``: the rules read a negation themselves), and where the
proposer's most probable event type is another. On a train article the proposer's
reading is that of the fold proposer fitted without the article (``train_events.fold_proposers``: five
folds by article), as on news the proposer never saw; on a dev article the shipped proposer's. Label: the
annotated trigger headed by the word has the proposer's type (1), else 0 (the lexicon's type, another,
or no event). A logistic regression (scikit-learn, lbfgs: the same rows give the same model); C and the
threshold are chosen on the train split in five folds by article (the same folds): C by the out-of-fold
log-loss, the threshold by the net count of annotated types the switch makes (the proposer's type
annotated) less those it loses (the lexicon's annotated). Dev only measures it. The test split is never read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_events as te  # noqa: E402

from newsgraph.events._readings import MODEL_FILE, dense, names, readable  # noqa: E402
from newsgraph.events._propose import NONE, Proposal  # noqa: E402

C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 17))
FOLDS = te.FOLDS


def _gold_heads(annotation: dict, doc) -> dict[int, str]:
    """Token index -> the annotated type of the event whose trigger the token heads (as the proposer's
    rows are labelled, ``train_events._proposer_rows``)."""
    heads: dict[int, str] = {}
    for g in annotation["events"]:
        span = doc.char_span(*g["trigger"], alignment_mode="expand")
        if span is None:
            continue
        heads.setdefault(span.root.i, g["type"])
        for a, b in g.get("also", []):
            for t in doc.char_span(a, b, alignment_mode="expand") or ():
                if t.lemma_ == span.root.lemma_ and t.pos_ == span.root.pos_:
                    heads.setdefault(t.i, g["type"])
    return heads


def collect(split: str, corpus, extractor, models: list) -> list[dict]:
    """The rows of one split (see the module's text); ``models``: the proposer of article n is
    ``models[n % len(models)]``."""
    from newsgraph.events import _find_triggers, _overruled
    from newsgraph.events._lexicon import lemma, lexicon
    from newsgraph.events._propose import _context_features, propose_all

    lex = lexicon()
    ids, _arts, docs = te.parsed(split, corpus, extractor)
    out = []
    for n, (i, doc) in enumerate(zip(ids, docs, strict=True)):
        sents = list(doc.sents)
        props = propose_all(sents, lex, models[n % len(models)])
        heads = _gold_heads(corpus.annotations[i], doc)
        for sno, sent in enumerate(sents):
            for t in _find_triggers(sent, lex, {}):
                r = props[sno].get(t.tok.i)
                if t.proposed or r is None or not _overruled(t, r.type, lex):
                    continue
                out.append({"art": n, "lemma": lemma(t.tok), "pos": t.tok.pos_, "lex": t.entry.type,
                            "classes": r.classes, "values": [float(v) for v in r.values],
                            "gold": heads.get(t.tok.i, NONE), "context": _context_features(t.tok, lex, 0)})
    return out


def _reading(row: dict) -> Proposal:
    return Proposal(tuple(row["classes"]), row["values"])


def _names(row: dict) -> list[str]:
    return names(row["lemma"], row["pos"], row["lex"], _reading(row), row["context"])


def _label(row: dict) -> int:
    return int(row["gold"] == _reading(row).type)


def _fit(rows: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(_names(r), 1.0) for r in rows])
    d = np.asarray([dense(r["lex"], _reading(r)) for r in rows])
    from scipy.sparse import hstack

    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    model.fit(hstack([x, d]).tocsr(), [_label(r) for r in rows])
    k = len(vec.feature_names_)
    weights = {n: float(w) for n, w in zip(vec.feature_names_, model.coef_[0][:k], strict=True)}
    return weights, model.coef_[0][k:]


def _probability(weights: dict, dense_w, row: dict) -> float:
    z = sum(weights.get(n, 0.0) for n in _names(row)) + float(np.dot(dense(row["lex"], _reading(row)), dense_w))
    return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))


def outcome(rows: list[dict], probs, threshold: float) -> tuple[int, int, int]:
    """(annotated types made, annotated types lost, neither) by the switches at ``threshold``."""
    made = lost = other = 0
    for r, p in zip(rows, probs, strict=True):
        if p < threshold:
            continue
        if r["gold"] == _reading(r).type:
            made += 1
        elif r["gold"] == r["lex"]:
            lost += 1
        else:
            other += 1
    return made, lost, other


def out_of_fold(rows: list[dict], c: float) -> np.ndarray:
    probs = np.zeros(len(rows))
    for k in range(FOLDS):
        inside = [r for r in rows if r["art"] % FOLDS != k]
        weights, dw = _fit(inside, c)
        for j, r in enumerate(rows):
            if r["art"] % FOLDS == k:
                probs[j] = _probability(weights, dw, r)
    return probs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--rows", type=Path, help="a pickle of the collected rows: read if it exists, else written")
    args = ap.parse_args()
    if args.rows is not None and args.rows.is_file():
        train, dev = pickle.loads(args.rows.read_bytes())
    else:
        from newsgraph.corpus import load_corpus
        from newsgraph.events._propose import proposer
        from newsgraph.pipeline import Extractor

        corpus, extractor = load_corpus(), Extractor()
        shipped = proposer()
        folds = te.fold_proposers(corpus, extractor, shipped.about["C"], shipped.threshold)
        train = collect("train", corpus, extractor, folds)
        dev = collect("dev", corpus, extractor, [shipped])
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps((train, dev)))
    train, dev = [r for r in train if readable(r["context"])], [r for r in dev if readable(r["context"])]
    y = np.asarray([_label(r) for r in train])
    print(f"rows: train {len(train)} ({int(y.sum())} with the proposer's type annotated), dev {len(dev)}")
    best = None
    for c in C_GRID:
        p = np.clip(out_of_fold(train, c), 1e-9, 1 - 1e-9)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        print(f"C {c}: out-of-fold log-loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, c, p)
    assert best is not None
    loss, c, oof = best
    scored = []
    for th in THRESHOLDS:
        made, lost, other = outcome(train, oof, th)
        scored.append((made - lost, -th, th))
        print(f"  threshold {th}: train out of fold made {made}, lost {lost}, neither {other}")
    net, _, threshold = max(scored)
    weights, dw = _fit(train, c)
    dev_p = [_probability(weights, dw, r) for r in dev]
    made, lost, other = outcome(dev, dev_p, threshold)
    print(f"chosen C {c}, threshold {threshold} (train out of fold net {net}); dev made {made}, lost {lost}, neither {other}")
    about = {"trained_on": f"corpus train split: {len(train)} lexicon triggers, not negated, the proposer reads as another type "
                           f"(fold proposers, out of fold), {int(y.sum())} annotated with the proposer's type",
             "chosen_on": "corpus train split, five folds by article: C by the out-of-fold log-loss, the threshold by "
                          "the annotated types the switch makes less those it loses",
             "C": c, "log_loss": round(loss, 4), "train_net": int(net),
             "dev": {"made": made, "lost": lost, "neither": other}, "built": dt.date.today().isoformat()}
    data = {"about": about, "threshold": threshold,
            "weights": {n: round(w, 4) for n, w in sorted(weights.items()) if abs(w) >= 1e-4},
            "dense": [round(float(w), 4) for w in dw]}
    if not args.dry_run:
        path = ROOT / "src" / "newsgraph" / "data" / "events" / MODEL_FILE
        path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
