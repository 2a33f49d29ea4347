"""The day of a clock time: the rules date a clock time without a day ("at 9:20 a.m.") on the document date;
these passes give it the day the text ties it to. A date right after it ("at 10 a.m. on March 25") or earlier
in its sentence ("On Sunday, ... at 9 p.m.") is that day; told in the past, a clock time of its own sentence is
a time of the day the story last named ("The ferry docked on Friday evening. Near 8 p.m., the driver was
detained"), unless the story has named its own day, whose times it may then be telling.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..records import Timex

_CLOCK_VALUE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}$")
_DAY_VALUE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:T|$)")
_DAY_WORD = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|jan|feb|mar|apr|may|"
                       r"jun|jul|aug|sep|oct|nov|dec)|\d{1,2}/\d")
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s+[\"'(]*[A-Z]|\n")


def _clock_on_named_day(text: str, timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """A clock time without a day ("at 3.30am GMT") that the rules dated on the document date takes the
    day an earlier timex of its sentence named ("on Wednesday morning (3.30am GMT)", "On Sunday, ...
    at 9 p.m."): the day the sentence is telling about."""
    if published is None:
        return timexes
    today = published.isoformat()
    for i, t in enumerate(timexes):
        m = _CLOCK_VALUE.match(t.value)
        if m is None or m["date"] != today or _DAY_WORD.search(t.text):
            continue
        for k in range(i - 1, -1, -1):
            a = timexes[k]
            if _SENTENCE_END.search(text, a.span[1], t.span[0]):
                break
            d = _DAY_VALUE.match(a.value)
            if d is not None:
                if d["date"] != today:
                    timexes[i] = Timex(text=t.text, type=t.type, value=d["date"] + t.value[10:], span=t.span,
                                       mod=t.mod)
                break
    return timexes


# how far back (characters) the day a clock time of the narrative takes may have been named: about a
# paragraph, as for "the next morning" (``_narrative._DAY_SCOPE``)
_CLOCK_SCOPE = 600
# a page's stamp ("Updated at 6:15 a.m.", "staff writers contributed; updated at 6:15 a.m."): the time it
# was written, on the document date
_STAMP = re.compile(r"(?i)\b(?:updated?|posted|published|modified)\s+(?:at\s+)?$")


def _clock_on_narrative_day(text: str, timexes: list[Timex], published: dt.date | None,
                            tense: Callable[[int, int], str | None]) -> list[Timex]:
    """A clock time without a day, told in the past ("the shooting began at 9:20 a.m.", "By 1 p.m., police
    were arrayed"), that the rules dated on the document date takes the day the story last named before
    it, when that day lies before the document date: the time of the day the narrative is telling about."""
    if published is None:
        return timexes
    today = published.isoformat()
    day: str | None = None
    day_end = 0
    told_today = False  # whether the story has named its own day: then a clock time may be of that day
    for i, t in enumerate(timexes):
        m = _CLOCK_VALUE.match(t.value)
        if (m is not None and m["date"] == today and day is not None and day < today and not told_today
                and t.span[0] - day_end <= _CLOCK_SCOPE and not _DAY_WORD.search(t.text)
                and not _STAMP.search(text, max(0, t.span[0] - 16), t.span[0]) and tense(*t.span) == "past"):
            t = timexes[i] = Timex(text=t.text, type=t.type, value=day + t.value[10:], span=t.span, mod=t.mod)
        d = _DAY_VALUE.match(t.value)
        if d is not None:
            day, day_end = d["date"], t.span[1]
            told_today = told_today or (day == today and (m is None or bool(_DAY_WORD.search(t.text))))
    return timexes


# what may stand between a clock time and the date it is a time of: "on", or nothing ("midnight Dec. 7")
_ON = re.compile(r"(?i)^\s+(?:on\s+)?$")


def _clock_before_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time without a day of its own followed by a date, with or without "on" ("at 10 a.m. on March
    25", "at 09:30 GMT on 25 March", "through midnight Dec. 7"), is a time of that day: the date stays a timex
    of its own, as TimeML has it, and the clock takes the day the date was read as, whatever day the rules
    gave it alone."""
    for i in range(len(timexes) - 1):
        t, b = timexes[i], timexes[i + 1]
        m = _CLOCK_VALUE.match(t.value)
        d = _DAY_VALUE.match(b.value)
        if (m is None or d is None or b.type != "DATE" or _DAY_WORD.search(t.text)
                or not _ON.match(text[t.span[1]:b.span[0]]) or m["date"] == d["date"]):
            continue
        timexes[i] = Timex(text=t.text, type=t.type, value=d["date"] + t.value[10:], span=t.span, mod=t.mod)
    return timexes


def date_clock_times(text: str, timexes: list[Timex], published: dt.date | None,
                     tense: Callable[[int, int], str | None]) -> list[Timex]:
    """The timexes with each clock time that has no day of its own dated by the day the text ties it to
    (``tense`` gives the tense of the clause at a span)."""
    timexes = _clock_before_day(text, _clock_on_named_day(text, timexes, published))
    return _clock_on_narrative_day(text, timexes, published, tense)
