"""What every reading of a time expression shares: the Context a handler consults, and small helpers
(month and day numbers, relative words, the sentence around a match, the year of a quarter).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

from .._paragraphs import BREAKS
from . import _direction
from . import _normalise as N
from ._lexicon import MONTHS

Reading = Any  # tuple[str, str, str | None] | list[tuple[int, int, str, str, str | None]] | None
Handler = Callable[[re.Match[str], "Context"], Reading]


class Rule:
    """One time rule: the regex of an expression (matched ignoring case), the handler that reads a match
    into ``(type, value, mod)`` (or a list of ``(start, end, type, value, mod)`` when one match holds
    several expressions, as in "from 2001 to 2021"; None rejects it), and its anchor: a regex over the
    lower-cased text that every match lies near. The tagger runs a rule only in windows of text around
    its anchor, which keeps the stage a small fraction of the parse, and compiles the rule's regex the
    first time it runs it: a short text needs a few of the rules, and compiling them all when the module
    loads cost some 40 ms of every process's start-up."""

    __slots__ = ("pattern", "handler", "anchor", "_compiled")

    def __init__(self, pattern: str, handler: Handler, anchor: str) -> None:
        self.pattern, self.handler, self.anchor = pattern, handler, anchor
        self._compiled: re.Pattern[str] | None = None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, re.I)
        return self._compiled.finditer(string, pos, endpos)


class Context:
    """What a handler may consult: the text, the document date, the tense at a span and the direction
    of an expression (``_direction``)."""

    __slots__ = ("text", "published", "_tense", "_plainly_past")

    def __init__(self, text: str, published: dt.date | None, tense: Callable[[int, int], str | None],
                 plainly_past: Callable[[int, int], bool] | None = None):
        self.text = text
        self.published = published
        self._tense = tense
        self._plainly_past = plainly_past

    def tense(self, m: re.Match[str]) -> str | None:
        """The tense of the clause the expression sits in; "past" after "since" ("since the Oct. 23
        slaying", "has risen since Monday"), whatever the verb says."""
        if _direction.after_since(self, m):
            return "past"
        return self._tense(m.start(), m.end())

    def plainly_past(self, m: re.Match[str]) -> bool:
        """Whether a verb in the simple past is the time of the expression, by the parse (without: False)."""
        return self._plainly_past is not None and self._plainly_past(m.start(), m.end())

    def direction(self, m: re.Match[str]) -> N.Direction:
        """Which way from the document date the expression points, and how far (``_direction.read``)."""
        return _direction.read(self, m)

    def before(self, m: re.Match[str], n: int = 30) -> str:
        return self.text[max(0, m.start() - n):m.start()]

    def after(self, m: re.Match[str], n: int = 30) -> str:
        return self.text[m.end():m.end() + n]


def _month(word: str) -> int:
    return MONTHS.get(word.lower().rstrip("."), 0)


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word) or 0)


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_REL = {"last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the last": -1,
        "the previous": -1, "the latest": -1, "the most recent": -1, "preceding": -1, "the preceding": -1, "prior": -1, "the prior": -1,
        "next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the next": 1, "following": 1,
        "the following": 1, "upcoming": 1, "the upcoming": 1,
        "this": 0, "current": 0, "the current": 0, "present": 0, "the present": 0}


def _rel(word: str | None) -> int | None:
    if not word:
        return None
    return _REL.get(" ".join(word.lower().split()))


_QNUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


def _year_from(c: Context, m: re.Match[str], explicit: str | None, rel: str | None) -> int | None:
    if explicit:
        return int(explicit)
    if c.published is None:
        return None
    if rel:
        r = rel.lower()
        if "last" in r or "ago" in r or "earlier" in r or "before" in r or "prior" in r:
            return c.published.year - 1
        if "next" in r:
            return c.published.year + 1
    return c.published.year



# a sentence ends before a capital or a quotation mark, or at a paragraph's blank line
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'`])|" + BREAKS["blank"].pattern)


