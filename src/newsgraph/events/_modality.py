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
from ..nlp import clause_verb
from ._tables import bundled, parse_rows, word_sets

__all__ = ["Modality", "modality", "clause_verb", "hedged", "infinitive"]

DATA_FILE = "modality.txt"
_SETS = frozenset({"future_aux", "hypothetical_aux", "obligation_aux", "conditional", "intention_nouns",
                   "volition_nouns", "volition_adjectives", "future_raising", "negative_subjects",
                   "intent_adjectives", "negating_nouns", "negating_adjectives", "historical_adverbs",
                   "hedge_adverbs", "hedge_adjectives"})


def _parse(text: str) -> dict[str, frozenset[str]]:
    """The word classes of ``modality.txt``'s text, by name; a malformed line raises ValueError."""
    return word_sets(parse_rows(text, DATA_FILE, {"SET": (2, None)}), _SETS)


_WORDS = _parse(bundled(DATA_FILE))
FUTURE_AUX = _WORDS["future_aux"]
HYPOTHETICAL_AUX = _WORDS["hypothetical_aux"]
OBLIGATION_AUX = _WORDS["obligation_aux"]
CONDITIONAL = _WORDS["conditional"]
INTENTION_NOUNS = _WORDS["intention_nouns"]
# Nouns of wish, attempt or ability: their complement is no event that happened or was announced.
VOLITION_NOUNS = _WORDS["volition_nouns"]
VOLITION_ADJECTIVES = _WORDS["volition_adjectives"]
# Passive or adjectival raising heads whose complement is scheduled or expected: "is set to meet".
FUTURE_RAISING = _WORDS["future_raising"]
NEGATIVE_SUBJECTS = _WORDS["negative_subjects"]
INTENT_ADJECTIVES = _WORDS["intent_adjectives"]
NEGATING_NOUNS = _WORDS["negating_nouns"]
NEGATING_ADJECTIVES = _WORDS["negating_adjectives"]
HISTORICAL_ADVERBS = _WORDS["historical_adverbs"]
# A hedge puts the clause on an unnamed source's word: "reportedly attacked", "the alleged attack".
HEDGE_ADVERBS = _WORDS["hedge_adverbs"]
HEDGE_ADJECTIVES = _WORDS["hedge_adjectives"]


@dataclass(slots=True)
class Modality:
    modality: str = "asserted"
    negated: bool = False
    governor: Any = None  # a spaCy Token or None: the reporting or intention verb above the clause, if any
    governor_kind: str | None = None  # "report" | "intent" | "volition"
    obligation: bool = False  # "X must withdraw": a demand when someone else says it


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


def infinitive(v) -> bool:
    """The verb has the "to" of an infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _nonfinite(v) -> bool:
    """A subjectless infinitive or participle clause ("to end the war", "using missiles")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
        return False
    return infinitive(v) or v.tag_ in ("VBG", "VBN")


def _raising(head) -> bool:
    """ "is set to", "is expected to", "is scheduled to", "is due to": a scheduled or expected event."""
    if head.lemma_.lower() not in FUTURE_RAISING and head.lower_ not in FUTURE_RAISING:
        return False
    return head.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in head.children) or head.lower_ in ("about", "due")


@dataclass(slots=True)
class _Walk:
    """What the walk up from an event's clause has found so far."""
    reporting: frozenset[str]
    intention: frozenset[str]
    causative: frozenset[str]
    volition: frozenset[str]
    result: Modality
    negated: bool
    mood: str | None
    reported: bool = False

    def govern(self, head, kind: str, new_mood: str) -> None:
        """``head`` governs the clause: the mood is ``new_mood`` unless the clause has its own, and
        ``head`` is the governor unless a lower one was found."""
        self.mood = self.mood or new_mood
        if self.result.governor is None:
            self.result.governor, self.result.governor_kind = head, kind


def modality(v, *, reporting: frozenset[str], intention: frozenset[str], causative: frozenset[str],
             volition: frozenset[str] = frozenset(), start=None) -> Modality:
    """The modality of the clause headed by the verb ``v`` (``start`` is a noun trigger under it): the
    clause's own auxiliaries and negation, then what the clauses above it say, up to six steps."""
    negated, mood = _own(v)
    if start is not None and any(c.lower_ == "no" and c.dep_ == "det" for c in start.children):
        negated = True
    walk = _Walk(reporting, intention, causative, volition, Modality(), negated, mood)
    walk.reported = hedged(v, start)
    t = v
    for _ in range(6):
        nxt = _step(walk, t)
        if nxt is None:
            break
        t = nxt
    return _finish(walk)


def hedged(v, start=None) -> bool:
    """The clause headed by ``v`` or its noun trigger ``start`` is hedged: a hedge adverb on the verb
    ("Iran reportedly released them") or a hedge adjective on the noun ("the alleged attack"). The
    annotators code these reported (train, session 22: 9 of the 11 matched events, the other 2 historical),
    where a clause under a named speaker's "said" they code asserted twice as often as reported."""
    if any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in v.children):
        return True
    return start is not None and any(c.dep_ == "amod" and c.lower_ in HEDGE_ADJECTIVES for c in start.children)


def _finish(walk: _Walk) -> Modality:
    """The walk's result: an obligation is hypothetical (and marked), "would" is hypothetical, and a
    clause with no mood is reported under a reporting verb, else asserted."""
    result, mood = walk.result, walk.mood
    if mood == "obligation":
        result.obligation = True
        mood = "hypothetical"
    if mood == "would":
        mood = "hypothetical"
    result.negated = walk.negated
    result.modality = mood or ("reported" if walk.reported else "asserted")
    return result


