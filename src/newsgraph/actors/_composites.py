"""Step 3 of resolving actors: composites, actors named by a country and an agent noun ("Afghan
government", "US and British forces", "rebels in Darfur"), the people of a place ("clashes in Baghdad",
"Moscow rejected"), and group names extended by their agent noun ("Taliban forces")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Hashable

from ._agents import _COLLECTIVE, PLACE_NOUNS, THING_NOUNS, context_country, plural_noun
from ._cluster import Cluster, Context, country_name, strip_the
from ._coding import INTERGOVERNMENTAL, SECTOR_LABELS, STATE_SECTORS, US_PARTY_NAMES, _stance, code_of
from ._dictionaries import Bundled, Entry, norm, split_code
from ._mentions import Cand
from .._us_states import ABBREVIATIONS as US_STATES
from ..nlp import first_conjunct, span_text, tokens
from ..roles._titles import is_title_head

__all__ = ["Composites", "find_composites", "state_body_name", "worded_names"]

_INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})
_SUBJ_OBJ = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative"})
# Prepositions that make a capital a party ("talks with Moscow", "appealed to Beijing"), not a place.
_ARGUMENT_PREPS = frozenset({"with", "to", "against", "from", "by", "upon", "toward", "towards"})
# Group nouns located by a place: "rebels in Darfur", "opposition parties in Nepal".
_LOCATING_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})
# Nouns for ordinary people and their homes: a demonym before one names the country's civilians.
_CIVILIAN_NOUNS = frozenset({"home", "house", "village", "neighborhood", "neighbourhood", "farm", "property",
                             "area", "prisoner", "detainee", "family", "child", "boy", "girl", "teenager",
                             "passenger", "pilgrim", "shepherd", "fisherman", "motorist", "household"})
# Craft: a civil one is a thing (train: 6 such composites, none annotated); a military one is its forces.
_CRAFT = frozenset({"tanker", "airliner", "jet", "plane", "airplane", "aircraft", "ship", "vessel", "boat", "ferry",
                    "freighter", "liner", "helicopter", "jetliner"})
_SUB_NATIONAL = frozenset({"regional", "provincial", "state", "district", "county", "southern", "northern",
                           "eastern", "western", "former", "old", "ancient", "commercial", "economic"})
# Plural agent nouns that name no people the annotators keep apart ("Chinese people" are the Chinese),
# and the military nouns that do ("U.S. military officials"; "U.S. troops" are the U.S. military).
_NOT_PEOPLE = frozenset({"force", "troop", "soldier", "people", "citizen", "national", "man", "woman", "civilian",
                         "resident", "family", "child", "media", "member", "group",
                         "youth", "crowd", "population", "public"})
# Nouns of a whole people or public after a demonym ("the Iranian people", "Egyptian citizens"): its
# civilians, named in the text's words.
_PUBLIC_NOUNS = frozenset({"people", "citizen", "civilian", "national", "population", "public", "resident"})
_MASS_PUBLIC = frozenset({"people", "population", "public"})  # the others name a whole only in the plural
# Bodies of a government named by their country's name or demonym that are actors of their own.
_MINISTRIES = frozenset({"ministry"})
# Office nouns whose "of" names a department ("Secretary of State", "undersecretary of Defense", "minister of
# Finance").
_OFFICE_NOUNS = frozenset({"secretary", "undersecretary", "under-secretary", "minister"})
_MIL_PEOPLE = frozenset({"official", "officer", "commander", "leader", "planner", "source"})
# Singular agent nouns of one unnamed person: "a U.S. official said", "a senior Israeli diplomat".
_ONE_PERSON = frozenset({"official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "negotiator",
                         "aide", "adviser", "advisor", "officer", "source"})
# Nouns of acts, things, places and states of affairs: a sector word before one ("military", "refugee",
# "government", "media") names what an actor does or owns, not an actor ("U.S. military aid", "the
# refugee crisis", "Russian government bonds", "Iowa's biggest media market"). A camp or a base is left
# out: where a group lives or is stationed stands for it when it is shelled or raided (the PLOVER
# records code "a refugee camp", "guerrilla bases" as their people).
_THING_NOUNS = frozenset({
    "action", "aid", "assistance", "attack", "strike", "intervention", "incursion", "invasion", "operation",
    "exercise", "drill", "maneuver", "manoeuvre", "buildup", "build-up", "threat", "might", "power", "presence",
    "spending", "budget", "effort", "experience", "crisis", "alert", "announcement", "mourning", "period",
    "holiday", "security", "fraud", "policy", "program", "programme", "plan", "strategy", "capability",
    "building", "station", "airport", "stadium", "farm", "market", "file", "data", "document",
    "bond", "property", "satellite", "facility", "installation", "site", "compound", "headquarters", "hospital",
    "school", "prison", "jail", "checkpoint", "border", "territory", "zone", "area", "airspace", "waters",
    "equipment", "hardware", "technology", "weapon", "weaponry", "arsenal", "stockpile", "funding",
    "money", "sale", "deal", "law", "rule", "regulation", "order", "report", "record", "scene", "history",
    "tradition", "culture", "coverage", "attention", "bias", "debate", "election", "vote", "service",
    "involvement", "support", "pressure", "response", "retaliation", "conflict", "war", "violence", "unrest",
    "situation", "issue", "concern", "interest", "interests", "option", "options", "target", "victory",
    "defeat", "loss", "death", "cost", "deployment", "withdrawal", "mission", "career"})
# Singular nouns of one ordinary person, beside the offices and trades of ``roles._titles``: after a US
# state's name they are that one person ("an Iowa voter", "a Texas farmer"), whom the annotators name in
# the text's words, not the United States' civilians. "A Texas resident" or "citizen" says where someone
# belongs, not who they are in the story, and stays with the civilians.
_ONE_OF_PEOPLE = frozenset({"voter", "man", "woman", "worker", "farmer", "businessman", "businesswoman", "victim",
                            "lawyer", "protester", "veteran"})
# A head of state or government by the title alone ("the American president", "the North Korean leader")
# is the one head the text names elsewhere, whom the title steps find or the government stands for: no
# person of its own (train, measured over every country's offices: 9 such persons made, none annotated).
_HEADS_OF_STATE = frozenset({"president", "president-elect", "leader", "premier", "chancellor", "king", "queen",
                             "emperor", "monarch", "sultan", "emir", "pope", "secretary"})
# Words before an office that name no holder yet, or any holder ("Ohio's next governor", "any senator").
_NOT_YET = frozenset({"next", "future", "any", "every", "incoming", "would-be"})
_DIPLOMATIC = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors",
                         "envoy", "envoys", "mission", "legation", "chancery"})


class Composites:
    """The composite clusters of a document, one per key (a country and sector, an entry's forces, a place)."""

    def __init__(self) -> None:
        self.clusters: dict[Hashable, Cluster] = {}

    def get(self, key: Hashable, iso: str | None, sector: str, name: str | None) -> Cluster:
        cl = self.clusters.get(key)
        if cl is None:
            cl = self.clusters[key] = Cluster("composite")
            cl.iso, cl.sector = iso, sector
            cl.name = f"{name} {SECTOR_LABELS.get(sector, sector.lower())}"
        return cl


def find_composites(ctx: Context, cands: list[Cand], people: list[Cluster]) -> tuple[list[Cand], Composites]:
    """The composites of the document, and the names left once those that became part of one are taken out.

    A group or organisation name that an agent noun extends ("Taliban forces") keeps its cluster and
    takes the noun into its mention; an unknown organisation inside a person's title ('State' in
    'Secretary of State') is no actor.
    """
    doc, B, claimed = ctx.doc, ctx.bundled, ctx.claimed
    title_tokens = {i for cl in people for t in cl.titles for sp in t.spans for i in range(*sp)}
    windows = {i for cl in people for t in cl.titles if t.window for i in range(*t.window)}
    cands = [c for c in cands if not (c.kind == "organization" and c.entry is None
                                      and (c.start in windows or _office_department(doc, c)))]
    persons = [c for c in cands if c.kind == "person"]
    person_tokens = {i for c in persons for i in range(c.start, c.end)}
    # the tokens a name's agent noun or its allies may not be: read through views of the sets rather than
    # their union, which was made anew for each name (three times) while only a word or two is looked up
    named = _Either(person_tokens, title_tokens)
    taken = _Either(person_tokens, title_tokens, claimed)  # ``claimed`` grows as the loop goes
    composites = Composites()
    capitals: list[Cand] = []  # capitals that stand for their government, placed once every name is read
    for c in cands:
        if c.kind not in ("country", "demonym", "organization", "group", "place"):
            continue
        if c.kind == "demonym":  # "ethnic Albanians in south Serbia": a minority of the country they live in
            c.iso = _minority_country(doc, c, ctx) or c.iso
        allies = _allies(doc, c, taken)
        if allies is not None:  # "U.S. allies", "NATO allies": other states, of no one country
            cl = composites.get(("allies", norm(span_text(doc, c.start, allies))), None, "GOV", None)
            cl.kind, cl.name = "group", span_text(doc, c.start, allies + 1)
            cl.extra.append((c.start, allies + 1, "name"))
            claimed.update(range(c.start, allies + 1))
            for other in cands:  # "America's European allies": one mention, not also Europe's
                if c.start <= other.start <= allies:
                    other.kind = None
            continue
        agent = _agent_head(doc, c, B.agents, named)
        if agent is None:
            if c.kind in ("country", "place") and c.iso and (
                    located := _located_group(doc, c, B.agents, taken)) is not None:
                start, sector = located
                cl = composites.get((c.iso, sector), c.iso, sector, country_name(B, c.iso))
                cl.extra.append((start, c.end, "name"))
                claimed.update(range(start, c.end))
                c.kind = None
                continue
            _people_of_place(doc, c, B, composites, claimed, capitals)
            continue
        head, sector = agent
        if c.kind in ("country", "demonym") and (_stance(doc[c.start]) or _stance(doc[c.end - 1])):
            # "pro-Russian separatists", "Iranian-backed militias": the country is the one they side
            # with or are backed by, not theirs; theirs is where the phrase or its sentence puts them
            c.iso = _sided_country(doc, c, head, ctx)
        if c.kind in ("organization", "group"):
            own_iso, own_sector = _entry_code(c.entry, ctx.published)
            if c.entry is not None and own_iso in _INTERNATIONAL and sector not in (own_sector, "GOV"):
                # "UN peacekeepers", "NATO troops": the organisation's forces, not the organisation
                cl = composites.get(("entry", id(c.entry), sector), own_iso, sector, strip_the(c.entry.name))
                cl.extra.append((c.start, head + 1, "name"))
                claimed.update(range(c.start, head + 1))
                c.kind = None
                continue
            staff = _staff_kind(doc[head], sector)
            if staff is not None:
                # "a Kremlin spokesman", "White House officials": people who serve the body, whom the
                # annotators keep apart from it with its country and sector ("Taliban forces" stay the Taliban)
                iso, own = (own_iso, own_sector) if c.entry is not None else (c.iso, c.sector)
                body_name = norm(span_text(doc, c.start, c.end))
                if c.entry is None and body_name in US_PARTY_NAMES:
                    # "a Republican aide", "Democratic officials": a party's staff in Congress (LEG), its
                    # officials the party's (PTY) unless a word between tells their office ("state officials")
                    iso = "USA"
                    own = "LEG" if doc[head].lemma_.lower() == "aide" else "PTY" if head == c.end else None
                if iso in INTERGOVERNMENTAL and (own or sector) in ("GOV", "MIL"):
                    own = "IGO"  # who acts for an intergovernmental body has its sector (corpus guidelines)
                body = id(c.entry) if c.entry is not None else body_name
                cl = composites.get(("staff", body, doc[head].lemma_.lower(), staff), iso, own or sector, None)
                if cl.kind == "composite":
                    cl.kind, cl.name = staff, span_text(doc, c.start, head + 1)
                cl.extra.append((c.start, head + 1, "name"))
                claimed.update(range(c.start, head + 1))
                c.kind = None
                continue
            if c.entry is None and c.kind == "group":  # "Tamil refugees": Tamil refugees, not the Tamils
                c.sector = sector
                if not any(t.dep_ in ("cc", "conj", "punct") for t in doc[c.end:head]):
                    # named so ("Republican senators", "Kurdish fighters"), not by the adjective alone; not
                    # the first of conjoined adjectives ("Democratic and Republican leaders")
                    c.phrase = span_text(doc, c.start, head + 1)
            elif _party_people(doc, c, head, own_sector):
                # "GOP senators", "Labour MPs": a party's people, named so where the text never names the
                # party bare (:func:`newsgraph.actors._others.phrase_names`)
                c.phrase = span_text(doc, c.start, head + 1)
            c.end = head + 1  # "Taliban forces" is the Taliban
            claimed.update(range(c.start, c.end))
            continue
        last = doc[c.end - 1]
        coordinated = last.dep_ == "conj" or any(t.dep_ == "conj" for t in last.children)
        mixed = _mixed_start(doc, last, head, ctx.iso_at) if coordinated and sector != "MIL" and (
            doc[head].lemma_.lower() not in _SIDES) else None
        if mixed is not None:
            # "U.S. and Chinese officials", "Egyptian and Palestinian ministers": one group of several
            # states' people, of no one state, as the annotators code it (train 6 and dev 1 such groups
            # coded null, none with a country; docs/evaluation.md, "Session 42, country42"), not one
            # group per state with that state's country
            cl = composites.get(("mixed", mixed, head), None, sector, None)
            if cl.kind == "composite":
                cl.kind, cl.name = "group", span_text(doc, mixed, head + 1)
                cl.extra.append((mixed, head + 1, "name"))
                claimed.update(range(mixed, head + 1))
                for other in cands:  # the conjuncts are this group's words, no state's mentions
                    if mixed <= other.start < head:
                        other.kind = None
            continue
        end = c.end if coordinated else head + 1  # "US and British forces": each its own tokens
        # one person named by a country's or a US state's office or walk of life ("the British
        # ambassador", "an Iranian activist", "the New Jersey governor", "an Iowa voter") is the one of
        # those words, not the government or the civilians: "the Florida governor" is not "the New
        # Jersey governor"; a city's ("a Chicago lawyer") stays as before
        national = c.kind in ("country", "demonym") or c.iso == "USA" and _us_state(doc, c)
        own_kind = _people_noun(doc[head], sector, one_of=national)
        one = own_kind == "person" and doc[head].lemma_.lower() not in _ONE_PERSON
        if one and any(t.lower_ in _NOT_YET for t in doc[max(0, c.start - 2):head]):
            own_kind, one = None, False  # "Ohio's next governor": no one yet, the state's office as before
        if own_kind is not None:  # "Syrian officials", "a U.S. official": people, not the government
            which = norm(span_text(doc, c.start, end)) if one else doc[head].lemma_.lower()
            key = (c.iso, sector, which, own_kind)
            fresh = key not in composites.clusters
            cl = composites.get(key, c.iso, sector, None)
            if fresh:
                # stays a composite while the linking steps may give it to the person it describes
                # ("the South Carolina senator" after "Sen. Lindsey Graham"); otherwise a person
                cl.kind, cl.one_person = ("composite", True) if one else (own_kind, False)
                cl.name = f"{span_text(doc, c.start, c.end)} {doc[head].text}" if coordinated else span_text(doc, c.start, end)
        elif doc[head].lemma_.lower() in _MINISTRIES and not coordinated and c.iso:
            # "Russia's foreign ministry", "the French defence ministry": a ministry is a body of its own,
            # which the annotators keep apart from the government and the state (the corpus names each
            # "Russian Foreign Ministry", "French Defense Ministry", ...); one per country and name
            words = " ".join(t.text for t in doc[c.end:head + 1] if t.tag_ not in ("POS", "HYPH"))
            cl = composites.get((c.iso, sector, norm(words)), c.iso, sector, None)
            if cl.kind == "composite":  # "French Foreign Ministry" in the text's demonym, else "Russia Foreign Ministry"
                owner = span_text(doc, c.start, c.end) if c.kind == "demonym" else country_name(B, c.iso)
                cl.kind, cl.name = "organization", f"{owner} {words.title()}"
        else:
            new = (c.iso, sector) not in composites.clusters
            cl = composites.get((c.iso, sector), c.iso, sector, country_name(B, c.iso))
            if new and sector == "CVL" and c.kind == "demonym" and not coordinated \
                    and doc[head].lemma_.lower() in _PUBLIC_NOUNS \
                    and (doc[head].tag_ == "NNS" or doc[head].lemma_.lower() in _MASS_PUBLIC):
                # "the Iranian people", "Egyptian citizens", "Israeli civilians": the people in the
                # text's words, as the annotators name them (not "Iran civilians"), as for "Iranians"
                cl.name = span_text(doc, c.start, end)
        cl.extra.append((c.start, end, "name"))
        claimed.update(range(c.start, end))
        c.kind = None  # the demonym is part of the composite's mention, not a mention of the country
    _seats_of_government(B, cands, capitals, composites)
    _one_people(composites)
    _bare_capitals(doc, B, composites)
    return [c for c in cands if c.kind is not None], composites


# Nouns of a side's own party to talks, left one group per state as each state's forces are ("the Israeli
# and Palestinian delegations"): the annotators code them so on dev and as one group on train, once each.
_SIDES = frozenset({"delegation", "negotiator", "team"})


def _mixed_start(doc, last, head: int, iso_at: dict[int, str]) -> int | None:
    """The first token of a coordination of two or more states' names or demonyms before an agent noun
    ("U.S. and Chinese officials", "the Egyptian, Jordanian and Palestinian ministers"), seen from one of
    its conjuncts ``last``; None where the conjuncts name one state or fewer than two."""
    first = first_conjunct(last)
    conjuncts = [first, *first.conjuncts]
    if any(t.i >= head for t in conjuncts):
        return None
    found = {iso_at.get(t.i) for t in conjuncts}
    if None in found or len(found) < 2:
        return None
    return first.left_edge.i


class _Either:
    """A token index is in it when it is in any of the sets: their union as they are at the time of asking."""

    __slots__ = ("sets",)

    def __init__(self, *sets: set[int]) -> None:
        self.sets = sets

    def __contains__(self, i: object) -> bool:
        return any(i in s for s in self.sets)


def _office_department(doc, c: Cand) -> bool:
    """An unknown body named bare right after an office noun and "of" ("the new deputy secretary of State",
    "his service as Secretary of Defense", "minister of Finance"): the department's word of an office's
    title, which no holder's name follows to take it in (``Title.window``), is no body of its own. A body
    the dictionaries know ("the secretary-general of NATO") or one with its article ("secretary of the
    Communist Party") is a body."""
    if c.start < 2 or doc[c.start - 1].lower_ != "of":
        return False
    return doc[c.start - 2].lower_ in _OFFICE_NOUNS


def _one_people(composites: Composites) -> None:
    """A people the text names both as a side ("the Israelis") and by its bare plural ("Israelis") is one
    actor: the side, where the text names the people by their plural alone; its civilians, where a noun
    of theirs names them too ("Israeli civilians", "residents of Haifa")."""
    for key in [k for k in composites.clusters if isinstance(k, tuple) and k[1:] == ("side",)]:
        people = composites.clusters.get((key[0], "CVL"))
        if people is None:
            continue
        side = composites.clusters[key]
        if all(kind == "demonym" for _s, _e, kind in people.extra):
            side.extra.extend(people.extra)
            del composites.clusters[(key[0], "CVL")]
        else:
            people.extra.extend(side.extra)
            del composites.clusters[key]


def _bare_capitals(doc, B: Bundled, composites: Composites) -> None:
    """A country's composite that holds only its capital ("Jerusalem", "Washington") where the text names
    one of its people by an office or a walk of life ("the Israeli ambassador", "an American voter") is
    no actor: the people's words went to the one person (``Cluster.one_person``), and the capital alone,
    which read with those words made the government, is a place the annotators list no actor for (corpus
    train and dev: one junk actor fewer each). The capital's tokens stay claimed: no other step makes it
    the country."""
    split = {(cl.iso, cl.sector) for cl in composites.clusters.values() if cl.one_person}
    for key in [k for k in composites.clusters if k in split]:
        cl = composites.clusters[key]
        if cl.kind == "composite" and cl.extra and all(
                norm(span_text(doc, s, e)) in B.capitals for s, e, _kind in cl.extra):
            del composites.clusters[key]


def _allies(doc, c: Cand, blocked: Container[int]) -> int | None:
    """The index of 'allies' when a state's or an alliance's name modifies it ('U.S. allies', 'America's
    European allies', 'NATO allies'); the annotators code them as a group of governments (GOV) of no
    one country."""
    if c.kind not in ("country", "demonym", "organization"):
        return None
    last = doc[c.end - 1]
    head = last.head
    if last.dep_ not in ("compound", "amod", "poss", "nmod") or not 0 <= head.i - c.end <= 2:
        return None
    if head.lower_ != "allies" or head.i in blocked or any(
            t.pos_ not in ("ADJ", "PART") and t.tag_ not in ("POS",) for t in doc[c.end:head.i]):
        return None
    return head.i


def _us_state(doc, c: Cand) -> bool:
    """Whether the name is a US state's ("New Jersey", "Kansas's")."""
    words = [t.text for t in doc[c.start:c.end] if t.tag_ != "POS"]
    return norm(" ".join(words)) in US_STATES


def _people_noun(head, sector: str, *, one_of: bool = False) -> str | None:
    """'group' for a plural noun of people a country name modifies ("Syrian officials", "Chinese
    leaders", "Iranian lawmakers"), 'person' for one unnamed official ("a U.S. official"), else None
    (a body: "the Afghan government"; the armed forces: "U.S. troops", "Israeli warplanes"). The
    annotators keep such people apart from the body they serve: "Syrian officials" are not the
    Syrian government, nor Syria."""
    lemma = head.lemma_.lower()
    if head.tag_ in ("NNS", "NNPS"):
        if lemma in _NOT_PEOPLE or (sector == "MIL" and lemma not in _MIL_PEOPLE):
            return None
        return "group"
    if head.tag_ == "NN" and (lemma in _ONE_PERSON or one_of and (
            lemma in _ONE_OF_PEOPLE or is_title_head(lemma) and lemma not in _HEADS_OF_STATE)):
        return "person"
    return None


def _staff_kind(head, sector: str) -> str | None:
    """'person' or 'group' for the nouns of people who serve a body a name modifies ("a Kremlin
    spokesman", "a State Department official", "Pentagon officials"), else None. Only the nouns of one
    official's post: other nouns after a body's name ("Taliban fighters", "Hamas forces") are the body."""
    if head.lemma_.lower() not in _ONE_PERSON:
        return None
    return _people_noun(head, sector)


def _sided_country(doc, c: Cand, head: int, ctx: Context) -> str | None:
    """The country of a group named by the country it sides with ("pro-Russian separatists in eastern
    Ukraine"): a different one its phrase places it in, else the one its sentence names most (never the
    country it sides with), else None."""
    for prep in doc[head].rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "inside", "from"):
            for pobj in prep.children:
                for i in range(pobj.left_edge.i, pobj.i + 1):
                    if pobj.dep_ == "pobj" and ctx.iso_at.get(i) and ctx.iso_at[i] != c.iso:
                        return ctx.iso_at[i]
    return context_country(c.start, ctx.sent_index, ctx.iso_mentions, exclude=c.iso)


