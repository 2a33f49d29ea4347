"""One event per fact across a document: a learned decision on pairs of output events of one type.

The rules fold two words of one clause into one event where the parse says they tell one act
(``_fold_same_fact``, ``_fold_conjoined``, ``_fold_judgements``, ``_fold_governed``), and
``merge_repeats`` folds a later telling with the very same participants, mode and modality. The same
fact is often told again otherwise: with another word in a later paragraph ("the attack", "the
bombing", its toll: "killed 12"), with fewer or other participants found; and as often two acts of one
type are told in two sentences (two attacks, two calls, corpus train: no plain relation separates them).
A logistic model trained on the annotated corpus (``scripts/train_events.py --samefact-only``) reads
every pair of events of one type told in two sentences by features of the pair (how far apart the two
sentences stand, what words they share, what the participants, modes, modalities, dates and places
share, whether the later word names a fact already told, how sure the decider is of each) and says
whether the annotators coded them as one event. Two events of one sentence are left to the rules: the
model's merges there lost as many right events as they removed wrong ones (docs/evaluation.md,
session 43, repeat43).

A pair judged one fact, whose negation and modality agree and whose dates do not differ, is one event:
the more confident telling stays, takes from the other the participants and the mode it lacks, keeps its
own date, and lists the other's sentence (and its own repeated mentions) in ``also``. The model is a JSON file of
feature weights (``data/events/samefact.json``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .._linear import LinearModel, bucket, load_model_file
from ..nlp import children_lists, entities, labels, sentence_index, tokens
from ..records import Event
from ._lexicon import lowered_lemmas

__all__ = ["MODEL_FILE", "candidate_pairs", "fold_same_facts", "merge_pairs", "pair_features", "samefact_model"]

MODEL_FILE = "samefact.json"

# The words of a sentence that say what it is about: its nouns, names and numbers.
_CONTENT = frozenset({"NOUN", "PROPN", "NUM"})
# The dependencies below a trigger that lead out of its own phrase into another clause.
_OTHER_CLAUSE = frozenset({"conj", "ccomp", "advcl", "relcl", "xcomp", "punct", "cc"})
# A noun trigger's determiners that point back to a thing already named ("the attack", "this strike")
# or that name a new one ("an attack", "another strike").
_BACK = frozenset({"the", "this", "that", "these", "those"})
_NEW = frozenset({"a", "an", "another"})
# Words that tell an act of force by its toll ("killed 12", "12 dead"), a common second telling.
_TOLL = frozenset({"kill", "wound", "injure", "die", "dead", "death", "killing", "casualty", "toll", "massacre"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def samefact_model() -> LinearModel | None:
    """The shipped model, or None when the package has none (no pair is then merged)."""
    return load_model_file("events", MODEL_FILE)


class _Said:
    """What one sentence says, for the pairs of events told in it and in another: the lemmas of its
    nouns, names and numbers (of more than one letter, no stop word), of its nouns alone, and its places."""

    __slots__ = ("content", "nouns", "places")

    def __init__(self, sent: Any, places: frozenset[str], cols: "_Columns") -> None:
        pos, lemma = cols.pos, cols.lemma
        words = [i for i in range(sent.start, sent.end) if cols.content(i)]
        self.content = frozenset(lemma[i] for i in words)
        self.nouns = frozenset(lemma[i] for i in words if pos[i] == "NOUN")
        self.places = places


class _Columns:
    """The document's columns the pairs read (its tokens, their parts of speech, lemmas, dependencies and
    children), read once by the stages before and shared, not made again token by token."""

    __slots__ = ("toks", "pos", "lemma", "dep", "kids")

    def __init__(self, doc: Any) -> None:
        self.toks = tokens(doc)
        self.pos, self.lemma = labels(doc, "POS"), lowered_lemmas(doc)
        self.dep, self.kids = labels(doc, "DEP"), children_lists(doc)

    def content(self, i: int) -> bool:
        """A noun, name or number of more than one letter that is no stop word."""
        return self.pos[i] in _CONTENT and len(self.toks[i]) > 1 and not self.toks[i].is_stop

    def arguments(self, i: int) -> frozenset[str]:
        """The nouns, names and numbers within three steps below token ``i``, in its own phrase (what the
        act was done to, by whom, where: "attack on the consulate")."""
        out = set()
        stack = [(c, 1) for c in self.kids[i]]
        while stack:
            k, depth = stack.pop()
            if self.dep[k] in _OTHER_CLAUSE:
                continue
            if self.pos[k] in _CONTENT and not self.toks[k].is_stop:
                out.add(self.lemma[k])
            if depth < 3:
                stack.extend((c, depth + 1) for c in self.kids[k])
        return frozenset(out)


class _Place:
    """Where the events of one document stand: each event's trigger token, sentence number and trigger
    lemma, what the words under its trigger name, and what each sentence with an event says."""

    __slots__ = ("tok", "sent_no", "lemma", "args", "said")

    def __init__(self, doc: Any, events: list[Event]) -> None:
        cols = _Columns(doc)
        toks = cols.toks
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]
        places: dict[int, set[str]] = {}
        if events:
            of = sentence_index(doc)
            for ent in entities(doc):
                if ent.label_ in _PLACES:
                    places.setdefault(of[ent.start], set()).add(ent.text.lower())
        self.tok: dict[str, Any] = {}
        self.sent_no: dict[str, int] = {}
        self.lemma: dict[str, str] = {}
        self.args: dict[str, frozenset[str]] = {}
        self.said: dict[int, _Said] = {}
        for e in events:
            at = e.trigger["span"][0] if e.trigger else e.span[0]
            tok = None
            if sents:  # the token that starts at the trigger or holds it, found in its sentence
                sent = sents[max(0, bisect_right(starts, at) - 1)]
                k = bisect_right([toks[i].idx for i in range(sent.start, sent.end)], at) - 1
                tok = toks[sent.start + k] if k >= 0 else None
            self.tok[e.id] = tok
            n = max(0, bisect_right(starts, e.span[0]) - 1)
            self.sent_no[e.id] = n
            self.lemma[e.id] = (cols.lemma[tok.i] if tok is not None
                                else (e.trigger["text"].lower() if e.trigger else ""))
            self.args[e.id] = cols.arguments(tok.i) if tok is not None else frozenset()
            if n not in self.said and sents:
                m = min(n, len(sents) - 1)
                self.said[n] = _Said(sents[m], frozenset(places.get(m, ())), cols)


def _parties(e: Event) -> set[str]:
    return {*e.actor, *e.recipient}


def candidate_pairs(events: list[Event], place: _Place) -> list[tuple[int, int]]:
    """The pairs (i, j), i before j in ``events``, that could tell one fact: one type, in two sentences."""
    out = []
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j]
            if a.event == b.event and place.sent_no[a.id] != place.sent_no[b.id]:
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


def _shared(x: frozenset[str], y: frozenset[str]) -> str:
    return "none" if not x or not y else "same" if x & y else "other"


def _date(e: Event) -> str | None:
    d = e.date
    return d["value"] if d and d.get("source") == "timex" else None


def _any_date(e: Event) -> Any:
    """The event's date however it was found: its value, or the bounds of a date known only by them."""
    d = e.date
    if not d:
        return None
    return d.get("value") or (d.get("start"), d.get("end"))


