"""Actors: entity mentions -> in-document coreference -> canonical, coded actors.

``resolve(doc, published=)`` reads spaCy's entities, corrects their labels with evidence from the whole
document (a name tagged PERSON once is a person everywhere; a country tagged NORP is a country),
matches the bundled dictionaries (countries, demonyms, capitals, IGOs, armed groups, news outlets,
officeholders with dated offices), groups surnames and misspellings with full names, links title
nouns and pronouns to their antecedents, and codes every actor with an ISO country, a PLOVER sector
and a CAMEO-style code.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Iterable

from ..records import Actor, ActorTable, Mention
from ._coding import (ORG_SECTORS, SECTOR_LABELS, TRANSNATIONAL_PREFIX, Title, code_of,
                      edit_distance, iso_country, org_sector, read_title, slug, _country_of)
from ._agents import context_country, find_agents, phrase_country
from ._coref import Ref, resolve_pronouns, resolve_titles
from ._dictionaries import CAMEO_REGIONS, Dictionary, Entry, bundled, load_dictionary, norm, split_code
from ._mentions import Cand, collect, person_evidence
from ..nlp import tokens

__all__ = ["resolve", "load_dictionary", "Dictionary", "Entry"]

_FEMALE = {"mrs", "ms", "madam", "queen", "congresswoman", "spokeswoman", "chairwoman", "princess",
           "duchess", "lady", "businesswoman", "empress"}
_MALE = {"mr", "king", "congressman", "spokesman", "chairman", "prince", "duke", "sir", "lord", "emperor",
         "businessman"}
_ADMIN_UNITS = {"province", "state", "region", "district", "county", "governorate", "prefecture", "oblast"}
_GROUP_SECTORS = {"REB", "UAF", "CRM", "OPP", "CVL", "REF", "LAB", "AGR", "REL", "SOC", "ELI", "UNK"}


@functools.lru_cache(maxsize=1)
def _surname_index() -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for e in bundled().actors.entries:
        if e.kind == "person" and e.titles:
            index.setdefault(norm(e.name).split()[-1], []).append(e)
    return index


def _user_dictionaries(dictionaries) -> list[Dictionary]:
    if not dictionaries:
        return []
    if isinstance(dictionaries, (str, Path, Dictionary)):
        dictionaries = [dictionaries]
    return [d if isinstance(d, Dictionary) else load_dictionary(d) for d in dictionaries]


class _Cluster:
    """Everything one actor is called in the document, before it becomes an Actor record."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.cands: list[Cand] = []
        self.entry: Entry | None = None
        self.iso: str | None = None
        self.sector: str | None = None
        self.code: str | None = None
        self.name: str | None = None
        self.titles: list[Title] = []
        self.gender: str | None = None
        self.extra: list[tuple[int, int, str]] = []  # (start, end, mention kind) beyond the names
        self.id = ""

    def words(self) -> list[list[str]]:
        return [norm(c.text).split() for c in self.cands]


