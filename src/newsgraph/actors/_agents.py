"""Unnamed actors: generic agent noun phrases that act or speak ("officials said", "a spokesman",
"protesters clashed with police"), and the country the context gives an actor that names none.

An agent actor is made only for a noun phrase whose head is an agent noun (the Phoenix agent
dictionary, plus a few speaker nouns such as "source" and "expert") and that is an argument of a
verb: its subject (active or passive), the ``by`` phrase of a passive, the object of ``according to``,
the direct object of a verb or its ``with``/``against`` phrase. A phrase already part of another actor's mention is left alone.
The dictionary's nouns for things make none: places and agreements ("barracks", "settlements") never,
craft ("warplanes", "warships") only where the phrase names the state they belong to ("Turkish warplanes").

Its sector comes from the agent noun (official -> GOV, police -> COP, protesters -> CVL), its country
from the phrase ("officials in Kabul", "police of Ghana") or else its sentence (:func:`context_country`).
Phrases with the same country, sector, head lemma and number are one actor, with a stable id such as
``usa-gov-officials``; a singular phrase is a person, a plural one a group.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._coding import PUBLIC_LAW, police_officials, slug
from .._parse import phrase_span
from ._dictionaries import Bundled, norm
from ..nlp import climb, lowers, span_text, tokens, word_positions

__all__ = ["AgentPhrase", "find_agents", "context_country", "actor_context", "destinations", "reported_subjects",
           "PLACE_NOUNS", "SPEAKER_NOUNS", "THING_NOUNS", "COUNTED", "counted", "plural_noun"]

# Nouns that name who speaks or acts without being agent nouns of the dictionary (None: no sector).
# Analysts and experts may be academics, think-tank fellows or consultants: the annotators code them
# with no sector (or SOC) far more often than EDU, so the noun alone sets none.
SPEAKER_NOUNS: dict[str, str | None] = {
    "source": None, "sources": None, "campaign": None, "member": None, "members": None,
    "expert": None, "experts": None, "analyst": None, "analysts": None, "researcher": "EDU",
    "researchers": "EDU", "witness": "CVL", "witnesses": "CVL", "executive": "BUS", "executives": "BUS",
    "critic": None, "critics": None, "supporter": None, "supporters": None, "opponent": None,
    "opponents": None, "questioner": None, "staffer": None, "staffers": None, "organizers": "CVL",
    "organisers": "CVL", "hostage-takers": "CRM", "kidnappers": "CRM", "kidnapper": "CRM",
    "agency": "GOV", "agencies": "GOV", "commission": "GOV", "bank": "BUS", "banks": "BUS",
    "network": "JRN", "announcer": "JRN", "narrator": None, "architect": None, "group": None, "groups": None,
    "insider": None, "insiders": None, "pollster": None, "pollsters": None, "strategist": None,
    "strategists": None, "observer": None, "observers": None, "consultant": None, "consultants": None,
    "panel": None, "parent": "CVL", "parents": "CVL",
}
# Agent nouns too vague to be an actor on their own.
_VAGUE = {"man", "woman", "men", "women", "people", "person", "national", "nationals", "youth", "public",
          "crowd", "town", "towns", "village", "villages", "press", "media", "force", "forces", "group", "groups",
          "leadership", "population", "member", "members"}
# Singular agent nouns that name a body of people: referred to as "it" or "they", never "he" or "she".
_COLLECTIVE = {"community", "agency", "commission", "bank", "network", "campaign", "government", "administration",
               "committee", "council", "ministry", "department", "party", "company", "firm", "court", "parliament",
               "congress", "senate", "army", "police", "board", "union", "coalition", "organization",
               "organisation", "team", "office", "embassy", "regime", "cabinet", "legislature", "assembly",
               "military", "navy", "majority", "minority", "electorate", "industry", "opposition", "staff",
               "leadership", "establishment", "panel", "jury", "delegation", "mission", "bureau", "authority",
               "corporation", "newspaper", "paper", "magazine", "station", "channel", "media", "press", "group"}
# Vague nouns that a number makes an actor: "12 people were killed", "gunmen seized 30 people" (the
# annotators code such counted victims as a group, mostly civilians); each count is a group of its own.
COUNTED = frozenset({"people", "men", "women", "persons"})
# Nouns of kin: civilians, whoever they belong to (the quotes stage's relatives as speakers, the events stage's
# possessor's people who are not the possessor).
KIN_NOUNS = frozenset("""
wife husband son daughter brother sister father mother parent child cousin nephew niece uncle aunt grandson
granddaughter grandfather grandmother grandchild widow widower family
""".split())
# Modifiers that leave a vague noun vague: "other people", "many members", "local residents"
_VAGUE_MODS = {"other", "many", "some", "several", "few", "more", "most", "local", "ordinary", "young", "old",
               "certain", "such", "various", "new", "own", "same", "different", "numerous", "unidentified"}
# Nouns of the agent dictionary that name things, not people: a place ("barracks", "settlements") or an
# agreement ("a political settlement") is never an actor of its own.
PLACE_NOUNS = frozenset({"barracks", "settlement", "settlements"})
# Craft the dictionary codes as the armed forces ("warplanes", "warships"). They stand for a state's
# forces only when the phrase says whose ("Turkish warplanes", "Iran's ships"); alone they are the
# machines ("fighter jets" sold, "the aircraft" that crashed), and they are a group, never a person.
_CRAFT = frozenset({"aircraft", "warplane", "warplanes", "jet", "jets", "jumbojet", "jumbojets", "battleship",
                    "battleships", "containership", "containerships", "gunship", "gunships", "helicopter",
                    "helicopters", "ship", "ships", "tank", "tanks", "warship", "warships"})
_CRAFT_LEMMAS = frozenset({"aircraft", "warplane", "jet", "jumbojet", "battleship", "containership", "gunship",
                           "helicopter", "ship", "warship"})  # no "tank": a think tank is a body, not a group
# the agent nouns that name things, never a body of people on their own
THING_NOUNS = PLACE_NOUNS | (_CRAFT - {"tank", "tanks"})
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "obj", "dative"}
# Agent nouns that speak or act for someone the text names right after them: "a spokesman for
# Senator X", "an aide to the governor", "a lawyer for the company". The one they work for is part of
# who they are, so the phrase keeps those words in its name and two owners are two actors.
_AGENTS_OF = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                        "representative", "representatives", "aide", "aides", "adviser", "advisers", "advisor",
                        "advisors", "lawyer", "lawyers", "attorney", "attorneys", "staffer", "staffers",
                        "strategist", "strategists", "consultant", "consultants"})
# Agent nouns whose "of" phrase names the body they lead or belong to ("the former secretary of
# state", "leaders of the organization", "the attorney general of the state"): part of their name too.
_HEADS_OF = frozenset({"secretary", "leader", "leaders", "ceo", "chief", "chiefs", "head", "heads", "chairman",
                       "chairwoman", "director", "directors", "general", "official", "officials", "candidate",
                       "candidates", "member", "members"}) | {w for w in _AGENTS_OF if w.startswith("spokes")}
# the prepositions that name whom they work for ("of" only after the nouns of _HEADS_OF: "an adviser of
# long standing" is no owner; nor is a country, which gives the agent's country: "police of Ghana")
_OWNER_PREPS = ("for", "to")
# how many tokens the owner's phrase may run to
_OWNER_REACH = 8


@dataclass(slots=True)
class AgentPhrase:
    """One generic agent noun phrase: tokens [start, end), its head, sector and country."""

    start: int
    end: int
    head: int
    lemma: str
    sector: str | None
    plural: bool
    iso: str | None = None
    words: list[str] = field(default_factory=list)
    # the end (token index) of the words that name the agent: past ``end`` when the phrase names whom
    # the agent works for ("spokesman for Senator X"), which is no part of the agent's mention
    name_end: int | None = None
    owner: str = ""  # those words after the head, lower-cased ("for senator x"); "" when none
    mods: str = ""  # the words before the head that say which ones, lower-cased ("law enforcement")
    # the end (token index) of the words after the head that say which ones ("officials in both
    # cities", "people familiar with the talks"), part of the name but not of the mention; None when none
    post_end: int | None = None
    post: str = ""  # those words, lower-cased ("in both cities"); "" when none

    @property
    def person(self) -> bool:
        """One human being ('a spokesman'), not a group nor a body ('the scientific community')."""
        return not self.plural and self.lemma not in _COLLECTIVE and self.lemma not in _CRAFT_LEMMAS

    @property
    def key(self) -> tuple:
        """Phrases of one key are one actor: "federal officials" and "law enforcement officials" are
        two, and so are the spokesmen of two owners."""
        return self.iso, self.sector, self.lemma, self.plural, self.owner, self.mods

    @property
    def base(self) -> tuple:
        """The key less the words that tell which ones: a bare "the officials" refers back to the
        last phrase of its base ("federal officials ... the officials")."""
        return self.iso, self.sector, self.lemma, self.plural

    def ident(self) -> str:
        noun = self.words[-1] if self.words else self.lemma
        return slug("-".join(p for p in (self.iso, self.sector, noun, self.owner) if p))


def plural_noun(tok) -> bool:
    """Whether an agent noun names several: tagged so, or an -s form its lemma is not ("police" is neither)."""
    lower = tok.lower_
    return tok.tag_ in ("NNS", "NNPS") or lower.endswith("s") and tok.lemma_.lower() != lower


def _role(tok) -> bool:
    """The noun is an argument of a verb: subject (also of its own relative clause), passive agent,
    'according to', direct object."""
    tok = climb(tok, ("conj",))  # "officials and residents said"
    dep = tok.dep_
    if dep in _SUBJECTS:
        return True
    if any(c.dep_ == "relcl" and any(g.dep_ in _SUBJECTS and g.lower_ in ("who", "that") for g in c.children)
           for c in tok.rights):
        return True  # "economists who argue that ...": the subject of its relative clause
    if dep == "pobj":
        prep = tok.head
        return prep.dep_ == "agent" or (prep.lower_ == "to" and prep.head.lower_ == "according") or (
            prep.lower_ in ("with", "against") and prep.head.pos_ == "VERB")  # "clashed with police"
    return dep in _OBJECTS and tok.head.pos_ in ("VERB", "AUX")


_STAFF = frozenset({"aide", "aides", "staffer", "staffers"})
# Modifiers that make a "community" the world's states, whom the annotators give no sector.
_WORLD_WORDS = frozenset({"international", "global", "world", "wider"})


def find_agents(doc, bundled: Bundled, claimed: set[int]) -> list[AgentPhrase]:
    """The generic agent noun phrases of ``doc`` that are arguments of a verb and no other actor's."""
    out: list[AgentPhrase] = []
    agents = bundled.agents
    toks, lows = tokens(doc), lowers(doc)
    # the agent and speaker nouns' tokens only, in the order of the text
    for k in sorted({*word_positions(doc, agents), *word_positions(doc, SPEAKER_NOUNS)}):
        tok, lower = toks[k], lows[k]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in claimed or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        if tok.pos_ == "PROPN" and not (tok.i == tok.sent.start or tok.is_lower):  # "Rebels" opening a sentence
            continue
        counted = lower in COUNTED and any(c.dep_ == "nummod" and not _statistic(c) for c in tok.lefts)
        if lower in _VAGUE and not counted and not any(
                c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ") and c.lower_ not in _VAGUE_MODS
                for c in tok.lefts):
            continue  # "people" is no actor; "cast members", "environmental groups", "12 people" are
        if lower in PLACE_NOUNS or _craft(tok, lower) and not _whose(tok):
            continue
        if not _role(tok):
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "det", "nummod", "quantmod",
                                                     "advmod", "poss")]
        if any(i in claimed for m in mods for i in range(m.left_edge.i, m.i + 1)):
            continue  # "Afghan officials", "Trump's aides": another actor's phrase
        poss = [m.i for m in mods if m.dep_ == "poss"]  # "his advisers": the owner is its own mention
        start = min([m.left_edge.i for m in mods if not poss or m.i > max(poss)] + [tok.i])
        while start < tok.i and (toks[start].pos_ in ("DET", "PUNCT") or toks[start].tag_ == "POS"):
            start += 1
        # (the shared list's slices: slicing the Doc makes a Span and a Token per word)
        words = [t.lower_ for t in toks[start:tok.i + 1] if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        sector = agents.get(" ".join(words[-2:])) if len(words) > 1 else None
        sector = sector or agents.get(lower) or SPEAKER_NOUNS.get(lower)
        if sector is None:  # "opposition supporters": the modifier may tell the sector
            sector = next((agents[w] for w in words[:-1] if w in agents and w not in _VAGUE), None)
        if police_officials(words, agents):
            sector = "COP"  # "law enforcement officials", "a police source"
        if sector == "GOV" and lower in _STAFF and {"congressional", "parliamentary"} & set(words[:-1]):
            sector = "LEG"  # "a congressional aide": a legislator's staff, whom the annotators code LEG
        if lower == "tanks" and tok.i > 0 and lows[tok.i - 1] == "think":
            sector = "SOC"  # think tanks are civil society (the dictionary's "tanks" are armour)
        if lower == "community" and _WORLD_WORDS & set(words[:-1]):
            sector = None  # "the international community": the world's states, no civilians (CVL)
        plural = plural_noun(tok)
        lemma = tok.lemma_.lower() if tok.lemma_ else lower
        ph = AgentPhrase(start, tok.i + 1, tok.i, lemma, sector, plural, words=[norm(lower)])
        ph.mods = " ".join(t.lower_ for t in toks[start:tok.i] if (t.pos_ in ("NOUN", "ADJ", "PROPN") or counted
                                                                   and t.dep_ == "nummod")
                           and t.lower_ not in _VAGUE_MODS)
        name_end = _owner_end(tok) if lower in _AGENTS_OF or lower in _HEADS_OF else None
        if name_end is not None:
            ph.name_end = name_end
            ph.owner = " ".join(t.lower_ for t in toks[tok.i + 1:name_end] if not t.is_punct)
        elif (post_end := _post_end(tok)) is not None:
            ph.post_end = post_end
            ph.post = " ".join(t.lower_ for t in toks[tok.i + 1:post_end] if not t.is_punct)
        elif sector == "JUD" and lemma in ("lawyer", "attorney") and not PUBLIC_LAW & set(words[:-1]):
            # "a Russian lawyer", "his attorney", "defense attorneys": lawyers in private practice, no part
            # of the judiciary (courts, judges, prosecutors), whom the annotators give no sector; one "for"
            # a body the text names ("lawyers for the Treasury") keeps the phrase's sector for the later steps
            ph.sector = None
        out.append(ph)
    return out


# A count this large is a statistic (a war's toll, a crowd's size, the people in a storm's path), not a
# party to an act: of the counted groups the train split annotates, 30 count fewer, 2 more.
_STATISTIC = 10_000
_SCALES = {"thousand": 1_000, "thousands": 1_000, "million": 1_000_000, "millions": 1_000_000,
           "billion": 1_000_000_000}


def _statistic(num) -> bool:
    """The number phrase headed by ``num`` ("12", "more than 300,000", "5 million") counts ten thousand or more."""
    value = 1.0
    for t in num.subtree:
        word = t.lower_.replace(",", "")
        if word in _SCALES:
            value *= _SCALES[word]
        elif t.like_num:
            try:
                value *= float(word)
            except ValueError:
                pass  # "four", "dozens": small
    return value >= _STATISTIC


def counted(doc, start: int, end: int) -> bool:
    """The phrase ``doc[start:end]`` is a counted vague noun ("12 people", "more than 300,000 people")."""
    if end <= start:
        return False
    last = doc[end - 1]
    return last.lower_ in COUNTED and any(t.like_num for t in doc[start:end - 1])


def _craft(tok, lower: str) -> bool:
    """The noun names a craft: "tanks", but not "think tanks"."""
    return lower in _CRAFT and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "think")


