"""Offices: one key per office however a text titles it, and the knowledge base's dated terms.

``office_key`` reads a title the way a question or a role record gives it and returns the office's
canonical key and the country the title names: "U.S. Secretary of State", "secretary of state" and
"State Secretary" are ("secretary of state", "USA"/None); "Speaker of the House", "House Speaker" and
"Speaker" of the organisation "House" are "house speaker"; "Prime Minister of Israel" is ("prime minister",
"ISR"). Party words ("GOP Senator") and status words ("former", "then-", "acting") are not part of it.

``kb_terms`` answers from the bundled ``data/actors/offices.json``, which ``scripts/build_dictionaries.py``
writes from the same sources as the actor dictionaries (US presidents and vice presidents, the leadership
roles of the current members of Congress, the world leaders of 2021-2022 with their years, and the Phoenix
people whose titled alias and single dated code name a term). A term the source leaves open is known only
until the date its source was made.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from .. import _prebuilt
from ..time._period import period
from ._titles import NAME_SUFFIXES, country_code

__all__ = ["OfficeKey", "office_key", "generic_of", "Term", "kb_terms", "kb_sources", "kb_offices", "subdivisions",
           "kb_held", "kb_titles", "name_ends"]

# words that say who holds an office, never which office it is
_PARTY = {"gop", "republican", "democratic", "democrat", "dem"}
_STATUS = {"former", "ex", "then", "late", "acting", "interim", "caretaker", "incoming", "outgoing", "elect",
           "designate", "retired", "current", "sitting", "erstwhile"}
# "Defense Secretary" is the "Secretary of Defense": the US executive departments
_DEPARTMENTS = ("state", "defense", "defence", "treasury", "homeland security", "energy", "labor", "commerce",
                "agriculture", "interior", "education", "transportation", "health and human services", "health",
                "veterans affairs", "housing and urban development", "housing", "army", "navy", "air force",
                "war")
_CHAMBERS = {"house", "senate"}
_ORG_CHAMBERS = {"house": "house", "house of representatives": "house", "us house": "house",
                 "us house of representatives": "house", "senate": "senate", "us senate": "senate"}
_NATIONS = {"un", "united nations"}


@dataclass(frozen=True, slots=True)
class OfficeKey:
    key: str  # the office, canonical: "secretary of state", "house speaker", "prime minister"
    country: str | None  # ISO 3166 alpha-3 the title itself names ("U.S.", "of Israel"), else None


def _words(text: str) -> list[str]:
    text = text.replace("’", "'").replace(".", "").replace("–", "-").replace("—", "-")
    text = re.sub(r"[^\w\s'-]", " ", text.lower())
    return [w for w in re.split(r"[\s-]+", text) if w]


@functools.lru_cache(maxsize=4096)
def _country(words: tuple[str, ...]) -> str | None:
    if not words:
        return None
    text = " ".join(words)
    if text in _NATIONS:
        return None
    return country_code(text)


@functools.lru_cache(maxsize=8192)
def office_key(title: str, organization: str | None = None) -> OfficeKey:
    """The canonical key of an office title (with the organisation a role record gives it) and the
    country the title names."""
    words = [w for w in _words(title) if w not in _PARTY and w not in _STATUS and w not in ("the", "a", "an")]
    country = None
    # a trailing "of <country>": "Prime Minister of Israel", "President of the United States"
    for i, w in enumerate(words):
        if w == "of" and 0 < i < len(words) - 1:
            c = _country(tuple(words[i + 1:]))
            if c is not None:
                country, words = c, words[:i]
                break
    # a leading country or demonym: "U.S. Secretary of State", "Israeli Prime Minister", "United States Senator"
    for k in (3, 2, 1):
        if len(words) > k:
            c = _country(tuple(words[:k]))
            if c is not None:
                country, words = country or c, words[k:]
                break
    text = " ".join(words)
    text = re.sub(r"\bvp\b", "vice president", text)
    text = re.sub(r"\bpresident pro tem\b", "president pro tempore", text)
    text = re.sub(r"^federal chancellor$", "chancellor", text)
    # "Secretary of Defense" / "Defense Secretary"; "Minister of Foreign Affairs" / "Foreign Minister"
    for dept in _DEPARTMENTS:
        if text == f"{dept} secretary":
            text = f"secretary of {dept}"
    text = text.replace("secretary of defence", "secretary of defense")
    m = re.fullmatch(r"minister (?:of|for) (?:the )?(.+?)(?: affairs)?", text)
    if m:
        text = f"{m.group(1)} minister"
    # chambers first: "Speaker of the House" / "House Speaker"; "Majority Leader of the Senate"
    m = re.fullmatch(r"(.+?) of (?:the )?(house|senate)(?: of representatives)?", text)
    if m:
        text = f"{m.group(2)} {m.group(1)}"
    org = " ".join(_words(organization or ""))
    chamber = _ORG_CHAMBERS.get(org)
    if chamber and text.split()[:1] != [chamber] and text in ("speaker", "majority leader", "minority leader",
                                                               "majority whip", "minority whip"):
        text = f"{chamber} {text}"
    # the United Nations' ambassador: "U.N. Ambassador", "Ambassador to the United Nations"
    text = re.sub(r"^(?:un|united nations) ambassador$", "ambassador to the un", text)
    text = re.sub(r"^ambassador to (?:the )?united nations$", "ambassador to the un", text)
    return OfficeKey(text, country)


def generic_of(report: str, asked: str) -> bool:
    """A report's office key is a less specific form of the asked one: the asked key less its chamber
    ("Speaker" of "house speaker", "Majority Leader" of "senate majority leader") or its complement
    ("Secretary" of "secretary of state"). A word that changes the office ("vice", "deputy") never
    goes: "President" is no form of "vice president"."""
    r, a = report.split(), asked.split()
    if not r or r == a:
        return False
    if "of" in a:
        a = a[:a.index("of")]
    while a and a[0] in _CHAMBERS:
        a = a[1:]
    return r == a


@functools.lru_cache(maxsize=256)
def subdivisions(country: str | None) -> frozenset[str]:
    """The lower-case names of a country's subdivisions (US states, provinces): a title after one of
    them ("Kansas Secretary of State") is the subdivision's office, not the country's."""
    if not country:
        return frozenset()
    try:
        import pycountry

        alpha2 = pycountry.countries.get(alpha_3=country)
        if alpha2 is None:
            return frozenset()
        subs = pycountry.subdivisions.get(country_code=alpha2.alpha_2) or []
        return frozenset(s.name.lower() for s in subs)
    except (ImportError, LookupError, KeyError):  # pragma: no cover - a declared dependency
        return frozenset()


@dataclass(frozen=True, slots=True)
class Term:
    title: str
    key: str
    country: str | None
    names: tuple[str, ...]  # the person's name first
    wikidata: str | None
    start: str | None  # ISO date, or a year (the world leaders)
    end: str | None
    source: str

    def bounds(self, known_until: str | None) -> tuple[dt.date | None, dt.date | None, bool]:
        """The first and last day of the term, and whether both are known to the day (a year gives
        its first day as the start and its last as the end; an open end lasts until the source's date)."""
        first = period(self.start) if self.start else None
        last = period(self.end) if self.end else None
        if self.end is None and known_until:  # known to go on until the source's date (or its own start)
            last = max(period(known_until) or (dt.date.min, dt.date.min), first or (dt.date.min, dt.date.min))
        exact = bool(first and first[0] == first[1] and (self.end is None or (last and last[0] == last[1])))
        return (first[0] if first else None), (last[1] if last else None), exact

    def holds(self, on: dt.date, known_until: str | None) -> bool | None:
        """None when the term does not cover ``on``, else whether ``on`` lies surely inside (False: in the
        start or end year of a term known by its years only)."""
        first, last, exact = self.bounds(known_until)
        if (first and on < first) or (last and on > last):
            return None
        return exact or bool(first and last and first.year < on.year < last.year)


def office_tables() -> tuple[dict[str, dict[str, str]], list[tuple]]:
    """The knowledge base's sources and its terms as plain tuples, each title already read into its
    office key and country (the builder of the prebuilt ``offices`` table: reading 740 titles is most
    of the cost of loading the terms)."""
    path = resources.files("newsgraph").joinpath("data", "actors", "offices.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = []
    for title, country, names, wikidata, start, end, source in data["terms"]:
        k = office_key(title)
        terms.append((title, k.key, country or k.country, tuple(names), wikidata, start, end, source))
    return data["sources"], terms


@functools.lru_cache(maxsize=1)
def _load() -> tuple[dict[str, dict[str, str]], tuple[Term, ...]]:
    sources, rows = _prebuilt.load("offices") or office_tables()
    return sources, tuple(Term(*row) for row in rows)


def kb_sources() -> dict[str, dict[str, str]]:
    """Each source of the terms: what it is and until when it knows (``known_until``)."""
    return _load()[0]


def kb_offices() -> list[tuple[str, str | None]]:
    """Every office (key, country) the knowledge base has terms of."""
    return sorted({(t.key, t.country) for t in _load()[1]}, key=lambda o: (o[0], o[1] or ""))


# The terms of each office key, in the knowledge base's order, and the tuple of terms they were read from:
# ``kb_terms`` reads its office's terms alone, where a pass over all 740 was most of the roles stage's
# cost of judging a title's holder. Remade whenever ``_load`` answers another tuple (tests put their own).
_BY_KEY: "tuple[tuple[Term, ...], dict[str, tuple[Term, ...]]] | None" = None


def _by_key(terms: tuple[Term, ...]) -> dict[str, tuple[Term, ...]]:
    global _BY_KEY
    if _BY_KEY is None or _BY_KEY[0] is not terms:
        index: dict[str, list[Term]] = {}
        for t in terms:
            index.setdefault(t.key, []).append(t)
        _BY_KEY = (terms, {k: tuple(v) for k, v in index.items()})
    return _BY_KEY[1]


def kb_terms(key: str, country: str | None = None, on: dt.date | None = None) -> list[tuple[Term, bool]]:
    """The knowledge base's terms of an office (by its key), of one country when given, covering ``on``
    when given; with each, whether ``on`` lies surely inside (False: in the start or end year of a
    term known by its years only)."""
    sources, terms = _load()
    out = []
    for t in _by_key(terms).get(key, ()):
        if country and t.country != country:
            continue
        if on is None:
            out.append((t, True))
            continue
        sure = t.holds(on, sources.get(t.source, {}).get("known_until"))
        if sure is not None:
            out.append((t, sure))
    return out


def plain(text: str) -> str:
    """The text without its accents ("Orbán" -> "Orban")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)  # (the actors stage asks again for each person's name in each article)
def name_ends(name: str) -> tuple[str, ...]:
    """A person's first and last name, lower case and without accents, which the knowledge base and the
    text share where one of them adds a middle name or a suffix or writes the accents ("Viktor Orban",
    "Viktor Orbán"; "James R. Clapper Jr.")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\-]*", plain(name).lower()) if w not in NAME_SUFFIXES]
    return (words[0], words[-1]) if len(words) > 1 else tuple(words)


@functools.lru_cache(maxsize=1)
def _named_spans() -> tuple[tuple[dt.date | None, dt.date | None, tuple[str, ...], str, str | None], ...]:
    """Each named term's first and last day, its holder's name ends, office key and country, read once:
    parsing two dates per term for every article date was most of the actors stage's cost of ``kb_held``."""
    sources, terms = _load()
    spans = []
    for t in terms:
        if t.names:
            first, last, _ = t.bounds(sources.get(t.source, {}).get("known_until"))
            spans.append((first, last, name_ends(t.names[0]), t.key, t.country))
    return tuple(spans)


@functools.lru_cache(maxsize=1)
def _spans_by_name() -> dict[tuple[str, ...], tuple[tuple[dt.date | None, dt.date | None, str, str | None], ...]]:
    """:func:`_named_spans` by their holder's name ends, in their order: a name's terms are read without a
    pass over every term for each report's date (a corpus has a hundred dates and more)."""
    out: dict[tuple[str, ...], list[tuple[dt.date | None, dt.date | None, str, str | None]]] = {}
    for first, last, ends, key, country in _named_spans():
        out.setdefault(ends, []).append((first, last, key, country))
    return {k: tuple(v) for k, v in out.items()}


def kb_held(name: str, on: dt.date | str | None) -> tuple[tuple[str, str | None], ...]:
    """The offices (key, country) the knowledge base's terms give the person of this full name on
    ``on`` (a term in its start or end year counts): "Viktor Orban" on 2015-09-03 held ("prime minister",
    "HUN"). A one-word name tells no one person."""
    if isinstance(on, str):  # a caller's ISO date ("2020-01-01"), as ``actors.resolve`` is sometimes given
        span = period(on)
        on = span[0] if span else None
    ends = name_ends(name)
    if on is None or len(ends) < 2:
        return ()
    # The terms that cover ``on`` as ``Term.holds`` reads it (not None): inside their first and last day.
    return tuple((key, country) for first, last, key, country in _spans_by_name().get(ends, ())
                 if not (first and on < first) and not (last and on > last))


@functools.lru_cache(maxsize=1)
def _titles_by_name() -> dict[tuple[str, ...], tuple[tuple[str, str | None], ...]]:
    out: dict[tuple[str, ...], list[tuple[str, str | None]]] = {}
    for t in _load()[1]:
        if t.names:
            out.setdefault(name_ends(t.names[0]), []).append((t.title, t.country))
    return {k: tuple(v) for k, v in out.items()}


def kb_titles(name: str) -> tuple[tuple[str, str | None], ...]:
    """Every office title the knowledge base's terms give the person of this full name, as its source
    writes it, with the office's country, whatever the dates: "Emmanuel Macron" held ("French co-prince
    of Andorra", "AND") and ("President of the French Republic", "FRA"). A one-word name tells no one
    person."""
    ends = name_ends(name)
    return _titles_by_name().get(ends, ()) if len(ends) > 1 else ()
