"""One event per fact across a document: a learned decision on pairs of output events of one type.

The rules fold two words of one clause into one event where the parse says they tell one act
(``_fold_same_fact``, ``_fold_conjoined``, ``_fold_judgements``, ``_fold_governed``), and
``merge_repeats`` folds a later telling with the very same participants, mode and modality. The same
fact is often told again otherwise: in another clause of the sentence, with another word in the next
paragraph, or with fewer or other participants found; and as often two acts of one type are told side
by side (corpus, train: no plain relation separates the two). A logistic model trained on the annotated
corpus (``scripts/train_events.py --samefact-only``) reads a pair of events that could be one fact (one
type, and the same sentence, the same trigger lemma or a shared party) by features of the pair (where the
two words stand to one another, what the participants, modes, modalities and dates share, how sure
the decider is of each) and says whether the annotators coded them as one event.

A pair judged one fact, whose negation and modality agree and whose dates do not differ, is one event
(as ``merge_repeats`` asks of a repeat): the more confident telling stays, takes from the other the
participants and the mode it lacks, and lists the other's sentence (and its own repeated mentions) in
``also``. The model is a JSON file of feature weights (``data/events/samefact.json``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .._linear import LinearModel, bucket, load_model_file
from ..nlp import tokens
from ..records import Event

__all__ = ["MODEL_FILE", "candidate_pairs", "fold_same_facts", "merge_pairs", "pair_features", "samefact_model"]

MODEL_FILE = "samefact.json"

_QUOTES = frozenset('"\u201c\u201d')
# The dependency paths by which a word of one event hangs from the other's in one sentence, by kind.
_CLAUSES = {"conj": "conj", "xcomp": "xcomp", "ccomp": "ccomp", "advcl": "advcl", "acl": "acl",
            "relcl": "relcl", "dobj": "obj", "obj": "obj", "pobj": "prep", "pcomp": "prep", "prep": "prep",
            "nsubj": "subj", "nsubjpass": "subj", "attr": "attr", "oprd": "attr", "compound": "mod",
            "amod": "mod", "nmod": "mod", "poss": "mod"}


def samefact_model() -> LinearModel | None:
    """The shipped model, or None when the package has none (no pair is then merged)."""
    return load_model_file("events", MODEL_FILE)


class _Place:
    """Where the events of one document stand: each event's trigger token and sentence number."""

    __slots__ = ("tok", "sent_no", "lemma", "quoted")

    def __init__(self, doc: Any, events: list[Event]) -> None:
        toks = tokens(doc)
        starts = [s.start_char for s in doc.sents]
        sents = list(doc.sents)
        by_char = {t.idx: t for t in toks}
        self.tok: dict[str, Any] = {}
        self.sent_no: dict[str, int] = {}
        self.lemma: dict[str, str] = {}
        self.quoted: dict[str, bool] = {}
        for e in events:
            at = e.trigger["span"][0] if e.trigger else e.span[0]
            tok = by_char.get(at)
            if tok is None:  # a trigger inside a token: the token that holds it
                k = bisect_right([t.idx for t in toks], at) - 1 if toks else -1
                tok = toks[k] if k >= 0 else None
            self.tok[e.id] = tok
            n = max(0, bisect_right(starts, e.span[0]) - 1)
            self.sent_no[e.id] = n
            self.lemma[e.id] = (tok.lemma_.lower() if tok is not None
                                else (e.trigger["text"].lower() if e.trigger else ""))
            if tok is not None and sents:
                sent = sents[min(n, len(sents) - 1)]
                self.quoted[e.id] = sum(1 for t in toks[sent.start:tok.i] if t.text in _QUOTES) % 2 == 1
            else:
                self.quoted[e.id] = False


def _parties(e: Event) -> set[str]:
    return {*e.actor, *e.recipient}


def candidate_pairs(events: list[Event], place: _Place) -> list[tuple[int, int]]:
    """The pairs (i, j), i before j in ``events``, that could tell one fact: one type, and the same
    sentence, the same trigger lemma or a party in common."""
    out = []
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j]
            if a.event != b.event:
                continue
            if place.sent_no[a.id] == place.sent_no[b.id] or place.lemma[a.id] == place.lemma[b.id] \
                    or not _parties(a).isdisjoint(_parties(b)):
                out.append((i, j))
    return out


def _set_relation(x: list[str], y: list[str]) -> str:
    sx, sy = set(x), set(y)
    if not sx and not sy:
        return "none"
    if not sx or not sy:
        return "one"
    if sx == sy:
        return "same"
    if sx <= sy or sy <= sx:
        return "inside"
    return "overlap" if sx & sy else "apart"


def _path(tok: Any, other: Any) -> str | None:
    """The dependency by which ``tok`` hangs from ``other`` (directly or within two steps), as a kind."""
    cur = tok
    deps = []
    for _ in range(3):
        if cur.head.i == cur.i:
            return None
        deps.append(_CLAUSES.get(cur.dep_, "other"))
        cur = cur.head
        if cur.i == other.i:
            return "-".join(deps)
    return None


def _clause_relation(ta: Any, tb: Any) -> str:
    """How the words of two events of one sentence stand to one another."""
    if ta is None or tb is None:
        return "unknown"
    if ta.i == tb.i:
        return "same_word"
    down = _path(tb, ta)
    if down is not None:
        return f"gov:{down}"
    up = _path(ta, tb)
    if up is not None:
        return f"govd:{up}"
    if ta.head.i == tb.head.i:
        return "siblings"
    return "apart"


def _date(e: Event) -> str | None:
    d = e.date
    return d["value"] if d and d.get("source") == "timex" else None


