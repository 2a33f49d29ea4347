"""Modality of an event clause: negated, and asserted | reported | future | hypothetical | historical.

Read from the trigger's clause and the clauses above it: auxiliaries (will, would, had), negation,
conditional markers (if, unless), reporting verbs (say, report) and intention verbs and nouns
(decide to, plan to, the desire to).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Modality", "modality", "clause_verb"]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d", "can"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
INTENTION_NOUNS = frozenset({"desire", "plan", "decision", "intention", "intent", "promise", "pledge",
                             "commitment", "readiness", "willingness", "will", "bid", "effort",
                             "attempt", "threat", "offer", "proposal", "deal", "agreement", "vow",
                             "goal", "aim", "call", "demand", "order", "request", "deadline"})
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "eager", "determined", "keen", "poised",
                               "set", "committed", "unwilling"})
NEGATING_NOUNS = frozenset({"failure", "refusal", "inability", "reluctance"})
HISTORICAL_ADVERBS = frozenset({"formerly", "previously", "once"})


@dataclass(slots=True)
class Modality:
    modality: str = "asserted"
    negated: bool = False
    governor: object | None = None  # the reporting or intention verb above the clause, if any
    governor_kind: str | None = None  # "report" | "intent"
    obligation: bool = False  # "X must withdraw": a demand when someone else says it


def clause_verb(tok):
    """The verb that heads the clause ``tok`` belongs to (``tok`` itself for a verb)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _own(v) -> tuple[bool, str | None]:
    negated = False
    mood: str | None = None
    aux_words = [c for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "mark")]
    words = {c.lower_ for c in aux_words}
    if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in aux_words):
        negated = True
    if words & CONDITIONAL:
        mood = "hypothetical"
    elif words & OBLIGATION_AUX:
        mood = "obligation"
    elif words & FUTURE_AUX or ("going" in words and "to" in words):
        mood = "future"
    elif words & HYPOTHETICAL_AUX:
        mood = "would"
    elif "had" in words and v.tag_ == "VBN":
        mood = "historical"
    elif words & HISTORICAL_ADVERBS:
        mood = "historical"
    return negated, mood


def modality(v, *, reporting: frozenset[str], intention: frozenset[str], causative: frozenset[str],
             start=None) -> Modality:
    """The modality of the clause headed by the verb ``v`` (``start`` is a noun trigger under it)."""
    result = Modality()
    negated, mood = _own(v)
    if start is not None:
        if any(c.lower_ == "no" and c.dep_ == "det" for c in start.children):
            negated = True
    # walk up through complement clauses
    t = v
    reported = False
    for _ in range(6):
        head = t.head
        if head is t:
            break
        dep = t.dep_
        lem = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and dep in ("acl", "relcl", "prep", "pcomp", "xcomp"):
            if head.lower_ in NEGATING_NOUNS or lem in NEGATING_NOUNS:
                negated = True
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            if lem in INTENTION_NOUNS and dep != "relcl" and infinitive:
                mood = mood or "future"
                result.governor, result.governor_kind = result.governor or head, result.governor_kind or "intent"
            if dep == "relcl" and lem in INTENTION_NOUNS and mood == "would":
                mood = "hypothetical"
            t = head.head if head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") else head
            if t is head:
                break
            continue
        if head.pos_ == "ADJ" and dep == "xcomp":
            # "is willing to withdraw", "ready to contribute"
            if lem in INTENT_ADJECTIVES:
                mood = mood or "future"
                result.governor, result.governor_kind = result.governor or head, result.governor_kind or "intent"
            t = head.head if head.dep_ in ("acomp", "amod", "xcomp") and head.head is not head else head
            if t is head:
                break
            h_neg, h_mood = _own(t)
            negated = negated or h_neg
            if h_mood in ("future", "would", "hypothetical") and mood is None:
                mood = h_mood
            continue
        if head.pos_ in ("ADP", "SCONJ") and dep == "pcomp":
            t = head
            continue
        if dep not in ("xcomp", "ccomp", "advcl", "conj", "acomp", "parataxis"):
            break
        h_neg, h_mood = _own(head)
        if dep == "advcl":
            if any(c.lower_ in CONDITIONAL for c in t.children if c.dep_ == "mark"):
                mood = "hypothetical"
            break
        if dep == "conj":
            # a shared auxiliary sits on the first conjunct
            negated = negated or h_neg
            mood = mood or h_mood
            t = head
            continue
        if lem in reporting and dep in ("ccomp", "parataxis"):
            reported = True
            result.governor = result.governor or head
            result.governor_kind = result.governor_kind or "report"
            if mood == "would":
                mood = "future"  # "said it would withdraw": future in the past
            break
        if lem in intention or lem in causative:
            if h_neg and lem in causative:
                negated = True  # "would not allow al Qaeda to attack"
            if lem in intention:
                mood = mood or "future"
                result.governor = result.governor or head
                result.governor_kind = result.governor_kind or "intent"
            if h_mood in ("would", "hypothetical") and mood in (None, "future"):
                mood = "hypothetical"
            t = head
            continue
        if h_neg and dep == "xcomp":
            negated = True
        mood = mood or (h_mood if h_mood in ("hypothetical", "historical", "would") else None)
        t = head
    if mood == "obligation":
        result.obligation = True
        mood = "hypothetical"
    if mood == "would":
        mood = "hypothetical"
    result.negated = negated
    result.modality = mood or ("reported" if reported else "asserted")
    return result
