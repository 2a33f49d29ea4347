"""Coding actors: titles the text gives a person, agent nouns, sectors and CAMEO-style codes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ._dictionaries import Bundled, norm, split_code
from ..nlp import first_conjunct, lowers, root_of, span_text, tokens

__all__ = ["Title", "read_title", "agent_sector", "TITLE_ABBREVIATIONS", "org_sector", "slug", "SECTOR_LABELS", "code_of",
           "US_TITLES", "TITLE_NOUNS", "edit_distance", "iso_country", "TRANSNATIONAL_PREFIX", "INTERGOVERNMENTAL",
           "US_PARTY_NAMES", "OTHER_PARTY_WORDS", "BRANCHES", "STATE_SECTORS", "CHAMBER_WORDS", "EXPERT_NOUNS",
           "PRIVATE_SECTORS", "police_officials"]

SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "CVL": "civilians", "COP": "police",
    "JUD": "judiciary", "LEG": "legislature", "OPP": "opposition", "REF": "refugees", "JRN": "media",
    "BUS": "business", "LAB": "labor", "EDU": "education", "MED": "health sector", "REL": "religious groups",
    "SPY": "intelligence services", "ELI": "elites", "CRM": "criminals", "AGR": "farmers",
    "UAF": "armed forces", "PTY": "party", "SOC": "civil society", "PRM": "paramilitary", "UNK": "actors",
}
ORG_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "JRN", "BUS", "IGO", "PRM", "EDU"}
# Titles that in English news name a US office unless the text says otherwise.
US_TITLES = {"secretary of state", "attorney general", "senator", "sen", "congressman", "congresswoman",
             "rep", "speaker of the house", "house speaker", "senate majority leader",
             "white house press secretary", "national security adviser", "defense secretary",
             "secretary of defense", "treasury secretary", "secretary of the treasury", "vice president",
             "special counsel", "director of national intelligence", "national intelligence director",
             "joint chiefs chairman", "chairman of the joint chiefs",
             # the US departments' offices by their "of" names (the Philippines' "Secretary of X" posts
             # are of other departments: Foreign Affairs, National Defense, Trade and Industry)
             "secretary of commerce", "secretary of homeland security", "undersecretary of state",
             "undersecretary of commerce", "undersecretary of defense",
             # the State Department's envoys for a country ("special representative for Afghanistan
             # Reconciliation"); a UN or an EU one names the body, which comes first
             "special representative"}
# Titles of offices that the agent dictionary does not hold as agent nouns (an unnamed "speaker" or
# "whip" is no actor), read only as words before or beside a name: "Speaker Jay Roe", "Majority
# Whip Jay Roe", "special counsel Jay Roe".
TITLE_NOUNS = {"speaker": "LEG", "majority leader": "LEG", "minority leader": "LEG", "whip": "LEG",
               "special counsel": "JUD", "press secretary": "GOV", "director of national intelligence": "SPY",
               "national intelligence director": "SPY", "joint chiefs chairman": "MIL",
               "chairman of the joint chiefs": "MIL"}
# The media's people whom the agent dictionary does not hold ("radio host Jay Roe", "Jay Roe, a
# cartoonist", "cameraman Jay Roe") and business people's ("casino magnate Jay Roe"): title nouns
# before a name or in apposition to it, never an unnamed actor on their own.
TRADE_TITLES = {"cartoonist": "JRN", "host": "JRN", "radio host": "JRN", "talk show host": "JRN",
                "television host": "JRN", "tv host": "JRN", "show host": "JRN", "cameraman": "JRN",
                "camerawoman": "JRN", "photographer": "JRN", "photojournalist": "JRN", "editor": "JRN",
                "interviewer": "JRN", "anchor": "JRN", "anchorman": "JRN", "anchorwoman": "JRN",
                "magnate": "BUS", "tycoon": "BUS", "banker": "BUS", "financier": "BUS", "oligarch": "BUS",
                "portfolio manager": "BUS", "fund manager": "BUS", "market strategist": "BUS",
                "investment strategist": "BUS",
                # a campaign's staff are a party's figures: "campaign manager Jay Roe", "Roe campaign
                # chairman Jay Doe"
                "campaign manager": "PTY", "campaign chairman": "PTY", "campaign chairwoman": "PTY",
                "campaign chair": "PTY", "campaign director": "PTY", "campaign strategist": "PTY",
                # who runs for an office holds none yet: the guidelines' PTY for a candidate ("Green
                # candidate Jay Roe", "Jay Roe, the party's nominee", "Republican challenger Jay Roe",
                # "presidential hopeful Jay Roe"); an office the title or a base
                # dates on the day still wins
                "candidate": "PTY", "nominee": "PTY", "challenger": "PTY", "hopeful": "PTY",
                # a firm's officers, whom the dictionary's "officer" would make soldiers
                "chief financial officer": "BUS", "chief operating officer": "BUS",
                "chief executive officer": "BUS", "chief technology officer": "BUS", "cfo": "BUS", "coo": "BUS",
                # the ranks of soldiers the dictionary lacks ("Army Sgt. Jay Roe", "Staff Sergeant Jay Roe")
                "sergeant": "MIL", "private": "MIL", "pvt": "MIL"}
# the plural of a one-word trade title before the names it covers: "cartoonists Jay Roe and Jay Doe"
# ("hosts" before a name is mostly the verb, "privates" no title)
TRADE_TITLES.update({k + "s": v for k, v in list(TRADE_TITLES.items()) if " " not in k and k.isalpha()
                     and k not in ("private", "host")})
TITLE_NOUNS.update(TRADE_TITLES)
# Words before "vice president" that make a company's or a body's officer, not the US vice president:
# "Executive Vice President Jay Roe", "a senior vice president".
_CORPORATE_RANKS = frozenset({"executive", "senior", "assistant", "associate", "regional", "corporate", "group"})


_US_TITLE_PREFIXES = tuple(p + " " for p in US_TITLES)
_VICE_PRESIDENT_OF_US = tuple(f"vice president of {us} " for us in ("the", "states", "america", "us", "u.s"))


def _us_title(words: list[str]) -> bool:
    """Whether title words name a US office as whole words ("Sen.", "secretary of state"): "senior" or
    "representative" hold no "sen" or "rep", and an "executive vice president" or the "vice president of"
    a body is a company's or the body's."""
    for k in range(len(words)):
        rest = " ".join(words[k:]) + " "
        if rest.startswith(_US_TITLE_PREFIXES) and not (
                rest.startswith("vice president ") and (k > 0 and words[k - 1] in _CORPORATE_RANKS or (
                    # "vice president of Acme", of a body: its officer ("of the United States" stays)
                    rest.startswith("vice president of ") and not rest.startswith(_VICE_PRESIDENT_OF_US)))):
            return True
    return False
# The two US parties' names, lower case: a person's modifier ("Republican Sen. Jay Roe", "Jay Roe, a
# Democrat") or a caucus's ("Senate Democrats", "GOP senators").
US_PARTY_NAMES = frozenset({"republican", "democrat", "democratic", "gop"})
# Words before a party's name that make a longer name of another country's party ("Social Democratic",
# "New Democratic Party", "Christian Democrats").
OTHER_PARTY_WORDS = frozenset({"social", "christian", "liberal", "free", "new", "national", "progressive",
                               "people", "peoples", "united", "popular", "swedish", "sweden"})
_US_PARTY_STEMS = US_PARTY_NAMES | {"democrats", "republicans"}
# The sectors of the state's own bodies and officers: government, legislature, military, courts, police,
# intelligence.
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})
# Words that name a national legislature or one of its chambers ("Senate Majority Leader", "House
# Republicans", "congressional Democrats").
CHAMBER_WORDS = frozenset({"senate", "house", "congress", "congressional", "parliamentary"})  # str.startswith takes a tuple
# Words that put an office in the past: all but "then" make a former officeholder; "then-President"
# speaks of the time the office was held.
FORMER = {"former", "ex", "ousted", "exiled", "deposed", "late", "then"}
# Words in an organisation's own name that tell its sector.
_ORG_WORDS = [
    ("SOC", r"\b(council on|atlantic council)\b"),  # a forum on a subject, not a government's council
    # a party's committee ("Democratic National Committee", "Republican Senatorial Committee") is the
    # party's; a chamber's or a standing committee's ("House Intelligence Committee", "Judiciary
    # Committee", "Ways and Means Committee") is the legislature's, whatever its subject's sector
    ("PTY", r"\b(democratic|republican)\b.*\bcommittees?\b|\bcampaign committees?\b"),
    ("LEG", r"\b(house|senate|congressional|parliamentary|judiciary|intelligence|foreign affairs|foreign relations|"
            r"armed services|ways and means|appropriations|oversight|ethics|rules|budget|homeland security|"
            r"energy and commerce)\b[\w\s,]*\bcommittees?\b|"
            # a chamber's committee named without the word, which the text writes in lower case or
            # leaves out ("the House Oversight and Government Reform committee")
            r"^(the )?(house|senate) (oversight|judiciary|intelligence|foreign affairs|foreign relations|armed services|"
            r"ways and means|appropriations|ethics|rules|budget|homeland security|energy and commerce)\b"),
    ("JRN", r"\b(news|times|post|journal|herald|tribune|gazette|radio|television|tv|press|broadcasting|"
            r"magazine|daily|telegraph|news agency|press agency|media|newspaper|network)\b"),
    # a foundation, and a body of citizens for a cause ("Americans for Prosperity", "Club for Growth",
    # "Chaplain Alliance for Religious Liberty"), whatever the cause's words ("Military ... Foundation"); an outlet's
    # words come first ("News Network Foundation")
    # a council for a cause or of research ("Council for the Welfare of X", "Family Research Council",
    # "National Iranian American Council") is a society's body, not a government's council
    ("SOC", r"\bfoundation\b|\b(americans|citizens|alliance|coalition|club|people|parents|veterans|voters|women) for\b|"
            r"(?<!supreme )\bcouncil for\b|\b(research|american) council\b"),
    ("MIL", r"\b(army|navy|air force|military|armed forces|marines|defen[cs]e forces|brigade|regiment|"
            r"command|pentagon|revolutionary guards?|republican guard|national guard|guard corps|marine corps)\b"),
    ("COP", r"\b(police|gendarmerie|constabulary)\b"),
    ("JUD", r"\b(court|tribunal|judiciary|prosecutor)\b"),
    ("LEG", r"\b(parliament|congress|senate|assembly|duma|knesset|legislature|house of)\b"),
    ("PTY", r"\b(party|democrats|republicans|labour|conservatives)\b"),
    ("LAB", r"\b(workers'?|trade unions?|labou?r unions?|union of \w+ workers)\b"),
    ("GOV", r"\b(ministry|department|government|cabinet|white house|kremlin|council|commission|embassy|consulate|"
            r"administration|office|agency|state department|foreign office|services?|authority|bureau)\b"),
    ("BUS", r"\b(inc|corp|corporation|company|co|ltd|plc|llc|group|holdings|bank|airlines?|motors)\b"),
    # an academy of sciences is a body of scholars ("Chinese Academy of Social Sciences"); a military
    # academy's words come first
    ("EDU", r"\b(university|college|school|institute of technology|academy|academies)\b"),
    # think tanks, research centres and advocacy groups: the annotators code them SOC
    ("SOC", r"\b(foundation|human rights|watch|amnesty|red cross|red crescent|charity|ngo|institute|institution|"
            r"cent(?:er|re)|association|forum|project|think tank)\b"),
    # the words of a firm's name in finance, consulting and trade ("Roe Capital", "Roe Asset
    # Management", "Roe & Associates", "Roe Technology"), read after every other kind's words
    # ("Federal Emergency Management Agency", "Institute of Technology", "Center for Technology Policy")
    ("BUS", r"\b(capital|management|partners|associates|assoc|technology|technologies|consulting|consultancy|"
            r"consultants|investments?|securities|advisors|ventures|enterprises|industries|insurance|airways|"
            r"shipping)\b"),
]
_ORG_RES = [(s, re.compile(p, re.I)) for s, p in _ORG_WORDS]


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=1 << 13)
def slug(name: str) -> str:
    """An id's form of a name. Memoised: the ids of a document's clusters ask it about 40 times per
    document, mostly for names met before, and a substitution costs several times a look-up."""
    s = _NOT_SLUG.sub("-", name.lower().replace("'", "")).strip("-")
    return s or "actor"


@functools.lru_cache(maxsize=1 << 13)
def _kind_sector(name: str) -> str | None:
    """The sector the first of :data:`_ORG_WORDS` found in a name gives. Memoised: a document's names
    are asked about several times each, and the search runs sixteen expressions."""
    for sector, rx in _ORG_RES:
        if rx.search(name):
            return sector
    return None


def org_sector(name: str, agents: dict[str, str] | None = None) -> str | None:
    """The sector an organisation's own name tells: its kind ('Court', 'Party'), else the people it
    gathers ('Union of Teachers' EDU, 'Workers' Union' LAB, 'Association of Jurists' JUD)."""
    sector = _kind_sector(name)
    if sector is not None:
        return sector
    if agents:
        people = False
        for w in reversed(re.findall(r"[a-z]+", name.lower())):
            agent = agents.get(w)
            if agent == "CVL":
                people = True  # "Public Citizen", "Federation of Jewish Communities": look for a closer word
            elif agent is not None and agent != "GOV":
                return agent
        if people:
            return "SOC"  # a body that gathers ordinary people is civil society, not the civilians
    return None


# PLOVER's transnational "countries" -> the CAMEO code elements that start an actor code with them.
TRANSNATIONAL_PREFIX = {"UNO": "IGOUNO", "EUR": "IGOEUR", "IGO": "IGO", "NGO": "NGO", "IMG": "IMG",
                        "ISM": "NGM", "MNC": "MNC"}


# PLOVER's classes of intergovernmental organisations: the UN, the EU, every other IGO. The corpus
# guidelines give such a body, and a person who acts for it, the sector IGO.
INTERGOVERNMENTAL = frozenset({"IGO", "UNO", "EUR"})


def iso_country(country: str | None) -> str | None:
    """The output contract's ``country``: ISO 3166 alpha-3, never a transnational code (UNO, IGO...)."""
    return None if country in TRANSNATIONAL_PREFIX else country


def code_of(country: str | None, sector: str | None) -> str | None:
    """A CAMEO-style code: USA + GOV -> USAGOV; a transnational actor's code starts with its CAMEO
    element (UNO + MIL -> IGOUNOMIL, NGO + SOC -> NGOSOC, IMG + REB -> IMGREB)."""
    if country in TRANSNATIONAL_PREFIX:
        country = TRANSNATIONAL_PREFIX[country]
    if country and sector and sector != "IGO":
        return country + sector
    return country or sector


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


# Abbreviated titles of news style ("Sen. Jon Tester", "Rep.", "Gov.") and the title they stand for.
TITLE_ABBREVIATIONS = {"sen": "senator", "sens": "senators", "rep": "congressman", "reps": "congressmen",
                       "gov": "governor", "govs": "governors", "amb": "ambassador", "atty": "attorney",
                       "sgt": "sergeant", "supt": "superintendent", "pres": "president", "sec": "secretary",
                       "assemblywoman": "assemblyman", "del": "delegate"}


# Nouns of who speaks for a body, of no sector or the government's by the agent dictionary.
_OFFICIALS = frozenset({"official", "officials", "source", "sources"})


# The words that make a lawyer a state's, a prosecutor ("district attorney", "U.S. attorney", "a
# government lawyer"), where the agent dictionary puts every lawyer in the judiciary (CAMEO JUD).
PUBLIC_LAW = frozenset({"district", "us", "u.s", "state", "state's", "county", "city", "prosecuting", "government",
                        "federal", "justice", "department", "general", "crown", "public"})


def police_officials(words: list[str], agents: dict[str, str]) -> bool:
    """Whether the words of an agent phrase name the police's officials: "law enforcement officials", "a
    police source" (the head noun alone would make them the government's or nobody's). Train: 13 such
    actors coded COP, 1 GOV, 1 SPY."""
    return len(words) > 1 and words[-1] in _OFFICIALS and "COP" in (agents.get(" ".join(words[-3:-1])),
                                                                     agents.get(words[-2]))


def agent_sector(words: list[str], agents: dict[str, str]) -> tuple[str | None, str | None]:
    """(sector, head phrase) of the longest agent phrase ending a word list: 'secretary of state'."""
    words = [TITLE_ABBREVIATIONS.get(w.strip("."), w) if w.strip(".") not in agents else w for w in words]
    for n in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            phrase = " ".join(words[i:i + n])
            sector = TITLE_NOUNS.get(phrase) or agents.get(phrase)
            if sector is not None:
                return sector, phrase
    return None, None


@dataclass(slots=True)
class Title:
    """What a person's title says: 'Afghan President' -> country AFG, sector GOV, head 'president'."""

    text: str = ""
    tokens: tuple[int, int] | None = None  # the title words that become a mention of the person
    window: tuple[int, int] | None = None  # all the title words before the name: 'Secretary of State'
    spans: list[tuple[int, int]] = field(default_factory=list)  # title words of an appositive too
    country: str | None = None
    org_code: str | None = None
    sector: str | None = None
    heads: list[str] = field(default_factory=list)
    excluded: set[str] = field(default_factory=set)  # countries the office is posted to: "envoy to X"
    former: bool = False
    then: bool = False  # "then-President": the text speaks of the time the office was held
    relative: bool = False  # the sector alone comes from a "who" clause on the name: no title words
    us_title: bool = False
    # the tokens the title was read from, a country's word among them: "South African leader" before a
    # name, "the South African leader" in apposition
    reach: list[tuple[int, int]] = field(default_factory=list)


# Doc.user_data key: token index -> the country of the state a country's homonym names there
# ("Atlanta, Georgia"), written by the kinds step (actors/_kinds.py) for every later reading of titles.
STATE_TOKENS = ("newsgraph", "state_names")


def state_country(tok) -> str | None:
    """The country whose state a token names where the document uses a country's name for that state."""
    found = tok.doc.user_data.get(STATE_TOKENS)
    return found.get(tok.i) if found else None


# The words before "American" that make a region's adjective of it: "Latin American leaders", "Central
# Americans" are of many states, not of the United States.
_AMERICAS = frozenset({"latin", "central", "south", "north"})


def _regional_american(texts: list[str], i: int) -> bool:
    """Whether ``texts[i]`` is "American(s)" after a word that makes it the Americas' region's adjective."""
    return i > 0 and texts[i].lower() in ("american", "americans") and texts[i - 1].lower() in _AMERICAS


def _hyphenated_american(texts: list[str], bundled: Bundled) -> bool:
    """Whether the tokens name Americans of an origin: "Indian Americans", "the National Iranian American
    Council", "Iranian-American": a demonym before "American(s)" says where their families came from."""
    words = [w for w in texts if w not in ("-", "\u2010", "\u2011")]
    return any(w.lower() in ("american", "americans") and k > 0 and words[k - 1][:1].isupper()
               and bundled.demonyms.get(norm(words[k - 1])) not in (None, "USA") for k, w in enumerate(words))


# A state's acronym of more than three letters that the gazetteer also holds as a place: "former USSR
# President Jay Roe" (the annotators code the Soviet Union's officials RUS).
_STATE_ACRONYMS = frozenset({"ussr"})


def _country_of(tokens, bundled: Bundled, lookup_entry) -> tuple[str | None, str | None]:
    """(ISO country, organisation code) named by a run of tokens, trying the longest n-grams first."""
    texts = [t.text for t in tokens]
    if _hyphenated_american(texts, bundled):
        return "USA", None
    for n in range(min(4, len(texts)), 0, -1):
        for i in range(0, len(texts) - n + 1):
            if not texts[i][:1].isupper():
                continue  # (tested before the key is built: most runs open with a lower-case word)
            key = norm(" ".join(texts[i:i + n]))
            if not key:
                continue
            if n == 1 and _regional_american(texts, i):
                continue  # "Central American migrants": a region's people, no American's
            if n == 1 and len(key) > 3 and texts[i].isupper() and key in bundled.places and key not in _STATE_ACRONYMS:
                continue  # an acronym ("SANA", a news agency) is no capital's name ("Sana"); "USSR" is a state's
            iso = (n == 1 and state_country(tokens[i])) or bundled.demonyms.get(key) or bundled.countries.get(key)
            if iso and _stance(tokens[i]):
                continue  # "pro-Russian President Jay Roe", "anti-American cleric": a stance, no nationality
            if iso:
                return iso, None
            if i > 0 and texts[i - 1].lower() in OTHER_PARTY_WORDS and key.split()[0] in _US_PARTY_STEMS:
                continue  # "Social Democratic Party leader", "the New Democratic Party": not the US party
            entry = lookup_entry(" ".join(texts[i:i + n]))
            if entry is not None and entry.kind != "person" and entry.codes:
                owner = _country_before(tokens, i, bundled)
                held = split_code(entry.codes[0][0])[0]
                if owner is not None and held not in (None, owner) and held not in TRANSNATIONAL_PREFIX:
                    # "South Korea's Joint Chiefs of Staff spokesman": the country named before a body
                    # the bases hold as another state's (the US Joint Chiefs) owns this one
                    return owner, None
                return None, entry.codes[0][0]
    return None, None


def _country_before(tokens, i: int, bundled: Bundled) -> str | None:
    """The country a country's name or demonym among the first ``i`` tokens names, else None."""
    texts = [t.text for t in tokens][:i]
    for n in (3, 2, 1):
        for k in range(0, len(texts) - n + 1):
            key = norm(" ".join(texts[k:k + n]))
            iso = texts[k][:1].isupper() and ((n == 1 and state_country(tokens[k])) or bundled.demonyms.get(key)
                                              or bundled.countries.get(key))
            if iso and not _stance(tokens[k]):
                return iso
    return None


_STANCE_PREFIXES = frozenset({"pro", "anti"})
# Participles after a country's word and a hyphen that make it the backer of a body, not the body's
# country: "the U.S.-backed Syrian Democratic Forces", "an Iranian-funded militia".
_BACKERS = frozenset({"backed", "supported", "funded", "sponsored", "trained", "armed"})


def _stance(tok) -> bool:
    """Whether a country's word is the second half of "pro-Russian", "anti-American", or the first
    half of "U.S.-backed", "Iranian-funded"."""
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _STANCE_PREFIXES) or (
        tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _BACKERS)


