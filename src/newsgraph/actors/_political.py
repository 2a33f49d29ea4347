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
  guidelines code a generic group only when it acts or the story's events happen to it;
- a law, an agreement or an event named as a body ("the Affordable Housing Act", "the Free Trade
  Agreement", "the First World War", "a G20 summit"): the guidelines say none is an actor, whatever
  its part in the sentence ("the Act requires ...").

A mention is an argument when it is (or is coordinated with) the subject, object or passive agent of
a verb, a possessor ("Moscow's decision"), or the object of a preposition that takes a party rather
than a place ("talks with Tehran", "sanctions on Russia", "a letter to Congress"). Pronoun mentions
count: "they said" is an argument of the actor it refers to.

An actor named in the sentence of an event stays whatever its part, with two exceptions
(:func:`event_named`, :func:`left_to_rules`):

- an ordinary place, a city, a province or a federation's state, which cannot stand for a government
  the way a state or a capital can ("talks in Geneva", "a rally in Ohio"), is left to these rules and
  to the learned filter. It still counts as named in the event's sentence when an act of force or
  restriction is done there ("a curfew imposed in X", "bombs exploded in X"): the place then stands
  for the people it is done to, and the PLOVER records, as CAMEO did, code it as the act's target;
- a group that is no place (named or not), a person (named or not) and an organisation named only as a
  venue are left to these rules, not to the filter: a group the sentence only names inside another phrase
  ("the Korean peninsula", "Republican guests"), an unnamed group or thing it only acts upon ("protect
  civilians", "sent four warships"), a person named only as a modifier ("Taylor's testimony"), an
  unnamed person or thing the sentence only acts upon or names beside its act ("name a new
  envoy", "shield the local population", "talks with a delegate"), a body that is only
  where something is said ("a speech at the Heritage Foundation").

A state or a capital named in an event's sentence stays whatever its part, unless every mention of it
is only where something happens (a place, :func:`mention_role`) and no event of the sentence is done
there: the PLOVER records code "a visit to Tehran", "arrived in Amman" and "a curfew in Sudan" as the
act's target, while "talks in Geneva", "a summit in Singapore" and "a news conference in Washington"
name a venue, which the annotators never code. An event is done in the place when its trigger governs
the place's preposition ("in", "into", "at", ...) within a few steps of the parse, unless it is a
meeting that is no visit (:func:`_done_in`). A group named by a demonym ("Nigerians") is people, not
a place, and stays. So does an organisation named otherwise, which acts through its people and things
("U.N. mediator X", "United Nations planes"). An unnamed person an act is done to ("an attempt to
assassinate the deputy governor") is that event's recipient, which keeps it; one that no record uses and
that is never a subject there is no actor the annotators code (train: 14 such persons are junk, 1 is the
only finder of an annotated actor, 3 repeat one another actor finds; many are things the name recognition
took for persons: "intelligence", "business", "the air force").
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from ..nlp import MENTION_ROLES, climb, head_indices, span_root, tokens
from ..records import ActorTable, Mention
from ._agents import SPEAKER_NOUNS, counted
from ._dictionaries import bundled, norm

__all__ = ["political", "judge", "named_in", "event_named", "left_to_rules", "is_place", "ordinary_place",
           "mention_role", "thing_adjective", "seat_place", "generic_holder", "mass_noun_person", "not_parties",
           "no_actor_name", "PARTY_PREPS", "PLACE_PREPS", "POPULATION_ACTS", "NO_ACTOR_HEADS"]

# Prepositions whose object is a party to what the sentence reports ("talks with Tehran", "a letter to
# Congress", "sanctions on Russia", "pressure from Washington").
PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "on", "upon", "by", "between",
                         "for", "from", "among", "versus", "vs", "about", "over", "including", "like"})
# Prepositions whose object is where something happens ("in Geneva", "across Ohio").
PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "near", "outside", "around", "into",
                         "within", "through", "beyond", "along", "as", "off", "onto",
                         "via", "amid", "during", "under", "than"})
