"""Persons: step 2 of resolving actors groups full names, surnames and misspellings into one cluster
per person with the titles the text gives them; step 5 codes each person (dictionary entry, office,
country, sector)."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from importlib import resources

from ._agents import actor_context, context_country, names_a_country
from ._cluster import Cluster, Context
from ._coding import (CHAMBER_WORDS, EXPERT_NOUNS, FORMER, INTERGOVERNMENTAL, OTHER_PARTY_WORDS, PRIVATE_SECTORS,
                      TITLE_ABBREVIATIONS, STATE_SECTORS, TRANSNATIONAL_PREFIX, US_PARTY_NAMES,
                      code_of, edit_distance, iso_country, read_title)
from ._coding import PUBLIC_LAW
from ._dictionaries import Entry, bundled, norm, split_code
from ..roles._offices import kb_held, kb_titles
from ..roles._titles import NAME_SUFFIXES
from ._mentions import Cand
from .._us_states import ABBREVIATIONS as US_STATES
from ..nlp import clause_verb, doc_text, first_conjunct, lowers, root_of, span_root, span_text, tokens

__all__ = ["cluster_people", "code_person", "fuzzy_person", "party_state", "principal_countries"]

_FEMALE = {"mrs", "ms", "madam", "queen", "congresswoman", "spokeswoman", "chairwoman", "princess",
           "duchess", "lady", "businesswoman", "empress"}
_MALE = {"mr", "king", "congressman", "spokesman", "chairman", "prince", "duke", "sir", "lord", "emperor",
         "businessman"}


def cluster_people(ctx: Context, cands: list[Cand]) -> list[Cluster]:
    """One cluster per person, longest names first, with the titles and the gender the text gives."""
    doc = ctx.doc
    low = lowers(doc)  # the shared lower-case words: a Doc's slice makes new Tokens, a Token's lower_ reads the string store
    people: list[Cluster] = []
    persons = [c for c in cands if c.kind == "person"]
    titled: dict[str, set[str]] = {}  # a bare surname -> the words before it: "president", "prime minister"
    for c in persons:
        if len(c.text.split()) == 1:
            before = [w.strip(".") for w in low[max(c.start - 2, 0):c.start]]
            titled.setdefault(norm(c.text), set()).update({" ".join(before[k:]) for k in range(len(before))})
    # each cluster's names as Cluster.words() reads them, kept as the names join it: the search below
    # compares every name with every cluster's names, which would split and normalise them each time
    said: dict[int, list[list[str]]] = {}
    holders: dict[str, list[Entry]] = {}  # a surname's officeholders on the day, asked again at each mention
    for c in sorted(persons, key=lambda c: (-len(norm(c.text).split()), c.start)):
        words = norm(c.text).split()
        target = _officeholder_cluster(people, words, doc, c.start, ctx.published, titled, said, holders)
        if target is None:
            target = _find_person(people, words, c.start, said)
        if target is None:
            target = Cluster("person")
            people.append(target)
        target.cands.append(c)
        said.setdefault(id(target), []).append(words)
    for cl in people:
        cl.cands.sort(key=lambda c: c.start)
        for c in cl.cands:
            title = read_title(doc, c.start, c.end, ctx.bundled, ctx.lookup_entry, ctx.claimed)
            if title.sector or title.heads or title.country or title.org_code:
                cl.titles.append(title)
            for w in low[max(c.start - 3, 0):c.start]:
                w = w.strip(".")
                cl.gender = cl.gender or ("F" if w in _FEMALE else "M" if w in _MALE else None)
    return people


_NAME_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def _hyphen(tok) -> bool:
    return tok.tag_ == "HYPH" or tok.text == "-"


def _demonym_before(cl: Cluster, ctx: Context) -> str | None:
    """The country of a demonym that modifies the person's name within its own noun phrase: "British
    aid worker Jay Roe", "American pastor Jay Roe", "Palestinian Jay Roe". A hyphenated one
    ("Iranian-American", "pro-Russian", "U.S.-backed") and a country's name ("Russia expert Jay Roe":
    the subject of their work) say no nationality."""
    doc, B = ctx.doc, ctx.bundled
    toks = tokens(doc)  # the shared token list: indexing the Doc makes a new Token each time
    for c in cl.cands:
        root = root_of(doc, c.start, c.end)
        i = c.start - 1
        sent_start = toks[c.start].sent.start
        while i >= sent_start and toks[i].dep_ in _NAME_MODIFIERS and not toks[i].is_punct:
            t = toks[i]
            head = t.head
            while head.dep_ in _NAME_MODIFIERS and head.i < c.start and head.head.i != head.i:
                head = head.head
            if not (c.start <= head.i < c.end or head.i == root.i):
                break
            # (the parser tags the hyphen of "pro-Russian" HYPH or, before a title, JJ: its text tells)
            hyphen = (i + 1 < len(doc) and _hyphen(toks[i + 1])) or (i > 0 and _hyphen(toks[i - 1]))
            iso = B.demonyms.get(norm(t.text))
            if iso and not hyphen and t.text[:1].isupper():
                return iso
            if _us_party(t.text) and not hyphen and _party_of_person(doc, i, c.start, B):
                return "USA"
            i -= 1
        appos = [t for t in root.rights if t.dep_ == "appos"]  # (the children after it: no Token for the others)
        if appos and _us_party(appos[0].text) and not any(
                t.dep_ in _NAME_MODIFIERS and t.text[:1].isupper() for t in appos[0].children):
            return "USA"  # "Jay Roe, a Democrat," or "Jay Roe, the Republican,"
    return None


def _place_after_name(cl: Cluster, ctx: Context) -> str | None:
    """The country of a place the text names right after the person's name with "of": "Jay Roe of
    Maryland", "Rep. Jay Roe of Ohio" (a member of Congress by state, as news names them), "Jay Roe
    of Lyon", "Jay Roe of Peru". Only a place's whole name: "Jay Roe of the Ohio River Foundation"
    names a body. News style also puts the age first and the home town after it, or "from": "Jay Roe,
    42, of Winchester, Mass.", "Jay Roe, from Gaza City" (a town and a US state's abbreviation:
    American), "Jay Roe, from Peru" (:func:`_home_country`)."""
    doc, B = ctx.doc, ctx.bundled
    for c in cl.cands:
        root = root_of(doc, c.start, c.end)
        for prep in root.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != c.end:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC"):
                    iso = _home_country(norm(span_text(doc, pobj.left_edge.i, pobj.i + 1)), B)
                    if iso:
                        return iso
        iso = _home_town(doc, c.end, B)
        if iso:
            return iso
    return None


# Participles that site a body or a person's work in a place: "a radio host based in Iowa".
_SITED = frozenset({"based", "headquartered", "located"})
# Prepositions whose object is a body a person works at or for: "a strategist at Acme Bank in Lyon".
_BODY_PREPS = frozenset({"of", "at", "with", "for"})
# Dependencies of a modifier that gives the person's title noun a nationality ("an American banker").
_NATIONALITY_DEPS = frozenset({"amod", "compound", "nmod"})


def _body_place(cl: Cluster, ctx: Context) -> str | None:
    """The country of the place where the person's own phrase sites the body they work at or their
    work: "Jay Roe, head of the Roe Institute in Moscow", "Jay Roe, a strategist at Acme Bank in Hong
    Kong", "Jay Roe of the Roe Group in London", "Jay Roe, a radio host based in Iowa". A body sited in
    a place is of its country, and so is who works there, whatever the country they talk about or the
    bank's home. A place that hangs on the title noun itself ("a refugee in France", "a correspondent
    in Beijing") says where they stay, not whose they are, and is left out; so is the whole phrase
    when a demonym or a country's name modifies its noun ("an American banker in Lyon": their
    nationality is told otherwise) or its places name two countries."""
    doc, B, iso_at = ctx.doc, ctx.bundled, ctx.iso_at
    found: set[str] = set()
    for top in _own_phrases(cl, doc):
        if top.dep_ == "appos" and any(m.dep_ in _NATIONALITY_DEPS and m.i in iso_at for m in top.lefts):
            return None
        for t in top.subtree:
            if t.dep_ != "pobj" or t.head.lower_ != "in":
                continue
            holder = t.head.head
            if not (holder.lower_ in _SITED or holder.dep_ == "pobj" and holder.pos_ in ("NOUN", "PROPN") and (
                    holder.head.lower_ in _BODY_PREPS)) or _in_clause(holder, top):
                continue
            span = range(t.left_edge.i, t.right_edge.i + 1)
            after = range(t.right_edge.i + 1, min(t.right_edge.i + 3, len(doc)))  # the parse may leave out ", R.I."
            if any(doc[i].text.endswith(".") and doc[i].text[:1].isupper() and norm(doc[i].text) in (
                    _US_STATE_ABBREVIATIONS) for i in [*span, *after]):
                found.add("USA")  # "in Newport, R.I.": a US town, whatever namesake abroad
                continue
            found |= {iso_at[i] for i in span if i in iso_at and not B.demonyms.get(norm(doc[i].text))}
    return found.pop() if len(found) == 1 else None


def _own_phrases(cl: Cluster, doc):
    """The apposition or the "of" / "at" / "for" phrase right after each of the person's names: where the
    text says whom they work for and where ("Jay Roe, head of ...", "Jay Roe of the Roe Group")."""
    for c in cl.cands:
        for top in span_root(doc, c.start, c.end).children:
            if top.i >= c.end and (top.dep_ == "appos" and top.pos_ in ("NOUN", "PROPN") or (
                    top.dep_ == "prep" and top.lower_ in _BODY_PREPS and top.i == c.end)):
                yield top


# Nouns of what an expert's or a staffer's "for" or "at" phrase names as their subject, not as a body
# they serve: "director of the Ruritanian Program at the Roe Institute".
_TOPIC_NOUNS = frozenset({"program", "programme", "desk", "studies", "affairs", "policy", "project", "initiative",
                          "relations", "issues", "section", "division", "unit", "service", "team", "office"})
_BODY_COUNTRY_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# Common nouns of a body whose country a modifier gives: a state's organs and outlets.
_BODY_NOUNS = frozenset({"ministry", "government", "army", "military", "navy", "embassy", "consulate", "parliament",
                         "newspaper", "paper", "daily", "magazine", "broadcaster", "agency", "channel", "television",
                         "radio", "network", "outlet", "site", "website", "department", "police", "mission",
                         "delegation", "cabinet", "court", "party", "company", "bank", "firm", "carrier", "airline"})


def _body_country(cl: Cluster, ctx: Context) -> str | None:
    """The country of the body the person's own phrase says they work for, where a country's name or a
    demonym modifies the body's name or noun: "Jay Roe, a spokesman for Ruritania's defence ministry",
    "Jay Roe, Washington correspondent for the Ruritanian Daily Review", "Jay Roe of the Ruritanian
    army". The body is whose they are, whatever country the sentence speaks of. A hyphenated modifier
    ("the U.S.-Ruritania Institute"), a body's unit or desk ("the Ruritania Program at the Roe
    Institute": what they work on) and a phrase naming two countries say nothing."""
    doc, B, iso_at = ctx.doc, ctx.bundled, ctx.iso_at
    found: set[str] = set()
    for top in _own_phrases(cl, doc):
        preps = [top] if top.dep_ == "prep" else [p for p in top.rights if p.dep_ == "prep" and (
            p.lower_ in _BODY_PREPS)]
        for prep in preps:
            for body in prep.children:
                if body.dep_ != "pobj" or body.pos_ not in ("NOUN", "PROPN") or body.lower_ in _TOPIC_NOUNS:
                    continue
                if body.pos_ == "NOUN" and body.ent_type_ not in ("ORG", "NORP"):
                    # a common noun names a body only as a state's organ or an outlet
                    if body.lemma_.lower() not in _BODY_NOUNS:
                        continue
                for m in body.lefts:
                    if m.dep_ not in _BODY_COUNTRY_DEPS:
                        continue
                    if any(_hyphen(doc[i]) for i in range(m.left_edge.i, body.i)):
                        continue
                    # the modifier itself names the country ("Ruritania's", "Ruritanian"), not a
                    # noun it modifies in turn ("a Ruritania advocacy group": what they argue for)
                    iso = iso_at.get(m.i) or (B.demonyms.get(norm(m.text)) if m.text[:1].isupper() else None)
                    if iso:
                        found.add(iso)
    return found.pop() if len(found) == 1 else None


