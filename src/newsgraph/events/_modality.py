"""Modality of an event clause: negated, and asserted | reported | future | hypothetical | historical.

Read from the trigger's clause and the clauses above it: auxiliaries (will, would, had), negation,
conditional markers (if, unless), reporting verbs (say, report), intention verbs and nouns (decide to,
plan to, the decision to: the content is ``future``), volition and ability verbs, nouns and adjectives
(want to, try to, the desire to, the will to, able to: the content is ``hypothetical``, never announced),
negative subjects ("no one was killed") and raising passives ("is set to", "is expected to": ``future``).
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass

from ._lexicon import lemma

__all__ = ["Modality", "modality", "clause_verb"]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d", "can"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
INTENTION_NOUNS = frozenset({"plan", "decision", "intention", "intent", "promise", "pledge",
                             "commitment", "readiness", "willingness", "threat", "offer", "proposal", "deal",
                             "agreement", "vow", "goal", "aim", "call", "demand", "order", "request",
                             "deadline", "resolve", "determination"})
# Nouns of wish, attempt or ability: their complement is no event that happened or was announced.
VOLITION_NOUNS = frozenset({"desire", "will", "wish", "hope", "ability", "capacity", "capability", "attempt",
                            "effort", "bid", "urge", "temptation", "eagerness", "need", "chance",
                            "opportunity", "power", "right", "freedom", "way", "dream", "ambition",
                            "appetite", "courage", "means", "struggle", "push", "drive", "campaign"})
VOLITION_ADJECTIVES = frozenset({"able", "eager", "keen", "anxious", "free", "likely", "unlikely", "possible",
                                 "hard", "difficult", "easy"})
# Passive or adjectival raising heads whose complement is scheduled or expected: "is set to meet".
FUTURE_RAISING = frozenset({"set", "expect", "schedule", "due", "poise", "slate", "plan", "about", "bound"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "noone", "neither"})
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "poised", "set", "committed",
                               "unwilling"})
NEGATING_NOUNS = frozenset({"failure", "refusal", "inability", "reluctance", "unwillingness"})
NEGATING_ADJECTIVES = frozenset({"unable", "unwilling", "reluctant"})
HISTORICAL_ADVERBS = frozenset({"formerly", "previously", "once"})


@dataclass(slots=True)
class Modality:
    modality: str = "asserted"
    negated: bool = False
    governor: Any = None  # a spaCy Token or None: the reporting or intention verb above the clause, if any
    governor_kind: str | None = None  # "report" | "intent" | "volition"
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
    for c in v.children:  # "no one was killed", "nobody was hurt"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
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


def _in_class(tok, lem: str, words: frozenset[str]) -> bool:
    """``lem`` or a plain suffix-stripped form of the word is in ``words`` (spaCy lemmatises
    "hopes" as "hop")."""
    if lem in words:
        return True
    w = tok.lower_
    return any(x in words for x in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-1] if w.endswith("d") else ""))


def _infinitive(v) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _nonfinite(v) -> bool:
    """A subjectless infinitive or participle clause ("to end the war", "using missiles")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
        return False
    return _infinitive(v) or v.tag_ in ("VBG", "VBN")


def _raising(head) -> bool:
    """ "is set to", "is expected to", "is scheduled to", "is due to": a scheduled or expected event."""
    if head.lemma_.lower() not in FUTURE_RAISING and head.lower_ not in FUTURE_RAISING:
        return False
    return head.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in head.children) or head.lower_ in ("about", "due")


def modality(v, *, reporting: frozenset[str], intention: frozenset[str], causative: frozenset[str],
             volition: frozenset[str] = frozenset(), start=None) -> Modality:
    """The modality of the clause headed by the verb ``v`` (``start`` is a noun trigger under it)."""
    result = Modality()
    negated, mood = _own(v)
    if start is not None:
        if any(c.lower_ == "no" and c.dep_ == "det" for c in start.children):
            negated = True

    def govern(head, kind: str, new_mood: str) -> None:
        nonlocal mood
        mood = mood or new_mood
        if result.governor is None:
            result.governor, result.governor_kind = head, kind

    # walk up through complement clauses
    t = v
    reported = False
    for _ in range(6):
        head = t.head
        if head is t:
            break
        dep = t.dep_
        lem = lemma(head)
        if head.pos_ in ("NOUN", "PROPN") and dep in ("acl", "relcl", "prep", "pcomp", "xcomp"):
            if head.lower_ in NEGATING_NOUNS or lem in NEGATING_NOUNS:
                negated = True
            infinitive = _infinitive(t)
            if dep != "relcl" and infinitive:
                if lem in INTENTION_NOUNS:
                    govern(head, "intent", "future")
                elif lem in VOLITION_NOUNS:
                    govern(head, "volition", "hypothetical")
            if dep == "relcl" and lem in INTENTION_NOUNS and mood == "would":
                mood = "hypothetical"
            t = head.head if head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") else head
            if t is head:
                break
            continue
        if head.pos_ == "ADJ" and dep == "xcomp":
            # "is willing to withdraw", "ready to contribute", "able to attack", "unable to agree"
            if lem in NEGATING_ADJECTIVES:
                negated = True
            if _raising(head):
                mood = mood or "future"
            elif lem in INTENT_ADJECTIVES:
                govern(head, "intent", "future")
            elif lem in VOLITION_ADJECTIVES:
                govern(head, "volition", "hypothetical")
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
        if dep == "advcl" and _infinitive(t):
            # the parser often hangs a noun's infinitive on the verb: "lost its will | to keep
            # fighting", "made a decision | to withdraw"
            noun = next((c for c in head.children if c.dep_ in ("dobj", "obj")
                         and c.right_edge.i + 1 == t.left_edge.i), None)
            if noun is not None and noun.lemma_.lower() in VOLITION_NOUNS:
                govern(noun, "volition", "hypothetical")
                break
            if noun is not None and noun.lemma_.lower() in INTENTION_NOUNS:
                govern(noun, "intent", "future")
                break
        if dep == "advcl":
            if any(c.lower_ in CONDITIONAL for c in t.children if c.dep_ == "mark"):
                mood = "hypothetical"
            elif _nonfinite(t) and _infinitive(t):
                # a purpose clause shares its head's time and polarity: "the work he had done to
                # negotiate" (historical), "did not send troops to attack" (negated)
                negated = negated or h_neg
                if h_mood is not None and mood is None:
                    mood = "hypothetical" if h_mood == "obligation" else h_mood
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
        if dep == "xcomp" and _raising(head):
            mood = mood or "future"
            negated = negated or h_neg
            t = head
            continue
        if dep in ("xcomp", "ccomp") and _in_class(head, lem, volition):
            # "wants to attack", "tried to negotiate": neither done nor announced
            negated = negated or (h_neg and dep == "xcomp")
            govern(head, "volition", "hypothetical")
            t = head
            continue
        if lem in intention or lem in causative:
            if h_neg and lem in causative:
                negated = True  # "would not allow al Qaeda to attack"
            if lem in intention:
                govern(head, "intent", "future")
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
