"""Comparing two readings of one article: the gold annotation and newsgraph's output, or two annotators.

Both sides are first put in one plain form (``Reading``), so the scorer (``eval corpus``) and the
inter-annotator agreement use the same matching:

- **actors** are aligned by their mentions: a reading's actor stands for the other reading's actor
  whose mentions its own mentions overlap most; failing that, by an exact (case-folded) name;
- **events** match one to one when they have the same PLOVER type and the same place in the text:
  their triggers (or a repeated mention listed in ``also``) overlap, or one side's trigger lies in
  the other side's sentence. Pairs whose triggers overlap are taken first, then pairs whose
  arguments agree;
- an event matches **fully** when, besides, its actors and its recipients map to the same actors. For
  a meeting between equals (CONSULT other than a visit) the actors and recipients are compared as
  one set of participants, because PLOVER lists every participant of such a meeting as actor;
- **roles** match by the same actor and a title sharing a word; **quotes** by content spans
  overlapping by at least half of the shorter; **agreements** by overlapping spans.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..roles._titles import ABBREVIATIONS
from ..time._period import period

__all__ = ["Reading", "RActor", "REvent", "RRole", "RQuote", "RAgreement", "align_actors", "match_events",
           "match_roles", "match_quotes", "match_agreements", "full_match", "date_verdict"]

Span = tuple[int, int]


@dataclass
class RActor:
    id: str
    name: str
    kind: str | None
    country: str | None
    sector: str | None
    spans: list[Span] = field(default_factory=list)


@dataclass
class REvent:
    type: str
    mode: str | None
    actor: list[str]
    recipient: list[str]
    anchors: list[Span]  # trigger first, then repeated mentions
    sentence: Span | None
    date: str | None  # an annotated or output date value; None when undated
    modality: str
    negated: bool
    index: int = 0
    more: list[Span] = field(default_factory=list)  # other sentences telling the same fact
    # a date known only by a bound: (first day or None, last day or None), e.g. (None, "2021-10-19") before
    # publication
    bounds: tuple[str | None, str | None] | None = None
    confidence: float | None = None  # newsgraph's, for the figures by confidence; None in an annotation
    # how newsgraph found the date (``timex``, ``sentence``, ``narrative``, ``document``); None in an annotation
    date_source: str | None = None

    def sentences(self) -> list[Span]:
        return ([self.sentence] if self.sentence else []) + self.more

    @classmethod
    def from_event(cls, e: Any, index: int) -> "REvent":
        """newsgraph's ``Event`` record in this form."""
        trig = (e.trigger or {}).get("span")
        date = e.date or {}
        bounds = None
        if not date.get("value") and (date.get("start") or date.get("end")):
            bounds = (date.get("start"), date.get("end"))
        return cls(e.event, e.mode, list(e.actor), list(e.recipient), [tuple(trig)] if trig else [],
                   tuple(e.span), date.get("value"), e.modality, e.negated, index,
                   [tuple(x) for x in getattr(e, "also", [])], bounds, getattr(e, "confidence", None),
                   date.get("source"))


@dataclass
class RRole:
    actor: str | None
    title: str
    status: str | None
    span: Span
    index: int = 0
    start: str | None = None
    end: str | None = None


@dataclass
class RQuote:
    speaker: str | None
    kind: str | None
    span: Span
    index: int = 0
    # what the quote reports (the output's ``attitude``): the annotations hold statements only
    attitude: str = "statement"
    cue: str | None = None


@dataclass
class RAgreement:
    parties: list[str]
    span: Span
    index: int = 0
    more: list[Span] = field(default_factory=list)  # other sentences speaking of the same deal (output's ``also``)
    date: str | None = None
    commitments: list[tuple[str | None, Span]] = field(default_factory=list)  # (party, span) of each


