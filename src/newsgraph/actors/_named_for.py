"""Bodies named for a person: "Trump University", "the Donald J. Trump Foundation", "the Clinton
Foundation", "Bloomberg Philanthropies". A body that no base knows and no word of its name places
belongs to the country of the person whose name opens its own, where the text names that person and
something other than a sentence placed them (a base's entry, a title, a demonym): the founder's
foundation, university or campaign committee is of the founder's country, whatever country the
sentences around it speak of.
"""

from __future__ import annotations

from ._cluster import Cluster, Context
from ._coding import code_of
from ._dictionaries import norm

__all__ = ["place_named_for"]


def place_named_for(ctx: Context, people: list[Cluster], clusters: list[Cluster]) -> None:
    """Give each body named for a person of the text, which no base holds and which nothing or only its
    sentence placed, the country of that person where their own words or a base placed them."""
    bodies = [cl for cl in clusters if cl.kind == "organization" and cl.entry is None and cl.cands and (
        cl.iso is None or cl.iso_from_context)]  # not a base's body, nor one its own words place
    if not bodies:
        return
    names: dict[str, tuple[str | None, frozenset[str]]] = {}
    for cl in people:
        if cl.iso is None or cl.iso_from_context or len(cl.iso) != 3 or not cl.cands:
            continue
        words = frozenset(w for c in cl.cands for w in norm(c.text).split())
        # each of the person's names the text writes: a surname only inside the body's name is left
        # alone, as "Un" of "Kim Jong Un" is no name that opens "U.N. Security Council Resolutions"
        for key in {norm(c.text) for c in cl.cands}:
            # a name two persons of different countries share places no body
            known = names.get(key)
            names[key] = (cl.iso if known is None or known[0] == cl.iso else None, words)
    if not names:
        return
    for cl in bodies:
        iso = _founder_country(cl, names)
        if iso is not None:
            cl.iso, cl.iso_from_context = iso, False
            cl.code = code_of(iso, cl.sector)


def _founder_country(cl: Cluster, names: dict[str, tuple[str | None, frozenset[str]]]) -> str | None:
    """The country of the person whose name opens one of the body's names and leaves at least one word
    after it ("Trump University": Trump's; "the Donald J. Trump Foundation": the words before the
    surname are the person's names or initials); None where none does or they disagree."""
    found: set[str | None] = set()
    for c in cl.cands:
        words = norm(c.text).split()
        for n in range(len(words) - 1, 0, -1):
            key = " ".join(words[:n])
            hit = names.get(key) or names.get(words[n - 1])
            if hit is not None and (key in names or all(len(w) == 1 or w in hit[1] for w in words[:n - 1])):
                found.add(hit[0])
                break
    return found.pop() if len(found) == 1 else None
