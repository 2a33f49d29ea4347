"""Train the document-kind model (news or opinion) that ``newsgraph.ingest._kind`` ships.

    python scripts/train_kind.py              # train, choose, print the figures, write the model
    python scripts/train_kind.py --dry-run    # print the figures only

Training data: the AllSides articles outside the corpus pool (``annotation-pool.txt``), outside the audits
(``corpus/audited.json``) and of 800 characters or more, each labelled by its address: opinion when the
address names an opinion section (``_kind.section_of``), else news. An address is a noisy label (a
column filed under /news/ counts as news), but there are some 3,900 of them. The model is a logistic
regression (scikit-learn, lbfgs, class weights balanced: about one in twenty is opinion) over the words
present (``_kind.kind_tokens``), the 3,000 most frequent that five or more articles have.

Choice and measure: the corpus pool, whose annotators skipped opinion pieces as not news
(``corpus/skipped.json``; video pages are left out of this measure) and annotated the news. C and the
threshold are chosen on the pool's train and dev articles by the F1 of ``opinion`` with labels and
addresses as ``document_kind`` combines them: a news report taken for opinion, and filtered out by a user,
costs more than a column kept, so the words decide alone only where they are sure. The test articles are
only measured, printed beside, by the words alone and combined. Deterministic: the same data give the same model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph._linear import LinearModel  # noqa: E402
from newsgraph.ingest._kind import MODEL_PARTS, document_kind, kind_tokens, label_of, probability, section_of  # noqa: E402

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "news" / "allsides-political-news"
OUT = ROOT / "src" / "newsgraph" / "data" / Path(*MODEL_PARTS)
VOCAB, MIN_DF, SHORTEST = 3000, 5, 800
CS = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 19))


def _ids(value) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*map(_ids, value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*map(_ids, value)) if value else set()
    return set()


def pool_labels() -> dict[str, tuple[str, int]]:
    """Each pool article's split and label (1 opinion, 0 news); video pages and unannotated ones left out."""
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    skipped = {r["id"]: r["reason"] for r in json.loads((ROOT / "corpus" / "skipped.json").read_text(encoding="utf-8"))}
    annotated = {p.stem for p in (ROOT / "corpus" / "annotations").glob("*.json")}
    out = {}
    for split, ids in splits.items():
        for aid in ids:
            if aid in skipped:
                if "video" not in skipped[aid].lower():
                    out[aid] = (split, 1)
            elif aid in annotated:
                out[aid] = (split, 0)
    return out


def scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def measure(model: LinearModel, rows: list[tuple[dict, int]], words_only: bool = False) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for article, y in rows:
        if words_only:
            p = probability(model, article["text"])
            guess = int(p >= model.threshold)
        else:
            guess = int(document_kind(article["text"], article.get("title"), article.get("url"), model)[0] == "opinion")
        tp += guess and y
        fp += guess and not y
        fn += (not guess) and y
    return tp, fp, fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    articles = {}
    for line in (NEWS / "articles.jsonl").open(encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            articles[a["id"]] = a
    pool = set((NEWS / "annotation-pool.txt").read_text(encoding="utf-8").split())
    audited_file = ROOT / "corpus" / "audited.json"
    audited = _ids(json.loads(audited_file.read_text(encoding="utf-8"))) if audited_file.exists() else set()
    train = [a for aid, a in sorted(articles.items()) if aid not in pool and aid not in audited
             and len(a.get("text") or "") >= SHORTEST]
    y = np.array([int(section_of(a.get("url")) is not None) for a in train])
    toks = [kind_tokens(a["text"]) for a in train]
    df = Counter(t for ts in toks for t in ts)
    vocab = sorted((t for t, n in df.items() if n >= MIN_DF), key=lambda t: (-df[t], t))[:VOCAB]
    index = {t: k for k, t in enumerate(vocab)}
    cells = [(r, index[t]) for r, ts in enumerate(toks) for t in ts if t in index]
    X = csr_matrix((np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])), shape=(len(train), len(vocab)))
    print(f"training: {len(train)} articles outside the pool, {int(y.sum())} under an opinion section; "
          f"{len(vocab)} words")

    labels = pool_labels()
    chose = [(articles[aid], yy) for aid, (split, yy) in sorted(labels.items()) if split != "test"]
    test = [(articles[aid], yy) for aid, (split, yy) in sorted(labels.items()) if split == "test"]
    print(f"choice: pool train + dev, {len(chose)} articles, {sum(yy for _, yy in chose)} opinion; "
          f"measure: pool test, {len(test)} articles, {sum(yy for _, yy in test)} opinion")
    # what the grid needs of each choice article, read once: whether a label or a section marks it (which
    # no threshold changes), and, per C, the words' probability (which every threshold compares against)
    marked = [label_of(a.get("title"), a["text"]) is not None or section_of(a.get("url")) is not None for a, _ in chose]
    best = None
    for C in CS:
        fit = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(X, y)
        weights = {f"w={t}": round(float(w), 5) for t, w in zip(vocab, fit.coef_[0]) if abs(w) >= 1e-5}
        weights["bias"] = round(float(fit.intercept_[0]), 5)
        words = LinearModel(weights=weights, threshold=0.0, about={})
        probs = [probability(words, a["text"]) for a, _ in chose]
        for th in THRESHOLDS:
            guesses = [m or p >= th for m, p in zip(marked, probs, strict=True)]
            tp = sum(1 for g, (_, yy) in zip(guesses, chose, strict=True) if g and yy)
            fp = sum(1 for g, (_, yy) in zip(guesses, chose, strict=True) if g and not yy)
            f1 = scores(tp, fp, sum(yy for _, yy in chose) - tp)[2]
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, C, th, weights)
        print(f"  C {C}: best F1 on the choice set so far {best[0]:.3f} (C {best[1]}, threshold {best[2]})")
    assert best is not None
    f1, C, th, weights = best
    model = LinearModel(weights=weights, threshold=th, about={})
    figures = {}
    for name, rows in (("pool train+dev", chose), ("pool test", test)):
        for how, words_only in (("words alone", True), ("labels, sections and words", False)):
            tp, fp, fn = measure(model, rows, words_only)
            p, r, f = scores(tp, fp, fn)
            figures[f"{name}, {how}"] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                                         "tp": tp, "fp": fp, "fn": fn}
            print(f"  {name:15} {how:27} P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, fp {fp}, fn {fn})")
    labelled = sum(1 for m, (_, yy) in zip(marked, chose, strict=True) if m and yy)
    print(f"  opinion pieces of the choice set with a label or a section: {labelled} of {sum(yy for _, yy in chose)}")
    if args.dry_run:
        return 0
    about = {"what": "logistic regression over the words present (newsgraph.ingest._kind.kind_tokens): the "
                     "probability that a document is an opinion piece",
             "trained_on": f"{len(train)} AllSides articles outside the corpus pool and the audits, labelled by "
                           f"their address (opinion section: {int(y.sum())})",
             "chosen_on": "C and threshold by the F1 of opinion on the corpus pool's train and dev articles (skipped as "
                          "opinion against annotated as news), labels and sections combined",
             "C": C, "vocabulary": len(vocab), "figures": figures, "built": dt.date.today().isoformat()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"about": about, "threshold": th, "weights": weights}, indent=0, sort_keys=True,
                              ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