@dataclass
class Reading:
    id: str
    published: str | None
    actors: list[RActor]
    events: list[REvent]
    roles: list[RRole]
    quotes: list[RQuote]
    agreements: list[RAgreement]

    @classmethod
    def from_annotation(cls, rec: dict[str, Any]) -> "Reading":
        published = rec.get("published")

        def date(d: dict[str, Any] | None) -> str | None:
            value = (d or {}).get("value")
            if value == "publication":
                return published
            return None if value in (None, "unknown") else value

        return cls(
            id=rec["id"], published=published,
            actors=[RActor(a["key"], a["name"], a.get("kind"), a.get("country"), a.get("sector"),
                           [tuple(m) for m in a.get("mentions", [])]) for a in rec.get("actors", [])],
            events=[REvent(e["type"], e.get("mode"), list(e.get("actor", [])), list(e.get("recipient", [])),
                           [tuple(e["trigger"])] + [tuple(x) for x in e.get("also", [])], tuple(e["quote"]),
                           date(e.get("date")), e["modality"], bool(e.get("negated")), n)
                    for n, e in enumerate(rec.get("events", []))],
            roles=[RRole(r["actor"], r["title"], r.get("status"), tuple(r["span"]), n, r.get("start"), r.get("end"))
                   for n, r in enumerate(rec.get("roles", []))],
            quotes=[RQuote(q.get("speaker"), q.get("kind"), tuple(q["span"]), n)
                    for n, q in enumerate(rec.get("quotes", []))],
            agreements=[RAgreement(list(a.get("parties", [])), tuple(a["span"]), n, date=date(a.get("date")),
                                   commitments=[(c.get("party"), tuple(c["span"])) for c in a.get("commitments", [])
                                                if c.get("span")])
                        for n, a in enumerate(rec.get("agreements", []))],
        )

    @classmethod
    def from_result(cls, result: Any) -> "Reading":
        """newsgraph's output for one document (a ``Result`` with its actor mentions)."""
        spans: dict[str, list[Span]] = {}
        for m in getattr(result, "mentions", []):
            spans.setdefault(m.actor, []).append(tuple(m.span))
        events = [REvent.from_event(e, n) for n, e in enumerate(result.events)]
        return cls(
            id=result.document.id, published=result.document.published,
            actors=[RActor(a.id, a.name, a.kind, a.country, a.sector, spans.get(a.id, []))
                    for a in result.actors],
            events=events,
            roles=[RRole(r.actor, r.title, r.status, tuple(r.span), n, r.start, r.end)
                   for n, r in enumerate(result.roles)],
            quotes=[RQuote(q.speaker, q.kind, tuple(q.span), n, q.attitude, q.cue) for n, q in enumerate(result.quotes)],
            agreements=[RAgreement(list(a.parties), tuple(a.span), n, [tuple(x) for x in a.also], a.date,
                                   [(c.party, tuple(c.span)) for c in a.commitments if c.span])
                        for n, a in enumerate(result.agreements)],
        )


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_NAME = re.compile(r"[^a-z0-9 ]+")


def norm_name(name: str) -> str:
    n = _NAME.sub(" ", name.lower().replace("\u2019", "'").replace("'s ", " "))
    words = [w for w in n.split() if w not in ("the", "mr", "mrs", "ms", "dr")]
    return " ".join(words)


def align_actors(gold: Reading, other: Reading, text: str = "") -> dict[str, str | None]:
    """For each actor of ``other``: the id of the gold actor it stands for, or None (no such actor)."""
    out: dict[str, str | None] = {}
    by_name: dict[str, str] = {}
    for g in gold.actors:
        by_name.setdefault(norm_name(g.name), g.id)
        if text:
            for s, e in g.spans:
                by_name.setdefault(norm_name(text[s:e]), g.id)
    for a in other.actors:
        best, best_n = None, 0
        for g in gold.actors:
            n = sum(1 for s in a.spans for t in g.spans if _overlap(s, t))
            if n > best_n:
                best, best_n = g.id, n
        if best is None:
            best = by_name.get(norm_name(a.name))
        out[a.id] = best
    return out


def _colocated(g: REvent, s: REvent) -> tuple[bool, bool]:
    """(same place, triggers overlap)."""
    hit = any(_overlap(a, b) for a in g.anchors for b in s.anchors)
    if hit:
        return True, True
    if any(sent[0] <= a[0] < sent[1] for sent in s.sentences() for a in g.anchors):
        return True, False
    if any(sent[0] <= b[0] < sent[1] for sent in g.sentences() for b in s.anchors[:1]):
        return True, False
    return False, False


def full_match(g: REvent, s: REvent, amap: dict[str, str | None]) -> bool:
    sa = {amap.get(x) for x in s.actor}
    sr = {amap.get(x) for x in s.recipient}
    if g.type == "CONSULT" and g.mode != "visit":
        return (sa | sr) == (set(g.actor) | set(g.recipient)) and None not in sa | sr
    return sa == set(g.actor) and sr == set(g.recipient) and None not in sa | sr


