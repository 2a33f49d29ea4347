"""The candidates the speaker rules consider for a quote, with the features a learned chooser would read.

The rules of :mod:`._extract` give each quote one speaker. Around that choice stand the other people
the rules weigh: the subject of every cue verb of the quote's sentences, the persons named nearest before
and after the quote, the speaker of the quote before (a run of quotes), the person last named as saying
something, the subject of the sentence before (the lead-in's) and a title resolved through the actor
table. :func:`candidates` lists them for a quote, each with the proposers that name it and plain features
(where it stands, how the text names it, what kind of actor it is); :func:`pair_features` describes
replacing the rules' choice by another candidate.

``scripts/train_speakers.py`` measures on PolNeAR how often a right speaker is among the candidates and
what a logistic regression over these pairs gains out of fold on train and on dev (docs/evaluation.md,
"Session 46, speakers46"). No chooser ships: over every quote none holds on dev, and where the rules give no
actor it gives about two wrong speakers for each right one where the rules gave none.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..nlp import sentence_index
from ._cues import ASKING_VERBS, CUE_VERBS, SPEECH_VERBS, THOUGHT_VERBS, cue_lemma
from ._speaker import PERSON_PRONOUNS, _as_person, speaker_subject

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from ..records import Mention
    from ._extract import Found, _Reader

__all__ = ["Candidate", "candidates", "pair_features", "decides", "may_speak", "PROPOSERS"]

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
    for cand in out:
        if cand.span is None and cand.token >= 0:
            t = doc[cand.token]
            cand.span = facts.first.get((cand.token, cand.actor or "")) or (t.idx, t.idx + len(t.text))
        cand.features = _features(reader, rec, cand, facts, qs, qe, s0, s1, len(out))
    return out


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


def decides(rule: Candidate) -> bool:
    """Whether the chooser decides a quote whose rules' choice is ``rule``: only where the rules give no
    actor (no speaker, or the text's own words such as "a new poll"). Where they name an actor they are
    right nine times in ten and no chooser trained out of fold on PolNeAR train beat them on dev. A question
    put to someone (`The minister, asked whether ..., said`) is the unnamed asker's, never the one asked's:
    the rules leave it without a speaker on purpose, and the chooser leaves it so."""
    return rule.actor is None and not rule.features.get("asked")


def may_speak(cand: Candidate) -> bool:
    """Whether the chooser may give a quote to ``cand``: a person. Every quote it turned right out of fold on
    PolNeAR train went to a person; an outlet or a body carried over from the quote before (`As the rally
    ended, “We want more!”` after a quote of The Hill's) is the rules' to give."""
    return cand.features.get("actor=person") == 1.0
