"""A stance told by the speaker's own predicate adjective: "I am disappointed with Secretary Kerry's
report", "Ban was deeply dismayed by the executions", "Karzai has been highly critical of the
troops", "I am grateful to the members of Congress".

The corpus guidelines (2.1) code the act of giving an opinion: criticising is ACCUSE, praising is
SUPPORT. A party that says it is dismayed by, angry with or critical of another
criticises it without a verb of criticising; the adjective, said of the one who holds the stance, with
what the stance is about (its "by", "about", "with", "of" or "to" phrase or its "that" clause), tells
the act. A mood with nothing it is about ("people are angry") is no act, nor is a stance told as
possible or denied ("would be angry if", "is not angry with"). Words of worry or doubt
("concerned", "worried", "skeptical") tell a mood or a standing view more often than an act. This module reads the construction
(word classes ``stance_against`` and ``stance_for`` of ``data/events/coding.txt``); the
events stage (``events._told_stances``) makes the event, and the decider judges it. A first-person
holder inside a quotation is the quotation's speaker (``_speakers.speaking_actors``).
"""

from __future__ import annotations

from typing import Any

from ._arguments import np_actors, subject_of
from ._coding import CODING
from ._judged import _MAYBE, Verdict

__all__ = ["Stance", "stance"]

_AGAINST = CODING.words["stance_against"]
_FOR = CODING.words["stance_for"]
# Copulas that tell a stance of their subject ("is critical", "remained angry", "felt betrayed").
_COPULAS = frozenset({"be", "remain", "seem", "feel", "become", "grow", "appear", "stay", "get"})
# The prepositions that name what a stance is about, per class ("dismayed by", "angry with", "critical
# of"; "grateful to / for", "supportive of").
_ABOUT = {
    "ACCUSE": frozenset({"by", "about", "with", "over", "at", "of", "regarding", "toward", "towards"}),
    "SUPPORT": frozenset({"to", "for", "of"}),
}
_VERDICTS: dict[str, Verdict] = {"ACCUSE": ("ACCUSE", "disapprove", "110"), "SUPPORT": ("SUPPORT", None, "051")}
_FIRST = frozenset({"i", "we"})
# (verdict, the clause's head, actor, recipient, whether the holder is "I" or "we")
Stance = tuple[Verdict, Any, list[str], list[str], bool]


def _class(word: str) -> str | None:
    if word in _AGAINST:
        return "ACCUSE"
    if word in _FOR:
        return "SUPPORT"
    return None


def _clause(tok: Any) -> tuple[Any, Any] | None:
    """(the clause's head, the holder) of a stance adjective ``tok``: the copula and its subject ("X is
    concerned"), or the participle and its passive subject ("X was dismayed by")."""
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _COPULAS:
        head = tok.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return (head, subj) if subj is not None else None
    if tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return (tok, subj) if subj is not None else None
    return None


def stance(tok: Any, table: Any, *, causative: frozenset[str] = frozenset()) -> Stance | None:
    """The stance the adjective ``tok`` tells, or None: no word of a stance, no holder, nothing it is
    about, or told as denied or possible."""
    etype = _class(tok.lower_)
    if etype is None:
        return None
    found = _clause(tok)
    if found is None:
        return None
    head, subj = found
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MAYBE) for h in {head, tok} for c in h.children):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in ("less", "least", "not", "never") for c in tok.children):
        return None
    low = subj.lower_
    first = low in _FIRST
    if subj.pos_ == "PRON" and not first and low not in ("he", "she", "they"):
        return None  # "it is concerning", "you are angry": no holder another party can be
    passive = head is tok  # "X was dismayed by Y": the one dismayed holds the stance, not the "by" agent
    actor = [] if first else np_actors(subj, table) if passive else subject_of(head, table, causative=causative)
    if not actor and not first:
        return None
    about = _ABOUT[etype]
    recipient: list[str] = []
    told = False
    for h in (tok, head):
        for c in h.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in about and (h is tok or c.i > tok.i):
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        told = True
                        recipient.extend(a for a in np_actors(p, table, deep=True) if a not in recipient)
            elif c.dep_ == "ccomp" and c.i > tok.i and etype != "SUPPORT":
                # "outraged that X had leaked ...": the party the clause tells of
                clause_subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                told = True
                if clause_subj is not None and clause_subj.lower_ not in _FIRST:
                    recipient.extend(a for a in np_actors(clause_subj, table) if a not in recipient)
    if not told:
        return None
    return _VERDICTS[etype], head, actor, [a for a in recipient if a not in actor], first
