"""Finding time expressions in a text: run every rule, keep the longest non-overlapping readings, and
attach the modifiers TimeML puts inside a timex ("early August", "about two years", "the end of 1990").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..records import Timex
from ._normalise import VALID_VALUE
from ._rules import RULES, Context
from ._tense import tense_from_doc, tense_from_words

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
    (re.compile(r"(?i)\b(?:about|around|approximately|roughly|some|nearly|an\s+estimated)\s+$"), "APPROX"),
    (re.compile(r"(?i)\b(?:almost|less\s+than|fewer\s+than|under|just\s+under|shy\s+of)\s+$"), "LESS_THAN"),
    (re.compile(r"(?i)\b(?:more\s+than|over|longer\s+than|just\s+over|upwards\s+of|well\s+over)\s+$"), "MORE_THAN"),
    (re.compile(r"(?i)\b(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+$"), "EQUAL_OR_MORE"),
    (re.compile(r"(?i)\b(?:at\s+most|no\s+more\s+than|up\s+to|a\s+maximum\s+of)\s+$"), "EQUAL_OR_LESS"),
]
_OR_SO = re.compile(r"(?i)^\s+or\s+so\b")
_HEAD_WORDS = re.compile(r"(?i)^(?:early|earlier|late|later|mid)\b")


class _Tenses:
    """The tense at a span, from the spaCy doc when there is one, cached per span."""

    def __init__(self, text: str, doc: Any) -> None:
        self.text = text
        self.doc = doc
        self.cache: dict[tuple[int, int], str | None] = {}

    def __call__(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            t = None
            if self.doc is not None:
                try:
                    t = tense_from_doc(self.doc, start, end)
                except Exception:  # a doc of another text, or a broken parse: fall back to words
                    t = None
                if t is None:
                    t = tense_from_words(self.text, start, end)
            else:
                t = tense_from_words(self.text, start, end)
            self.cache[key] = t
        return self.cache[key]


def _candidates(text: str, ctx: Context) -> list[tuple[int, int, int, str, str, str | None]]:
    out = []
    for index, (pattern, handler) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            try:
                reading = handler(m, ctx)
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
    occupied: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(c[0] < e and s < c[1] for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c[0], c[1]))
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


def tag(text: str, *, published: dt.date | None, doc: Any = None,
        tense: Any = None) -> list[Timex]:
    """The timexes of ``text``; ``tense`` (a function of a span) overrides the tense finder."""
    ctx = Context(text, published, tense if tense is not None else _Tenses(text, doc))
    timexes: list[Timex] = []
    previous_end = 0
    for start, end, _, type_, value, mod in _select(_candidates(text, ctx)):
        start, end = _trim(text, start, end)
        if start >= end or not VALID_VALUE.match(value):
            continue
        if mod is None and not _HEAD_WORDS.match(text[start:end]):
            before = text[max(previous_end, start - 40):start]
            body = text[start:end]
            counted = bool(_NUMERIC_HEAD.match(body))
            if type_ == "DURATION" or body.lower().endswith("ago"):
                mods = _DURATION_MODS if counted else []
            else:
                mods = [pm for pm in _POINT_MODS if pm[1] != "APPROX" or _APPROX_POINT.match(body)]
            for pattern, name in mods:
                m = pattern.search(before)
                if m:
                    start, mod = start - (len(before) - m.start()), name
                    break
        if mod is None and type_ in ("DURATION", "DATE"):
            m = _OR_SO.match(text, end) if False else _OR_SO.match(text[end:end + 10])
            if m:
                end, mod = end + m.end(), "APPROX"
        start, end = _trim(text, start, end)
        timexes.append(Timex(text=text[start:end], type=type_, value=value, span=(start, end), mod=mod))
        previous_end = end
    return timexes
