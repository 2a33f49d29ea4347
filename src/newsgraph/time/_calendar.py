"""Readings of calendar expressions: dates, months and years, decades and centuries, quarters, halves,
seasons. Each handler reads a regex match (see ``_rules``) into ``(type, value, mod)`` or None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import _normalise as N

from ._context import (_QNUM, Context, Reading, _day, _fake, _month, _quarter_context, _rel, _year_from, _ymd,
                       past_as_preposition)
from ._lexicon import DECADE_WORDS, ORDINALS, SEASONS, WEEKDAYS, spoken_year

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


def _weekday_year(p: dt.date, month: int, day: int, weekday: str) -> str | None:
    """The date, in the year before, of or after ``p``, on which month-day falls on ``weekday`` (the nearest)."""
    wd = WEEKDAYS.get(weekday.lower().rstrip("."))
    fits = [v for v in (_ymd(N.clamp_year(y), month, day) for y in (p.year - 1, p.year, p.year + 1))
            if v is not None and dt.date.fromisoformat(v).isoweekday() == wd]
    return min(fits, key=lambda v: abs((dt.date.fromisoformat(v) - p).days)) if fits else None


_MONTH_DAY_REL = re.compile(r"(?i)(?<![\w-])(last|next|this\s+past|this\s+coming)\s+$")


def h_mdy(m: re.Match[str], c: Context) -> Reading:
    month = _month(m["mon"])
    day = _day(m["day"])
    if not month or not 1 <= day <= 31:
        return None
    if m["year"]:
        v = _ymd(int(m["year"]), month, day)
    elif c.published is not None:
        # "last Sept. 11", "next March 3": the relation word decides alone, however far; TimeML leaves it
        # out of the extent ("was killed last Oct. 23" tags "Oct. 23")
        rel = _MONTH_DAY_REL.search(c.before(m, 16))
        relation = None if rel is None else (-1 if rel[1].lower() in ("last", "this past") else 1)
        d = N.date_of_month_day(c.published, month, day, c.direction(m), relation)
        v = d.isoformat() if d else None
        if d is not None and m["wdp"] and abs((d - c.published).days) > 7:
            # "Tuesday, Oct. 14", months from the document date: the year in which that date is that weekday
            # (near the document date a wrong weekday is likelier a slip than a year away)
            v = _weekday_year(c.published, month, day, m["wdp"]) or v
    else:
        v = f"XXXX-{month:02d}-{day:02d}"
    return ("DATE", v, None) if v else None


def h_mdy_pair(m: re.Match[str], c: Context) -> Reading:
    """"April 24 and 25", "May 3 or 4, 1999", "Jan. 17-21, 2014": two dates, the second sharing the month (and
    year)."""
    first = h_mdy(_fake({"mon": m["mon"], "day": m["day"], "year": m["year"]}, m), c)
    if first is None or _day(m["day2"]) <= _day(m["day"]) or _day(m["day2"]) > 31:
        return None
    value = first[1][:8] + f"{_day(m['day2']):02d}"
    if value[:4].isdigit() and _ymd(int(value[:4]), int(value[5:7]), int(value[8:])) is None:
        return None  # "Feb. 28 and 30"
    end1 = m.end("day")
    return [(m.start(), end1, "DATE", first[1], None), (m.start("day2"), m.end(), "DATE", value, None)]


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
                         r"january|february|april|june|july|august|september|october|november|december|"
                         # "planned for March", "delayed to May": a schedule ("voted for May" is a person)
                         r"(?:scheduled|planned|set|slated|due|expected|postponed|delayed|moved|pushed\s+back|"
                         r"penciled|pencilled|rescheduled)\s+(?:for|to|into))"
                         r"[\s-]*$")
# a verb a person does, after "May" or "March": the name of a person ("Since May took office", "Critics of
# May said"); a month as subject takes other verbs ("March saw record sales")
_PERSON_VERB_AFTER = re.compile(
    r"^\s+(?:said|says|told|tells|took|takes|insisted|insists|added|adds|urged|urges|argued|argues|warned|warns|"
    r"announced|announces|resigned|resigns|wants|wanted|met|meets|faces|faced|tried|tries|hopes|hoped|admitted|"
    r"admits|vowed|vows|promised|promises|refused|refuses|survived|survives|called|calls|spoke|speaks|"
    r"conceded|concedes|declined|declines|stepped|steps)\b")
# ... unless "in" comes just before: "a report in March said" is the month
_IN_BEFORE = re.compile(r"(?i)\b(?:in|during|early|late|mid|since\s+early|since\s+late)[\s-]*$")


def h_month(m: re.Match[str], c: Context) -> Reading:
    bare = past_as_preposition(c, m)
    if bare is not None:  # "extended past December": the month, read without "past"
        reading = h_month(bare, c)
        return None if reading is None else [(m.start("mon"), m.end(), *reading)]
    name = m["mon"]
    month = _month(name)
    if not month:
        return None
    rel = _rel(m["rel"])
    if name.lower() in _MONTH_NEEDS_CUE and (not m["rel"] or m["rel"].lower() == "that") and not m["yrel"] and (
            not _CUE_BEFORE.search(c.before(m, 30))
            or (_PERSON_VERB_AFTER.match(c.after(m, 20)) and not _IN_BEFORE.search(c.before(m, 12)))):
        return None
    if m["yrel"]:
        shift = _rel(m["yrel"]) or 0
        if c.published is None:
            return ("DATE", f"XXXX-{month:02d}", None)
        return ("DATE", f"{c.published.year + shift:04d}-{month:02d}", None)
    if c.published is None:
        return ("DATE", f"XXXX-{month:02d}", None)
    year = N.year_of_month(c.published, month, c.direction(m) if rel is None else N.Direction(None), rel)
    if m["rel"] and m["rel"].lower() == "last" and (c.published.year * 12 + c.published.month) - (year * 12 + month) == 1:
        # the month just ended is "last month" or "in August"; "last August" in September is a year further
        # back ("helped drive out Gadhafi last August", written in September 2012, is August 2011)
        year -= 1
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
    if re.match(r"(?i)\s*(?:GMT|UTC|hours\b|hrs\b|local\s+time)", after) and y % 100 < 60 and y // 100 < 24:
        return None  # "(1900 GMT)", "at 1400 hours": a 24-hour clock, no year
    if _NOT_YEAR_AFTER.match(after) and not _YEAR_WORDS.match(after) and re.match(
            r"(?i)^\s*(?:people|men|women|children|troops|soldiers|feet|meters|miles|tons|barrels|"
            r"dollars|votes|percent|%)", after):
        return None
    if not 1000 <= y <= 2100:
        return None
    return ("DATE", f"{y:04d}", None)


def h_year_prefixed(m: re.Match[str], c: Context) -> Reading:
    """"post-1959", "pre-1990": the year, after or before it."""
    y = int(m["year"])
    if not 1000 <= y <= 2100:
        return None
    return ("DATE", f"{y:04d}", "AFTER" if m["pp"].lower() == "post" else "BEFORE")


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
    y = spoken_year(re.sub(r"(?i)^the\s+year\s+", "", m[0]))
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
        if v[2] == "0" and v[:2] < "20":
            # "the late 1800s", "the early 1900s": the century (18, 19); "the 2000s" is the decade
            return ("DATE", v[:2], mod)
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

def h_quarter(m: re.Match[str], c: Context) -> Reading:
    q = _QNUM.get(m["ord"].lower())
    if q is None:
        return None
    det = m["det"] if m["det"] and "year" in m["det"].lower() else None
    year = _year_from(c, m, m["y1"] or m["y2"], m["yrel"] or m["yrel2"] or det)
    if (year is not None and c.published is not None and not (m["y1"] or m["y2"] or m["yrel"] or m["yrel2"] or det)
            and q > N.quarter_of(c.published)[1] and c.direction(m).sense == "past"):
        year -= 1  # "profits fell in the fourth quarter", said in January: the quarter that has ended
    reading = ("DATE", f"{year:04d}-Q{q}" if year else f"XXXX-Q{q}", None)
    if m["det"] and m["det"].lower() == "the" and re.search(r"-quarter$", m[0]) and not m["y1"] and not m["yrel"]:
        # "a third-quarter loss": the adjective alone is the timex
        return [(m.start("ord"), m.end(), *reading)]
    return reading


def h_month_span_quarter(m: re.Match[str], c: Context) -> Reading:
    """"the October-December quarter", "the April-June period", "the January-June period": the quarter or
    the half the two months bound, read as "the fourth quarter" would be. Other spans ("the January-September
    period") have no TIMEX3 value of one unit: None, and each month is read alone."""
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    year = m["year"] or m["y2"]
    if m2 - m1 == 2 and m1 % 3 == 1:
        ordinal = ("first", "second", "third", "fourth")[m1 // 3]
        return h_quarter(_fake({"ord": ordinal, "det": None, "y1": year, "y2": None, "yrel": None,
                                "yrel2": None}, m), c)
    if (m1, m2) in ((1, 6), (7, 12)) and m["what"].lower() != "quarter":
        return h_half(_fake({"ord": "first" if m1 == 1 else "second", "year": year,
                             "yrel": None if year else "the"}, m), c)
    return None


def h_qshort(m: re.Match[str], c: Context) -> Reading:
    q = int(m["q1"] or m["q2"])
    y = m["year"]
    if y:
        year: int | None = int(y) if len(y) == 4 else 2000 + int(y)
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
    return h_quarter_rel(_fake({"rel": "latest"}, m), c)


def h_past_ref(m: re.Match[str], c: Context) -> Reading:
    return ("DATE", "PAST_REF", None)


def h_half(m: re.Match[str], c: Context) -> Reading:
    h = 1 if m["ord"].lower() == "first" else 2
    year = _year_from(c, m, m["year"], m["yrel"])
    return ("DATE", f"{year:04d}-H{h}" if year else f"XXXX-H{h}", None)


def h_half_short(m: re.Match[str], c: Context) -> Reading:
    return ("DATE", f"{m['year']}-H{m['half']}", None)


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
        year = N.year_of_season(p, code, c.direction(m).sense)
    return ("DATE", f"{year:04d}-{code}", mod)


_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b")


def h_year_ago_period(m: re.Match[str], c: Context) -> Reading:
    """"the quarter a year ago", "last year's quarter", "the same period last year": the reported
    period one year back (a quarter when the story reports on one, else the year)."""
    if c.published is None:
        return ("DATE", "XXXX-QX" if "quarter" in m[0].lower() else "XXXX-XX" if "month" in m[0].lower() else "XXXX",
                None)
    if re.search(r"(?i)\bmonth\b", m[0]):
        # "the same month last year": the month the sentence reports ("sales in February rose 5% from the
        # same month last year"), else the document's, a year back
        clause = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])|\n\s*\n", c.before(m, 250))[-1]
        named = _MONTH_WORD.findall(clause)
        month = _month(named[-1]) if named else c.published.month
        year = c.published.year if month <= c.published.month else c.published.year - 1
        return ("DATE", f"{year - 1:04d}-{month:02d}", None)
    if "quarter" in m[0].lower() or _quarter_context(c, m):
        y, q = N.add_quarters(*N.quarter_of(c.published), -5)
        return ("DATE", f"{y:04d}-Q{q}", None)
    return ("DATE", f"{c.published.year - 1:04d}", None)


