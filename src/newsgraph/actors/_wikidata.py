"""Part of step 5 of resolving actors: the Wikidata id an actor carries, where a knowledge base gives
one and the match is the same person or body.

- A country carries its country's id (the world leaders' country column).
- A person or body carries its dictionary entry's id when the text names it in full (a name or alias
  of the entry of two words or more), or, named by a single word ("Rouhani"), only when the entry holds
  an office on the publication date: a bare surname years before or after the office may be anyone.
- Never when the country the text gives the actor is none of the entry's countries.
"""

from __future__ import annotations

import datetime as dt

from ._cluster import Cluster, Context
from ._dictionaries import Entry, norm, split_code

__all__ = ["wikidata_of"]


def wikidata_of(cl: Cluster, ctx: Context) -> str | None:
    if cl.kind == "country":
        return ctx.bundled.country_wikidata.get(cl.iso or "")
    entry = cl.entry
    if entry is None or not entry.wikidata:
        return None
    if (entry.kind == "person") != (cl.kind == "person"):
        return None
    countries = {split_code(code)[0] for code, _start, _end in entry.codes} - {None}
    if entry.country:
        countries.add(entry.country)
    if cl.iso and countries and cl.iso not in countries:
        return None
    keys = {norm(n) for n in (entry.name, *entry.aliases)}
    named = any(len(k.split()) >= 2 and k in keys for k in (norm(c.text) for c in cl.cands))
    if cl.kind != "person" or named or _in_office(entry, ctx.published):
        return entry.wikidata
    return None


def _in_office(entry: Entry, day: dt.date | None) -> bool:
    """The entry holds a dated office on ``day`` (never without a day)."""
    if day is None:
        return False
    iso = day.isoformat()
    return any((start or end) and (start is None or start <= iso) and (end is None or iso <= end)
               for _code, start, end in entry.codes)
