"""Actors: entity mentions -> in-document coreference -> canonical, coded actors.

``resolve(doc, published=)`` reads spaCy's entities, corrects their labels with evidence from the whole
document (a name tagged PERSON once is a person everywhere; a country tagged NORP is a country),
matches the bundled dictionaries (countries, demonyms, capitals, IGOs, armed groups, news outlets,
officeholders with dated offices), groups surnames and misspellings with full names, links title
nouns and pronouns to their antecedents, and codes every actor with an ISO country, a PLOVER sector
and a CAMEO-style code.

The steps of :func:`resolve`, each a function of its own module: the names (``_mentions``), their
kinds (``_kinds``), persons (``_people``), what a person's name owns such as "the Obama administration"
(``_owned``), composites such as "Afghan government" (``_composites``),
countries, organisations and groups (``_others``), codes, ids and Wikidata ids (``_wikidata``), every
other mention (``_link``), descriptions of one named person or body joined to it (``_identity``) and
the records (``_cluster``, which also holds what the steps share).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from ..records import ActorTable
from ._cluster import Cluster, Context, LookupEntry, actor_table, unique_id
from ._coding import code_of
from ._dateline import dateline_country, headline_country, place_people
from ._composites import Composites, find_composites, former_members, worded_names
from ._dictionaries import _FOUND_MAX, Bundled, Dictionary, Entry, bundled, load_dictionary
from ._identity import (join_justices, merge_described, merge_described_bodies, merge_governments, merge_police,
                        merge_same_groups)
from ._institutions import un_body
from ._kinds import type_names
from ._link import (_former, _title_heads, link_mentions, place_by_earlier_sentences, place_by_sentence_before,
                    place_qualified_groups)
from ._mentioned import place_by_mention_sentences
from ._named_for import place_named_for
from ._ranks import police_ranks
from ._mentions import bare_surnames, collect, person_evidence, short_org_names
from ._abroad import foreign_aliases
from ._others import _fuller_names, cluster_others, code_other, phrase_names
from ._owned import Owned, find_owned
from ._people import cluster_people, code_person, merge_handles, principal_countries
from ._wikidata import wikidata_of

__all__ = ["resolve", "load_dictionary", "load_dictionaries", "dictionary_sources", "Dictionary", "Entry"]


def resolve(doc, *, published: dt.date | None = None,
            dictionaries: Iterable[Dictionary | str | Path] | Dictionary | str | Path | None = None,
            text: str | None = None, title: str | None = None) -> ActorTable:
    """The actors of a parsed document and every mention of them (names, titles, pronouns, demonyms).

    ``published`` picks the dated office a dictionary gives a person; ``dictionaries`` are extra actor
    dictionaries (:class:`Dictionary` objects or paths for :func:`load_dictionary`) consulted first;
    ``text``, the document's text before page furniture was masked, gives its dateline (``_dateline``);
    ``title``, its headline, the one country the headline names.
    """
    B = bundled()
    user = load_dictionaries(dictionaries)
    lookup_entry = _lookup(user, B)
    cands = collect(doc, B, lookup_entry)
    pnames, pwords = person_evidence(cands)
    cands = bare_surnames(doc, cands, pnames)
    cands = short_org_names(doc, cands, B, pwords)
    cands = type_names(doc, cands, B, user, lookup_entry, pnames, pwords, published)  # 1. every name's kind
    ctx = Context.of(doc, cands, B, lookup_entry, published, fuller=_fuller_names(cands))
    ctx.filed_from = dateline_country(text, B)
    ctx.headline = headline_country(title, B)
    ctx.abroad = foreign_aliases(doc, cands, title, B)  # "the Supreme Court" after "In UK Supreme Court ruling"
    if ctx.abroad:
        ctx.iso_mentions = [(i, ctx.abroad.get(i, iso)) for i, iso in ctx.iso_mentions]
    people = cluster_people(ctx, cands)  # 2. persons: full names, surnames, misspellings
    owned = find_owned(ctx, people)  # 3. "the Obama administration", "Trump's campaign", "Sanders aides"
    cands, composites = find_composites(ctx, cands, people)  # and "Afghan government", "Taliban forces"
    others = cluster_others(cands)  # 4. countries, organisations, groups
    clusters = _code(ctx, people, others, composites, owned)  # 5. codes and ids
    merge_handles(clusters)  # "@realDonaldTrump": the account of the person named so
    link_mentions(ctx, clusters, people)  # 6. titles, title nouns, unnamed agents, pronouns
    merge_described(ctx, clusters, _title_heads(people), _former(people))  # "the White House spokesman": the one named so
    merge_described_bodies(ctx, clusters)  # "the newspaper", "the trade group": the one body of that kind before
    place_by_sentence_before(ctx, clusters)  # titled persons nothing else placed: the sentence before's country
    place_qualified_groups(ctx, clusters)  # "Kurdish leaders" nothing else placed: as unnamed agents are
    place_people(ctx, clusters)  # persons nothing else placed: the dateline's country
    place_by_earlier_sentences(ctx, clusters)  # titled persons still unplaced: a few sentences back
    place_by_mention_sentences(ctx, clusters)  # named persons still unplaced: the one country their sentences name
    merge_same_groups(clusters)  # "police" placed in France twice, or once and once nowhere: one group
    merge_governments(ctx, clusters)  # "the Assad regime", "the regime": the "Syrian government" named so
    merge_police(ctx, clusters)  # "police": the one police force the text names ("Paris police")
    join_justices(ctx, clusters)  # "the justices": the one supreme court the text names
    police_ranks(ctx, clusters)  # "a police lieutenant", "TSA officer Jay Roe": the police's, not soldiers
    table = actor_table(doc, clusters)  # 7. the records
    # "Republican senators", "Syrian government": given after the filters
    table.phrase_names = phrase_names(clusters) | worded_names(doc, clusters, B)
    return table


def load_dictionaries(dictionaries: Iterable[Dictionary | str | Path] | Dictionary | str | Path | None
                      ) -> list[Dictionary]:
    """The user's actor dictionaries as :class:`Dictionary` objects, in the order given: a path is read
    with :func:`load_dictionary` (InputError, with the reason, for a file that cannot be read), a
    Dictionary is kept as it is."""
    return [d if isinstance(d, Dictionary) else load_dictionary(d) for d in dictionary_sources(dictionaries)]


def dictionary_sources(dictionaries: Iterable[Dictionary | str | Path] | Dictionary | str | Path | None
                       ) -> list[Dictionary | str | Path]:
    """The dictionaries given, one or many, as a list in their order (not read)."""
    if not dictionaries:
        return []
    if isinstance(dictionaries, (str, Path, Dictionary)):
        return [dictionaries]
    return list(dictionaries)


def _lookup(user: list[Dictionary], B: Bundled) -> LookupEntry:
    """The dictionary entry of a name: the user's dictionaries first, then the bundled actors. The steps
    ask again for the names they met before (each capitalised run of the text, each name, by several
    steps: about one question in three is new), so the answers are kept for the one document. The bundled
    actors' answer depends on the name alone, and articles ask the same names again: it is kept across
    documents in the dictionary's ``derived`` answers, which ``Dictionary.add`` empties."""
    found: dict[str, Entry | None] = {}
    actors = B.actors
    derived = actors.derived

    def lookup_entry(text: str) -> Entry | None:
        try:
            return found[text]
        except KeyError:
            pass
        hit = None
        for d in user:
            hit = d.lookup(text)
            if hit is not None:
                break
        else:
            try:
                hit = derived[text]
            except KeyError:
                # a UN body the bases hold under another name ("United Nations Security Council") or not at all
                hit = actors.lookup(text) or un_body(text, actors.lookup) or _spelled_person(text, B)
                if len(derived) >= _FOUND_MAX:
                    derived.clear()
                derived[text] = hit
        found[text] = hit
        return hit

    return lookup_entry


def _spelled_person(text: str, B: Bundled) -> Entry | None:
    """A bundled person the name spells otherwise (:meth:`Dictionary.lookup_spelling`), asked only of a
    capitalised name of two words or more."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return B.actors.lookup_spelling(text)


def _code(ctx: Context, people: list[Cluster], others: list[Cluster], composites: Composites,
          owned: Owned) -> list[Cluster]:
    """Step 5: code every cluster (countries, organisations and groups first, then persons, whose
    context they give, then what persons own and composites) and give each an id of its own, in that
    order."""
    for cl in others:
        code_other(cl, ctx)
    for cl in people:
        code_person(cl, ctx, people)
    owned.code(people, ctx)
    for cl in composites.clusters.values():
        cl.code = code_of(cl.iso, cl.sector)
    for cl in owned.clusters + list(composites.clusters.values()):
        former_members(cl, ctx.doc)
    clusters = people + others + owned.clusters + list(composites.clusters.values())
    principal_countries(ctx, people, clusters)
    place_named_for(ctx, people, clusters)  # "Trump University": the founder's country
    used: dict[str, Cluster] = {}
    for cl in clusters:
        cl.id = unique_id(cl, used)
        cl.wikidata = wikidata_of(cl, ctx)
    return clusters