def _party_people(doc, c: Cand, head: int, own_sector: str | None) -> bool:
    """A party's name (a dictionary entry coded PTY) that a plural agent noun after it extends ("GOP
    senators", "Republican Party leaders", "GOP presidential candidates", "Labour MPs"): the party's people,
    as the annotators name them, not the party; a singular noun ("GOP leadership", "a GOP insurgency") and
    the first of conjoined names ("GOP and Democratic leaders") are left as before."""
    return (c.entry is not None and own_sector == "PTY" and plural_noun(doc[head])
            and not any(t.dep_ in ("cc", "conj", "punct") for t in doc[c.end:head]))


def _entry_code(entry: Entry | None, published: dt.date | None) -> tuple[str | None, str | None]:
    if entry is None or not entry.codes:
        return None, None
    return split_code(entry.code_on(published) or entry.codes[-1][0])


def _minority_country(doc, c: Cand, ctx: Context) -> str | None:
    """The country an ethnic group lives in when the text says so: 'Albanians of southern Serbia',
    'ethnic Albanians' in a text about another country (the PLOVER gold convention)."""
    iso_at = ctx.iso_at
    last = doc[c.end - 1]
    for prep in last.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "inside", "throughout"):
            for pobj in prep.children:
                for i in range(pobj.left_edge.i, pobj.i + 1):
                    if pobj.dep_ == "pobj" and iso_at.get(i) and iso_at[i] != c.iso:
                        return iso_at[i]
    if any(t.lower_ == "ethnic" for t in doc[max(c.start - 2, 0):c.start]):
        return context_country(c.start, ctx.sent_index, ctx.iso_mentions, exclude=c.iso)
    return None


