"""Measure a learned speaker chooser over the candidates of ``newsgraph.quotes._chooser`` on PolNeAR.

    python scripts/train_speakers.py ../shared/data/quotes/polnear                  # about eight minutes
    python scripts/train_speakers.py ../shared/data/quotes/polnear --cache /tmp/x   # keep the parses (DocBin): four
    python scripts/train_speakers.py ../shared/data/quotes/polnear --cache /tmp/x --write /tmp/x/chooser.json

Each PolNeAR text of train (and dev, measured only) is parsed, its actors resolved, and its quotes found
by the rules alone (``quote_candidates``), each with the candidates for its speaker the rules consider.
Every quote is scored as ``newsgraph eval polnear`` scores it (pieces joined, one-to-one matching): a
matched first piece whose gold Source is no pronoun is a row, and each of its candidates is labelled
right when its name (the actor's canonical name; for the rules' choice without an actor, its
``attributed_to`` words) shares a name word with the Source, as the strict scorer judges. The oracle
(how often a right speaker is among the candidates, by names and by the overlap of a mention with the
Source) is printed for both compartments.

The chooser weighs two parts of the quotes apart (``_chooser.scope``): those the rules give an actor, and
those they give none (no speaker, or the text's own words; a question put to someone is never decided), and
it gives a quote only to a person (``_chooser.may_speak``). A logistic regression (scikit-learn, lbfgs: the
same data give the same model) is fitted on the pairs (the rules' choice, another candidate) of the train
rows where one of the two is right and the other wrong, over ``_chooser.pair_features``: one model for both
parts or one for each. The fit mode, C and each part's threshold (the probability above which the best
person replaces the rules' choice) are chosen on train alone, in ``FOLDS`` folds by text, every quote judged
by a model fitted on the other folds, by a reader's measure: a right speaker is worth 1, none 0 and a wrong
one ``-WRONG_COST``, so that a part is decided only where the chooser gains there (else it is left to the
rules). The dev compartment is only measured; the test compartment is never read. ``--write`` saves the
chosen model as plain numbers (JSON) for ``_chooser.load_chooser``; none is shipped (docs/evaluation.md,
"Session 47, speakers47").
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
FOLDS = 5
MODES = ("one", "each")
SCOPES = ("actor", "none")
# a wrong speaker costs a reader twice what a right one gains; no speaker costs nothing
WRONG_COST = 2


def collect(directory: str, split: str, cache: Path | None) -> list[dict]:
    """One row per scored quote: its candidates' features, and which candidates are right by name."""
    from newsgraph import actors as _actors  # before quotes: the package's import order
    from newsgraph.evaluation import polnear as P
    from newsgraph.nlp import load_model
    from newsgraph.quotes import quote_candidates
    from newsgraph.quotes._chooser import may_speak, pair_features, scope

    if split == "test":
        raise SystemExit("the test compartment is never read")
    docs = P.load_split(directory, split)
    nlp = load_model(None)
    stored = cache / f"{split}.spacy" if cache is not None else None
    if stored is not None and stored.exists():
        from spacy.tokens import DocBin

        parsed = list(DocBin().from_disk(stored).get_docs(nlp.vocab))
    else:
        parsed = list(nlp.pipe(d.text for d in docs))
        if stored is not None:
            from spacy.tokens import DocBin

            stored.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=parsed).to_disk(stored)
    rows: list[dict] = []
    for gold, doc in zip(docs, parsed):
        table = _actors.resolve(doc, text=gold.text)
        listed = quote_candidates(doc, table)
        names = {a.id: a.name for a in table.actors}
        mentions: dict[str, list[tuple[int, int]]] = {}
        for m in table.mentions:
            mentions.setdefault(m.actor, []).append(m.span)
        preds = [P._Pred(f.quote.span, f.quote.speaker, f.speaker_span, names.get(f.quote.speaker or "") or f.quote.attributed_to,
                         f.quote.continues) for f, _ in listed]
        by_span = {f.quote.span: cands for f, cands in listed}
        for p, g in P._match(P.join_pieces(preds), gold.quotes):
            if not g.sources:
                continue
            source = " ".join(gold.text[a:b] for a, b in g.sources)
            if P.is_pronoun(source):
                continue
            gwords = P.name_words(source)
            cands = by_span[p.pieces()[0]]
            labels, strict = [], []
            for c in cands:
                name = names.get(c.actor or "") if c.actor is not None else p.name
                labels.append(bool(gwords) and bool(gwords & P.name_words(name or "")))
                places = list(mentions.get(c.actor, [])) if c.actor is not None else []
                if c.span is not None:
                    places.append(c.span)
                strict.append(any(P._shared(s, g.sources) > 0 for s in places))
            rows.append({"doc": gold.name, "span": list(p.pieces()[0]), "source": list(g.sources[0]),
                         "names": [names.get(c.actor or "") or p.name for c in cands], "named": bool(gwords), "actor": [c.actor is not None for c in cands],
                         "features": [c.features for c in cands], "proposers": [sorted(c.proposers) for c in cands],
                         "pairs": [pair_features(cands[0], c) for c in cands[1:]], "scope": scope(cands[0]),
                         "eligible": [may_speak(c) for c in cands[1:]],
                         "right": labels, "overlap": strict})
    return rows


