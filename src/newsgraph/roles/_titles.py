"""Office titles: the words that make a noun phrase an office, normalisation, and country codes."""

from __future__ import annotations

import functools
import re

__all__ = ["NAME_SUFFIXES", "NAME_PARTICLES", "ABBREVIATIONS", "TITLE_HEADS", "expand_abbreviation", "is_title_word", "normalise_title", "country_code",
           "STATUS_WORDS", "QUALIFIED_HEADS", "NO_ROLE_WORDS", "singular_head"]

# Generational suffixes a person's name may carry in one source and not in another ("James R. Roe Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lower-case words inside a person's name ("Bashar al-Assad", "Ursula von der Leyen", "Mohammed bin Salman").
NAME_PARTICLES = frozenset({"al", "bin", "ibn", "de", "del", "der", "van", "von", "la", "le", "da", "di", "du", "el", "dos"})

# head nouns of offices (lower case); multi-word offices are built from these plus modifiers
TITLE_HEADS = frozenset("""
president vice-president premier minister secretary ambassador envoy representative senator
congressman congresswoman congressperson governor mayor chancellor king queen prince emir sultan
general admiral commander spokesman spokeswoman spokesperson chairman chairwoman chair director chief
leader speaker attorney adviser advisor counselor counsellor justice judge nominee ceo
head commissioner administrator ayatollah pope monarch sheikh lawmaker delegate negotiator
mediator coordinator deputy undersecretary under-secretary official diplomat consul czar envoys
moderator correspondent editor anchor officer colonel sergeant captain lieutenant corporal brigadier
marshal secretary-general president-elect whip counsel prosecutor dictator legislator councilman
councilwoman congresswoman member aide
analyst expert fellow professor scholar researcher scientist economist historian specialist lawyer
journalist columnist contributor reporter commentator host author cartoonist pollster strategist
consultant lobbyist activist organizer organiser founder co-founder cofounder executive manager
owner businessman businesswoman teacher student pastor rabbi imam cleric bishop spy contractor
sheriff inspector emperor councilor councillor registrar chaplain treasurer comptroller auditor ombudsman
magistrate
physician engineer architect biographer writer banker sociologist photographer pilot programmer magnate
comedian blogger staffer fundraiser neurosurgeon surgeon
mp mep parliamentarian
""".split())
# "Democrat" and "Republican" are offices only as a committee's "top", "ranking" or "lead" member ("the
# top Democrat on the panel"), "lady" only as "first lady": the bare words are a party and a woman, and
# "a senior Democrat" or "a leading Republican" describes a party member, not a post.
QUALIFIED_HEADS = {"democrat": {"top", "ranking", "lead"},
                   "republican": {"top", "ranking", "lead"},
                   "lady": {"first"}}
# A holder the text only expects, or one who runs for the office, holds no role (corpus guidelines,
# section 3): "the likely prime minister", "presidential candidate", "a would-be senator".
NO_ROLE_WORDS = frozenset({"likely", "possible", "potential", "presumptive", "prospective", "hopeful",
                           "hopefuls", "candidate", "candidates", "would-be", "wannabe", "aspiring"})
# The abbreviated titles of news style ("Sen. Lindsey Graham", "Lt. Gen. Mark Hertling"): a capitalised
# abbreviation with its full stop stands for the title; "major" and "private" count only abbreviated,
# since the bare words are common adjectives.
ABBREVIATIONS = {
    "sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
    "gov": "governor", "govs": "governor", "lt": "lieutenant", "gen": "general", "col": "colonel",
    "sgt": "sergeant", "maj": "major", "capt": "captain", "adm": "admiral", "cmdr": "commander",
    "cdr": "commander", "brig": "brigadier", "cpl": "corporal", "pvt": "private", "amb": "ambassador",
    "atty": "attorney", "supt": "superintendent", "pres": "president", "sec": "secretary",
    "secy": "secretary", "del": "delegate", "asst": "assistant", "dep": "deputy",
}
_ABBREVIATED_HEADS = frozenset({"major", "private", "superintendent"})
# words that may stand inside a title ("Deputy Special Representative", "Secretary of State"), with the
# portfolios of ministers and secretaries ("Energy Minister", "Labor Secretary"): without them the title
# loses its portfolio and every minister is one "Minister"
_MODIFIERS = frozenset("""
vice deputy special chief prime foreign defense defence state home interior finance treasury trade
justice national security acting interim former senior top principal assistant associate executive
supreme majority minority house senate general lead high first district circuit federal permanent
press communications staff
affairs energy labor labour health education agriculture commerce transport transportation environment
culture tourism cabinet housing immigration information industry economy economic oil petroleum
fisheries sports youth welfare homeland veterans intelligence science technology infrastructure
""".split())
_LOWER = {"of", "for", "to", "in", "and", "on", "the", "at", "with"}