def _agent_head(doc, c: Cand, agents: dict[str, str], blocked: Container[int]) -> tuple[int, str] | None:
    """The agent noun a country or group name modifies and its sector: 'Afghan government', 'Taliban forces'."""
    toks = tokens(doc)  # the shared list: indexing or slicing the Doc makes new Tokens (and a Span)
    last = toks[c.end - 1]
    dep, head = last.dep_, last.head
    # "US and British forces", "Hungarian and Romanian officials": a coordinated modifier
    while dep == "conj" and head.i < last.i:
        dep, head = head.dep_, head.head
    span = 4 if dep == "poss" else 2  # "Taiwan's Vice Foreign Minister"
    if dep not in ("amod", "compound", "nmod", "poss") or head.i < c.end or head.i - c.end > span:
        return None
    if head.pos_ not in ("NOUN", "PROPN") or head.i in blocked:
        return None
    if head.dep_ == "compound" and (head.head.i in blocked or head.head.ent_type_ == "PERSON"):
        return None
    between = range(c.end, head.i)
    if any(toks[i].i in blocked or toks[i].pos_ not in ("ADJ", "NOUN", "VERB", "CCONJ")
           and toks[i].tag_ not in ("POS", "HYPH") and not (dep == "poss" and toks[i].pos_ == "PROPN"
                                                          and not toks[i].ent_type_)
           or toks[i].ent_type_ == "PERSON" for i in between):
        return None
    words = [t.lower_ for t in toks[c.end:head.i + 1] if t.tag_ not in ("POS", "HYPH", "CC")]
    sector = agents.get(" ".join(words[-2:])) if len(words) > 1 else None
    sector = sector or agents.get(head.lower_) or agents.get(head.lemma_.lower())
    if sector is None and head.lemma_.lower() not in _THING_NOUNS and head.lower_ not in _THING_NOUNS:
        # "opposition candidates", "rebel commanders": the modifier tells the sector of people the
        # noun names; an act, a thing or a place it names is no actor ("U.S. military aid", "the
        # Syrian refugee crisis", "Russian government bonds"), and the name stays the country's
        sector = next((agents[w] for w in words[:-1] if w in agents), None)
    if sector is None and c.kind == "demonym" and head.lemma_.lower() in _CIVILIAN_NOUNS:
        sector = "CVL"  # "Palestinian homes", "a Palestinian prisoner": the people, civilians
    if head.lower_ in PLACE_NOUNS:
        return None  # "Israeli settlements", "army barracks": places, and the name stays the country's
    if sector != "MIL" and head.lemma_.lower() in _CRAFT:
        # "an Iranian tanker", "a Ukrainian airliner": a civil craft is a thing, not its owners nor its
        # passengers, and the name stays the country's ("seized an Iranian tanker" is done to Iran);
        # a warship or a warplane stands for the armed forces ("Israeli warplanes struck")
        return None
    return (head.i, sector) if sector else None


