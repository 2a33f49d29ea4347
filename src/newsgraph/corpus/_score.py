"""Scores of one reading against another over many articles: precision, recall, accuracies, errors.

``Tally`` adds up one article at a time (``add``) and gives the figures (``figures``); it serves both
``newsgraph eval corpus`` (gold against newsgraph) and the inter-annotator agreement (one annotator
against the other). Every mismatch is kept as a plain dict for ``--errors``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from . import _schema as S
from ._compare import (_overlap, RActor, Reading, align_actors, date_verdict, full_match, match_agreements, match_events,
                       match_quotes, match_roles, norm_name)

__all__ = ["Tally", "prf", "kappa", "CONFIDENCE_STEPS"]

# the ``--min-confidence`` settings whose event figures ``eval corpus`` reports, and the width of the
# bins of its calibration table
CONFIDENCE_STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
_BIN = 0.1


def prf(tp: int, gold: int, system: int) -> dict[str, float | int]:
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "gold": gold,
            "system": system}


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellings of the same items."""
    n = len(pairs)
    if not n:
        return None
    po = sum(1 for a, b in pairs if a == b) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return round((po - pe) / (1 - pe), 4) if pe < 1 else 1.0


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _bound_label(bounds: tuple[str | None, str | None] | None) -> str:
    """ "before 2021-10-19", "after 2021-10-19" or "2021-10-01..2021-10-19"."""
    lo, hi = bounds or (None, None)
    if lo and hi:
        return f"{lo}..{hi}"
    return f"before {hi}" if hi else f"after {lo}"


def _name_ok(gold: str, found: str) -> bool:
    g, f = norm_name(gold), norm_name(found)
    if g == f:
        return True
    gw, fw = g.split(), f.split()
    # "Hassan Rouhani" for "Rouhani" or "President Hassan Rouhani": the same last word and one name's
    # words inside the other's.
    return bool(gw and fw) and gw[-1] == fw[-1] and (set(gw) <= set(fw) or set(fw) <= set(gw))


