"""Narrative reference time: expressions that point back at a time the story has already named.

"that day", "later that year", "the following month", "the next morning", "the previous Friday" take
their value from the reference time of the narrative (the latest date mentioned before them), not from
the document date, as TimeML annotators read them: "On May 22, 1995, he was promoted, and the following
year he was posted abroad" -> 1996. Without a date before them they keep the reading the rules gave
them (relative to the document date).
"""

from __future__ import annotations

import datetime as dt
import re

from . import _normalise as N
from ._lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from ..records import Timex

_UNITS = r"(?P<unit>day|morning|afternoon|evening|night|week|month|year|quarter)"
# "that day", "earlier that year", "that same week", "the same day"
_THAT = re.compile(r"(?i)^(?:(?:earlier|later)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same|the\s+very)\s+" + _UNITS + r"$"
                   # "the week" of "earlier in the week": no other rule tags a bare "the week" or "the month"
                   r"|^the\s+(?P<unit2>week|month)$")
# "the following year", "the next morning", "the previous week"
_STEP = re.compile(r"(?i)^(?:(?:early|late|earlier|later)\s+)?the\s+(?P<rel>following|next|previous|preceding|prior)\s+"
                   + _UNITS + r"$")
# "(in) the morning", "by mid afternoon": the part of the day the story is telling about
_THE_PART = re.compile(r"(?i)^(?:the\s+|mid-?\s?|late\s+|early\s+)(?P<unit>morning|afternoon|evening)$")
# "that August", "that same March": the month in the narrative's year
_MONTH_NAME = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)"
_THAT_MONTH = re.compile(r"(?i)^(?:(?:that(?:\s+same)?|the\s+same)\s+" + _MONTH_NAME + r"|" + _MONTH_NAME.replace("mon", "mon2")
                         + r"\s+of\s+(?:that|the\s+same)\s+year)$")
_STEP_WEEKDAY = re.compile(r"(?i)^the\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<wd>[a-z]+day)$")
# "the next year" is as often the coming twelve months as the year after the story's: only the day and
# its parts step from the narrative with "next"
_NEXT_IS_NARRATIVE = {"day", "morning", "afternoon", "evening", "night"}

# a value a narrative can stand on: a year, with month, day, quarter or week
_REF = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|W(?P<w>\d{2})|SP|SU|FA|WI))?(?:T.*)?$")


