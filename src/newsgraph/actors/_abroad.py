"""A US body's bare name in a story whose own words make it another state's body of that name.

The bases read "the Supreme Court", "the Senate" or "the Treasury" alone as the American body
(``_institutions.US_INSTITUTIONS``, Phoenix's "Senate"): English political news names them so. Many
states have a body of that name, and a story about one of them names it first with its state ("In
Ruritania's Supreme Court ruling ...", "the Ruritanian Senate voted ...") and then by the bare name,
as it names any body in full first. When the first naming of the words in the headline or the text
qualifies them with another state, and no naming qualifies them with the United States or a third
state, the bare mentions are that state's body: its country is theirs, and their sentences'
(``Context.iso_mentions``) as well. A bare first naming, or a naming qualified by the US anywhere,
leaves the bases' reading: the guidelines give no body a country by the story's main country alone.
"""

from __future__ import annotations

import re

from .._us_states import ABBREVIATIONS as US_STATES
from ._dictionaries import Bundled, norm, split_code
from ._mentions import Cand

__all__ = ["foreign_aliases"]

# A headline's words, as ``_dateline.headline_country`` reads them: letters with inner dots and
# apostrophes ("U.K.", "Israel's").
_WORD = re.compile(r"[A-Za-z][A-Za-z.'\u2019]*")
_POSSESSIVE = ("'s", "\u2019s")


def _country_word(words: list[str], B: Bundled) -> str | None:
    """The country the last one to three of ``words`` name (a country, its demonym or a short form
    "UK", "U.S."; a US state's name is the US's), else None."""
    for n in (3, 2, 1):
        if n > len(words):
            continue
        phrase = " ".join(words[-n:])
        if not phrase[:1].isupper():
            continue
        key = phrase.lower().replace(".", "").replace("\u2019", "'")
        if key.endswith("'s"):
            key = key[:-2]
        if key in US_STATES:
            return "USA"  # "the Georgia Supreme Court", "the New Mexico Senate": a US state's body
        iso = B.countries.get(key) or B.demonyms.get(key)
        if iso is not None:
            return iso
    return None


def _bare(c: Cand, B: Bundled) -> str | None:
    """The lookup key of a mention that is a US body's name of the bases with no country's word in it
    ("Supreme Court", not "U.S. Supreme Court"), else None."""
    e = c.entry
    if c.kind != "organization" or e is None or e.kind == "person" or not e.codes:
        return None
    if split_code(e.codes[0][0])[0] != "USA":
        return None
    key = norm(c.text)
    words = c.text.split()
    if not key or any(_country_word(words[:k + 1], B) for k in range(len(words))):
        return None
    return key


def _title_namings(title: str, key: str, B: Bundled) -> list[str | None]:
    """The country before each naming of the words ``key`` in a headline (None for a bare naming)."""
    words = _WORD.findall(title)
    low = [w.lower().rstrip(".'\u2019") for w in words]
    want = key.split()
    out: list[str | None] = []
    for k in range(len(words) - len(want) + 1):
        if low[k:k + len(want)] == want and words[k][:1].isupper():
            out.append(_country_word(words[max(0, k - 3):k], B))
    return out


def _owner_before(doc, c: Cand, B: Bundled) -> str | None:
    """The country a possessive or a demonym right before a mention names ("Israel's Supreme Court",
    "the Pakistani Senate")."""
    if c.start >= 2 and doc[c.start - 1].tag_ == "POS":
        owner = doc[c.start - 2]
        return _country_word([t.text for t in doc[owner.left_edge.i:owner.i + 1]], B)
    if c.start >= 1 and doc[c.start - 1].head.i >= c.start:
        return _country_word([doc[c.start - 1].text], B)
    return None


def foreign_aliases(doc, cands: list[Cand], title: str | None, B: Bundled) -> dict[int, str]:
    """The first token of each bare mention of a US body's name that the story's own words make
    another state's body (see the module's docstring) -> that state's country."""
    bare: dict[str, list[Cand]] = {}
    for c in cands:
        key = _bare(c, B)
        if key is not None:
            bare.setdefault(key, []).append(c)
    if not bare:
        return {}
    out: dict[int, str] = {}
    # the bodies' and groups' lookup keys, made once for every bare name asked about
    named = [(c, norm(c.text)) for c in cands if c.kind in ("organization", "group")]
    for key, mentions in bare.items():
        # every naming of the words in reading order: the headline's, then the text's, each with the
        # country that qualifies it (None: bare)
        namings: list[tuple[int, str | None]] = [(-1, iso) for iso in _title_namings(title or "", key, B)]
        tail = " " + key
        for c, text in named:
            if text.endswith(tail) and c not in mentions:
                words = c.text.split()[:-len(key.split())]
                iso = _country_word(words, B) if words else None
                if iso is not None:
                    namings.append((c.start, iso))
        for c in mentions:
            namings.append((c.start, _owner_before(doc, c, B)))
        namings.sort(key=lambda n: n[0])
        states = {iso for _at, iso in namings if iso is not None}
        if not namings or namings[0][1] is None or states != {namings[0][1]} or "USA" in states:
            continue
        iso = namings[0][1]
        for c in mentions:
            out[c.start] = iso
    return out