def _in_clause(tok, top) -> bool:
    """Whether a verb other than a siting participle stands between ``tok`` and ``top`` above it: the
    place is then in a clause on what the person did ("a graduate who studied the forces in Iraq")."""
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lower_ not in _SITED:
            return True
    return False


# The AP abbreviations of the US states that news writes after a town ("Winchester, Mass.").
_US_STATE_ABBREVIATIONS = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla",
    "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "va", "vt", "wash", "wva", "wis", "wyo"})


def _home_town(doc, i: int, B) -> str | None:
    """The country of the home town in ", 42, of Winchester, Mass." or ", from Gaza City" starting at
    token ``i`` right after a person's name; None when no such phrase follows."""
    toks = tokens(doc)  # the shared token list: indexing the Doc makes a new Token each time
    if i >= len(toks) or toks[i].text != ",":
        return None  # (no comma after the name, whatever the sentence: most names)
    sent_end = toks[i - 1].sent.end if i > 0 else len(doc)
    if i >= sent_end:
        return None
    i += 1
    if i + 1 < sent_end and toks[i].like_num and toks[i + 1].text == ",":
        i += 2  # the age
    if i >= sent_end or toks[i].lower_ not in ("of", "from"):
        return None
    i += 1
    start = i
    while i < sent_end and toks[i].ent_type_ in ("GPE", "LOC") and (toks[i].is_title or toks[i].is_upper):
        i += 1
    if i == start or i < sent_end and toks[i].is_title and not toks[i].is_punct:
        return None  # no place, or a longer name ("of Ohio River Foundation")
    if i + 1 < sent_end and toks[i].text == "," and toks[i + 1].text.endswith(".") and toks[i + 1].text[:1].isupper() \
            and norm(toks[i + 1].text) in _US_STATE_ABBREVIATIONS:
        return "USA"
    return _home_country(norm(span_text(doc, start, i)), B)


def _home_country(key: str, B) -> str | None:
    """The country of the place a person is "of" or "from" by its name's key: a town, a province or a
    state's own name ("Jay Roe, from Gaza City", "Jay Roe of Peru"). The state's name is the text's own
    word for the person's country, where a later country of the sentence is only what they speak of or
    the next person's ("Ana Ruiz, from Chile, and Jay Roe, from Peru"; train 1 and dev 1 person placed as
    the annotators do, none against them: docs/evaluation.md, "Session 40, country40"). A US state's
    name that is also a state's ("of Georgia") is left to the person's title and sentence: the places
    table holds the states' towns, not their names, and "Rep. Jay Roe of Georgia" is no Georgian."""
    return B.places.get(key) or (None if key in US_STATES else B.countries.get(key))


def _us_party(word: str) -> bool:
    """Whether a capitalised word is a US party's name as a person's modifier ("Republican Sen. Jay
    Roe", "GOP chairwoman Jay Roe", "Democratic candidate Jay Roe") or appositive ("Jay Roe, a
    Democrat"): the person is American."""
    return word[:1].isupper() and word.lower() in US_PARTY_NAMES


def _party_of_person(doc, i: int, name_start: int, B) -> bool:
    """Whether the party word at token ``i`` modifies the person named from ``name_start`` on, not a
    longer party name: the next word is the name, a lower-case title or a title abbreviation."""
    if i > 0 and doc[i - 1].lower_ in OTHER_PARTY_WORDS:
        return False
    nxt = doc[i + 1]
    return nxt.i >= name_start or nxt.is_lower or nxt.lower_.strip(".") in TITLE_ABBREVIATIONS or (
        nxt.lower_ in B.agents)


def _party_named(cl: Cluster, ctx: Context) -> bool:
    """Whether a US party's name stands in the person's own phrase: a modifier ("Democrat Jay Roe",
    "Republican strategist Jay Roe"), an appositive ("Jay Roe, a Democrat", "Jay Roe, the Republican
    chairman") or its "of" phrase ("Jay Roe, the chairwoman of the Roe County GOP"); not a longer
    name ("Republican Guard", "Democratic Unionist") nor another country's party ("Social Democrat")."""
    doc, agents = ctx.doc, ctx.bundled.agents
    toks = tokens(doc)
    for c in cl.cands:
        root = root_of(doc, c.start, c.end)
        own = set(range(c.start, c.end))
        for i in _own_phrase(root, own):
            t = toks[i]
            if not _us_party(t.text) or i > 0 and toks[i - 1].lower_ in OTHER_PARTY_WORDS:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or i + 1 in own or nxt.is_punct or nxt.is_lower or nxt.lower_.strip(".") in (
                    TITLE_ABBREVIATIONS) or nxt.lower_ in agents or nxt.lower_ == "party":
                return True
    return False


_INITIAL = re.compile(r"^[A-Z]\.?$")


def _without_initials(text: str, ctx: Context) -> Entry | None:
    """The dictionary entry of a full name without its middle initials: "John R. Bolton" is the
    dictionary's John Bolton, "J. Christopher Stevens" its Christopher Stevens."""
    words = text.split()
    kept = [w for k, w in enumerate(words) if k == len(words) - 1 or not _INITIAL.match(w)]
    if len(kept) == len(words) or len(kept) < 2:
        return None
    return ctx.lookup_entry(" ".join(kept))


_JOINED_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z]\.)")


def _spaced_initials(text: str, ctx: Context) -> Entry | None:
    """The dictionary entry of a name whose initials the text writes together: "George H.W. Bush"
    is the dictionary's George H. W. Bush."""
    if "." not in text:
        return None  # (most names: the expression needs a stop, and the search costs more than this test)
    spaced = _JOINED_INITIALS.sub(r"\1. ", text)
    return ctx.lookup_entry(spaced) if spaced != text else None


def _short_first_name(text: str) -> Entry | None:
    """The one knowledge-base officeholder whose surname is the name's last word and whose first
    name the text shortens: "Chris Murphy" for Christopher Murphy, "Jerry Nadler" for Jerrold
    Nadler (the first name opens the entry's, or the two share four letters). A first name of
    another form ("Mike" for Michael) or two such namesakes give none."""
    words = norm(text).split()
    if len(words) != 2 or len(words[0]) < 3:
        return None
    first = words[0]
    found = [e for e in _surname_index().get(words[1], []) if any(
        (w := norm(n).split()) and len(w) > 1 and w[-1] == words[1] and w[0] != first and (
            w[0].startswith(first) or len(first) >= 4 and w[0][:4] == first[:4])
        for n in [e.name, *e.aliases])]
    return found[0] if len(found) == 1 else None


def _spelt_alike(words: list[str], other: list[str]) -> bool:
    """Whether two names of as many words differ only by misspellings: each word the other's, or, a word
    of five letters or more, one letter from it (two for long words, as :func:`_misspelling` allows) with
    the same first letter ("Joan" and "John" are two persons' names), and the surnames the same."""
    return len(words) == len(other) and words[-1] == other[-1] and words != other and all(
        a == b or len(a) >= 5 and a[:1] == b[:1] and edit_distance(a, b, 2) <= _misspelling(a, b)
        for a, b in zip(words, other))


def _misspelt_names(text: str) -> Entry | None:
    """The one knowledge-base person whose name the text's full name misspells before the surname:
    "Lindsay Graham", "Hilary Clinton", "Bashir al-Assad" (a letter off; two in a long word). Two such
    namesakes give none."""
    words = norm(text).split()
    if len(words) < 2:
        return None
    found = {id(e): e for e in _surname_index().get(words[-1], []) if e.kind in (None, "person") and any(
        _spelt_alike(words, norm(n).split()) for n in [e.name, *e.aliases])}
    return next(iter(found.values())) if len(found) == 1 else None


