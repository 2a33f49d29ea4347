"""The candidates the speaker rules consider for a quote, with the features a learned chooser reads.

The rules of :mod:`._extract` give each quote one speaker. Around that choice stand the other people
the rules weigh: the subject of every cue verb of the quote's sentences, the persons named nearest before
and after the quote, the speaker of the quote before (a run of quotes), the person last named as saying
something, the subject of the sentence before (the lead-in's) and a title resolved through the actor
table. :func:`candidates` lists them for a quote, each with the proposers that name it and plain features
(where it stands, how the text names it, what kind of actor it is, and how it stands to the cue that
governs the quote in the parse: :class:`_Governing`); :func:`pair_features` describes replacing the rules'
choice by another candidate.

``scripts/train_speakers.py`` measures on PolNeAR how often a right speaker is among the candidates and
fits a :class:`Chooser` (a logistic regression over the pairs, its C and a threshold for each
:func:`scope` chosen out of fold on train, where a wrong speaker costs a reader twice what a right one
gains). :func:`._extract.find_quotes` lets the chooser replace the rules' choice when the package holds
its file (``data/quotes/speaker_chooser.json``, :func:`load_chooser`). None ships: the best chooser out of
fold on train gave PolNeAR dev more wrong speakers than right ones (docs/evaluation.md, "Session 46,
speakers46" and "Session 47, speakers47").
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..nlp import head_indices, sentence_index
from ._cues import ASKING_VERBS, CUE_VERBS, SPEECH_VERBS, THOUGHT_VERBS, cue_lemma
from ._speaker import PERSON_PRONOUNS, _as_person, speaker_subject

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..records import Mention
    from ._extract import Found, _Reader

__all__ = ["Candidate", "Chooser", "candidates", "pair_features", "decides", "may_speak", "scope", "load_chooser",
           "PROPOSERS"]

# the rules that propose a candidate, in the order the features list them
PROPOSERS = ("rule", "cue_subject", "before", "after", "run", "named_speaker", "lead_in", "title")
# how far back (paragraphs) a candidate may be named
_REACH = 2
_KINDS = ("person", "organization", "country", "group")


@dataclass(slots=True)
class Candidate:
    """One actor (or, for the rules' choice, the text's own words: ``actor`` None) that may speak a quote."""

    actor: str | None
    span: tuple[int, int] | None  # characters of the phrase that names it nearest the quote
    proposers: set[str] = field(default_factory=set)
    features: dict[str, float] = field(default_factory=dict)
    token: int = -1  # the first token of that phrase (-1: none)


class _DocFacts:
    """What every quote of one document reads: mentions in text order, sentence starts, counts."""

    def __init__(self, reader: "_Reader", found: "list[Found]") -> None:
        doc, actors = reader.doc, reader.actors
        self.mentions = sorted(actors.mentions, key=lambda m: m.tokens[0])
        self.starts = [m.tokens[0] for m in self.mentions]
        self.count: dict[str, int] = {}
        self.named: dict[str, int] = {}
        self.by_actor: dict[str, list[Mention]] = {}
        self.first: dict[tuple[int, str], tuple[int, int]] = {}
        self.kind_at: dict[int, str] = {}
        for m in self.mentions:
            self.count[m.actor] = self.count.get(m.actor, 0) + 1
            if m.kind == "name":
                self.named[m.actor] = self.named.get(m.actor, 0) + 1
            self.by_actor.setdefault(m.actor, []).append(m)
            self.first.setdefault((m.tokens[0], m.actor), m.span)
            self.kind_at.setdefault(m.tokens[0], m.kind)
        self.spoken: dict[str, int] = {}
        for f in found:
            if f.quote.speaker is not None:
                self.spoken[f.quote.speaker] = self.spoken.get(f.quote.speaker, 0) + 1
        self.sent_of = sentence_index(doc)
        self.up = head_indices(doc)


def _person(reader: "_Reader", actor: str | None) -> str | None:
    actor = _as_person(reader.actors, actor)
    named = reader.actors.get(actor) if actor else None
    return actor if named is not None else None


def _is_person(reader: "_Reader", actor: str) -> bool:
    named = reader.actors.get(actor)
    return named is not None and named.kind == "person"


def _subject_actor(reader: "_Reader", subj: "Token") -> str | None:
    """The actor a cue verb's subject names, read from the table alone (nothing is added to it): the
    subject's own mention, a name in its apposition or compound, or a pronoun's resolved person."""
    actors = reader.actors
    if subj.lower_ in PERSON_PRONOUNS or subj.pos_ == "PRON":
        if subj.lower_ in ("he", "she", "him", "her", "they"):
            return _person(reader, actors.at_token(subj.i))
        return None
    found = actors.at_token(subj.i)
    if found is None:
        found = next((actors.at_token(c.i) for c in subj.children if c.dep_ in ("appos", "compound", "flat")
                      and actors.at_token(c.i)), None)
    return _person(reader, found)


def candidates(reader: "_Reader", rec: "Found", facts: _DocFacts, *, run: str | None = None) -> list[Candidate]:
    """The candidates for quote ``rec``: the rules' choice first, then every other actor a rule names."""
    doc = reader.doc
    span = rec.quote.span
    rng = doc.char_span(span[0], span[1], alignment_mode="expand")
    if rng is None or len(rng) == 0:
        return []
    qs, qe = rng.start, rng.end
    s0, s1 = doc[qs].sent.start, doc[qe - 1].sent.end
    if s1 < len(doc):  # `“...?” Sanders asked.`: the tag's own sentence after the quote
        s1 = doc[s1].sent.end if doc[s1].sent.end - s1 <= 12 else s1
    para = reader.para(span[0])
    by_actor: dict[str | None, Candidate] = {}

    def add(actor: str | None, proposer: str, tok: int = -1) -> None:
        if actor is None:
            return
        cand = by_actor.get(actor)
        if cand is None:
            cand = by_actor[actor] = Candidate(actor, None)
        cand.proposers.add(proposer)
        if tok >= 0 and (cand.token < 0 or _gap(tok, qs, qe) < _gap(cand.token, qs, qe)):
            cand.token = tok

    rule = Candidate(rec.quote.speaker, rec.speaker_span, {"rule"})
    by_actor[rec.quote.speaker] = rule
    if rec.speaker_span is not None:
        srng = doc.char_span(rec.speaker_span[0], rec.speaker_span[1], alignment_mode="expand")
        if srng is not None and len(srng):
            rule.token = srng.start
    # every cue verb of the quote's sentences outside the quote, with its subject
    for i in range(s0, s1):
        tok = doc[i]
        if i in reader.in_quote or tok.pos_ not in ("VERB", "AUX") or cue_lemma(tok) not in CUE_VERBS:
            continue
        subj = speaker_subject(tok, reader.in_quote)
        if subj is not None and subj.i not in reader.in_quote:
            add(_subject_actor(reader, subj), "cue_subject", subj.i)
    # the persons named nearest before and after the quote, outside quotes, in reach
    before = after = None
    at = bisect_left(facts.starts, qs)
    for m in reversed(facts.mentions[:at]):
        if para - reader.para(m.span[0]) > _REACH:
            break
        if m.tokens[0] in reader.in_quote or m.kind not in ("name", "title") or m.tokens[1] > qs \
                or not _is_person(reader, m.actor):
            continue
        before = before or m
        if m.kind == "title" and s0 <= m.tokens[0]:
            add(m.actor, "title", m.tokens[0])
    end_para = reader.para(span[1])
    for m in facts.mentions[at:]:
        if m.tokens[0] >= s1 and (after is not None or reader.para(m.span[0]) != end_para):
            break
        if m.tokens[0] in reader.in_quote or m.kind not in ("name", "title") or not _is_person(reader, m.actor):
            continue
        if m.tokens[0] >= qe and after is None and reader.para(m.span[0]) == end_para:
            after = m
        elif m.tokens[0] < s1 and m.kind == "title":
            add(m.actor, "title", m.tokens[0])
    if before is not None:
        add(before.actor, "before", before.tokens[0])
    if after is not None:
        add(after.actor, "after", after.tokens[0])
    if run is not None:
        add(run, "run")
    named_before = [(i, a) for i, a in reader.named_speakers() if i < qs and para - reader.para(doc[i].idx) <= _REACH]
    if named_before:  # placed at its last mention before that cue verb
        verb, actor = named_before[-1]
        said = [m.tokens[0] for m in facts.by_actor.get(actor, ()) if m.tokens[0] < verb]
        add(actor, "named_speaker", said[-1] if said else -1)
    # the lead-in: the subject of the main verb of the sentence before the quote's
    if s0 > 0:
        prev = doc[s0 - 1].sent
        if para - reader.para(prev[0].idx) <= 1:
            for c in prev.root.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i not in reader.in_quote:
                    add(_subject_actor(reader, c), "lead_in", c.i)
    out = [rule] + [c for a, c in by_actor.items() if c is not rule]
    cue = _Governing(reader, rec, facts, qs, qe)
    for cand in out:
        if cand.span is None and cand.token >= 0:
            t = doc[cand.token]
            cand.span = facts.first.get((cand.token, cand.actor or "")) or (t.idx, t.idx + len(t.text))
        cand.features = _features(reader, rec, cand, facts, qs, qe, s0, s1, len(out))
        cand.features.update(cue.features(cand))
    return out


