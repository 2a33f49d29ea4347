"""Holidays: one table of names and dates, and the one time rule that reads them.

Each holiday is a row: the regex of its names (case-sensitive: "Easter" is the holiday, "easter" is
not written), the lower-case word that lets the tagger look for it, and the date it falls on in a year.
The rule's pattern, its anchor and its handler are all built from the table, so a new holiday is one
new row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import _normalise as N
from ._context import Context, Reading, Rule, _rel, past_as_preposition
from ._lexicon import YEAR4

__all__ = ["HOLIDAYS", "RULE", "holiday", "holiday_date"]


@dataclass(frozen=True, slots=True)
class Holiday:
    names: str  # a regex of the names it goes by, matched case-sensitively
    anchor: str  # a regex over the lower-cased text that every one of its names contains
    date: Callable[[int], dt.date]  # the day it falls on in a year


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday: int, n: int, *, shift: int = 0) -> Callable[[int], dt.date]:
    """The n-th (-1: last) weekday (1 = Monday) of a month, ``shift`` days later."""
    return lambda year: N.nth_weekday(year, month, weekday, n) + dt.timedelta(days=shift)


def _easter(shift: int) -> Callable[[int], dt.date]:
    """A feast ``shift`` days from Easter Sunday."""
    return lambda year: N.easter(year) + dt.timedelta(days=shift)


def _super_tuesday(year: int) -> dt.date:
    """The day most states hold the US presidential primaries, in a presidential election year only: the
    first Tuesday of March (Feb. 5 in 2008); no date in other years, so the one of the nearest such year
    is read ("heading into Super Tuesday" in December 2019 is 2020-03-03)."""
    if year % 4:
        raise ValueError(f"no Super Tuesday in {year}")
    if year == 2008:
        return dt.date(2008, 2, 5)
    return N.nth_weekday(year, 3, 2, 1)


# An earlier row wins where two names share a start ("Christmas Eve" before "Christmas").
HOLIDAYS: tuple[Holiday, ...] = (
    Holiday(r"Christmas\s+Eve", "christmas", _fixed(12, 24)),
    Holiday(r"Christmas(?:\s+Day)?", "christmas", _fixed(12, 25)),
    Holiday(r"New\s+Year's\s+Eve", r"new\s+year", _fixed(12, 31)),
    Holiday(r"New\s+Year's(?:\s+Day)?", r"new\s+year", _fixed(1, 1)),
    Holiday(r"Thanksgiving(?:\s+Day)?", "thanksgiving", _nth(11, 4, 4)),
    # the Tuesday after the first Monday of November
    Holiday(r"Election\s+Day", r"election\s+day", _nth(11, 1, 1, shift=1)),
    Holiday(r"Independence\s+Day", "independence", _fixed(7, 4)),
    Holiday(r"Labou?r\s+Day", r"labou?r\s+day", _nth(9, 1, 1)),
    Holiday(r"Memorial\s+Day", "memorial", _nth(5, 1, -1)),
    Holiday(r"Veterans\s+Day", "veterans", _fixed(11, 11)),
    Holiday(r"Halloween", "halloween", _fixed(10, 31)),
    Holiday(r"Easter(?:\s+Sunday)?", "easter", N.easter),
    Holiday(r"Good\s+Friday", r"good\s+friday", _easter(-2)),
    Holiday(r"Palm\s+Sunday", r"palm\s+sunday", _easter(-7)),
    Holiday(r"(?:Maundy|Holy)\s+Thursday", r"maundy\s+thursday|holy\s+thursday", _easter(-3)),
    Holiday(r"Ash\s+Wednesday", r"ash\s+wednesday", _easter(-46)),
    Holiday(r"(?:Fat|Shrove)\s+Tuesday", r"fat\s+tuesday|shrove\s+tuesday", _easter(-47)),
    # the shopping days named after Thanksgiving: a weekday in their name is no weekday near the story
    Holiday(r"Black\s+Friday", r"black\s+friday", _nth(11, 4, 4, shift=1)),
    Holiday(r"Small\s+Business\s+Saturday", r"small\s+business\s+saturday", _nth(11, 4, 4, shift=2)),
    Holiday(r"Cyber\s+Monday", r"cyber\s+monday", _nth(11, 4, 4, shift=4)),
    Holiday(r"Giving\s*Tuesday", r"giving\s*tuesday", _nth(11, 4, 4, shift=5)),
    Holiday(r"Valentine's\s+Day", "valentine", _fixed(2, 14)),
    Holiday(r"Fourth\s+of\s+July|July\s+Fourth", "july", _fixed(7, 4)),
    Holiday(r"Martin\s+Luther\s+King\s+(?:Jr\.\s+)?Day", "luther", _nth(1, 1, 3)),
    Holiday(r"Presidents'?\s+Day", "presidents", _nth(2, 1, 3)),
    Holiday(r"Super\s+Tuesday", r"super\s+tuesday", _super_tuesday),
)

_NAMES = [(re.compile(h.names), h) for h in HOLIDAYS]


def _holiday_named(name: str) -> Holiday | None:
    return next((h for pattern, h in _NAMES if pattern.fullmatch(name)), None)


def holiday(name: str, year: int) -> dt.date | None:
    """The date of the holiday called ``name`` in ``year``, or None (no such holiday, or no such year)."""
    h = _holiday_named(name)
    if h is None:
        return None
    try:
        return h.date(year)
    except (ValueError, OverflowError):
        return None


def holiday_date(name: str, published: dt.date, direction: N.Direction, relation: int | None = None) -> dt.date | None:
    """The holiday near the document date: with a relation word, as a weekday takes one ("last" (-1): the
    one before the document date, "next" (1): the one after, "this" (0): this year's), else the one the
    direction gives, as a month-day takes it."""
    return N.date_of_day(published, lambda year: holiday(name, year), direction, relation)


def h_holiday(m: re.Match[str], c: Context) -> Reading:
    bare = past_as_preposition(c, m)
    if bare is not None:  # "dragged on past Thanksgiving": the holiday, read without "past"
        reading = h_holiday(bare, c)
        return None if reading is None else [(m.start("hol"), m.end(), *reading)]
    name = m["hol"]
    if m["year"]:
        d = holiday(name, int(m["year"]))
    elif c.published is None:
        return None
    else:
        relation = _rel(m["rel"])
        d = holiday_date(name, c.published, c.direction(m) if relation is None else N.Direction(None), relation)
    if d is None:
        return None
    if m["week"]:
        return ("DATE", N.week(d), None)
    return ("DATE", d.isoformat(), None)


# "Christmas", "last Thanksgiving", "this past Easter", "Easter week", "Labor Day 2019"
RULE = Rule(
    r"(?:\b(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming)\s+)?(?-i:(?P<hol>" + "|".join(h.names for h in HOLIDAYS) + r")(?P<week>\s+week)?)"
    r"(?:\s+(?P<year>" + YEAR4 + r"))?\b",
    h_holiday,
    r"\b(?:" + "|".join(dict.fromkeys(h.anchor for h in HOLIDAYS)) + ")",
)