def resolve(doc, *, published: dt.date | None = None,
            dictionaries: Iterable[Dictionary | str | Path] | Dictionary | str | Path | None = None) -> ActorTable:
    """The actors of a parsed document and every mention of them (names, titles, pronouns, demonyms).

    ``published`` picks the dated office a dictionary gives a person; ``dictionaries`` are extra actor
    dictionaries (:class:`Dictionary` objects or paths for :func:`load_dictionary`) consulted first.
    """
    B = bundled()
    user = _user_dictionaries(dictionaries)

    def lookup_entry(text: str) -> Entry | None:
        for d in user:
            hit = d.lookup(text)
            if hit is not None:
                return hit
        return B.actors.lookup(text)

    cands = collect(doc, B, lookup_entry)
    pnames, pwords = person_evidence(cands)
    cands = _bare_surnames(doc, cands, pnames)
    cands = _short_org_names(doc, cands, B, pwords)
    multi_person_words = {w for c in cands if c.label == "PERSON" for w in norm(c.text).split()[:-1]}

    # -- 1. type every name with the document's evidence ---------------------------------------
    for c in cands:
        key = norm(c.text)
        words = key.split()
        if c.label in ("GPE", "LOC") and len(words) > 1 and words[-1] in _ADMIN_UNITS and (
                " ".join(words[:-1]) in B.countries and key not in B.countries):
            c.end -= 1  # "Montenegro province": the place named, without the kind of unit
            c.text, key = doc[c.start:c.end].text, " ".join(words[:-1])
        uhit = next((h for d in user if (h := d.lookup(c.text)) is not None), None)
        in_country = B.countries.get(key) or B.demonyms.get(key)
        if uhit is not None:
            c.entry = uhit
            c.kind = uhit.kind or ("person" if c.label == "PERSON" else None)
            if c.kind is None:
                country, sector = split_code(uhit.code_on(published) or "")
                c.kind = "country" if (country and not sector and uhit.codes and len(uhit.codes[0][0]) == 3) else (
                    "group" if sector in _GROUP_SECTORS else "organization")
            if c.kind == "country":
                c.iso = split_code(uhit.codes[0][0])[0] if uhit.codes else None
        elif c.label == "PERSON" and not (in_country and key not in multi_person_words and
                                          not any(key == p.split()[-1] for p in pnames if " " in p)):
            c.kind = "person"
        elif (key in pnames or key in pwords) and not (in_country and not any(
                key == p.split()[-1] for p in pnames if " " in p)):
            c.kind = "person"  # a person elsewhere in the text; a country name only as a surname
        elif key in B.demonyms:
            c.kind, c.iso = "demonym", B.demonyms[key]
        elif key in B.countries:
            c.kind, c.iso = ("place" if key in B.places else "country"), B.countries[key]
        elif c.label == "GPE" and key in B.places and lookup_entry(c.text) is None:
            c.kind, c.iso = "place", B.places[key]
        else:
            entry = lookup_entry(c.text)
            if entry is not None and (entry.kind != "person" or c.label in ("PERSON", "DICT")):
                c.entry, c.kind = entry, entry.kind or "organization"
            elif _fuzzy_person(key, pwords) and " " not in key:
                c.kind = "person"
            elif c.label == "ORG":
                c.kind = "organization"
            elif c.label == "NORP":
                c.kind = "group"
    cands = [c for c in cands if c.kind is not None]
    claimed = {i for c in cands for i in range(c.start, c.end)}
    sent_index = {}
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_index[i] = k
    # where the text names a country (its name, a demonym, a capital or city): the context of actors
    # whose own words name none ("Kurds", "officials")
    iso_mentions = [(c.start, c.iso) for c in cands if c.iso and c.kind in ("country", "demonym", "place")]
    iso_at = {i: c.iso for c in cands if c.iso and c.kind in ("country", "demonym", "place")
              for i in range(c.start, c.end)}
    for c in cands:  # a national organisation or armed group of the dictionary tells its country too
        if c.entry is not None and c.entry.kind != "person" and c.entry.codes:
            iso = split_code(c.entry.codes[0][0])[0]
            if iso and iso not in TRANSNATIONAL_PREFIX:
                iso_mentions.append((c.start, iso))
    iso_mentions.sort()

    # -- 2. persons: full names, surnames, misspellings -> one cluster each ----------------------
    people: list[_Cluster] = []
    persons = [c for c in cands if c.kind == "person"]
    for c in sorted(persons, key=lambda c: (-len(norm(c.text).split()), c.start)):
        words = norm(c.text).split()
        target = _find_person(people, words, c.start)
        if target is None:
            target = _Cluster("person")
            people.append(target)
        target.cands.append(c)
    for cl in people:
        cl.cands.sort(key=lambda c: c.start)
        for c in cl.cands:
            title = read_title(doc, c.start, c.end, B, lookup_entry, claimed)
            if title.sector or title.heads:
                cl.titles.append(title)
            for t in doc[max(c.start - 3, 0):c.start]:
                w = t.lower_.strip(".")
                cl.gender = cl.gender or ("F" if w in _FEMALE else "M" if w in _MALE else None)

    # -- 3. composites ("Afghan government") and group extensions ("Taliban forces") -----------
    title_tokens = {i for cl in people for t in cl.titles for sp in t.spans for i in range(*sp)}
    windows = {i for cl in people for t in cl.titles if t.window for i in range(*t.window)}
    # an unknown organisation inside a person's title ('State' in 'Secretary of State') is no actor
    cands = [c for c in cands if not (c.kind == "organization" and c.entry is None and c.start in windows)]
    person_tokens = {i for c in persons for i in range(c.start, c.end)}
    composites: dict[tuple, _Cluster] = {}

    def composite(key, iso: str | None, sector: str, name: str) -> _Cluster:
        cl = composites.get(key)
        if cl is None:
            cl = composites[key] = _Cluster("composite")
            cl.iso, cl.sector = iso, sector
            cl.name = f"{name} {SECTOR_LABELS.get(sector, sector.lower())}"
        return cl

    for c in cands:
        if c.kind not in ("country", "demonym", "organization", "group", "place"):
            continue
        if c.kind == "demonym":  # "ethnic Albanians in south Serbia": a minority of the country they live in
            c.iso = _minority_country(doc, c, iso_at, sent_index, iso_mentions) or c.iso
        head, sector = _agent_head(doc, c, B.agents, person_tokens | title_tokens)
        if head is None and c.kind in ("country", "place") and c.iso:
            start, sector = _located_group(doc, c, B.agents, person_tokens | title_tokens | claimed)
            if start is not None:
                cl = composite((c.iso, sector), c.iso, sector, B.country_names.get(c.iso, c.iso))
                cl.extra.append((start, c.end, "name"))
                claimed.update(range(start, c.end))
                c.kind = None
                continue
        if head is None:
            _people_of_place(doc, c, B, composite, claimed)
            continue
        if c.kind in ("organization", "group"):
            own_iso, own_sector = _entry_code(c.entry, published)
            if own_iso in _INTERNATIONAL and sector not in (own_sector, "GOV"):
                # "UN peacekeepers", "NATO troops": the organisation's forces, not the organisation
                cl = composite(("entry", id(c.entry), sector), own_iso, sector, _strip_the(c.entry.name))
                cl.extra.append((c.start, head + 1, "name"))
                claimed.update(range(c.start, head + 1))
                c.kind = None
                continue
            c.end = head + 1  # "Taliban forces" is the Taliban
            if c.entry is None and c.kind == "group":  # "Tamil refugees": Tamil refugees, not the Tamils
                c.sector = sector
            claimed.update(range(c.start, c.end))
            continue
        cl = composite((c.iso, sector), c.iso, sector, B.country_names.get(c.iso, c.iso))
        last = doc[c.end - 1]
        coordinated = last.dep_ == "conj" or any(t.dep_ == "conj" for t in last.children)
        end = c.end if coordinated else head + 1  # "US and British forces": each its own tokens
        cl.extra.append((c.start, end, "name"))
        claimed.update(range(c.start, end))
        c.kind = None  # the demonym is part of the composite's mention, not a mention of the country
    cands = [c for c in cands if c.kind is not None]

    # -- 4. countries, organisations, groups -> clusters ----------------------------------------
    others: dict[str, _Cluster] = {}
    for c in cands:
        if c.kind == "person":
            continue
        if c.kind in ("country", "demonym"):
            key = "country:" + c.iso
            kind = "country"
        elif c.entry is not None:
            key = "entry:" + str(id(c.entry))
            kind = c.kind if c.kind in ("organization", "group", "country") else "organization"
        else:
            key = "name:" + norm(c.text) + ":" + (c.sector or "")
            kind = c.kind
        cl = others.get(key)
        if cl is None:
            cl = others[key] = _Cluster(kind)
            cl.entry, cl.iso = c.entry, c.iso
        cl.cands.append(c)

    # -- 5. code every cluster -----------------------------------------------------------------
    for cl in others.values():
        _code_other(cl, doc, published, B, lookup_entry)
        if cl.kind in ("group", "organization") and (
                cl.iso is None or cl.iso == "IMG" and cl.code and cl.code[3:6] in CAMEO_REGIONS):
            # "Kurds", "Moslem forces", a regional armed group, an organisation the dictionaries do
            # not know ("NPFL", "La Prensa"): the country of the context
            cl.iso = context_country(cl.cands[0].start, sent_index, iso_mentions) or cl.iso
            cl.code = code_of(cl.iso, cl.sector) if cl.entry is None or cl.iso != "IMG" else cl.code
    for cl in people:
        _code_person(cl, published, B, lookup_entry, lambda i, ex: context_country(
            i, sent_index, [(k, c) for k, c in iso_mentions if c not in TRANSNATIONAL_PREFIX], exclude=ex),
            people)
    for cl in composites.values():
        cl.code = code_of(cl.iso, cl.sector)

    clusters = people + list(others.values()) + list(composites.values())
    used: dict[str, _Cluster] = {}
    for cl in clusters:
        cl.id = _unique_id(cl, used)

    # -- 6. mentions, title nouns and pronouns -------------------------------------------------
    refs: list[Ref] = []
    for cl in clusters:
        kind = "composite" if cl.kind in ("composite", "place") else cl.kind
        spans = [(c.start, c.end, "demonym" if c.kind == "demonym" else "name") for c in cl.cands] + cl.extra
        for t in cl.titles:
            for sp in t.spans:
                if not any(i in claimed for i in range(*sp)):
                    spans.append((*sp, "title"))
                    claimed.update(range(*sp))
        cl.extra = spans
        for start, end, _k in spans:
            last = doc[end - 1]
            refs.append(Ref(start, end, cl.id, kind, cl.gender, sent_index[start],
                            last.dep_ in ("nsubj", "nsubjpass") or (
                                last.dep_ == "appos" and last.head.dep_ in ("nsubj", "nsubjpass")) or any(
                                doc[i].dep_ in ("nsubj", "nsubjpass") and doc[i].head.i not in range(start, end)
                                for i in range(start, end)),
                            last.dep_ in ("compound", "amod") and last.head.i >= end))
    by_id = {cl.id: cl for cl in clusters}
    heads = {cl.id: [h for t in cl.titles for h in t.heads] + [t for t in (cl.entry.titles if cl.entry else [])]
             for cl in people}
    for start, end, ref in resolve_titles(doc, refs, heads, claimed, sent_index,
                                          {cl.id: cl.iso for cl in people}, iso_at):
        by_id[ref.actor].extra.append((start, end, "title"))
        claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, "person", ref.gender, sent_index[start],
                        doc[end - 1].dep_ in ("nsubj", "nsubjpass")))
    # -- 6b. unnamed agents that act or speak: "officials said", "a spokesman", "protesters" -------
    agent_clusters: dict[tuple, _Cluster] = {}
    for ph in find_agents(doc, B, claimed):
        stated = phrase_country(doc, ph, B, iso_at)
        ph.iso = stated or (context_country(ph.head, sent_index, iso_mentions) if ph.sector else None)
        cl = agent_clusters.get(ph.key)
        if cl is None:
            cl = agent_clusters[ph.key] = _Cluster("person" if ph.person else "group")
            cl.iso, cl.sector = ph.iso, ph.sector
            # named in the text's own words ("senior administration official"); a country only where
            # the phrase states it ("officials in Kabul"), never the one the context suggests
            words = doc[ph.start:ph.end].text
            if doc[ph.start].pos_ != "PROPN":
                words = words[:1].lower() + words[1:]
            cl.name = " ".join(w for w in (B.country_names.get(stated or ""), words) if w)
            cl.code = code_of(ph.iso, ph.sector)
            cl.id, n = ph.ident(), 2
            while cl.id in used:
                cl.id, n = f"{ph.ident()}-{n}", n + 1
            used[cl.id] = cl
            clusters.append(cl)
            by_id[cl.id] = cl
        cl.extra.append((ph.start, ph.end, "title"))
        claimed.update(range(ph.start, ph.end))
        refs.append(Ref(ph.start, ph.end, cl.id, "person" if ph.person else "group", None, sent_index[ph.start],
                        doc[ph.head].dep_ in ("nsubj", "nsubjpass")))
    for i, ref in resolve_pronouns(doc, refs, claimed, sent_index):
        by_id[ref.actor].extra.append((i, i + 1, "pronoun"))
    _relative_pronouns(doc, clusters)

    # -- 7. records ----------------------------------------------------------------------------
    actors: list[Actor] = []
    mentions: list[Mention] = []
    for cl in clusters:
        if not cl.extra:
            continue
        names = [doc[s:e].text for s, e, k in cl.extra if k in ("name", "demonym")]
        aliases: list[str] = []
        for n in names:
            n = _strip_the(n)
            if n != cl.name and n not in aliases:
                aliases.append(n)
        actors.append(Actor(id=cl.id, name=cl.name or cl.id, kind=_public_kind(cl), aliases=aliases,
                            country=iso_country(cl.iso), sector=cl.sector, code=cl.code, mentions=len(cl.extra)))
        for s, e, k in cl.extra:
            span = doc[s:e]
            mentions.append(Mention(actor=cl.id, span=(span.start_char, span.end_char), tokens=(s, e),
                                    text=span.text, kind=k))
    mentions.sort(key=lambda m: m.tokens)
    first = {}
    for m in mentions:
        first.setdefault(m.actor, m.tokens[0])
    actors.sort(key=lambda a: first.get(a.id, 0))
    return ActorTable(actors=actors, mentions=mentions)