def _step(walk: _Walk, t):
    """One step up from the clause word ``t`` to its head: what the head adds to the walk, and the word
    to go on from (None: the walk ends here)."""
    head = t.head
    if head.i == t.i:
        return None
    dep = t.dep_
    if head.pos_ in ("NOUN", "PROPN") and dep in ("acl", "relcl", "prep", "pcomp", "xcomp"):
        return _under_noun(walk, t, head)
    if head.pos_ == "ADJ" and dep == "xcomp":
        return _under_adjective(walk, head)
    if head.pos_ in ("ADP", "SCONJ") and dep == "pcomp":
        if head.lower_ == "without" and t.tag_ == "VBG":
            walk.negated = True  # "sent troops without asking Congress": the asking did not happen
        return head
    if dep not in ("xcomp", "ccomp", "advcl", "conj", "acomp", "parataxis"):
        return None
    if dep == "advcl":
        _under_adverbial(walk, t, head)
        return None
    return _under_verb(walk, t, head)


def _under_noun(walk: _Walk, t, head):
    """The clause completes or modifies a noun: "the decision to withdraw" (intent), "the desire to
    attack" (volition), "the refusal to meet" (negated)."""
    dep = t.dep_
    lem = lemma(head)
    if head.lower_ in NEGATING_NOUNS or lem in NEGATING_NOUNS:
        walk.negated = True
    if dep != "relcl" and infinitive(t):
        if lem in INTENTION_NOUNS:
            walk.govern(head, "intent", "future")
        elif lem in VOLITION_NOUNS:
            walk.govern(head, "volition", "hypothetical")
    if dep == "relcl" and lem in INTENTION_NOUNS and walk.mood == "would":
        walk.mood = "hypothetical"
    nxt = head.head if head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") else head
    return None if nxt.i == head.i else nxt


def _under_adjective(walk: _Walk, head):
    """The clause completes an adjective: "is willing to withdraw", "ready to contribute", "able to
    attack", "unable to agree"; the walk goes on from the adjective's verb, whose own auxiliaries
    count."""
    lem = lemma(head)
    if lem in NEGATING_ADJECTIVES:
        walk.negated = True
    if _raising(head):
        walk.mood = walk.mood or "future"
    elif lem in INTENT_ADJECTIVES:
        walk.govern(head, "intent", "future")
    elif lem in VOLITION_ADJECTIVES:
        walk.govern(head, "volition", "hypothetical")
    nxt = head.head if head.dep_ in ("acomp", "amod", "xcomp") and head.head.i != head.i else head
    if nxt.i == head.i:
        return None
    h_neg, h_mood = _own(nxt)
    walk.negated = walk.negated or h_neg
    if h_mood in ("future", "would", "hypothetical") and walk.mood is None:
        walk.mood = h_mood
    return nxt


def _under_adverbial(walk: _Walk, t, head) -> None:
    """The clause is an adverbial clause of the verb ``head``; the walk ends here."""
    h_neg, h_mood = _own(head)
    if infinitive(t):
        # the parser often hangs a noun's infinitive on the verb: "lost its will | to keep
        # fighting", "made a decision | to withdraw"
        noun = next((c for c in head.children if c.dep_ in ("dobj", "obj")
                     and c.right_edge.i + 1 == t.left_edge.i), None)
        if noun is not None and noun.lemma_.lower() in VOLITION_NOUNS:
            walk.govern(noun, "volition", "hypothetical")
            return
        if noun is not None and noun.lemma_.lower() in INTENTION_NOUNS:
            walk.govern(noun, "intent", "future")
            return
    if any(c.lower_ in CONDITIONAL for c in t.children if c.dep_ == "mark"):
        walk.mood = "hypothetical"
    elif _nonfinite(t) and infinitive(t):
        # a purpose clause shares its head's time and polarity: "the work he had done to
        # negotiate" (historical), "did not send troops to attack" (negated)
        walk.negated = walk.negated or h_neg
        if h_mood is not None and walk.mood is None:
            walk.mood = "hypothetical" if h_mood == "obligation" else h_mood


def _under_verb(walk: _Walk, t, head):
    """The clause is a complement, conjunct or parenthetical of the verb ``head`` (not an adverbial
    clause): a reporting verb ends the walk; raising, volition, intention and causative verbs and a
    shared auxiliary pass their mood and negation down."""
    dep = t.dep_
    lem = lemma(head)
    h_neg, h_mood = _own(head)
    if dep == "conj":
        # a shared auxiliary sits on the first conjunct
        walk.negated = walk.negated or h_neg
        walk.mood = walk.mood or h_mood
        return head
    if lem in walk.reporting and dep in ("ccomp", "parataxis"):
        walk.reported = True
        walk.result.governor = walk.result.governor or head
        walk.result.governor_kind = walk.result.governor_kind or "report"
        if walk.mood == "would":
            walk.mood = "future"  # "said it would withdraw": future in the past
        return None
    if dep == "xcomp" and _raising(head):
        walk.mood = walk.mood or "future"
        walk.negated = walk.negated or h_neg
        return head
    if dep in ("xcomp", "ccomp") and _in_class(head, lem, walk.volition):
        # "wants to attack", "tried to negotiate": neither done nor announced
        walk.negated = walk.negated or (h_neg and dep == "xcomp")
        walk.govern(head, "volition", "hypothetical")
        return head
    if lem in walk.intention or lem in walk.causative:
        if h_neg and lem in walk.causative:
            walk.negated = True  # "would not allow al Qaeda to attack"
        if lem in walk.intention:
            walk.govern(head, "intent", "future")
        if h_mood in ("would", "hypothetical") and walk.mood in (None, "future"):
            walk.mood = "hypothetical"
        return head
    if h_neg and dep == "xcomp":
        walk.negated = True
    walk.mood = walk.mood or (h_mood if h_mood in ("hypothetical", "historical", "would") else None)
    return head
