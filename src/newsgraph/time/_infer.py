"""Guessing the publication date of an undated article from its own text.

Evidence, strongest first: a full date in the dateline or byline at the top ("WASHINGTON, Oct. 19, 2021
(Reuters) -", "Published October 19, 2021"); a dateline month-day whose year the text pins down (weekday
and date pairs such as "Monday, Oct. 18" that fit one year, or else the latest year the text names); the
latest of the weekday-date pairs in the text. A text with no such evidence gives None.
"""

from __future__ import annotations

import datetime as dt
import re

from ._lexicon import MONTH, MONTHS, WEEKDAY_ANY, WEEKDAYS, YEAR4

_DATE = re.compile(r"(?:(?P<wd>" + WEEKDAY_ANY + r"),?\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                   r"(?!\d)(?:,?\s+(?P<year>" + YEAR4 + r")(?!\d))?", re.I)
_DMY = re.compile(r"\b(?P<day>[0-3]?\d)\s+(?P<mon>" + MONTH + r")\s+(?P<year>" + YEAR4 + r")\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
_DATELINE = re.compile(r"^\s*(?:[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?,\s*)?(?P<date>.{3,40}?)"
                       r"\s*(?:\(|--|—|–|-\s)", re.S)
_YEAR = re.compile(r"(?<![\w$£€#.,/-])(" + YEAR4 + r")(?![\d%]|,\d)")
_TOP = 400


def _mk(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip("."), 0)


def infer_published(text: str) -> dt.date | None:
    top = text[:_TOP]
    # 1. a full date near the top (dateline, byline, "Published ...")
    for pattern in (_DATE, _DMY, _ISO):
        for m in pattern.finditer(top):
            if m["year"]:
                month = _month(m["mon"]) if not m["mon"].isdigit() else int(m["mon"])
                d = _mk(int(m["year"]), month, int(m["day"]))
                if d:
                    return d
    pairs: list[tuple[int, int, int]] = []  # (weekday, month, day)
    for m in _DATE.finditer(text):
        if m["wd"] and not m["year"]:
            pairs.append((WEEKDAYS[m["wd"].lower().rstrip(".")], _month(m["mon"]), int(m["day"])))
    years = [int(y) for y in _YEAR.findall(text)]
    latest = max(years) if years else None
    # 2. the dateline's month-day, with a year fixed by the text
    line = _DATELINE.match(top)
    dateline = None
    if line:
        dm = _DATE.search(line["date"])
        if dm and dm.start() == 0:
            dateline = (_month(dm["mon"]), int(dm["day"]), dm["wd"])
    year = _year_from_pairs(pairs, latest)
    if dateline:
        month, day, wd = dateline
        if wd:
            candidates = [y for y in range((latest or 2000) - 30, (latest or 2030) + 2)
                          if (d := _mk(y, month, day)) and d.isoweekday() == WEEKDAYS[wd.lower().rstrip(".")]]
            if candidates:
                close = min(candidates, key=lambda y: abs(y - (latest or y)))
                return _mk(close, month, day)
        y = year or latest
        if y:
            return _mk(y, month, day)
    # 3. the latest weekday-date pair, in the one year they fit
    if year and pairs:
        dates = [d for _, mo, da in pairs if (d := _mk(year, mo, da))]
        if dates:
            return max(dates)
    return None


def _year_from_pairs(pairs: list[tuple[int, int, int]], latest: int | None) -> int | None:
    """The year in which the most weekday-date pairs hold (within a few years of the latest year)."""
    if not pairs:
        return None
    today = dt.date.today()
    # with a year named in the text, look around it; without one, look back from today (news is past)
    years = range(latest - 3, latest + 2) if latest else range(today.year, today.year - 12, -1)
    centre = latest or today.year
    best: tuple[int, int] | None = None
    for y in years:
        fit = sum(1 for wd, mo, da in pairs if (d := _mk(y, mo, da)) and d.isoweekday() == wd)
        if fit and (best is None or fit > best[0] or (fit == best[0] and abs(y - centre) < abs(best[1] - centre))):
            best = (fit, y)
    if best is None or best[0] * 2 < len(pairs):
        return None
    return best[1]
