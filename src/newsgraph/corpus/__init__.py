"""The annotated news corpus: loading it, scoring newsgraph on it, and the annotators' agreement.

``newsgraph eval corpus`` is a thin command over :func:`evaluate` and :func:`stats`. The corpus
itself (``corpus/`` at the repository root) holds offsets and codes only; the article texts are
read from ``../shared`` at run time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from ._articles import load_articles
from ._compare import Reading
from ._load import SPLITS, Corpus, check_record, corpus_root, load_corpus
from ._score import Tally

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Extractor

__all__ = ["Corpus", "load_corpus", "corpus_root", "check_record", "evaluate", "agreement", "stats", "SPLITS",
           "format_report", "write_errors"]


def _articles_for(corpus: Corpus, ids: list[str], articles: Path | None) -> dict[str, dict[str, Any]]:
    arts = load_articles(articles, set(ids))
    missing = [i for i in ids if i not in arts]
    if missing:
        raise EvaluationError(f"{len(missing)} corpus articles are not in articles.jsonl (first: {missing[0]})")
    from .anchor import text_hash

    for i in ids:
        want = corpus.annotations[i].get("text_sha1")
        if want and text_hash(arts[i]["text"]) != want:
            raise EvaluationError(f"article {i} is not the text it was annotated on (sha1 differs)")
    return arts


def evaluate(split: str | None = "test", *, corpus: Corpus | None = None, extractor: "Extractor | None" = None,
             model: str | None = None, articles: Path | None = None, errors: bool = False,
             limit: int | None = None, rules_only: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """newsgraph's figures on one split of the corpus (``None``: every article), and its mismatches.

    ``rules_only`` scores the rules alone, without the learned proposer, decisions, sentence coder and modality
    (the baseline).
    """
    from ..pipeline import Extractor
    from ..records import Document

    corpus = corpus or load_corpus()
    ids = [i for i in corpus.ids(split) if not corpus.annotations[i].get("skip")]
    if limit:
        ids = ids[:limit]
    if not ids:
        raise EvaluationError(f"the {split or 'whole'} split has no annotated articles yet")
    arts = _articles_for(corpus, ids, articles)
    extractor = extractor or Extractor(model=model)
    was = (extractor.decide_actors, extractor.decide_events, extractor.propose_events, extractor.modality_events,
           extractor.sentence_events)
    if rules_only:
        extractor.rules_only = True
    docs = [Document(text=arts[i]["text"], title=arts[i].get("title"), published=arts[i].get("date"),
                     url=arts[i].get("url"), source=i) for i in ids]
    tally = Tally(keep_errors=errors)
    try:
        for i, result in zip(ids, extractor.pipe(docs), strict=True):
            gold = Reading.from_annotation(corpus.annotations[i])
            found = Reading.from_result(result)
            found.id = i
            tally.add(gold, found, arts[i]["text"])
    finally:
        (extractor.decide_actors, extractor.decide_events, extractor.propose_events, extractor.modality_events,
         extractor.sentence_events) = was
    figures = tally.figures()
    figures["split"] = split or "all"
    figures["events_decided"] = not rules_only
    return figures, tally.errors


def agreement(corpus: Corpus | None = None, *, articles: Path | None = None,
              errors: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Agreement between the two independent annotations of each doubly annotated article (the first
    annotator's file taken as reference; F1 is symmetric, accuracies over matched pairs nearly so)."""
    corpus = corpus or load_corpus()
    pairs = {i: sorted(recs, key=lambda r: r.get("annotator") or "") for i, recs in corpus.double.items()
             if len(recs) >= 2 and not any(r.get("skip") for r in recs)}
    if not pairs:
        return {"articles": 0}, []
    arts = load_articles(articles, set(pairs))
    tally = Tally(keep_errors=errors)
    for i, (a, b) in ((i, recs[:2]) for i, recs in sorted(pairs.items())):
        tally.add(Reading.from_annotation(a), Reading.from_annotation(b), arts[i]["text"])
    f = tally.figures()
    out = {
        "articles": f["articles"],
        "event_type_f1": f["events"]["type"]["f1"],
        "event_full_f1": f["events"]["full"]["f1"],
        "actor_country": f["actors"]["country_accuracy"],
        "actor_sector": f["actors"]["sector_accuracy"],
        "actor_f1": _actor_f1(f["actors"]),
        "modality_kappa": f["events"]["modality_kappa"],
        "modality_accuracy": f["events"]["modality_accuracy"],
        "date_accuracy": f["events"]["date_accuracy"],
        "role_f1": f["roles"]["f1"],
        "quote_f1": f["quotes"]["f1"],
        "speaker_accuracy": f["quotes"]["speaker_accuracy"],
        "skip_disagreements": sum(1 for recs in corpus.double.values()
                                  if len(recs) >= 2 and len({bool(r.get("skip")) for r in recs}) > 1),
    }
    return out, tally.errors