def match_events(gold: Reading, other: Reading, amap: dict[str, str | None]) -> list[tuple[REvent, REvent]]:
    """One-to-one pairs (gold event, other event) of the same type at the same place. Among pairs whose
    triggers overlap and whose arguments agree alike, a pair of the two main triggers comes before one
    through a repeated mention (``also``): an event told at the mention the annotators coded and again at
    another is the first's, and the other telling is the extra event."""
    cands = []
    for g in gold.events:
        for s in other.events:
            if g.type != s.type:
                continue
            same, trig = _colocated(g, s)
            if same:
                main = bool(g.anchors and s.anchors and _overlap(g.anchors[0], s.anchors[0]))
                cands.append((not trig, not full_match(g, s, amap), not main, g.index, s.index, g, s))
    cands.sort(key=lambda c: c[:5])
    return _one_to_one([(g, s) for *_k, g, s in cands])


def _one_to_one(ranked: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The pairs of a ranked list, best first, each item of either side used once."""
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for g, s in ranked:
        if g.index in used_g or s.index in used_s:
            continue
        used_g.add(g.index)
        used_s.add(s.index)
        pairs.append((g, s))
    return pairs


_TITLE_STOP = {"of", "the", "for", "and", "a", "an", "u.s.", "us", "state", "department", "former", "acting",
               "deputy", "then", "new"}


def _title_words(title: str) -> set[str]:
    """A title's words, abbreviations written out ("Sen." and "Senator" are one title)."""
    words = (ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", title.lower()))
    return {w for w in words if w not in _TITLE_STOP}


def match_roles(gold: Reading, other: Reading, amap: dict[str, str | None]) -> list[tuple[RRole, RRole]]:
    pairs, used = [], set()
    for g in gold.roles:
        gw = _title_words(g.title)
        for s in other.roles:
            if s.index in used or amap.get(s.actor or "") != g.actor:
                continue
            if gw & _title_words(s.title) or (not gw and g.title.lower() == s.title.lower()):
                pairs.append((g, s))
                used.add(s.index)
                break
    return pairs


def match_quotes(gold: Reading, other: Reading) -> list[tuple[RQuote, RQuote]]:
    cands = []
    for g in gold.quotes:
        for s in other.quotes:
            ov = _overlap(g.span, s.span)
            shorter = min(g.span[1] - g.span[0], s.span[1] - s.span[0])
            if ov and shorter and ov * 2 >= shorter:
                cands.append((-ov, g.index, s.index, g, s))
    cands.sort(key=lambda c: c[:3])
    return _one_to_one([(g, s) for *_k, g, s in cands])


def match_agreements(gold: Reading, other: Reading) -> list[tuple[RAgreement, RAgreement]]:
    """Pairs of an annotated and a found agreement whose sentences overlap: first by the found deal's
    own sentence, then by a sentence it is also mentioned in (a sentence that names two deals belongs
    to the one told there before the one it mentions in passing)."""
    pairs, used, done = [], set(), set()
    for own in (True, False):
        for g in gold.agreements:
            if g.index in done:
                continue
            for s in other.agreements:
                spans = (s.span,) if own else s.more
                if s.index not in used and any(_overlap(g.span, x) for x in spans):
                    pairs.append((g, s))
                    used.add(s.index)
                    done.add(g.index)
                    break
    return sorted(pairs, key=lambda p: p[0].index)


def date_verdict(gold: str | None, found: str | None,
                 bounds: tuple[str | None, str | None] | None = None) -> str | None:
    """'right', 'wrong' or 'undated' for an event whose gold date is fixed; None when it is not.

    Right when the found value's days lie inside the gold ones (a more precise date: '2019-09-24' for
    '2019-09'; a week or a part of the day inside the gold day or month) or contain them (an interval
    that holds the date: '2019' for '2019-09-24'). A date known only by ``bounds`` (first day, last
    day, either None: "before 2021-10-19" is (None, "2021-10-19")) is right when the gold days lie
    within them.
    """
    g = period(gold)
    if g is None:
        return None
    f = period(found)
    if f is None and bounds is not None and (bounds[0] or bounds[1]):
        lo = dt.date.fromisoformat(bounds[0]) if bounds[0] else dt.date.min
        hi = dt.date.fromisoformat(bounds[1]) if bounds[1] else dt.date.max
        return "right" if lo <= g[0] and g[1] <= hi else "wrong"
    if f is None:
        return "undated"
    inside = g[0] <= f[0] and f[1] <= g[1]
    contains = f[0] <= g[0] and g[1] <= f[1]
    return "right" if inside or contains else "wrong"
