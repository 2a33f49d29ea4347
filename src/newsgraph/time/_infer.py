"""Guessing the publication date of an undated article from its own text.

Evidence, strongest first:

1. a full date in the dateline or byline at the top ("WASHINGTON, Oct. 19, 2021 (Reuters) -",
   "Published October 19, 2021", "2021-10-19" on the first line);
2. a dateline month-day ("WASHINGTON, Oct. 19 (Reuters) -") whose year the text pins down: weekday and
   date pairs such as "Monday, Oct. 18" that fit one year, else the latest year the text names;
3. weekday and date pairs that fit one year among the years the text names: the latest such date.

A date deep in the text ("the Sept. 11, 2001, attacks") is not a publication date, and a text with no such
evidence gives None rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from ._lexicon import MONTH, MONTHS, WEEKDAY_ANY, WEEKDAYS, YEAR4

_DATE = re.compile(r"(?:(?P<wd>" + WEEKDAY_ANY + r"),?\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                   r"(?!\d)(?:,?\s+(?P<year>" + YEAR4 + r")(?!\d))?", re.I)
_DMY = re.compile(r"\b(?P<day>[0-3]?\d)\s+(?P<mon>" + MONTH + r")\s+(?P<year>" + YEAR4 + r")\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
# what may stand before a date in a dateline or byline: a place in capitals, a label, a separator
_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:(?-i:[A-Z][A-Z.'\- ]{1,40})(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?,\s*|"
                   r"(?:Published|Updated|Posted|Last\s+updated|Date|Dated)\s*(?:on|:)?\s*|"
                   r"By\s+[^\n]{1,60}?[|•·,–—-]\s*)?$", re.I)
# what follows a dateline date: an agency in brackets or a dash
_TRAIL = re.compile(r"^\s*(?:\(|--|—|–|-\s|\|)")
_YEAR = re.compile(r"(?<![\w$£€#.,/-])(" + YEAR4 + r")(?![\d%]|,\d)")
_TOP = 200


def _mk(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip("."), 0)


def _at_top(text: str, m: re.Match[str]) -> bool:
    """Whether a date stands where a dateline or byline puts it: after a place name in capitals or a
    label such as "Published", at the start of a line, and before an agency or a dash."""
    lead = _LEAD.search(text, 0, m.start())
    if lead is None:
        return False
    labelled = bool(lead.group(0).strip())
    after = text[m.end():m.end() + 8]
    return labelled or bool(_TRAIL.match(after)) or after[:1] in ("\n", "")


def infer_published(text: str) -> dt.date | None:
    top = text[:_TOP]
    this_year = dt.date.today().year
    # 1. a full date in the dateline or byline
    for pattern in (_DATE, _DMY, _ISO):
        for m in pattern.finditer(top):
            if not m["year"] or not 1900 <= int(m["year"]) <= this_year + 1 or not _at_top(top, m):
                continue
            month = int(m["mon"]) if m["mon"].isdigit() else _month(m["mon"])
            d = _mk(int(m["year"]), month, int(m["day"]))
            if d:
                return d
    years = [int(y) for y in _YEAR.findall(text) if 1900 <= int(y) <= this_year + 1]
    latest = max(years) if years else None
    pairs: list[tuple[int, int, int]] = []  # (weekday, month, day)
    dated: list[tuple[int, int, int, int]] = []  # (weekday, month, day, year) of full dates with a weekday
    # pairs in the body (lists of related stories at the foot of a scraped page carry later dates)
    for m in _DATE.finditer(text, 0, max(_TOP, len(text) * 2 // 3)):
        if m["wd"]:
            wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
            if m["year"]:
                dated.append((wd, _month(m["mon"]), int(m["day"]), int(m["year"])))
            else:
                pairs.append((wd, _month(m["mon"]), int(m["day"])))
    year = _year_from_pairs(pairs, latest, dated)
    # 2. the dateline's month-day, with a year fixed by the text
    for m in _DATE.finditer(top):
        if m["year"] or not _at_top(top, m):
            continue
        month, day = _month(m["mon"]), int(m["day"])
        if m["wd"] and latest:
            wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
            fits = [y for y in (latest - 1, latest, latest + 1) if (d := _mk(y, month, day)) and d.isoweekday() == wd]
            if fits:
                return _mk(min(fits, key=lambda y: abs(y - latest)), month, day)
        y = year or latest
        return _mk(y, month, day) if y else None
    # 3. the latest weekday-date pair, in the one year they fit
    if year and pairs:
        dates = [d for _, mo, da in pairs if (d := _mk(year, mo, da))]
        if dates:
            return max(dates)
    return None


def _year_from_pairs(pairs: list[tuple[int, int, int]], latest: int | None,
                     dated: list[tuple[int, int, int, int]] = ()) -> int | None:  # type: ignore[assignment]
    """The year near the latest year named in which most weekday-date pairs hold, if they agree; a full
    date whose weekday is right ("Monday, Oct. 18, 2021") counts for its year."""
    if not pairs or latest is None:
        return None
    best: tuple[int, int] | None = None
    for y in (latest, latest + 1, latest - 1):
        fit = sum(1 for wd, mo, da in pairs if (d := _mk(y, mo, da)) and d.isoweekday() == wd)
        fit += sum(1 for wd, mo, da, yy in dated if yy == y and (d := _mk(y, mo, da)) and d.isoweekday() == wd)
        if fit and (best is None or fit > best[0]):
            best = (fit, y)
    # one pair fits some year by chance one time in seven: ask for two that agree
    if best is None or best[0] < 2 or best[0] * 2 < len(pairs):
        return None
    return best[1]
