"""Train the learned event modality (``newsgraph.events._modal``) from the annotated corpus.

    python scripts/train_modality.py             # train on corpus train, choose C on dev, write the model
    python scripts/train_modality.py --dry-run   # print the figures only

Every event the shipped pipeline keeps (with the rules' modality) on a train article that the corpus
scorer matches to an annotated event is a row: its features (``_modal.features``) and the annotated
modality. A multinomial logistic regression (scikit-learn, lbfgs: the same rows give the same model)
is fitted on train for each C of a small grid and scored on dev by modality accuracy over the matched
events, beside the rules' accuracy on the same events; the best C is written to
``src/newsgraph/data/events/modality.json`` only when it beats the rules on dev by ``MARGIN``. The test
split is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph import _linear  # noqa: E402
from newsgraph.corpus import load_corpus  # noqa: E402
from newsgraph.corpus._articles import load_articles  # noqa: E402
from newsgraph.corpus._compare import Reading, align_actors, match_events  # noqa: E402
from newsgraph.events._modal import CLASSES, MODEL_FILE  # noqa: E402
from newsgraph.records import Document  # noqa: E402

DATA = ROOT / "src" / "newsgraph" / "data" / "events"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
# The model replaces the rules' reading only when clearly better on dev (114 articles, about 540
# matched events: one event is 0.002).
MARGIN = 0.01


def rows(split: str, corpus, extractor) -> tuple[list[list[str]], list[str], list[str]]:
    """(features, annotated modality, the rules' modality) of each kept event matched to an annotated one."""
    ids = [i for i in corpus.ids(split) if not corpus.annotations[i].get("skip")]
    articles = load_articles(ids=set(ids))
    feats: list[list[str]] = []
    gold: list[str] = []
    rule: list[str] = []
    for i in ids:
        art = articles[i]
        extractor.collect_modality = []
        result = extractor(Document(text=art["text"], title=art.get("title"), published=art.get("date"), source=i))
        by_id = {eid: (mod, names) for eid, mod, names in extractor.collect_modality}
        g = Reading.from_annotation(corpus.annotations[i])
        s = Reading.from_result(result)
        amap = align_actors(g, s, art["text"])
        for ge, se in match_events(g, s, amap):
            got = by_id.get(result.events[se.index].id)
            if got is None or ge.modality not in CLASSES:
                continue
            feats.append(got[1])
            gold.append(ge.modality)
            rule.append(got[0])
    extractor.collect_modality = None
    return feats, gold, rule


def fit(feats: list[list[str]], labels: list[str], c: float) -> _linear.SoftmaxModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{n: 1 for n in names} for names in feats])
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs")
    model.fit(x, labels)
    names = vec.get_feature_names_out()
    coef = model.coef_
    classes = [str(k) for k in model.classes_]
    if len(classes) == 2:  # binary: scikit-learn keeps one row; the softmax needs both
        coef = [-coef[0] / 2, coef[0] / 2]
        intercepts = [-model.intercept_[0] / 2, model.intercept_[0] / 2]
    else:
        intercepts = list(model.intercept_)
    weights = {}
    for k, cls in enumerate(classes):
        w = {n: round(float(v), 5) for n, v in zip(names, coef[k], strict=True) if abs(v) > 1e-5}
        w["bias"] = round(w.get("bias", 0.0) + float(intercepts[k]), 5)
        weights[cls] = w
    return _linear.SoftmaxModel(classes=tuple(classes), weights=weights, about={})


def accuracy(model: _linear.SoftmaxModel, feats: list[list[str]], gold: list[str]) -> float:
    right = sum(model.classes[int(model.vector(names).argmax())] == g for names, g in zip(feats, gold, strict=True))
    return right / max(1, len(gold))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args()
    import sklearn

    from newsgraph.pipeline import Extractor

    t0 = time.perf_counter()
    corpus = load_corpus()
    extractor = Extractor()
    extractor.modality_events = False  # the rows carry the rules' reading, as the model sees it at run time
    train = rows("train", corpus, extractor)
    dev = rows("dev", corpus, extractor)
    for name, (_f, g, r) in (("train", train), ("dev", dev)):
        rule_acc = sum(a == b for a, b in zip(g, r, strict=True)) / max(1, len(g))
        print(f"{name}: {len(g)} matched events, annotated {dict(Counter(g))}; rules' accuracy {rule_acc:.4f}")
    rule_dev = sum(a == b for a, b in zip(dev[1], dev[2], strict=True)) / max(1, len(dev[1]))
    best = None
    for c in C_GRID:
        model = fit(train[0], train[1], c)
        acc = accuracy(model, dev[0], dev[1])
        print(f"C={c}: train {accuracy(model, train[0], train[1]):.4f}, dev {acc:.4f}")
        if best is None or acc > best[0] + 1e-9:
            best = (acc, c, model)
    assert best is not None
    acc, c, model = best
    about = {"what": "multinomial logistic regression over newsgraph.events._modal.features of each kept event; "
                     "trained on the corpus train split's kept events matched to an annotated event",
             "C": c, "train_rows": len(train[1]), "dev_rows": len(dev[1]),
             "dev_accuracy": round(acc, 4), "dev_rules_accuracy": round(rule_dev, 4),
             "sklearn": sklearn.__version__}
    print(f"chosen C={c}: dev modality accuracy {acc:.4f} against the rules' {rule_dev:.4f}")
    path = DATA / MODEL_FILE
    if acc < rule_dev + MARGIN:
        print(f"not {MARGIN} better than the rules on dev: not written")
    elif not args.dry_run:
        data = {"about": about, "classes": list(model.classes), "weights": model.weights}
        path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
        from newsgraph import _prebuilt

        # the prebuilt models table holds the model converted for a fast start; rebuilt from the JSON
        built = _prebuilt.write("models", ROOT / "src" / "newsgraph" / "data" / "prebuilt")
        print(f"wrote {built.relative_to(ROOT)}")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