def _cue_class(lemma: str | None) -> str:
    return ("none" if lemma is None else "asking" if lemma in ASKING_VERBS else "speech" if lemma in SPEECH_VERBS
            else "thought" if lemma in THOUGHT_VERBS else "other")


def _chain(up: list[int], i: int) -> list[int]:
    """``i`` and the heads above it, to the root of its sentence."""
    out = [i]
    while up[out[-1]] != out[-1] and len(out) < 40:
        out.append(up[out[-1]])
    return out


class _Governing:
    """The cue that governs a quote, as the parse shows it, and where each candidate stands against it:
    the rules' cue (its lemma and class, whether it governs the quote in the parse, the quote before, after
    or around it), the dependency path from a candidate's phrase to that cue, and the cue verb a candidate
    is the subject of (its class, whether it governs the quote, whether it is the rules' cue)."""

    def __init__(self, reader: "_Reader", rec: "Found", facts: _DocFacts, qs: int, qe: int) -> None:
        doc = reader.doc
        self.reader, self.qs, self.qe = reader, qs, qe
        self.up = facts.up
        self.ancestors: set[int] = set()
        for i in range(qs, qe):  # the heads above each quoted token, outside the quote
            for j in _chain(self.up, i)[1:]:
                if not qs <= j < qe:
                    self.ancestors.add(j)
        self.cue: int | None = None
        if rec.cue_span is not None:
            words = doc.char_span(rec.cue_span[0], rec.cue_span[1], alignment_mode="expand")
            if words is not None and len(words):
                self.cue = words.root.i
        lemma = rec.quote.cue
        self.common = {"cue_lemma=" + (lemma if lemma in _COMMON_CUES else "rare" if lemma else "none"): 1.0,
                       "cue_class=" + _cue_class(lemma): 1.0}
        if self.cue is not None:
            c = self.cue
            self.common["cue_governs"] = float(c in self.ancestors)
            self.common["q_" + ("after_cue" if qs > c else "before_cue" if qe <= c else "around_cue")] = 1.0
            self.cue_chain = _chain(self.up, c)

    def features(self, cand: Candidate) -> dict[str, float]:
        f = dict(self.common)
        if cand.token < 0:
            f["path=unplaced"] = 1.0
            return f
        doc = self.reader.doc
        f.update(self._signs(cand))
        head = doc[cand.token]
        while head.head.i != head.i and head.dep_ in ("compound", "flat", "amod", "det", "poss") and head.head.i - head.i < 6:
            head = head.head
        own = _chain(self.up, head.i)
        # the cue verb the candidate is the subject of, nearest up its chain
        verb = next((doc[j] for j in own[1:4] if doc[j].pos_ in ("VERB", "AUX") and cue_lemma(doc[j]) in CUE_VERBS), None)
        if verb is not None and doc[own[own.index(verb.i) - 1]].dep_ in _SUBJ:
            f["own_cue=" + _cue_class(cue_lemma(verb))] = 1.0
            f["own_cue_governs"] = float(verb.i in self.ancestors)
            f["own_cue_is_rules"] = float(verb.i == self.cue)
            f["own_cue_gap"] = math.log1p(_gap(verb.i, self.qs, self.qe))
        else:
            f["own_cue=none"] = 1.0
        if self.cue is None:
            f["path=nocue"] = 1.0
            return f
        if doc[self.cue].sent.start != head.sent.start:
            f["path=other_sent"] = 1.0
            return f
        at = {j: k for k, j in enumerate(self.cue_chain)}
        k_up = next((k for k, j in enumerate(own) if j in at), None)
        if k_up is None:
            f["path=other_sent"] = 1.0
            return f
        down = at[own[k_up]]
        f["path_len"] = math.log1p(k_up + down)
        if k_up + down <= 3:
            f["path=" + ">".join(doc[j].dep_ for j in own[:k_up]) + "|" + str(down)] = 1.0
        else:
            f["path=long"] = 1.0
        f["subj_of_cue"] = float(k_up == 1 and down == 0 and head.dep_ in _SUBJ)
        return f

    def _signs(self, cand: Candidate) -> dict[str, float]:
        """A name that signs a quote across a dash (`“...” ― Dana Marsh`): the candidate signs this quote
        (right after it, a dash between) or the one before it (a dash before the name, the quote's opening
        mark right after it). In a list of signed quotes the name before a quote is the last one's."""
        doc, qs, qe, i = self.reader.doc, self.qs, self.qe, cand.token
        if i >= qe and i - qe <= 4 and any(_dash(doc[j].text) for j in range(qe, i)):
            return {"signs_this": 1.0}
        if i < qs and i > 0 and _dash(doc[i - 1].text):
            end = i
            while end < qs and doc[end].pos_ == "PROPN" or end < qs and doc[end].text == ".":
                end += 1
            if qs - end <= 2:
                return {"signs_before": 1.0}
        return {}