class _Ref:
    __slots__ = ("year", "month", "day", "quarter", "week")

    def __init__(self, m: re.Match[str]) -> None:
        self.year = int(m["y"])
        self.month = int(m["m"]) if m["m"] else None
        self.day = int(m["d"]) if m["d"] else None
        self.quarter = int(m["q"]) if m["q"] else (None if self.month is None else (self.month - 1) // 3 + 1)
        self.week = int(m["w"]) if m["w"] else None

    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _value(ref: _Ref, unit: str, step: int, exact: bool) -> tuple[str, str] | None:
    """(type, value) of ``unit`` moved ``step`` from the reference; None when the reference is too coarse."""
    day = ref.date()
    if unit in ("day",) or unit in PARTS_OF_DAY:
        if day is None:
            if step or not exact:
                return None
            # "that day" after "in October 1998": the day is unknown, the month is not
            return ("DATE", f"{ref.year:04d}-{ref.month:02d}-XX" if ref.month else f"{ref.year:04d}-XX-XX")
        d = N.add_days(day, step).isoformat()
        if unit in PARTS_OF_DAY:
            return ("TIME", f"{d}T{PARTS_OF_DAY[unit]}")
        return ("DATE", d)
    if unit == "week":
        if day is not None:
            return ("DATE", N.week(N.add_days(day, 7 * step)))
        return None
    if unit == "month":
        if ref.month is None:
            return None
        y, m = N.add_months(ref.year, ref.month, step)
        return ("DATE", f"{y:04d}-{m:02d}")
    if unit == "quarter":
        if ref.quarter is None:
            return None
        y, q = N.add_quarters(ref.year, ref.quarter, step)
        return ("DATE", f"{y:04d}-Q{q}")
    if unit == "year":
        return ("DATE", f"{N.clamp_year(ref.year + step):04d}")
    return None


def _weekday_from(ref: _Ref, name: str, rel: str) -> str | None:
    day = ref.date()
    wd = WEEKDAYS.get(name.lower())
    if day is None or wd is None:
        return None
    back = (day.isoweekday() - wd) % 7 or 7
    ahead = (wd - day.isoweekday()) % 7 or 7
    return N.add_days(day, ahead if rel in ("following", "next") else -back).isoformat()


def _reading(text: str, ref: _Ref, later: bool = False) -> tuple[str, str] | None:
    m = _THAT.match(text)
    if m and later and m["unit2"] == "week" and (day := ref.date()) is not None:
        # "later in the week" after a Sunday: the days that follow it, the next ISO week (a week seen from a
        # Sunday lies ahead of it); from any other day the day after lies in the day's own week
        return ("DATE", N.week(N.add_days(day, 1)))
    if m:
        # "that day" after "in October 1998" is a day of that month; "the week" of "earlier in the week"
        # needs a day to stand on (or keeps the document's)
        return _value(ref, (m["unit"] or m["unit2"]).lower(), 0, m["unit"] is not None)
    m = _STEP.match(text)
    if m:
        unit, rel = m["unit"].lower(), m["rel"].lower()
        if rel == "next" and unit not in _NEXT_IS_NARRATIVE:
            return None
        return _value(ref, unit, 1 if rel in ("following", "next") else -1, False)
    m = _THE_PART.match(text)
    if m:
        return _value(ref, m["unit"].lower(), 0, False)
    m = _THAT_MONTH.match(text)
    if m:
        return ("DATE", f"{ref.year:04d}-{MONTHS[(m['mon'] or m['mon2']).lower()]:02d}")
    m = _STEP_WEEKDAY.match(text)
    if m:
        v = _weekday_from(ref, m["wd"], m["rel"].lower())
        return ("DATE", v) if v else None
    return None


# a day or a part of one, and how far back (characters) the day it steps from may lie: about a paragraph
_DAY_UNIT = re.compile(r"(?i)\b(?:day|morning|afternoon|evening|night)$")
_DAY_SCOPE = 600


def is_anaphoric(text: str) -> bool:
    """Whether a timex's text points back at the narrative's reference time."""
    t = " ".join(text.split())
    return bool(_THAT.match(t) or _STEP.match(t) or _STEP_WEEKDAY.match(t) or _THE_PART.match(t)
                or _THAT_MONTH.match(t))


# a quarter named by its number ("the third quarter", "fiscal second-quarter", "Q3"); one that had
# ended by the document date is the reporting period the story is about, until another is named
_NAMED_QUARTER = re.compile(r"(?i)\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|\bQ[1-4]\b|\b[1-4]Q\b")
_QUARTER_VALUE = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
# "the quarter", "this quarter", "that quarter", "the latest period": the period being reported
_THE_PERIOD = re.compile(r"(?i)^(?:that\s+quarter|this\s+quarter|the\s+quarter|the\s+latest\s+(?:quarter|period))$")


# "a year ago", "a year earlier", "the year-ago quarter", "the comparable year-earlier period": in a report
# on a quarter, the same quarter a year before; "the 1988 period": the same quarter of that year
_YEAR_AGO = re.compile(r"(?i)^(?:(?:the|that)\s+)?(?:comparable\s+|same\s+)?(?:a\s+year\s+(?:ago|earlier|before)|"
                       r"year-(?:ago|earlier|before)(?:\s+(?:quarter|period))?)$")
_YEAR_PERIOD = re.compile(r"(?i)^the\s+(?P<y>\d{4})\s+period$")


def _quarter_reading(text: str, value: str, named: tuple[int, int], reported: tuple[int, int]) -> str | None:
    """The value of a reporting-period expression read against the quarter the story last named
    (``named``) or, for the year-ago period, the latest ended quarter it named (``reported``: "the third
    quarter ... after a flat second quarter ... a year ago" compares with the third quarter)."""
    mv = _QUARTER_VALUE.match(value)
    if not mv:
        return None
    if _THE_PERIOD.match(text):
        return f"{named[0]:04d}-Q{named[1]}"
    if _YEAR_AGO.match(text):
        # the quarter the story reports, a year back: a fiscal quarter keeps its own number ("the fiscal
        # first quarter ... a year earlier" is 1988-Q1 in a story of October 1989, not the calendar Q3)
        return f"{reported[0] - 1:04d}-Q{reported[1]}"
    m = _YEAR_PERIOD.match(text)
    if m and int(m["y"]) == reported[0] - 1:
        return f"{m['y']}-Q{reported[1]}"
    return None


_LATER_IN = re.compile(r"(?i)\blater\s+in\s+$")


def anchor(timexes: list[Timex], published: dt.date | None = None, source: str = "") -> list[Timex]:
    """The timexes with anaphoric ones re-read against the latest date named before them, and
    reporting-period ones ("the latest period") against the last ended quarter the story named
    (``source``, the text the spans index, tells "later in the week" from "earlier in the week")."""
    ref: _Ref | None = None
    day_ref: _Ref | None = None  # the latest reference that names a day, and where it ends
    day_end = 0
    named: tuple[int, int] | None = None
    reported: tuple[int, int] | None = None
    out: list[Timex] = []
    for t in timexes:
        if ref is not None and t.type in ("DATE", "TIME"):
            text = " ".join(t.text.split())
            later = bool(source) and _LATER_IN.search(source, max(0, t.span[0] - 12), t.span[0]) is not None
            reading = _reading(text, ref, later) if is_anaphoric(text) else None
            if (reading is None and day_ref is not None and day_ref is not ref and t.span[0] - day_end <= _DAY_SCOPE
                    and _DAY_UNIT.search(text)):
                # "At 4 p.m. on Wednesday, members of the 2012 class met ... the next evening": a year
                # named in passing is too coarse for a step of days; the day the story told just before is
                # not (a week or a month steps from the latest reference alone)
                reading = _reading(text, day_ref)
            if reading is not None:
                t = Timex(text=t.text, type=reading[0], value=reading[1], span=t.span, mod=t.mod)
        if named is not None and reported is not None and t.type == "DATE":
            v = _quarter_reading(" ".join(t.text.split()), t.value, named, reported)
            if v is not None:
                t = Timex(text=t.text, type=t.type, value=v, span=t.span, mod=t.mod)
        mq = _QUARTER_VALUE.match(t.value)
        if mq and _NAMED_QUARTER.search(t.text):
            quarter = (int(mq["y"]), int(mq["q"]))
            if published is None or quarter < N.quarter_of(published):
                named = quarter
                reported = max(reported or quarter, quarter)
        if t.type in ("DATE", "TIME"):
            m = _REF.match(t.value)
            if m:
                ref = _Ref(m)
                if ref.day is not None:
                    day_ref, day_end = ref, t.span[1]
        out.append(t)
    return out
