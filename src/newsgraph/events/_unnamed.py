"""Argument-only actors: people that an event's slot names by a common noun the actors stage made no
actor of ("urged followers to ...", "shot the two suspects", "called on the separatists", "appealed to
the public", "allies pressed ...").

The actors stage makes an actor of a generic noun phrase only where it is the subject or object of a
verb and its noun is one of the agent dictionary's (``actors/_agents.py``): it does not know which
phrases are parties to an event. The events stage does: the rules read each candidate's parties twice,
over the actors stage's table (the reading the decider was trained on and still reads) and again with
``naming`` on (:func:`name_parties`), where a noun phrase they read as a participant
(``_arguments.np_actors``) that names no actor and is a phrase of people (an agent noun, or a noun of
people the dictionary lacks) becomes an actor of its own, named in the text's words (corpus guidelines,
section 1: a generic actor keeps the text's own words), a group in the plural and a person in the
singular. A slot takes the second reading where it names such an actor: the actor slot always, the
recipient slot but for a verbal concession, a mobilization and a request (there only the people it urges
or calls on: :func:`_clear_recipient`). The
actors made stay apart from the shared table (:class:`ArgumentTable`) until :func:`settle` adds those
the events keep, so every other reading of the rules is the one over the actors stage's table and the
actors table only grows by the participants the events use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..actors._agents import COUNTED, SPEAKER_NOUNS, THING_NOUNS
from ..actors._agents import _statistic as statistic
from ..actors._coding import agent_sector, code_of, police_officials
from ..actors._dictionaries import bundled
from ..actors._keep import BODY_WORDS
from ..actors._link import _CONGRESS_WORDS  # the words that make an agent the US Congress's (LEG)
from ..nlp import labels, tokens
from ..records import Actor, ActorTable, Event, Mention

__all__ = ["ArgumentTable", "name_parties", "settle", "unnamed_actor", "national_people", "PEOPLE_NOUNS"]

# Nouns of people that the agent dictionary lacks and that the corpus annotates as an event's party
# (read on the train split's participants without an actor): who is held, who takes a side, who is
# suspected, and ordinary people named by what they do. Singular or plural (the lemma is looked up).
PEOPLE_NOUNS = frozenset("""
ally hostage prisoner captive detainee suspect follower supporter backer loyalist hardliner hawk dove moderate
liberal conservative progressive partisan sniper gunman assailant attacker kidnapper sailor cadet recruit
investigator prosecutor partner neighbor neighbour owner shopper jogger passerby bystander motorist passenger
donor fan family relative intermediary informant contractor secularist separatist
""".split())
# The sector of those nouns, where it goes with the noun: the held, the bystanders and those who own
# property are civilians, sailors and cadets are the forces'.
_PEOPLE_SECTORS = {"hostage": "CVL", "captive": "CVL", "prisoner": "CVL", "jogger": "CVL", "shopper": "CVL",
                   "passerby": "CVL", "bystander": "CVL", "motorist": "CVL", "passenger": "CVL", "owner": "CVL",
                   "family": "CVL", "relative": "CVL", "intermediary": "CVL", "sailor": "MIL", "cadet": "MIL",
                   "recruit": "MIL", "follower": "CVL", "sniper": "UAF", "separatist": "REB"}
# People of no one country: allies and partners are other states', the held and the suspected are of
# whatever country they are, those who left their own for another are not of the place the sentence
# names (train: of 29 groups of migrants, immigrants and refugees the annotators give no country to 19),
# and "world" or "international" leaders are of many.
_UNPLACED = frozenset({"ally", "partner", "hostage", "captive", "prisoner", "suspect", "intermediary", "migrant",
                       "immigrant", "refugee", "emigrant", "exile"})
_MANY_COUNTRIES = frozenset({"world", "international", "foreign", "global", "western", "regional"})
# Agent nouns that name nobody in particular on their own ("people", "men"): an actor only with a number
# ("12 people") or a modifier that says which ("local officials" does, "other people" does not), as for
# the actors stage's unnamed agents.
_VAGUE = frozenset({"man", "woman", "men", "women", "people", "person", "national", "nationals", "youth",
                    "crowd", "force", "forces", "group", "groups", "member", "members", "population",
                    "leadership", "side", "sides", "party", "parties"})
_VAGUE_MODS = frozenset({"other", "many", "some", "several", "few", "more", "most", "own", "such", "same",
                         "certain", "various", "new", "different", "numerous", "innocent", "ordinary"})
# Singular nouns that name a collective of people, not one person: a group ("appealed to the public",
# "the international community", "backed the opposition").
_COLLECTIVE = frozenset({"public", "community", "opposition"})
# Nouns of the agent dictionary that name no party to an act here: places and institutions as things
# ("schools", "a consulate"), the press that is told or asked ("told reporters", "the media"), states'
# governments in general ("foreign governments"), businesses.
_NOT_PARTIES = frozenset({"reporter", "reporters", "media", "press", "network", "networks", "school", "schools",
                          "consulate", "embassy", "town", "village", "city", "religion", "intelligence", "force",
                          "government", "governments", "corporation", "corporations", "company", "companies",
                          "neighborhood", "neighbourhood", "hospital", "preschool", "schoolhouse", "website",
                          "carrier"})
# The words before a noun that are no part of its name.
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_LEFT_DEPS = ("amod", "compound", "nmod", "nummod", "quantmod", "advmod", "det", "predet")


@dataclass(slots=True)
class ArgumentTable(ActorTable):
    """The actors table as the events stage reads it: the same actors, mentions and token index (shared,
    not copied), and, apart from them, the argument-only actors it makes (``made``, with their mentions'
    tokens in ``made_at``). Those are seen only while ``naming`` is on (:func:`name_parties`), so every
    other reading of the rules is the one over the actors stage's table; :func:`settle` adds the ones the
    events keep to the shared table."""

    made: dict[str, Actor] = field(default_factory=dict)
    made_at: dict[int, str] = field(default_factory=dict)
    made_mentions: list[Mention] = field(default_factory=list)
    naming: bool = False
    # event id -> its (actor, recipient) as read without argument-only actors, where they differ
    read: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    # sentence start -> whether it holds a noun an argument-only actor may be made of (``_may_name``)
    nameable: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def over(cls, table: ActorTable) -> "ArgumentTable":
        out = cls.unindexed(table.actors, table.mentions)
        # the index is the table's own (shared, not made again): a table without mentions has an empty one
        # that must stay shared
        out.by_token, out.shared = table.by_token, table.shared
        return out

    # (ActorTable's methods by name: a slots dataclass has no zero-argument super())
    def get(self, actor_id: str | None) -> Actor | None:
        made = self.made.get(actor_id) if actor_id is not None else None
        return made if made is not None else ActorTable.get(self, actor_id)

    def at_token(self, i: int) -> str | None:
        if self.naming and i in self.made_at:
            return self.made_at[i]
        return ActorTable.at_token(self, i)

    def actors_at(self, i: int) -> list[str]:
        if self.naming and i in self.made_at:
            return [self.made_at[i]]
        return ActorTable.actors_at(self, i)

    def in_tokens(self, start: int, end: int) -> list[str]:
        if not (self.naming and self.made_at):
            return ActorTable.in_tokens(self, start, end)
        seen: list[str] = []
        for i in range(start, end):
            a = self.at_token(i)
            if a is not None and a not in seen:
                seen.append(a)
        return seen


def _sector(h, start: int) -> str | None:
    """The sector of an argument-only actor as the actors stage codes an agent phrase: the longest agent or
    title phrase of its words ("armed opposition", "candidates": PTY, as the guidelines code who runs for
    an office), else its noun's (:data:`SPEAKER_NOUNS`, :data:`_PEOPLE_SECTORS`), else a modifier's
    ("opposition supporters"); the police's officials are COP, the US Congress's people LEG
    ("congressional leaders"), the world's states none ("the international community")."""
    agents = bundled().agents
    doc = h.doc
    words = [t.lower_ for t in doc[start:h.i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
    lemma = h.lemma_.lower()
    sector = agent_sector(words, agents)[0] if words and words[-1] == h.lower_ else None
    if sector is None:
        sector = SPEAKER_NOUNS.get(h.lower_) or _PEOPLE_SECTORS.get(lemma)
    if sector is None:
        sector = next((agents[w] for w in words[:-1] if w in agents and w not in _VAGUE), None)
    if police_officials(words, agents):
        sector = "COP"  # "law enforcement officials", "security officers"
    if sector in (None, "GOV") and _CONGRESS_WORDS & set(words[:-1]):
        sector = "LEG"
    if lemma == "community" and _MANY_COUNTRIES & set(words[:-1]):
        sector = None  # "the international community": the world's states, no civilians (as in actors/_agents.py)
    return sector


def _country(h, start: int, table: ActorTable) -> str | None:
    """The country of an argument-only actor: none for people of no one country (:data:`_UNPLACED`, "world
    leaders"), else the one the sentence's other actors name most often (ties: the nearest), as the
    actors stage places an unnamed agent, leaving out the countries of the actors coordinated with it
    ("Moscow and the separatists": another party than theirs; "the United States and other donors":
    others like it, of many countries); none where the sentence names no other."""
    if h.lemma_.lower() in _UNPLACED or any(t.lower_ in _MANY_COUNTRIES for t in h.doc[start:h.i]):
        return None
    partners = {table.at_token(c.i) for c in h.conjuncts} - {None}
    if partners and any(c.dep_ == "amod" and c.lower_ == "other" for c in h.lefts):
        return None  # "the United States and other donors": others like it, of many countries
    excluded = {found.country for a in partners if a is not None and (found := table.get(a)) is not None}
    sent = h.sent
    counts: dict[str, list[int]] = {}
    for m in table.mentions:
        if sent.start <= m.tokens[0] < sent.end:
            found = table.get(m.actor)
            if found is not None and found.country and found.country not in excluded:
                counts.setdefault(found.country, []).append(abs(m.tokens[0] - h.i))
    if not counts:
        return None
    return max(counts, key=lambda iso: (len(counts[iso]), -min(counts[iso])))


def _people(h) -> bool:
    """Whether the common noun ``h`` names people: in the plural an agent noun or one of
    :data:`PEOPLE_NOUNS`; in the singular only one of those (an agent noun in the singular is mostly a
    title, "the ambassador", whose holder the text names elsewhere) or a collective ("the public")."""
    lower, lemma = h.lower_, h.lemma_.lower()
    if lower in THING_NOUNS or lemma in THING_NOUNS or lower in _NOT_PARTIES or lemma in _NOT_PARTIES:
        return False
    if h.tag_ != "NNS":
        return lemma in PEOPLE_NOUNS or lower in _COLLECTIVE
    agents = bundled().agents
    return any(w in agents or w in SPEAKER_NOUNS or w in PEOPLE_NOUNS for w in (lower, lemma))


def _which(h) -> bool:
    """A vague noun said which: counted ("12 people") or modified ("Syrian civilians")."""
    if h.lower_ in COUNTED and any(c.dep_ == "nummod" for c in h.lefts):
        return True  # a statistic ("92,000 people") is left out before
    return any(c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.lower_ not in _VAGUE_MODS
               and c.lower_ not in _VAGUE for c in h.lefts)


# The words that pick some of a group out ("one of the gunmen", "each of the candidates"): the one or
# the ones picked are the party, not the group (a number of people counted is, as in "Fifteen of those").
_PICKS = frozenset({"one", "each", "any", "either", "neither", "none", "another"})


def _not_a_party(h, *, owned: bool = False) -> bool:
    """The phrase stands where no party does: a name given (an object predicate, "called the nation a
    great trading partner"; an apposition, which describes the phrase it follows), the group that one of
    its members is picked out of ("one of the gunmen"), a group whose members the text names after
    "including" (they are the parties: guidelines 2.3), or people who belong to someone ("our allies",
    "the factory's bosses": the owner's people, whom the actors stage reads by their owner), unless they
    stand in a relation to their possessor (``owned``: ``_arguments.owned_group``)."""
    if h.dep_ in ("oprd", "appos"):
        return True
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _PICKS:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "including" for c in h.children):
        return True  # "Several ministers, including X and Y, condemned": the members named act
    return not owned and any(c.dep_ == "poss" for c in h.children)


def unnamed_actor(h, table: ActorTable, *, owned: bool = False, country: Actor | None = None) -> list[str]:
    """The argument-only actor of the noun phrase headed by ``h`` (made now, or the one made before
    for the same words), as a one-element list; empty where the table makes none (it is no
    :class:`ArgumentTable`) or the phrase names no people. ``owned``: the phrase names people in a
    relation to its possessor ("his allies", "her critics"), who are people whatever the noun lists say.
    ``country``: the state a modifier of the phrase names (:func:`national_people`), whose mention may lie
    inside the phrase and whose country the actor takes."""
    if not isinstance(table, ArgumentTable) or not table.naming or h.pos_ != "NOUN" \
            or h.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return []
    if not (owned or country is not None or _people(h)) \
            or (h.lower_ in _VAGUE or h.lemma_.lower() in _VAGUE) and not _which(h):
        return []
    if any(c.dep_ == "nummod" and statistic(c) for c in h.lefts):
        return []  # "92,000 people": a war's toll or a crowd's size, not a party
    if _not_a_party(h, owned=owned):
        return []
    doc = h.doc
    start = h.i
    for c in h.lefts:
        if c.dep_ in _LEFT_DEPS:
            start = min(start, c.left_edge.i)
    while start < h.i and (doc[start].lower_ in _ARTICLES or doc[start].is_punct or doc[start].is_space
                           or doc[start].pos_ == "DET"):
        start += 1
    end = h.i + 1
    if any(table.at_token(i) is not None and (country is None or table.at_token(i) != country.id)
           for i in range(start, end)):
        return []
    words = doc[start:end]
    name = re.sub(r"\s+", " ", words.text)
    if doc[start].pos_ != "PROPN" and not (country is not None and doc[start].ent_type_ in ("NORP", "GPE")):
        # "Snipers fired": "snipers", as the actors stage names agents; a state's adjective keeps its capital
        name = name[:1].lower() + name[1:]
    key = name.lower()
    actor = next((a for a in table.made.values() if a.name.lower() == key), None)
    if actor is None:
        plural = h.tag_ in ("NNS", "NNPS")
        ident = _new_ident(table, name)
        kind = "group" if plural or h.lower_ in _COLLECTIVE or h.lower_ in _TEAMS else "person"
        sector = _sector(h, start)
        if sector is None and country is not None and h.lemma_.lower() == "counterpart":
            sector = _possessor_sector(h, table)  # the same post on the other side
        if owned and sector is None and h.lemma_.lower() in _ALLIED and _a_state(h, table):
            sector = "GOV"  # a state's allies and partners are states, acting through their governments
        place = country.country if country is not None else _country(h, start, table)
        actor = Actor(id=ident, name=name, kind=kind, country=place, sector=sector)
        actor.code = code_of(actor.country, actor.sector)
        table.made[ident] = actor
    actor.mentions += 1
    table.made_mentions.append(Mention(actor=actor.id, span=(words.start_char, words.end_char),
                                       tokens=(start, end), text=words.text, kind="title"))
    for i in range(start, end):
        table.made_at[i] = actor.id
    return [actor.id]


# Nouns of people that a state's name or adjective before them does not stand for: the people are a party
# of their own, of that state ("his Russian counterpart", "the Turkish guards", "a U.S. team", "two-dozen
# Russian individuals"), where the actors stage made no actor of them. The nouns of people of
# :func:`_people`, and these in either number: the one in the same post on the other side (whose
# possessor is that other side), people counted one by one, and the teams of people that the agent
# dictionary lacks. Not a body ("Greek banks", "the Russian army": the annotators mostly code the state) nor
# a craft the agent dictionary lists with the people who crew it ("Iranian tankers").
_TEAMS = frozenset("staff personnel crew team delegation".split())
_NATIONAL_PEOPLE = frozenset({"counterpart", "individual", "guard"}) | _TEAMS
_CRAFT = frozenset("""aircraft airline airliner airway battleship carrier containership corvette cruiser destroyer
frigate gunship jet jetliner jumbojet ship supertanker tanker warplane warship""".split())
# The modifiers that may name the state: an adjective ("Russian"), a name ("U.S.") or a noun modifier.
_STATE_MODS = frozenset({"amod", "compound", "nmod"})


def national_people(h, table: ActorTable) -> list[str]:
    """The argument-only actor of a phrase of people whose only modifier that names an actor names a state
    ("the Turkish guards": a group of Turkish guards, not Turkey), as a one-element list; empty where
    :func:`unnamed_actor` makes none, the head names no people, or no state or another party modifies it.
    A possessor is no party here but for a counterpart's, whose counterpart it is ("his Russian
    counterpart")."""
    if not isinstance(table, ArgumentTable) or not table.naming or h.pos_ != "NOUN":
        return []
    lemma = h.lemma_.lower()
    if lemma not in _NATIONAL_PEOPLE and (lemma in BODY_WORDS or lemma in _CRAFT or not _people(h)):
        return []
    counterpart = lemma == "counterpart"
    states: set[str] = set()
    for c in h.lefts:
        if c.dep_ == "poss" and counterpart:
            continue
        for i in range(c.left_edge.i, c.right_edge.i + 1):
            a = table.at_token(i)
            if a is None:
                continue
            found = table.get(a)
            if c.dep_ not in _STATE_MODS or found is None or found.kind != "country":
                return []
            states.add(a)
    if len(states) != 1:
        return []
    state = table.get(next(iter(states)))
    if state is None:
        return []
    return unnamed_actor(h, table, owned=counterpart, country=state)


def _possessor_sector(h, table: ActorTable) -> str | None:
    """The sector of the party that possesses ``h`` ("his" after a minister: GOV)."""
    owner = next((c for c in h.children if c.dep_ == "poss"), None)
    found = table.get(table.at_token(owner.i)) if owner is not None else None
    return found.sector if found is not None else None


# The nouns of those allied with a party: with a state as possessor ("its allies"), other states. The
# annotators code such groups GOV more often than with no sector (train 9 to 7, dev 9 to 2).
_ALLIED = frozenset({"ally", "partner"})


def _a_state(h, table: ActorTable) -> bool:
    """Whether the possessor of ``h`` names a state or its government ("its allies" after "the U.S.
    government")."""
    owner = next((c for c in h.children if c.dep_ == "poss"), None)
    found = table.get(table.at_token(owner.i)) if owner is not None else None
    return found is not None and (found.kind == "country" or found.kind == "organization" and found.sector == "GOV")


def _new_ident(table: ActorTable, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-") or "party"
    ident, n = base, 2
    while table.get(ident) is not None:
        ident, n = f"{base}-{n}", n + 1
    return ident


# The recipients the rules read surely enough to name people the actors stage did not: those of every type
# ("sued nearly 50 property owners", "released three other prisoners", "supplied to the opposition") but a
# request, a verbal concession and a mobilization. Of a REQUEST only the people its actor urges, calls on,
# appeals to or presses ("called on the separatists"): "warned the public against", "asked the public to
# stay calm" name whom a request is told to, whom the annotators mostly leave out; what a CONCEDE regrets or
# admits is a statement ("regret the inconvenience to travelers"); the forces a MOBILIZE moves are its
# actor's own. Train (session 40, agents40): the other types' recipients stand for an annotated actor 20
# times of 24, 9 events made fully right, none made wrong; args32 had found every recipient 33 right, 11 junk.
_ASKING = frozenset({"urge", "call", "appeal", "press"})
_TOLD = frozenset({"REQUEST", "CONCEDE", "MOBILIZE"})


def _clear_recipient(etype: str, tok) -> bool:
    return etype not in _TOLD or etype == "REQUEST" and tok.lemma_.lower() in _ASKING


def name_parties(event: Event, tok, table: ActorTable, reread: Callable[[], tuple[Event, Any] | None]) -> None:
    """The event's actors, and its recipients where :func:`_clear_recipient` allows, as the rules read them
    where they may make argument-only actors (``reread``: the same reading again, ``naming`` on), where
    that reading names one; the reading over the actors stage's table alone is kept in ``table.read``
    for the decider, which was trained on it."""
    if not isinstance(table, ArgumentTable) or not _may_name(tok.sent, table):
        return
    table.naming = True
    try:
        again = reread()
    finally:
        table.naming = False
    if again is None:
        return
    actor, recipient = _made(event.actor, again[0].actor, table), event.recipient
    if _clear_recipient(event.event, tok):
        recipient = _made(event.recipient, again[0].recipient, table)
    if (actor, recipient) != (event.actor, event.recipient):
        table.read[event.id] = (event.actor, event.recipient)
        event.actor = actor
        event.recipient = [a for a in recipient if a not in actor]


def _may_name(sent, table: ArgumentTable) -> bool:
    """Whether the sentence holds a noun :func:`unnamed_actor` may make an actor of (once per sentence): the
    rules are read again only there."""
    found = table.nameable.get(sent.start)
    if found is None:
        # the sentence's nouns from the document's part-of-speech column and token list (``for t in sent``
        # makes a Token per word and reads its ``pos_`` from the string store)
        pos, toks = labels(sent.doc, "POS"), tokens(sent.doc)
        found = table.nameable[sent.start] = any(
            pos[i] == "NOUN" and ActorTable.at_token(table, i) is None
            and (_people(toks[i]) or toks[i].lemma_.lower() in _NATIONAL_PEOPLE)
            for i in range(sent.start, sent.end))
    return found


def _made(named: list[str], read: list[str], table: ArgumentTable) -> list[str]:
    """A slot as the rules read it with argument-only actors (``read``) where that names one, else as it was."""
    return read if any(a in table.made for a in read) else named


def settle(table: ArgumentTable, events: list[Event]) -> None:
    """Add to the shared actors table the argument-only actors the events keep, with their mentions."""
    used = {a for e in events for a in (*e.actor, *e.recipient) if a in table.made}
    for ident, actor in table.made.items():
        if ident in used:
            table.actors.append(actor)
    for m in table.made_mentions:
        if m.actor in used:
            table.mentions.append(m)
            for i in range(m.tokens[0], m.tokens[1]):
                table.by_token.setdefault(i, m.actor)
    table.made = {i: a for i, a in table.made.items() if i in used}
    table.made_at.clear()
    table.made_mentions.clear()