# The last words of names of laws, agreements and events, which are no actors (corpus/GUIDELINES.md,
# section 1: "a law is not an actor", "events ('Brexit', 'the Iraq war')").
NO_ACTOR_HEADS = frozenset({"act", "agreement", "treaty", "accord", "accords", "resolution", "amendment", "bill",
                            "law", "protocol", "charter", "deal", "convention", "conventions", "war", "crisis",
                            "summit", "election", "elections", "games", "olympics", "revolution", "uprising",
                            "spring", "attack", "attacks", "bombing", "bombings", "massacre", "shooting", "storm",
                            "hurricane", "typhoon"})
# Event types that act by force or restriction on the people of the place where they happen ("a curfew
# imposed in X", "an attack in X", "troops deployed in X"), and the prepositions that name that place.
POPULATION_ACTS = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
_SETTING_PREPS = frozenset({"in", "into", "at", "on", "across", "throughout", "near", "outside"})
# How far up the parse from the place the trigger may stand ("the curfew in X" under "extend").
_ACT_REACH = 6
# The same for a state or a capital, whose act may be named further up ("agreed to an extension of the
# mandate for the force in X"): 8 keeps every PLOVER gold target, 6 loses one (docs/evaluation.md).
_STATE_REACH = 8
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
    actor it takes a party ("a member of the Syrian parliament").

    The answer depends on the parse alone, and the filters ask it of the same mention up to five
    times (:func:`event_named` twice, :func:`left_to_rules`, :func:`judge`, the learned filter's
    features), so each is worked out once per document and kept in the doc's ``user_data`` until
    ``nlp.release``."""
    memo = doc.user_data.get(MENTION_ROLES)
    if memo is None:
        memo = doc.user_data[MENTION_ROLES] = {}
    key = (start, end, place)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _mention_role(doc, start, end, place)
    return found


def _mention_role(doc, start: int, end: int, place: bool) -> str:
    agents = bundled().agents
    root = span_root(doc, start, end)
    toks, heads = tokens(doc), head_indices(doc)  # the shared list and head column: ``.head`` makes a Token
    for _ in range(10):
        head = toks[heads[root.i]]
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
    dep, head = root.dep_, toks[heads[root.i]]
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


def no_actor_name(actor) -> bool:
    """The actor's name is that of a law, an agreement or an event (:data:`NO_ACTOR_HEADS`), which the
    guidelines never count as an actor; a person or a state is never read so ("Bonar Law")."""
    if actor.kind not in ("organization", "group"):
        return False
    words = actor.name.lower().replace("\u2019s", "").replace("'s", "").split()
    return bool(words) and words[-1] in NO_ACTOR_HEADS


def ordinary_place(actor, mentions: list[Mention]) -> bool:
    """An actor named only by ordinary places: cities, provinces, a federation's states (the bundled
    place table), never a capital nor a state, which can stand for their government ("Kabul said",
    "sanctions on Russia")."""
    if actor.kind in ("country", "person"):
        return False
    B = bundled()
    names = [norm(m.text) for m in mentions if m.kind in ("name", "demonym")]
    return bool(names) and all(n in B.places and n not in B.capitals for n in names)


def _done_in(doc, mention: Mention, events, starts: list[int], *, acts: frozenset[str] | None = POPULATION_ACTS,
             reach: int = _ACT_REACH, listed: bool = False) -> bool:
    """An event of the mention's sentence is done in the place it names: the mention is the object of a
    setting preposition ("in", "into", "at", ...) that the event's trigger governs within ``reach``
    steps of the parse. ``acts`` are the event types that count (None: every type but a meeting that is
    no visit, whose place is its venue: "talks in Geneva", where "arrived in Amman" is a visit to its
    host). With ``listed`` a place in a list or in apposition stands where the list's first member
    does ("in Iraq and Syria", "in the capital, Kabul"). ``starts`` holds each token's character offset, or
    is empty until a trigger is looked up (then filled here, for the caller's later calls)."""
    toks = tokens(doc)
    start, end = mention.tokens
    if end <= start or start >= len(toks):
        return False
    root = span_root(doc, start, end)
    if listed:
        root = climb(root, ("conj", "appos"))
    if root.dep_ != "pobj" or root.head.lower_ not in _SETTING_PREPS:
        return False
    above = set()
    node = root
    for _ in range(reach):
        if node.head.i == node.i:
            break
        node = node.head
        above.add(node.i)
    for e in events:
        if not e.trigger or not e.span[0] <= mention.span[0] < e.span[1]:
            continue
        if acts is not None and e.event not in acts or acts is None and e.event == "CONSULT" and e.mode != "visit":
            continue
        if not starts and len(doc):
            # each token's offset, one column read, made at the first trigger a mention's sentence has
            # (the list is the caller's, so the other mentions share it): most documents' filters reach
            # no trigger here, and the column's conversion to a list costs more than the rest of the check
            from spacy.attrs import IDX  # (spaCy is loaded by now; the module itself imports without it)

            starts.extend(doc.to_array(IDX).tolist())
        if bisect_right(starts, e.trigger["span"][0]) - 1 in above:
            return True
    return False


def _venue_only(doc, actor, mentions: list[Mention], events, starts: list[int]) -> bool:
    """A state or a capital (not a group named by a demonym) every mention of which is where something
    happens, and in which no event of its sentences is done (:func:`_done_in`)."""
    if not is_place(actor, mentions) or actor.kind == "group" and any(m.kind == "demonym" for m in mentions):
        return False
    spans = [m for m in mentions if m.tokens[1] > m.tokens[0]]
    if not spans or any(mention_role(doc, *m.tokens, place=True) != "place" for m in spans):
        return False
    return not any(_done_in(doc, m, events, starts, acts=None, reach=_STATE_REACH, listed=True) for m in spans)


def named_in(table: ActorTable, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The ids of the actors with a mention inside one of ``spans`` (character offsets)."""
    spans = sorted(spans)
    if not spans:
        return set()
    # a mention starts inside a span when the furthest end among the spans opened by then lies past it:
    # one bisection per mention instead of a pass over every span
    opens = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    named = set()
    for m in table.mentions:
        k = bisect_right(opens, m.span[0]) - 1
        if k >= 0 and reach[k] > m.span[0]:
            named.add(m.actor)
    return named


def event_named(table: ActorTable, doc, events) -> set[str]:
    """The ids of the actors named in the sentence of one of ``events`` (:func:`named_in`), but for an
    ordinary place (:func:`ordinary_place`) where no act of force or restriction is done there, and a
    state or a capital named only as the place where something happens that no event is done in
    (:func:`_venue_only`): a city or a province is where the sentence's talks, rallies and
    statements happen, a state or a capital can be a meeting's venue, and the rules and the filter
    decide on them as on any actor."""
    named = named_in(table, [e.span for e in events])
    if not named:
        return named
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        if m.actor in named:
            by_actor.setdefault(m.actor, []).append(m)
    starts: list[int] = []  # each token's offset, read by _done_in at its first need
    for actor in table.actors:
        mentions = by_actor.get(actor.id)
        if not mentions:
            continue
        if ordinary_place(actor, mentions):
            if not any(_done_in(doc, m, events, starts) for m in mentions):
                named.discard(actor.id)
        elif _venue_only(doc, actor, mentions, events, starts):
            named.discard(actor.id)
    return named


def left_to_rules(table: ActorTable, doc, ids: set[str]) -> set[str]:
    """Of the actors ``ids`` (named in an event's sentence), those the rules judge all the same: a law,
    an agreement or an event (:func:`no_actor_name`), a group that is no place, named or not, a person,
    named or not, and an organisation every mention of which is a place where something happens (see
    the module's docstring)."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        if m.actor in ids:
            by_actor.setdefault(m.actor, []).append(m)
    out = set()
    for actor in table.actors:
        mentions = by_actor.get(actor.id)
        if not mentions or is_place(actor, mentions):
            continue
        if no_actor_name(actor):
            out.add(actor.id)
            continue
        named = any(m.kind in ("name", "demonym") for m in mentions)
        if actor.kind in ("group", "person") or actor.kind == "organization" and named and all(
                m.tokens[1] > m.tokens[0] and mention_role(doc, *m.tokens) == "place" for m in mentions):
            out.add(actor.id)
    return out


def judge(table: ActorTable, doc, *, keep: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Why each actor that is no political actor is not: actor id -> ``no actor`` (a law, an agreement
    or an event, :func:`no_actor_name`), ``unnamed`` (an unnamed agent never a subject) or ``no
    argument`` (a name that is never an argument). The actors in ``keep`` are not judged."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    out: dict[str, str] = {}
    for actor in table.actors:
        if actor.id in keep:
            continue
        if no_actor_name(actor):
            out[actor.id] = "no actor"
            continue
        mentions = by_actor.get(actor.id, [])
        if actor.kind == "group" and mentions and all(counted(doc, *m.tokens) for m in mentions):
            # "12 people", "more than 300,000 people": a party only to an event that has them as one (a
            # toll or a crowd's size is no actor)
            out[actor.id] = "unnamed"
            continue
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
    return ActorTable.unindexed([a for a in table.actors if a.id not in dropped],
                                [m for m in table.mentions if m.actor not in dropped])


# Nouns for people or for bodies of people that a bare adjective may stand before and that the annotators
# code with it ("Arab allies", "Western powers", "Republican colleagues", "Sunni tribes"), beyond the
# agent nouns of the bundled table; a noun ending like an agent noun ("chairman", "investigator",
# "contender", "nominee") counts as one too.
_PEOPLE_NOUNS = frozenset({"ally", "country", "nation", "power", "state", "government", "regime", "force",
                           "colleague", "counterpart", "partner", "neighbor", "neighbour", "member", "target",
                           "hawk", "elite", "faction", "majority", "minority", "group", "people", "tribe",
                           "community", "camp", "base", "wing", "bloc", "coalition", "establishment", "public",
                           "family", "clan", "youth", "crowd", "mob", "side", "critic", "trio", "duo", "pair",
                           "campaign", "team", "staff"})
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ee", "ant", "ent")


@functools.cache
def _agent_heads() -> frozenset[str]:
    """The last words of the bundled agent nouns ("churches" of "christian churches", "sources" of
    "military sources"): the head nouns they name people or bodies by."""
    return frozenset(k.split()[-1] for k in bundled().agents)


def _people_noun(noun) -> bool:
    """Whether a noun names people or a body of people: an agent noun of the bundled table or the head
    word of one, a plural proper noun, one of :data:`_PEOPLE_NOUNS`, or a word with an agent noun's
    ending (not "-ment")."""
    heads = _agent_heads()
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS" or noun.lower_ in heads or lemma in heads or lemma in _PEOPLE_NOUNS:
        return True
    return lemma.endswith(_PEOPLE_ENDINGS) and not lemma.endswith("ment")


def _named_roots(mentions: list[Mention], doc) -> list:
    """The syntactic roots of an actor's mentions that are words of their own (pronouns and empty spans
    left out)."""
    return [span_root(doc, *m.tokens) for m in mentions if m.kind != "pronoun" and m.tokens[1] > m.tokens[0]]


def thing_adjective(actor, mentions: list[Mention], doc) -> bool:
    """A group named only by adjectives that qualify a thing, an act or a contest ("the anti-American
    protests", "a pan-European effort", "Islamic law", "the Republican nomination", "U.S.-South Korean
    military exercises"): the adjective says what kind of thing it is, no party to the story is named
    (corpus/GUIDELINES.md, section 1: adjectives inside another phrase are no mentions of their own).
    An adjective before a noun for people stays ("Arab allies", "Western powers", "Republican
    colleagues": the annotators code them), and so does any group with a name that is not such an
    adjective. Pronouns the coreference joined to the adjective ("they") do not keep it. Train: 13 junk
    groups gone, no annotated actor lost; dev 3 and 0 (docs/evaluation.md, session 31, junk31)."""
    if actor.kind != "group":
        return False
    roots = _named_roots(mentions, doc)
    if not roots:
        return False
    for root in roots:
        head = root.head
        if root.dep_ != "amod" or head.i == root.i or head.pos_ != "NOUN" or _people_noun(head):
            return False
    return True


# The buildings that stand for a government's seat ("the White House said"), named where they are only a
# place or a prize: "a lunch at the White House", "ran for the White House", "moved into the Oval Office".
_SEATS = frozenset({"white house", "oval office", "capitol", "kremlin", "blue house", "elysee palace",
                    "élysée palace", "downing street", "west wing", "rose garden", "situation room"})
_SEAT_PREPS = frozenset({"for", "into", "at", "in", "inside", "outside"})
_SEAT_VERBS = frozenset({"win", "occupy", "seek", "enter", "leave"})
# Nouns for a meeting, which a seat's name before them only places ("an Oval Office meeting"); the
# agent table's "a cabinet meeting" makes "meeting" the head word of an agent noun for
# :func:`_people_noun`
_MEETING_NOUNS = frozenset({"meeting", "meetings", "summit", "summits", "session", "sessions", "conference",
                            "conferences"})


def seat_place(actor, mentions: list[Mention], doc) -> bool:
    """A seat of government (the White House, the Oval Office, the Kremlin) named only as a place or a
    prize, never as the one who acts or is acted upon: after "at", "in", "into" or "for" ("a lunch at the
    White House", "the race for the White House"), as the object of "win", "seek", "enter" ("to win the
    White House"), or before a noun that names no people ("an Oval Office meeting", "the White House
    race"; "White House officials" are people). The guidelines code the building only where it stands for
    the government that acts (corpus/GUIDELINES.md, section 1: places are no actors). Train: 8 such
    seats are junk, none the only finder of an annotated actor; dev 1 and 0 (docs/evaluation.md, session 31,
    junk31)."""
    if actor.kind != "organization" or norm(actor.name or "") not in _SEATS:
        return False
    roots = _named_roots(mentions, doc)
    if not roots:
        return False
    for root in roots:
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in _SEAT_PREPS:
            continue
        if root.dep_ == "dobj" and head.lemma_.lower() in _SEAT_VERBS:
            continue
        if root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and (
                head.lower_ in _MEETING_NOUNS or not _people_noun(head)):
            continue
        return False
    return True


# Determiners that make an office noun whoever holds the post, no one person: "every new president",
# "any official", "each senator".
_ANY_HOLDER = frozenset({"every", "any", "each"})
# Adjectives that, after "a" or "the", make it a post's holder to come or in general: "a future president",
# "the next president", "a sitting president" (as the law treats any); "new" only after "a" ("a new
# ambassador is appointed"), since "the new president" is one person the story names.
_HOLDER_TO_COME = frozenset({"next", "future", "sitting", "potential", "eventual", "prospective"})
_INDEFINITE = frozenset({"a", "an"})


def _holder_words(root) -> tuple[str, set[str]]:
    """The determiner (lower-cased, "" when none) and the adjectives of an office noun's phrase."""
    det, adjectives = "", set()
    for child in root.lefts:
        if child.dep_ in ("det", "predet"):
            det = child.lower_
        elif child.dep_ == "amod":
            adjectives.add(child.lower_)
    return det, adjectives


def _unnamed_person_roots(actor, mentions: list[Mention], doc) -> list:
    """The roots of a person's own-word mentions (:func:`_named_roots`) where no mention names them by a
    name or a demonym; empty for anyone else."""
    if actor.kind != "person" or any(m.kind in ("name", "demonym") for m in mentions):
        return []
    return _named_roots(mentions, doc)


def generic_holder(actor, mentions: list[Mention], doc) -> bool:
    """An unnamed person named only as whoever holds a post, not as one person: "every new president faces
    a learning curve", "any official", "a future president could warn", "the next president must", "a
    sitting president cannot be indicted". The guidelines code persons in public life who act or are
    acted upon (corpus/GUIDELINES.md, section 1); a post's holder in general or to come is none of them.
    One mention at least says so by its determiner ("every", "any", "each") or by an adjective of a holder
    to come (:data:`_HOLDER_TO_COME`; "new" after "a"), and every other one is indefinite too ("a
    president should ..."); a definite one ("the new president nominated ...", "the ambassador") is a
    person the story speaks of, and keeps it. Train: 9 junk persons gone, none annotated; dev 1 (docs/evaluation.md,
    session 40, junk40)."""
    roots = _unnamed_person_roots(actor, mentions, doc)
    if not roots:
        return False
    said = False
    for root in roots:
        if root.pos_ not in ("NOUN", "PROPN"):
            return False
        det, adjectives = _holder_words(root)
        if det in _ANY_HOLDER or det in _INDEFINITE | {"the"} and adjectives & _HOLDER_TO_COME or (
                det in _INDEFINITE and "new" in adjectives):
            said = True
        elif det not in _INDEFINITE:
            return False
    return said


# The words before a noun that make it one of several, and so a count noun: "the", "a", "his", "two", "Iran's".
_COUNT_MARKS = frozenset({"det", "predet", "poss", "nummod", "case"})
# Where a bare noun is only what is done, used or given: a verb's object, a preposition's, a predicate's.
_BARE_OBJECTS = frozenset({"dobj", "pobj", "oprd"})
# The words after a noun that say whose post it is or who holds it ("governor of the region, Jan Roe").
_HELD_BY = frozenset({"prep", "appos", "acl", "relcl"})


def mass_noun_person(actor, mentions: list[Mention], doc) -> bool:
    """An unnamed person every mention of which is a bare singular common noun (lower-case, tagged NN, with
    no determiner, possessor or number) that a verb or a preposition takes as its object: "fired artillery",
    "held hostage", "refused to do business", "use overwhelming force", "sharing intelligence". English
    names one person with a determiner ("a spokesman", "the official"); a bare singular noun is a mass of a
    thing or a state (corpus/GUIDELINES.md, section 1: actors are persons, bodies, states and groups), which
    the agent table's person nouns took for someone. A subject ("Intelligence indicated") is left alone, and
    so is a noun with a phrase after it that says whose post it is or who holds it ("assassinate deputy
    governor of the region, Jan Roe", a headline's style).
    Train: 4 junk persons gone, none annotated, and one event's recipient right (the state the force is
    threatened against); dev 1 junk gone (docs/evaluation.md, session 40, junk40)."""
    roots = _unnamed_person_roots(actor, mentions, doc)
    if not roots:
        return False
    for root in roots:
        if root.tag_ != "NN" or not root.text.islower() or root.dep_ not in _BARE_OBJECTS:
            return False
        if any(child.dep_ in _COUNT_MARKS for child in root.lefts):
            return False
        # a post said whose it is or who holds it is one person, its article dropped as a headline drops it
        # ("to assassinate deputy governor of the region, Jan Roe": a PLOVER gold record's target)
        if any(child.dep_ in _HELD_BY for child in root.rights):
            return False
    return True


def not_parties(table: ActorTable, doc) -> set[str]:
    """The ids of the actors that name no party however the other stages use them: a group named only by
    adjectives of things (:func:`thing_adjective`), a seat of government named only as a place or a
    prize (:func:`seat_place`), a body or group named only by a faith's name (:func:`faith_name`), a person
    named only as whoever holds a post (:func:`generic_holder`) and a person named only by a bare mass noun
    (:func:`mass_noun_person`)."""
    by_actor: dict[str, list[Mention]] = {}
    for m in table.mentions:
        by_actor.setdefault(m.actor, []).append(m)
    return {a.id for a in table.actors
            if any(test(a, by_actor.get(a.id, []), doc) for test in _NO_PARTY_TESTS.get(a.kind or "", ()))}


# The names of faiths themselves, not of their followers ("Muslims", whom the annotators code as a group) or
# bodies ("the Catholic Church").
_FAITHS = frozenset({"islam", "judaism", "christianity", "hinduism", "buddhism", "sikhism", "catholicism",
                     "protestantism", "shinto", "taoism", "confucianism", "zoroastrianism", "mormonism"})


def faith_name(actor, mentions: list[Mention], doc) -> bool:
    """A body or group named only by the name of a faith ("Judaism's holiest sites", "a critic of Islam"):
    a religion is a belief, no party that acts or is acted upon (corpus/GUIDELINES.md, section 1). Its
    followers and its bodies have names of their own. Train: 3 junk gone, no annotated actor named so
    (docs/evaluation.md, session 41, country41)."""
    named = [m for m in mentions if m.kind != "pronoun"]
    return bool(named) and all(_faith_text(m.text) in _FAITHS for m in named)


def _faith_text(text: str) -> str:
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


# Per kind of actor, the tests of :func:`not_parties`, in the order they are tried.
_NO_PARTY_TESTS = {"group": (thing_adjective, seat_place, faith_name),
                   "organization": (thing_adjective, seat_place, faith_name),
                   "person": (generic_holder, mass_noun_person)}