# Title heads of who speaks for a body: "a spokesman for X" names the body, whose country is theirs.
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Title heads of an office posted to another state or body: "Ambassador to France", "envoy to the UN".
POSTED_HEADS = frozenset({"ambassador", "envoy", "representative", "delegate", "emissary", "amb"})

_STOP_POS = {"DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "ADV"}


def read_title(doc, start: int, end: int, bundled: Bundled, lookup_entry, claimed: set[int]) -> Title:
    """The title of the person named by tokens [start, end): words before the name and an appositive."""
    title = Title()
    # (a) words before the name: "US Ambassador", "Secretary of State", "Afghan President"
    _read_words_before(title, doc, _title_start(doc, start, bundled, claimed), start, bundled, lookup_entry, claimed)
    root = root_of(doc, start, end)
    if title.sector is not None and not title.former and title.window is not None:
        title.former = _former_in_phrase(doc, root, start)
    if title.sector is not None and title.country is None and title.org_code is None:
        _country_after_name(title, doc, root, bundled, lookup_entry)
    # (b) an appositive: "Zalmay Khalilzad, the US envoy" or "the deputy special representative, Thomas West"
    noun = _appositive(root, start)
    if noun is not None and (noun.lower_ in bundled.agents or noun.lemma_.lower() in bundled.agents
                             or _trade_title(doc, noun)):
        _read_appositive(title, doc, noun, bundled, lookup_entry, claimed)
    elif noun is not None and title.country is None and title.org_code is None:
        # "Dana Levin, an Israeli expert", "Li Wen, a researcher at the Chinese Academy of ...",
        # "a banker from Moscow": a noun no agent dictionary knows still says where the person is from
        title.country, title.org_code = _appositive_country(doc, noun, bundled, lookup_entry)
        title.reach.append((noun.left_edge.i, noun.right_edge.i + 1))
        if title.sector is None and title.org_code is None and noun.lemma_.lower() in _OFFICERS:
            # "Jay Roe, head of the Roe Institute": the body's sector (principal_countries finds a
            # body the actors stage coded; this one reads the name's own words); "Jay Roe, head of
            # Norway's aviation office": a state body's, whichever country owns it
            title.sector = (_officers_body(doc, noun) if title.country is None else None) or _state_body(doc, noun)
    if title.sector is None and noun is None:
        _read_relative(title, doc, root, bundled, lookup_entry, claimed)
    if title.sector is None and not title.heads and root.dep_ == "conj":
        _read_shared_title(title, doc, root, bundled, lookup_entry, claimed)
    return title


def _read_shared_title(title: Title, doc, root, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """The plural title that names a list of people before its first name covers every name of the
    list: "journalists Jay Roe and Jay Doe", "associate professors Jay Roe and Jay Doe" (the parser
    hangs the first name on the title as its appositive and the others on the first name), and a
    capitalised one the first name takes as its own title words: "Representatives Jay Roe of Illinois
    and Jay Doe of Florida"."""
    first = first_conjunct(root.head)
    noun = first.head
    if first.ent_type_ == "PERSON" and first.dep_ != "appos":
        _read_shared_words_before(title, doc, first, bundled, lookup_entry, claimed)
        return
    if first.ent_type_ != "PERSON" or first.dep_ != "appos" or noun.tag_ != "NNS" or noun.i >= first.i:
        return
    words = [t.lower_.strip(".") for t in doc[noun.left_edge.i:noun.i + 1] if t.tag_ not in ("HYPH", "POS", "DT")]
    sector, head = agent_sector(words, bundled.agents)
    if sector is None or head is None or not words[-1].startswith(head.split()[-1]):
        return  # the title's own noun, not a word before it ("police spokesmen" is read by its head)
    title.sector, title.text = sector, doc[noun.left_edge.i:noun.i + 1].text
    title.heads.append(head)
    title.country, title.org_code = _country_of(doc[noun.left_edge.i:noun.i + 1], bundled, lookup_entry)
    title.former = any(w in FORMER and w != "then" for w in words)
    title.reach.append((noun.left_edge.i, noun.i + 1))


# Abbreviated plural titles of news style ("Sens. Jay Roe and Jay Doe"), which the tagger may take for
# a singular proper noun.
_PLURAL_ABBREVIATIONS = frozenset({"sens", "reps", "govs", "gens", "drs"})


def _read_shared_words_before(title: Title, doc, first, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """The title words before the first name of a list, where their last word is plural: the office of
    every name of the list ("Representatives Jay Roe of Illinois and Jay Doe of Florida"). Its sector,
    head and country only: the words are the first name's mention, and a singular title ("Senator Jay
    Roe and Jay Doe") is the first name's alone."""
    start = first.i
    while start > first.sent.start and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    last = doc[start - 1] if start > first.sent.start else None
    if last is None or not (last.tag_ in ("NNS", "NNPS") or last.lower_.strip(".") in _PLURAL_ABBREVIATIONS):
        return
    words = Title()
    _read_words_before(words, doc, _title_start(doc, start, bundled, claimed), start, bundled, lookup_entry, claimed)
    if words.sector is None or not words.heads:
        return
    if not words.former and words.window is not None:
        words.former = _former_in_phrase(doc, first, start)  # "former defense secretaries Jay Roe and Jay Doe"
    title.sector, title.text, title.heads = words.sector, words.text, list(words.heads)
    title.country, title.org_code = words.country, words.org_code
    title.former, title.then, title.us_title = words.former, words.then, words.us_title
    title.excluded |= words.excluded
    if words.window is not None:
        title.reach.append(words.window)


def _read_relative(title: Title, doc, root, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """The sector a "who" clause on the name gives a person whose title words say nothing (see
    :func:`_relative_sector`): the sector alone, and only where the words before the name read nothing
    at all; the country stays the one the person's sentence or a base gives, as for a person with no title."""
    if title.heads or title.country or title.org_code:
        return
    clause = Title()
    _relative_sector(clause, doc, root, bundled, lookup_entry, claimed)
    if clause.sector is not None:
        title.sector, title.former, title.relative = clause.sector, clause.former, True


# Verbs of a "who" clause by which a person runs a body ("Jay Roe, who heads the Roe Institute"), and
# verbs of work at or in a body ("who works at Acme Corp.", "who served in the Roe administration").
_RUN_VERBS = frozenset({"head", "lead", "run", "direct", "chair"})
_WORK_VERBS = frozenset({"work", "serve"})
# The sectors of offices whose past holders are elites; a past soldier or policeman keeps the sector.
_OFFICES = frozenset({"GOV", "LEG", "JUD", "SPY"})


def _body_sector(doc, tok) -> str | None:
    """The sector of the body a noun and its own words name, outside the state ("Acme Corp.", "the Roe
    Foundation") or the state's ("the Roe administration", "Norway's aviation office"), else None."""
    phrase = span_text(doc, tok.left_edge.i, max(_name_end(tok), _entity_end(doc, tok)))
    sector = _private_sector(phrase)
    return sector if sector is not None else (s if (s := org_sector(phrase)) in STATE_SECTORS else None)


def _relative_sector(title: Title, doc, root, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """What a "who" clause on the name says of a person whose title words say nothing: "Jay Roe, who is a
    fellow at the Roe Institute" (read as the appositive "a fellow at ..."), "who heads the Roe
    Foundation" (the body's sector), "who teaches at Roe University" (EDU), "who served as the Treasury's
    envoy" or "who served in the Roe administration" (an office in the past: an elite). The annotators
    code such persons as they code the same words in apposition (train: 8 persons fixed, none broken)."""
    for rel in root.children:
        if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
            continue
        lemma = rel.lemma_.lower()
        objs = [c for c in rel.children if c.dep_ in ("attr", "dobj")]
        pobjs = [(prep.lower_, p) for prep in rel.children if prep.dep_ == "prep" for p in prep.children
                 if p.dep_ == "pobj"]
        if lemma == "be" and rel.tag_ in ("VBZ", "VBP") and objs and objs[0].pos_ == "NOUN":
            noun = objs[0]
            if noun.lower_ in bundled.agents or noun.lemma_.lower() in bundled.agents or _trade_title(doc, noun):
                _read_appositive(title, doc, noun, bundled, lookup_entry, claimed)
            elif noun.lemma_.lower() in _OFFICERS:
                title.sector = _officers_body(doc, noun) or _state_body(doc, noun)
        elif lemma in _RUN_VERBS and objs and rel.tag_ in ("VBZ", "VBP"):
            title.sector = _body_sector(doc, objs[0])
        elif lemma == "teach" and any(p == "at" for p, _o in pobjs):
            title.sector = "EDU"
        elif lemma in _WORK_VERBS:
            for prep, pobj in pobjs:
                if lemma == "serve" and prep == "as" and (pobj.lower_ in bundled.agents or pobj.lemma_.lower() in bundled.agents):
                    _read_appositive(title, doc, pobj, bundled, lookup_entry, claimed)
                elif prep in ("at", "for", "in", "with"):
                    title.sector = title.sector or _body_sector(doc, pobj)
                if title.sector is not None:
                    break
            if rel.tag_ == "VBD" and title.sector in _OFFICES:
                title.former = True  # "who served as ...", "who served in ...": an office no longer held
            elif rel.tag_ == "VBD" and title.sector not in STATE_SECTORS:
                title.sector = None  # "who worked for Acme Corp.": a post left, no sector now
        if title.sector is not None:
            return


def _former_in_phrase(doc, root, start: int) -> bool:
    """Whether "former" (or "ex", "ousted"...) modifies the title words of the name's own noun phrase
    beyond where the title reading stopped: "former national security adviser Jay Roe", "Former Roe
    adviser Jay Doe", "former Health and Human Services Secretary Jay Roe"; not a possessor's ("former
    President Roe's aide Jay Doe": the president was the former one)."""
    lo = max(root.left_edge.i, doc[start].sent.start, start - 8)
    for tok in doc[lo:start]:
        if tok.lower_ not in FORMER or tok.lower_ == "then":
            continue
        t, owned = tok, False
        while t.i != root.i and t.head.i != t.i:
            owned = owned or t.dep_ == "poss"
            t = t.head
        if t.i == root.i and not owned:
            return True
    return False


def _trade_title(doc, noun) -> bool:
    """Whether an appositive noun ends one of the media's or business titles ("Jay Roe, a radio host",
    "Jay Roe, portfolio manager at Acme")."""
    phrase = " " + " ".join(lowers(doc)[noun.left_edge.i:noun.i + 1])  # (the shared words: no Span, no Token each)
    # a title the phrase ends in is what follows one of its spaces: the few such endings are looked up,
    # not each of the titles tried against the phrase
    return any(phrase[p + 1:] in TRADE_TITLES for p, ch in enumerate(phrase) if ch == " ")


# Nouns of people who study a subject, and nouns of the subject: a country's name before the first ("a
# Syria expert", "a Russia specialist") or in the second ("director of Japan studies", "a specialist
# in Russian security affairs", "director of the Turkish program") is what they work on, while the
# body after it ("at the X Institute") is where they work.
# A country's name before a noun of a stance towards it says whom the stance concerns, not whose the
# person is: "an Iran hawk", "a China hardliner", "a Russia critic", "a Kremlin skeptic".
_EXPERTS = frozenset({"expert", "specialist", "analyst", "scholar", "researcher", "watcher", "hand", "historian",
                      "hawk", "dove", "hardliner", "critic", "skeptic", "sceptic", "basher"})
EXPERT_NOUNS = _EXPERTS
# A place's name before a correspondent's noun is their beat, not their country: "Jay Roe, Washington
# correspondent for the Roe Review"; the outlet their "for", "of" or "at" phrase names is whom they work
# for (the annotators code the outlet's country). A demonym still says whose they are ("a Chinese
# correspondent").
_BEAT_NOUNS = frozenset({"correspondent"})
_SUBJECTS = frozenset({"study", "studies", "affair", "affairs", "program", "programme", "policy", "issue", "issues",
                       "relation", "relations", "security", "desk", "politics", "history", "initiative"})


# Words right after a country's name or demonym inside a body's name that make the country what the
# body works on: "the Turkish Program", "an Israel advocacy group", "the Korea Working Group". A body's own
# noun after its country's word keeps the country its own: "the Russian Security Council", "the Egyptian
# Initiative for Personal Rights", "the New Georgia Project" (train: with "initiative" and "project", 2
# broken).
_REMIT_WORDS = frozenset({"program", "programme", "working", "advocacy", "studies", "study", "desk"})


def _remit(doc, pobj, bundled: Bundled, lookup_entry) -> bool:
    """Whether the body an "of" phrase names (its tokens up to ``pobj`` and the name it heads) is named
    for the country it works on (:func:`remit_named`)."""
    return remit_named(doc[pobj.left_edge.i:max(pobj.i + 1, _name_end(pobj), _entity_end(doc, pobj))], bundled,
                       lookup_entry)


def remit_named(toks, bundled: Bundled, lookup_entry) -> bool:
    """Whether a run of tokens names a body for the country it works on: a country's name or demonym
    followed by one of :data:`_REMIT_WORDS` ("the Turkish Program", "the Korea Working Group")."""
    return any(toks[k + 1].lower_ in _REMIT_WORDS and toks[k].text[:1].isupper()
               and _country_of(toks[k:k + 1], bundled, lookup_entry)[0] is not None for k in range(len(toks) - 1))


# Titles the agent dictionary reads as a government's (GOV) that a company, a charity or a school
# has too: "president of Acme Corp.", "the company's spokesman", "company president Jay Roe".
_BODY_HEADS = frozenset({"president", "vice president", "chief executive", "spokesman", "spokeswoman",
                         "spokesperson"})
# Officers' nouns of no sector of their own: a body's "director", "head", "founder" works in its sector.
_OFFICERS = frozenset({"director", "head", "founder", "cofounder", "co-founder", "chairman", "chairwoman", "chair",
                       "fellow", "partner", "executive"})
# Sectors of bodies outside the state, and the nouns that name a company.
PRIVATE_SECTORS = frozenset({"BUS", "SOC", "EDU", "JRN", "LAB", "MED", "REL"})
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "business", "manufacturer", "maker", "retailer",
                            "nonprofit", "charity", "startup"})


def _private_sector(words: str) -> str | None:
    """The sector of a body outside the state that a phrase names ("Acme Corp.", "the Roe
    Foundation", "the company"), else None."""
    last = norm(words).split()[-1:]
    if last and last[0] in _COMPANY_NOUNS:
        return "SOC" if last[0] in ("nonprofit", "charity") else "BUS"
    sector = org_sector(words)
    return sector if sector in PRIVATE_SECTORS else None


def _officers_body(doc, noun) -> str | None:
    """The sector of the body outside the state whose officer an appositive noun names: its owner
    ("the company's spokesman") or its "of" or "at" phrase ("president of Acme Corp.")."""
    # the nouns of the title: "president and chief executive of Acme Corp." puts the body after the last
    nouns = [noun] + [c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "NOUN"]
    body = [span_text(doc, m.left_edge.i, m.i + 1) for m in noun.lefts if m.dep_ == "poss"] + [
        span_text(doc, pobj.left_edge.i, max(_name_end(pobj), _entity_end(doc, pobj))) for n in nouns for prep in n.rights
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at") for pobj in prep.children if pobj.dep_ == "pobj"]
    return next((p for b in body if (p := _private_sector(b))), None)


_NOT_IN_NAME = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})


def _entity_end(doc, tok) -> int:
    """Where the named entity a token opens or lies in ends (the token's own end if it is in none): the
    parser may hang a name's own "for" phrase on the title ("president of | Citizens for Growth")."""
    end = tok.i + 1
    if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in ("ORG", "FAC"):
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end


def _name_end(head) -> int:
    """Where the name a noun heads ends: its own words and "for"/"of" phrases ("Americans for
    Prosperity", "Club for Growth"), not a clause or an appositive after it."""
    end = head.i + 1
    for c in head.rights:
        if c.dep_ in _NOT_IN_NAME:
            break
        end = c.right_edge.i + 1
    return end


# Nouns of a body's seat elsewhere: "the Berlin office of the Roe Fund" is the fund's, wherever it sits.
BRANCHES = frozenset({"office", "offices", "bureau", "branch"})


def _branch(pobj):
    """The body a branch names by its "of" phrase ("the Berlin office of the Roe Fund": the fund, not a
    government's office in Germany), else the noun itself."""
    if pobj.lower_ in BRANCHES and any(m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC") for m in pobj.lefts):
        for prep in pobj.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for body in prep.children:
                    if body.dep_ == "pobj" and body.pos_ == "PROPN":
                        return body
    return pobj


def _state_body(doc, noun) -> str | None:
    """The sector of the state body whose officer an appositive noun names by the body's own words:
    "head of Norway's aviation office", "deputy director of the Roe Services" (GOV); else None."""
    body = [span_text(doc, b.left_edge.i, b.right_edge.i + 1) for prep in noun.rights if prep.dep_ == "prep" and (
        prep.lower_ in ("of", "at", "for")) for pobj in prep.children if pobj.dep_ == "pobj" for b in [_branch(pobj)]]
    return next((sector for b in body if (sector := org_sector(b)) in STATE_SECTORS), None)


def _appositive_country(doc, noun, bundled: Bundled, lookup_entry) -> tuple[str | None, str | None]:
    """(country, organisation code) an appositive noun's modifiers or its "of", "from", "at", "in"
    phrase name; (None, None) when they name none."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    if mods:
        found = _country_of(doc[min(m.left_edge.i for m in mods):noun.i], bundled, lookup_entry)
        if found != (None, None) and not (noun.lemma_.lower() in _EXPERTS and found[0] is not None and not any(
                bundled.demonyms.get(norm(m.text)) for m in mods)):
            return found  # "a Syria expert": the country is the subject of the work, not the person's
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "at", "in", "with"):
            for pobj in prep.children:
                pobj = _branch(pobj)
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in _SUBJECTS:
                    found = _country_of(doc[pobj.left_edge.i:pobj.i + 1], bundled, lookup_entry)
                    if found == (None, None):
                        iso = bundled.places.get(norm(span_text(doc, pobj.left_edge.i, pobj.i + 1)))
                        found = (iso, None)
                    if found != (None, None):
                        return found
    return None, None


def _posted_start(doc, start: int, sent_start: int, toks: list | None = None, low: list[str] | None = None) -> int:
    """Where "to <place>" begins when it ends the title words before a name ("U.S. Ambassador to the
    Philippines Jane Roe", "envoy to Iraq and Turkey John Doe"), so the title reading goes on before
    it; else ``start``."""
    # the shared token list and lower-case words (the caller's, when it holds them): indexing the Doc
    # makes a new Token each time, and a Token's lower_ is a string-store read
    if toks is None or low is None:
        toks, low = tokens(doc), lowers(doc)
    i = start
    while i > sent_start and start - i < 6 and (toks[i - 1].is_title or toks[i - 1].is_upper or low[i - 1] in (
            "the", "and")) and low[i - 1] != "to":
        i -= 1
    if i < start and i - 2 >= sent_start and low[i - 1] == "to" and low[i - 2].strip(".") in POSTED_HEADS:
        return i - 1
    return start


# Abbreviated titles and ranks whose full stop the parser may take for a sentence's end ("Army Sgt.
# | Jay Roe was held"): the title words before it still belong to the name after it.
_ABBREVIATED_RANKS = frozenset({"sgt", "lt", "col", "gen", "maj", "capt", "cmdr", "adm", "pvt", "cpl", "brig", "sen",
                                "rep", "gov", "amb", "supt", "atty"})


def _title_sent_start(toks, start: int) -> int:
    """Where the sentence of the name at ``start`` begins for its title words: the parser's sentence,
    or the one before where that ends in an abbreviated title right before the name."""
    sent_start = toks[start].sent.start
    if sent_start == start and start >= 2:
        prev = toks[start - 1]
        abbrev = toks[start - 2] if prev.text == "." else prev
        if abbrev.lower_.rstrip(".") in _ABBREVIATED_RANKS and (prev.text == "." or prev.text.endswith(".")):
            return toks[start - 1].sent.start
    return sent_start


def _title_start(doc, start: int, bundled: Bundled, claimed: set[int]) -> int:
    """Where the title words before the name at ``start`` begin (``start`` itself when there are none):
    capitalised words, agent nouns, 'of' and 'the', 'former', within the sentence and 7 tokens."""
    toks, low = tokens(doc), lowers(doc)  # the shared token list and lower-case words (as _posted_start)
    sent_start = _title_sent_start(toks, start)
    i = _posted_start(doc, start, sent_start, toks, low)
    while i > sent_start and start - i < 7:
        t, w = toks[i - 1], low[i - 1]
        if w in FORMER:
            i -= 1
            continue
        if t.tag_ == "HYPH" and i - 2 >= sent_start and (toks[i - 2].is_title or low[i - 2] == "then"):
            # "Vice-President", "then-President"
            i -= 1
            continue
        if t.text == "." and i - 2 >= sent_start and low[i - 2] in _ABBREVIATED_RANKS:
            i -= 1  # "Sgt" "." split in two: "Army Sgt. Jay Roe"
            continue
        if t.tag_ == "POS" and i - 2 >= sent_start and toks[i - 2].ent_type_ in ("GPE", "NORP", "ORG"):
            i -= 1  # "Jordan's King Abdullah"
            continue
        if w == "and" and i - 2 >= sent_start and toks[i - 2].is_title and toks[i].is_title and (
                low[i - 2] in bundled.agents) and toks[i - 2].i not in claimed:
            # two offices of one person: "Deputy Prime Minister and Defense Minister Jay Roe"
            i -= 1
            continue
        if t.is_punct and t.text not in (".",) or t.pos_ in _STOP_POS or (t.i in claimed and t.ent_type_ not in ("GPE", "NORP", "ORG")):
            break
        if t.pos_ == "ADP" and not (w == "of" and toks[i - 2].is_title or w == "for" and (
                i < start and toks[i - 2].is_title and toks[i].is_title)):
            # "Secretary of State", and an office's remit: "Assistant Secretary for European Affairs"
            break
        pair = f"{w} {low[i]}"
        if t.is_lower and w not in FORMER and i < start and not toks[i].is_title and (
                pair not in bundled.agents and pair not in TITLE_NOUNS):  # "opposition leader", "special counsel" go on
            break
        if not (t.is_title or t.is_upper or w in ("of", "the", "for") or w in FORMER
                or w in bundled.agents or pair in TITLE_NOUNS or w in TRADE_TITLES
                or i - 2 >= sent_start and f"{low[i - 2]} {w}" in TRADE_TITLES):
            break
        i -= 1
    while i < start and low[i] in ("of", "the", "for"):
        i += 1
    while sent_start < i < start and toks[i].ent_iob_ == "I" and toks[i].ent_type_ in ("GPE", "NORP"):
        i -= 1  # the length limit cut a country's name: "South Korea's Joint Chiefs of Staff spokesman"
    return i


def _read_words_before(title: Title, doc, i: int, start: int, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """The title tokens [i, start) before a name: its sector and head, the country or organisation it
    names, whether it is a former or a US office, and which of its words mention the person."""
    if i >= start:
        return  # no words before the name (most names): no title, and no Span to make for it
    toks = tokens(doc)  # the shared token list: indexing the Doc makes a new Token each time
    # the words read below are those of [i, start) or of a part of it that begins at i, so a window in
    # which no agent phrase stands has no title, and neither its Spans nor its "to" and "for" are read
    window = [t.lower_.strip(".") for t in toks[i:start] if t.tag_ not in ("HYPH", "POS")]
    found = agent_sector(window, bundled.agents)
    if found[0] is None:
        return
    # the title's tokens as slices of the shared list (a Span makes a new Token per word at each pass)
    left, end = toks[i:start], start
    # "Israeli Ambassador to the US": the countries after "to" are where the office is posted
    post = next((t.i for t in left if t.lower_ == "to" and t.i > i and toks[t.i - 1].lower_.strip(".") in POSTED_HEADS),
                None)
    if post is None:
        # "Deputy Foreign Minister for Asian Affairs", "Special Envoy for Syria": the office's remit
        # after "for" is neither its title nor its country, where the words before it make a title
        post = next((t.i for t in left if t.lower_ == "for" and t.i > i and agent_sector(
            [w.lower_.strip(".") for w in toks[i:t.i] if w.tag_ not in ("HYPH", "POS")], bundled.agents)[0]), None)
    posted_to = toks[post + 1:start] if post is not None else None
    words, (sector, head) = window, found  # the whole window's reading, unless a post or remit cuts it
    if post is not None:
        left, end = toks[i:post], post
        words = [t.lower_.strip(".") for t in left if t.tag_ not in ("HYPH", "POS")]
        sector, head = agent_sector(words, bundled.agents)
    if sector is None or head is None:
        return
    title.sector, title.text = sector, span_text(doc, i, end)
    title.heads.append(head)
    title.country, title.org_code = _country_of(left, bundled, lookup_entry)
    at = len(words) - len(head.split())
    before = words[:at] or ([toks[i - 1].lower_] if i > toks[start].sent.start else [])
    if head in _BODY_HEADS and title.country is None and title.org_code is None and before and (
            private := _private_sector(" ".join(before))) is not None:
        title.sector = private  # "company president Jay Roe", "Acme Corp. spokesman Jay Roe"
    if title.sector == "GOV" and "campaign" in (*words, *before):
        title.sector = "PTY"  # "campaign spokesman Jay Roe", "Roe campaign press secretary Jay Doe"
    if posted_to is not None:
        for t in posted_to:
            iso = bundled.demonyms.get(norm(t.text)) or bundled.countries.get(norm(t.text))
            if iso:
                title.excluded.add(iso)
    title.former = any(w in FORMER and w != "then" for w in words)
    title.then = "then" in words
    title.us_title = _us_title(words)
    if title.us_title and title.country == "GEO" and "georgia" in words:
        title.country = "USA"  # "Georgia Sen. Jay Roe": the state, whose senators the country lacks
    # the title words after the last name-like token: 'Ambassador' in 'US Ambassador'
    first = i
    for t in left:
        if t.i in claimed or bundled.demonyms.get(norm(t.text)) or bundled.countries.get(norm(t.text)):
            first = t.i + 1
    if first < start and (post is None or toks[post].lower_ != "for"):
        # an office with its remit ("Under Secretary for Management") is read for its sector and
        # country only: the roles stage reads the whole run before the name as the title
        title.tokens = (first, start)
        title.spans.append(title.tokens)
    title.window = (i, start)
    title.reach.append(title.window)


def _country_after_name(title: Title, doc, root, bundled: Bundled, lookup_entry) -> None:
    """"King Hassan of Morocco": the office's country after the name."""
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    title.country, title.org_code = _country_of(doc[pobj.left_edge.i:pobj.i + 1], bundled,
                                                                lookup_entry)
                    if title.us_title and title.country == "GEO":
                        title.country = "USA"  # "Rep. Jay Roe of Georgia": the state, not the country
                    title.reach.append((pobj.left_edge.i, pobj.i + 1))


def _appositive(root, start: int):
    """The noun of an appositive title: the name's own head ('the deputy special representative, Thomas
    West') or a noun in apposition to the name ('Zalmay Khalilzad, the US envoy'); else None."""
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < start:
        return root.head
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child
    return None


def _read_appositive(title: Title, doc, noun, bundled: Bundled, lookup_entry, claimed: set[int]) -> None:
    """What an appositive title noun and its modifiers add: the sector when the words before the name
    gave none, its head, the country (of X) and the countries the office is posted to (to X)."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "nn", "poss")]
    lo = min([m.left_edge.i for m in mods] + [noun.i])
    toks = tokens(doc)  # the shared list's slices: slicing the Doc makes a Span and a Token per word
    words = [t.lower_ for t in toks[lo:noun.i + 1]]
    sector, head = agent_sector(words, bundled.agents)
    if sector is not None and title.sector is None:
        title.sector = sector
    if head:
        title.heads.append(head)
    title.text = title.text or span_text(doc, lo, noun.i + 1)
    title.former = title.former or any(w in FORMER and w != "then" for w in words)
    title.then = title.then or "then" in words
    iso, org = _country_of(toks[lo:noun.i], bundled, lookup_entry)
    if iso is not None and noun.lemma_.lower() in _EXPERTS and not any(
            bundled.demonyms.get(norm(m.text)) for m in mods):
        iso = None  # "a China scholar": the country is the subject of the work, not the person's
    beat = noun.lemma_.lower() in _BEAT_NOUNS
    if iso is not None and beat and not any(bundled.demonyms.get(norm(m.text)) for m in mods):
        iso = None  # "Washington correspondent": where they report from
    # "the Detroit-based consul general of Canada": where the office sits, which the office's own
    # country ("of", "from") outranks
    based = iso is not None and any(t.lower_ == "based" for t in toks[lo:noun.i])
    for prep in noun.rights:
        if prep.dep_ == "prep":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    c, o = _country_of(doc[pobj.left_edge.i:pobj.i + 1], bundled, lookup_entry)
                    if c is not None and o is None and _remit(doc, pobj, bundled, lookup_entry):
                        # "director of the Turkish Program", "president of the Israel advocacy group
                        # Roe Street": the country the body works on, neither the body's nor the person's
                        title.excluded.add(c)
                        c = None
                    if based and c is not None and prep.lower_ in ("of", "from"):
                        iso, based = None, False
                    if iso is None and (prep.lower_ in ("of", "from") or prep.lower_ == "for" and head in _SPEAKERS
                                        or beat and prep.lower_ in ("for", "at")):
                        # "the mayor of Roeville", "a refugee from Afghanistan", "a lawmaker from
                        # Ohio": the place the person belongs to or comes from; "a spokesman for
                        # Norway's defence ministry" speaks for it, "a correspondent for the Roe Times"
                        # reports for it; "an envoy to Iraq", "an envoy for
                        # Syria", "a refugee in France" name where the office is posted or the person stays
                        iso, org = c, o
                        if iso is None and org is None and pobj.ent_type_ in ("GPE", "LOC"):
                            iso = bundled.places.get(norm(span_text(doc, pobj.left_edge.i, pobj.i + 1)))
                    elif c:
                        title.excluded.add(c)
    if (head in _BODY_HEADS or head is None and noun.lemma_.lower() in _OFFICERS) and org is None:
        # "Jay Roe, president of Acme Corp.", "Jay Roe, the company's spokesman": a body's officer,
        # whom the sentence's country does not place
        private = _officers_body(doc, noun)
        if private is not None and title.sector in (None, "GOV"):
            title.sector = private
    if title.country is None:
        # the country the words before the name give ("Saudi King Jay Roe, Obama's guest") outranks a
        # body or person the appositive names
        title.org_code = title.org_code or org
    title.country = title.country or iso
    first = noun.i
    while first > lo and doc[first - 1].i not in claimed and not bundled.countries.get(norm(doc[first - 1].text)) \
            and not bundled.demonyms.get(norm(doc[first - 1].text)) and doc[first - 1].pos_ != "DET":
        first -= 1
    title.spans.append((first, noun.i + 1))
    title.reach.append((lo, noun.right_edge.i + 1))
    if title.tokens is None:
        title.tokens = (first, noun.i + 1)
    # the office's own "of" phrase counts too: "Jay Roe, a former assistant
    # secretary of state for export controls", whose noun alone ("secretary") names no one country's office
    office = [w.strip(".") for w in words] + [t.lower_.strip(".") for prep in noun.rights
                                              if prep.dep_ == "prep" and prep.lower_ == "of"
                                              for t in (prep, *(c for c in prep.children if c.dep_ == "pobj"))]
    title.us_title = title.us_title or _us_title(office)
    if title.us_title and title.country == "GEO" and "georgia" in words:
        title.country = "USA"  # "Georgia's Republican secretary of state, Jay Roe": the state