# -- helpers ------------------------------------------------------------------------------------------
def _relative_pronouns(doc, clusters: list[_Cluster]) -> None:
    """'Mr. Obama, who said ...', 'economists who argue': the relative pronoun is a mention of the
    actor its clause modifies."""
    owner = {i: cl for cl in clusters for s, e, _k in cl.extra for i in range(s, e)}
    for t in tokens(doc):
        if t.lower_ not in ("who", "whom") or t.i in owner or t.head.dep_ != "relcl":
            continue
        cl = owner.get(t.head.head.i)
        if cl is not None and cl.kind in ("person", "group", "composite"):  # who: people, not places
            cl.extra.append((t.i, t.i + 1, "pronoun"))


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _public_kind(cl: _Cluster) -> str:
    if cl.kind == "place":
        return "group"  # a city's people
    if cl.kind == "composite":
        return "organization" if cl.sector in ORG_SECTORS else "group"
    return cl.kind


def _bare_surnames(doc, cands: list[Cand], pnames: set[str]) -> list[Cand]:
    """A full name's surname standing alone where spaCy tagged nothing ('Tester said'): a mention."""
    surnames = {p.split()[-1] for p in pnames if " " in p}
    if not surnames:
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    extra = [Cand(t.i, t.i + 1, t.text, "PERSON") for t in tokens(doc)
             if t.pos_ == "PROPN" and t.is_title and t.i not in covered and t.lower_ in surnames
             and not t.ent_type_ and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
             and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _short_org_names(doc, cands: list[Cand], B, pwords: set[str]) -> list[Cand]:
    """An organisation's first name word standing alone where spaCy tagged nothing ('Peabody' after
    'Peabody Energy'): a mention of the organisation, under its full name."""
    firsts: dict[str, str] = {}
    for c in cands:
        words = c.text.split()
        if c.label == "ORG" and len(words) > 1 and len(words[0]) >= 4 and words[0][0].isupper():
            w = norm(words[0])
            if not (w in B.countries or w in B.demonyms or w in B.agents or w in pwords):
                firsts.setdefault(w, c.text)
    if not firsts:
        return cands
    covered = {i for c in cands for i in range(c.start, c.end)}
    extra = [Cand(t.i, t.i + 1, firsts[t.lower_], "ORG") for t in tokens(doc)
             if t.pos_ == "PROPN" and t.is_title and t.i not in covered and t.lower_ in firsts
             and not t.ent_type_ and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
             and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _minority_country(doc, c: Cand, iso_at: dict[int, str], sent_index: dict[int, int],
                      iso_mentions: list[tuple[int, str]]) -> str | None:
    """The country an ethnic group lives in when the text says so: 'Albanians of southern Serbia',
    'ethnic Albanians' in a text about another country (the PLOVER gold convention)."""
    last = doc[c.end - 1]
    for prep in last.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "inside", "throughout"):
            for pobj in prep.children:
                for i in range(pobj.left_edge.i, pobj.i + 1):
                    if pobj.dep_ == "pobj" and iso_at.get(i) and iso_at[i] != c.iso:
                        return iso_at[i]
    if any(t.lower_ == "ethnic" for t in doc[max(c.start - 2, 0):c.start]):
        return context_country(c.start, sent_index, iso_mentions, exclude=c.iso)
    return None


def _fuzzy_person(key: str, pwords: set[str]) -> bool:
    if len(key) < 5:
        return False
    return any(w[:1] == key[:1] and edit_distance(key, w, 2) <= (1 if len(w) < 7 else 2)
               for w in pwords if len(w) >= 5)


def _find_person(people: list[_Cluster], words: list[str], start: int) -> _Cluster | None:
    if not words:
        return None
    best = None
    for cl in people:
        for ws in cl.words():
            if ws == words:
                return cl
            if len(words) > 1 and len(ws) > 1:
                if ws[-1] == words[-1] and (ws[0].startswith(words[0]) or words[0].startswith(ws[0])):
                    return cl
            elif len(words) == 1:
                if ws[-1] == words[0] or (len(ws) > 1 and ws[0] == words[0] and best is None):
                    best = best or cl
    if best is not None or len(words) > 1:
        return best
    w = words[0]
    for cl in people:  # a misspelt surname: "Khalizad" for Khalilzad
        for ws in cl.words():
            if len(w) >= 5 and ws[-1][:1] == w[:1] and edit_distance(w, ws[-1], 2) <= (1 if len(w) < 7 else 2):
                return cl
    return None


# Nouns for ordinary people and their homes: a demonym before one names the country's civilians.
_CIVILIAN_NOUNS = frozenset({"home", "house", "village", "neighborhood", "neighbourhood", "farm", "property",
                             "area", "prisoner", "detainee", "family", "child", "boy", "girl", "teenager",
                             "passenger", "pilgrim", "shepherd", "fisherman", "motorist", "household"})


def _agent_head(doc, c: Cand, agents: dict[str, str], blocked: set[int]) -> tuple[int | None, str | None]:
    """The agent noun a country or group name modifies: 'Afghan government', 'Taliban forces'."""
    last = doc[c.end - 1]
    dep, head = last.dep_, last.head
    # "US and British forces", "Hungarian and Romanian officials": a coordinated modifier
    while dep == "conj" and head.i < last.i:
        dep, head = head.dep_, head.head
    span = 4 if dep == "poss" else 2  # "Taiwan's Vice Foreign Minister"
    if dep not in ("amod", "compound", "nmod", "poss") or head.i < c.end or head.i - c.end > span:
        return None, None
    if head.pos_ not in ("NOUN", "PROPN") or head.i in blocked:
        return None, None
    if head.dep_ == "compound" and (head.head.i in blocked or head.head.ent_type_ == "PERSON"):
        return None, None
    between = range(c.end, head.i)
    if any(doc[i].i in blocked or doc[i].pos_ not in ("ADJ", "NOUN", "VERB", "CCONJ")
           and doc[i].tag_ not in ("POS", "HYPH") and not (dep == "poss" and doc[i].pos_ == "PROPN"
                                                         and not doc[i].ent_type_)
           or doc[i].ent_type_ == "PERSON" for i in between):
        return None, None
    words = [t.lower_ for t in doc[c.end:head.i + 1] if t.tag_ not in ("POS", "HYPH", "CC")]
    sector = agents.get(" ".join(words[-2:])) if len(words) > 1 else None
    sector = sector or agents.get(head.lower_) or agents.get(head.lemma_.lower())
    if sector is None:  # "opposition candidates", "rebel commanders": the modifier tells the sector
        sector = next((agents[w] for w in words[:-1] if w in agents), None)
    if sector is None and c.kind == "demonym" and head.lemma_.lower() in _CIVILIAN_NOUNS:
        sector = "CVL"  # "Palestinian homes", "a Palestinian prisoner": the people, civilians
    return (head.i, sector) if sector else (None, None)


def _code_other(cl: _Cluster, doc, published, B, lookup_entry) -> None:
    texts = [_strip_the(c.text) for c in cl.cands if c.kind != "demonym"]
    if cl.kind == "country":
        cl.name = B.country_names.get(cl.iso, cl.iso)
        cl.code = cl.iso
        return
    cl.name = max(texts or [cl.cands[0].text], key=lambda t: (texts.count(t), len(t)))
    if cl.entry is not None:
        code = cl.entry.code_on(published) or (cl.entry.codes[-1][0] if cl.entry.codes else None)
        country, sector = split_code(code or "")
        cl.iso = cl.entry.country or country
        if cl.iso is None or cl.iso == "IMG":  # a regional code: the name may say the country
            cl.iso = _country_of(doc[cl.cands[0].start:cl.cands[0].end], B, lookup_entry)[0] or cl.iso
        cl.sector = cl.entry.sector or sector
        cl.code = code
        if cl.kind not in ("organization", "group"):
            cl.kind = "group" if cl.sector in _GROUP_SECTORS else "organization"
        _party_in_opposition(cl, doc)
        return
    cl.sector = org_sector(cl.name, B.agents) if cl.kind == "organization" else _group_sector(cl, doc)
    c = cl.cands[0]
    cl.iso, org = _country_of(doc[c.start:c.end], B, lookup_entry)
    if cl.iso is None and c.start >= 2 and doc[c.start - 1].tag_ == "POS":  # "Ivory Coast's Supreme Court"
        owner = doc[c.start - 2]
        cl.iso, org = _country_of(doc[owner.left_edge.i:owner.i + 1], B, lookup_entry)
    cl.code = code_of(cl.iso, cl.sector)
    _party_in_opposition(cl, doc)


_OUT_OF_POWER = frozenset({"opposition", "defeated", "ousted", "banned", "outlawed", "exiled"})


def _party_in_opposition(cl: _Cluster, doc) -> None:
    """A party the text puts out of power ("the opposition Awami League", "the defeated Fatah Party")
    is the opposition (PLOVER OPP), not a party in government."""
    if cl.sector != "PTY":
        return
    for c in cl.cands:
        words = {t.lower_ for t in doc[max(c.start - 3, doc[c.start].sent.start):c.start] if not t.is_punct}
        if words & _OUT_OF_POWER:
            cl.sector = "OPP"
            cl.code = cl.code[:3] + "OPP" + cl.code[6:] if cl.code and cl.code[3:6] == "PTY" else code_of(cl.iso, "OPP")
            return


# A community named by its faith is a religious actor (the PLOVER gold codes "Moslem fundamentalist"
# and the CAMEO religion codes MOS, CHR as REL); an ethnic or national group has no sector of its own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_RELIGIONS = frozenset({"moslem", "moslems", "muslim", "muslims", "islamic", "christian", "christians",
                        "catholic", "catholics", "protestant", "protestants", "jewish", "jew", "jews", "hindu",
                        "hindus", "buddhist", "buddhists", "sikh", "sikhs", "sunni", "sunnis", "shia", "shiite",
                        "shiites", "alawite", "alawites", "alewite", "coptic", "copts", "evangelical",
                        "evangelicals", "orthodox"})