def _base_spelling(name: str, entry: Entry) -> str | None:
    """The entry's own name where the text's full name misspells it ("Lindsay Graham" of the base's Lindsey
    Graham); None where the text spells it, or an alias, or differs by accents alone ("Julian" for
    "Julián"), or the names are not spelt alike. An alias is no spelling to rename to: the text's
    "Viktor Yanukovich" is the annotators' name, a letter from the alias "Victor Yanukovich"."""
    words = _unaccented(norm(name)).split()
    if any(_unaccented(norm(n)).split() == words for n in [entry.name, *entry.aliases]):
        return None
    return entry.name if _spelt_alike(words, _unaccented(norm(entry.name)).split()) else None


@functools.lru_cache(maxsize=1)
def _common_names() -> dict[str, str]:
    """A legislators' entry name that is an official one -> the name the person goes by, from the source's
    nickname field ("Bernard Sanders" -> "Bernie Sanders"; ``scripts/build_dictionaries.py``)."""
    path = resources.files("newsgraph").joinpath("data", "actors", "common_names.json")
    return json.loads(path.read_text(encoding="utf-8"))


def common_name(name: str, entry: Entry) -> str:
    """The name a person joined to ``entry`` goes by where ``name`` is one of the entry's names and the
    entry's own is an official one: "Joseph R. Biden" (a surname alone takes the base's name), "Charles E.
    Schumer", "Sen. Bernard Sanders" -> "Joe Biden", "Chuck Schumer", "Bernie Sanders", as the annotators
    write them (train 5 right / 0 wrong). A name the entry does not hold ("Hunter Biden") stays."""
    common = _common_names().get(entry.name)
    if common is None or norm(name) not in {norm(n) for n in (entry.name, *entry.aliases)}:
        return name
    return common


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _same_ends(text: str) -> Entry | None:
    """The one knowledge-base officeholder whose name opens and ends with the two words of the text's
    name and has more between them: "Bashar Assad" is the base's Bashar al-Assad, "Ruth Ginsburg"
    its Ruth Bader Ginsburg (a source may hold the short form only as an alias of a body, "the Assad
    government"). Two such namesakes give none."""
    words = norm(text).split()
    if len(words) != 2:
        return None
    found = {id(e): e for e in _surname_index().get(words[1], []) if any(
        len(w := norm(n).split()) > 2 and w[0] == words[0] and w[-1] == words[1] for n in [e.name, *e.aliases])}
    return next(iter(found.values())) if len(found) == 1 else None


def _dated_person(entry: Entry, text: str) -> bool:
    """A Phoenix root the dictionary build could not type, with dated offices, matched by a name of
    two words or more that the text gives a person: that person ("Hassan Rouhani", "Susan Rice")."""
    return entry.kind == "organization" and len(text.split()) > 1 and any(c[1] or c[2] for c in entry.codes)


# "Jerry Nadler, D-N.Y.", "Sen. Rand Paul (R-Ky.)": the party and state of a US elected official. The
# tag may end the sentence, its state's abbreviation or a full stop closing it ("said Jay Roe, D-Texas.").
_PARTY_STATE = re.compile(
    r"^\s*[,(]\s*(?:D|R|I|Dem|Rep|Ind)\s*[-\u2013]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?:\s*[,)]|(?<=\.)(?=\s|$))")


def party_state(doc, end: int) -> str | None:
    """The US state of a party-state tag right after the name ending at token ``end``, else None."""
    toks = tokens(doc)  # the shared token list: indexing the Doc makes a new Token each time
    if end >= len(doc):
        return None
    start = toks[end - 1].idx + len(toks[end - 1])
    m = _PARTY_STATE.match(doc_text(doc)[start:start + 30])
    return m.group(1) if m else None


def fuzzy_person(key: str, pwords: set[str]) -> bool:
    if len(key) < 5:
        return False
    return any(w[:1] == key[:1] and edit_distance(key, w, 2) <= _misspelling(key, w)
               for w in pwords if len(w) >= 5)


def _misspelling(a: str, b: str) -> int:
    """How many edits a misspelt surname may be from the name it misspells: two only when both words
    are long ("Khalizad" for Khalilzad is one), since two edits turn a short name into another
    ("Franco" is two from "Francis")."""
    return 1 if min(len(a), len(b)) < 7 else 2


def _officeholder_cluster(people: list[Cluster], words: list[str], doc, start: int, published,
                          titled: dict[str, set[str]], said: dict[int, list[list[str]]] | None = None,
                          known: dict[str, list[Entry]] | None = None) -> Cluster | None:
    """The cluster of a bare surname that names the one person of the knowledge bases with that
    surname who holds a dated office on the publication day, where the text gives that office's title
    to the bare surname at least once ("President Trump" in 2018, in an article that names Melania
    Trump in full and the president only by title and surname): the cluster of that person's full
    name, else a new one. Not where the text names no namesake (the usual surname grouping then
    decides) or calls the person by a title of the other gender ("Mrs. Trump"). ``known`` keeps each
    surname's officeholders on the publication day for the document's next mention of it."""
    if len(words) != 1 or published is None:
        return None
    holders = known.get(words[0]) if known is not None else None
    if holders is None:
        day = published.isoformat()
        holders = [e for e in _surname_index().get(words[0], []) if any(
            _covers(s, e_, day) for _code, s, e_ in e.codes if s or e_)]
        if known is not None:
            known[words[0]] = holders
    if len(holders) != 1 or not set(holders[0].titles) & titled.get(words[0], set()):
        return None
    holder = holders[0]
    full = {norm(n).split()[0] for n in [holder.name, *holder.aliases] if len(n.split()) > 1}
    names = _names_of(said)
    namesakes = [cl for cl in people if any(len(ws) > 1 and ws[-1] == words[0] for ws in names(cl))]
    if not namesakes:
        return None
    for t in doc[max(start - 3, 0):start]:
        w = t.lower_.strip(".")
        if holder.gender and (w in _FEMALE and holder.gender == "M" or w in _MALE and holder.gender == "F"):
            return None
    for cl in namesakes:
        if any(len(ws) > 1 and ws[0] in full for ws in names(cl)):
            return cl
    for cl in people:
        if cl.entry is holder:
            return cl
    new = Cluster("person")
    new.entry = holder  # found again by the next bare surname; code_person looks the entry up anew
    people.append(new)
    return new


def _names_of(said: dict[int, list[list[str]]] | None):
    """``Cluster.words``, or the words ``cluster_people`` keeps of each cluster's names (``said``, by the
    cluster's id), which are the same lists."""
    if said is None:
        return Cluster.words
    return lambda cl: said.get(id(cl), [])


def _find_person(people: list[Cluster], words: list[str], start: int,
                 said: dict[int, list[list[str]]] | None = None) -> Cluster | None:
    if not words:
        return None
    names = _names_of(said)
    best = None
    n, first, last = len(words), words[0], words[-1]
    for cl in people:
        for ws in names(cl):
            if ws == words:
                return cl
            if n > 1:
                if len(ws) > 1:
                    if ws[-1] == last and (ws[0].startswith(first) or first.startswith(ws[0])) and (
                            _same_middle(ws[1:-1], words[1:-1])):
                        return cl
                    if len(ws) > n and ws[-n:] == words:  # "de Durand" of "Etienne de Durand"
                        return cl
            elif best is None and (ws[-1] == first or len(ws) > 1 and ws[0] == first):
                best = cl  # a one-word name: the first cluster it ends or begins a name of
    if best is not None or n > 1:
        return best
    w = words[0]
    for cl in people:  # a misspelt surname: "Khalizad" for Khalilzad
        for ws in names(cl):
            if len(w) >= 5 and ws[-1][:1] == w[:1] and edit_distance(w, ws[-1], 2) <= _misspelling(w, ws[-1]):
                return cl
    return None


def _initials(middle: list[str]) -> str:
    # "h w", "hw" (of "H.W.") and "herbert walker" all read "hw"
    return "".join(w if len(w) <= 2 else w[0] for w in middle)


def _same_middle(a: list[str], b: list[str]) -> bool:
    """Two full names with the same first and last names are one person unless both give middle names
    or initials and these differ: "George W. Bush" is not "George H. W. Bush" (a son named after his
    father differs by the middle name); a name without one ("George Bush") may be either."""
    return not a or not b or _initials(a) == _initials(b)


@functools.lru_cache(maxsize=1)
def _surname_index() -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for e in bundled().actors.entries:
        if e.kind == "person" and e.titles:
            words = norm(e.name).split()
            index.setdefault(words[-1], []).append(e)
            if len(words) > 2:  # "Ocasio-Cortez": a hyphenated surname is two words once normalised
                index.setdefault(" ".join(words[-2:]), []).append(e)
    return index


# Countries whose people's names put the family name first ("Xi Jinping" is "Xi" on second mention).
_FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "PRK", "KOR", "VNM"})


@functools.lru_cache(maxsize=1)
def _holder_index() -> dict[str, list[Entry]]:
    """The persons of the bases with a dated office, by surname: a name's last word (first word for
    a family-name-first country), from the name and each alias of two words or more."""
    index: dict[str, list[Entry]] = {}
    for e in bundled().actors.entries:
        if e.kind not in (None, "person") or not any(c[1] for c in e.codes):
            continue
        family_first = any(split_code(c[0])[0] in _FAMILY_FIRST for c in e.codes)
        keys: set[str] = set()
        for n in (e.name, *e.aliases):
            words = norm(n).split()
            if len(words) > 1 and words[-1] not in NAME_SUFFIXES:
                keys.add(words[0] if family_first else words[-1])
        for k in keys:
            index.setdefault(k, []).append(e)
    return index


def _covers(start: str | None, end: str | None, day: str) -> bool:
    """Whether a term of the bases (ISO dates, either end open when None) covers ``day``."""
    return (start or "") <= day and (end is None or day <= end)