def h_week_of(m: re.Match[str], c: Context) -> Reading:
    """"the week of March 6": the week that holds the date."""
    month, day = _month(m["mon"]), _day(m["day"])
    if m["year"]:
        v = _ymd(int(m["year"]), month, day)
        d = None if v is None else dt.date.fromisoformat(v)
    elif c.published is not None:
        d = N.date_of_month_day(c.published, month, day, c.direction(m))
    else:
        return ("DATE", "XXXX-WXX", None)
    return ("DATE", N.week(d), None) if d else None


_NTH_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def h_nth_week_of_month(m: re.Match[str], c: Context) -> Reading:
    """"the last week of January", "the first week of April 2016", "the second weekend of June": the week
    (the weekend) of that month, not the week before the document date that "the last week" alone names.
    The first week is the one with most of its days in the month (the week that holds the 4th), the last the
    one that holds the month's last day but three; a weekend is the week of the month's Saturday."""
    month = _month(m["mon"])
    if not month:
        return None
    if m["year"]:
        year = int(m["year"])
    elif c.published is not None:
        year = N.year_of_month(c.published, month, c.direction(m))
    else:
        return ("DATE", f"XXXX-{month:02d}", None)
    ordinal = m["ord"].lower()
    weekend = m["unit"].lower() == "weekend"
    if weekend:
        if ordinal in ("last", "final"):
            end = dt.date(year, month, calendar.monthrange(year, month)[1])
            day = end - dt.timedelta(days=(end.weekday() - 5) % 7)
        else:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (_NTH_WEEK[ordinal] - 1))
            if day.month != month:
                return None
        return ("DATE", N.week(day) + "-WE", None)
    if ordinal in ("last", "final"):
        day = dt.date(year, month, calendar.monthrange(year, month)[1] - 3)
    else:
        day = dt.date(year, month, 4) + dt.timedelta(days=7 * (_NTH_WEEK[ordinal] - 1))
        if day.month != month:
            return None
    return ("DATE", N.week(day), None)
