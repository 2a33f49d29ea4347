"""A named person whom no step placed, placed by the one country their sentences, else their paragraphs, name.

The steps before read a person's country from their own words, a base entry, a title, the sentence of
their first name (``_people.code_person``), the sentences before, and the dateline or headline
(``_dateline.place_people``). ``code_person`` reads the first name's sentence only for an officeholder
or a person named with no title. A person the text names by a name no base holds (a title of no public
office, "a rabbi", "the chief executive", or none), whom none of the steps placed, takes the one country
the sentences of their mentions name, the first name's as the later ones (the surname again, a pronoun,
a title): "Jay Roe spoke first. Roe, who has lived in Ruritania for decades, said ..."; where those name
none, the one country their paragraphs name. The annotators code such a person so (corpus/GUIDELINES.md
gives a named actor the country the text or an informed reader gives; the bar on the article's main
country is for generic actors): train 11 persons take the annotators' country, none one they leave
null, 3 another; dev 6 / 1 / 1 (docs/evaluation.md, "Session 39, country39"). Another paragraph, the
rest of the text, is no evidence. The sentences are read as the first name's is: not a country inside
another person's title, nor what the person works on or speaks of, nor a transnational code; a person
who works for a body is left to it. Nor the country words of the person's own titles, which
``code_person`` read and left: a remit ("Special Envoy for Syria"), a beat ("a Washington
correspondent"), a place of refuge ("a refugee in France"). Nor an armed group's figure, whose country
is the group's (``Cluster.armed_figure``). A one-word name is left alone, as ``place_people`` leaves it:
it is often a capitalised word the parser took for a name ("Debris"), which a country would keep as an
actor (docs/evaluation.md, "Session 38, country38").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._coding import TRANSNATIONAL_PREFIX, code_of
from ._coref import paragraph_index
from ._people import _own_words, _told_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._cluster import Cluster, Context

__all__ = ["place_by_mention_sentences"]


def place_by_mention_sentences(ctx: "Context", clusters: "list[Cluster]") -> None:
    """Give a named person (two words or more) with no base entry and no country, not one of an
    international body (sector IGO) nor an armed group's figure, the one country the sentences of their
    mentions name, read as the person-sentence step reads its sentence (``_people.code_person``), less
    the country words of the person's own titles; where those name none, the one country their paragraphs
    name. A pass over the document's country mentions for each such person (a few per document), and the
    paragraph index the unnamed agents' steps keep in the document."""
    todo = [cl for cl in clusters if cl.kind == "person" and cl.iso is None and cl.entry is None
            and cl.sector != "IGO" and not cl.armed_figure and any(c.end - c.start >= 2 for c in cl.cands if c.kind == "person")]
    if not todo or not ctx.iso_mentions:
        return
    # a country word inside another person's title is that person's ("South African leader Jay Doe")
    titled = {i for other in clusters if other.kind == "person" for t in other.titles if t.country
              for s, e in t.reach for i in range(s, e)}
    sent_of = ctx.sent_index
    paragraph: Sequence[int] | None = None
    for cl in todo:
        own, works = _own_words(cl, ctx.doc)
        if works:  # "Jay Roe of the Roe Group": placed by the body alone, as the sentence step leaves them
            continue
        # the person's own titles: a remit, a beat, a place of refuge, which code_person read and left
        mine = {i for t in cl.titles for s, e in t.reach for i in range(s, e)}
        # what the person works on or speaks of ("Jay Roe, an expert on Ruritania") is no country of theirs
        theirs = own | _told_of(cl, ctx.doc, ctx.iso_at) | titled | mine
        starts = [c.start for c in cl.cands] + [s for s, _e, _k in cl.extra]
        isos = [(i, iso) for i, iso in ctx.iso_mentions if iso not in TRANSNATIONAL_PREFIX and i not in theirs]
        sents = {sent_of[s] for s in starts}
        named = {iso for i, iso in isos if sent_of[i] in sents}
        if not named:
            # their sentences name no country: the one their paragraphs name ("Ruritania raised the tax on
            # Monday. Jay Roe, a farmer, said it would ruin him.")
            if paragraph is None:
                paragraph = paragraph_index(ctx.doc)
            paras = {paragraph[s] for s in starts}
            named = {iso for i, iso in isos if paragraph[i] in paras}
        if len(named) == 1:
            cl.iso = next(iter(named))
            cl.iso_from_context = True
            cl.code = code_of(cl.iso, cl.sector)
