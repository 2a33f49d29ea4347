"""A named person whom no step placed, placed by the one country the sentences of their mentions name.

The steps before read a person's country from their own words, a base entry, a title, the sentence of
the mention that a title or a sentence step reads, the sentences before, and the dateline or headline
(``_dateline.place_people``). A person the text names by a name no base holds and none of them placed is
still often placed by the text: another mention of them (a pronoun, a title, the surname again) stands
in a sentence that names one country, or the paragraph does ("says Jane Roe, a lawyer in Austin,
Texas"; "Jane Roe, a spokeswoman in Oslo"). Train: of the named persons with no base entry left null,
24 take the annotators' country and 3 lose theirs (7 stay wrong with another country); dev 8 and 1 (1).
A one-word name is left alone, as ``place_people`` leaves it: it is often a capitalised word the parser
took for a name ("Debris"), which a country would keep as an actor. The sentences of several countries
are left alone too: which one is the person's is the sentence paths' choice, which neither an order of
rules nor a learned chooser over the same candidates made better on train (docs/evaluation.md,
"Session 38, country38").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._coding import TRANSNATIONAL_PREFIX, code_of
from ._coref import paragraph_index
from ._people import _own_words, _told_of

if TYPE_CHECKING:
    from ._cluster import Cluster, Context

__all__ = ["place_by_mention_sentences"]


def place_by_mention_sentences(ctx: "Context", clusters: "list[Cluster]") -> None:
    """Give a named person with no base entry and no country (not one of an international body, sector
    IGO) the one country the sentences of their mentions name, else the one country their paragraphs
    name when those sentences name none. Reads the document's country mentions once, and its paragraphs
    only when a person needs them (``_coref.paragraph_index`` keeps them for the document)."""
    todo = [cl for cl in clusters if cl.kind == "person" and cl.iso is None and cl.entry is None
            and cl.sector != "IGO" and any(c.end - c.start >= 2 for c in cl.cands if c.kind == "person")]
    if not todo or not ctx.iso_mentions:
        return
    # a country word inside another person's title is that person's ("South African leader Jay Doe")
    titled = {i for other in clusters if other.kind == "person" for t in other.titles if t.country
              for s, e in t.reach for i in range(s, e)}
    sent_of = ctx.sent_index
    par: list[int] | None = None
    for cl in todo:
        own, works = _own_words(cl, ctx.doc)
        if works:  # "Jay Roe of the Roe Group": placed by the body alone, as the sentence step leaves them
            continue
        mine = {i for t in cl.titles for s, e in t.reach for i in range(s, e)}
        # what the person works on or speaks of ("Jay Roe, an expert on Ruritania") is no country of theirs
        theirs = own | _told_of(cl, ctx.doc, ctx.iso_at) | (titled - mine)
        isos = [(i, iso) for i, iso in ctx.iso_mentions if iso not in TRANSNATIONAL_PREFIX and i not in theirs]
        starts = [c.start for c in cl.cands] + [s for s, _e, _k in cl.extra]
        sents = {sent_of[s] for s in starts}
        named = {iso for i, iso in isos if sent_of[i] in sents}
        if not named:
            if par is None:
                par = paragraph_index(ctx.doc)
            pars = {par[s] for s in starts}
            named = {iso for i, iso in isos if par[i] in pars}
        if len(named) == 1:
            cl.iso = next(iter(named))
            cl.iso_from_context = True
            cl.code = code_of(cl.iso, cl.sector)
