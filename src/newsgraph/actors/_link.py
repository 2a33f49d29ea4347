"""Step 6 of resolving actors: every mention of each coded cluster, beyond its names: the words of a
person's title, definite title nouns ("the secretary"), unnamed agents that act or speak ("officials
said", "a spokesman"), which become actors of their own, and pronouns."""

from __future__ import annotations

from collections.abc import Hashable

from ._agents import context_country, find_agents, phrase_country
from ._cluster import Cluster, Context
from ._coding import TRANSNATIONAL_PREFIX, code_of
from ._coref import Ref, resolve_descriptions, resolve_pronouns, resolve_titles
from ..nlp import lowers, span_text, tokens

__all__ = ["link_mentions"]

_SUBJECTS = ("nsubj", "nsubjpass")


def link_mentions(ctx: Context, clusters: list[Cluster], people: list[Cluster]) -> None:
    """Give each cluster all its mentions (in ``extra``); the clusters of unnamed agents are appended
    to ``clusters``."""
    refs = _name_refs(ctx, clusters)
    by_id = {cl.id: cl for cl in clusters}
    _title_nouns(ctx, refs, by_id, people)
    _unnamed_agents(ctx, refs, by_id, clusters)
    _descriptions(ctx, refs, by_id, clusters)
    for i, ref in resolve_pronouns(ctx.doc, refs, ctx.claimed, ctx.sent_index):
        by_id[ref.actor].extra.append((i, i + 1, "pronoun"))
    _relative_pronouns(ctx.doc, clusters)


def _name_refs(ctx: Context, clusters: list[Cluster]) -> list[Ref]:
    """The names of each cluster and the words of its titles not yet claimed, as mentions; a Ref per
    mention for coreference (with whether it is a subject, or a modifier of a noun after it)."""
    doc, claimed = ctx.doc, ctx.claimed
    refs: list[Ref] = []
    # the title words before a person's name: "Japanese" in "Japanese Prime Minister Jay Doe" is part of
    # that person's name, not a mention of Japan (the guidelines' rule for adjectives)
    titled = {i for cl in clusters if cl.kind == "person" for t in cl.titles if t.window for i in range(*t.window)}
    for cl in clusters:
        kind = "composite" if cl.kind in ("composite", "place") else cl.kind
        spans = [(c.start, c.end, "demonym" if c.kind == "demonym" else "name") for c in cl.cands
                 if not (c.kind == "demonym" and c.start in titled)] + cl.extra
        for t in cl.titles:
            for sp in t.spans:
                if not any(i in claimed for i in range(*sp)):
                    spans.append((sp[0], sp[1], "title"))
                    claimed.update(range(*sp))
        cl.extra = spans
        for start, end, _k in spans:
            last = doc[end - 1]
            refs.append(Ref(start, end, cl.id, kind, cl.gender, ctx.sent_index[start],
                            last.dep_ in _SUBJECTS or (
                                last.dep_ == "appos" and last.head.dep_ in _SUBJECTS) or any(
                                doc[i].dep_ in _SUBJECTS and doc[i].head.i not in range(start, end)
                                for i in range(start, end)),
                            last.dep_ in ("compound", "amod") and last.head.i >= end))
    return refs


def _title_nouns(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster], people: list[Cluster]) -> None:
    """Definite title nouns ('the secretary', 'the envoy'): mentions of the person who holds the title."""
    doc = ctx.doc
    heads = {cl.id: [h for t in cl.titles for h in t.heads] + [t for t in (cl.entry.titles if cl.entry else [])]
             for cl in people}
    for start, end, ref in resolve_titles(doc, refs, heads, ctx.claimed, ctx.sent_index,
                                          {cl.id: cl.iso for cl in people}, ctx.iso_at):
        by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, "person", ref.gender, ctx.sent_index[start],
                        doc[end - 1].dep_ in _SUBJECTS))


def _descriptions(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster], clusters: list[Cluster]) -> None:
    """Definite descriptions no other step claimed ("the country", "the group", "the committee", "the
    North"): mentions of the state or body they refer back to."""
    doc = ctx.doc
    words = {cl.id: {w.lower() for w in [cl.name or "", *(c.text for c in cl.cands)] if w} for cl in clusters
             if cl.cands}
    for start, end, ref in resolve_descriptions(doc, refs, words, ctx.claimed, ctx.sent_index):
        by_id[ref.actor].extra.append((start, end, "title"))
        ctx.claimed.update(range(start, end))
        refs.append(Ref(start, end, ref.actor, ref.kind, ref.gender, ctx.sent_index[start],
                        doc[end - 1].dep_ in _SUBJECTS))