@dataclass
class Tally:
    """Running counts; ``text`` of each article is used for error reports and name alignment only."""

    errors: list[dict[str, Any]] = field(default_factory=list)
    keep_errors: bool = True
    n: Counter = field(default_factory=Counter)
    per_type: dict[str, Counter] = field(default_factory=dict)
    modality_pairs: list[tuple[str, str]] = field(default_factory=list)
    date_sources: defaultdict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    # of matched events the annotators could not date: per way the output found its date, claimed or not
    undatable_sources: defaultdict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    # (confidence, matched an annotated event of its type) of every output event that has a confidence
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def _err(self, doc: str, section: str, error: str, text: str, **info: Any) -> None:
        if not self.keep_errors:
            return
        for key in ("gold_span", "system_span"):
            s = info.get(key)
            if s and text:
                info[key.replace("span", "text")] = text[s[0]:s[1]]
        self.errors.append({"doc": doc, "section": section, "error": error, **info})

    def add(self, gold: Reading, other: Reading, text: str = "") -> None:
        amap = align_actors(gold, other, text)
        names = {a.id: a.name for a in other.actors}
        gnames = {a.id: a.name for a in gold.actors}
        self._actors(gold, other, amap, text)
        self._events(gold, other, amap, text, names, gnames)
        self._roles(gold, other, amap, text)
        self._quotes(gold, other, amap, text, names, gnames)
        self._agreements(gold, other, amap, text)
        self.n["articles"] += 1

    # -- agreements -------------------------------------------------------------------------------
    def _agreements(self, gold: Reading, other: Reading, amap: dict[str, str | None], text: str) -> None:
        pairs = match_agreements(gold, other)
        self.n["agr_gold"] += len(gold.agreements)
        self.n["agr_sys"] += len(other.agreements)
        self.n["agr_tp"] += len(pairs)
        # of the matched deals: the gold parties found, the found parties that are gold ones, the deals
        # with every party right, and the date where the annotators fix one (as an event's date)
        for g, s in pairs:
            named = {amap.get(p) for p in s.parties} - {None}
            self.n["agr_party_gold"] += len(set(g.parties))
            self.n["agr_party_found"] += len(set(g.parties) & named)
            self.n["agr_party_sys"] += len(s.parties)
            self.n["agr_party_right"] += sum(1 for p in s.parties if amap.get(p) in g.parties)
            exact = named == set(g.parties) and len(named) == len(s.parties)
            self.n["agr_parties_exact"] += exact
            if not exact:
                self._err(gold.id, "agreements", "wrong_parties", text, gold_span=list(g.span),
                          system_span=list(s.span), gold_parties=g.parties,
                          found_parties=[amap.get(p) or f"({p})" for p in s.parties])
            # a commitment is found when one of the deal's found commitments overlaps it, by its party
            for party, span in g.commitments:
                self.n["agr_com_gold"] += 1
                hit = any(_overlap(span, x) > 0 and amap.get(p or "") == party for p, x in s.commitments)
                self.n["agr_com_found"] += hit
                if not hit:
                    self._err(gold.id, "agreements", "missed_commitment", text, gold_span=list(span),
                              gold_parties=[party], found=[[amap.get(p or "") or f"({p})", text[x[0]:x[1]]]
                                                           for p, x in s.commitments] if text else [])
            self.n["agr_com_sys"] += len(s.commitments)
            self.n["agr_com_right"] += sum(1 for p, x in s.commitments if any(
                _overlap(span, x) > 0 and amap.get(p or "") == party for party, span in g.commitments))
            verdict = date_verdict(g.date, s.date)
            if verdict is not None:
                self.n["agr_dated"] += 1
                self.n["agr_date_right"] += verdict == "right"
                self.n["agr_date_undated"] += verdict == "undated"
                if verdict != "right":
                    self._err(gold.id, "agreements", f"date_{verdict}", text, gold_span=list(g.span),
                              system_span=list(s.span), expected=g.date, found=s.date)
        found = {g.index for g, _ in pairs}
        used = {s.index for _, s in pairs}
        for g in gold.agreements:
            if g.index not in found:
                self._err(gold.id, "agreements", "missed", text, gold_span=list(g.span), gold_parties=g.parties)
        for s in other.agreements:
            if s.index not in used:
                self._err(gold.id, "agreements", "spurious", text, system_span=list(s.span),
                          found_parties=[amap.get(p) or f"({p})" for p in s.parties])

    # -- actors -----------------------------------------------------------------------------------
    def _actors(self, gold: Reading, other: Reading, amap: dict[str, str | None], text: str) -> None:
        self.n["act_gold"] += len(gold.actors)
        self.n["act_sys"] += len(other.actors)
        best: dict[str, tuple[int, RActor]] = {}
        gold_by_id = {g.id: g for g in gold.actors}
        for a in other.actors:
            gid = amap.get(a.id)
            if gid is None:
                self.n["act_junk"] += 1
                self._err(gold.id, "actors", "junk", text, system=a.name, kind=a.kind, country=a.country,
                          system_span=list(a.spans[0]) if a.spans else None)
                continue
            weight = len(a.spans)
            if gid not in best or weight > best[gid][0]:
                best[gid] = (weight, a)
        # an output actor that stands for a gold actor another output actor stands for more strongly (more
        # mentions) is a split of one identity: the scorer pairs the gold actor with the strongest only, so
        # the split is counted here as a duplicate, or it would go unseen
        for a in other.actors:
            gid = amap.get(a.id)
            if gid is not None and best[gid][1] is not a:
                self.n["act_duplicate"] += 1
                self._err(gold.id, "actors", "duplicate", text, gold=gold_by_id[gid].name, system=a.name, kind=a.kind,
                          kept=best[gid][1].name, system_span=list(a.spans[0]) if a.spans else None)
        for gid, (_w, a) in best.items():
            g = gold_by_id[gid]
            self.n["act_matched"] += 1
            for attr in ("kind", "country", "sector"):
                ok = getattr(a, attr) == getattr(g, attr)
                self.n[f"act_{attr}_ok"] += ok
                if not ok:
                    self._err(gold.id, "actors", f"wrong_{attr}", text, gold=g.name, system=a.name,
                              expected=getattr(g, attr), found=getattr(a, attr))
            ok = _name_ok(g.name, a.name)
            self.n["act_name_ok"] += ok
            if not ok:
                self._err(gold.id, "actors", "wrong_name", text, gold=g.name, system=a.name)
        for g in gold.actors:
            if g.id not in best:
                self._err(gold.id, "actors", "missed", text, gold=g.name, kind=g.kind, country=g.country,
                          gold_span=list(g.spans[0]) if g.spans else None)

    # -- events -----------------------------------------------------------------------------------
    def _events(self, gold: Reading, other: Reading, amap: dict[str, str | None], text: str,
                names: dict[str, str], gnames: dict[str, str]) -> None:
        pairs = match_events(gold, other, amap)
        self.n["ev_gold"] += len(gold.events)
        self.n["ev_sys"] += len(other.events)
        self.n["ev_tp"] += len(pairs)
        for e in gold.events:
            self.per_type.setdefault(e.type, Counter())["gold"] += 1
        for e in other.events:
            self.per_type.setdefault(e.type, Counter())["system"] += 1
        matched_g = {g.index for g, _ in pairs}
        matched_s = {s.index for _, s in pairs}
        for g, s in pairs:
            self.per_type[g.type]["tp"] += 1
            ok = full_match(g, s, amap)
            self.n["ev_full"] += ok
            if not ok:
                self._err(gold.id, "events", "wrong_arguments", text, type=g.type,
                          gold_span=list(g.anchors[0]), expected_actor=[gnames.get(x) for x in g.actor],
                          expected_recipient=[gnames.get(x) for x in g.recipient],
                          found_actor=[names.get(x) for x in s.actor],
                          found_recipient=[names.get(x) for x in s.recipient],
                          # what the found participants stand for in the annotation (None: junk)
                          found_actor_as=[gnames.get(amap.get(x) or "") for x in s.actor],
                          found_recipient_as=[gnames.get(amap.get(x) or "") for x in s.recipient])
            verdict = date_verdict(g.date, s.date, s.bounds)
            if g.date is None:  # the annotators could fix no date ("unknown"): does the output claim one?
                claimed = s.date is not None
                self.undatable_sources[s.date_source or "none"][claimed] += 1
                if claimed:
                    self._err(gold.id, "events", "date_claimed", text, type=g.type, gold_span=list(g.anchors[0]),
                              expected="unknown", found=s.date, found_source=s.date_source)
            if verdict:
                self.n[f"date_{verdict}"] += 1
                self.n["date_exact"] += s.date == g.date
                bounded = s.date is None and s.bounds is not None
                self.n["date_bounded"] += bounded
                self.n["date_bounded_right"] += bounded and verdict == "right"
                self.date_sources[s.date_source or "none"][verdict] += 1
                if verdict != "right":
                    self._err(gold.id, "events", f"date_{verdict}", text, type=g.type,
                              gold_span=list(g.anchors[0]), expected=g.date,
                              found=s.date if not bounded else _bound_label(s.bounds), found_source=s.date_source)
            self.modality_pairs.append((g.modality, s.modality))
            if g.modality != s.modality:
                self._err(gold.id, "events", "wrong_modality", text, type=g.type, gold_span=list(g.anchors[0]),
                          expected=g.modality, found=s.modality)
            self.n["neg_ok"] += g.negated == s.negated
            self.n["mode_ok"] += g.mode == s.mode
        for g in gold.events:
            if g.index not in matched_g:
                self._err(gold.id, "events", "missed", text, type=g.type, mode=g.mode,
                          gold_span=list(g.anchors[0]), modality=g.modality)
        for s in other.events:
            if s.index not in matched_s:
                self._err(gold.id, "events", "spurious", text, type=s.type, mode=s.mode,
                          system_span=list(s.anchors[0] if s.anchors else s.sentence or (0, 0)),
                          modality=s.modality)
        self._by_confidence(gold, other, amap, matched_s)

    def _by_confidence(self, gold: Reading, other: Reading, amap: dict[str, str | None], matched: set[int]) -> None:
        """What ``--min-confidence`` would leave: the events matched again at each setting (a gold event
        that a left-out event took may match another), and each event's confidence beside its verdict."""
        scored = [s for s in other.events if s.confidence is not None]
        if not scored:
            return
        self.confidences.extend((s.confidence, s.index in matched) for s in scored)  # type: ignore[misc]
        for step in CONFIDENCE_STEPS:
            kept = replace(other, events=[s for s in other.events if (s.confidence or 0.0) >= step])
            pairs = match_events(gold, kept, amap)
            self.n[f"conf{step}_sys"] += len(kept.events)
            self.n[f"conf{step}_tp"] += len(pairs)
            self.n[f"conf{step}_full"] += sum(full_match(g, s, amap) for g, s in pairs)

    # -- roles, quotes ----------------------------------------------------------------------------
    def _roles(self, gold: Reading, other: Reading, amap: dict[str, str | None], text: str) -> None:
        pairs = match_roles(gold, other, amap)
        self.n["role_gold"] += len(gold.roles)
        self.n["role_sys"] += len(other.roles)
        self.n["role_tp"] += len(pairs)
        self.n["role_status_ok"] += sum(g.status == s.status for g, s in pairs)
        dated = [(g, s) for g, s in pairs if g.start or g.end]
        self.n["role_dated"] += len(dated)
        self.n["role_dates_ok"] += sum(_same_date(g.start, s.start) and _same_date(g.end, s.end) for g, s in dated)
        mg = {g.index for g, _ in pairs}
        ms = {s.index for _, s in pairs}
        for g in gold.roles:
            if g.index not in mg:
                self._err(gold.id, "roles", "missed", text, title=g.title, gold_span=list(g.span))
        for s in other.roles:
            if s.index not in ms:
                self._err(gold.id, "roles", "spurious", text, title=s.title, system_span=list(s.span))

    def _quotes(self, gold: Reading, other: Reading, amap: dict[str, str | None], text: str,
                names: dict[str, str], gnames: dict[str, str]) -> None:
        # The guidelines (section 5) annotate statements: what a speaker said or wrote. A question, a
        # request, a belief, a finding or an intention the output reads ("asked whether", "urged X to",
        # "X believes that", "a poll showed") is scored apart, as "every" (each attribution counted, as PolNeAR counts them)
        self.n["q_every_tp"] += len(match_quotes(gold, other))
        self.n["q_every_sys"] += len(other.quotes)
        other = replace(other, quotes=[q for q in other.quotes if q.attitude == "statement"])
        pairs = match_quotes(gold, other)
        self.n["q_gold"] += len(gold.quotes)
        self.n["q_sys"] += len(other.quotes)
        self.n["q_tp"] += len(pairs)
        for g, s in pairs:
            if g.speaker is None:
                continue
            self.n["q_spk_n"] += 1
            ok = s.speaker is not None and amap.get(s.speaker) == g.speaker
            self.n["q_spk_ok"] += ok
            if not ok:
                self._err(gold.id, "quotes", "wrong_speaker", text, gold_span=list(g.span),
                          expected=gnames.get(g.speaker), found=names.get(s.speaker or ""))
        if self.keep_errors:
            mg, ms = {g.index for g, _s in pairs}, {s.index for _g, s in pairs}
            for g in gold.quotes:
                if g.index not in mg:
                    self._err(gold.id, "quotes", "missed", text, gold_span=list(g.span), kind=g.kind,
                              expected=gnames.get(g.speaker or ""))
            for s in other.quotes:
                if s.index not in ms:
                    self._err(gold.id, "quotes", "spurious", text, system_span=list(s.span), kind=s.kind,
                              cue=s.cue, found=names.get(s.speaker or ""))

    # -- figures ----------------------------------------------------------------------------------
    def figures(self) -> dict[str, Any]:
        n = self.n
        dated = n["date_right"] + n["date_wrong"] + n["date_undated"]
        undatable = sum(sum(c.values()) for c in self.undatable_sources.values())
        per_type = {}
        for t in S.TYPES:
            c = self.per_type.get(t, Counter())
            if c["gold"] or c["system"]:
                per_type[t] = prf(c["tp"], c["gold"], c["system"])
        return {
            "articles": n["articles"],
            "events": {
                "type": prf(n["ev_tp"], n["ev_gold"], n["ev_sys"]),
                "full": prf(n["ev_full"], n["ev_gold"], n["ev_sys"]),
                "date_accuracy": _ratio(n["date_right"], dated),
                "date_exact": _ratio(n["date_exact"], dated),
                # dated only by a bound ("before publication"): how often, and how often the bound holds
                "date_bounded": _ratio(n["date_bounded"], dated),
                "date_bounded_right": _ratio(n["date_bounded_right"], dated),
                "date_wrong": _ratio(n["date_wrong"], dated),
                "date_undated": _ratio(n["date_undated"], dated),
                "dated_events": dated,
                # per way the date was found (the event's own clause, its sentence, the paragraph's
                # narrative time, the publication date): how many matched events, and how many right
                "date_by_source": {src: {"events": sum(c.values()), "accuracy": _ratio(c["right"], sum(c.values()))}
                                   for src, c in sorted(self.date_sources.items())},
                # matched events the annotators could give no date ("unknown": background, an ongoing state,
                # a future act with no time) that the output gives a date, not a bound or none: a date
                # claimed where the text supports none; and per way the output found it
                "date_claimed_unknown": _ratio(sum(c[True] for c in self.undatable_sources.values()), undatable),
                "undatable_events": undatable,
                "date_claimed_by_source": {src: c[True] for src, c in sorted(self.undatable_sources.items())
                                           if c[True]},
                "modality_accuracy": _ratio(sum(a == b for a, b in self.modality_pairs), len(self.modality_pairs)),
                "modality_kappa": kappa(self.modality_pairs),
                "negation_accuracy": _ratio(n["neg_ok"], n["ev_tp"]),
                "mode_accuracy": _ratio(n["mode_ok"], n["ev_tp"]),
                "per_type": per_type,
                **self._confidence_figures(),
            },
            "actors": {
                "gold": n["act_gold"], "system": n["act_sys"], "matched": n["act_matched"],
                "recall": _ratio(n["act_matched"], n["act_gold"]),
                "junk": n["act_junk"],
                "junk_rate": _ratio(n["act_junk"], n["act_sys"]),
                # output actors that stand for a gold actor another output actor already stands for
                "duplicates": n["act_duplicate"],
                "duplicate_rate": _ratio(n["act_duplicate"], n["act_sys"]),
                "name_accuracy": _ratio(n["act_name_ok"], n["act_matched"]),
                "kind_accuracy": _ratio(n["act_kind_ok"], n["act_matched"]),
                "country_accuracy": _ratio(n["act_country_ok"], n["act_matched"]),
                "sector_accuracy": _ratio(n["act_sector_ok"], n["act_matched"]),
            },
            "roles": {**prf(n["role_tp"], n["role_gold"], n["role_sys"]),
                      "status_accuracy": _ratio(n["role_status_ok"], n["role_tp"]),
                      "dates_accuracy": _ratio(n["role_dates_ok"], n["role_dated"]), "dated": n["role_dated"]},
            "agreements": {**prf(n["agr_tp"], n["agr_gold"], n["agr_sys"]),
                           "party_recall": _ratio(n["agr_party_found"], n["agr_party_gold"]),
                           "party_precision": _ratio(n["agr_party_right"], n["agr_party_sys"]),
                           "parties_exact": _ratio(n["agr_parties_exact"], n["agr_tp"]),
                           "date_accuracy": _ratio(n["agr_date_right"], n["agr_dated"]),
                           "date_undated": _ratio(n["agr_date_undated"], n["agr_dated"]), "dated": n["agr_dated"],
                           "commitment_recall": _ratio(n["agr_com_found"], n["agr_com_gold"]),
                           "commitment_precision": _ratio(n["agr_com_right"], n["agr_com_sys"]),
                           "commitments": n["agr_com_gold"]},
            "quotes": {**prf(n["q_tp"], n["q_gold"], n["q_sys"]),
                       "speaker_accuracy": _ratio(n["q_spk_ok"], n["q_spk_n"]), "speakers": n["q_spk_n"],
                       # questions, beliefs, findings and intentions counted as quotes too (PolNeAR's attributions)
                       "every": prf(n["q_every_tp"], n["q_gold"], n["q_every_sys"])},
        }

    def _confidence_figures(self) -> dict[str, Any]:
        """``by_confidence``: type and full P/R/F1 of the events at or above each setting; ``calibration``:
        per bin of confidence, its events, their mean confidence and the share that matched, and the
        expected calibration error (the events' weighted mean gap between the two). Empty when the
        output events carry no confidence (an annotator's reading)."""
        if not self.confidences:
            return {}
        n = self.n
        steps = [{"min_confidence": step,
                  "type": prf(n[f"conf{step}_tp"], n["ev_gold"], n[f"conf{step}_sys"]),
                  "full": prf(n[f"conf{step}_full"], n["ev_gold"], n[f"conf{step}_sys"])}
                 for step in CONFIDENCE_STEPS]
        bins: dict[int, list[tuple[float, bool]]] = {}
        for c, ok in self.confidences:
            bins.setdefault(min(int(c / _BIN), int(1 / _BIN) - 1), []).append((c, ok))
        table, gap = [], 0.0
        for b in sorted(bins):
            rows = bins[b]
            mean = sum(c for c, _ in rows) / len(rows)
            share = sum(ok for _, ok in rows) / len(rows)
            gap += len(rows) * abs(mean - share)
            table.append({"from": round(b * _BIN, 2), "to": round((b + 1) * _BIN, 2), "events": len(rows),
                          "confidence": round(mean, 4), "matched": round(share, 4)})
        return {"by_confidence": steps,
                "calibration": {"ece": round(gap / len(self.confidences), 4), "bins": table}}


def _same_date(gold: str | None, found: str | None) -> bool:
    """A term's start or end as the annotation gives it: both absent, or the output's value at the
    annotation's precision ("2018-10-02" is "2018-10")."""
    if gold is None or found is None:
        return gold is None and found is None
    return found[:len(gold)] == gold


def flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
