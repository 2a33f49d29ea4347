"""The days a TIMEX3 date value covers: one function for every reader of dates (the web timeline's
bars, the corpus scorer's date verdicts)."""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["period", "precision", "date_label", "date_sort_key"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
# meteorological seasons of the northern hemisphere; winter as the year's first two months
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (1, 2)}


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers (2021-10-18, 2021-10-18TAF, 2021-10, 2021,
    2021-W42, 2021-W42-WE, 2021-Q3, 2021-H2, 2021-SU, the decade 202), or None when it names no
    calendar span (PRESENT_REF, XXXX-XX-XX, a duration)."""
    if not value or not isinstance(value, str):
        return None
    return _span(value.strip())


@functools.lru_cache(maxsize=8192)
def _span(value: str) -> tuple[dt.date, dt.date] | None:
    # Cached: the officeholders' terms and the roles' dates ask for the same few thousand values
    # again and again (dates are immutable, so a shared answer is safe).
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        if re.fullmatch(r"\d{4}", value):
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := _WEEK.match(value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return first + dt.timedelta(days=5), first + dt.timedelta(days=6)
            return first, first + dt.timedelta(days=6)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := _SEASON.match(value):
            y = int(m[1])
            first_month, last_month = _SEASONS[m[2]]
            return dt.date(y, first_month, 1), _month_end(y, last_month)
        if re.fullmatch(r"\d{3}", value):
            return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    except (ValueError, OverflowError):  # no such day, or past the calendar's end (9999-W52 + 6 days)
        return None
    return None


def precision(value: str | None) -> str | None:
    """How precise a TIMEX3 date value is: day, week, weekend, month, season, quarter, half, year or
    decade (None when it names no calendar span)."""
    if period(value) is None:
        return None
    assert value is not None
    value = value.strip()
    if _DAY.match(value):
        return "day"
    if m := _WEEK.match(value):
        return "weekend" if m[3] else "week"
    for pattern, name in ((_MONTH, "month"), (_QUARTER, "quarter"), (_HALF, "half"), (_SEASON, "season")):
        if pattern.match(value):
            return name
    return "year" if len(value) == 4 else "decade"


def date_label(date: Mapping[str, Any] | None) -> str | None:
    """How an event's date reads in one word: its value ("2021-10", "2021-10-18"), or for a date known
    only by a bound "<2021-10-19" (before that day) or ">2021-10-19" (after it); None when undated."""
    if not date:
        return None
    if date.get("value"):
        return str(date["value"])
    if date.get("end") and not date.get("start"):
        return f"<{date['end']}"
    if date.get("start") and not date.get("end"):
        return f">{date['start']}"
    if date.get("start"):
        return f"{date['start']}..{date['end']}"
    return None


def date_sort_key(date: dict | None) -> str:
    """Where an event's date sorts among others: its value, else the day its bound names; "~" (after
    every date) when undated."""
    if not date:
        return "~"
    return str(date.get("value") or date.get("end") or date.get("start") or "~")