def _located_group(doc, c: Cand, agents: dict[str, str], blocked: Container[int]) -> tuple[int, str] | None:
    """The group noun a country or place locates: 'rebels in Darfur' -> (index of 'rebels', REB)."""
    last = doc[c.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in _LOCATING_PREPS or prep.dep_ != "prep":
        return None
    noun = prep.head
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ == "NNP" and noun.lower_.endswith("s")  # "Rebels in"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ or not plural or noun.i in blocked or noun.i > c.start:
        return None
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.lower_]
    sector = agents.get(" ".join(words[-2:])) if len(words) > 1 else None
    sector = sector or agents.get(noun.lower_)
    if sector is None and noun.lemma_.lower() not in _THING_NOUNS:  # "refugee camps in X": a place, no group
        sector = next((agents[w] for w in words[:-1] if w in agents), None)
    if sector is None or sector in ("GOV", "CVL"):  # "officials in Kabul" are the government of the place's country
        return None
    start = min([t.i for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.i])
    return start, sector


def _people_of_place(doc, c: Cand, B: Bundled, composites: Composites, claimed: set[int],
                     capitals: list[Cand]) -> None:
    """A capital or city, or a plural demonym, as an actor (the PLOVER gold convention): a capital
    that is a subject or object stands for the government ("Moscow rejected"; ``capitals``, placed by
    :func:`_seats_of_government`), any other place for its people ("clashes in Baghdad"); "Nigerians"
    are Nigerian civilians, named "Nigerians"."""
    last = doc[c.end - 1]
    if c.kind == "demonym":
        if last.tag_ in ("NNS", "NNPS") and last.dep_ not in ("compound", "amod", "poss", "nmod"):
            if _side_of_state(doc, c):
                # "the Palestinians", "the Israelis": a party to talks or a conflict, the people as a
                # side, which the annotators code with its country and no sector, not as civilians
                cl = composites.get((c.iso, "side"), c.iso, "CVL", None)
                cl.kind, cl.sector, cl.name = "group", None, span_text(doc, c.start, c.end)
            else:
                new = (c.iso, "CVL") not in composites.clusters
                cl = composites.get((c.iso, "CVL"), c.iso, "CVL", country_name(B, c.iso))
                if new:
                    # the people by their own plural ("Americans", "Iranians"), as the annotators name
                    # them (corpus guidelines, section 1: a generic actor keeps the text's words), not
                    # "United States civilians"; a noun of theirs named first ("Israeli civilians")
                    # keeps the country's name
                    cl.name = span_text(doc, c.start, c.end)
            cl.extra.append((c.start, c.end, "demonym"))
            claimed.update(range(c.start, c.end))
            c.kind = None
        return
    if c.kind != "place":
        return
    dep = last.dep_
    if dep == "conj":
        dep = last.head.dep_
    # a later conjunct hangs on the first, whose head is the preposition: "talks with Tehran and Moscow" makes
    # both capitals parties (train: 2 capitals, one a duplicate of its country, one junk; dev 2 duplicates)
    first = first_conjunct(last)
    argument = dep == "pobj" and (first.head.dep_ == "agent" or first.head.lower_ in _ARGUMENT_PREPS)
    # "talks between Washington and Beijing", "between Pyongyang, Seoul, and Washington": each capital
    # a party, whichever conjunct it is (train: 22 annotated as the country, 2 not annotated)
    argument = argument or first.dep_ == "pobj" and first.head.lower_ == "between"
    if norm(c.text) in B.capitals and _called_capital(doc, c) is not False and (
            dep in _SUBJ_OBJ or argument or _called_capital(doc, c) or _diplomatic_seat(last)):
        capitals.append(c)
        claimed.update(range(c.start, c.end))
        return
    name = strip_the(c.text)
    # a US state that acts or is acted upon stands for its government ("Texas sued", "a ruling
    # against Ohio"), which the annotators code GOV (corpus/GUIDELINES.md, section 1); a city or a
    # province elsewhere is its people ("militants shelled Juba")
    state = c.iso == "USA" and _us_state(doc, c) and norm(c.text) not in B.capitals  # not "Washington"
    cl = composites.get(("place", norm(c.text)), c.iso, "GOV" if state else "CVL", name)
    cl.name = name
    cl.kind = "place"
    cl.extra.append((c.start, c.end, "name"))
    claimed.update(range(c.start, c.end))
    c.kind = None