def _dash(word: str) -> bool:
    """A dash, alone or glued to a quotation mark (`”―`)."""
    return not any(ch.isalnum() for ch in word) and any(ch in "-\u2013\u2014\u2015" for ch in word)


_SUBJ = frozenset({"nsubj", "nsubjpass"})
# cue lemmas common enough on PolNeAR train to weigh on their own; the rest share "rare"
_COMMON_CUES = frozenset({"say", "tell", "add", "write", "ask", "according to", "explain", "note", "argue", "claim",
                          "insist", "warn", "declare", "announce", "state", "suggest", "call", "report", "think",
                          "believe", "reply", "respond", "continue", "recall", "acknowledge", "admit", "predict"})


def _phrase(reader: "_Reader", cand: Candidate):
    """The tokens of the phrase that names ``cand`` nearest the quote, or None."""
    if cand.span is None:
        return None
    words = reader.doc.char_span(cand.span[0], cand.span[1], alignment_mode="expand")
    return words if words is not None and len(words) else None


def pair_features(rule: Candidate, other: Candidate) -> dict[str, float]:
    """The features of replacing the rules' choice ``rule`` by ``other``: both candidates' own, and each
    rule proposing ``other`` crossed with what the rules' choice is and where it stands."""
    x = {"a:" + k: v for k, v in other.features.items()}
    x.update({"r:" + k: v for k, v in rule.features.items()})
    kind = "nobody" if "nobody" in rule.features else "words" if "words" in rule.features else next(
        (k[6:] for k in rule.features if k.startswith("actor=")), "other")
    where = "same" if rule.features.get("same_sent") else "far"
    for p in other.proposers:
        x["x:" + p + "|" + kind] = 1.0
        x["y:" + p + "|" + where] = 1.0
    return x