def _whose(tok) -> bool:
    """A craft noun whose phrase names the state it belongs to: "Turkish warplanes", "Iran's ships",
    "U.S. patrol aircraft", "warplanes of the Syrian air force"."""
    if any(t.ent_type_ in ("NORP", "GPE") for t in tok.doc[tok.left_edge.i:tok.i]):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in p.subtree)
               for p in tok.rights)


def _owner_end(tok) -> int | None:
    """The end of the phrase that names whom an agent works for, right after the noun: "spokesman
    for Senator Dana Marsh", "an aide to the governor of Ohio", "a spokesman of the ministry". None
    when the noun has no such phrase, or a long one (a clause, a list)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i or nxt.dep_ != "prep" or not (
            nxt.lower_ in _OWNER_PREPS and tok.lower_ in _AGENTS_OF or nxt.lower_ == "of" and tok.lower_ in _HEADS_OF):
        return None
    pobj = next((g for g in nxt.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("PROPN", "NOUN") or nxt.lower_ == "of" and pobj.ent_type_ in ("GPE", "NORP", "LOC"):
        return None
    end = phrase_span(pobj)[1]
    if end - tok.i > _OWNER_REACH or any(t.is_punct and t.text not in (".", "-", "'") for t in tok.doc[nxt.i:end]):
        return None
    return end


# Prepositions whose phrase after an agent noun says which ones ("officials in both cities", "critics of
# the deal", "lawmakers from both parties", "aides on Capitol Hill", "sources at the meeting"), and the
# adjectives and participles that do ("people familiar with the talks", "an official briefed on the
# matter", "soldiers killed in the attack"). The annotators keep those words in a generic actor's name
# (corpus guidelines: "a generic actor keeps the text's own words").
_POST_PREPS = frozenset({"in", "of", "from", "at", "on", "with", "inside", "across", "within"})
_POST_WORDS = frozenset({"familiar", "close", "briefed", "involved", "loyal", "opposed", "allied", "based",
                         "killed", "wounded", "injured", "arrested", "detained", "held", "traveling",
                         "travelling", "working", "living", "serving", "stationed", "knowledgeable"})
# Nouns of a phrase that tell when or how, not which ones: "officials at the time", "authorities at one
# point", "officials in a statement", "her lawyers in a court filing".
_WHEN_NOUNS = frozenset({"time", "moment", "day", "night", "morning", "evening", "afternoon", "week", "weekend",
                         "month", "year", "years", "end", "start", "beginning", "meantime", "past", "outset",
                         "least", "most", "first", "all", "once", "behalf", "record", "condition", "point",
                         "times", "part", "turn", "fact", "general", "particular", "course", "public", "private",
                         "average", "response", "addition", "advance", "person", "writing", "phone", "television",
                         "camera", "twitter", "statement", "interview", "email", "letter", "tweet", "release",
                         "post", "call", "video", "speech", "filing", "filings"})


def _post_end(tok) -> int | None:
    """The end of the words right after an agent noun that say which ones: a prepositional phrase of
    :data:`_POST_PREPS` or an adjective or participle of :data:`_POST_WORDS` with its own phrase, that
    the noun governs ("officials in both cities", "people familiar with the talks"). None when there is
    none, or a long one, one broken by punctuation, or one that tells when or how ("officials at the
    time", "spoke on condition of anonymity")."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.head.i != tok.i:
        return None
    if nxt.dep_ == "prep" and nxt.lower_ in _POST_PREPS:
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
    elif nxt.dep_ in ("amod", "acl") and nxt.lower_ in _POST_WORDS:
        objs = [g for p in nxt.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"]
    else:
        return None
    if len(objs) != 1 or objs[0].pos_ not in ("PROPN", "NOUN") or objs[0].ent_type_ in ("DATE", "TIME") or (
            objs[0].lower_ in _WHEN_NOUNS):
        return None
    end = nxt.right_edge.i + 1
    if _broken(doc, nxt.i, end) and not any(c.dep_ == "conj" for c in objs[0].children):
        end = objs[0].i + 1  # "officials in the border states of Sonora, Chihuahua and ...": to "states"
    if end - tok.i > _OWNER_REACH or _broken(doc, nxt.i, end):
        return None
    if any(t.ent_type_ in ("DATE", "TIME") for t in doc[nxt.i:end]):
        return None
    return end


def _broken(doc, start: int, end: int) -> bool:
    """Punctuation other than a period, hyphen or apostrophe among tokens [start, end)."""
    return any(t.is_punct and t.text not in (".", "-", "'", "\u2019") for t in doc[start:end])


def phrase_country(doc, phrase: AgentPhrase, bundled: Bundled, iso_at: dict[int, str]) -> str | None:
    """The country the phrase itself names: 'officials in Kabul', 'police of Ghana', 'a group based
    in Trinidad'."""
    head = doc[phrase.head]
    preps = list(head.rights)
    preps += [p for v in head.rights if v.dep_ == "acl" and v.lower_ in ("based", "headquartered", "located")
              for p in v.rights]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            # "aides on Capitol Hill": a place's name (not a country's: "experts on Iran" is what
            # they study)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            key = norm(span_text(doc, pobj.left_edge.i, pobj.i + 1)) if pobj is not None else ""
            if key in bundled.places and key not in bundled.countries:
                return bundled.places[key]
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of", "at", "inside"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    if len(_countries_of(pobj, bundled, iso_at)) > 1:
                        return MANY  # "the leaders of France and Britain": of no one country
                    if prep.lower_ in ("of", "from") and any(_states(o) for o in (pobj, *pobj.conjuncts)):
                        # "leaders of the Western nations", "ministers from Turkey and several Arab
                        # states", "leaders of the world's major powers": of several states
                        return MANY
                    for i in range(pobj.left_edge.i, pobj.i + 1):
                        if i in iso_at:
                            return iso_at[i]
                    if not pobj.text[:1].isupper():
                        continue  # "experts at the time": a common noun, whatever town bears its name
                    key = norm(pobj.text)
                    iso = bundled.countries.get(key) or bundled.places.get(key)
                    if iso:
                        return iso
    return None


# What :func:`phrase_country` says of a phrase that names several countries ("ministers of Britain,
# France and Germany"): the agent is of none of them, and its sentence does not place it either.
MANY = "many"


# Nouns of states in the plural: an agent "of" or "from" them is of several states.
_STATES = frozenset({"nation", "country", "state", "power", "ally"})


def _states(tok) -> bool:
    """Whether a noun names states in the plural ("nations", "powers", "allies"); "states" only with a
    word that makes them sovereign ("Arab states", "member states"), not a federation's ("several states")."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in _STATES:
        return False
    return tok.lemma_.lower() != "state" or any(c.dep_ in ("amod", "compound") and c.lower_ in _SOVEREIGN
                                                for c in tok.children)


_SOVEREIGN = frozenset({"arab", "member", "european", "african", "asian", "gulf", "sovereign", "western", "baltic",
                        "nordic", "muslim", "island", "neighboring", "neighbouring", "nuclear"})


def _countries_of(pobj, bundled: Bundled, iso_at: dict[int, str]) -> set[str]:
    """The countries an object and the objects coordinated with it name ("France and Britain")."""
    found: set[str] = set()
    for obj in (pobj, *pobj.conjuncts):
        iso = next((iso_at[i] for i in range(obj.left_edge.i, obj.i + 1) if i in iso_at), None)
        iso = iso or bundled.countries.get(norm(obj.text))
        if iso:
            found.add(iso)
    return found


# Prepositions whose object is where a move goes, not where its actor is from: "troops went to Poland".
_DESTINATIONS = frozenset({"to", "into", "toward", "towards", "onto"})
# Verbs of going and sending: their "to" phrase is where someone goes. After other verbs it is often the
# other party ("conceded to demands from Ruritania's rebels"), of the actor's own country as often as not.
_MOVES = frozenset({"go", "come", "travel", "fly", "move", "return", "head", "flee", "sail", "drive", "walk",
                    "march", "deploy", "send", "dispatch", "relocate", "migrate", "emigrate", "escape", "rush",
                    "race", "journey", "arrive", "cross", "advance", "retreat", "withdraw", "ship", "transfer"})


def destinations(doc, token: int) -> set[int]:
    """The tokens of the phrases that say where an actor (the subject at ``token``) goes or sends
    someone: the "to" or "into" phrase of its verb of going or sending (:data:`_MOVES`) and of such a
    verb it is the subject of ("troops went to Ruritania", "leaders want to come to Paris"). A country
    named there is where the actor goes, not whose it is, so its sentence's country is read without it
    (train: one group left open as the annotators leave it, none placed against them; dev and the PLOVER
    gold records unchanged). The "to" phrase of any verb and the verb's object (the victim, the target)
    name the other party, as often as not of the actor's own country: left out of the sentence too, they
    placed 6 train actors as the annotators do and 3 against them, dev 1 and 3, and the "to" phrase of
    any verb lost one PLOVER gold source's country (docs/evaluation.md, "Session 28, country33")."""
    tok = climb(doc[token], ("conj", "appos"))
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # the verbs it is the subject of
    return {t.i for v in verbs if v.lemma_.lower() in _MOVES for c in v.children
            if c.dep_ == "prep" and c.lower_ in _DESTINATIONS for t in c.subtree}


# The words that hang a country's name on the noun it qualifies: "Israel's army", "Syrian troops".
_QUALIFIERS = ("compound", "amod", "poss", "nmod", "case")


def reported_subjects(doc, token: int) -> set[int]:
    """The tokens of the subjects, and of the words that qualify them, of the other clauses of the
    sentence of an actor (at ``token``) that is the subject of a verb of saying or thinking
    ("Ruritania rejected the offer, a spokesman said": "Ruritania"; "Ruritanian troops shelled the
    border town of Xland, officials said": "Ruritanian"). Who reports a clause mostly reports what their
    own side does: where the sentence names several countries, the one that acts in what they say is
    theirs more often than the one acted on or where it happens (:func:`context_country`'s ``prefer``;
    train: 10 actors placed as the annotators do, 1 against them; dev unchanged; docs/evaluation.md,
    "Session 29, country34"). Without the verb of saying, the subject of any clause places as often
    against the annotators as with them (dev 0 / 1)."""
    from ..quotes._cues import CUE_VERBS, cue_lemma  # here: that module loads the events stage, which loads this one

    tok = climb(doc[token], ("conj", "appos"))
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i == tok.i or cue_lemma(verb) not in CUE_VERBS:
        return set()
    return {t.i for t in tok.sent if (top := climb(t, _QUALIFIERS)).dep_ in _SUBJECTS
            and top.head.i != verb.i and top.i != tok.i}


def actor_context(doc, head: int) -> dict[str, Any]:
    """:func:`context_country`'s ``skip`` and ``prefer`` for an actor whose phrase heads at ``head``: where
    it goes (:func:`destinations`) and, read only where the sentence names several countries, the
    subjects of the clauses it reports (:func:`reported_subjects`)."""
    return {"skip": destinations(doc, head), "prefer": lambda: reported_subjects(doc, head)}


def names_a_country(token: int, sent_of: Sequence[int] | Mapping[int, int], iso_mentions: list[tuple[int, str]]) -> bool:
    """Whether a token's sentence names any country (``iso_mentions`` as for :func:`context_country`,
    which finds none where it names none): what a caller gathers to weigh the sentence's countries (the
    words to leave out, :func:`actor_context`) is read only where there is one."""
    s = sent_of[token]
    k = bisect_left(iso_mentions, s, key=lambda m: sent_of[m[0]])
    return k < len(iso_mentions) and sent_of[iso_mentions[k][0]] == s


def context_country(token: int, sent_of: Sequence[int] | Mapping[int, int], iso_mentions: list[tuple[int, str]],
                    exclude: str | set[str] | None = None, *, skip: Container[int] = (),
                    prefer: Callable[[], Container[int]] | None = None) -> str | None:
    """The country named most often in a token's own sentence (ties: the nearest), never one of
    ``exclude``, nor one named at a token of ``skip`` (:func:`destinations`); where the sentence names
    several, one named at a token ``prefer()`` gives (:func:`reported_subjects`, read only then) if any;
    None when the sentence names none. The rest of the document never counts: the article's main
    country is no evidence of an actor's. ``iso_mentions`` are (token, country) in the order of the
    text (``Context.iso_mentions``): the sentence's are found by bisection, not by a scan of the
    document's for each actor."""
    excluded = {exclude} if isinstance(exclude, str) else set(exclude or ())
    s = sent_of[token]
    pool: list[tuple[int, str]] = []
    for i, iso in iso_mentions[bisect_left(iso_mentions, s, key=lambda m: sent_of[m[0]]):]:
        if sent_of[i] != s:
            break
        if iso not in excluded and i not in skip:
            pool.append((i, iso))
    if not pool:
        return None
    if prefer is not None and len({iso for _i, iso in pool}) > 1:
        preferred = prefer()
        pool = [(i, iso) for i, iso in pool if i in preferred] or pool
    counts = Counter(iso for _i, iso in pool)
    return max(counts, key=lambda iso: (counts[iso], -min(abs(i - token) for i, c in pool if c == iso)))