def _seats_of_government(B: Bundled, cands: list[Cand], capitals: list[Cand], composites: Composites) -> None:
    """Each capital that stands for its government ("Moscow rejected", "talks with Beijing"): a mention of
    its country where the text names the country too ("Russia", "Russian"), as the annotators code a seat
    of government (corpus train: 328 capitals of a country's entry, 6 of a government's, 180 of the 328
    where the text's government is an entry of its own); else the government's composite, the one record
    the PLOVER gold codes it as ("RUSGOV"). Made apart from the country, the capital's government was a
    second record of one identity (train: 95 duplicates fewer)."""
    if not capitals:
        return
    named = {c.iso for c in cands if c.kind in ("country", "demonym") and c.iso}
    for c in capitals:
        if c.iso in named:
            c.kind = "country"
            continue
        composites.get((c.iso, "GOV"), c.iso, "GOV", country_name(B, c.iso)).extra.append((c.start, c.end, "name"))
        c.kind = None


def state_body_name(B: Bundled, iso: str | None, sector: str | None) -> str | None:
    """The name the composites give a state's body of a sector ("Syria government", "United States military"),
    in no document's words; None for no state or no such sector."""
    if iso is None or sector not in SECTOR_LABELS:
        return None
    return f"{country_name(B, iso)} {SECTOR_LABELS[sector]}"