def _gap(tok: int, qs: int, qe: int) -> int:
    return qs - tok if tok < qs else (tok - qe + 1 if tok >= qe else 0)


def _features(reader: "_Reader", rec: "Found", cand: Candidate, facts: _DocFacts, qs: int, qe: int, s0: int, s1: int,
              n: int) -> dict[str, float]:
    doc, actors = reader.doc, reader.actors
    f: dict[str, float] = {"bias": 1.0, "candidates": math.log(n)}
    for p in cand.proposers:
        f["by=" + p] = 1.0
    f["proposers"] = float(len(cand.proposers))
    if cand.proposers == {"rule"}:
        f["rule_alone"] = 1.0
    f["kind=" + rec.quote.kind] = 1.0
    lemma = rec.quote.cue
    f["cue=" + ("none" if lemma is None else "speech" if lemma in SPEECH_VERBS else "thought" if lemma in THOUGHT_VERBS
                else "other")] = 1.0
    if rec.quote.continues is not None:
        f["continues"] = 1.0
    words = _phrase(reader, cand)
    if words is not None:
        f["propn"] = float(any(t.pos_ == "PROPN" for t in words))
        f["lower"] = float(words[0].is_lower)
        f["plural"] = float(words.root.tag_ in ("NNS", "NNPS"))
    named = actors.get(cand.actor) if cand.actor is not None else None
    if cand.actor is None:
        f["no_actor"] = 1.0
        if lemma in ASKING_VERBS:
            f["asked"] = 1.0
        f["words" if rec.speaker_span is not None else "nobody"] = 1.0
        return f
    f["actor=" + (named.kind if named is not None and named.kind in _KINDS else "other")] = 1.0
    f["mentions"] = math.log1p(facts.count.get(cand.actor, 0))
    f["named"] = math.log1p(facts.named.get(cand.actor, 0))
    f["speaks"] = math.log1p(facts.spoken.get(cand.actor, 0) - (cand.actor == rec.quote.speaker))
    quoted = reader.in_quote.get(qs)
    f["named_in_quote"] = float(quoted is not None and any(
        m.actor == cand.actor and reader.in_quote.get(m.tokens[0]) == quoted for m in facts.by_actor.get(cand.actor, ())))
    if rec.cue_span is not None:
        cue = doc.char_span(rec.cue_span[0], rec.cue_span[1], alignment_mode="expand")
        subj = speaker_subject(cue.root, reader.in_quote) if cue is not None and len(cue) else None
        if subj is not None:
            f["subject_of_cue"] = float(_subject_actor(reader, subj) == cand.actor)
    if cand.token >= 0:
        t = doc[cand.token]
        gap = _gap(cand.token, qs, qe)
        f["gap"] = math.log1p(gap)
        f["after" if cand.token >= qe else "before" if cand.token < qs else "inside"] = 1.0
        f["sents"] = float(min(abs(facts.sent_of[cand.token] - facts.sent_of[qs]), 5))
        f["same_sent"] = float(s0 <= cand.token < s1)
        f["paras"] = float(min(abs(reader.para(t.idx) - reader.para(rec.quote.span[0])), 3))
        f["in_quote"] = float(cand.token in reader.in_quote)
        f["mention=" + facts.kind_at.get(cand.token, "none")] = 1.0
        f["pron"] = float(t.pos_ == "PRON")
        head = t
        while head.head.i != head.i and head.head.i < qe + 40 and head.dep_ in ("compound", "flat", "appos", "amod"):
            head = head.head
        f["dep=" + (head.dep_ if head.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "poss", "appos", "conj")
                    else "other")] = 1.0
        f["head_cue"] = float(head.dep_ in ("nsubj", "nsubjpass") and cue_lemma(head.head) in CUE_VERBS)
    else:
        f["unplaced"] = 1.0
    return f