def _office_country(entry: Entry, titled: str, day: str) -> str | None:
    """The one country whose office the bases date on ``day`` for a person whose title names another
    state, one none of their offices ever belonged to ("... talks with the U.S. Foreign Minister Jay Roe
    said" where a sentence break is lost): one person holds no office of two states, so the title's
    country word is about something else. None when the title's country is one
    of theirs (a president who is also a co-prince elsewhere, a premier who now heads an EU body), when
    it is an international body's (a national office the bases leave open-ended may have ended since
    the person joined it) or when the bases date no office, or several countries', on the day."""
    if titled in INTERGOVERNMENTAL or titled in TRANSNATIONAL_PREFIX:
        return None
    if any(split_code(c[0])[0] == titled for c in entry.codes):
        return None
    held = {split_code(code)[0] for code, start, end in entry.codes if (start or end) and _covers(start, end, day)}
    return held.pop() if len(held) == 1 else None


def _home_code(entry: Entry, published, named: str | None, heads: set[str],
               demonyms: dict[str, str]) -> str | None:
    """The entry's code on the day (``Entry.code_on``), chosen by evidence where the bases date offices
    of several states on it (a president who is also a co-prince of Andorra, a monarch of several
    realms), in this order: the country the text's own words give the person (``named``: a title's,
    a demonym's, a place's), the one whose office the text's title names among the knowledge base's
    terms on the day ("President Roe": the state he is president of), the one an office's title in the
    sources says the person is of ("French co-prince of Andorra": a Frenchman who holds an office of
    Andorra), and only then the bases' first."""
    return _home_of(entry, published, entry.code_on(published), named, heads, demonyms)


def _home_of(entry: Entry, published, code: str | None, named: str | None, heads: set[str],
             demonyms: dict[str, str]) -> str | None:
    """``code``, one of the entry's codes on the day, or the code of another state's office the bases
    date on it that the evidence of :func:`_home_code` chooses."""
    if code is None:
        return None
    day = published.isoformat() if published else None
    held = [c for c, start, end in entry.codes if (start or end) and (
        _covers(start, end, day) if day else end is None)]
    countries = [iso for iso in dict.fromkeys(split_code(c)[0] for c in held) if iso]
    if len(countries) < 2 or split_code(code)[0] not in countries:
        return code

    def of(iso: str) -> str:
        return next(c for c in held if split_code(c)[0] == iso)

    if named in countries:
        return of(named)
    if heads and published is not None:
        titled = {iso for key, iso in kb_held(entry.name, published)
                  if iso in countries and (key in heads or key.split()[-1] in heads)}
        if len(titled) == 1:
            return of(titled.pop())
    own: set[str] = set()
    for title, iso in kb_titles(entry.name):
        words = norm(title).split()
        own |= {d for w in words + [" ".join(p) for p in zip(words, words[1:])]
                if (d := demonyms.get(w)) in countries and d != iso}
    return of(own.pop()) if len(own) == 1 else code


def _dated_code(entry: Entry, day: str) -> str | None:
    """The code of the entry's first office with a start date that covers ``day`` (an ISO date)."""
    return next((c for c, s, end in entry.codes if s is not None and _covers(s, end, day)), None)


@functools.lru_cache(maxsize=8192)  # a surname and a day give one answer from the bundled bases
def _one_holder(surname: str, day: str) -> Entry | None:
    """The one person of :func:`_holder_index` of that surname whose dated office covers ``day``."""
    held = {id(e): e for e in _holder_index().get(surname, []) if _dated_code(e, day) is not None}
    return next(iter(held.values())) if len(held) == 1 else None


def leader_country(surname: str, day: str | None) -> str | None:
    """The country of the government a leader's surname names in "the Trump administration", "the
    Duterte government": that of the officeholders of the bases with that surname whose dated office
    covers the day, else of all of them; None where they are of several countries or there are none."""
    found = _holder_index().get(norm(surname), [])
    if day is not None:
        found = [e for e in found if _dated_code(e, day) is not None] or found
    countries = {split_code(c[0])[0] for e in found for c in e.codes if c[1]} - {None}
    return countries.pop() if len(countries) == 1 else None


# Words of a title that put the office in a legislature: "Senate Majority Leader", "House Democratic
# whip", "parliament member", "Knesset speaker" ("White House" is the executive's).
_LEGISLATURES = CHAMBER_WORDS | {"parliament", "legislative", "knesset", "duma", "bundestag"}
# Leaders and officers of a chamber or a party in it: the chamber's words or "Majority Leader" alone say so.
_CHAMBER_HEADS = frozenset({"leader", "whip", "member", "chairman", "chairwoman", "chair"})
_PARTY_WORDS = US_PARTY_NAMES | {"the"}


# Nouns of lawyers, whom the agent dictionary puts in the judiciary (CAMEO JUD); the words that make one
# a state's lawyer are ``_coding.PUBLIC_LAW``.
_LAWYERS = frozenset({"lawyer", "attorney", "defense attorney", "defense lawyer", "defence lawyer"})


def _private_lawyer(t) -> bool:
    """Whether a title names a lawyer in private practice ("Jay Roe, a lawyer", "Roe's personal
    attorney"), whom the agent dictionary puts in the judiciary; not a state's lawyer ("district
    attorney", "a Justice Department lawyer") nor one of a body the title names."""
    return t.sector == "JUD" and bool(t.heads) and t.heads[0] in _LAWYERS and t.org_code is None and not (
        {w.lower().strip(".") for w in t.text.replace("-", " ").split()} & PUBLIC_LAW)


# The title heads of the officers of bodies outside the state (PRIVATE_SECTORS).
_BODY_OFFICERS = frozenset({"president", "executive", "spokesman", "spokeswoman", "spokesperson", "director", "head",
                            "chairman", "chairwoman", "chair", "founder"})


# The words of a legislature's committee in a title.
_COMMITTEE_WORDS = frozenset({"committee", "committees", "subcommittee"})


# The title heads of a party's officers.
_PARTY_OFFICERS = _BODY_OFFICERS | {"leader", "chief", "secretary"}


def _title_sector(t, ctx: Context, org_sector: str | None = None) -> str | None:
    """The sector a title gives, with a legislature's officers as LEG: "Senate Majority Leader",
    "Majority Leader", "parliament member", "Representative X" or "the California representative"
    (a member of the House; a "special" or "trade" representative is an envoy, GOV). ``org_sector``
    is the sector of the body the title names, if any."""
    if org_sector in _ARMED_GROUPS and t.sector in ("GOV", "MIL"):
        # "Hamas leader Jay Roe", "a Taliban spokesman", "an AQAP commander": an armed group's
        # officers are of its sector, not a government's or an army's
        return org_sector
    if org_sector == "LEG" and t.sector != "LEG" and _COMMITTEE_WORDS & {
            w.lower().strip(".,") for w in t.text.replace("-", " ").split()}:
        # "House Intelligence Committee Chairman Jay Roe", "Judiciary Committee member": the subject
        # of a chamber's committee names no service of its own; its chairman and members are
        # legislators, not spies, soldiers or judges
        return "LEG"
    if org_sector in PRIVATE_SECTORS and t.sector == "GOV" and t.heads and t.heads[0].split()[-1] in _BODY_OFFICERS:
        # "Jay Roe, president of the Roe Research Council", a body a base codes SOC: a private body's
        # president, director or spokesman works in its sector, not a government's
        return org_sector
    if t.sector != "GOV" or not t.heads:
        return t.sector
    words = [w.lower().strip(".") for w in t.text.replace("-", " ").split()]
    head = t.heads[0].split()
    if org_sector == "PTY" and head[-1] in _PARTY_OFFICERS and not set(words) & _LEGISLATURES:
        # "Jay Roe, leader of the Roe Party", "the party's spokesman": a party's officer is the party's
        # (PTY), not a government's; an office of state the dictionary dates still wins
        return "PTY"
    if head[-2:] == ["attorney", "general"] and (
            {"deputy", "assistant"} & set(words) or _state_before(t, ctx, words[:-len(head)])):
        # a deputy or assistant attorney general prosecutes, and so does a state's ("New York Attorney
        # General Jay Roe", "Israel's attorney general"): the annotators' JUD; the cabinet's
        # Attorney General alone stays a minister (GOV)
        return "JUD"
    if "white" in words:
        return t.sector
    if (head[-1] in _CHAMBER_HEADS or words[-1] in _CHAMBER_HEADS) and (org_sector == "LEG" or set(words) & _LEGISLATURES
                                       or {"majority", "minority"} & set(words)):
        return "LEG"
    if head == ["representative"] and all(
            w in _PARTY_WORDS or w == "representative" or ctx.bundled.places.get(w) == "USA" for w in words):
        return "LEG"
    if head[-1] in _SPOKES:
        # "a Pentagon spokesman", "an army spokesman", "police spokeswoman": who speaks for a force or a
        # court works in its sector (the body's code, else a body's noun among the title's words)
        body = org_sector if org_sector in _FORCES else next(
            (sec for w in words[:-len(head)] if (sec := ctx.bundled.agents.get(w)) in _FORCES), None)
        if body is not None:
            return body
    return t.sector


def _state_before(t, ctx: Context, before: list[str]) -> bool:
    """Whether a state's or a country's name stands among or right before a title's words ``before``
    its head: "Florida Attorney General", "Israel's attorney general"."""
    B = ctx.bundled
    key = " ".join(w for w in before if w not in ("'s", "s"))
    if key and (B.places.get(key) or B.countries.get(key)):
        return True
    if t.window is None:
        return False
    doc = ctx.doc
    i = t.window[0] - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    if i < 0 or doc[i].ent_type_ != "GPE":
        return False
    j = i
    while j > 0 and doc[j - 1].ent_type_ == "GPE" and doc[j - 1].ent_iob_ != "O":
        j -= 1
    key = norm(span_text(doc, j, i + 1))
    return bool(B.places.get(key) or B.countries.get(key))


# Sectors of armed groups outside the state: rebels and paramilitaries.
_ARMED_GROUPS = frozenset({"REB", "PRM"})
# Who speaks for a body, and the bodies whose sector their speakers take (the annotators' MIL for
# "a Pentagon spokesman", COP for "a police spokeswoman").
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})
_FORCES = frozenset({"MIL", "COP", "SPY", "JUD"})
# Military ranks before a name ("Maj. Jay Roe", "Lt. Col. Jay Roe"): an officer who speaks or works
# for a government body is still a soldier.
_RANKS = frozenset({"maj", "major", "lt", "lieutenant", "col", "colonel", "capt", "captain", "cmdr", "commander",
                    "adm", "admiral", "gen", "general", "sgt", "sergeant", "brig", "cpl", "corporal", "ensign"})