def worded_names(doc, clusters: list[Cluster], B: Bundled) -> dict[str, str]:
    """id -> a name for each state's body still named "<country> <label>" (:func:`state_body_name`), in the
    text's word for the state: that of its first mention made of the state's word and a body's noun, with the
    sector's label ("the Syrian government" and "the Syrian regime": "Syrian government"; "U.S. troops": "U.S.
    military"); for a possessive, a capital or a city, the adjective the text writes for the state elsewhere
    ("Iraq's army" in a story that writes "Iraqi": "Iraqi military"). The annotators name a state's body so
    (train: 40 names more right, none less; dev 19 and none); the noun as written ("Syrian regime", "U.S.
    troops") names more as they do (train 67, dev 24) but gives one body of one state a name per wording, and
    the store joins the records of documents by their names (docs/evaluation.md, "Session 44, country44").
    Given after the actor filters, whose learned part reads the words of the name the composites give
    (:func:`newsgraph.actors._others.name_by_phrase`)."""
    bodies = [cl for cl in clusters if cl.extra and cl.name is not None and cl.name == state_body_name(B, cl.iso, cl.sector)]
    if not bodies:
        return {}
    adjectives: dict[str, str] = {}  # the state -> the first adjective the text writes for it ("Iraqi officials")
    for cl in clusters:
        for s, e, k in cl.extra:
            if k in ("name", "demonym"):
                start = s + (doc[s].lower_ == "the")
                for n in (2, 1):
                    if start + n <= e and (iso := _adjective_of(B, span_text(doc, start, start + n))) is not None:
                        adjectives.setdefault(iso, span_text(doc, start, start + n))
                        break
    out: dict[str, str] = {}
    for cl in bodies:
        for s, e, k in sorted(cl.extra):
            word = _state_word(doc, s, e, cl.iso, B, adjectives) if k == "name" else None
            if word is not None:
                out[cl.id] = f"{word} {SECTOR_LABELS[cl.sector or '']}"
                break
    return out


