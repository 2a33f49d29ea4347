"""Measure a learned speaker chooser over the candidates of ``newsgraph.quotes._chooser`` on PolNeAR.

    python scripts/train_speakers.py ../shared/data/quotes/polnear                  # about eight minutes
    python scripts/train_speakers.py ../shared/data/quotes/polnear --cache /tmp/x   # keep the parses (DocBin): four

Each PolNeAR text of train (and dev, measured only) is parsed, its actors resolved, and its quotes found
by the rules alone (``quote_candidates``), each with the candidates for its speaker the rules consider.
Every quote is scored as ``newsgraph eval polnear`` scores it (pieces joined, one-to-one matching): a
matched first piece whose gold Source is no pronoun is a row, and each of its candidates is labelled
right when its name (the actor's canonical name; for the rules' choice without an actor, its
``attributed_to`` words) shares a name word with the Source, as the strict scorer judges. The oracle
(how often a right speaker is among the candidates, by names and by the overlap of a mention with the
Source) is printed for both compartments.

The chooser decides only the quotes the rules give no actor (``_chooser.decides``), and gives them only to
a person (``_chooser.may_speak``). A logistic regression (scikit-learn, lbfgs: the same data give the same
model) is fitted on the pairs (the rules' choice, another candidate) of those train rows where one of the
two is right and the other wrong, over ``_chooser.pair_features``. C and the probability above which the
other candidate replaces the rules' choice are chosen on train alone, in ``FOLDS`` folds by text, every
quote judged by a model fitted on the other folds: the most quotes turned right less those turned wrong.
Each setting also prints the quotes given a wrong speaker where the rules gave a wrong one or none: the
strict measures count no speaker and a wrong one alike, a reader does not. The dev compartment is only
measured; the test compartment is never read. No model is written: none is shipped (docs/evaluation.md,
"Session 46, speakers46").
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MARGINS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
FOLDS = 5


def collect(directory: str, split: str, cache: Path | None) -> list[dict]:
    """One row per scored quote: its candidates' features, and which candidates are right by name."""
    from newsgraph import actors as _actors  # before quotes: the package's import order
    from newsgraph.evaluation import polnear as P
    from newsgraph.nlp import load_model
    from newsgraph.quotes import quote_candidates
    from newsgraph.quotes._chooser import decides, may_speak, pair_features

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
                         "pairs": [pair_features(cands[0], c) for c in cands[1:]], "decided": decides(cands[0]),
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


def _outcome(rows: list[dict], scores: list[list[float]], margin: float) -> tuple[int, int, int]:
    """(quotes right after the choice, turned right, turned wrong)."""
    right, fixed, broken, _ = _changes(rows, scores, margin)
    return right, fixed, broken


def _changes(rows: list[dict], scores: list[list[float]], margin: float) -> tuple[int, int, int, int]:
    """:func:`_outcome` and the quotes given another wrong speaker (wrong before and after)."""
    right = fixed = broken = wrong = 0
    for r, s in zip(rows, scores):
        k = 0
        if s:
            best = max(range(len(s)), key=lambda j: (s[j], -j))
            if s[best] > margin:
                k = best + 1
        right += r["right"][k]
        fixed += r["right"][k] and not r["right"][0]
        broken += r["right"][0] and not r["right"][k]
        wrong += k > 0 and not r["right"][0] and not r["right"][k]
    return right, fixed, broken, wrong


def _fold(name: str) -> int:
    return zlib.crc32(name.encode()) % FOLDS


def oracle(rows: list[dict], label: str) -> str:
    n = len(rows)
    rule = sum(r[label][0] for r in rows)
    anyc = sum(any(r[label]) for r in rows)
    return f"{label}: rules {rule} of {n} ({rule / n:.4f}), a right candidate {anyc} ({anyc / n:.4f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", help="the PolNeAR folder (data/quotes/polnear)")
    ap.add_argument("--cache", type=Path, help="a folder to keep the parses in between runs")
    args = ap.parse_args(argv)
    train = collect(args.directory, "train", args.cache)
    dev = collect(args.directory, "dev", args.cache)
    for name, rows in (("train", train), ("dev", dev)):
        print(f"{name}: {len(rows)} scored quotes, {sum(r['named'] for r in rows)} with a name word in the Source; "
              f"candidates per quote {sum(len(r['right']) for r in rows) / max(1, len(rows)):.2f}")
        print("  " + oracle(rows, "right"))
        print("  " + oracle([{"actors": [y and a for y, a in zip(r["right"], r["actor"])]} for r in rows], "actors"))
        print("  " + oracle([r for r in rows if r["named"]], "overlap"))
    # the chooser decides only the quotes the rules give no actor (_chooser.decides)
    train = [r for r in train if r["decided"]]
    dev = [r for r in dev if r["decided"]]
    for name, rows in (("train", train), ("dev", dev)):
        print(f"{name}, the quotes the chooser decides: {len(rows)}; " + oracle(rows, "right"))
    # C and margin out of fold on train
    folds = [_fold(r["doc"]) for r in train]
    best: tuple[int, float, float] | None = None
    for c in C_GRID:
        scores: list[list[float]] = [[] for _ in train]
        for k in range(FOLDS):
            fit = [r for r, f in zip(train, folds) if f != k]
            vec, model = _fit(fit, c)
            held = [j for j, f in enumerate(folds) if f == k]
            for j, s in zip(held, _scores(vec, model, [train[j] for j in held])):
                scores[j] = s
        for margin in MARGINS:
            right, fixed, broken, wrong = _changes(train, scores, margin)
            print(f"  out of fold C={c} margin={margin}: right {right} (+{fixed} -{broken}; {wrong} given another wrong speaker)")
            if best is None or fixed - broken > best[0]:
                best = (fixed - broken, c, margin)
    assert best is not None
    gain, c, margin = best
    rules = sum(r["right"][0] for r in train)
    print(f"chosen C={c} margin={margin}: train out of fold {rules} -> {rules + gain} of {len(train)}")
    vec, model = _fit(train, c)
    right, fixed, broken, wrong = _changes(dev, _scores(vec, model, dev), margin)
    dev_rules = sum(r["right"][0] for r in dev)
    print(f"dev: rules {dev_rules} -> {right} of {len(dev)} (+{fixed} -{broken}; {wrong} given another wrong speaker)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