def scope(rule: Candidate) -> str | None:
    """The part of the quotes the chooser weighs a quote in, by the rules' choice ``rule``: "actor" where
    the rules name an actor, "none" where they name none (no speaker, or the text's own words), and None
    for a question put to someone, which the chooser never decides (:func:`decides`)."""
    if rule.actor is not None:
        return "actor"
    return "none" if decides(rule) else None


@dataclass(slots=True)
class _Scope:
    threshold: float | None  # the probability above which another candidate replaces the rules' choice
    intercept: float
    weights: dict[str, float]


class Chooser:
    """A fitted chooser (``data/quotes/speaker_chooser.json``, written by ``scripts/train_speakers.py``): for
    each scope a logistic regression over :func:`pair_features` and the threshold chosen out of fold on
    PolNeAR train, where a wrong speaker costs a reader twice what a right one gains."""

    def __init__(self, data: dict) -> None:
        self.scopes = {name: _Scope(part["threshold"], float(part["intercept"]), dict(part["weights"]))
                       for name, part in data["scopes"].items()}

    def probability(self, part: str, x: dict[str, float]) -> float:
        sc = self.scopes[part]
        z = sc.intercept + sum(sc.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def choose(self, cands: list[Candidate]) -> Candidate | None:
        """The candidate that replaces the rules' choice ``cands[0]``, or None to keep it: the person most
        likely right, where that probability is above the scope's threshold."""
        if len(cands) < 2:
            return None
        part = scope(cands[0])
        sc = self.scopes.get(part) if part is not None else None
        if sc is None or sc.threshold is None:
            return None
        best: tuple[float, Candidate] | None = None
        for cand in cands[1:]:
            if not may_speak(cand):
                continue
            p = self.probability(part, pair_features(cands[0], cand))  # type: ignore[arg-type]
            if best is None or p > best[0]:
                best = (p, cand)
        return best[1] if best is not None and best[0] > sc.threshold else None


CHOOSER_FILE = "speaker_chooser.json"


@lru_cache(maxsize=1)
def load_chooser() -> Chooser | None:
    """The chooser the package ships, or None when no scope of it decides anything (or it is absent)."""
    path = resources.files("newsgraph").joinpath("data", "quotes", CHOOSER_FILE)
    if not path.is_file():
        return None
    chooser = Chooser(json.loads(path.read_text(encoding="utf-8")))
    return chooser if any(sc.threshold is not None for sc in chooser.scopes.values()) else None


def decides(rule: Candidate) -> bool:
    """Whether a quote whose rules' choice ``rule`` names no actor (no speaker, or the text's own words such
    as "a new poll") is the chooser's to weigh, in its "none" scope (:func:`scope`; a quote whose rules name
    an actor is weighed in the "actor" scope). A question put to someone (`The minister, asked whether ...,
    said`) is not: it is the unnamed asker's, never the one asked's, the rules leave it without a speaker on
    purpose, and the chooser leaves it so."""
    return rule.actor is None and not rule.features.get("asked")


def may_speak(cand: Candidate) -> bool:
    """Whether the chooser may give a quote to ``cand``: a person. Every quote it turned right out of fold on
    PolNeAR train went to a person; an outlet or a body carried over from the quote before (`As the rally
    ended, “We want more!”` after a quote of The Hill's) is the rules' to give."""
    return cand.features.get("actor=person") == 1.0