def _rank_before(cl: Cluster, doc) -> bool:
    """Whether a military rank stands right before one of the person's names ("Maj. Jay Roe")."""
    toks = tokens(doc)  # the shared token list: indexing the Doc makes a new Token each time
    for c in cl.cands:
        i = c.start - 1
        sent_start = toks[c.start].sent.start
        while i >= sent_start and c.start - i <= 4 and (toks[i].text == "." or toks[i].is_title):
            if toks[i].text != "." and toks[i].lower_.rstrip(".") in _RANKS:
                return True
            i -= 1
    return False


# Title heads of a diplomat posted to a body: "U.N. Ambassador X" serves a state at the UN.
_POSTED = frozenset({"ambassador", "envoy", "representative", "delegate", "diplomat", "mission"})


def _posted_to_igo(title) -> bool:
    """A national diplomat at an intergovernmental body ("U.N. Ambassador", "ambassador to NATO"):
    the body is where the office is posted, neither the person's country nor their sector."""
    return split_code(title.org_code or "")[0] in INTERGOVERNMENTAL and any(
        h.split()[-1] in _POSTED for h in title.heads)


# Title words that only the US Congress gives ("Rep. Jay Roe", "Congresswoman Jay Roe").
_US_ONLY = frozenset({"rep", "reps", "congressman", "congresswoman", "congressmen", "congresswomen"})
# At most this many officeholders of one surname: a surname alone that all of them share with one
# country says that country; a common surname ("Smith", "Kim") says nothing.
_FEW_NAMESAKES = 3
# Sectors of the state's officeholders, whom their sentence's country places.
_STATE_SECTORS = STATE_SECTORS | {"OPP", "PTY"}


def code_person(cl: Cluster, ctx: Context, people: list[Cluster]) -> None:
    """A person's name, dictionary entry, country, sector and code, from the names and titles the
    text gives and the offices the dictionary knows on the publication date."""
    published = ctx.published
    longest = max(cl.cands, key=lambda c: (len(c.text.split()), -c.start))
    names = [c.text for c in cl.cands if len(c.text.split()) == len(longest.text.split())]
    name = max(names, key=names.count) if names else longest.text
    entry = None
    armed = None  # the armed group whose name or leader's name the bases hold this name as
    for c in sorted(cl.cands, key=lambda c: -len(c.text.split())):
        e = ctx.lookup_entry(c.text) or _spaced_initials(c.text, ctx) or _without_initials(c.text, ctx) or (
            _short_first_name(c.text)) or _misspelt_names(c.text)
        if armed is None and e is not None and e.kind not in (None, "person") and e.codes and len(
                c.text.split()) > 1 and split_code(e.codes[0][0])[1] in _ARMED_GROUPS:
            armed = e
        if e is not None and not (e.kind in (None, "person") or _dated_person(e, c.text)):
            e = _same_ends(c.text)  # the name is a body's alias in a source, and a person's in another
        elif e is None:
            e = _same_ends(c.text)
        if e is not None and (e.kind in (None, "person") or _dated_person(e, c.text)):
            entry = e
            break
    # the bases hold the person by a name of theirs the text writes in full, not by a surname alone
    by_name = entry is not None and len(name.split()) > 1
    if entry is not None and entry.codes and any(_US_ONLY & set(norm(t.text).split()) for t in cl.titles) and not any(
            split_code(code)[0] == "USA" for code, _s, _e in entry.codes):
        # "former Rep. Jay Roe": a title only the US Congress gives names an American, not the bases'
        # namesake who held offices only in another state ("Senator" is also the Philippines', Italy's...)
        entry = None
    heads = {h.split()[-1] for t in cl.titles for h in t.heads}
    namesakes: set[str] = set()  # the countries of the officeholders a surname alone may name
    if entry is None and len(name.split()) == 1:  # a surname alone ("Tester", "Ocasio-Cortez")
        found = _surname_index().get(norm(name), [])
        if len(found) <= _FEW_NAMESAKES:
            namesakes = {split_code(c[0])[0] or "" for e in found for c in e.codes}
        # "Mrs. Roe" is not the bases' Mr. Roe: an honorific or title of the other gender rules out a
        # namesake of that gender (a candidate the text names by the surname she shares with a former
        # president is not him); the namesakes' countries above still place a family's surname
        unlike = [e for e in found if cl.gender and e.gender and e.gender != cl.gender]
        found = [e for e in found if e not in unlike]
        active = [e for e in found if e.code_on(published) is not None and (published is not None)]
        titled = [e for e in active if heads & {t.split()[-1] for t in e.titles}]
        if len(titled) == 1:
            entry = titled[0]
        elif len(active) == 1 and not heads:
            entry = active[0]
        elif len(found) == 1 and not active:
            entry = found[0]
        elif not active and len(named := [e for e in found if heads & {t.split()[-1] for t in e.titles}]) == 1:
            entry = named[0]  # "President Bush" with no date: the namesake of that title
        if entry is None and not found and not unlike and published is not None:
            # "Mr. Barak", "President Xi": the one person of the bases whose dated office covers the
            # day and who bears that surname (a Chinese or Korean name's first word), of a country the
            # text names (a source's open-ended office may have ended since)
            holder = _one_holder(norm(name), published.isoformat())
            held = split_code(holder.code_on(published) or "")[0] if holder is not None else None
            if held and any(iso == held for _k, iso in ctx.iso_mentions):
                entry = holder
    cl.entry = entry
    cl.name = entry.name if (entry is not None and len(name.split()) == 1) else name
    if entry is not None and len(name.split()) > 1:
        cl.name = _base_spelling(name, entry) or name  # "Lindsay Graham": the base's Lindsey Graham
    if entry is not None:
        cl.name = common_name(cl.name, entry)
    cl.gender = cl.gender or (entry.gender if entry else None)
    iso = sector = None
    title_iso: str | None = None  # the country a title's own words give
    excluded: set[str] = set()
    us = False
    lawyer = False  # the sector is a private lawyer's title's (JUD in the agent dictionary)
    for t in cl.titles:
        if t.relative and entry is not None:
            continue  # a "who" clause's sector gives way to the bases' offices
        excluded |= t.excluded
        us = us or t.us_title
        if t.org_code and iso is None and not _posted_to_igo(t):
            iso, sector = split_code(t.org_code)
            sector = "ELI" if t.former else (_title_sector(t, ctx, sector) or sector)
        if t.country and iso is None:
            iso = title_iso = t.country
        if t.sector and sector is None:
            sector = "ELI" if t.former else _title_sector(t, ctx)
            lawyer = sector == "JUD" and _private_lawyer(t)
    if iso is None:
        iso = _demonym_before(cl, ctx)
    if iso is None:
        iso = _place_after_name(cl, ctx)
    if iso is None and entry is None:
        iso = _body_place(cl, ctx)
    if iso is None and entry is None:
        iso = _body_country(cl, ctx)
    if iso is None and entry is None and len(namesakes) == 1 and not namesakes & ({""} | TRANSNATIONAL_PREFIX.keys()):
        # "the Bush administration" with no date: which Bush is open, not his country
        iso = next(iter(namesakes))
    if entry is not None:
        code = _home_code(entry, published, iso, heads, ctx.bundled.demonyms)
        ec, es = split_code(code or "")
        dated = [c for c in entry.codes if c[1] or c[2]]
        iso_day = published.isoformat() if published else ""
        # every dated office starts after the document ("the incoming FBI director"): no elite yet
        before = bool(published and dated and all(c[1] is not None and iso_day < c[1] for c in dated))
        if code is None and entry.codes:  # every office ended before the document: an elite
            ec, _ = split_code(max(entry.codes, key=lambda c: c[2] or c[1] or "")[0])
            es = "ELI" if published is not None and not before else None
        if by_name and iso is not None and iso == title_iso and published is not None:
            iso = _office_country(entry, iso, iso_day) or iso
        iso = iso or ec
        ended = bool(published and entry.titles and dated and not before and not any(
            _covers(c[1], c[2], iso_day) for c in dated))
        if ended:
            es = es if es and es != "GOV" and es != sector else "ELI"
            if es == "ELI" and _last_ended(dated, iso_day) == "PTY" and not any(
                    set(t.split()) & _CAMPAIGN_STAFF for t in entry.titles):
                # a candidate who lost or withdrew and has taken no office since is still a party figure,
                # as the guidelines code a candidate who holds no office; a campaign's former staff
                # (a base's "campaign chairman", "adviser") are former officials, as the annotators
                # code them
                es = "PTY"
            last = split_code(max(dated, key=lambda c: c[2] or "9999")[0])[1]
            if sector is not None and sector == last and (
                    "president" not in heads or any(t.then for t in cl.titles)) and not any(t.former for t in cl.titles):
                # "Ambassador Jay Roe was killed": the text names the person's last office, so it
                # speaks of the time they held it; a former president keeps the title by courtesy
                # ("President Roe's policy", years later), which tells no time, unless the text says
                # "then-President Roe"
                es = sector
            former = any(t.former for t in cl.titles)
            if last == "GOV" and "president" in entry.titles and (
                    sector in (None, "GOV") or former and sector == "ELI") and not _named_predecessor(
                    cl, ctx.doc) and _in_office_then(cl, ctx.doc, entry, not former):
                # a past president the text places in his time in office ("signed by President Roe
                # in 1994", "under President Roe", "Presidents Roe and Doe vetoed") is coded by that
                # office (GOV), as the annotators do; a predecessor stays an elite. One the text calls
                # "former" needs the closer evidence: a year of his term in the clause he is the
                # subject or agent of ("signed in 1994 by former President Roe"; not "former
                # President Roe recalled the pact he signed in 1994")
                es = "GOV"
            if sector == "PTY" and any(t.sector == "PTY" and not t.former and "campaign" in t.text.lower()
                                       for t in cl.titles):
                # "campaign chairman Jay Roe": a campaign's staff now, whatever office they held before
                es = sector
        sector = es if ended else (sector or es)  # the dictionary knows every office has ended
        if not ended and code is not None and es == "PTY" and sector != es and not any(t.then or t.former for t in cl.titles) and any(
                c[0] == code and c[1] for c in entry.codes) and any(
                split_code(c[0])[1] == sector and c[2] and c[2] < iso_day for c in entry.codes):
            # "Secretary Clinton" in her campaign, "Gov. Roe" as the party's nominee: a title of an
            # office the bases say ended before the day, kept by courtesy, gives way to the candidacy
            # they date on the day
            sector = es
        elif not ended and es == "PTY" and sector not in (None, es) and not any(t.then for t in cl.titles) and any(
                c[0] == code and c[1] for c in entry.codes) and (
                sector == "ELI" and any(t.former and t.sector == "PTY" for t in cl.titles) or _office_to_come(
                    entry, sector, iso_day)):
            # the candidacy or campaign post the bases date on the day outranks a title that puts the
            # party's nomination in the past ("former nominee Jay Roe", who leads the party still) or names
            # an office the bases date only after the day ("incoming press secretary Jay Roe",
            # "President-elect Roe"): who serves in a transition between an election and the
            # inauguration is a party figure. A former office of state ("former Gov. Roe") keeps its
            # elite: the annotators code a former official running for office either way
            sector = es
    tag = next((s for c in cl.cands if (s := party_state(ctx.doc, c.end)) is not None), None)
    if tag is not None and iso in (None, "USA"):
        # "Jerry Nadler, D-N.Y.": a member of Congress (or a state's elected official), American
        iso, us = "USA", True
        sector = sector or "LEG"
    if iso is None and us:
        iso = "USA"
    if iso is None and cl.titles:  # same office as a person whose country is known
        # a staff post (spokesman, aide, adviser) is every principal's, and says nothing of whose: "Roe's
        # spokesman Jay Doe" is not of the country of another's spokesman in the story
        offices = heads - _STAFF
        for other in people:
            if other is not cl and other.iso and offices & {h.split()[-1] for t in other.titles for h in t.heads}:
                iso = other.iso
                break
    if entry is None and armed is not None:
        # "Osama bin Laden", "Hassan Nasrallah", "Al Shabab" tagged a person: the bases hold the
        # name as an armed group's own or its leader's (Phoenix lists leaders as the group's
        # aliases), so the person is the group's figure: its sector, whatever office the title
        # names ("leader" GOV, "cleric" REL), and its country; a transnational movement's (IMG)
        # figure has none, and their sentence's country does not place them
        held, sector = split_code(armed.codes[0][0])
        iso = iso or (held if held not in TRANSNATIONAL_PREFIX else None)
        cl.armed_figure = True
    # a sector a "who" clause gives is no title: the person is placed as one named with none
    worded = [t for t in cl.titles if not t.relative]
    if iso is None and (armed is None or entry is not None) and (
            sector in _STATE_SECTORS if worded else entry is None):
        # the country of the person's own sentence: for an officeholder, and for a person named with
        # no title whom no base knows ("Jay Roe said the floods in Kenya had ruined his crops"), as
        # the annotators code both; never one another person's title gives ("President X welcomed
        # South African leader Y": X is no South African); never the article's main country, which
        # the guidelines count as a guess (and issue #19 forbids as a default). The principal or body
        # the person's own phrase names, or a relative a base codes, outranks it (principal_countries).
        # A country's word inside another person's title is that person's, not a mention of the
        # country that places this one; the same country named elsewhere in the sentence still does
        # ("French President Jay Roe and Interior Minister Jay Doe said France would ...")
        # A country in an untitled expert's own phrase is what they work on ("Russia expert Jay Roe",
        # "Jay Roe, an expert on North Korea"), and one who works for a body ("Jay Roe of the Roe
        # Group") is placed by the body alone (principal_countries).
        own, works = _own_words(cl, ctx.doc) if not worded else (set(), False)
        if not works and not names_a_country(cl.cands[0].start, ctx.sent_index, ctx.iso_mentions):
            cl.iso_from_context = False  # (the words below are read only for a sentence's countries)
        elif not works:
            theirs = own | _told_of(cl, ctx.doc, ctx.iso_at) | {
                i for other in people if other is not cl for t in other.titles if t.country
                for s, e in t.reach for i in range(s, e)}
            first = cl.cands[0]
            iso = context_country(first.start, ctx.sent_index,
                                  [(k, c) for k, c in ctx.iso_mentions if c not in TRANSNATIONAL_PREFIX and k not in theirs],
                                  exclude=excluded, **actor_context(ctx.doc, span_root(ctx.doc, first.start, first.end).i))
            cl.iso_from_context = iso is not None
    if sector == "GOV" and heads & _SPOKES and not any(t.former for t in cl.titles) and _rank_before(cl, ctx.doc):
        sector = "MIL"  # "Maj. Jay Roe, a Pentagon spokesman": an officer who speaks for the forces
    if iso in INTERGOVERNMENTAL and sector in (None, "GOV", "MIL"):
        sector = "IGO"  # "UN Secretary-General X", "NATO's secretary general": who acts for an IGO
    if lawyer and sector == "JUD":
        # a lawyer in private practice is no part of the judiciary (courts, judges, prosecutors): no
        # sector of their own, or the body's their phrase names (principal_countries)
        sector = None
    cl.iso, cl.sector = iso, sector
    cl.code = code_of(iso, sector)