def _adjective_of(B: Bundled, text: str) -> str | None:
    """The state a demonym in the singular names ("Iraqi", "South Korean"), else None ("Iraqis", "Iraq")."""
    key = norm(text)
    return None if key.endswith("s") else B.demonyms.get(key)


def _state_word(doc, start: int, end: int, iso: str | None, B: Bundled, adjectives: dict[str, str]) -> str | None:
    """The state's word of a mention (tokens [start, end)) that is that word and a body's or group's noun
    ("the Syrian government", "U.S. troops", "Russia's forces"), as :func:`worded_names` names it; None for
    any other mention ("Damascus", "a Syrian official") and for a possessive, capital or city whose state's
    adjective the text never writes (``adjectives``)."""
    toks = [t for t in doc[start:end] if t.lower_ not in ("the", "a", "an")]
    if iso is None or len(toks) < 2:
        return None
    head, words = toks[-1], toks[:-1]
    if not (head.tag_ in ("NNS", "NNPS") and head.lower_ not in THING_NOUNS or head.lemma_.lower() in _COLLECTIVE):
        return None
    possessive = words[-1].tag_ == "POS"
    if possessive:
        words = words[:-1]
    key = norm(" ".join(t.text for t in words))
    if not possessive and (B.demonyms.get(key) == iso or B.countries.get(key) == iso and key not in B.places):
        return span_text(doc, words[0].i, words[-1].i + 1)  # "Syrian", "U.S."
    if iso in (B.countries.get(key), B.places.get(key)):
        return adjectives.get(iso)  # "Iraq's", "Damascus", "Baghdad's"
    return None


