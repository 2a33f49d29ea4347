"""Office titles: the words that make a noun phrase an office, normalisation, and country codes."""

from __future__ import annotations

import functools
import re

__all__ = ["TITLE_HEADS", "is_title_word", "normalise_title", "country_code", "STATUS_WORDS"]

# head nouns of offices (lower case); multi-word offices are built from these plus modifiers
TITLE_HEADS = frozenset("""
president vice-president premier minister secretary ambassador envoy representative senator
congressman congresswoman congressperson governor mayor chancellor king queen prince emir sultan
general admiral commander spokesman spokeswoman spokesperson chairman chairwoman chair director chief
leader speaker attorney adviser advisor counselor counsellor justice judge nominee candidate ceo
head commissioner administrator ayatollah pope monarch sheikh lawmaker delegate negotiator
mediator coordinator deputy undersecretary under-secretary official diplomat consul czar envoys
moderator correspondent editor anchor officer
""".split())
# words that may stand inside a title ("Deputy Special Representative", "Secretary of State")
_MODIFIERS = frozenset("""
vice deputy special chief prime foreign defense defence state home interior finance treasury trade
justice national security acting interim former senior top principal assistant associate executive
supreme majority minority house senate general lead high first district circuit federal permanent
""".split())
_LOWER = {"of", "for", "to", "in", "and", "on", "the", "at", "with"}

STATUS_WORDS = {
    "former": "former", "ex": "former", "then": "former", "late": "former", "erstwhile": "former",
    "acting": "acting", "interim": "acting", "caretaker": "acting",
    "incoming": "incoming", "designate": "incoming", "elect": "incoming", "nominee": "incoming",
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


def is_title_word(word: str) -> bool:
    w = word.lower().strip(".")
    return w in TITLE_HEADS or w in _MODIFIERS


def is_title_head(word: str) -> bool:
    return word.lower().strip(".") in TITLE_HEADS


def normalise_title(text: str) -> str:
    """`the deputy special representative for Afghanistan` -> `Deputy Special Representative for Afghanistan`."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    text = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", text, flags=re.I)
    words = []
    for n, w in enumerate(text.split(" ")):
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