def _pos(tok: Any) -> str:
    if tok is None:
        return "x"
    return "v" if tok.pos_ in ("VERB", "AUX") else "n" if tok.pos_ in ("NOUN", "PROPN") else "o"


def _reference(tok: Any) -> str:
    """How a trigger names its act: a verb, a noun pointing back ("the attack", "its strike"), a noun
    naming a new one ("an attack"), another determiner, a bare noun, or another word."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return "verb" if tok is not None and tok.pos_ in ("VERB", "AUX") else "other"
    for c in tok.children:
        if c.dep_ == "poss":
            return "back"
        if c.dep_ == "det":
            word = c.lower_
            return "back" if word in _BACK else "new" if word in _NEW else "det"
    return "bare"


def _conf(p: float) -> str:
    return bucket(int(p * 10), (3, 4, 5, 6, 7, 8))


def _overlap(x: frozenset[str], y: frozenset[str]) -> str:
    j = len(x & y) / max(1, len(x | y))
    return "0" if j == 0 else "lo" if j < 0.1 else "mid" if j < 0.25 else "hi"


def pair_features(a: Event, b: Event, place: _Place) -> list[str]:
    """The names of the binary features of the pair (``a`` told before ``b``, in another sentence)."""
    ta, tb = place.tok[a.id], place.tok[b.id]
    gap = abs(place.sent_no[b.id] - place.sent_no[a.id])
    t = a.event
    actor = _set_relation(a.actor, b.actor)
    recip = _set_relation(a.recipient, b.recipient)
    crossed = bool(set(a.actor) & set(b.recipient)) or bool(set(a.recipient) & set(b.actor))
    lemma = place.lemma[a.id] == place.lemma[b.id]
    share = not _parties(a).isdisjoint(_parties(b))
    out = ["bias", f"gap={bucket(gap, (1, 2, 4, 8, 16))}", f"type={t}", f"lemma={lemma}",
           f"actor={actor}", f"recipient={recip}", f"parties={actor}|{recip}", f"crossed={crossed}",
           f"pos={_pos(ta)}{_pos(tb)}", f"coder={a.coder}|{b.coder}",
           f"first_sent={place.sent_no[a.id] == 0}", f"share={share}", f"type_share={t}|{share}"]
    mode = "none" if a.mode is None and b.mode is None else "one" if a.mode is None or b.mode is None \
        else "same" if a.mode == b.mode else "other"
    out.append(f"mode={mode}")
    out.append(f"modality={'same' if a.modality == b.modality else 'other'}")
    out.append(f"modality_pair={a.modality}|{b.modality}")
    out.append(f"negated={'same' if a.negated == b.negated else 'other'}")
    da, db = _date(a), _date(b)
    out.append("date=" + ("none" if da is None and db is None else "one" if da is None or db is None
                          else "same" if da == db else "other"))
    da, db = _any_date(a), _any_date(b)
    out.append("any_date=" + ("none" if not da or not db else "same" if da == db else "other"))
    hi, lo = max(a.confidence, b.confidence), min(a.confidence, b.confidence)
    out += [f"conf_hi={_conf(hi)}", f"conf_lo={_conf(lo)}",
            f"later_surer={b.confidence > a.confidence}"]
    # what the two sentences say alike: a fact told again shares its words, its places and the things
    # its trigger names; two acts told side by side share their type and little else
    sa, sb = place.said[place.sent_no[a.id]], place.said[place.sent_no[b.id]]
    nouns = len(sa.nouns & sb.nouns)
    out += [f"overlap={_overlap(sa.content, sb.content)}",
            "nouns=" + ("none" if not sa.nouns or not sb.nouns else bucket(nouns, (0, 1, 2))),
            f"places={_shared(sa.places, sb.places)}",
            f"arguments={_shared(place.args[a.id], place.args[b.id])}"]
    ra, rb = _reference(ta), _reference(tb)
    out += [f"reference={ra}|{rb}", f"reference_later={rb}",
            f"toll={place.lemma[a.id] in _TOLL}|{place.lemma[b.id] in _TOLL}"]
    return out


def _may_be_one(a: Event, b: Event) -> bool:
    """Two tellings read as one fact by the rules' own readings: the same negation and modality (an act
    told as done and the same act told as planned, or as background and as news, are two facts, as in
    ``merge_repeats``), and no two dates their words give that differ. An act told by the reporter and
    again on a source's word (asserted and reported) could be one fact too, but the merged event then
    carries one telling's modality for both: on train it lowered modality accuracy where it raised type
    F1 (docs/evaluation.md, session 43, repeat43)."""
    da, db = _date(a), _date(b)
    return a.negated == b.negated and a.modality == b.modality and (da is None or db is None or da == db)


def _fold(kept: Event, gone: Event) -> None:
    """``kept`` tells the fact ``gone`` told too: it takes the participants and the mode it lacks and
    the other's sentences as repeated mentions. It keeps its own date: a later telling's date from its own
    sentence or paragraph was wrong for the merged event each time it replaced the kept one's on train
    (8 of 8; docs/evaluation.md, session 43, repeat43)."""
    kept.actor = kept.actor or list(gone.actor)
    kept.recipient = kept.recipient or [x for x in gone.recipient if x not in kept.actor]
    kept.mode = kept.mode or gone.mode
    spans = {tuple(s) for s in kept.also} | {tuple(s) for s in gone.also}
    if tuple(gone.span) != tuple(kept.span):
        spans.add(tuple(gone.span))
    spans.discard(tuple(kept.span))
    kept.also = sorted((s[0], s[1]) for s in spans)


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
