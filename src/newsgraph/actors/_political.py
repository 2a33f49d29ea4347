"""Which resolved actors are political actors: the rules that leave out names that act in nothing.

Name recognition finds every name and every agent noun; the annotation guidelines (corpus/GUIDELINES.md,
section 1) count as an actor only a person, organisation, state or group that acts or is acted upon.
After the other stages have run, an actor that an event, a role, a quote or an agreement uses stays
(they have their own evidence for it). Of the others, one is left out when none of its mentions is
an argument of the sentence it stands in:

- a place (a state, a city, a province) named only where something happens ("talks in Geneva", "a
  rally in Ohio"), as an address ("Sen. Jane Doe, D-Ohio", a dateline) or inside another name;
- a name that only modifies a noun: an adjective or a compound inside another phrase ("Islamic
  fundamentalism", "Treasury bonds", "the German chancellor": the guidelines make "German" part of
  the chancellor's mention, not a mention of Germany);
- an unnamed agent ("voters", "a soldier") met only as the object of a verb or inside a phrase: the
  guidelines code a generic group only when it acts or the story's events happen to it.

A mention is an argument when it is (or is coordinated with) the subject, object or passive agent of
a verb, a possessor ("Moscow's decision"), or the object of a preposition that takes a party rather
than a place ("talks with Tehran", "sanctions on Russia", "a letter to Congress"). Pronoun mentions
count: "they said" is an argument of the actor it refers to.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..nlp import tokens
from ..records import ActorTable, Mention
from ._agents import SPEAKER_NOUNS
from ._dictionaries import bundled, norm

__all__ = ["political", "judge", "named_in", "is_place", "mention_role", "PARTY_PREPS", "PLACE_PREPS"]

# Prepositions whose object is a party to what the sentence reports ("talks with Tehran", "a letter to
# Congress", "sanctions on Russia", "pressure from Washington").
PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "on", "upon", "by", "between",
                         "for", "from", "among", "versus", "vs", "about", "over", "including", "like"})
# Prepositions whose object is where something happens ("in Geneva", "across Ohio").
PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "near", "outside", "around", "into",
                         "within", "through", "beyond", "along", "as", "off", "onto",
                         "via", "amid", "during", "under", "than"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "obj", "dative", "iobj", "oprd", "attr"})
_MODIFIER = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})


def mention_role(doc, start: int, end: int, *, place: bool = False) -> str:
    """How the mention tokens [start, end) stand in their sentence: ``subject`` (subject or passive
    agent of a verb, the source of "according to", the one told in "told reporters"), ``object``
    (object of a verb), ``party`` (possessor, object of a party preposition), ``place`` (object of a
    place preposition, an address or a dateline), ``modifier`` (inside another noun phrase) or
    ``other`` (what the parse does not tell).

    A name that modifies an agent noun ("U.N. mediator", "the Obama administration") or stands in
    apposition to a noun ("the militant group Hamas") stands where that noun stands. ``place`` says
    the mention names a place: "of" then locates ("the president of Syria"), where for any other
    actor it takes a party ("a member of the Syrian parliament")."""
    toks = tokens(doc)
    agents = bundled().agents
    root = toks[end - 1]
    while start <= root.head.i < end and root.head.i != root.i:
        root = root.head
    for _ in range(10):
        head = root.head
        if head.i == root.i:
            break
        if root.dep_ == "conj":  # "Russia and China vetoed": where the first conjunct stands
            root = head
        elif root.dep_ in _MODIFIER and head.pos_ in ("NOUN", "PROPN") and (
                head.lower_ in agents or head.lemma_.lower() in agents or head.lower_ in SPEAKER_NOUNS):
            root = head
        elif root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("PERSON", "GPE"):
            root = head
        else:
            break
    dep, head = root.dep_, root.head
    if dep in _SUBJECTS:
        return "subject"
    if dep in _OBJECTS:
        return "subject" if head.lemma_ == "tell" else "object"
    if dep == "poss":
        return "party"
    if dep == "pobj":
        if head.dep_ == "agent" or head.lower_ == "to" and head.head.lower_ == "according":
            return "subject"
        if head.lower_ == "of":
            return "place" if place else "party"
        return "party" if head.lower_ in PARTY_PREPS else "place"
    if dep in _MODIFIER:
        return "modifier"
    if dep in ("appos", "npadvmod") and head.i != root.i and head.ent_type_ == "PERSON":
        return "place"  # "Jane Doe, D-Ohio"
    if dep in ("ROOT", "appos"):
        return "place" if root.ent_type_ in ("GPE", "LOC") else "other"
    return "other"


def is_place(actor, mentions: list[Mention]) -> bool:
    """A state, or an actor named only by places (a city, a province, a capital standing for its
    government): its names are all in the bundled country and place tables."""
    if actor.kind == "country":
        return True
    if actor.kind == "person":
        return False
    B = bundled()
    names = [norm(m.text) for m in mentions if m.kind in ("name", "demonym")]
    return bool(names) and all(n in B.countries or n in B.places or n in B.demonyms for n in names)


def named_in(table: ActorTable, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The ids of the actors with a mention inside one of ``spans`` (character offsets)."""
    spans = sorted(spans)
    return {m.actor for m in table.mentions if any(s <= m.span[0] < e for s, e in spans)}


def judge(table: ActorTable, doc, *, keep: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Why each actor that is no political actor is not: actor id -> ``unnamed`` (an unnamed agent
    never a subject) or ``no argument`` (a name that is never an argument). The actors in ``keep``
    are not judged."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    out: dict[str, str] = {}
    for actor in table.actors:
        if actor.id in keep:
            continue
        mentions = by_actor.get(actor.id, [])
        place = is_place(actor, mentions)
        roles = {mention_role(doc, *m.tokens, place=place) for m in mentions if m.tokens[1] > m.tokens[0]}
        if "subject" in roles:
            continue
        if not any(m.kind in ("name", "demonym") for m in mentions):
            out[actor.id] = "unnamed"
        elif not roles & {"object", "party"}:
            out[actor.id] = "no argument"
    return out


def political(table: ActorTable, doc, *, keep: set[str] | frozenset[str] = frozenset()) -> ActorTable:
    """The table without the actors that are no political actors (:func:`judge`); the actors in
    ``keep`` stay."""
    dropped = judge(table, doc, keep=keep)
    if not dropped:
        return table
    return ActorTable(actors=[a for a in table.actors if a.id not in dropped],
                      mentions=[m for m in table.mentions if m.actor not in dropped])
