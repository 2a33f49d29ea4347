"""The grammar of time expressions: one compiled regex per kind of expression, and its reading.

Each rule's handler reads a match into ``(type, value, mod)`` (or a list of ``(start, end, type, value,
mod)`` when one match holds several expressions, as in "from 2001 to 2021"), or None to reject it.
Spans follow TimeML/TimeBank: prepositions are left out, determiners and modifiers that belong to the
expression ("the past three days", "early August", "a year ago") are kept.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from ._calendar import (h_century, h_mdy_pair, h_week_of, h_year_ago_period, h_decade, h_fiscal, h_half, h_half_short, h_iso, h_iso_period, h_mdy, h_month,
                        h_month_year, h_past_ref, h_qshort, h_quarter, h_quarter_rel, h_season, h_slash,
                        h_spoken_year, h_the_quarter, h_year, h_year_prefixed, h_year_range)
from ._context import _TZ, Context, Reading, _fake
from ._lexicon import (_NUM_WORD, DAYNUM, DECADE_WORDS, MONTH, MONTH_FULL, NUMBER, ORDINALS, SEASON, SPOKEN_YEAR, UNIT,
                       WEEKDAY, WEEKDAY_ANY, YEAR4)
from ._relative import (h_adverb_set, h_later_date, h_nth_day, h_weekday_parts_set, h_ago, h_and_a_half, h_anaphor,
                        h_anaphor_part, h_unit_long, h_edge_of_unit, h_latest_period, h_mid_year, h_the_year,
                        h_year_end, h_bare_units, h_clock, h_clock_part, h_day_word, h_duration, h_holiday, h_noon,
                        h_ref, h_rel_unit, h_set, h_time_of_day, h_weekday, h_weekday_set, h_weekend,
                        h_year_adj)

__all__ = ["RULES", "Context"]

# --- the rules -----------------------------------------------------------------------------------

_MODNUM = (r"(?:(?<![\w.,])(?P<num>" + NUMBER + r")(?:\s+or\s+(?:so|more|two|three|four|five))?[\s-]+)")
_REL_WORDS = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|"
              r"the\s+following|the\s+current|the\s+present|the\s+preceding|the\s+prior|the\s+upcoming|"
              r"this|last|next|past|previous|coming|following|current|upcoming|preceding|prior)")

_SPECS: list[tuple[str, Callable[[re.Match[str], Context], Reading]]] = [
    (r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?)?\b", h_iso),
    (r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", h_slash),
    (r"\b(?P<y>\d{4})-(?P<p>Q[1-4]|H[12]|W(?:0[1-9]|[1-4]\d|5[0-3])|SP|SU|FA|WI)\b", h_iso_period),
    # "April 24 and 25", "Jan. 17-21, 2014", "May 3 to 5": two dates of one month
    (r"(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")\s*(?:and|or|&|-|to|through|thru)\s*(?P<day2>" + DAYNUM + r")"
     r"(?![\d%]|\s*(?:%|percent)|-)"
     r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy_pair),
    (r"(?:(?P<wdp>" + WEEKDAY_ANY + r"),?\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?![\d%]|:\d)"
     r"(?!\s*(?:%|percent|-\s*\d))(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy),
    (r"(?:(?P<wdp>" + WEEKDAY_ANY + r"),?\s+)?(?:the\s+)?(?<![\d,.])\b(?P<day>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + MONTH + r")"
     r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy),
    (r"(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|'(?P<y2>\d\d)\b|"
     r"(?P<spoken>" + SPOKEN_YEAR + r"))", h_month_year),
    (r"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming|that(?:\s+same)?|the\s+same)\s+)?(?P<mon>" + MONTH_FULL + r")\b(?!\s*\d)"
     r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?", h_month),
    (r"(?<![\w$£€#./-])(?P<year>" + YEAR4 + r")(?![\d]|\.\d|,\d{3}|\s*(?:%|percent))", h_year),
    # "post-1959", "pre-1990": the year, with AFTER / BEFORE
    (r"\b(?P<pp>post|pre)-(?P<year>" + YEAR4 + r")(?![\d]|\.\d|,\d{3}|\s*(?:%|percent))", h_year_prefixed),
    (r"(?<![\w$£€#./-])(?P<y1>" + YEAR4 + r")\s*(?:[-–]|to|through|until|and)\s*(?P<y2>" + YEAR4 + r"|\d\d)(?![\d%])",
     h_year_range),
    (r"(?:\bthe\s+year\s+)?\b" + SPOKEN_YEAR + r"\b", h_spoken_year),
    (r"\bthe\s+year\s+(?P<year>" + YEAR4 + r")\b(?![\d%])", h_year),
    (r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<year>" + YEAR4 + r"|\d\d)\b", h_fiscal),
    (r"(?:\bthe\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<dec4>1[5-9]\d|20\d)0'?s\b|'(?P<dec2>\d)0'?s\b|"
     r"\b(?P<decw>" + "|".join(DECADE_WORDS) + r")\b)", h_decade),
    (r"(?:\b(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<num>\d{1,2}(?:st|nd|rd|th))|\b(?P<ord>"
     + "|".join(w for w in ORDINALS if w not in ("final", "last")) + r"))[\s-]+century\b", h_century),
    (r"(?:\b(?P<det>the|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?:flat|weak|strong|fiscal|"
     r"calendar|same)[\s-]+)?(?:(?P<y1>" + YEAR4 + r")\s+|(?P<yrel>year-ago|year-earlier|year-before)\s+)?"
     r"(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b"
     r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<y2>" + YEAR4 + r")|(?P<yrel2>this|last|next)\s+year))?",
     h_quarter),
    (r"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<year>" + YEAR4 + r"|'\d\d))?\b", h_qshort),
    (r"\bH(?P<half>[12])\s*(?P<year>" + YEAR4 + r")\b", h_half_short),
    (r"\b(?:(?:the|its|this|last|next)\s+)?(?P<rel>latest|current|past|previous|last|next|coming|this|"
     r"year-ago|year-earlier|year-before|comparable(?:\s+year-ago)?|same|corresponding|prior|preceding|"
     r"recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?quarter\b(?!s)", h_quarter_rel),
    (r"\bthe\s+quarter\b(?!\s+of|-|s)", h_the_quarter),
    (r"(?:\bthe\s+)?(?P<ord>first|second|last|latter)[\s-]+(?:half|two\s+quarters)\s+of\s+(?:(?:fiscal\s+)?(?P<year>" + YEAR4 + r")|"
     r"(?P<yrel>this|last|next|the)\s+year)", h_half),
    (r"(?:\b(?P<rel>" + _REL_WORDS + r"|the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?\b(?P<season>" + SEASON + r")\b"
     r"(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|(?P<spoken>" + SPOKEN_YEAR + r")))?", h_season),
    (r"\b(?P<rel>" + _REL_WORDS + r"|the\s+latest|the\s+most\s+recent)\s+(?P<unit>fiscal\s+year|week|weekend|month|year|"
     r"decade|century|day)\b", h_rel_unit),
    (r"\b(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
     r"this|last)(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!-)", h_day_word),
    # "mid-afternoon yesterday", "late morning today": the part before its day
    (r"\b(?:mid-?|early\s+|late\s+)?(?P<part>morning|afternoon|evening)\s+(?P<word>yesterday|today|tomorrow)\b", h_day_word),
    (r"(?:\b(?P<wd1>" + WEEKDAY + r")\s*(?:,|and|or|&)\s*)?\b(?P<wd2>" + WEEKDAY + r")\s+(?P<part>mornings|afternoons|"
     r"evenings|nights)\b", h_weekday_parts_set),
    (r"(?:\b(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous|following|the\s+following|"
     r"the\s+previous|the\s+next)\s+)?\b(?P<wd>" + WEEKDAY + r")\b(?!s)(?:'s\b)?(?:\s+(?P<part>morning|afternoon|"
     r"evening|night))?", h_weekday),
    (r"\b(?:(?P<num>" + NUMBER + r")|(?P<few>a\s+few|several|many))(?:\s+or\s+so)?[\s-]+(?P<unit>" + UNIT +
     r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b", h_ago),
    (r"(?:\b(?:the\s+)?(?:past|last|next|coming|previous|following|first|latest|final|remaining|ensuing|"
     r"preceding|prior|initial|recent|additional|same|future)\s+|\bthe\s+)?" + _MODNUM + r"?(?:more\s+|full\s+|additional\s+|"
     r"straight\s+|consecutive\s+|long\s+|short\s+)?(?:(?P<kind>trading|business|working)\s+)?(?P<unit>" + UNIT + r")\b(?![\s-]+old\b)(?P<set>)", h_duration),
    (r"\b(?:the\s+)?(?:next|past|last|coming|first|previous|recent)\s+(?P<num>)(?P<unit>years|months|weeks|days|"
     r"decades|hours|centuries|quarters)\b(?P<set>)", h_duration),
    (r"\b(?P<unit>decades|centuries|years|months)(?=[\s-]+(?:long|of\s+(?!the\b)))(?:-long)?", h_bare_units),
    (r"(?<=\bfor\s)(?P<unit>decades|centuries|years|months|weeks|days|hours)\b(?!\s+(?:of|to|before|after))",
     h_bare_units),
    (r"(?:(?<=\bwithin\s)|(?<=\bin\s)(?=\w+\s*[.,;:!?)]))(?P<unit>decades|years|months|weeks|days)\b"
     r"(?!\s+(?:of|to|before|after))", h_bare_units),
    (r"\b(?:an?|some)\s+(?:later|future|earlier)\s+(?:date|time)\b", h_later_date),
    (r"(?<=\b(?:is|'s)\s)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
     r"\s+(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+(?:of|in|since)\b)", h_nth_day),
    # "in the weeks ahead": weeks of unknown number, from now on
    (r"\bthe\s+(?P<unit>days|weeks|months|years)\s+ahead\b", h_bare_units),
    # "over the years", "in the years that followed": years of unknown number
    (r"(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?P<unit>years|decades)\b"
     r"(?!\s+(?:of|to|before|after|ahead|since)\b)", h_bare_units),
    (r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>" + NUMBER + r")\s+)?(?P<what>" + UNIT + r"|"
     + r"(?P<wd>" + WEEKDAY + r")|" + MONTH_FULL + r"|morning|afternoon|evening|night)\b"
     r"(?(wd)(?:\s+(?P<part>morning|afternoon|evening|night)\b)?)", h_set),
    (r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|"
     r"semiannually|fortnightly)\b", h_adverb_set),
    (r"\b(?P<wd>" + WEEKDAY + r")s\b(?:\s+(?P<part>mornings|afternoons|evenings|nights))?", h_weekday_set),
    (r"\b(?:then[\s-]+current\b|now|currently|current(?!\s+(?:account|accounts|affairs|events))|presently|nowadays|"
     r"these\s+days|lately|recently|the\s+present(?!\s+\w+)|the\s+past(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|summers|winters|springs|autumns|falls|seasons|"
     r"quarters?|hours?|centuries))|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
     r"the\s+(?:near|short|long|medium)\s+term|recent\s+(?:years|months|weeks|days|times)|in\s+recent)\b(?!-)",
     h_ref),
    (r"\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)"
     r"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?:\s+" + _TZ + r"\b)?"
     r"(?:,?\s+(?P<dday>" + WEEKDAY + r"|today|tonight|yesterday|tomorrow|"
     + MONTH + r"\s+\d{1,2}\b)|(?=(?:\s*\([^()]{1,24}\))?\s+(?:on\s+)?(?P<onday>" + WEEKDAY + r")))?", h_clock),
    # "at 4 in the morning", "by 8 in the evening": an hour without a.m./p.m., its part of the day says which;
    # a restatement in brackets may give its day ("at 4 in the morning (4 a.m. EDT Thursday)")
    (r"\b(?:at|by|until|till|before|after|around|about|from|to|since)\s(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?(?P<ampm>)\s+"
     r"(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b(?:,?\s+(?P<dday>" + WEEKDAY +
     r"|today|tonight|yesterday|tomorrow)|(?=\s+(?:on\s+)?(?P<onday>" + WEEKDAY + r")|\s*\([^()]{0,24}?\b(?P<pday>"
     + WEEKDAY + r")\)))?", h_clock_part),
    (r"\b(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)(?P<ampm>)\s*(?:" + _TZ + r")\b(?:,?\s+(?P<dday>" + WEEKDAY +
     r"|today|yesterday|tomorrow)|(?=\s+on\s+(?P<onday>" + WEEKDAY + r")))?", h_clock),
    (r"(?:\b(?P<dday>" + WEEKDAY + r"|today|yesterday|tomorrow)\s+(?:at\s+)?)?\b(?P<nw>noon|midnight|midday)\b"
     r"(?:\s+(?P<dday2>" + WEEKDAY + r"|today|yesterday|tomorrow))?", h_noon),
    (r"(?:\b(?P<rel>last|next|this)\s+)?(?-i:(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|"
     r"Thanksgiving(?:\s+Day)?|Election\s+Day|Independence\s+Day|Labou?r\s+Day|Memorial\s+Day|Veterans\s+Day|"
     r"Halloween|Easter(?:\s+Sunday)?|Good\s+Friday|Valentine's\s+Day|Fourth\s+of\s+July|July\s+Fourth|"
     r"Martin\s+Luther\s+King\s+(?:Jr\.\s+)?Day|Presidents'?\s+Day)(?P<week>\s+week)?)(?:\s+(?P<year>" + YEAR4 +
     r"))?\b", h_holiday),
    # the determiner belongs to the noun: "the year-ago results" -> "year-ago", "the year-ago period" whole
    (r"(?:\bthe\s+)?(?:comparable\s+)?\byear-(?:ago|earlier|before)\s+period\b|\byear-(?:ago|earlier|before)\b|"
     r"\b(?:year-end|end-of-year)\b", h_year_adj),
    (r"\bthe\s+(?P<year>" + YEAR4 + r")\s+(?:period|fiscal\s+year)\b", h_fiscal),
    (r"(?:\b(?P<rel>last|next|this|the)\s+)?\bweekend\b", h_weekend),
    (r"\b(?:recent|past)\s+(?:years|months|weeks|decades|days)\b", h_past_ref),
    (r"\b(?:this|later\s+this|earlier\s+this)\s+(?P<part>morning|afternoon|evening)\b", h_time_of_day),
    # "by mid afternoon", "in late morning": a part of the day the story is telling about (see _narrative)
    (r"\b(?:mid-?\s?|late\s+|early\s+)(?P<part>morning|afternoon|evening)\b(?!-|'s)", h_time_of_day),
    (r"\bthe\s+(?:(?P<full>full|whole|entire|fiscal)\s+)?year\b(?![-'])(?=(?P<ended>\s+(?:ended|ending|to\s+(?:date|" +
     MONTH + r")))?)(?!\s+(?:ago|earlier|before|after|later|that|when|in\s+which|of|and|or|since)\b)", h_the_year),
    (r"\bthe\s+latest\s+(?:fiscal\s+)?period\b", h_latest_period),
    (r"\byear(?:'s)?[\s-]end\b", h_year_end),
    (r"\bmid-?(?P<year>" + YEAR4 + r")\b", h_mid_year),
    (r"\bthe\s+(?P<edge>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>month|year|week|quarter|decade)\b",
     h_edge_of_unit),
    (r"\b(?:the|that)\s+(?:same\s+|comparable\s+|corresponding\s+|year-ago\s+)?(?:quarter|period)\s+(?:a\s+year\s+"
     r"(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b|"
     r"\blast\s+year's\s+(?:quarter|period)\b", h_year_ago_period),
    (r"\bthe\s+week\s+of\s+(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?!\d)(?:,?\s+(?P<year>" + YEAR4 + r"))?",
     h_week_of),
    (r"\b(?:(?P<num>\d+|" + _NUM_WORD + r")-)?(?P<unit>hour|day|week|month|year)-long\b", h_unit_long),
    (r"\b(?P<num>" + NUMBER + r")\s+(?P<unit>" + UNIT + r")\s+and\s+a\s+half\b", h_and_a_half),
    # anaphoric: "that day", "later that year", "the next morning" (see _narrative); "the day before" is
    # left alone: it is anchored on an event ("the day before the vote") more often than on a date
    (r"(?:\b(?:earlier|later)\s+(?:in\s+)?)?\b(?:that(?:\s+same)?|the\s+same|the\s+very)\s+(?P<unit>day|week|"
     r"month|year|quarter)\b(?!-|'(?!s\b))(?P<rel>)", h_anaphor),
    (r"(?:\b(?:earlier|later)\s+(?:in\s+)?)?\b(?:that(?:\s+same)?|the\s+same|the\s+very)\s+(?P<unit>morning|"
     r"afternoon|evening|night)\b(?!-|'(?!s\b))(?P<rel>)", h_anaphor_part),
    (r"\bthe\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>quarter)\b(?!-)", h_anaphor),
    (r"\bthe\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>morning|afternoon|evening|night)\b(?!-)",
     h_anaphor_part),
    # "in the morning": the morning of the day the story is telling about ("at 4 in the morning" is a clock time)
    (r"(?<=\b[Ii]n\s)(?<!\d\s[Ii]n\s)the\s+(?P<unit>morning|afternoon|evening)\b(?!-|'s)(?P<rel>)", h_anaphor_part),
]


class _OnFirstUse:
    """A rule's regex, compiled the first time the tagger runs it. The tagger runs a rule only inside
    the windows where its anchor matched (``_tagger._ANCHORS``), so a short text needs a few of the 67
    rules; compiling them all when the module loads cost some 40 ms of every process's start-up."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled.finditer(string, pos, endpos)


RULES: list[tuple[_OnFirstUse, Callable[[re.Match[str], Context], Reading]]] = [
    (_OnFirstUse(p, re.I), h) for p, h in _SPECS
]

# the noon rule reads its day from either side
_orig_noon = h_noon


def _noon(m: re.Match[str], c: Context) -> Reading:
    if not m["dday"] and m["dday2"]:
        return _orig_noon(_fake({"nw": m["nw"], "dday": m["dday2"]}, m), c)
    return _orig_noon(m, c)


RULES = [(p, _noon if h is h_noon else h) for p, h in RULES]
