"""Judgements told by a predicate: "X said the strike was unnecessary and wrong", "'Those tweets are
racist,' said Y", "'This is a historic mistake,' ..." (no verb of saying in the sentence).

The corpus guidelines (2.1) code no opinion as an event unless the act of giving it is one: criticising
is ACCUSE, praising is SUPPORT, and denying a claim is REJECT. A speaker who says that an act, a
policy or a party is wrong or good commits such an act without a verb that tells it, by a copula and an
evaluative word ("was illegal", "is a disgrace", "are baseless"). This module reads the clause: its
predicate's words (the word classes of ``data/events/coding.txt``) give the type, its subject the party
judged. The events stage (``events._told_judgements``) decides who speaks (the subject of the verb of
saying, or the quotation's speaker given later by ``_speakers.speaking_actors``) and makes the event.
"""

from __future__ import annotations

from typing import Any

from ._arguments import np_actors
from ._coding import CODING

__all__ = ["Verdict", "verdict", "judged_party", "predicates", "mark_unnamed", "unnamed"]

# Copulas that tell what their subject is or has become ("is a disgrace", "has become an obstacle",
# "remains unacceptable", "seems misguided").
_COPULAS = frozenset({"be", "become", "remain", "seem", "prove", "look", "sound"})
_BLAME = CODING.words["blame"] | CODING.words["judged"] | CODING.words["disapproval"]
_CULPRIT = CODING.words["culprit"]
_PRAISE = CODING.words["praise"] | CODING.words["approval"]
_NEGATOR = CODING.words["negator"]
_FALSITY = CODING.words["falsity"]
_CLAIM = CODING.words["claim"]
_DEEDS = CODING.words["deed"]
# Pronouns that stand for what the sentence or the story told before ("this is a mistake", "it was
# wrong"): the party judged is unnamed, not absent.
_ANAPHORS = frozenset({"it", "this", "that", "these", "those"})
# The speaker and the one spoken to: a judgement of oneself or of the listener is no act toward another.
_PERSONAL = frozenset({"i", "we", "you", "me", "us"})
_THIRD = frozenset({"he", "she", "they", "him", "her", "them"})

# Auxiliaries of a judgement told as possible or to come, no verdict passed ("it would be dangerous to
# rely on ...", "could become a serious threat").
_MAYBE = frozenset({"would", "could", "might", "may", "will", "can", "ca", "wo", "'d", "'ll"})

# A clause told as an open question ("would not say whether Washington was to blame").
_OPEN = frozenset({"if", "whether"})
# A degree that makes the judgement a comparison ("less hostile than the one before"), no verdict.
_LESS = frozenset({"less", "least"})

# (type, mode, CAMEO code)
Verdict = tuple[str, "str | None", str]
_ALLEGE: Verdict = ("ACCUSE", "allege", "112")
_DISAPPROVE: Verdict = ("ACCUSE", "disapprove", "111")
_PRAISED: Verdict = ("SUPPORT", None, "051")
_DENIED: Verdict = ("REJECT", None, "120")


def predicates(clause: Any, lems: list[str]) -> list[Any]:
    """The predicate words of a copular clause headed by ``clause``: its adjective or noun complement
    ("was illegal", "is a disgrace"), or the clause itself when the parser made the adjective its head
    ("said the ban illegal")."""
    if clause.pos_ == "ADJ":
        return [clause]
    if lems[clause.i] in _COPULAS:
        return [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    return []


def verdict(clause: Any, lems: list[str]) -> Verdict | None:
    """What a speaker does by saying the clause ``clause``: ACCUSE when its predicate blames
    ("unacceptable", "a mistake"; "responsible", "guilty" allege), SUPPORT when it praises and nothing
    in it blames or negates, REJECT when it calls a claim untrue ("the allegations are baseless"); None
    for no judgement, or a negated one ("is not illegal", "was no mistake": the speaker defends)."""
    preds = predicates(clause, lems)
    if not preds or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MAYBE
                        or c.dep_ == "mark" and c.lower_ in _OPEN for c in clause.children):
        return None
    heads = list(preds) + [c for p in preds for c in p.children if c.dep_ == "conj"]
    words = {lems[p.i] for p in heads} | {lems[c.i] for p in heads for c in p.children
                                          if c.dep_ in ("amod", "compound")}
    if any(lems[c.i] in _NEGATOR or c.lower_ in _LESS for p in heads for c in p.children
           if c.dep_ in ("neg", "det", "advmod")):
        return None
    subj = subject(clause)
    if subj is not None and lems[subj.i] in _CLAIM and words & _FALSITY:
        return _DENIED
    if words & _CULPRIT:
        return _ALLEGE
    if words & _BLAME:
        return _DISAPPROVE
    if words & _PRAISE:
        return _PRAISED
    return None


def subject(clause: Any) -> Any | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def judged_party(clause: Any, table: Any, deeds: Any = ()) -> list[str] | None:
    """Who the clause ``clause`` judges: the actors its subject names or the owner of what it names
    ("Beijing's actions"), or, for an extraposed "it", the subject of its clause ("it is reckless for X
    to ..."); none for an act or a claim whose doer the sentence leaves unnamed ("the attacks were
    unacceptable", "this is a mistake"): a subject that is an event noun of ``deeds`` (the lexicon's), a
    word of a deed or a claim, or a pronoun that stands for what was told before. None where the
    clause judges no act of a party: a state of things ("the economy was weak"), an act of no one named
    ("it was wrong to drag officials into it"), the speaker or the listener ("we are wrong"), or there
    is no subject."""
    subj = subject(clause)
    if subj is None:
        return None
    low = subj.lower_
    if low in _PERSONAL:
        return None
    if low == "it" and any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in clause.children):
        for c in clause.children:
            if c.dep_ in ("ccomp", "xcomp", "advcl"):
                doer = subject(c)
                if doer is not None and doer.lower_ not in _PERSONAL:
                    return np_actors(doer, table) or None
        return None
    if subj.pos_ == "PRON" and low not in _ANAPHORS and low not in _THIRD:
        return None
    named = np_actors(subj, table) or [a for c in subj.children if c.dep_ == "poss" for a in np_actors(c, table)]
    if named or low in _ANAPHORS:
        return named
    lem = subj.lemma_.lower()
    return [] if lem in deeds or lem in _DEEDS or lem in _CLAIM else None


# The document's record of the judgements told of an act whose doer is unnamed (their triggers' first
# characters): their recipient slot is empty on purpose, and the learned filler (``_fillers``) leaves it
# so. On the corpus's train split the filler gave 15 of 24 such kept events a recipient, 3 of them right,
# where 12 of the 24 have none in the annotation.
_UNNAMED = "newsgraph_judged_unnamed"


def mark_unnamed(doc: Any, start: int) -> None:
    doc.user_data.setdefault(_UNNAMED, set()).add(start)


def unnamed(doc: Any) -> set[int]:
    return doc.user_data.get(_UNNAMED, set())