def _pos(tok: Any) -> str:
    if tok is None:
        return "x"
    return "v" if tok.pos_ in ("VERB", "AUX") else "n" if tok.pos_ in ("NOUN", "PROPN") else "o"


def _conf(p: float) -> str:
    return bucket(int(p * 10), (3, 4, 5, 6, 7, 8))


def pair_features(a: Event, b: Event, place: _Place) -> list[str]:
    """The names of the binary features of the pair (``a`` told before ``b``)."""
    ta, tb = place.tok[a.id], place.tok[b.id]
    gap = place.sent_no[b.id] - place.sent_no[a.id]
    where = "same" if gap == 0 else bucket(abs(gap), (1, 2, 4, 8, 16))
    t = a.event
    actor = _set_relation(a.actor, b.actor)
    recip = _set_relation(a.recipient, b.recipient)
    crossed = bool(set(a.actor) & set(b.recipient)) or bool(set(a.recipient) & set(b.actor))
    lemma = place.lemma[a.id] == place.lemma[b.id]
    out = ["bias", f"gap={where}", f"type={t}", f"type_gap={t}|{'same' if gap == 0 else 'other'}",
           f"lemma={lemma}", f"lemma_gap={lemma}|{'same' if gap == 0 else 'other'}",
           f"actor={actor}", f"recipient={recip}", f"parties={actor}|{recip}", f"crossed={crossed}",
           f"pos={_pos(ta)}{_pos(tb)}", f"coder={a.coder}|{b.coder}",
           f"first_sent={place.sent_no[a.id] == 0}"]
    share = not _parties(a).isdisjoint(_parties(b))
    out.append(f"share_gap={share}|{'same' if gap == 0 else 'other'}")
    out.append(f"type_share={t}|{share}")
    if gap == 0:
        rel = _clause_relation(ta, tb)
        out += [f"clause={rel}", f"clause_type={rel}|{t}"]
        out.append(f"quoted={place.quoted[a.id]}|{place.quoted[b.id]}")
    mode = "none" if a.mode is None and b.mode is None else "one" if a.mode is None or b.mode is None \
        else "same" if a.mode == b.mode else "other"
    out.append(f"mode={mode}")
    out.append(f"modality={'same' if a.modality == b.modality else 'other'}")
    out.append(f"modality_pair={a.modality}|{b.modality}")
    out.append(f"negated={'same' if a.negated == b.negated else 'other'}")
    da, db = _date(a), _date(b)
    out.append("date=" + ("none" if da is None and db is None else "one" if da is None or db is None
                          else "same" if da == db else "other"))
    hi, lo = max(a.confidence, b.confidence), min(a.confidence, b.confidence)
    out += [f"conf_hi={_conf(hi)}", f"conf_lo={_conf(lo)}",
            f"later_surer={b.confidence > a.confidence}"]
    return out


def _may_be_one(a: Event, b: Event) -> bool:
    """Two tellings read as one fact by the rules' own readings: the same negation and modality (an act
    told as done and the same act told as planned, or as background and as news, are two facts, as in
    ``merge_repeats``), and no two dates their words give that differ."""
    da, db = _date(a), _date(b)
    return a.negated == b.negated and a.modality == b.modality and (da is None or db is None or da == db)


def _fold(kept: Event, gone: Event) -> None:
    """``kept`` tells the fact ``gone`` told too: it takes the participants and the mode it lacks and
    the other's sentences as repeated mentions."""
    kept.actor = kept.actor or list(gone.actor)
    kept.recipient = kept.recipient or [x for x in gone.recipient if x not in kept.actor]
    kept.mode = kept.mode or gone.mode
    spans = {tuple(s) for s in kept.also} | {tuple(s) for s in gone.also}
    if tuple(gone.span) != tuple(kept.span):
        spans.add(tuple(gone.span))
    spans.discard(tuple(kept.span))
    kept.also = sorted((s[0], s[1]) for s in spans)
    if (kept.date is None or kept.date.get("source") == "document") and gone.date is not None \
            and gone.date.get("source") != "document":
        kept.date = gone.date


def fold_same_facts(events: list[Event], doc: Any, model: LinearModel | None = None,
                    collect: list | None = None) -> list[Event]:
    """The events of one document with each pair ``model`` judges one fact made one event (the most
    probable pairs first; an event already folded into another takes part in no later pair).
    ``collect``, when given, receives ``(i, j, feature names)`` for every candidate pair (indices into
    ``events``), for training; with no model nothing is merged."""
    if len(events) < 2 or (model is None and collect is None):
        return events
    place = _Place(doc, events)
    scored = []
    for i, j in candidate_pairs(events, place):
        names = pair_features(events[i], events[j], place)
        if collect is not None:
            collect.append((i, j, names))
        if model is not None:
            p = model.probability(names)
            if p >= model.threshold:
                scored.append((-p, i, j))
    return merge_pairs(events, scored)


def merge_pairs(events: list[Event], scored: list[tuple[float, int, int]]) -> list[Event]:
    """``events`` with each pair of ``scored`` (minus the probability, i, j) made one event, the most
    probable first; an event already folded into another takes part in no later pair."""
    if not scored:
        return events
    gone: set[int] = set()
    for _p, i, j in sorted(scored):
        if i in gone or j in gone:
            continue
        a, b = events[i], events[j]
        if not _may_be_one(a, b):
            continue
        # the more confident telling stays; at a tie, the earlier
        keep, drop = (i, j) if a.confidence >= b.confidence else (j, i)
        _fold(events[keep], events[drop])
        gone.add(drop)
    return [e for k, e in enumerate(events) if k not in gone]