def _side_of_state(doc, c: Cand) -> bool:
    """Whether a plural demonym follows its own "the" and nothing else ("the Palestinians", "the North
    Koreans"): the people as one side, not a number of them ("four Palestinians", "Palestinians") nor a
    part a phrase after it places or tells ("the Albanians of southern Serbia", "the Americans killed")."""
    det = doc[c.start - 1] if c.start > 0 else None
    last = doc[c.end - 1]
    return det is not None and det.lower_ == "the" and det.head.i == last.i and not any(
        t.dep_ in ("prep", "acl", "relcl") for t in last.rights)


def _called_capital(doc, c: Cand) -> bool | None:
    """Whether the text itself names the place as the seat of government: 'the capital Kabul', 'the
    capital city of Algiers' (True); 'the southern regional capital Juba' (False: a province's seat,
    its people); None when the text does not say."""
    last = doc[c.end - 1]
    noun = None
    if last.dep_ == "appos" or last.dep_ == "compound" and last.head.lower_ == "capital":
        noun = last.head
    elif last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lower_ in ("capital", "city"):
        noun = last.head.head
    elif c.start >= 1 and doc[c.start - 1].lower_ == "capital":  # "the capital Kabul"
        noun = doc[c.start - 1]
    if noun is None or noun.lower_ not in ("capital", "city"):
        return None
    words = {t.lower_ for t in noun.subtree if t.i < noun.i} | {noun.lower_}
    if noun.lower_ == "city":
        if "capital" not in words:
            return None
        words |= {t.lower_ for t in noun.lefts}
    return not (words & _SUB_NATIONAL)


def _diplomatic_seat(last) -> bool:
    """'an embassy in Tehran', 'ambassador to Moscow': the capital as the government hosting a mission."""
    if last.dep_ != "pobj" or last.head.lower_ not in ("in", "to"):
        return False
    host = last.head.head  # "opened an embassy in Hanoi": the phrase may hang on the verb
    return host.lower_ in _DIPLOMATIC or host.pos_ in ("VERB", "AUX") and any(
        ch.dep_ in ("dobj", "obj") and ch.lower_ in _DIPLOMATIC for ch in host.children)


def former_members(cl: Cluster, doc) -> None:
    """A group of officeholders every mention of which follows "former" ("former Syrian officials",
    "former Roe aides") has left office: elites (ELI), as the guidelines code former officials; the
    word stands outside the mention, which names the body they served."""
    starts = [c.start for c in cl.cands] + [s for s, _e, k in cl.extra if k == "name"]
    if cl.kind != "group" or cl.sector not in STATE_SECTORS or not starts:
        return
    if all(s > 0 and doc[s - 1].lower_ in ("former", "ex") for s in starts):
        cl.sector = "ELI"
        cl.code = code_of(cl.iso, "ELI")