# Dependencies that put a phrase inside a person's own noun phrase: "White House spokesman Jay Doe",
# "Jay Doe, a spokesman for Senator Roe", "Roe's envoy Jay Doe". A clause about the person ("who met
# Putin") says what they did, not whom they serve.
# Title heads of the staff who speak or work for a principal, and the principals' sectors they take.
_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "secretary",
                    "staffer", "director", "counsel"})
_CHAIRS = frozenset({"chairman", "chairwoman", "chair", "chairperson"})
_STAFFED = frozenset({"LEG", "PTY", "JUD", "MIL", "COP", "SPY", "REB", "PRM"})  # for a force, only who speaks for it
# Sectors of people, not of a body they could work for.
_NOT_A_BODYS = frozenset({"CVL", "REF", "ELI", "UNK"})
_AFFILIATION = frozenset({"of", "at", "with", "for"})
_OWN_PHRASE = frozenset({"compound", "amod", "poss", "nmod", "appos"})
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc"})


def _studied(doc, phrase: list[int]) -> set[int]:
    """The tokens of what an expert's or a critic's noun in the phrase has as its subject by "of" ("a
    harsh critic of Trump"): whom they watch or oppose, not whom they serve. An "on" phrase may name
    where they sit ("a Korea expert on the president's security council")."""
    out: set[int] = set()
    for i in phrase:
        t = doc[i]
        if t.pos_ == "NOUN" and t.lemma_.lower() in EXPERT_NOUNS:
            for prep in t.rights:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    out.update(x.i for x in prep.subtree)
    return out


def _own_phrase(tok, skip: set[int]) -> list[int]:
    """The tokens of the phrases that modify a person's name or stand in apposition to it, without the
    clauses inside them."""
    out: list[int] = []
    stack = [c for c in tok.children if c.dep_ in _OWN_PHRASE and c.i not in skip]
    while stack:
        t = stack.pop()
        out.append(t.i)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out


def _own_words(cl: Cluster, doc) -> tuple[set[int], bool]:
    """The tokens of a person's own phrases (modifiers, appositives) where they name an expert or a
    critic, whose country words say what they work on ("Russia expert Jay Roe", "Jay Roe, an expert on
    North Korea"), and whether the "of" or "at" phrase right after the name names a body they work
    for ("Jay Roe of the Roe Group")."""
    out: set[int] = set()
    works = False
    for c in cl.cands:
        root = span_root(doc, c.start, c.end)
        phrase = _own_phrase(root, set(range(c.start, c.end)))
        if any(doc[i].lemma_.lower() in EXPERT_NOUNS for i in phrase):
            out.update(phrase)
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION and prep.i == c.end:
                works = works or any(t.ent_type_ == "ORG" for t in prep.subtree)
    return out, works


# Prepositions whose object is where a person went or served or what they speak of ("served in X", "a
# deployment to X", "a book about X", "sanctions on X"), not whom they serve; "of" and "from" are left
# out: "a native of X", "a refugee from X" tell the person's own country.
_DEED_PREPS = frozenset({"in", "to", "on", "about", "over", "into", "toward", "towards", "against", "with",
                         "across", "throughout", "inside", "at"})
_OWN_CLAUSES = frozenset({"relcl", "acl", "appos"})
# Verbs whose place is the person's home, not a deed: "who lives in Utah", "born in Texas".
_HOME_VERBS = frozenset({"live", "reside", "base", "bear", "raise", "grow", "settle", "hail"})
# Prepositions of a topic: a place under them is what the phrase speaks of ("a book about the wars in X").
_TOPIC_PREPS = frozenset({"about", "on", "over"})


def _told_of(cl: Cluster, doc, iso_at: dict[int, str]) -> set[int]:
    """The tokens of country words in a person's own clauses and appositives that say where they went or
    what they speak of, not whose they are: the object of a preposition of place or topic ("Jay Roe,
    who served in Iraq", "a book about the wars in Iraq"), the object of the clause's verb ("who
    follows North Korea"). Only a country or place that is itself the object counts: one that modifies
    a body ("an officer in the Iraqi army") may name the person's own."""
    out: set[int] = set()
    for c in cl.cands:
        root = span_root(doc, c.start, c.end)
        for child in root.children:
            if child.dep_ not in _OWN_CLAUSES or c.start <= child.i < c.end:
                continue
            for t in child.subtree:
                if t.i in iso_at and _deed_object(t, child):
                    out.update(range(t.left_edge.i, t.i + 1))
    return out


