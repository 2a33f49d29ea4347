"""Finding time expressions in a text: run every rule, keep the longest non-overlapping readings, and
attach the modifiers TimeML puts inside a timex ("early August", "about two years", "the end of 1990").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from .._paragraphs import BREAKS
from ..records import Timex
from ._clock import date_clock_times
from ._narrative import anchor as _anchor_narrative
from ._normalise import VALID_VALUE
from ._rules import RULES, Context
from ._tense import NEAREST, WORDS_BEFORE, plainly_past, plainly_past_words, tense_from_doc, tense_from_words

# modifiers in front of a DATE or TIME: (regex over the text just before it, mod)
_POINT_MODS = [
    (re.compile(r"(?i)\b(?:the\s+)?(?:beginning|start|outset|dawn)\s+of\s+(?:the\s+)?$"), "START"),
    (re.compile(r"(?i)\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$"), "END"),
    (re.compile(r"(?i)\b(?:the\s+)?middle\s+of\s+(?:the\s+)?$"), "MID"),
    (re.compile(r"(?i)\b(?:early|earlier)(?:\s+(?:in|on))?\s+$|\bearly\s*-\s*$"), "START"),
    (re.compile(r"(?i)\b(?:late|later)(?:\s+(?:in|on))?\s+$|\blate\s*-\s*$"), "END"),
    (re.compile(r"(?i)\bmid\s*-\s*$|\bmid\s+$"), "MID"),
    (re.compile(r"(?i)\b(?:about|around|approximately|roughly|circa)\s+$"), "APPROX"),
]
# "about", "around" stay outside a weekday or "the ..." ("around Wednesday"), inside a date ("around Nov. 1")
_APPROX_POINT = re.compile(r"(?i)^(?:\d|(?-i:[A-Z][a-z]{2,8}\.?\s+\d))")
_NUMERIC_HEAD = re.compile(r"(?i)^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|a\s+few|"
                           r"a\s+couple|half)")
_DURATION_MODS = [
    (re.compile(r"(?i)\b(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+$"), "EQUAL_OR_MORE"),
    (re.compile(r"(?i)\b(?:at\s+most|no\s+more\s+than|up\s+to|a\s+maximum\s+of)\s+$"), "EQUAL_OR_LESS"),
    # TimeBank leaves "about" and "some" outside a counted duration ("about five hours")
    (re.compile(r"(?i)\b(?:around|approximately|roughly|nearly|an\s+estimated)\s+$"), "APPROX"),
    (re.compile(r"(?i)\b(?:almost|less\s+than|fewer\s+than|under|just\s+under|shy\s+of)\s+$"), "LESS_THAN"),
    (re.compile(r"(?i)\b(?:more\s+than|over|longer\s+than|just\s+over|upwards\s+of|well\s+over)\s+$"), "MORE_THAN"),
]
# "over" after a sum or a rate ("save $1.2 trillion over 10 years", "rose 4% over two years") or a verb of
# spreading ("phased in over five years") is the stretch the thing is spread across: no MORE_THAN, and the
# word stays outside the extent, as TimeBank has "used over <three years>"
_OVER_ACROSS = re.compile(r"(?i)(?:[\d%]|\b(?:percent|points?|million|billion|trillion|dollars|euros|pounds|"
                          r"spread|spread\s+out|phased\s+(?:in|out)|paid(?:\s+out)?|repaid|stretched|staggered|"
                          r"amortized|divided))\s+over\s+$")
_ABOUT = re.compile(r"(?i)\b(?:about|some)\s+$")
_OR_SO = re.compile(r"(?i)^\s+or\s+so\b")
# "the day before (after)" a named date
_DAY_BEFORE = re.compile(r"(?i)\b(?P<day>day)\s+(?P<dir>before|after)\s+$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T|$)")
_HEAD_WORDS = re.compile(r"(?i)^(?:early|earlier|late|later|mid)\b")
# "the week" of "earlier in the week" (the one rule that tags a bare "the week" or "the month"): the
# comparative before it orders an event inside the week, it does not mark the week's start or end
_IN_THE_UNIT = re.compile(r"(?i)^the\s+(?:week|month)$")


def _doc_length(doc: Any) -> int:
    """The length of ``doc.text`` without building it (spaCy joins every token for it): a doc keeps every
    character of its text, so its last token's offset and length give it."""
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx + len(last.text_with_ws))


