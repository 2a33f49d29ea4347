"""Where a story says it is filed from: its dateline ("CITY, Region (Wire) -- ", "CITY -- ").

Page furniture masking (``ingest._furniture``) blanks a dateline before the parse, so it is read from the
text as given. Its place's country is the text's own word on where the story's first paragraphs
happen; the agents those paragraphs leave unplaced ("police said", "officials") take it
(``_link._unstated_country``). A story with no dateline may say where it happens in its headline, which
the parse does not read: the one country it names places the named persons nothing else placed, as a
dateline does (``headline_country``, ``place_people``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ._coding import code_of
from ._dictionaries import Bundled
from ._people import _US_STATE_ABBREVIATIONS
from ..nlp import tokens

if TYPE_CHECKING:
    from ._cluster import Cluster, Context

__all__ = ["dateline_country", "headline_country", "place_people", "story_place"]

# A line that opens with a place's capitalised words, perhaps a region after a comma, perhaps the wire
# in brackets, then a dash and a space: "CITY, Region (Wire) — ", "City (Wire) - ", "CITY -- ".
_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3})"
                       r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,2}))?"
                       r"(?:[ \t]*\((?P<wire>[A-Za-z .&]{2,30})\))?[ \t]*[-\u2014\u2013]+[ \t]", re.M)
# The dateline stands in a story's first lines: after a headline, a "Story highlights" line or a date.
_WITHIN = 600


def dateline_country(text: str | None, B: Bundled) -> tuple[str, int] | None:
    """The country of the first dateline in the first lines of ``text`` and the character offset where
    its story begins, else None: a region's country ("SPRINGFIELD, Ill.", "LIMASSOL, Cyprus") before its
    place's, a place the bundled lists hold, in capitals or before a wire's name ("BEIJING --",
    "Washington (Wire) -"). A line whose words are no place ("FILE - ", a name before a dash) and a
    headline's words before a dash ("Oslo - a city of ferries") are none."""
    if not text:
        return None
    for m in _DATELINE.finditer(text[:_WITHIN]):
        if not (m.group("place").isupper() or m.group("wire")):
            continue  # "Iran - the talks resume": a headline's words; a dateline's place is in capitals or credited
        iso = _place_country(m.group("region"), B, region=True) or _place_country(m.group("place"), B)
        if iso is not None:
            return iso, m.end()
    return None


# A headline's words: letters with inner dots and apostrophes ("U.S.", "Mexico's"), cut at hyphens and
# slashes ("US-China").
_WORD = re.compile(r"[A-Za-z][A-Za-z.'\u2019]*")


def headline_country(title: str | None, B: Bundled) -> str | None:
    """The one country a story's headline names (a country, a demonym, a capital, city or province of the
    bundled lists: "Bloodshed in Egypt ...", "London van attack: ...", "Russian plane crashes ..."), else
    None: a headline naming two ("US presses Iran") or none says nothing of where its story happens. A
    place's name that the bases hold as an actor of another country ("Obama", a town in Japan) is that
    actor."""
    if not title:
        return None
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w.rstrip(".'\u2019") or w for w in _WORD.findall(title)]
    found: set[str] = set()
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[k:k + n])
            if k + n > len(words) or not phrase[:1].isupper():
                continue
            key = phrase.lower().replace(".", "")
            iso = B.countries.get(key) or B.demonyms.get(key)
            if iso is None and key in B.places:
                known = B.actors.lookup(phrase)
                iso = B.places[key]
                if known is not None and not any(code.startswith(iso) for code, _s, _e in known.codes):
                    iso = None
            if iso is not None:
                found.add(iso)
                k += n - 1
                break
        k += 1
    return found.pop() if len(found) == 1 else None


def _place_country(words: str | None, B: Bundled, *, region: bool = False) -> str | None:
    if not words:
        return None
    low = words.lower()
    if region and low.replace(".", "") in _US_STATE_ABBREVIATIONS:
        return "USA"
    return B.countries.get(low) or B.places.get(low)


def story_place(ctx: "Context") -> tuple[str, int] | None:
    """Where a story says it happens: its dateline's country and the character offset where its story
    begins; without a dateline, the one country its headline names (``Context.headline``) from the
    text's start, where the text names it more often than any other. A headline's country that the text
    names less is often the subject of people elsewhere ("X's campaign online", told by researchers at
    home)."""
    if ctx.filed_from is not None:
        return ctx.filed_from
    if ctx.headline is None:
        return None
    ranked = Counter(iso for _i, iso in ctx.iso_mentions).most_common(2)
    if ranked and ranked[0][0] == ctx.headline and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ctx.headline, 0
    return None


def place_people(ctx: "Context", clusters: "list[Cluster]") -> None:
    """A named person whom nothing else places (no base entry, no title, demonym, home town or
    sentence gave a country) takes the country of the place the story says it happens in
    (:func:`story_place`) when the story names them after its dateline: a story filed from a place, or
    headed by it, is about the people there ("SPRINGFIELD -- ... said Jane Roe, a plant manager";
    "Flood in X" over "... said Jane Roe"). Not one of an international body (a transnational code, or
    sector IGO: "U.N. spokesman Jay Roe"), whom the annotators leave with no country. A headline, which
    says less than a dateline of where the story is told, places only a person the text names by two
    words or more: a one-word name nothing else places is often a capitalised word the parser took for
    a name ("Whichever", "ET"), which its country would then keep as an actor."""
    where = story_place(ctx)
    if where is None:
        return
    iso, offset = where
    headline = ctx.filed_from is None
    toks = tokens(ctx.doc)
    for cl in clusters:
        if cl.kind != "person" or not cl.cands or cl.iso is not None or cl.entry is not None or cl.sector == "IGO":
            continue
        if headline and all(c.end - c.start < 2 for c in cl.cands if c.kind == "person"):
            continue
        if toks[min(c.start for c in cl.cands)].idx >= offset:
            cl.iso = iso
            cl.code = code_of(iso, cl.sector)
