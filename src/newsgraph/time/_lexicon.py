"""Words of time: month, weekday, number and unit vocabularies, and the regex fragments built from them.

Everything here is data plus the few functions that read a matched word back into a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# the months a season covers (northern hemisphere), for choosing the year of a bare season
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "FN",
    "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "millennium": "ML",
}
# canonical unit names for their plural and adjectival spellings
UNIT_NAMES = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "fortnights": "fortnight", "weekends": "weekend", "months": "month", "quarters": "quarter",
    "years": "year", "decades": "decade", "centuries": "century", "millennia": "millennium",
    "millenniums": "millennium", "yrs": "year", "yr": "year", "hrs": "hour", "hr": "hour",
    "mins": "minute", "min": "minute",
}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "final": 4, "last": 4,
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cap(words: list[str]) -> str:
    """Capitalised or upper-case spellings only (month and weekday names are proper nouns)."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "(?-i:" + _alt(forms) + ")"


FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
ABBR_MONTHS = [m for m in MONTHS if m not in FULL_MONTHS]
# a month name: full, or abbreviated (with its dot when one follows)
MONTH = r"(?:" + _cap(FULL_MONTHS) + r"|" + _cap(ABBR_MONTHS) + r"(?:\.|\b))"
MONTH_FULL = _cap(FULL_MONTHS)
WEEKDAY = r"(?:" + _cap([w for w in WEEKDAYS if len(w) > 5]) + r")"
WEEKDAY_ANY = r"(?:" + _cap([w for w in WEEKDAYS if len(w) > 5]) + r"|" + \
    _cap([w for w in WEEKDAYS if len(w) <= 5]) + r"\.)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"

_NUM_WORD = r"(?:(?:" + _alt(TENS) + r")(?:[- ](?:" + _alt([w for w in ONES if ONES[w] < 10 and w != "zero"]) + \
    r"))?|" + _alt(ONES) + r")"
NUMBER = (r"(?:\d+(?:,\d{3})*(?:\.\d+)?(?:\s+1/2|\s*½)?|" + _NUM_WORD + r"(?:\s+hundred)?"
          r"(?:\s+and\s+a\s+half)?|a\s+hundred|a\s+thousand|(?:one|two|three)\s+thousand|a|an|one|"
          r"a\s+half|half\s+an?|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some|"
          r"a\s+number\s+of|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)")
UNIT = r"(?:" + _alt(list(UNITS) + list(UNIT_NAMES)) + r")"


def unit_name(word: str) -> str:
    w = word.lower().strip()
    return UNIT_NAMES.get(w, w)


def number(text: str) -> float | None:
    """The number a numeral or number phrase means; None for vague quantities ("several")."""
    t = " ".join(text.lower().replace("-", " ").replace(",", "").split())
    if not t:
        return None
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2") or t.endswith("½"):
        t, half = t.replace("1/2", "").replace("½", "").strip(), 0.5
    if t in ("a half", "half a", "half an"):
        return 0.5
    if t in ("a", "an", "one"):
        return 1 + half
    if t in ("a couple of", "a couple", "couple of"):
        return 2.0
    if t in ("a hundred",):
        return 100.0
    if t in ("a thousand",):
        return 1000.0
    try:
        return float(t) + half
    except ValueError:
        pass
    total = 0
    current = 0
    seen = False
    for w in t.split():
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif w == "and":
            continue
        else:
            return None
        seen = True
    if not seen:
        return None
    return float(total + current) + half


def spoken_year(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996; 'two thousand one' -> 2001."""
    t = text.lower().replace("-", " ").split()
    if len(t) >= 2 and t[0] in ("nineteen", "eighteen", "twenty") and t[1] != "hundred":
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[t[0]]
        rest = number(" ".join(t[1:]))
        if rest is not None and 0 <= rest < 100:
            return century + int(rest)
    if t[:2] == ["two", "thousand"]:
        rest = number(" ".join(t[2:]).replace("and ", "")) if len(t) > 2 else 0
        if rest is not None and rest < 100:
            return 2000 + int(rest)
    return None


SPOKEN_YEAR = (r"(?:(?:nineteen|eighteen)[- ](?:" + _alt(TENS) + r")(?:[- ](?:" +
               _alt([w for w in ONES if 0 < ONES[w] < 10]) + r"))?|two\s+thousand(?:\s+and)?(?:\s+(?:" +
               _alt([w for w in ONES if 0 < ONES[w] < 20]) + r"))?)")