def _deed_object(t, top) -> bool:
    """Whether a country word below ``top`` (a clause or an appositive) is where the person went or what
    they speak of: the object of a verb ("who follows North Korea"), or of a preposition of
    :data:`_DEED_PREPS` that hangs on a verb other than one of home ("who served in Iraq", not "who
    lives in Utah") or on a noun under a verb or a topic ("a deployment to Iraq" after "returned from",
    "a book about the wars in Iraq"). A place after a noun of the appositive itself ("President of the
    Kurdish Region in Iraq") names where the person's office is."""
    while t.dep_ == "conj" and t.head.i != t.i:  # "the wars in Iraq and Afghanistan"
        t = t.head
    if t.dep_ == "dobj":
        return t.head.pos_ in ("VERB", "AUX")
    if t.dep_ != "pobj" or t.head.lower_ not in _DEED_PREPS:
        return False
    h = t.head.head
    if h.pos_ in ("VERB", "AUX"):
        return h.lemma_.lower() not in _HOME_VERBS
    while h.i != top.i and h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX") or h.dep_ == "prep" and h.lower_ in _TOPIC_PREPS:
            return h.pos_ != "VERB" or h.lemma_.lower() not in _HOME_VERBS
    return False


def principal_countries(ctx: Context, people: list[Cluster], clusters: list[Cluster]) -> None:
    """A person whom nothing else codes takes the country of the coded person or body their own phrase
    says they serve or speak for: "White House spokesman Jay Doe", "Jay Doe, a spokesman for Senator
    Roe", "Roe's special envoy", "an adviser to President Roe". The text names the principal; a
    country or a place inside the phrase ("an expert on North Korea") is no principal. A person with
    no sector of their own takes the sector of the organisation their phrase names ("Jay Doe, a fellow
    at the Roe Foundation": SOC; "the New Yorker's Jay Doe": JRN)."""
    doc = ctx.doc
    owner: dict[int, Cluster] = {}
    for cl in clusters:
        if cl.kind in ("country", "place") or (cl.iso is None or cl.iso in TRANSNATIONAL_PREFIX) and not (
                cl.kind == "organization" and cl.sector):
            continue
        for c in cl.cands:
            for i in range(c.start, c.end):
                owner.setdefault(i, cl)
        for s, e, k in cl.extra:
            if k == "name":
                for i in range(s, e):
                    owner.setdefault(i, cl)
    # the named bodies of no sector and no state ("HUSCO International", "Yalta European Strategy"): an
    # officer's generic title names no government where their phrase names one of them
    unknown = {i for cl in clusters if cl.kind == "organization" and cl.sector is None
               for c in cl.cands for i in range(c.start, c.end)}
    for cl in people if owner or unknown else ():
        heads = {h.split()[-1] for t in cl.titles for h in t.heads}
        staff = cl.sector == "GOV" and bool(_STAFF & heads)
        # the title's last word too: "House Oversight and Government Reform Committee Chairman Jay
        # Roe", whose agent phrase the dictionary reads as "government"
        lasts = {t.text.split()[-1].lower() for t in cl.titles if t.text}
        chair = cl.sector == "GOV" and bool(_CHAIRS & (heads | lasts)) and not any(t.former for t in cl.titles)
        # "Jay Roe, vice president of Karvo, an interfaith group": a body's officer whom the agent
        # dictionary reads as a government's (GOV)
        officer = cl.sector == "GOV" and bool(_BODY_OFFICERS & heads)
        if cl.iso is not None and not cl.iso_from_context and cl.sector is not None and not (staff or chair or officer):
            continue
        found: list[tuple[bool, int, str]] = []
        bodies: list[tuple[int, str]] = []
        served: list[tuple[int, str]] = []
        unknown_body = False
        told = _told_of(cl, doc, ctx.iso_at)
        for c in cl.cands:
            root = span_root(doc, c.start, c.end)
            own = set(range(c.start, c.end))
            phrase = _own_phrase(root, own)
            affiliated: set[int] = set()
            for prep in root.rights:
                if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION:
                    # "Jay Doe of the Roe Institute", "Jay Doe at Roe University": the body they work for
                    affiliated |= {t.i for t in prep.subtree if t.i != prep.i}
            phrase += sorted(affiliated)
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                # "Roe's chief economic adviser, Jay Doe": the name stands in apposition to its title;
                # "a spokesman for the border police, Jay Doe": the title's own "for" or "of" phrase
                # names whom they serve
                phrase += _own_phrase(root.head, own)
                phrase += [t.i for prep in root.head.rights if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                           and prep.i < root.i for t in prep.subtree if t.i != prep.i and t.i not in own]
            studied = _studied(doc, phrase)
            for i in phrase:
                if i in studied:
                    continue
                other = owner.get(i)
                if i in unknown and (other is None or other.sector is None) or other is None and doc[i].ent_type_ == "ORG":
                    unknown_body = True
                if other is None or other is cl:
                    continue
                iso = other.iso
                if told and other.iso_from_context:
                    # "Jay Roe, an Army veteran who served in Iraq": the body's country came from a
                    # place the person's own clause names as a deed, which places neither
                    iso = context_country(i, ctx.sent_index, [m for m in ctx.iso_mentions if m[0] not in told])
                if iso and iso not in TRANSNATIONAL_PREFIX and not (
                        (i in affiliated or cl.iso_from_context) and other.iso_from_context):
                    # a principal whose country is its own (a base entry, its own words) before one
                    # that only its sentence placed: "Jay Roe, chief editor at the Communist
                    # Party-backed Roe Times, who said the U.S. ...": the party's USA came from the
                    # sentence, the newspaper's CHN from its entry
                    found.append((other.iso_from_context, abs(i - c.start), iso))
                if other.kind == "organization" and other.sector and other.sector not in _NOT_A_BODYS:
                    bodies.append((abs(i - c.start), other.sector))
                if other.sector:
                    served.append((abs(i - c.start), other.sector))
        if found and (cl.iso is None or cl.iso_from_context):
            # the principal or body the person's own phrase names places them before their
            # sentence's country does ("Hong Kong's status, said Jay Roe, the Trump administration's
            # assistant secretary")
            cl.iso = min(found)[2]
        if bodies and cl.sector is None:
            cl.sector = min(bodies)[1]
        if officer and bodies and min(bodies)[1] in PRIVATE_SECTORS:
            cl.sector = min(bodies)[1]  # the officer of a body outside the state works in its sector
        elif officer and unknown_body and not served and cl.entry is None and all(
                t.country is None and t.org_code is None and t.text.islower() for t in cl.titles):
            # "Jay Roe, president of Roe Industries", "a spokesman for the Roe Coalition": the officer of a
            # body no rule codes and no state owns; the agent dictionary's GOV for the title is no evidence
            # of a government, so the sector stays unknown (the learned fallback reads the words)
            cl.sector = None
        if chair and served and min(served)[1] in ("LEG", "PTY"):
            # "Senate Foreign Relations Committee Chairman Jay Roe", "the party's chairwoman": who
            # chairs a legislature's committee or a party works in its sector
            cl.sector = min(served)[1]
        if staff and served and min(served)[1] in _STAFFED and (
                min(served)[1] not in _FORCES or _SPOKES & {h.split()[-1] for t in cl.titles for h in t.heads}):
            # "Jay Doe, a spokesman for Senator Roe", "Roe aide Jay Doe", "a spokesman for the
            # Defense Department": a legislator's, a party's, a court's or a force's staff work in its
            # sector, as the annotators code them (a force's secretary is its minister: GOV)
            cl.sector = min(served)[1]
        if staff and served and min(served)[1] == "IGO":
            # "Jay Doe, a spokesman for the UN refugee agency", "a spokesman for UN Secretary-General
            # Jay Roe": who speaks for an international organisation acts for it (IGO), whatever their
            # own country
            cl.sector = "IGO"
        cl.code = code_of(cl.iso, cl.sector)
    _party_figures(ctx, people)
    _kin_countries(people)


def _party_figures(ctx: Context, people: list[Cluster]) -> None:
    """A person of no sector whom the text names by a US party ("Democrat Jay Roe", "Jay Roe, a Texas
    Republican", "Republican strategist Jay Roe", "Jay Roe, the Democratic chair of Roe County") is a
    party's figure (PTY) and American: an office the text, a base or the body they serve gives comes
    first."""
    for cl in people:
        if cl.sector is None and _party_named(cl, ctx):
            cl.iso, cl.sector = cl.iso or "USA", "PTY"
            cl.code = code_of(cl.iso, cl.sector)


def _kin_countries(people: list[Cluster]) -> None:
    """A person whom nothing else codes, named in full with the surname of a person the knowledge
    bases code ("Melania Trump" beside Donald Trump, "Trump Jr."), takes that person's country: the
    article names a relative. A surname two coded people of different countries share says nothing."""
    kin: dict[str, set[str]] = {}
    for cl in people:
        if cl.entry is not None and cl.iso and cl.iso not in TRANSNATIONAL_PREFIX and cl.name:
            words = [w for w in norm(cl.name).split() if w not in NAME_SUFFIXES]
            if len(words) > 1:
                kin.setdefault(words[-1], set()).add(cl.iso)
    for cl in people:
        if cl.iso is not None and not cl.iso_from_context or cl.entry is not None or not cl.name:
            continue
        words = [w for w in norm(cl.name).split() if w not in NAME_SUFFIXES]
        if len(words) > 1 and len(words[-1]) > 3 and len(kin.get(words[-1], ())) == 1:
            cl.iso = next(iter(kin[words[-1]]))
            cl.code = code_of(cl.iso, cl.sector)