def _unnamed_agents(ctx: Context, refs: list[Ref], by_id: dict[str, Cluster], clusters: list[Cluster]) -> None:
    """Unnamed agents that act or speak ("officials said", "a spokesman", "protesters"): one cluster
    per country, sector, head and number, with an id no other cluster has."""
    doc, B = ctx.doc, ctx.bundled
    agent_clusters: dict[Hashable, Cluster] = {}
    last_of_base: dict[Hashable, Cluster] = {}
    named = _named_bodies(doc, clusters)
    for ph in find_agents(doc, B, ctx.claimed):
        if ph.sector == "GOV" and ph.name_end is not None and _legislators_staff(doc, ph, clusters, B.agents):
            ph.sector = "LEG"  # "a spokeswoman for Rep. X", "an aide to the senator": a legislator's staff
        stated = phrase_country(doc, ph, B, ctx.iso_at)
        ph.iso = stated or _coreferent_country(ph, named) or (
            context_country(ph.head, ctx.sent_index, ctx.iso_mentions) if _context_tells(ph) else None)
        cl = agent_clusters.get(ph.key)
        if cl is None and not ph.mods and not ph.owner:
            cl = last_of_base.get(ph.base)  # "federal officials ... the officials": the same ones
        if cl is None:
            cl = Cluster("person" if ph.person else "group")
            agent_clusters[ph.key] = cl
            cl.iso, cl.sector = ph.iso, ph.sector
            # named in the text's own words ("senior administration official"); a country only where
            # the phrase states it ("officials in Kabul"), never the one the context suggests
            words = span_text(doc, ph.start, ph.name_end or ph.end)  # "spokesman for Senator X": with the owner
            if doc[ph.start].pos_ != "PROPN":
                words = words[:1].lower() + words[1:]
            cl.name = " ".join(w for w in (B.country_names.get(stated or ""), words) if w)
            cl.code = code_of(ph.iso, ph.sector)
            cl.id, n = ph.ident(), 2
            while cl.id in by_id:
                cl.id, n = f"{ph.ident()}-{n}", n + 1
            clusters.append(cl)
            by_id[cl.id] = cl
        last_of_base[ph.base] = cl
        cl.extra.append((ph.start, ph.end, "title"))
        ctx.claimed.update(range(ph.start, ph.end))
        refs.append(Ref(ph.start, ph.end, cl.id, "person" if ph.person else "group", None, ctx.sent_index[ph.start],
                        doc[ph.head].dep_ in _SUBJECTS))


def _legislators_staff(doc, ph, clusters: list[Cluster], agents: dict[str, str]) -> bool:
    """Whether the one an agent works for, named right after the noun ("spokesman for Senator X",
    "an aide to the congressman", "a spokeswoman for the House committee"), is a legislator or a
    legislature: a name the actors stage coded LEG, else a noun the agent dictionary codes LEG."""
    owner = range(ph.head + 1, ph.name_end)
    if any(cl.sector == "LEG" and any(c.start in owner for c in cl.cands) for cl in clusters):
        return True
    return agents.get(doc[ph.name_end - 1].lower_) == "LEG"


# Unnamed people whom their sentence's country does not place: commentators write about a country
# ("analysts said Iran ..."), migrants are in a country not their own, diplomats in the plural
# come from many. The annotators leave them null unless the phrase says ("Iranian analysts").
_NOT_PLACED = frozenset({"analyst", "expert", "observer", "reporter", "journalist", "researcher", "economist",
                         "scholar", "commentator", "migrant", "immigrant"})


def _context_tells(ph) -> bool:
    """Whether the sentence's country may code an unnamed agent: one with a sector, not one of
    :data:`_NOT_PLACED` nor diplomats in the plural."""
    return bool(ph.sector) and ph.lemma not in _NOT_PLACED and not (ph.plural and ph.lemma == "diplomat")


def _named_bodies(doc, clusters: list[Cluster]) -> list[tuple[int, str, str, bool]]:
    """(start, head lemma, country, whether one person) of every name of a body, group or unnamed
    person whose country is known: "the Turkish government" (government, TUR), "Israeli police"
    (police, ISR), "a U.S. official" (official, USA, a person)."""
    out: list[tuple[int, str, str, bool]] = []
    for cl in clusters:
        if cl.kind not in ("composite", "organization", "group", "person") or not cl.iso or (
                cl.iso in TRANSNATIONAL_PREFIX) or cl.kind == "person" and cl.cands:
            continue  # a named person ("President X") is reached by title nouns, not here
        for start, end, kind in cl.extra:
            if kind == "name" and end - start > 1:
                out.append((start, doc[end - 1].lemma_.lower(), cl.iso, cl.kind == "person"))
    return out


# Nouns of one unnamed person that a later bare mention refers back to: "a U.S. official ... the official".
_UNNAMED_PERSONS = frozenset({"official", "diplomat", "source", "aide", "spokesman", "spokeswoman", "spokesperson"})


def _coreferent_country(ph, named: list[tuple[int, str, str, bool]]) -> str | None:
    """The country of an unnamed body ("the government", "police", "the military") or person ("the
    official") that the text has named before with a country ("the Turkish government", "Israeli
    police", "a U.S. official"): it refers back to that body or person. Two of different countries
    leave it undecided."""
    if ph.plural or ph.person and ph.lemma not in _UNNAMED_PERSONS:
        return None
    found = {iso for start, lemma, iso, one in named if start < ph.start and lemma == ph.lemma and one == ph.person}
    return found.pop() if len(found) == 1 else None


def _relative_pronouns(doc, clusters: list[Cluster]) -> None:
    """'Mr. Obama, who said ...', 'economists who argue': the relative pronoun is a mention of the
    actor its clause modifies."""
    owner = {i: cl for cl in clusters for s, e, _k in cl.extra for i in range(s, e)}
    for t, low in zip(tokens(doc), lowers(doc)):
        if low not in ("who", "whom") or t.i in owner or t.head.dep_ != "relcl":
            continue
        cl = owner.get(t.head.head.i)
        if cl is not None and cl.kind in ("person", "group", "composite"):  # who: people, not places
            cl.extra.append((t.i, t.i + 1, "pronoun"))
