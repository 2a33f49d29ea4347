"""Calendar arithmetic for TIMEX3 values: shifting the document date, choosing the year of a month or the
date of a weekday by tense, and writing durations.

``tense`` is one of "past", "present", "future" or None (unknown).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ._lexicon import SEASON_MONTH

# TIMEX3 values this module writes (and the property tests accept): months 01-12, days 01-31,
# ISO weeks 01-53, hours 00-24
VALID_VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|ML|H|L|C|E|WE)(?:\d+M)?"
    r"|PT(?:\d+(?:\.\d+)?|X)(?:H|M|S)(?:\d+M)?(?:\d+S)?"
    r"|P\d+M\d+D|P\d+DT\d+H"  # "a month and a half", "a day and a half"
    r"|\d{1,2}|\d{3}|\d{3}X|\d{2}XX"
    r"|(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:WE|[1-7]))?|-Q[1-4X]|-H[12]"
    r"|-(?:SP|SU|FA|WI))?(?:T(?:(?:[01]\d|2[0-4])(?::[0-5]\d)?|MO|AF|EV|NI|DT))?"
    r")$"
)

_MAX_YEAR = 9999


def clamp_year(y: int) -> int:
    return max(1, min(_MAX_YEAR, y))


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return clamp_year(idx // 12), idx % 12 + 1


def add_days(d: dt.date, n: int) -> dt.date:
    try:
        return d + dt.timedelta(days=n)
    except OverflowError:
        return d


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def add_quarters(year: int, q: int, n: int) -> tuple[int, int]:
    idx = year * 4 + (q - 1) + n
    return clamp_year(idx // 4), idx % 4 + 1


def shift(published: dt.date, unit: str, n: int) -> str:
    """The document date moved by ``n`` units, written at that unit's granularity."""
    if unit in ("day",):
        return add_days(published, n).isoformat()
    if unit in ("week", "fortnight"):
        return week(add_days(published, 7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return week(add_days(published, 7 * n)) + "-WE"
    if unit == "month":
        y, m = add_months(published.year, published.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, q = add_quarters(*quarter_of(published), n)
        return f"{y:04d}-Q{q}"
    if unit == "year":
        return f"{clamp_year(published.year + n):04d}"
    if unit == "decade":
        return f"{clamp_year(published.year + 10 * n):04d}"[:3]
    if unit == "century":
        return f"{clamp_year(published.year + 100 * n):04d}"[:2]
    if unit in ("hour", "minute", "second"):
        return published.isoformat()
    return f"{clamp_year(published.year + n):04d}"


_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q", "hour": "H",
              "minute": "M", "second": "S", "decade": "DE", "century": "CE", "millennium": "ML",
              "weekend": "WE", "fortnight": "W"}
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60), "decade": ("year", 10),
            "century": ("year", 100), "quarter": ("month", 3)}


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: duration(3, "day") -> "P3D", duration(None, "year") -> "PXY"."""
    if unit == "fortnight" and n is not None:
        n, unit = n * 2, "week"
    if unit == "weekend":
        return "P2D" if n in (None, 1) else f"P{int(n) * 2}D"
    if n is not None and unit in ("decade", "century", "millennium"):
        n, unit = n * {"decade": 10, "century": 100, "millennium": 1000}[unit], "year"
    code = _UNIT_CODE.get(unit, "Y")
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    if unit == "century" and n is None:
        code = "C"
    if n is None:
        return f"{prefix}X{code}"
    if n != int(n):
        whole = int(n)
        if unit == "week":
            return f"P{n:g}W"  # "a week and a half": ISO 8601 joins no other unit to weeks
        if unit in _SMALLER:
            small, factor = _SMALLER[unit]
            rest = round((n - whole) * factor)
            sprefix = "PT" if small in ("hour", "minute", "second") else "P"
            if whole == 0:
                return f"{sprefix}{rest}{_UNIT_CODE[small]}"
            if prefix == sprefix or unit == "day":
                if unit == "day":
                    return f"P{whole}DT{rest}H"
                return f"{prefix}{whole}{code}{rest}{_UNIT_CODE[small]}"
        return f"{prefix}{n:g}{code}"
    n = int(n)
    if n < 0:
        n = -n
    return f"{prefix}{min(n, 10**6)}{code}"


# How far from the document date a tense may carry a month or a date named without its year; beyond
# this the nearest occurrence wins (news names the year of anything further away).
_PAST_REACH = 250
_FUTURE_REACH = 190
# a verb in the past that the date itself modifies ("convicted him in January") carries it a year back
YEAR_REACH = 366
_SOON = 31
# a weekday named without "last" that its tense reads this many days back is tomorrow's: the document date of
# a news page lags the story by a day more often than a story names a day six days back by its weekday
# alone (``_relative.h_weekday``)
WEEK_BACK = 6


@dataclass(frozen=True, slots=True)
class Direction:
    """Which way from the document date an expression without its year (or week) points, and how far.

    ``sense`` is "past", "future", "present", "nearest" (no word or verb tells: the nearest occurrence,
    with no handicap for the future) or None (unknown); ``back`` and ``ahead`` are how many days
    that sense may carry a date back or ahead, beyond which the nearest occurrence wins. ``worded`` says
    that words around the expression gave the sense ("since", "the attack"), not the tense of its clause:
    a clause's past may be the reporter's, told after the story and before a date it still sees ahead,
    and such words leave no such doubt. ``lag`` is how many days before the document date a day a
    schedule names ahead may still lie (a story dated after the schedule began: "the budget begins Oct. 1"
    on Oct. 6). ``_direction`` reads a Direction from the text around an
    expression; every weekday, month, month-day, holiday, season and weekend is resolved through one
    (``pick``).
    """

    sense: str | None
    back: int = _PAST_REACH
    ahead: int = _FUTURE_REACH
    worded: bool = False
    lag: int = 0


def by_tense(published: dt.date, candidates: list[dt.date], tense: str | None,
             past_reach: int = _PAST_REACH, future_reach: int = _FUTURE_REACH) -> dt.date:
    # without a tense, news looks back more often than ahead: the future pays a month's handicap
    if tense == "nearest":  # no word or verb tells the date's time (``_tense.NEAREST``)
        return min(candidates, key=lambda c: (abs((c - published).days), c > published))
    nearest = min(candidates, key=lambda c: (abs((c - published).days) + (31 if c > published else 0)))
    if tense == "past":
        past = [c for c in candidates if c <= published]
        if past and (published - max(past)).days <= past_reach:
            return max(past)
    elif tense in ("future", "present"):
        future = [c for c in candidates if c >= published]
        if future and (min(future) - published).days <= future_reach:
            return min(future)
    return nearest


def pick(reference: dt.date, candidates: list[dt.date | None], direction: Direction,
         relation: int | None = None) -> dt.date | None:
    """One of the previous, current and next occurrences of a recurring point (a weekday in last, this and
    next week; a month, month-day or holiday in last, this and next year), ``None`` where one does not
    exist (Feb. 29). A relation word decides alone, however far: -1 ("last") the latest before
    ``reference``, 1 ("next") the earliest after it, 0 ("this") the current one; else the direction."""
    if relation == 0:
        return candidates[1]
    real = [c for c in candidates if c is not None]
    if relation == -1:
        return max((c for c in real if c < reference), default=None)
    if relation == 1:
        return min((c for c in real if c > reference), default=None)
    if not real:
        return None
    return by_tense(reference, real, direction.sense, direction.back, direction.ahead)


def _around(published: dt.date, make: Callable[[int], dt.date | None]) -> list[dt.date | None]:
    """``make(year)`` for the years before, of and after the document date (None where it fails)."""
    out: list[dt.date | None] = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            out.append(make(clamp_year(y)))
        except (ValueError, OverflowError):
            out.append(None)
    return out


def year_of_month(published: dt.date, month: int, direction: Direction, relation: int | None = None) -> int:
    """The year of a month named without one: the last one for past tense (within ``direction.back``
    days), the next for future, the nearest otherwise (compared by the middle of the month)."""
    this_month = dt.date(published.year, published.month, 15)
    candidates = _around(published, lambda y: dt.date(y, month, 15))
    # only past the calendar's end (year 9999) is there no month before or after: the current one stands
    chosen = pick(this_month, candidates, direction, relation) or candidates[1]
    assert chosen is not None  # the 15th of a month exists in every year
    return chosen.year


def date_of_day(published: dt.date, make: Callable[[int], dt.date | None], direction: Direction,
                relation: int | None = None) -> dt.date | None:
    """A day that recurs once a year (a month-day, a holiday: ``make(year)``) near the document date."""
    candidates = _around(published, make)
    if direction.lag and relation is None:
        lagging = [c for c in candidates if c is not None and 0 < (published - c).days <= direction.lag]
        if lagging:
            return lagging[0]
    if not direction.worded and any(c is not None and 0 < (c - published).days <= _SOON for c in candidates):
        # a date in the coming month told in a past clause: the document date lags the story
        direction = replace(direction, back=min(direction.back, _PAST_REACH))
    return pick(published, candidates, direction, relation)


def date_of_month_day(published: dt.date, month: int, day: int, direction: Direction,
                      relation: int | None = None) -> dt.date | None:
    return date_of_day(published, lambda y: dt.date(y, month, day), direction, relation)


def date_of_weekday(published: dt.date, weekday: int, direction: Direction, relation: int | None = None) -> dt.date:
    """The date of a weekday (1 = Monday) near the document date: with a relation word, strictly before
    ("last"), strictly after ("next") or within the document's week ("this"); otherwise by the direction
    (past or unknown: today or before; present or future: today or after)."""
    this_week = add_days(published, weekday - published.isoweekday())
    # past the calendar's end (add_days stops at it) there may be no week before or after: this one stands
    return pick(published, [add_days(this_week, -7), this_week, add_days(this_week, 7)], direction, relation) or this_week


def year_of_season(published: dt.date, season: str, tense: str | None) -> int:
    month = SEASON_MONTH.get(season, 7)
    if season == "WI":
        # winter spans the new year: the winter of 2021 runs into early 2022
        if tense == "future" and published.month >= 3:
            return published.year
        return published.year - 1 if published.month <= 2 else published.year
    return year_of_month(published, month, Direction(tense))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) weekday (1 = Monday) of a month."""
    if n > 0:
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + dt.timedelta(days=7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    d = nxt - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)