def _in_office_then(cl: Cluster, doc, entry: Entry, loose: bool = True) -> bool:
    """Whether the text speaks of a past officeholder in his time in office: a plural title names him
    among others ("Presidents Roe and Doe"), or the clause he is the subject or agent of names a year of
    one of his dated executive offices ("Roe signed it in 1994"); where ``loose``, also a mention after
    "under" ("under President Roe") or such a year anywhere in his sentence."""
    terms = [(int(c[1][:4]), int(c[2][:4])) for c in entry.codes
             if c[1] and c[2] and split_code(c[0])[1] == "GOV"]
    # the sentence's words from the shared list of lower-case words: a word of four digits is its own lower
    # case, and no other word's lower case is one (a Token per word and its text were read before)
    toks, low = tokens(doc), lowers(doc)
    for c in cl.cands:
        sent = toks[c.start].sent
        if _plural_title(doc, c.start, c.end) or loose and "under" in low[max(c.start - 2, sent.start):c.start]:
            return True
        verb = _argument_of(span_root(doc, c.start, c.end))
        for i in range(sent.start, sent.end):
            w = low[i]
            if len(w) == 4 and w.isdigit() and any(a <= int(w) <= b for a, b in terms) and (
                    loose or verb is not None and clause_verb(toks[i]).i == verb):
                return True
    return False


def _argument_of(tok) -> int | None:
    """The index of the verb a name is the subject or the "by" agent of ("former President Roe signed",
    "signed by former President Roe"), None for a name in any other place (an appositive, a possessor)."""
    tok = first_conjunct(tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head.i
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
        return tok.head.head.i
    return None


def _plural_title(doc, start: int, end: int) -> bool:
    """Whether a plural president's title names the list a name is in ("Presidents Jay Roe, Jay Doe and
    Jay Poe"): the title words before the list's first name, none of them "former"."""
    first = first_conjunct(span_root(doc, start, end))
    words = set(lowers(doc)[first.left_edge.i:first.i])
    return "presidents" in words and not words & (FORMER - {"then"})


# Title nouns of the bases' campaign staff, whose ended campaign post makes no candidate.
_CAMPAIGN_STAFF = frozenset({"campaign", "adviser", "advisor", "manager", "chairman", "chairwoman", "strategist",
                             "spokesman", "spokeswoman"})


def _last_ended(dated: list[tuple[str, str | None, str | None]], day: str) -> str | None:
    """The sector of the dated office that ended last before ``day``."""
    past = [c for c in dated if c[2] is not None and c[2] < day]
    return split_code(max(past, key=lambda c: c[2] or "")[0])[1] if past else None


def _office_to_come(entry: Entry, sector: str, day: str) -> bool:
    """Whether the bases date an office of ``sector`` for the person only after ``day``: a title of
    that sector names an office they are about to take ("the incoming secretary"), not one they hold."""
    held = [(s, e) for c, s, e in entry.codes if split_code(c)[1] == sector]
    return any(s is not None and day < s for s, _e in held) and not any(_covers(s, e, day) for s, e in held)


def _named_predecessor(cl: Cluster, doc) -> bool:
    """Whether a mention follows "predecessor" ("his predecessor George Roe"): a past officeholder
    the text sets against the sitting one, whom the annotators code as a former official."""
    toks, low = tokens(doc), lowers(doc)
    return any("predecessor" in low[max(c.start - 3, toks[c.start].sent.start):c.start] for c in cl.cands)


def code_speakers(actors, published, doc=None, table=None) -> None:
    """Code the persons the quotes stage adds as speakers ("Schiff said", where the entity
    recogniser tagged no person), which the actors stage never saw: the knowledge bases' person of
    that full name, or of that surname alone the one officeholder with title nouns whose dated office
    covers the publication day (:func:`code_person`'s rule for a bare surname). A name no base holds
    takes what the title around its own mentions says (:func:`_speaker_title`), as any person the
    actors stage found does; else it stays uncoded: the article's country is no evidence."""
    if published is not None:
        _known_speakers(actors, published)
    if doc is not None and table is not None:
        for a in actors:
            if a.kind == "person" and a.sector is None:
                _speaker_title(a, doc, table)
        unplaced = [a for a in actors if a.country is None and a.kind in ("person", "group", "organization")]
        if unplaced:
            _place_described_speakers(unplaced, doc, table)


def _known_speakers(actors, published) -> None:
    """The knowledge bases' codes of the speakers the quotes stage added (:func:`code_speakers`)."""
    day = published.isoformat()
    lookup = bundled().actors.lookup
    for a in actors:
        if a.kind != "person" or a.country is not None or a.sector is not None:
            continue
        words = norm(a.name).split()
        entry = lookup(a.name)
        if entry is not None and entry.kind not in (None, "person"):
            entry = None
        if entry is None and len(words) == 1:
            found = _surname_index().get(words[0], [])
            held = [e for e in found if _dated_code(e, day) is not None]
            entry = held[0] if len(held) == 1 else None
        if entry is None:
            continue
        code = _dated_code(entry, day) or next((c for c, s, end in entry.codes if s is None and end is None), None)
        code = _home_of(entry, published, code, None, set(), bundled().demonyms)
        if code is None:
            continue
        iso, sector = split_code(code)
        a.country, a.sector = iso_country(iso), sector
        a.code = code_of(iso, sector)


def _speaker_title(a, doc, table) -> None:
    """A speaker the quotes stage added, coded by the title words before or in apposition to one of
    its name's mentions ("Jay Roe, a senior fellow at the Roe Institute, told reporters", where the
    entity recogniser tagged no person): the office's sector (an elite where the title says "former")
    and country, else the sector of a body the actors stage coded inside the appositive's phrase."""
    B = bundled()
    for m in table.mentions:
        if m.actor != a.id or m.kind != "name":
            continue
        start, end = m.tokens
        title = read_title(doc, start, end, B, B.actors.lookup, set())
        iso, sector = title.country, None
        if title.org_code is not None:
            org_iso, sector = split_code(title.org_code)
            iso = iso or org_iso
        sector = sector or title.sector
        if sector is not None and title.former:
            sector = "ELI"
        if sector is None:
            # the body the appositive's phrase names, which the actors stage coded ("a fellow at the
            # Roe Institute"): where the speaker works
            for s, e in title.reach:
                for i in range(s, e):
                    other = table.get(table.at_token(i) or "")
                    if other is not None and other.kind == "organization" and other.sector and (
                            other.sector not in _NOT_A_BODYS):
                        sector = other.sector
                        break
                if sector is not None:
                    break
        if sector is None and iso is None:
            continue
        a.country = a.country or iso_country(iso)
        a.sector = sector
        a.code = code_of(iso, sector)
        return


def _place_described_speakers(actors, doc, table) -> None:
    """Place the speakers the quotes stage named by a description ("congressional investigators said",
    "a defense lobbyist said") with the evidence the actors stage reads for an unnamed agent
    (``_link._unstated_country``): the US Congress's word ("congressional"); else, for one whose noun
    gives a sector and whose context may tell (``_link._context_tells``: not analysts, witnesses,
    gunmen, nor "Western diplomats"), the country its sentence names most, else the one the sentence
    before in its paragraph names most where its own names none. A named speaker ("Jay Roe said") is
    not placed so: :func:`_speaker_title` reads their title; nor one the text names no country around."""
    from ._coref import paragraph_index
    from ._link import _CONGRESS_WORDS, _NO_ONE_COUNTRY, _NOT_PLACED, _UNKNOWN_ARMED
    from ..nlp import sentence_index

    by_id = {a.id: a for a in table.actors}
    first: dict[str, tuple[int, int]] = {}
    iso_mentions: list[tuple[int, str]] = []
    for m in table.mentions:
        owner = by_id.get(m.actor)
        if owner is not None and owner.kind == "country" and owner.country:
            iso_mentions.append((m.tokens[0], owner.country))
        if m.kind in ("name", "title"):
            first.setdefault(m.actor, m.tokens)
    iso_mentions.sort()
    sent_of: list[int] | None = None
    paragraph: Sequence[int] | None = None
    for a in actors:
        span = first.get(a.id)
        if span is None:
            continue
        start, end = span
        head = doc[end - 1]
        if head.pos_ == "PROPN":
            continue  # a name: its title places it, not its sentence
        words = {t.lower_ for t in doc[start:end]}
        if words & _CONGRESS_WORDS:
            a.country, a.sector = "USA", a.sector or "LEG"
            a.code = code_of("USA", a.sector)
            continue
        lemma = head.lemma_.lower()
        if a.sector is None or a.sector in _UNKNOWN_ARMED or lemma in _NOT_PLACED or words & _NO_ONE_COUNTRY:
            continue
        if sent_of is None:
            sent_of = sentence_index(doc)
        found = context_country(head.i, sent_of, iso_mentions, **actor_context(doc, head.i))
        if found is None:
            if paragraph is None:
                paragraph = paragraph_index(doc)
            s0 = head.sent.start
            if s0 > 0 and paragraph[s0 - 1] == paragraph[head.i]:
                ranked = Counter(iso for i, iso in iso_mentions if sent_of[i] == sent_of[s0 - 1]).most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                    found = ranked[0][0]
        if found is not None:
            a.country = found
            a.code = code_of(found, a.sector)


def merge_handles(clusters: list[Cluster]) -> None:
    """A social-media handle the parser read as a person ("@realDonaldTrump", "@BernieSanders") is the
    account of the one person of the document whose first and last names it spells, by the names the text
    gives or the knowledge base's entry for them: its mentions join that person. A surname alone ("@SenWarren")
    is too weak, and a handle two persons fit stays apart."""
    handles = [cl for cl in clusters if cl.kind == "person" and cl.cands and all(c.text.startswith("@") for c in cl.cands)]
    if not handles:
        return
    people = [cl for cl in clusters if cl.kind == "person" and cl not in handles]
    for cl in handles:
        owner = _handle_owner(people, cl.cands[0].text)
        if owner is not None:
            owner.cands.extend(cl.cands)
            owner.cands.sort(key=lambda c: c.start)
            owner.extra.extend(cl.extra)
            clusters.remove(cl)


def _handle_owner(people: list[Cluster], handle: str) -> Cluster | None:
    letters = "".join(ch for ch in handle.lower() if ch.isalnum())
    found = []
    for cl in people:
        names = cl.words()
        if cl.entry is not None:
            names += [norm(n).split() for n in [cl.entry.name, *cl.entry.aliases]]
        if any(len(ws) > 1 and len(ws[0]) > 1 and "".join(ch for ch in ws[0] + ws[-1] if ch.isalnum()) in letters
               for ws in names):
            found.append(cl)
    return found[0] if len(found) == 1 else None
