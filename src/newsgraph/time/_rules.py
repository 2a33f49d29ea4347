"""The grammar of time expressions: one compiled regex per kind of expression, and its reading.

Each rule's handler reads a match into ``(type, value, mod)`` (or a list of ``(start, end, type, value,
mod)`` when one match holds several expressions, as in "from 2001 to 2021"), or None to reject it.
Spans follow TimeML/TimeBank: prepositions are left out, determiners and modifiers that belong to the
expression ("the past three days", "early August", "a year ago") are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from . import _normalise as N
from ._lexicon import (DAYNUM, DECADE_WORDS, MONTH, MONTH_FULL, MONTHS, NUMBER, ORDINALS, PARTS_OF_DAY,
                       SEASON, SEASONS, SPOKEN_YEAR, UNIT, WEEKDAY, WEEKDAY_ANY, WEEKDAYS, YEAR4, number,
                       spoken_year, unit_name)

Reading = Any  # tuple[str, str, str | None] | list[tuple[int, int, str, str, str | None]] | None


class Context:
    """What a handler may consult: the text, the document date and the tense at a span."""

    __slots__ = ("text", "published", "_tense")

    def __init__(self, text: str, published: dt.date | None, tense: Callable[[int, int], str | None]):
        self.text = text
        self.published = published
        self._tense = tense

    def tense(self, m: re.Match[str]) -> str | None:
        return self._tense(m.start(), m.end())

    def before(self, m: re.Match[str], n: int = 30) -> str:
        return self.text[max(0, m.start() - n):m.start()]

    def after(self, m: re.Match[str], n: int = 30) -> str:
        return self.text[m.end():m.end() + n]


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip("."), 0)


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word) or 0)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_REL = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
        "the previous": -1, "preceding": -1, "the preceding": -1, "prior": -1, "the prior": -1,
        "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1, "following": 1,
        "the following": 1, "upcoming": 1, "the upcoming": 1,
        "this": 0, "current": 0, "the current": 0, "present": 0, "the present": 0}


def _rel(word: str | None) -> int | None:
    if not word:
        return None
    return _REL.get(" ".join(word.lower().split()))


# --- absolute dates ---------------------------------------------------------------------------

def h_iso(m: re.Match[str], c: Context) -> Reading:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    if v is None:
        return None
    if m["hh"]:
        return ("TIME", f"{v}T{m['hh']}:{m['mm']}", None)
    return ("DATE", v, None)


def h_iso_period(m: re.Match[str], c: Context) -> Reading:
    return ("DATE", f"{m['y']}-{m['p'].upper()}", None)


def h_slash(m: re.Match[str], c: Context) -> Reading:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if a > 12:
        a, b = b, a
    v = _ymd(year, a, b)
    return ("DATE", v, None) if v else None


def h_mdy(m: re.Match[str], c: Context) -> Reading:
    month = _month(m["mon"])
    day = _day(m["day"])
    if not month or not 1 <= day <= 31:
        return None
    if m["year"]:
        v = _ymd(int(m["year"]), month, day)
    elif c.published is not None:
        d = N.date_of_month_day(c.published, month, day, c.tense(m))
        v = d.isoformat() if d else None
    else:
        v = f"XXXX-{month:02d}-{day:02d}"
    return ("DATE", v, None) if v else None


def h_month_year(m: re.Match[str], c: Context) -> Reading:
    month = _month(m["mon"])
    y = m["year"]
    year = int(y) if y and len(y) == 4 else (spoken_year(m["spoken"]) if m["spoken"] else None)
    if year is None and y:
        year = 1900 + int(y) if int(y) >= 50 else 2000 + int(y)
    if not month or year is None:
        return None
    return ("DATE", f"{year:04d}-{month:02d}", None)


_MONTH_NEEDS_CUE = {"may", "march"}
_CUE_BEFORE = re.compile(r"(?i)\b(?:in|since|until|till|by|from|to|through|before|after|during|of|early|"
                         r"late|mid|last|next|this|between|and|or|until|throughout|around|the|each|every|"
                         r"january|february|april|june|july|august|september|october|november|december)"
                         r"[\s-]*$")


def h_month(m: re.Match[str], c: Context) -> Reading:
    name = m["mon"]
    month = _month(name)
    if not month:
        return None
    rel = _rel(m["rel"])
    if name.lower() in _MONTH_NEEDS_CUE and rel is None and not m["yrel"] and not _CUE_BEFORE.search(c.before(m, 20)):
        return None
    if m["yrel"]:
        shift = _rel(m["yrel"]) or 0
        if c.published is None:
            return ("DATE", f"XXXX-{month:02d}", None)
        return ("DATE", f"{c.published.year + shift:04d}-{month:02d}", None)
    if c.published is None:
        return ("DATE", f"XXXX-{month:02d}", None)
    p = c.published
    if rel == -1:
        year = p.year if month < p.month else p.year - 1
    elif rel == 1:
        year = p.year if month > p.month else p.year + 1
    elif rel == 0:
        year = p.year
    else:
        year = N.year_of_month(p, month, c.tense(m))
    return ("DATE", f"{year:04d}-{month:02d}", None)


_NOT_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:about|some|nearly|almost|approximately|roughly|around|than|"
                              r"up\s+to|only|just|least|most|over|under|of|the)\s+$|[$£€#]\s*$|\bNo\.\s*$|"
                              r"\b(?:number|route|flight|room|model|page|article|resolution|item|"
                              r"code|rule|section)\s+$)", )
_NOT_YEAR_AFTER = re.compile(r"(?i)^\s*(?:[a-z]+s\b|feet|foot|meters?|metres?|miles?|km|kilometers?|tons?|"
                             r"barrels?|dollars?|euros?|pounds?|yen|votes?|cases?|deaths?|people|men|women|"
                             r"children|troops|percent|per\s*cent|%|hours?|to\s+\d|-\s*\d{3,}|"
                             r"[x×]\s*\d)")
_YEAR_WORDS = re.compile(r"(?i)^\s*(?:elections?|levels?|figures?|results?|games|olympics|talks|"
                         r"negotiations|protests|attacks|polls?|budgets?|accords?|agreements?|riots|"
                         r"campaigns?|midterms|presidential|general|census|crisis|war|summit)\b")


def h_year(m: re.Match[str], c: Context) -> Reading:
    y = int(m["year"])
    before, after = c.before(m, 25), c.after(m, 20)
    if after[:1] in ("-", "/", ":") and after[1:2].isdigit():
        return None
    if _NOT_YEAR_BEFORE.search(before) and _NOT_YEAR_AFTER.match(after) and not _YEAR_WORDS.match(after):
        return None
    if re.search(r"[$£€]\s*$|\d[.,]$", before):
        return None
    if _NOT_YEAR_AFTER.match(after) and not _YEAR_WORDS.match(after) and re.match(
            r"(?i)^\s*(?:people|men|women|children|troops|soldiers|feet|meters|miles|tons|barrels|"
            r"dollars|votes|percent|%)", after):
        return None
    if not 1000 <= y <= 2100:
        return None
    return ("DATE", f"{y:04d}", None)


def h_year_range(m: re.Match[str], c: Context) -> Reading:
    y1 = int(m["y1"])
    y2s = m["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    s1, e1 = m.span("y1")
    s2, e2 = m.span("y2")
    return [(s1, e1, "DATE", f"{y1:04d}", None), (s2, e2, "DATE", f"{y2:04d}", None)]


def h_spoken_year(m: re.Match[str], c: Context) -> Reading:
    y = spoken_year(m[0])
    return ("DATE", f"{y:04d}", None) if y else None


def h_fiscal(m: re.Match[str], c: Context) -> Reading:
    y = m["year"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if m[0].lower().endswith("period") and c.published is not None and _quarter_context(c, m):
        return ("DATE", f"{year:04d}-Q{N.add_quarters(*N.quarter_of(c.published), -1)[1]}", None)
    return ("DATE", f"{year:04d}", None)


def h_decade(m: re.Match[str], c: Context) -> Reading:
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    if m["dec4"]:
        v = m["dec4"]
    else:
        digit = int(m["dec2"]) if m["dec2"] else DECADE_WORDS.get((m["decw"] or "").lower())
        if digit is None:
            return None
        century = 19 if c.published is None or c.published.year < 2000 + digit * 10 + 10 else 20
        if c.published is not None and c.published.year >= 2000 and digit <= (c.published.year - 2000) // 10:
            century = 20
        v = f"{century}{digit}"
    return ("DATE", v, mod)


def h_century(m: re.Match[str], c: Context) -> Reading:
    n = _day(m["num"]) if m["num"] else ORDINALS.get((m["ord"] or "").lower().replace(" ", "-"), 0)
    if not 1 <= n <= 30:
        return None
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return ("DATE", f"{n - 1:02d}", mod)


# --- quarters, halves, seasons ----------------------------------------------------------------

_QNUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


def _year_from(c: Context, m: re.Match[str], explicit: str | None, rel: str | None) -> int | None:
    if explicit:
        return int(explicit)
    if c.published is None:
        return None
    if rel:
        r = rel.lower()
        if "last" in r or "ago" in r or "earlier" in r or "before" in r or "prior" in r:
            return c.published.year - 1
        if "next" in r:
            return c.published.year + 1
    return c.published.year


def h_quarter(m: re.Match[str], c: Context) -> Reading:
    q = _QNUM.get(m["ord"].lower())
    if q is None:
        return None
    det = m["det"] if m["det"] and "year" in m["det"].lower() else None
    year = _year_from(c, m, m["y1"] or m["y2"], m["yrel"] or m["yrel2"] or det)
    reading = ("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", None)
    if m["det"] and m["det"].lower() == "the" and re.search(r"-quarter$", m[0]) and not m["y1"] and not m["yrel"]:
        # "a third-quarter loss": the adjective alone is the timex
        return [(m.start("ord"), m.end(), *reading)]
    return reading


def h_qshort(m: re.Match[str], c: Context) -> Reading:
    q = int(m["q1"] or m["q2"])
    y = m["year"]
    if y:
        year = int(y) if len(y) == 4 else 2000 + int(y)
    else:
        year = c.published.year if c.published else None
    return ("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", None)


def h_quarter_rel(m: re.Match[str], c: Context) -> Reading:
    word = " ".join((m["rel"] or "").lower().split())
    if c.published is None:
        return ("DATE", "XXXX-QX", None)
    y, q = N.quarter_of(c.published)
    if word in ("current", "this", "present"):
        shift = 0
    elif word in ("next", "coming", "following", "upcoming"):
        shift = 1
    elif "year" in word or word in ("comparable", "same", "corresponding"):
        shift = -5
    else:
        shift = -1
    y, q = N.add_quarters(y, q, shift)
    return ("DATE", f"{y:04d}-Q{q}", None)


def h_the_quarter(m: re.Match[str], c: Context) -> Reading:
    return h_quarter_rel(_Fake({"rel": "latest"}, m), c)  # type: ignore[arg-type]


def h_past_ref(m: re.Match[str], c: Context) -> Reading:
    return ("DATE", "PAST_REF", None)


def h_half(m: re.Match[str], c: Context) -> Reading:
    h = 1 if m["ord"].lower() == "first" else 2
    year = _year_from(c, m, m["year"], m["yrel"])
    return ("DATE", f"{year:04d}-H{h}" if year else f"XXXX-H{h}", None)


def h_season(m: re.Match[str], c: Context) -> Reading:
    word = m["season"]
    code = SEASONS[word.lower()]
    rel = " ".join((m["rel"] or "").lower().split())
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    if m["year"] or m["spoken"]:
        year = int(m["year"]) if m["year"] else spoken_year(m["spoken"])
        return ("DATE", f"{year:04d}-{code}", mod)
    if word.lower() == "fall" and rel in ("", "the"):
        return None
    if rel in ("", "the") and word[0].isupper() and c.before(m, 1) not in ("", "\n"):
        # "Arab Spring", "Prague Spring": a proper name, not the season
        if re.search(r"[A-Z][a-z]+\s+$", c.before(m, 20)):
            return None
    if c.published is None:
        return ("DATE", f"XXXX-{code}", mod)
    p = c.published
    r = _rel(rel)
    if r == -1:
        year = N.year_of_season(p, code, "past")
        if year == p.year and N.SEASON_MONTH[code] >= p.month - 1:
            year -= 1
    elif r == 1:
        year = N.year_of_season(p, code, "future")
        if year == p.year and N.SEASON_MONTH[code] <= p.month + 1:
            year += 1
    elif r == 0:
        year = p.year
    else:
        year = N.year_of_season(p, code, c.tense(m))
    return ("DATE", f"{year:04d}-{code}", mod)


# --- relative to the document date --------------------------------------------------------------

def h_rel_unit(m: re.Match[str], c: Context) -> Reading:
    shift = _rel(m["rel"])
    unit = m["unit"].lower()
    fiscal = "fiscal" in unit
    unit = unit.split()[-1]
    if shift is None:
        return None
    if c.published is None:
        return ("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[shift], None)
    if unit == "day" and shift == 0:
        return None
    if fiscal:
        unit = "year"
    return ("DATE", N.shift(c.published, unit, shift), None)


def h_day_word(m: re.Match[str], c: Context) -> Reading:
    word = " ".join(m["word"].lower().split())
    part = (m["part"] or "").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "this": 0, "last": -1}.get(word)
    if offset is None:
        return None
    if word == "tonight":
        part = "night"
    if word in ("this", "last") and not part or (word == "last" and part != "night"):
        return None
    if c.published is None:
        if word == "today" and not part:
            return ("DATE", "PRESENT_REF", None)
        return ("DATE", "XXXX-XX-XX", None) if not part else ("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", None)
    d = N.add_days(c.published, offset).isoformat()
    if part:
        return ("TIME", f"{d}T{PARTS_OF_DAY[part]}", None)
    return ("DATE", d, None)


# words right before a weekday that settle its direction
_WEEKDAY_CUE = re.compile(r"(?i)(?:\b(?P<past>since|from\s+last)|\b(?P<future>as\s+(?:soon|early)\s+as|no\s+later\s+than|"
                          r"starting|beginning|until|till|before|by))\s+(?:on\s+)?$")


def h_weekday(m: re.Match[str], c: Context) -> Reading:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = " ".join((m["rel"] or "").lower().split())
    rel = {"the following": "next", "following": "next", "the previous": "last", "previous": "last",
           "this past": "last", "past": "last", "this coming": "next", "coming": "next",
           "the next": "next"}.get(rel, rel)
    part = (m["part"] or "").lower()
    possessive = m[0].lower().endswith("'s") or re.match(r"'s\b", c.after(m, 3)) is not None
    if c.published is None:
        v = f"XXXX-WXX-{wd}"
    else:
        cue = _WEEKDAY_CUE.search(c.before(m, 25))
        tense = "past" if possessive and not rel else (cue.lastgroup if cue else c.tense(m))
        v = N.date_of_weekday(c.published, wd, tense, rel or None).isoformat()
    if part:
        return ("DATE", f"{v}T{PARTS_OF_DAY[part]}", None)
    return ("DATE", v, None)


def h_ago(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    n = number(m["num"])
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before", "back") else 1
    if n is None or c.published is None:
        return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None)
    n = int(round(n))
    p = c.published
    if unit == "year" and n == 1 and direction < 0:
        return ("DATE", _year_ago(c, m), None)
    if unit in ("decade", "century"):
        return ("DATE", f"{N.clamp_year(p.year + direction * n * (10 if unit == 'decade' else 100)):04d}", None)
    if unit in ("hour", "minute", "second"):
        return ("DATE", p.isoformat(), None)
    return ("DATE", N.shift(p, unit, direction * n), None)


def h_duration(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    num = m["num"]
    n = number(num) if num else None
    if num and n is None and num.lower().strip() not in ("a few", "few", "several", "many", "some", "a couple of",
                                                         "couple of", "a couple", "a number of", "numerous",
                                                         "dozens of", "hundreds of", "thousands of"):
        return None
    if not num:
        if not unit_plural(m["unit"]) or not _DURATION_LEAD.match(m[0]):
            return None
    if unit == "second" and (not num or num.lower() in ("a", "an")):
        return None
    before = c.before(m, 25)
    if num and num.lower() in ("a", "an") and re.search(r"(?i)(?:\b(?:once|twice|thrice|times|percent|per|million|billion|dollars|cents)|[\d%])\s*$",
                                                        before):
        return ("SET", N.duration(1, unit), None)
    if n is not None and n > 10000:
        return None
    if unit == "quarter" and num and re.fullmatch(YEAR4, num.strip()):
        return ("DATE", f"{num.strip()}-Q{N.add_quarters(*N.quarter_of(c.published), -1)[1]}"
                if c.published else f"{num.strip()}-QX", None)
    lead = _DURATION_LEAD.match(m[0])
    if not num and lead and re.search(r"(?i)\b(?:recent|coming)\s", lead[0]):
        return ("DATE", "PAST_REF" if "recent" in lead[0].lower() else "FUTURE_REF", None)
    if unit == "quarter" and (re.search(r"\w-quarters?$", m[0]) or re.match(r"\s+of\b", c.after(m, 5))):
        return None  # "three-quarters of the vote": a fraction
    reading = ("DURATION", N.duration(n, unit), None)
    if m[0][:4].lower() == "the " and num and (not unit_plural(m["unit"]) or "-" in m[0]):
        # "the two-week strike": the determiner belongs to the noun, not the timex
        return [(m.start("num"), m.end(), *reading)]
    return reading


_DURATION_LEAD = re.compile(r"(?i)(?:the\s+)?(?:past|last|next|coming|previous|following|first|recent|latest|"
                            r"final|remaining|ensuing|preceding|prior|initial|additional|same)\s")


def unit_plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") or w in ("centuries", "millennia")


def h_bare_units(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    return ("DURATION", N.duration(None, unit), None)


def h_set(m: re.Match[str], c: Context) -> Reading:
    what = m["what"]
    low = what.lower()
    n = number(m["num"]) if m["num"] else 1
    if m["other"]:
        n = 2
    if low.rstrip(".") in WEEKDAYS:
        return ("SET", f"XXXX-WXX-{WEEKDAYS[low.rstrip('.')]}", None)
    if low in MONTHS:
        return ("SET", f"XXXX-{MONTHS[low]:02d}", None)
    if low in PARTS_OF_DAY:
        return ("SET", f"TXX{PARTS_OF_DAY[low]}" if False else "P1D", None)
    return ("SET", N.duration(n or 1, unit_name(low)), None)


_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
               "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M", "fortnightly": "P2W"}


def h_adverb_set(m: re.Match[str], c: Context) -> Reading:
    return ("SET", _ADVERB_SET[m[0].lower()], None)


def h_weekday_set(m: re.Match[str], c: Context) -> Reading:
    wd = WEEKDAYS[m["wd"].lower()]
    part = (m["part"] or "").lower().rstrip("s")
    return ("SET", f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[part]}" if part in PARTS_OF_DAY else ""), None)


_REF = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
        "the present": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
        "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF", "soon": "FUTURE_REF",
        "the future": "FUTURE_REF", "future": "FUTURE_REF", "shortly": "FUTURE_REF"}


def h_ref(m: re.Match[str], c: Context) -> Reading:
    word = " ".join(m[0].lower().split())
    if word in _REF:
        return ("DATE", _REF[word], None)
    if "future" in word or "term" in word:
        return ("DATE", "FUTURE_REF", None)
    if "past" in word or "recent" in word:
        return ("DATE", "PAST_REF", None)
    return ("DATE", "PRESENT_REF", None)


_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|IST|JST|AEST|AEDT|ET|PT|CT|MT|local\s+time)"


def h_clock(m: re.Match[str], c: Context) -> Reading:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    date = _anchor_date(m, c)
    return ("TIME", f"{date}T{h:02d}:{mi:02d}", None)


def _anchor_date(m: re.Match[str], c: Context) -> str:
    day = (m["dday"] or "").strip()
    p = c.published
    if not day:
        return p.isoformat() if p else "XXXX-XX-XX"
    low = day.lower()
    if low in ("today", "tonight", "yesterday", "tomorrow"):
        if p is None:
            return "XXXX-XX-XX"
        return N.add_days(p, {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[low]).isoformat()
    if low.rstrip(".") in WEEKDAYS:
        if p is None:
            return "XXXX-XX-XX"
        return N.date_of_weekday(p, WEEKDAYS[low.rstrip(".")], c.tense(m)).isoformat()
    mm = re.match(r"(\S+)\s+(\d+)", day)
    if mm and _month(mm[1]) and p is not None:
        d = N.date_of_month_day(p, _month(mm[1]), _day(mm[2]), c.tense(m))
        if d:
            return d.isoformat()
    return p.isoformat() if p else "XXXX-XX-XX"


def h_noon(m: re.Match[str], c: Context) -> Reading:
    word = m["nw"].lower()
    hhmm = "24:00" if word == "midnight" else "12:00"
    return ("TIME", f"{_anchor_date(m, c)}T{hhmm}", None)


def h_holiday(m: re.Match[str], c: Context) -> Reading:
    name = m["hol"]
    if m["year"]:
        d = N.holiday(name, int(m["year"]))
    elif c.published is None:
        return None
    else:
        rel = _rel(m["rel"])
        tense = {-1: "past", 1: "future"}.get(rel, c.tense(m)) if rel is not None else c.tense(m)
        d = N.holiday_date(name, c.published, tense)
    if d is None:
        return None
    if m["week"]:
        return ("DATE", N.week(d), None)
    return ("DATE", d.isoformat(), None)


def h_year_adj(m: re.Match[str], c: Context) -> Reading:
    word = m[0].lower()
    if c.published is None:
        return ("DATE", "PAST_REF" if "end" not in word else "XXXX-12-31", None)
    y = c.published.year
    if "end" in word:
        return ("DATE", f"{y:04d}-12-31", None)
    return ("DATE", _year_ago(c, m), None)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'`])|\n\s*\n")


def sentence_of(text: str, start: int, end: int) -> str:
    lo = max(0, start - 400)
    left = lo
    for b in _SENTENCE.finditer(text, lo, start):
        left = b.end()
    b = _SENTENCE.search(text, end, end + 400)
    return text[left:b.start() if b else end + 400]


def _quarter_context(c: Context, m: Any) -> bool:
    """Whether the text around a match reports on a quarter (so "a year ago" means that quarter)."""
    context = c.text[max(0, m.start() - 500):m.start()] + sentence_of(c.text, m.start(), m.end())
    return re.search(r"(?i)\bquarter\b", context) is not None


def _year_ago(c: Context, m: Any) -> str:
    """A year before the document date; in a report on a quarter, the same quarter a year before."""
    p = c.published
    assert p is not None
    if _quarter_context(c, m):
        y, q = N.add_quarters(*N.quarter_of(p), -5)
        return f"{y:04d}-Q{q}"
    return f"{p.year - 1:04d}"


def h_weekend(m: re.Match[str], c: Context) -> Reading:
    rel = (m["rel"] or "").lower()
    if not rel:
        return None
    if c.published is None:
        return ("DATE", "XXXX-WXX-WE", None)
    tense = {"last": "past", "next": "future", "this": None}.get(rel, c.tense(m))
    if rel == "this":
        tense = "future" if c.published.isoweekday() < 6 else "past"
    saturday = N.date_of_weekday(c.published, 6, "future" if tense in ("future", "present") else "past")
    return ("DATE", N.week(saturday) + "-WE", None)


def h_time_of_day(m: re.Match[str], c: Context) -> Reading:
    part = m["part"].lower()
    if c.published is None:
        return ("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", None)
    return ("TIME", f"{c.published.isoformat()}T{PARTS_OF_DAY[part]}", None)


# --- the rules -----------------------------------------------------------------------------------

_MODNUM = (r"(?:(?P<num>" + NUMBER + r")(?:\s+or\s+(?:so|more|two|three|four|five))?[\s-]+)")
_REL_WORDS = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|"
              r"the\s+following|the\s+current|the\s+present|the\s+preceding|the\s+prior|the\s+upcoming|"
              r"this|last|next|past|previous|coming|following|current|upcoming|preceding|prior)")

_SPECS: list[tuple[str, Callable[[re.Match[str], Context], Reading]]] = [
    (r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?)?\b", h_iso),
    (r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", h_slash),
    (r"\b(?P<y>\d{4})-(?P<p>Q[1-4]|H[12]|W(?:0[1-9]|[1-4]\d|5[0-3])|SP|SU|FA|WI)\b", h_iso_period),
    (r"(?:" + WEEKDAY_ANY + r",?\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?![\d%]|:\d)"
     r"(?!\s*(?:%|percent|-\s*\d))(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy),
    (r"(?:" + WEEKDAY_ANY + r",?\s+)?(?:the\s+)?(?P<day>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + MONTH + r")"
     r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy),
    (r"(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|'(?P<y2>\d\d)\b|"
     r"(?P<spoken>" + SPOKEN_YEAR + r"))", h_month_year),
    (r"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming)\s+)?(?P<mon>" + MONTH_FULL + r")\b(?!\s*\d)"
     r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?", h_month),
    (r"(?<![\w$£€#./-])(?P<year>" + YEAR4 + r")(?![\d]|\.\d|,\d{3}|\s*(?:%|percent))", h_year),
    (r"(?<![\w$£€#./-])(?P<y1>" + YEAR4 + r")\s*(?:[-–]|to|through|until|and)\s*(?P<y2>" + YEAR4 + r"|\d\d)(?![\d%])",
     h_year_range),
    (r"\b" + SPOKEN_YEAR + r"\b", h_spoken_year),
    (r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<year>" + YEAR4 + r"|\d\d)\b", h_fiscal),
    (r"(?:\bthe\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<dec4>1[5-9]\d|20\d)0'?s\b|'(?P<dec2>\d)0'?s\b|"
     r"\b(?P<decw>" + "|".join(DECADE_WORDS) + r")\b)", h_decade),
    (r"(?:\b(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<num>\d{1,2}(?:st|nd|rd|th))|\b(?P<ord>"
     + "|".join(w for w in ORDINALS if w not in ("final", "last")) + r"))[\s-]+century\b", h_century),
    (r"(?:\b(?P<det>the|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?:flat|weak|strong|fiscal|"
     r"calendar|same)[\s-]+)?(?:(?P<y1>" + YEAR4 + r")\s+|(?P<yrel>year-ago|year-earlier|year-before)\s+)?"
     r"(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b"
     r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<y2>" + YEAR4 + r")|(?P<yrel2>this|last|next)\s+year))?",
     h_quarter),
    (r"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<year>" + YEAR4 + r"|'\d\d))?\b", h_qshort),
    (r"\b(?:(?:the|its|this|last|next)\s+)?(?P<rel>latest|current|past|previous|last|next|coming|this|"
     r"year-ago|year-earlier|year-before|comparable(?:\s+year-ago)?|same|corresponding|prior|preceding|"
     r"recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?quarter\b(?!s)", h_quarter_rel),
    (r"\bthe\s+quarter\b(?!\s+of|-|s)", h_the_quarter),
    (r"(?:\bthe\s+)?(?P<ord>first|second|last|latter)[\s-]+half\s+of\s+(?:(?:fiscal\s+)?(?P<year>" + YEAR4 + r")|"
     r"(?P<yrel>this|last|next|the)\s+year)", h_half),
    (r"(?:\b(?P<rel>" + _REL_WORDS + r"|the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?\b(?P<season>" + SEASON + r")\b"
     r"(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|(?P<spoken>" + SPOKEN_YEAR + r")))?", h_season),
    (r"\b(?P<rel>" + _REL_WORDS + r")\s+(?P<unit>fiscal\s+year|week|weekend|month|year|decade|century|day)\b",
     h_rel_unit),
    (r"\b(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
     r"this|last)(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!-)", h_day_word),
    (r"(?:\b(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous|following|the\s+following|"
     r"the\s+previous|the\s+next)\s+)?\b(?P<wd>" + WEEKDAY + r")\b(?!s)(?:'s\b)?(?:\s+(?P<part>morning|afternoon|"
     r"evening|night))?", h_weekday),
    (r"\b(?:(?P<num>" + NUMBER + r")|(?P<few>a\s+few|several|many))(?:\s+or\s+so)?[\s-]+(?P<unit>" + UNIT +
     r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b", h_ago),
    (r"(?:\b(?:the\s+)?(?:past|last|next|coming|previous|following|first|latest|final|remaining|ensuing|"
     r"preceding|prior|initial|recent|additional|same)\s+|\bthe\s+)?" + _MODNUM + r"?(?:more\s+|full\s+|additional\s+|"
     r"straight\s+|consecutive\s+|long\s+|short\s+)?(?P<unit>" + UNIT + r")\b(?![\s-]+old\b)(?P<set>)", h_duration),
    (r"\b(?:the\s+)?(?:next|past|last|coming|first|previous|recent)\s+(?P<num>)(?P<unit>years|months|weeks|days|"
     r"decades|hours|centuries|quarters)\b(?P<set>)", h_duration),
    (r"\b(?P<unit>decades|centuries|years|months)(?=[\s-]+(?:long|old|of\s+(?!the\b)))(?:-long)?", h_bare_units),
    (r"(?<=\bfor\s)(?P<unit>decades|centuries|years|months|weeks|days|hours)\b(?!\s+(?:of|to|before|after))",
     h_bare_units),
    (r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>" + NUMBER + r")\s+)?(?P<what>" + UNIT + r"|"
     + WEEKDAY + r"|" + MONTH_FULL + r"|morning|afternoon|evening|night)\b", h_set),
    (r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|"
     r"semiannually|fortnightly)\b", h_adverb_set),
    (r"\b(?P<wd>" + WEEKDAY + r")s\b(?:\s+(?P<part>mornings|afternoons|evenings|nights))?", h_weekday_set),
    (r"\b(?:now|currently|current(?!\s+(?:account|accounts|affairs|events))|presently|nowadays|"
     r"these\s+days|lately|recently|the\s+present(?!\s+\w+)|the\s+past(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|"
     r"quarters?|hours?|centuries))|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
     r"the\s+(?:near|short|long|medium)\s+term|recent\s+(?:years|months|weeks|days|times)|in\s+recent)\b(?!-)",
     h_ref),
    (r"\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)"
     r"(?:\s+" + _TZ + r"\b)?(?:,?\s+(?:on\s+)?(?P<dday>" + WEEKDAY + r"|today|tonight|yesterday|tomorrow|"
     + MONTH + r"\s+\d{1,2}\b))?", h_clock),
    (r"\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?P<ampm>)\s*(?:" + _TZ + r")\b(?:,?\s+(?P<dday>" + WEEKDAY +
     r"|today|yesterday|tomorrow))?", h_clock),
    (r"(?:\b(?P<dday>" + WEEKDAY + r"|today|yesterday|tomorrow)\s+(?:at\s+)?)?\b(?P<nw>noon|midnight|midday)\b"
     r"(?:\s+(?P<dday2>" + WEEKDAY + r"|today|yesterday|tomorrow))?", h_noon),
    (r"(?:\b(?P<rel>last|next|this)\s+)?(?-i:(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|"
     r"Thanksgiving(?:\s+Day)?|Election\s+Day|Independence\s+Day|Labou?r\s+Day|Memorial\s+Day|Veterans\s+Day|"
     r"Halloween|Easter(?:\s+Sunday)?|Good\s+Friday|Valentine's\s+Day|Fourth\s+of\s+July|July\s+Fourth|"
     r"Martin\s+Luther\s+King\s+(?:Jr\.\s+)?Day|Presidents'?\s+Day)(?P<week>\s+week)?)(?:\s+(?P<year>" + YEAR4 +
     r"))?\b", h_holiday),
    (r"(?:\bthe\s+)?(?:comparable\s+)?\byear-(?:ago|earlier|before)(?:\s+period\b)?|\b(?:year-end|end-of-year)\b",
     h_year_adj),
    (r"\bthe\s+(?P<year>" + YEAR4 + r")\s+(?:period|fiscal\s+year)\b", h_fiscal),
    (r"(?:\b(?P<rel>last|next|this|the)\s+)?\bweekend\b", h_weekend),
    (r"\b(?:recent|past)\s+(?:years|months|weeks|decades|days)\b", h_past_ref),
    (r"\b(?:this|later\s+this|earlier\s+this)\s+(?P<part>morning|afternoon|evening)\b", h_time_of_day),
]


class _Fake:
    """A stand-in match that answers group lookups from a dict and spans from a real match."""

    def __init__(self, groups: dict[str, str], m: re.Match[str]):
        self._g, self._m = groups, m

    def __getitem__(self, k: Any) -> Any:
        return self._g.get(k) if isinstance(k, str) else self._m[k]

    def start(self, *a: Any) -> int:
        return self._m.start()

    def end(self, *a: Any) -> int:
        return self._m.end()


RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], Context], Reading]]] = [
    (re.compile(p, re.I), h) for p, h in _SPECS
]

# the noon rule reads its day from either side
_orig_noon = h_noon


def _noon(m: re.Match[str], c: Context) -> Reading:
    if not m["dday"] and m["dday2"]:
        return _orig_noon(_Fake({"nw": m["nw"], "dday": m["dday2"]}, m), c)
    return _orig_noon(m, c)


RULES = [(p, _noon if h is h_noon else h) for p, h in RULES]