def _group_sector(cl: _Cluster, doc) -> str | None:
    """An unknown group's sector: the agent noun its name modifies ("Tamil civilian refugees" -> REF);
    a faith that modifies a generic noun for people, or stands alone ("Moslems"), is REL, but not one
    that modifies a noun the agent dictionary does not know ("Jewish settlers": no sector);
    "Moslem forces" are rebels (militaries are states')."""
    sector = next((c.sector for c in cl.cands if c.sector), None)

    def modifier(c: Cand) -> bool:
        last = doc[c.end - 1]
        return last.dep_ in _MODIFIER_DEPS and last.head.pos_ in ("NOUN", "PROPN") and last.head.i >= c.end

    religious = any(w in _RELIGIONS for c in cl.cands for w in norm(c.text).split()
                    if c.sector or not modifier(c))
    if religious and sector in (None, "CVL"):
        return "REL"
    return "REB" if sector == "MIL" else sector  # a community's armed men are no state's military


def _code_person(cl: _Cluster, published, B, lookup_entry, context, people: list[_Cluster]) -> None:
    longest = max(cl.cands, key=lambda c: (len(c.text.split()), -c.start))
    names = [c.text for c in cl.cands if len(c.text.split()) == len(longest.text.split())]
    name = max(names, key=names.count) if names else longest.text
    entry = None
    for c in sorted(cl.cands, key=lambda c: -len(c.text.split())):
        e = lookup_entry(c.text)
        if e is not None and e.kind in (None, "person"):
            entry = e
            break
    heads = {h.split()[-1] for t in cl.titles for h in t.heads}
    if entry is None and len(name.split()) == 1:
        found = _surname_index().get(norm(name), [])
        active = [e for e in found if e.code_on(published) is not None and (published is not None)]
        titled = [e for e in active if heads & {t.split()[-1] for t in e.titles}]
        if len(titled) == 1:
            entry = titled[0]
        elif len(active) == 1 and not heads:
            entry = active[0]
        elif len(found) == 1 and not active:
            entry = found[0]
    cl.entry = entry
    cl.name = entry.name if (entry is not None and len(name.split()) == 1) else name
    cl.gender = cl.gender or (entry.gender if entry else None)
    iso = sector = None
    excluded: set[str] = set()
    us = False
    for t in cl.titles:
        excluded |= t.excluded
        us = us or t.us_title
        if t.org_code and iso is None:
            iso, sector = split_code(t.org_code)
            sector = t.sector or sector
        if t.country and iso is None:
            iso = t.country
        if t.sector and sector is None:
            sector = "ELI" if t.former else t.sector
    if entry is not None:
        code = entry.code_on(published)
        ec, es = split_code(code or "")
        if code is None and entry.codes:  # every office ended before the document: an elite
            ec, _ = split_code(max(entry.codes, key=lambda c: c[2] or c[1] or "")[0])
            es = "ELI" if published is not None else None
        iso = iso or ec
        dated = [c for c in entry.codes if c[1] or c[2]]
        iso_day = published.isoformat() if published else ""
        ended = bool(published and entry.titles and dated and not any(
            (c[1] or "") <= iso_day and (c[2] is None or iso_day <= c[2]) for c in dated))
        if ended:
            es = es if es and es != "GOV" and es != sector else "ELI"
        sector = es if ended else (sector or es)  # the dictionary knows every office has ended
    if iso is None and us:
        iso = "USA"
    if iso is None and cl.titles:  # same office as a person whose country is known
        for other in people:
            if other is not cl and other.iso and heads & {h.split()[-1] for t in other.titles for h in t.heads}:
                iso = other.iso
                break
    if iso is None and cl.titles and sector in ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY"):
        # the country of the person's own sentence, else of the document; never a country another
        # person's title gives ("President X welcomed South African leader Y": X is no South African)
        others = {t.country for other in people if other is not cl for t in other.titles if t.country}
        iso = context(cl.cands[0].start, excluded | others)
    cl.iso, cl.sector = iso, sector
    cl.code = code_of(iso, sector)


