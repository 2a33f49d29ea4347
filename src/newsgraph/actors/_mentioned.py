"""A named person whom no step placed, placed by the one country the sentences of their later mentions name.

The steps before read a person's country from their own words, a base entry, a title, the sentence of
their first name (``_people.code_person``), the sentences before, and the dateline or headline
(``_dateline.place_people``). A person the text names by a name no base holds and none of them placed
is sometimes placed by a later mention of them (the surname again, a pronoun, a title) in a sentence
that names one country ("Jay Roe spoke first. Roe, who has lived in Ruritania for decades, said ...").
That sentence is read as the first name's is: not a country inside another person's title, nor what
the person works on or speaks of, nor a transnational code; a person who works for a body is left to
it. The first name's sentence is not read again (the step before left it for a reason: a remit, a
beat, a place of refuge), nor the paragraph or the rest of the text, which are no evidence of a
person's country (the guidelines; issue #19). Train: 14 named persons take the annotators' country, 1
takes one the annotators leave null, 5 stay wrong with another; dev 1 fixed, none broken. A one-word
name is left alone, as ``place_people`` leaves it: it is often a capitalised word the parser took for a
name ("Debris"), which a country would keep as an actor (docs/evaluation.md, "Session 38, country38").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._coding import TRANSNATIONAL_PREFIX, code_of
from ._people import _own_words, _told_of

if TYPE_CHECKING:
    from ._cluster import Cluster, Context

__all__ = ["place_by_mention_sentences"]


def place_by_mention_sentences(ctx: "Context", clusters: "list[Cluster]") -> None:
    """Give a named person (two words or more) with no base entry and no country, not one of an
    international body (sector IGO), the one country the sentences of their later mentions name, read as
    the person-sentence step reads its sentence (``_people.code_person``). A pass over the document's
    country mentions for each such person: a few per document."""
    todo = [cl for cl in clusters if cl.kind == "person" and cl.iso is None and cl.entry is None
            and cl.sector != "IGO" and any(c.end - c.start >= 2 for c in cl.cands if c.kind == "person")]
    if not todo or not ctx.iso_mentions:
        return
    # a country word inside another person's title is that person's ("South African leader Jay Doe")
    titled = {i for other in clusters if other.kind == "person" for t in other.titles if t.country
              for s, e in t.reach for i in range(s, e)}
    sent_of = ctx.sent_index
    for cl in todo:
        own, works = _own_words(cl, ctx.doc)
        if works:  # "Jay Roe of the Roe Group": placed by the body alone, as the sentence step leaves them
            continue
        mine = {i for t in cl.titles for s, e in t.reach for i in range(s, e)}
        # what the person works on or speaks of ("Jay Roe, an expert on Ruritania") is no country of theirs
        theirs = own | _told_of(cl, ctx.doc, ctx.iso_at) | (titled - mine)
        isos = [(i, iso) for i, iso in ctx.iso_mentions if iso not in TRANSNATIONAL_PREFIX and i not in theirs]
        # the first name's sentence is the one the person-sentence step read and left (a remit, a beat, a
        # place of refuge, another person's country): only the sentences of the later mentions are new
        first = sent_of[cl.cands[0].start]
        sents = {sent_of[s] for s in [c.start for c in cl.cands] + [s for s, _e, _k in cl.extra]} - {first}
        named = {iso for i, iso in isos if sent_of[i] in sents}
        if len(named) == 1:
            cl.iso = next(iter(named))
            cl.iso_from_context = True
            cl.code = code_of(cl.iso, cl.sector)