STATUS_WORDS = {
    "former": "former", "ex": "former", "then": "former", "late": "former", "erstwhile": "former",
    "retired": "former", "onetime": "former", "one-time": "former", "past": "former",
    # an office someone was put out of ("ousted President X", "the fired FBI director")
    "ousted": "former", "deposed": "former", "toppled": "former", "fired": "former", "sacked": "former",
    # a holder who has died holds the office no more ("the now-deceased senator", "the slain ambassador")
    "deceased": "former", "slain": "former", "assassinated": "former", "murdered": "former",
    "acting": "acting", "interim": "acting", "caretaker": "acting",
    "incoming": "incoming", "designate": "incoming", "elect": "incoming", "nominee": "nominee",
}

# demonyms and short forms the country-name lookup does not know
_DEMONYMS = {
    "us": "USA", "u.s.": "USA", "u.s": "USA", "usa": "USA", "america": "USA", "american": "USA",
    "united states": "USA", "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "british": "GBR",
    "afghan": "AFG", "iraqi": "IRQ", "iranian": "IRN", "russian": "RUS", "chinese": "CHN",
    "french": "FRA", "german": "DEU", "israeli": "ISR", "palestinian": "PSE", "syrian": "SYR",
    "turkish": "TUR", "pakistani": "PAK", "indian": "IND", "japanese": "JPN", "korean": "KOR",
    "north korean": "PRK", "south korean": "KOR", "ukrainian": "UKR", "saudi": "SAU", "egyptian": "EGY",
    "mexican": "MEX", "canadian": "CAN", "italian": "ITA", "spanish": "ESP", "qatari": "QAT",
    "emirati": "ARE", "uae": "ARE", "south korea": "KOR", "north korea": "PRK", "russia": "RUS",
    "iran": "IRN", "syria": "SYR", "venezuelan": "VEN", "brazilian": "BRA", "polish": "POL",
}


def expand_abbreviation(word: str) -> str | None:
    """The title a capitalised abbreviation with its full stop stands for ("Sen." -> "senator")."""
    if len(word) > 1 and word.endswith(".") and word[:1].isupper():
        return ABBREVIATIONS.get(word[:-1].lower())
    return None


def is_title_word(word: str) -> bool:
    w = expand_abbreviation(word) or word.lower().strip(".")
    return w in TITLE_HEADS or w in _MODIFIERS or w in _ABBREVIATED_HEADS and word.endswith(".")


def is_title_head(word: str) -> bool:
    full = expand_abbreviation(word)
    if full is not None:
        return full in TITLE_HEADS or full in _ABBREVIATED_HEADS
    return word.lower().strip(".") in TITLE_HEADS


def singular_head(word: str) -> str | None:
    """The singular of a plural office noun ("senators", "secretaries", "congresswomen", "Justices"),
    or None: a plural title before a list of names is each name's office. A capitalised word gives a
    capitalised singular ("Nominees" -> "Nominee", "SENATORS" -> "Senator", as a title is written), so
    a caller that asks which office it is compares the lower case."""
    w = word.lower()
    if len(w) < 4 or not w.endswith(("s", "men")) or w in TITLE_HEADS:
        return None
    cands = [w[:-3] + "y"] if w.endswith("ies") else [w[:-2] + "an"] if w.endswith("men") else [w[:-1], w[:-2]]
    one = next((c for c in cands if c in TITLE_HEADS), None)
    if one is None:
        return None
    return one[:1].upper() + one[1:] if word[:1].isupper() else one


def normalise_title(text: str) -> str:
    """`the deputy special representative for Afghanistan` -> `Deputy Special Representative for Afghanistan`."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    text = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", text, flags=re.I)
    words = []
    for n, w in enumerate(text.split(" ")):
        full = expand_abbreviation(w)
        if full is not None:
            w = full
        if n > 0 and w.lower() in _LOWER:
            words.append(w.lower())
        elif w[:1].islower():
            words.append(w[:1].upper() + w[1:])
        else:
            words.append(w)
    return " ".join(words)


@functools.lru_cache(maxsize=2048)
def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code for a country name, short form or demonym, or None."""
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
    if not key:
        return None
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        hit = pycountry.countries.lookup(key)
        return hit.alpha_3
    except LookupError:
        pass
    if key.endswith("n") or key.endswith("i") or key.endswith("ese") or key.endswith("ish"):
        for stem in (key[:-1], key[:-2] + "a", key[:-3], key[:-3] + "a", key[:-1] + "a"):
            try:
                return pycountry.countries.lookup(stem).alpha_3
            except LookupError:
                continue
    return None
