"""Train the learned filling of empty participant slots (``newsgraph.events._fillers``) from the corpus.

    python scripts/train_fillers.py              # train on corpus train, write src/newsgraph/data/events/fillers.json
    python scripts/train_fillers.py --dry-run    # print the figures only
    python scripts/train_fillers.py --dry-run --story --party    # with the measured, unshipped candidates and features

newsgraph runs over the train and dev articles with the shipped models and the filler's collection on
(no filler applied): every candidate for a slot the rules leave empty (the actors of the trigger's
sentence and the speakers of its quotations; with ``--story`` the story's too: the previous sentence's
actors and the most mentioned so far) is collected with its features.
The events are paired with the annotated ones as the scorer pairs them; a candidate of a paired event
is labelled 1 when the annotated actor it stands for (aligned by its mentions, as the scorer aligns
actors) is in that slot of the annotated event (either slot for a meeting between equals, whose
participants are one set), else 0. Candidates of unpaired events are left out: no choice of theirs
changes a score. A binary logistic regression (scikit-learn, lbfgs: the same rows give the same model)
over the features seen in at least ``MIN_ARTICLES`` train articles is fitted on them.

C and the threshold are chosen on the train split alone, in ``FOLDS`` folds by article, each candidate
scored by a model fitted on the other folds: the paired events made right in full less those made
wrong (a slot the annotators leave empty filled, or filled with another party). The threshold is judged
out of fold too (each fold by the threshold the other folds choose). The dev split is only measured.
The test split is never read. The same corpus and models give a byte-identical file.
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
from newsgraph.corpus import load_corpus  # noqa: E402
from newsgraph.corpus._compare import Reading, _overlap, align_actors, match_events, norm_name  # noqa: E402
from newsgraph.events._fillers import MODEL_FILE  # noqa: E402
from train_events import _fit, _out_of_fold, in_articles, parsed  # noqa: E402

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(3, 19))
FOLDS = 5
# A feature enters only when the candidates of this many train articles have it: a rarer one (one
# article's dependency path) would learn that article's participants.
MIN_ARTICLES = 3
WEIGHT_CUT = 0.01


def _gold_of(spans: list[tuple[int, int]], name: str, gold: Reading, text: str) -> str | None:
    """The annotated actor a candidate stands for, as ``align_actors`` would align it."""
    best, best_n = None, 0
    for g in gold.actors:
        n = sum(1 for s in spans for t in g.spans if _overlap(s, t))
        if n > best_n:
            best, best_n = g.id, n
    if best is None:
        for g in gold.actors:
            if norm_name(g.name) == norm_name(name) or any(norm_name(text[s:e]) == norm_name(name) for s, e in g.spans):
                return g.id
    return best


def collect(split: str, corpus, extractor) -> list[dict]:
    """Per article of ``split``: its paired events (the found and annotated participants, the found
    ones aligned) and the candidates of their empty slots with features and labels."""
    from newsgraph.records import Document

    ids, arts, docs = parsed(split, corpus, extractor)
    out = []
    for i, doc in zip(ids, docs, strict=True):
        extractor.collect_fillers = []
        text = arts[i]["text"]
        document = Document(text=text, title=arts[i].get("title"), published=arts[i].get("date"), source=i)
        result = extractor.analyse(document, doc)
        found = Reading.from_result(result)
        gold = Reading.from_annotation(corpus.annotations[i])
        amap = align_actors(gold, found, text)
        index = {id(e): k for k, e in enumerate(result.events)}
        paired = {s.index: g for g, s in match_events(gold, found, amap)}
        names = {a.id: a.name for a in result.actors}
        events: dict[int, dict] = {}
        for event, slot, aid, feats, spans in extractor.collect_fillers:
            k = index.get(id(event))
            if k is None or k not in paired:
                continue
            g = paired[k]
            meeting = g.type == "CONSULT" and g.mode != "visit"
            if k not in events:
                e = result.events[k]
                events[k] = {"gold_actor": sorted(g.actor), "gold_recipient": sorted(g.recipient), "meeting": meeting,
                             "actor": [amap.get(a) for a in e.actor], "recipient": [amap.get(a) for a in e.recipient],
                             "type": g.type, "rows": []}
            gid = _gold_of([tuple(s) for s in spans], names.get(aid, ""), gold, text)
            want = set(g.actor) | set(g.recipient) if meeting else set(getattr(g, slot))
            events[k]["rows"].append({"slot": slot, "gold": gid, "label": int(gid is not None and gid in want),
                                      "names": feats})
        out.append({"id": i, "events": [events[k] for k in sorted(events)]})
    extractor.collect_fillers = None
    return out


def _full(ev: dict, actor: list, recipient: list) -> bool:
    sa, sr = set(actor), set(recipient)
    if ev["meeting"]:
        return (sa | sr) == set(ev["gold_actor"]) | set(ev["gold_recipient"]) and None not in sa | sr
    return sa == set(ev["gold_actor"]) and sr == set(ev["gold_recipient"]) and None not in sa | sr


def _figures(arts: list[dict], probs: dict[tuple[int, int, int], float], t: float,
             only: set[int] | None = None) -> dict[str, int]:
    """Over the paired events (of the articles in ``only`` where given): filled slots, events made right
    in full and made wrong, and the net gain."""
    fixed = broken = filled = 0
    for a, art in enumerate(arts):
        if only is not None and a not in only:
            continue
        for e, ev in enumerate(art["events"]):
            best: dict[str, tuple[float, int]] = {}
            for r, row in enumerate(ev["rows"]):
                p = probs[a, e, r]
                if p >= t and (row["slot"] not in best or p > best[row["slot"]][0]):
                    best[row["slot"]] = (p, r)
            if "actor" in best and "recipient" in best and (ev["rows"][best["actor"][1]]["gold"]
                                                             == ev["rows"][best["recipient"][1]]["gold"]):
                del best["actor" if best["actor"][0] < best["recipient"][0] else "recipient"]
            if not best:
                continue
            actor, recipient = list(ev["actor"]), list(ev["recipient"])
            for slot, (_p, r) in best.items():
                (actor if slot == "actor" else recipient).append(ev["rows"][r]["gold"])
                filled += 1
            before, after = _full(ev, ev["actor"], ev["recipient"]), _full(ev, actor, recipient)
            fixed += after and not before
            broken += before and not after
    return {"filled": filled, "fixed": fixed, "broken": broken, "net": fixed - broken}


def _rows(arts: list[dict]):
    rows, labels, owner, keys = [], [], [], []
    for a, art in enumerate(arts):
        for e, ev in enumerate(art["events"]):
            for r, row in enumerate(ev["rows"]):
                rows.append(row["names"])
                labels.append(row["label"])
                owner.append(a)
                keys.append((a, e, r))
    return rows, labels, owner, keys


def _best_threshold(arts, probs, only: set[int] | None = None) -> float:
    """The threshold with the best net gain (the highest of equals: fewer fills)."""
    return max(THRESHOLDS, key=lambda t: (_figures(arts, probs, t, only)["net"], t))


def _nested(arts, probs) -> dict[str, int]:
    total: Counter = Counter()
    for k in range(FOLDS):
        rest = {a for a in range(len(arts)) if a % FOLDS != k}
        mine = {a for a in range(len(arts)) if a % FOLDS == k}
        total.update(_figures(arts, probs, _best_threshold(arts, probs, rest), mine))
    return dict(total)


def ceiling(arts: list[dict]) -> dict[str, int]:
    """Paired events with an empty slot the annotators fill, and those of them with a candidate that
    stands for the annotated participant (the most a filler could reach)."""
    out: Counter = Counter()
    for art in arts:
        for ev in art["events"]:
            for slot in ("actor", "recipient"):
                if ev[slot] or not ev[f"gold_{slot}"]:
                    continue
                out[f"{slot}_empty_gold_filled"] += 1
                out[f"{slot}_candidate_right"] += any(r["label"] for r in ev["rows"] if r["slot"] == slot)
            out["events"] += 1
            out["full_before"] += _full(ev, ev["actor"], ev["recipient"])
    return dict(out)


def choose(sets: dict[str, list[dict]], dry: bool) -> None:
    train = sets["train"]
    rows, labels, owner, keys = _rows(train)
    print(f"fillers: train {len(rows)} candidates, {sum(labels)} right; ceiling {ceiling(train)}")
    keep = in_articles(rows, owner, MIN_ARTICLES)
    rows = [[n for n in names if n in keep] for names in rows]
    print(f"  {len(keep)} features")
    best = None
    for c in C_GRID:
        # a fold whose other folds hold one label fits nothing (a tiny corpus): its candidates fill nothing
        probs = {key: 0.0 if p is None else p
                 for key, p in zip(keys, _out_of_fold(rows, labels, owner, FOLDS, c), strict=True)}
        t = _best_threshold(train, probs)
        fig = _figures(train, probs, t)
        nested = _nested(train, probs)
        print(f"  C={c} t={t}: {fig}; threshold judged out of fold too: {nested}")
        if best is None or (nested["net"], fig["net"]) > (best[2]["net"], best[1]["net"]):
            best = (c, fig, nested, t)
    assert best is not None
    c, fig, nested, t = best
    model = _fit(rows, labels, c)
    drows, dlabels, _downer, dkeys = _rows(sets["dev"])
    dprobs = {k: model.probability(names) for k, names in zip(dkeys, drows, strict=True)}
    dev_fig = _figures(sets["dev"], dprobs, t)
    print(f"fillers: chosen on train in folds: C={c}, threshold={t}: {fig}; dev {dev_fig}; dev ceiling "
          f"{ceiling(sets['dev'])}")
    about = {"what": "logistic regression over newsgraph.events._fillers.features: whether a candidate (an actor "
                     "of the event's sentence, a speaker of its quotations, an actor of the sentence before or one "
                     "of the most mentioned so far) fills a participant slot the rules "
                     "leave empty; the best-scored candidate of a slot fills it at or above the threshold",
             "trained_on": f"corpus train split: {len(train)} articles, {len(rows)} candidates of the events "
                           f"paired with annotated ones",
             "chosen_on": f"on the train split in {FOLDS} folds by article: C and the threshold with the most "
                          f"paired events made right in full less those made wrong; dev ({len(sets['dev'])} "
                          f"articles) only measured",
             "weights": f"rounded to 3 decimals, those under {WEIGHT_CUT} dropped",
             "C": c, "train_folds": fig, "train_folds_nested": nested, "dev": dev_fig}
    data = {"about": about, "threshold": t,
            "weights": {k: round(v, 3) for k, v in sorted(model.weights.items()) if abs(v) >= WEIGHT_CUT}}
    if not dry:
        path = ROOT / "src" / "newsgraph" / "data" / "events" / MODEL_FILE
        path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    _linear.load_model_file.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--rows", type=Path, help="a JSON file of the collected rows: read if it exists, else written")
    ap.add_argument("--story", action="store_true", help="offer the story's candidates (events._fillers.STORY)")
    ap.add_argument("--party", action="store_true", help="give the party features (events._fillers.PARTY)")
    args = ap.parse_args()
    from newsgraph.events import _fillers

    _fillers.STORY, _fillers.PARTY = args.story or _fillers.STORY, args.party or _fillers.PARTY
    if args.rows is not None and args.rows.is_file():
        sets = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        from newsgraph.pipeline import Extractor

        corpus = load_corpus()
        extractor = Extractor()
        extractor.fill_events = False  # collected with the rules' slots, as the filler finds them
        sets = {split: collect(split, corpus, extractor) for split in ("train", "dev")}
        if args.rows is not None:
            args.rows.write_text(json.dumps(sets), encoding="utf-8")
    choose(sets, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