def _fit(rows: list[dict], c: float):
    """The model over the pairs (the rules' choice, another candidate) where one of the two is right and the
    other wrong: only there does replacing the one by the other change the score."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats, labels = [], []
    for r in rows:
        for k, x in enumerate(r["pairs"], 1):
            if r["right"][k] != r["right"][0]:
                feats.append(x)
                labels.append(int(r["right"][k]))
    vec = DictVectorizer(sort=True)
    model = LogisticRegression(C=c, max_iter=5000, solver="lbfgs").fit(vec.fit_transform(feats), labels)
    return vec, model


def _scores(vec, model, rows: list[dict]) -> list[list[float]]:
    """Per row, each other candidate's probability of being right where the rules' choice is wrong."""
    out = []
    for r in rows:
        probs = model.predict_proba(vec.transform(r["pairs"]))[:, 1].tolist() if r["pairs"] else []
        out.append([p if ok else 0.0 for p, ok in zip(probs, r["eligible"])])  # only a person may be chosen
    return out


def _fold(name: str) -> int:
    return zlib.crc32(name.encode()) % FOLDS


def oracle(rows: list[dict], label: str) -> str:
    n = len(rows)
    rule = sum(r[label][0] for r in rows)
    anyc = sum(any(r[label]) for r in rows)
    return f"{label}: rules {rule} of {n} ({rule / n:.4f}), a right candidate {anyc} ({anyc / n:.4f})"


def part(row: dict) -> str | None:
    """The part of the quotes a row belongs to (``_chooser.scope`` of the rules' choice)."""
    return row["scope"]


def _value(right: bool, speaks: bool) -> int:
    """What a speaker is worth to a reader: a right one 1, none 0, a wrong one ``-WRONG_COST``."""
    return 1 if right else (-WRONG_COST if speaks else 0)


def tally(rows: list[dict], scores: list[list[float]], threshold: float) -> dict[str, int]:
    """What taking the best eligible candidate above ``threshold`` does to ``rows``: the reader's gain
    (:func:`_value` after less before), quotes turned right and wrong by name, quotes given another wrong
    speaker where the rules gave a wrong one, and a wrong one where the rules gave none."""
    out = {"gain": 0, "fixed": 0, "broken": 0, "wrong_for_wrong": 0, "wrong_for_none": 0, "changed": 0}
    for r, s in zip(rows, scores):
        if not s:
            continue
        best = max(range(len(s)), key=lambda j: (s[j], -j))
        if s[best] <= threshold:
            continue
        k = best + 1
        before, after = r["right"][0], r["right"][k]
        out["changed"] += 1
        out["gain"] += _value(after, True) - _value(before, bool(r["names"][0]))
        out["fixed"] += after and not before
        out["broken"] += before and not after
        out["wrong_for_wrong"] += not before and not after and bool(r["names"][0])
        out["wrong_for_none"] += not after and not r["names"][0]
    return out


def _fit_scopes(rows: list[dict], c: float, mode: str) -> dict[str, tuple]:
    """One model over both scopes' pairs ("one"), or a model for each ("each")."""
    if mode == "one":
        fitted = _fit(rows, c)
        return {"actor": fitted, "none": fitted}
    return {sc: _fit([r for r in rows if part(r) == sc], c) for sc in SCOPES}


def _scored(models: dict[str, tuple], rows: list[dict]) -> list[list[float]]:
    out: list[list[float]] = []
    for r in rows:
        vec, model = models[part(r)]  # type: ignore[index]
        out.extend(_scores(vec, model, [r]))
    return out


def search(train: list[dict]) -> tuple[str, float, dict[str, float | None], int]:
    """The fit mode, C and each scope's threshold, out of fold on train: the most reader's gain (a scope
    whose best threshold gains nothing is left to the rules: threshold None)."""
    folds = [_fold(r["doc"]) for r in train]
    best: tuple[int, str, float, dict[str, float | None]] | None = None
    for mode in MODES:
        for c in C_GRID:
            scores: list[list[float]] = [[] for _ in train]
            for k in range(FOLDS):
                models = _fit_scopes([r for r, f in zip(train, folds) if f != k], c, mode)
                held = [j for j, f in enumerate(folds) if f == k]
                for j, s in zip(held, _scored(models, [train[j] for j in held])):
                    scores[j] = s
            total, chosen = 0, {}
            for sc in SCOPES:
                inside = [(r, s) for r, s in zip(train, scores) if part(r) == sc]
                rows_sc, scores_sc = [r for r, _ in inside], [s for _, s in inside]
                results = {t: tally(rows_sc, scores_sc, t) for t in THRESHOLDS}
                for t, res in results.items():
                    print(f"  out of fold {mode} C={c} {sc} above {t}: {res}")
                t_best = max(THRESHOLDS, key=lambda t: (results[t]["gain"], t))
                chosen[sc] = t_best if results[t_best]["gain"] > 0 else None
                total += results[t_best]["gain"] if chosen[sc] is not None else 0
            print(f"out of fold {mode} C={c}: thresholds {chosen}, reader's gain {total}")
            if best is None or total > best[0]:
                best = (total, mode, c, chosen)
    assert best is not None
    total, mode, c, chosen = best
    return mode, c, chosen, total


def export(models: dict[str, tuple], thresholds: dict[str, float | None], c: float, mode: str) -> dict:
    """The fitted chooser as plain numbers (``_chooser.load_chooser`` reads it): per scope its threshold,
    intercept and the weight of each feature, rounded so that the file is small and stable."""
    out: dict = {"about": "The speaker chooser of newsgraph.quotes._chooser, written by scripts/train_speakers.py "
                          "from PolNeAR train (docs/evaluation.md, Session 47, speakers47).",
                 "C": c, "mode": mode, "wrong_cost": WRONG_COST, "scopes": {}}
    for sc in SCOPES:
        vec, model = models[sc]
        weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
                   if round(float(w), 5) != 0.0}
        out["scopes"][sc] = {"threshold": thresholds[sc], "intercept": round(float(model.intercept_[0]), 5),
                             "weights": dict(sorted(weights.items()))}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", help="the PolNeAR folder (data/quotes/polnear)")
    ap.add_argument("--cache", type=Path, help="a folder to keep the parses in between runs")
    ap.add_argument("--write", type=Path, help="write the chosen model here (JSON), e.g. "
                                                "src/newsgraph/data/quotes/speaker_chooser.json")
    args = ap.parse_args(argv)
    train = collect(args.directory, "train", args.cache)
    dev = collect(args.directory, "dev", args.cache)
    for name, rows in (("train", train), ("dev", dev)):
        print(f"{name}: {len(rows)} scored quotes, {sum(r['named'] for r in rows)} with a name word in the Source; "
              f"candidates per quote {sum(len(r['right']) for r in rows) / max(1, len(rows)):.2f}")
        print("  " + oracle(rows, "right"))
        print("  " + oracle([{"actors": [y and a for y, a in zip(r["right"], r["actor"])]} for r in rows], "actors"))
        print("  " + oracle([r for r in rows if r["named"]], "overlap"))
    train = [r for r in train if part(r) is not None]
    dev = [r for r in dev if part(r) is not None]
    mode, c, thresholds, gain = search(train)
    print(f"chosen: {mode} C={c} thresholds {thresholds}; train out of fold reader's gain {gain}")
    models = _fit_scopes(train, c, mode)
    scores = _scored(models, dev)
    for sc in SCOPES:
        t = thresholds[sc]
        inside = [(r, s) for r, s in zip(dev, scores) if part(r) == sc]
        res = tally([r for r, _ in inside], [s for _, s in inside], t) if t is not None else "left to the rules"
        print(f"dev {sc} ({len(inside)} quotes): {res}")
    if args.write is not None:
        args.write.write_text(json.dumps(export(models, thresholds, c, mode), indent=0, sort_keys=False) + "\n",
                              encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