def _entry_code(entry: Entry | None, published) -> tuple[str | None, str | None]:
    if entry is None or not entry.codes:
        return None, None
    return split_code(entry.code_on(published) or entry.codes[-1][0])


_INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO"})
_SUBJ_OBJ = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative"})
# Prepositions that make a capital a party ("talks with Moscow", "appealed to Beijing"), not a place.
_ARGUMENT_PREPS = frozenset({"with", "to", "against", "from", "by", "upon", "toward", "towards"})
# Group nouns located by a place: "rebels in Darfur", "opposition parties in Nepal".
_LOCATING_PREPS = frozenset({"in", "from", "throughout", "across", "inside"})


def _located_group(doc, c: Cand, agents: dict[str, str], blocked: set[int]) -> tuple[int | None, str | None]:
    """The group noun a country or place locates: 'rebels in Darfur' -> (index of 'rebels', REB)."""
    last = doc[c.end - 1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in _LOCATING_PREPS or prep.dep_ != "prep":
        return None, None
    noun = prep.head
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ == "NNP" and noun.lower_.endswith("s")  # "Rebels in"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ or not plural or noun.i in blocked or noun.i > c.start:
        return None, None
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.lower_]
    sector = agents.get(" ".join(words[-2:])) if len(words) > 1 else None
    sector = sector or agents.get(noun.lower_) or next((agents[w] for w in words[:-1] if w in agents), None)
    if sector in (None, "GOV", "CVL"):  # "officials in Kabul" are the government of the place's country
        return None, None
    start = min([t.i for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.i])
    return start, sector