class _Tenses:
    """The tense at a span, from the spaCy doc when there is one, cached per span."""

    def __init__(self, text: str, doc: Any) -> None:
        self.text = text
        # a doc of another text has no offsets into this one: the words decide (a doc of the same text
        # with its furniture masked keeps every offset)
        self.doc = doc if doc is not None and _doc_length(doc) == len(text) else None
        self.cache: dict[tuple[int, int], str | None] = {}

    def __call__(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            t = None
            if self.doc is not None:
                t = tense_from_doc(self.doc, start, end)
                if t == WORDS_BEFORE:
                    # nothing before the date: the noun's time is told by neither words nor tense, and the
                    # nearest occurrence is the best guess (the story's news lies on either side of its date)
                    t = tense_from_words(self.text, start, end, before_only=True) or NEAREST
                elif t is None:
                    t = tense_from_words(self.text, start, end)
            else:
                t = tense_from_words(self.text, start, end)
            self.cache[key] = t
        return self.cache[key]

    def plainly_past(self, start: int, end: int) -> bool:
        """Whether a verb in the simple past that the span modifies dates it: by the parse when there is
        one, else by the words before it."""
        if self.doc is not None:
            return plainly_past(self.doc, start, end)
        return plainly_past_words(self.text, start)


# Each rule's anchor, compiled once (rules that share an anchor share its windows). Anchors match the
# lower-cased text, which is faster than a case-insensitive scan.
_COMPILED: dict[str, re.Pattern[str]] = {}
_ANCHORS: list[re.Pattern[str]] = [_COMPILED.setdefault(rule.anchor, re.compile(rule.anchor)) for rule in RULES]
_BEFORE, _AFTER = 50, 50


def _windows(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    return _merge(text, anchor.finditer(text))


def _merge(text: str, matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    """The windows of text around anchor matches given in order, overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for m in matches:
        lo, hi = max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


# A word anchor ("\b(?:jan|feb|...)", "\b(?:ago|earlier|...)\b") starts every match with one of a few
# words' first letters. Scanning the text once for all those beginnings and trying each word anchor only
# where one of its own begins finds the same matches as scanning the text once per anchor, in about a
# fifth of the time: Python's regex engine pays for every position of every pass.
_WORD_GROUP = re.compile(r"^\\b\(\?:(?P<alts>[^()]*)\)(?P<rest>.*)$|^\\b(?P<one>.*)$", re.S)
_LEAD = re.compile(r"[a-z0-9]+")


def _top_level_bar(pattern: str) -> bool:
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: skip to its end ("[|]" holds no alternation)
            i = pattern.index("]", i + 2 if pattern.startswith("[^", i) else i + 1) + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            return True
        i += 1
    return False


def word_starts(anchor: str) -> tuple[str, ...] | None:
    """The letters every match of a word anchor begins with, one string per alternative, or None when
    the anchor is not one: not "\b" and then words, or a word shorter than two letters (a scan for one
    letter would stop at every other word)."""
    m = _WORD_GROUP.match(anchor)
    if m is None:
        return None
    alts = m["alts"].split("|") if m["alts"] is not None else [m["one"]]
    if _top_level_bar(m["rest"] if m["alts"] is not None else m["one"]):
        return None
    starts = []
    for alt in alts:
        lead = _LEAD.match(alt)
        if lead is None:
            return None
        word = lead[0]
        if alt[lead.end():lead.end() + 1] in ("?", "*", "{"):
            word = word[:-1]  # "yrs?": the last letter is optional
        if len(word) < 2:
            return None
        starts.append(word)
    return tuple(starts)


_WORD_STARTS = {a: s for a in dict.fromkeys(_ANCHORS) if (s := word_starts(a.pattern)) is not None}
_PLAIN = [a for a in dict.fromkeys(_ANCHORS) if a not in _WORD_STARTS]
_BEGINNINGS = sorted({w for s in _WORD_STARTS.values() for w in s}, key=lambda w: (-len(w), w))
# longest first, so the word found at a position is the longest there and every shorter one is its prefix
# (letters hold no word boundary, so no word anchor can start inside a word the scan passes over)
_BEGINNING = re.compile(r"\b(?:" + "|".join(_BEGINNINGS) + ")")
_DISPATCH = {w: [a for a, starts in _WORD_STARTS.items() if w.startswith(starts)] for w in _BEGINNINGS}


def _all_windows(lower: str) -> dict[re.Pattern[str], list[tuple[int, int]]]:
    """The windows of every anchor in the lower-cased text: the same as ``_windows`` for each."""
    found: dict[re.Pattern[str], list[re.Match[str]]] = {a: [] for a in _WORD_STARTS}
    free = dict.fromkeys(_WORD_STARTS, 0)  # where each anchor's next match may start (finditer's rule)
    for b in _BEGINNING.finditer(lower):
        p = b.start()
        for anchor in _DISPATCH[b[0]]:
            if p >= free[anchor]:
                m = anchor.match(lower, p)
                if m is not None:
                    found[anchor].append(m)
                    free[anchor] = m.end()
    out = {a: _merge(lower, ms) for a, ms in found.items()}
    for anchor in _PLAIN:
        out[anchor] = _windows(lower, anchor)
    return out


def _candidates(text: str, ctx: Context) -> list[tuple[int, int, int, str, str, str | None]]:
    out = []
    seen: set[tuple[int, int, int]] = set()
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    windows = _all_windows(lower)
    for index, (rule, anchor) in enumerate(zip(RULES, _ANCHORS)):
        for m in (m for lo, hi in windows[anchor] for m in rule.finditer(text, lo, hi)):
            key = (m.start(), m.end(), index)
            if key in seen:
                continue
            seen.add(key)
            if m.end() == m.start():
                continue
            try:
                reading = rule.handler(m, ctx)
            except (ValueError, KeyError, TypeError, OverflowError, IndexError, AttributeError):
                reading = None
            if reading is None:
                continue
            if isinstance(reading, list):
                for start, end, type_, value, mod in reading:
                    out.append((start, end, index, type_, value, mod))
            else:
                type_, value, mod = reading
                out.append((m.start(), m.end(), index, type_, value, mod))
    return out


def _select(cands: list[tuple[int, int, int, str, str, str | None]]) -> list[tuple[int, int, int, str, str, str | None]]:
    """Longest first, then earliest rule; drop anything overlapping a kept reading."""
    taken: list[tuple[int, int, int, str, str, str | None]] = []
    starts: list[int] = []  # the kept spans, which never overlap, sorted by start
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        i = bisect.bisect_right(starts, c[0])
        if (i > 0 and ends[i - 1] > c[0]) or (i < len(starts) and starts[i] < c[1]):
            continue
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    return taken


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " \t\n,;:'\"":
        end -= 1
    if text[start:end].lower().endswith("'s"):
        end -= 2
    return start, end


# time words written in lower case in running text: capitalised away from the start of a sentence they
# belong to a name or a title ("High Noon", "Sandra Day O'Connor", ABC's "This Week", CBS's "60 Minutes")
_LOWER_WORDS = re.compile(
    r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|"
    r"centuries|century|mornings?|afternoons?|evenings?|nights?|noon|midnight|spring|summer|fall|autumn|"
    r"winter|today|tonight|tomorrow|yesterday|ago|this|last|next|past|future|coming|daily|weekly|nightly|monthly|"
    r"yearly|quarterly|annually|hourly)$")
_TOKEN = re.compile(r"[A-Za-z]+(?:'s)?")
_OPENERS = " \t\n\"'`([{"


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i < start - 1 and BREAKS["blank"].search(text, i, start):
        return True  # a blank line: a new paragraph or headline
    return i == 0 or text[i - 1] in ".!?:;-_"


def _headline(text: str, start: int) -> bool:
    """Whether the line around ``start`` is written in title case ("Clinton To Visit China Next Week")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    words = [w for w in _TOKEN.findall(text, lo, hi if hi >= 0 else len(text)) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _shouted(text: str, start: int) -> bool:
    """Whether the line around ``start`` is written in capitals ("TRUMP TO VISIT CHINA TODAY")."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    words = _TOKEN.findall(text, lo, hi if hi >= 0 else len(text))
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.8 * len(words)


_FREQUENCY_NAME = re.compile(r"(?i)(?:daily|weekly|monthly|quarterly|yearly|nightly)\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether a lower-case time word is capitalised inside the span where no sentence starts (and the
    line is no title-case headline)."""
    if _FREQUENCY_NAME.match(text, start) and text[start].isupper() and _CAPITAL_AFTER.match(text, end):
        return True  # "Daily Newsletters", "The Daily Beast", "Weekly Standard": a name, even in a headline
    previous_capital = False
    for k, tok in enumerate(_TOKEN.finditer(text, start, end)):
        word = tok[0].removesuffix("'s")
        if k == 0 and len(word) > 2 and word.isupper() and _LOWER_WORDS.match(word.lower()):
            # "USA TODAY": an upper-case time word after an upper-case name, outside a shouted headline
            before = _TOKEN.findall(text, max(0, tok.start() - 30), tok.start())
            if before and len(before[-1]) > 1 and before[-1].isupper() and not _shouted(text, tok.start()):
                return True
        if word[0].isupper() and not word.isupper() and _LOWER_WORDS.match(word.lower()):
            # "Christmas Day", "New Year's Day": a capital after a capital names a day, it is no title
            if not previous_capital and not (k == 0 and _sentence_start(text, tok.start())):
                return not _headline(text, start)
        # a capital on a sentence-opening determiner ("The Future Investment Initiative") explains nothing
        previous_capital = word[0].isupper() and not (k == 0 and word in ("The", "A", "An", "This", "That")
                                                      and _sentence_start(text, tok.start()))
    return False


# typographic quotes, apostrophes and the en dash read as their ASCII forms ("Thursday’s", "May 9–11")
_TYPOGRAPHIC = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
                ("\u00a0", " "), ("\u202f", " "))


# the year of a copyright notice ("Copyright 2019 The Associated Press", "(c) 2005-2019") dates the page, not
# anything the story tells
_COPYRIGHT = re.compile(r"(?i)(?:\bcopyright|©|\(c\))\s*(?:©\s*|\(c\)\s*)?(?:\d{4}\s*[-,]\s*)?$")
_RANGE_WORDS = r"to|through|into"
_JOINER = r"(?i)^(?:,?\s+(?:{})\s+(?:early\s+|late\s+)?|\s*-\s*)$"
_JOINED = re.compile(_JOINER.format("and|or|" + _RANGE_WORDS))
# a range between two days ("Thursday through Sunday", "Monday to Friday", "Monday-Friday")
_RANGE = re.compile(_JOINER.format(_RANGE_WORDS))
_MONTH_OR_SEASON = re.compile(r"^\d{4}(?:-\d{2}|-SP|-SU|-FA|-WI)$")
_YEAR_VALUE = re.compile(r"^\d{4}$")


def _share_year(text: str, timexes: list[Timex]) -> list[Timex]:
    """"the summer and fall of 2016", "June and July 2016": the first takes the year the second states."""
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if (a.type == "DATE" and _MONTH_OR_SEASON.match(a.value) and not any(ch.isdigit() for ch in a.text)
                and _MONTH_OR_SEASON.match(b.value) and b.value[:4] in b.text and a.value[:4] != b.value[:4]
                and _JOINED.match(text[a.span[1]:b.span[0]])):
            timexes[i] = Timex(text=a.text, type=a.type, value=b.value[:4] + a.value[4:], span=a.span, mod=a.mod)
    return timexes


_BARE_WEEKDAY = re.compile(r"(?i)^(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")


def _share_week(text: str, timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """"hearings on Wednesday and Thursday": the second weekday lies on the side of the document date the
    first was read on (the words before the first, "scheduled for", say it for both); the end of a range
    ("from Thursday through Sunday") lies in the six days after its start."""
    if published is None:
        return timexes
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if (not _BARE_WEEKDAY.match(a.text) or not _BARE_WEEKDAY.match(b.text) or a.type != "DATE"
                or b.type != "DATE" or not _FULL_DATE.match(a.value) or not _FULL_DATE.match(b.value)
                or not _JOINED.match(text[a.span[1]:b.span[0]])):
            continue
        first, second = dt.date.fromisoformat(a.value[:10]), dt.date.fromisoformat(b.value[:10])
        if first == published:
            continue  # "the Friday and Saturday summit" on a Friday: today says no side
        if _RANGE.match(text[a.span[1]:b.span[0]]):
            # "from Thursday through Sunday", "Monday to Friday": the second day is the first such day after
            # the first, whichever side of the document date each was read on
            moved = first + dt.timedelta(days=(second.isoweekday() - first.isoweekday()) % 7)
        elif (first > published) != (second > published):
            moved = second + dt.timedelta(days=7 if first > published else -7)
        else:
            continue
        if moved != second:
            timexes[i + 1] = Timex(text=b.text, type=b.type, value=moved.isoformat() + b.value[10:], span=b.span,
                                   mod=b.mod)
    return timexes


_OF_THAT_YEAR = re.compile(r"(?i)^(?:that|the\s+same)\s+year$")
_THE_YEAR = re.compile(r"(?i)^the\s+year$")


def _month_of_that_year(text: str, timexes: list[Timex]) -> list[Timex]:
    """"May of that year": one timex, which the narrative pass dates in the year the story last named."""
    out: list[Timex] = []
    for t in timexes:
        a = out[-1] if out else None
        if (a is not None and text[a.span[1]:t.span[0]] == " of " and _OF_THAT_YEAR.match(" ".join(t.text.split()))
                and _MONTH_OR_SEASON.match(a.value) and _YEAR_VALUE.match(t.value)):
            out[-1] = Timex(text=text[a.span[0]:t.span[1]], type="DATE", value=t.value + a.value[4:],
                            span=(a.span[0], t.span[1]), mod=a.mod)
            continue
        out.append(t)
    return out


def _the_year_named(text: str, timexes: list[Timex]) -> list[Timex]:
    """"in 2010, the year the party won": "the year" is the one just named."""
    for i in range(1, len(timexes)):
        a, t = timexes[i - 1], timexes[i]
        if (text[a.span[1]:t.span[0]] == ", " and _THE_YEAR.match(" ".join(t.text.split()))
                and _YEAR_VALUE.match(a.value) and a.text.strip() == a.value):
            timexes[i] = Timex(text=t.text, type=t.type, value=a.value, span=t.span, mod=t.mod)
    return timexes


_MONTH_DAY_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<md>\d{2}-\d{2})$")
_MONTH_NAMED = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# what fixes a month-day's year in its own words: the year ("March 20, 2013", "March 20 '13") or the weekday
# ("Wednesday, March 20"); a relation word ("last March 20") decides alone
_YEAR_FIXED = re.compile(r"(?i)\d{4}|'\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_RELATION_WORDS = r"(?:last|next|this|coming|past|previous|following)"
_RELATION = re.compile(r"(?i)\b" + _RELATION_WORDS + r"\b")
_RELATION_BEFORE = re.compile(r"(?i)\b" + _RELATION_WORDS + r"\s+$")
_YEAR_AFTER = re.compile(r"(?i)^,?\s+(?:of\s+)?(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year\b")


def _same_day_named(text: str, timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """A month-day without its year ("on March 20") that the text named before with its year or its weekday
    ("Wednesday, March 20"), within a year of the document date, is that day: near the document date a
    month-day has two readings, the last one and the next, and the text has said which it means (photo
    captions repeat the day of a visit told in the story, with no verb to give the tense)."""
    if published is None:
        return timexes
    stated: dict[str, str] = {}
    for i, t in enumerate(timexes):
        m = _MONTH_DAY_VALUE.match(t.value)
        if (m is None or t.type != "DATE" or not _MONTH_NAMED.search(t.text) or _RELATION.search(t.text)
                or _RELATION_BEFORE.search(text, max(0, t.span[0] - 12), t.span[0])
                or _YEAR_AFTER.match(text[t.span[1]:t.span[1] + 30])):
            continue
        if _YEAR_FIXED.search(t.text):
            try:
                near = abs((dt.date.fromisoformat(t.value) - published).days) <= 366
            except ValueError:
                near = False
            if near:
                stated[m["md"]] = m["y"]
            continue
        year = stated.get(m["md"])
        if year is not None and year != m["y"]:
            timexes[i] = Timex(text=t.text, type=t.type, value=f"{year}-{m['md']}", span=t.span, mod=t.mod)
    return timexes


# the mark that parts one caption of a photo gallery from the next ("Hide Caption 3 of 12 Photos: ...")
_GALLERY_MARK = re.compile(r"(?i)\bhide\s+caption\b|\b\d+\s+of\s+\d+\s+photos\b")
_GALLERY_REACH = 1500
_GALLERY_NEWS = 31  # days from the document date


def _gallery_caption(text: str, start: int, end: int) -> bool:
    """Whether the span's caption ends with the gallery's mark before its line does."""
    line_end = text.find("\n", end, end + 400)
    return _GALLERY_MARK.search(text, end, line_end if line_end >= 0 else min(len(text), end + 400)) is not None


def _gallery_order(text: str, timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """A month-day without its year in a gallery's caption is the one nearest the day of the caption before.

    A gallery's captions run in the order of their pictures, and a gallery page keeps the date it was first
    posted while new pictures are added on top: a page of August 2013 opens with pictures of February 2014
    (a caption of "Saturday, February 8", the mark "4 of 222", then one of "January 31"). The caption before,
    dated by its weekday, its year or in turn by the one before it, tells the year; the document date, which
    the pictures may have outrun, does not. A day within a month of the document date stays: it is the
    news the gallery was made for ("The U.S. Embassy in Sanaa is closed until August 10" after a caption of
    a picture taken on September 11, 2012).
    """
    if published is None or not ("aption" in text or "hotos" in text):
        return timexes
    previous: dt.date | None = None
    previous_end = 0
    for i, t in enumerate(timexes):
        m = _MONTH_DAY_VALUE.match(t.value)
        if m is None or t.type != "DATE":
            continue
        if (previous is not None and t.span[0] - previous_end <= _GALLERY_REACH
                and _GALLERY_MARK.search(text, previous_end, t.span[0])
                and _MONTH_NAMED.search(t.text) and not _YEAR_FIXED.search(t.text) and not _RELATION.search(t.text)
                and not _RELATION_BEFORE.search(text, max(0, t.span[0] - 12), t.span[0])
                and not _YEAR_AFTER.match(text[t.span[1]:t.span[1] + 30])
                and abs((dt.date.fromisoformat(t.value) - published).days) > _GALLERY_NEWS
                and _gallery_caption(text, t.span[0], t.span[1])):
            month, day = int(m["md"][:2]), int(m["md"][3:])
            near = []
            for year in (previous.year - 1, previous.year, previous.year + 1):
                try:
                    near.append((abs((dt.date(year, month, day) - previous).days), year))
                except ValueError:
                    continue
            if near and (year := min(near)[1]) != int(m["y"]):
                t = timexes[i] = Timex(text=t.text, type=t.type, value=f"{year:04d}-{m['md']}", span=t.span, mod=t.mod)
        try:
            previous, previous_end = dt.date.fromisoformat(t.value), t.span[1]
        except ValueError:  # "2013-02-30" of a slip
            previous = None
    return timexes


# what may stand between an ordering adverb and the timex it leads to: "most recently last October",
# "most recently on March 10"; not "until" or "from", which open a stretch that starts at the adverb
_LEADS_TO = re.compile(r"[\s,]*(?:(?:on|in|at)\s+)?")
# "as recently as Monday": the reference is half of a bound whose time is the timex after it
_AS_BEFORE, _AS_AFTER = re.compile(r"(?i)\bas\s+$"), re.compile(r"(?i)\s+as\s+")


def _ordering_before_date(text: str, timexes: list[Timex]) -> list[Timex]:
    """A past reference ("recently") directly before another timex is left untagged.

    It orders the event among others ("most recently on March 10", "as recently as Monday"); the timex
    after it names the time,
    and the TimeML files and the news annotations tag that timex alone.
    """
    drop = set()
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.value == "PAST_REF" and not b.value.endswith("_REF") and 0 <= b.span[0] - a.span[1] <= 12:
            m = _LEADS_TO.match(text, a.span[1])
            if m and m.end() == b.span[0]:
                drop.add(i)
            elif _AS_BEFORE.search(text, max(0, a.span[0] - 4), a.span[0]) and (
                    (m := _AS_AFTER.match(text, a.span[1])) and m.end() == b.span[0]):
                drop.add(i)
    return [t for i, t in enumerate(timexes) if i not in drop] if drop else timexes


def _opening_present(text: str, timexes: list[Timex]) -> list[Timex]:
    """"Now," or "Currently," set off at the head of a sentence is left untagged.

    Set off by its comma it turns the story from what was to what is, a transition the TempEval-3 files
    leave untagged; "now" inside the clause ("it now holds") and "For now," stay timexes.
    """
    keep = [t for t in timexes
            if not (t.value == "PRESENT_REF" and " " not in t.text and text.startswith(",", t.span[1])
                    and _sentence_start(text, t.span[0]))]
    return keep if len(keep) < len(timexes) else timexes


# a weekday that opens or closes a capitalised name: "the Sunday Times", "the Tuesday Group", "Saturday Night
# Live", "the Saturday Night Massacre", "the Good Friday Agreement"; "Bloody Sunday", "Black Monday" (a day
# of one year, named), "the Mail on Sunday". Programmes that air on their day ("Fox News Sunday", "Sunday
# Morning Futures") date what was said on them and stay timexes.
_WEEKDAY_LAST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:Night|Morning))?$")
_WEEKDAY_FIRST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_NAME_HEAD = re.compile(r"[ \t]+(?:(?:Night|Morning)[ \t]+)?(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Observer|"
                        r"Politics|Group|Live|Football|Massacre|Club|Agreement|Accords?)\b")
_NAME_BEFORE = re.compile(r"\b(?:(?:Bloody|Black)|(?:Mail|Independent|Scotland)\s+on)\s+$")


def _weekday_in_name(text: str, timexes: list[Timex]) -> list[Timex]:
    """A timex whose weekday is a word of a capitalised name is left untagged: the name tells no date."""
    keep = [t for t in timexes
            if not ((_WEEKDAY_LAST.search(t.text) and _NAME_HEAD.match(text, t.span[1]))
                    or (_WEEKDAY_FIRST.match(t.text) and _NAME_BEFORE.search(text, max(0, t.span[0] - 20), t.span[0])))]
    return keep if len(keep) < len(timexes) else timexes


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether nothing but blanks shares the span's line, in a text that has more than that line."""
    if not text[:start].strip() and not text[end:].strip():
        return False  # the whole text: an expression to read (``normalise``)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return not text[lo:start].strip() and not text[end:hi if hi >= 0 else len(text)].strip()


def tag(text: str, *, published: dt.date | None, doc: Any = None,
        tense: Any = None) -> list[Timex]:
    """The timexes of ``text``; ``tense`` (a function of a span) overrides the tense finder."""
    original = text
    for typographic, plain in _TYPOGRAPHIC:  # one character for one: every offset stays valid
        if typographic in text:
            text = text.replace(typographic, plain)
    tenses = _Tenses(text, doc)
    ctx = Context(text, published, tense if tense is not None else tenses,
                  plainly_past=tenses.plainly_past if tense is None else None)
    timexes: list[Timex] = []
    previous_end = 0
    for start, end, _, type_, value, mod in _select(_candidates(text, ctx)):
        start, end = _trim(text, start, end)
        if (start >= end or not VALID_VALUE.match(value) or _is_title(text, start, end)
                or _COPYRIGHT.search(text, max(0, start - 16), start)):
            continue
        if mod is None and not _HEAD_WORDS.match(text[start:end]) and not _IN_THE_UNIT.match(text[start:end]):
            before = text[max(previous_end, start - 40):start]
            body = text[start:end]
            counted = bool(_NUMERIC_HEAD.match(body))
            if type_ == "DURATION" or body.lower().endswith("ago"):
                mods = _DURATION_MODS if counted else []
            else:
                mods = [pm for pm in _POINT_MODS if pm[1] != "APPROX" or _APPROX_POINT.match(body)]
            for pattern, name in mods:
                m = pattern.search(before)
                if m and name == "MORE_THAN" and _OVER_ACROSS.search(before):
                    break  # "$1.2 trillion over 10 years": the stretch the sum is spread over, not "more than"
                if m:
                    start, mod = start - (len(before) - m.start()), name
                    break
            if mod is None and counted and _ABOUT.search(before):
                mod = "APPROX"  # "about five hours": APPROX, with "about" outside the extent
        if mod is None and type_ in ("DURATION", "DATE"):
            m = _OR_SO.match(text[end:end + 10])
            if m:
                end, mod = end + m.end(), "APPROX"
        start, end = _trim(text, start, end)
        if text[start:end].lower().endswith("ago") and _alone_on_line(text, start, end):
            continue  # "7 years ago" on a line of its own: a web page's posting stamp, read when it was saved
        m = _DAY_BEFORE.search(text, max(previous_end, start - 20), start) if _FULL_DATE.match(value) else None
        if m:
            # "the day before last Tuesday": one timex, a day off the date it names
            shifted = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1 if m["dir"].lower() == "after" else -1)
            start, value = m.start("day"), shifted.isoformat() + value[10:]
        timexes.append(Timex(text=original[start:end], type=type_, value=value, span=(start, end), mod=mod))
        previous_end = end
    timexes = _anchor_narrative(_month_of_that_year(text, _share_week(text, _share_year(text, timexes), published)), published,
                                 text)
    timexes = _gallery_order(text, _same_day_named(text, _the_year_named(text, timexes), published), published)
    timexes = date_clock_times(text, timexes, published, tense if tense is not None else tenses)
    timexes = _opening_present(text, _ordering_before_date(text, timexes))
    return _weekday_in_name(text, timexes)
