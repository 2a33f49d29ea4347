"""Where a story says it is filed from: its dateline ("CITY, Region (Wire) -- ", "CITY -- ").

Page furniture masking (``ingest._furniture``) blanks a dateline before the parse, so it is read from the
text as given. Its place's country is the text's own word on where the story's first paragraphs
happen; the agents those paragraphs leave unplaced ("police said", "officials") take it
(``_link._unstated_country``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._coding import code_of
from ._dictionaries import Bundled
from ._people import _US_STATE_ABBREVIATIONS
from ..nlp import tokens

if TYPE_CHECKING:
    from ._cluster import Cluster, Context

__all__ = ["dateline_country", "place_people"]

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


def _place_country(words: str | None, B: Bundled, *, region: bool = False) -> str | None:
    if not words:
        return None
    low = words.lower()
    if region and low.replace(".", "") in _US_STATE_ABBREVIATIONS:
        return "USA"
    return B.countries.get(low) or B.places.get(low)


def place_people(ctx: "Context", clusters: "list[Cluster]") -> None:
    """A named person whom nothing else places (no base entry, no title, demonym, home town or
    sentence gave a country) takes the dateline's country when the story names them after it: a
    story filed from a place is about the people there ("SPRINGFIELD -- ... said Jane Roe, a plant
    manager"). Not one of an international body (a transnational code, or sector IGO: "U.N. spokesman
    Jay Roe"), whom the annotators leave with no country."""
    if ctx.filed_from is None:
        return
    iso, offset = ctx.filed_from
    toks = tokens(ctx.doc)
    for cl in clusters:
        if cl.kind != "person" or not cl.cands or cl.iso is not None or cl.entry is not None or cl.sector == "IGO":
            continue
        if toks[min(c.start for c in cl.cands)].idx >= offset:
            cl.iso = iso
            cl.code = code_of(iso, cl.sector)