def _people_of_place(doc, c: Cand, B, composite, claimed: set[int]) -> None:
    """A capital or city, or a plural demonym, as an actor (the PLOVER gold convention): a capital
    that is a subject or object stands for the government ("Moscow rejected"), any other place
    for its people ("clashes in Baghdad"); "Nigerians" are Nigerian civilians."""
    last = doc[c.end - 1]
    if c.kind == "demonym":
        if last.tag_ in ("NNS", "NNPS") and last.dep_ not in ("compound", "amod", "poss", "nmod"):
            cl = composite((c.iso, "CVL"), c.iso, "CVL", B.country_names.get(c.iso, c.iso))
            cl.extra.append((c.start, c.end, "demonym"))
            claimed.update(range(c.start, c.end))
            c.kind = None
        return
    if c.kind != "place":
        return
    dep = last.dep_
    if dep == "conj":
        dep = last.head.dep_
    argument = dep == "pobj" and (last.head.dep_ == "agent" or last.head.lower_ in _ARGUMENT_PREPS)
    if norm(c.text) in B.capitals and _called_capital(doc, c) is not False and (
            dep in _SUBJ_OBJ or argument or _called_capital(doc, c) or _diplomatic_seat(last)):
        cl = composite((c.iso, "GOV"), c.iso, "GOV", B.country_names.get(c.iso, c.iso))
    else:
        name = _strip_the(c.text)
        cl = composite(("place", norm(c.text)), c.iso, "CVL", name)
        cl.name = name
        cl.kind = "place"
    cl.extra.append((c.start, c.end, "name"))
    claimed.update(range(c.start, c.end))
    c.kind = None


_SUB_NATIONAL = frozenset({"regional", "provincial", "state", "district", "county", "southern", "northern",
                           "eastern", "western", "former", "old", "ancient", "commercial", "economic"})
_DIPLOMATIC = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors",
                         "envoy", "envoys", "mission", "legation", "chancery"})


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


def _unique_id(cl: _Cluster, used: dict[str, _Cluster]) -> str:
    base = slug(cl.name or "actor")
    if cl.entry is not None and cl.kind != "person":
        base = slug(_strip_the(cl.entry.name))
    aid, n = base, 2
    while aid in used:
        aid, n = f"{base}-{n}", n + 1
    used[aid] = cl
    return aid