def _actor_f1(a: dict[str, Any]) -> float | None:
    if not a["gold"] or not a["system"]:
        return None
    junk = a["junk_rate"] or 0.0
    p, r = 1 - junk, a["recall"] or 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def stats(corpus: Corpus | None = None, *, articles: Path | None = None) -> dict[str, Any]:
    corpus = corpus or load_corpus()
    annotated = [i for i, r in corpus.annotations.items() if not r.get("skip")]
    counts = {s: len(set(corpus.splits.get(s, [])) & set(annotated)) for s in SPLITS}
    sizes: dict[str, int] = {"events": 0, "actors": 0, "mentions": 0, "roles": 0, "agreements": 0, "quotes": 0}
    for i in annotated:
        r = corpus.annotations[i]
        for k in ("events", "actors", "roles", "agreements", "quotes"):
            sizes[k] += len(r.get(k, []))
        sizes["mentions"] += sum(len(a.get("mentions", [])) for a in r.get("actors", []))
    agree, _ = agreement(corpus, articles=articles)
    return {"articles": len(annotated), "splits": counts, "skipped": len(corpus.skipped),
            "double_annotated": agree.get("articles", 0), "annotations": sizes, "agreement": agree}


def write_errors(path: Path, errors: list[dict[str, Any]]) -> None:
    with Path(path).open("w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


def format_report(f: dict[str, Any]) -> str:
    """The figures as a few readable lines."""
    def prf_line(name: str, d: dict[str, Any]) -> str:
        return (f"{name:<18} P {d['precision']:.3f}  R {d['recall']:.3f}  F1 {d['f1']:.3f}   "
                f"({d['tp']} matched, {d['gold']} gold, {d['system']} output)")

    def num(x: Any) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    e, a = f["events"], f["actors"]
    lines = [f"corpus split {f['split']}: {f['articles']} articles"
             + ("" if f.get("events_decided", True) else " (events: rules only, no learned decision)"),
             prf_line("events (type)", e["type"]), prf_line("events (full)", e["full"]),
             f"{'event dates':<18} right {num(e['date_accuracy'])}  exact {num(e['date_exact'])}  "
             f"wrong {num(e['date_wrong'])}  undated {num(e['date_undated'])}  (of {e['dated_events']} matched "
             f"events with a fixed date)",
             f"{'':<18} only a bound {num(e.get('date_bounded'))}, right by it {num(e.get('date_bounded_right'))} "
             f"(\"before publication\": counted right when the date lies within it)",
             f"{'':<18} by how found: " + ", ".join(
                 f"{src} {d['events']} ({num(d['accuracy'])})" for src, d in e.get("date_by_source", {}).items()),
             f"{'':<18} a date claimed where the annotators fixed none {num(e.get('date_claimed_unknown'))} "
             f"(of {e.get('undatable_events', 0)} matched events dated \"unknown\"; by how found: "
             + (", ".join(f"{src} {k}" for src, k in e.get("date_claimed_by_source", {}).items()) or "none") + ")",
             f"{'event modality':<18} accuracy {num(e['modality_accuracy'])}  kappa {num(e['modality_kappa'])}  "
             f"negation {num(e['negation_accuracy'])}  mode {num(e['mode_accuracy'])}",
             f"{'actors':<18} recall {num(a['recall'])}  junk {num(a['junk_rate'])} ({a.get('junk', '?')})  duplicates "
             f"{num(a.get('duplicate_rate'))}  name {num(a['name_accuracy'])}  "
             f"kind {num(a['kind_accuracy'])}  country {num(a['country_accuracy'])}  sector {num(a['sector_accuracy'])}"
             f"  ({a['matched']} of {a['gold']} gold matched, {a['system']} output)",
             prf_line("roles", f["roles"]) + f"  status {num(f['roles']['status_accuracy'])}  term dates "
             f"{num(f['roles'].get('dates_accuracy'))} (of {f['roles'].get('dated', 0)} dated)",
             prf_line("agreements", f["agreements"]) + f"  parties R {num(f['agreements'].get('party_recall'))} "
             f"P {num(f['agreements'].get('party_precision'))} all {num(f['agreements'].get('parties_exact'))}  "
             f"date {num(f['agreements'].get('date_accuracy'))} (of {f['agreements'].get('dated', 0)} dated; "
             f"undated {num(f['agreements'].get('date_undated'))}); commitments R "
             f"{num(f['agreements'].get('commitment_recall'))} P {num(f['agreements'].get('commitment_precision'))} "
             f"(of {f['agreements'].get('commitments', 0)})",
             prf_line("quotes", f["quotes"]) + f"  speaker {num(f['quotes']['speaker_accuracy'])}",
             *([prf_line("  beliefs too", f["quotes"]["every"])] if "every" in f["quotes"] else []),
             "per type:"]
    for t, d in e["per_type"].items():
        lines.append("  " + prf_line(t, d))
    if e.get("by_confidence"):
        lines.append("events at or above a confidence (extract --min-confidence):")
        for row in e["by_confidence"]:
            t, fu = row["type"], row["full"]
            lines.append(f"  >= {row['min_confidence']:.1f}   type P {t['precision']:.3f}  R {t['recall']:.3f}  "
                         f"F1 {t['f1']:.3f}   full P {fu['precision']:.3f}  R {fu['recall']:.3f}  F1 {fu['f1']:.3f}"
                         f"   ({t['system']} output)")
        cal = e["calibration"]
        lines.append(f"calibration: expected error {cal['ece']:.3f} (confidence against the share matched, per bin)")
        for b in cal["bins"]:
            lines.append(f"  {b['from']:.1f}-{b['to']:.1f}  {b['events']:5d} events  confidence {b['confidence']:.3f}"
                         f"  matched {b['matched']:.3f}")
    return "\n".join(lines)
