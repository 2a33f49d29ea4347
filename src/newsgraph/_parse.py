"""Parse helpers the stages share: the noun phrase a token heads, a verb's subject, and from a noun
phrase to an actor id through the ActorTable (quotes, roles and agreements all use the same lookup).

The table is asked first, for every token: when the actors stage resolves pronouns and title nouns
("he", "the secretary") it answers for them and nothing here second-guesses it. Only when the table
has no mention at a third-person pronoun do we fall back, as a last resort, to the most salient
preceding person: a person mention in subject position in the nearest earlier sentences, else the
nearest person mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nlp import climb

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .records import ActorTable

__all__ = ["actor_of_phrase", "phrase_span", "verb_subject", "PERSON_PRONOUNS", "nearest_person"]

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# dependents that are part of the name of the thing the head noun names
_NAME_DEPS = {"compound", "flat", "appos", "amod", "poss", "nmod", "npadvmod", "det", "prep", "pobj"}
# how many sentences back a pronoun may look for its person
_PRONOUN_REACH = 7


def phrase_span(tok: "Token") -> tuple[int, int]:
    """Token offsets [start, end) of the noun phrase headed by ``tok`` without relative clauses."""
    left = tok.i
    right = tok.i + 1
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj") and child.i > tok.i:
            continue
        sub = list(child.subtree)
        if child.i < tok.i:
            left = min(left, sub[0].i)
        else:
            if child.dep_ in ("appos",) or child.dep_ in _NAME_DEPS:
                right = max(right, sub[-1].i + 1)
    return left, right


def nearest_person(doc: "Doc", actors: "ActorTable", before: int) -> str | None:
    """The most salient person actor mentioned before token ``before`` (the pronoun fallback)."""
    persons = {a.id for a in actors.actors if a.kind == "person"}
    if not persons:
        return None
    sent = doc[before].sent if before < len(doc) else None
    starts: list[int] = []
    s = sent
    while s is not None and len(starts) < _PRONOUN_REACH:
        starts.append(s.start)
        s = doc[s.start - 1].sent if s.start > 0 else None
    nearest: str | None = None
    for n, start in enumerate(starts):
        end = before if n == 0 else (starts[n - 1])
        subject: str | None = None
        for i in range(end - 1, start - 1, -1):
            a = actors.at_token(i)
            if a not in persons:
                continue
            if nearest is None:
                nearest = a
            tok = doc[i]
            head = climb(tok, ("compound", "flat", "appos"))
            if head.dep_ in _SUBJECT_DEPS or (head.dep_ == "poss" and head.head.dep_ in _SUBJECT_DEPS):
                subject = a
        if subject is not None:
            return subject
        if nearest is not None and n >= 1:
            return nearest
    return nearest


def actor_of_phrase(doc: "Doc", actors: "ActorTable", tok: "Token", *,
                    fallback: bool = True) -> str | None:
    """The actor the noun phrase headed by ``tok`` refers to, or None."""
    a = actors.at_token(tok.i)
    if a is not None:
        return a
    # the head's own name parts first ("campaign manager Kellyanne Conway"), then the whole phrase
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "flat"):
            a = actors.at_token(child.i)
            if a is not None:
                return a
    lower = tok.lower_
    if lower in PERSON_PRONOUNS:
        return nearest_person(doc, actors, tok.i) if fallback else None
    if tok.pos_ == "PRON":
        return None
    start, end = phrase_span(tok)
    found = actors.in_tokens(start, end)
    return found[0] if found else None


def verb_subject(verb: "Token") -> "Token | None":
    """The subject of ``verb``, climbing through coordination, xcomp and participial clauses."""
    seen = 0
    v = verb
    while v is not None and seen < 6:
        seen += 1
        for child in v.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        for child in v.children:  # passive: "was told by X"
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if v.dep_ in ("conj", "xcomp", "advcl", "pcomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "acl" and v.head.i != v.i:  # "a statement saying ..." -> nothing; "X, saying" -> X
            return v.head if v.head.pos_ in ("PROPN", "PRON") else None
        return None
    return None