def sentence_of(text: str, start: int, end: int) -> str:
    lo = max(0, start - 400)
    left = lo
    for b in _SENTENCE.finditer(text, lo, start):
        left = b.end()
    after = _SENTENCE.search(text, end, end + 400)
    return text[left:after.start() if after else end + 400]


# "quarter" as a reporting period, not a fraction ("three-quarters of", "a quarter-century", "a quarter point")
_QUARTER_WORD = re.compile(r"(?i)\bquarter\b(?!-(?:century|point)|\s+(?:of\s+(?:a|an|the|its|their)\b|century|point))")
# a longer reporting period named in the same sentence ("for the nine months", "in the first half")
_LONGER_PERIOD = re.compile(r"(?i)\b(?:(?:six|nine|twelve|\d+)[\s-]+months?|(?:first|second)\s+half|(?:fiscal|full)\s+year|"
                            r"year\s+(?:ended|ending|to\s+date))\b")


def _quarter_context(c: Context, m: Any) -> bool:
    """Whether the text around a match reports on a quarter (so "a year ago" means that quarter): the
    sentence decides when it names a quarter or a longer period, else the story before it: a results
    story names its quarter in the lede and may compare with the year before paragraphs later."""
    sentence = sentence_of(c.text, m.start(), m.end())
    if _QUARTER_WORD.search(sentence):
        return True
    if _LONGER_PERIOD.search(sentence):
        return False
    return _QUARTER_WORD.search(c.text, 0, m.start()) is not None


def _year_ago(c: Context, m: Any) -> str:
    """A year before the document date; in a report on a quarter, the same quarter a year before."""
    p = c.published
    assert p is not None
    if _quarter_context(c, m):
        y, q = N.add_quarters(*N.quarter_of(p), -5)
        return f"{y:04d}-Q{q}"
    return f"{p.year - 1:04d}"



class _Fake:
    """A stand-in match that answers group lookups from a dict and spans from a real match."""

    def __init__(self, groups: Mapping[str, str | None], m: re.Match[str], start: int | None = None):
        self._g, self._m = groups, m
        self._start = m.start() if start is None else start

    def __getitem__(self, k: Any) -> Any:
        return self._g.get(k) if isinstance(k, str) else self._m[k]

    def start(self, *a: Any) -> int:
        return self._start

    def end(self, *a: Any) -> int:
        return self._m.end()


def _fake(groups: Mapping[str, str | None], m: re.Match[str], start: int | None = None) -> re.Match[str]:
    """A :class:`_Fake` typed as the match it stands in for: the handlers it is passed to read only
    groups by name, ``start()`` and ``end()``, which it answers (``start`` moves the beginning)."""
    return cast("re.Match[str]", _Fake(groups, m, start))


# the words after which "past" is an adjective ("this past July", "the past Wednesday", "in past Decembers");
# after any other word it is a preposition ("extended past December", "dragged on past March"; "on" is the
# verb's particle there)
_PAST_ADJECTIVE_AFTER = frozenset({"this", "the", "that", "these", "those", "its", "his", "her", "their", "our",
                                   "my", "your", "in", "at", "of", "for", "during", "over", "from", "with",
                                   "and", "or", "since", "to", "by", "all"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def past_as_preposition(c: Context, m: re.Match[str]) -> re.Match[str] | None:
    """When the relation word of ``m`` is a bare "past" that a verb or a noun governs ("the mandate was
    extended past December", "the talks dragged on past March", "pushed shares past Monday's low"), it
    means "beyond", not "last": the same match without the relation and starting after it, for the handler
    to read again with "past" among the words before it (its extent then starts at the date); else None."""
    if (m["rel"] or "").lower() != "past":
        return None
    word = _WORD_BEFORE.search(c.before(m, 20))
    if word is None or word[1].lower() in _PAST_ADJECTIVE_AFTER:
        return None
    start = m.end("rel")
    while start < m.end() and c.text[start].isspace():
        start += 1
    return _fake({**m.groupdict(), "rel": None}, m, start)



_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|IST|JST|AEST|AEDT|ET|PT|CT|MT|local\s+time)"
