"""The grammar of time expressions: one declaration per rule, in the order the tagger prefers them.

Each ``Rule`` names its regex, its handler (which reads a match into ``(type, value, mod)``, a list of
readings when one match holds several expressions, as in "from 2001 to 2021", or None to reject it) and
its anchor, the word it needs (see ``Rule``). When two readings of the same length overlap, the earlier
rule wins. Spans follow TimeML/TimeBank: prepositions are left out, determiners and modifiers that belong
to the expression ("the past three days", "early August", "a year ago") are kept. Holidays are one table
and one rule (``_holidays``).
"""

from __future__ import annotations

from ._calendar import (h_century, h_decade, h_fiscal, h_half, h_half_short, h_iso, h_iso_period, h_mdy, h_mdy_pair,
                        h_month, h_month_span_quarter, h_month_year, h_past_ref, h_qshort, h_quarter, h_quarter_rel, h_season, h_slash,
                        h_nth_week_of_month, h_spoken_year, h_the_quarter, h_week_of, h_year, h_year_ago_period, h_year_prefixed,
                        h_year_range)
from ._context import _TZ, Context, Rule
from ._holidays import RULE as HOLIDAY_RULE
from ._lexicon import (_NUM_WORD, DAYNUM, DECADE_WORDS, MONTH, MONTH_FULL, NUMBER, ORDINALS, SEASON, SPOKEN_YEAR, UNIT,
                       WEEKDAY, WEEKDAY_ANY, YEAR4)
from ._relative import (h_adverb_set, h_ago, h_anaphor, h_anaphor_part, h_and_a_half, h_half_unit, h_quarter_century, h_bare_measure, h_bare_units, h_clock,
                        h_clock_part, h_day_word, h_duration, h_edge_of_unit, h_later_date, h_latest_period,
                        h_mid_year, h_noon, h_nth_day, h_ref, h_rel_unit, h_set, h_the_year, h_time_of_day,
                        h_unit_long, h_weekday, h_weekday_parts_set, h_weekday_set, h_weekend, h_year_adj,
                        h_year_end)

__all__ = ["RULES", "Rule", "Context"]

# the anchors several rules share (regexes over the lower-cased text)
_A_UNIT = (r"\b(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|centur|"
           r"millenni|yrs?\b|hrs?\b|mins?\b)")
_A_MONTH = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_A_WEEKDAY = r"\b(?:mon|tue|wed|thu|fri|sat|sun)"
_A_PART = r"\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)"
_A_YEAR = r"\d\d\d\d"  # not "\d{4}", which the regex engine scans three times slower
_A_CLOCK = r"\d\s*(?:[ap]\.?m\b|o'clock)|\d:\d\d|\d\d\d\d\s*(?:gmt|utc)\b"

# --- the rules -----------------------------------------------------------------------------------

_MODNUM = (r"(?:(?<![\w.,])(?P<num>" + NUMBER + r")(?:\s+or\s+(?:so|more|two|three|four|five))?[\s-]+)")
_REL_WORDS = (r"(?:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|"
              r"the\s+following|the\s+current|the\s+present|the\s+preceding|the\s+prior|the\s+upcoming|"
              r"this|last|next|past|previous|coming|following|current|upcoming|preceding|prior)")
# "last" before a measure, unless it is the verb: "could last two weeks", "is expected to last several
# months", "did not last a week" measure the time it goes on, and the verb is no part of the timex (the
# adjective never stands before "a" or "an": "the last two weeks", "over the last few days")
_LAST_ADJ = (r"last(?<!\bto\slast)(?<!\bwill\slast)(?<!\bwould\slast)(?<!\bcould\slast)(?<!\bcan\slast)"
             r"(?<!\bmay\slast)(?<!\bmight\slast)(?<!\bshould\slast)(?<!\bmust\slast)(?<!\bnot\slast)"
             r"(?<!n't\slast)(?<!\bonly\slast)(?<!\bwhich\slast)(?<!\bthat\slast)(?!\s+an?\b)")

RULES: list[Rule] = [
    Rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})(?::\d{2})?)?\b", h_iso, r"\d\d\d\d-\d"),
    Rule(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", h_slash, r"\d/\d"),
    Rule(r"\b(?P<y>\d{4})-(?P<p>Q[1-4]|H[12]|W(?:0[1-9]|[1-4]\d|5[0-3])|SP|SU|FA|WI)\b", h_iso_period, r"\d\d\d\d-[qhwsfa]"),
    # "April 24 and 25", "Jan. 17-21, 2014", "May 3 to 5": two dates of one month
    Rule(r"(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")\s*(?:and|or|&|-|to|through|thru)\s*(?P<day2>" + DAYNUM + r")"
         r"(?![\d%]|\s*(?:%|percent)|-)"
         r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy_pair, _A_MONTH),
    Rule(r"(?:(?P<wdp>" + WEEKDAY_ANY + r"),?\s+)?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?![\d%]|:\d)"
         r"(?!\s*(?:%|percent|-\s*\d))(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy, _A_MONTH),
    Rule(r"(?:(?P<wdp>" + WEEKDAY_ANY + r"),?\s+)?(?:the\s+)?(?<![\d,.])\b(?P<day>" + DAYNUM + r")\s+(?:of\s+)?(?P<mon>" + MONTH + r")"
         r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_mdy, _A_MONTH),
    Rule(r"(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|'(?P<y2>\d\d)\b|"
         r"(?P<spoken>" + SPOKEN_YEAR + r"))", h_month_year, _A_MONTH),
    Rule(r"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|past|coming|that(?:\s+same)?|the\s+same)\s+)?(?P<mon>" + MONTH_FULL + r")\b(?!\s*\d)"
         r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?", h_month, _A_MONTH),
    Rule(r"(?<![\w$£€#./-])(?P<year>" + YEAR4 + r")(?![\d]|\.\d|,\d{3}|\s*(?:%|percent))", h_year, _A_YEAR),
    # "post-1959", "pre-1990": the year, with AFTER / BEFORE
    Rule(r"\b(?P<pp>post|pre)-(?P<year>" + YEAR4 + r")(?![\d]|\.\d|,\d{3}|\s*(?:%|percent))", h_year_prefixed, _A_YEAR),
    Rule(r"(?<![\w$£€#./-])(?P<y1>" + YEAR4 + r")\s*(?:[-–]|to|through|until|and)\s*(?P<y2>" + YEAR4 + r"|\d\d)(?![\d%])",
         h_year_range, _A_YEAR),
    Rule(r"(?:\bthe\s+year\s+)?\b" + SPOKEN_YEAR + r"\b", h_spoken_year, r"\b(?:nineteen|eighteen|two\s+thousand)"),
    Rule(r"\bthe\s+year\s+(?P<year>" + YEAR4 + r")\b(?![\d%])", h_year, _A_YEAR),
    Rule(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<year>" + YEAR4 + r"|\d\d)\b", h_fiscal, r"\b(?:fiscal|fy|period)"),
    Rule(r"(?:\bthe\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<dec4>1[5-9]\d|20\d)0'?s\b|'(?P<dec2>\d)0'?s\b|"
         r"\b(?P<decw>" + "|".join(DECADE_WORDS) + r")\b)", h_decade, r"0'?s\b|ties\b"),
    Rule(r"(?:\b(?P<mod>early|mid|late)[\s-]*)?(?:\b(?P<num>\d{1,2}(?:st|nd|rd|th))|\b(?P<ord>"
         + "|".join(w for w in ORDINALS if w not in ("final", "last")) + r"))[\s-]+century\b", h_century, "centur"),
    Rule(r"(?:\b(?P<det>the|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:(?:flat|weak|strong|fiscal|"
         r"calendar|same)[\s-]+)?(?:(?P<y1>" + YEAR4 + r")\s+|(?P<yrel>year-ago|year-earlier|year-before)\s+)?"
         r"(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b"
         r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<y2>" + YEAR4 + r")|(?P<yrel2>this|last|next)\s+year))?",
         h_quarter, "quarter"),
    # "the October-December quarter", "the April-June period": a quarter (or a half) told by its months
    Rule(r"(?:\bthe\s+)?(?:(?P<year>" + YEAR4 + r")\s+)?(?P<m1>" + MONTH + r")\s*[-–/]\s*(?P<m2>" + MONTH + r")\s+"
         r"(?P<what>quarter|period)\b(?:\s+of\s+(?P<y2>" + YEAR4 + r")\b)?", h_month_span_quarter, _A_MONTH),
    Rule(r"\b(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<year>" + YEAR4 + r"|'\d\d))?\b", h_qshort, r"\b(?:q1|q2|q3|q4|1q|2q|3q|4q)"),
    Rule(r"\bH(?P<half>[12])\s*(?P<year>" + YEAR4 + r")\b", h_half_short, r"\b(?:h1|h2)\b"),
    Rule(r"\b(?:(?:the|its|this|last|next)\s+)?(?P<rel>latest|current|past|previous|last|next|coming|this|"
         r"year-ago|year-earlier|year-before|comparable(?:\s+year-ago)?|same|corresponding|prior|preceding|"
         r"recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?quarter\b(?!s)", h_quarter_rel, "quarter"),
    Rule(r"\bthe\s+quarter\b(?!\s+of|-|s)", h_the_quarter, "quarter"),
    Rule(r"(?:\bthe\s+)?(?P<ord>first|second|last|latter)[\s-]+(?:half|two\s+quarters)\s+of\s+(?:(?:fiscal\s+)?(?P<year>" + YEAR4 + r")|"
         r"(?P<yrel>this|last|next|the)\s+year)", h_half, r"\b(?:half|two\s+quarters)"),
    Rule(r"(?:\b(?P<rel>" + _REL_WORDS + r"|the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?\b(?P<season>" + SEASON + r")\b"
         r"(?:\s+(?:of\s+)?(?:(?P<year>" + YEAR4 + r")(?![\d%])|(?P<spoken>" + SPOKEN_YEAR + r")))?", h_season, r"\b(?:spring|summer|fall|autumn|winter)"),
    Rule(r"\b(?P<rel>" + _REL_WORDS + r"|the\s+latest|the\s+most\s+recent)\s+(?P<unit>fiscal\s+year|week|weekend|month|year|"
         r"decade|century|day)\b", h_rel_unit, _A_UNIT),
    Rule(r"\b(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
         r"this|last)(?:\s+(?P<part>morning|afternoon|evening|night))?\b(?!-)", h_day_word, _A_PART),
    # "mid-afternoon yesterday", "late morning today": the part before its day
    Rule(r"\b(?:mid-?|early\s+|late\s+)?(?P<part>morning|afternoon|evening)\s+(?P<word>yesterday|today|tomorrow)\b", h_day_word, _A_PART),
    Rule(r"(?:\b(?P<wd1>" + WEEKDAY + r")\s*(?:,|and|or|&)\s*)?\b(?P<wd2>" + WEEKDAY + r")\s+(?P<part>mornings|afternoons|"
         r"evenings|nights)\b", h_weekday_parts_set, _A_WEEKDAY),
    Rule(r"(?:\b(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|previous|following|the\s+following|"
         r"the\s+previous|the\s+next)\s+)?\b(?P<wd>" + WEEKDAY + r")\b(?!s)(?:'s\b)?(?:\s+(?P<part>morning|afternoon|"
         r"evening|night))?", h_weekday, _A_WEEKDAY),
    Rule(r"\b(?:(?P<num>" + NUMBER + r")|(?P<few>a\s+few|several|many))(?:\s+or\s+so)?[\s-]+(?P<unit>" + UNIT +
         r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b", h_ago, r"\b(?:ago|earlier|later|from\s+now|hence)\b"),
    Rule(r"(?:\b(?:the\s+)?(?:past|" + _LAST_ADJ + r"|next|coming|previous|following|first|latest|final|remaining|ensuing|"
         r"preceding|prior|initial|recent|additional|same|future)\s+|\bthe\s+)?" + _MODNUM + r"?(?:more\s+|full\s+|additional\s+|"
         r"straight\s+|consecutive\s+|long\s+|short\s+)?(?:(?P<kind>trading|business|working)\s+)?(?P<unit>" + UNIT + r")\b(?![\s-]+old\b)(?P<set>)",
         h_duration, _A_UNIT),
    Rule(r"\b(?:the\s+)?(?:next|past|last|coming|first|previous|recent)\s+(?P<num>)(?P<unit>years|months|weeks|days|"
         r"decades|hours|centuries|quarters)\b(?P<set>)",
         h_duration, _A_UNIT),
    Rule(r"\b(?P<unit>decades|centuries|years|months)(?=[\s-]+(?:long|of\s+(?!the\b)))(?:-long)?", h_bare_units, _A_UNIT),
    # "a weeks-long standoff", "an hours-long siege": a measure of unknown number, as "months-long"
    Rule(r"\b(?P<unit>weeks|days|hours)-long\b", h_bare_units, _A_UNIT),
    Rule(r"(?<=\bfor\s)(?P<unit>decades|centuries|years|months|weeks|days|hours)\b(?!\s+(?:of|to|before|after))",
         h_bare_units, _A_UNIT),
    Rule(r"(?:(?<=\bwithin\s)|(?<=\bin\s)(?=\w+\s*[.,;:!?)]))(?P<unit>decades|years|months|weeks|days)\b"
         r"(?!\s+(?:of|to|before|after))", h_bare_units, _A_UNIT),
    # "the first time in years", "the worst in decades": years of unknown number, up to now
    Rule(r"(?<=\bin\s)(?P<unit>decades|years|months|weeks)\b(?!\s+(?:of|to|before|after|past|when|that|which|where|"
         r"in|and|or|ahead|gone|since)\b)(?!-)", h_bare_units, _A_UNIT),
    # "hours after the attack", "days before the vote", "minutes too late": a measure of unknown number
    # before the word it measures ("seconds before" stays untagged, as in AQUAINT)
    Rule(r"\b(?P<unit>minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|before|later|earlier|"
         r"too\s+(?:late|early|soon))\b)", h_bare_measure, _A_UNIT),
    Rule(r"\b(?:an?|some)\s+(?:later|future|earlier)\s+(?:date|time)\b",
         h_later_date, r"\b(?:later|future|earlier)\s+(?:date|time)"),
    Rule(r"(?<=\b(?:is|'s)\s)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
         r"\s+(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+(?:of|in|since)\b)",
         h_nth_day, r"(?:st|nd|rd|th)\s+(?:straight\s+|consecutive\s+|full\s+)?day\b"),
    # "in the weeks ahead": weeks of unknown number, from now on
    Rule(r"\bthe\s+(?P<unit>days|weeks|months|years)\s+ahead\b", h_bare_units, _A_UNIT),
    # "over the years", "in the years that followed": years of unknown number
    Rule(r"(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?P<unit>years|decades)\b"
         r"(?!\s+(?:of|to|before|after|ahead|since)\b)", h_bare_units, _A_UNIT),
    Rule(r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>" + NUMBER + r")\s+)?(?P<what>" + UNIT + r"|"
         + r"(?P<wd>" + WEEKDAY + r")|" + MONTH_FULL + r"|" + SEASON + r"|morning|afternoon|evening|night)\b"
         r"(?(wd)(?:\s+(?P<part>morning|afternoon|evening|night)\b)?)", h_set, r"\b(?:every|each|per)\b"),
    Rule(r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|"
         r"semiannually|fortnightly)\b", h_adverb_set, r"ly\b"),
    Rule(r"\b(?P<wd>" + WEEKDAY + r")s\b(?:\s+(?P<part>mornings|afternoons|evenings|nights))?", h_weekday_set, _A_WEEKDAY),
    Rule(r"\b(?:then[\s-]+current\b|now|currently|current(?!\s+(?:account|accounts|affairs|events))|presently|nowadays|"
         r"these\s+days|lately|recently|the\s+present(?!\s+\w+)|"
         # "the past two envoys": a number after "the past" counts people or things, not time
         r"the\s+past(?!\s+(?:\d+|" + _NUM_WORD + r"|few|several)\b)"
         r"(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|summers|winters|springs|autumns|falls|seasons|"
         r"quarters?|hours?|centuries))|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future(?!\s+of\b)|"
         r"the\s+(?:near|short|long|medium)\s+term|recent\s+(?:years|months|weeks|days|times))\b(?!-)",
         h_ref, r"\b(?:now|current|present|nowadays|these\s+days|lately|recent|the\s+past|future|term)"),
    Rule(r"\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)"
         r"(?:\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?:\s+" + _TZ + r"\b)?"
         r"(?:,?\s+(?P<dday>" + WEEKDAY + r"|today|tonight|yesterday|tomorrow|"
         + MONTH + r"\s+\d{1,2}\b)|(?=(?:\s*\([^()]{1,24}\))?\s+(?:on\s+)?(?P<onday>" + WEEKDAY + r")))?",
         h_clock, _A_CLOCK),
    # "at 4 in the morning", "by 8 in the evening": an hour without a.m./p.m., its part of the day says which;
    # a restatement in brackets may give its day ("at 4 in the morning (4 a.m. EDT Thursday)")
    Rule(r"\b(?:at|by|until|till|before|after|around|about|from|to|since)\s(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?(?P<ampm>)\s+"
         r"(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b(?:,?\s+(?P<dday>" + WEEKDAY +
         r"|today|tonight|yesterday|tomorrow)|(?=\s+(?:on\s+)?(?P<onday>" + WEEKDAY + r")|\s*\([^()]{0,24}?\b(?P<pday>"
         + WEEKDAY + r")\)))?", h_clock_part, _A_PART),
    Rule(r"\b(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)(?P<ampm>)\s*(?:" + _TZ + r")\b(?:,?\s+(?P<dday>" + WEEKDAY +
         r"|today|yesterday|tomorrow)|(?=\s+on\s+(?P<onday>" + WEEKDAY + r")))?",
         h_clock, _A_CLOCK),
    Rule(r"(?:\b(?P<dday>" + WEEKDAY + r"|today|yesterday|tomorrow)\s+(?:at\s+)?)?\b(?P<nw>noon|midnight|midday)\b"
         r"(?:\s+(?P<dday2>" + WEEKDAY + r"|today|yesterday|tomorrow))?", h_noon, r"\b(?:noon|midnight|midday)"),
    HOLIDAY_RULE,  # the holiday table's one rule (_holidays.py)
    # the determiner belongs to the noun: "the year-ago results" -> "year-ago", "the year-ago period" whole
    Rule(r"(?:\bthe\s+)?(?:comparable\s+)?\byear-(?:ago|earlier|before)\s+period\b|\byear-(?:ago|earlier|before)\b|"
         r"\b(?:year-end|end-of-year)\b", h_year_adj, "year-|-of-year"),
    Rule(r"\bthe\s+(?P<year>" + YEAR4 + r")\s+(?:period|fiscal\s+year)\b", h_fiscal, r"\b(?:fiscal|fy|period)"),
    Rule(r"(?:\b(?P<rel>last|next|this|the)\s+)?\bweekend\b", h_weekend, "weekend"),
    Rule(r"\b(?:recent|past)\s+(?:years|months|weeks|decades|days)\b", h_past_ref, r"\b(?:recent|past)\b"),
    Rule(r"\b(?:this|later\s+this|earlier\s+this)\s+(?P<part>morning|afternoon|evening)\b", h_time_of_day, _A_PART),
    # "by mid afternoon", "in late morning": a part of the day the story is telling about (see _narrative)
    Rule(r"\b(?:mid-?\s?|late\s+|early\s+)(?P<part>morning|afternoon|evening)\b(?!-|'s)", h_time_of_day, _A_PART),
    Rule(r"\bthe\s+(?:(?P<full>full|whole|entire|fiscal)\s+)?year\b(?![-'])(?=(?P<ended>\s+(?:ended|ending|to\s+(?:date|" +
         MONTH + r")))?)(?!\s+(?:ago|earlier|before|after|later|that|when|in\s+which|of|and|or|since)\b)", h_the_year, "year"),
    Rule(r"\bthe\s+latest\s+(?:fiscal\s+)?period\b", h_latest_period, "period"),
    Rule(r"\byear(?:'s)?[\s-]end\b", h_year_end, "year"),
    Rule(r"\bmid-?(?P<year>" + YEAR4 + r")\b", h_mid_year, "mid"),
    Rule(r"\bthe\s+(?P<edge>end|beginning|start|middle)\s+of\s+the\s+(?P<unit>month|year|week|quarter|decade)\b",
         h_edge_of_unit, r"\b(?:end|beginning|start|middle)\s+of"),
    Rule(r"\b(?:the|that)\s+(?:same\s+|comparable\s+|corresponding\s+|year-ago\s+)?(?:quarter|period|(?<=same\s)month)\s+(?:a\s+year\s+"
         r"(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b|"
         r"\blast\s+year's\s+(?:quarter|period)\b", h_year_ago_period, _A_UNIT),
    Rule(r"\bthe\s+week\s+of\s+(?P<mon>" + MONTH + r")\s+(?P<day>" + DAYNUM + r")(?!\d)(?:,?\s+(?P<year>" + YEAR4 + r"))?",
         h_week_of, _A_UNIT),
    # "the last week of January", "the first weekend of June 2016": a week of the month
    Rule(r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend)\s+of\s+(?P<mon>" + MONTH + r")"
         r"(?:,?\s+(?P<year>" + YEAR4 + r")(?![\d%]))?", h_nth_week_of_month, _A_UNIT),
    Rule(r"\b(?:(?P<num>\d+|" + _NUM_WORD + r")-)?(?P<unit>hour|day|week|month|year|decade)-?long\b", h_unit_long, _A_UNIT),
    # "a quarter-century", "a quarter of a century", "the past quarter century": 25 years
    Rule(r"(?:\b(?:the\s+(?:past|last|next|coming|previous|following)\s+)|\b(?:a|one)[\s-]+)quarter(?:[\s-]+|\s+of\s+an?\s+)"
         r"century\b(?:\s+(?P<ago>ago)\b)?", h_quarter_century, _A_UNIT),
    # "the past half century", "the last half-decade": half the unit
    Rule(r"\bthe\s+(?:past|last|next|coming|previous|following)\s+half[\s-]+(?P<unit>century|decade|year)\b",
         h_half_unit, _A_UNIT),
    # "a year and a half", "the past decade and a half" (one unit and a half)
    Rule(r"(?:\b(?P<the>the\s+(?:past|last|next|coming|previous|following))\s+)?\b(?:(?P<num>" + NUMBER + r")\s+)?"
         r"(?P<unit>" + UNIT + r")\s+and\s+a\s+half\b(?:\s+(?P<ago>ago)\b)?", h_and_a_half, _A_UNIT),
    # anaphoric: "that day", "later that year", "the next morning" (see _narrative); "the day before" is
    # left alone: it is anchored on an event ("the day before the vote") more often than on a date
    Rule(r"(?:\b(?:earlier|later)\s+(?:in\s+)?)?\b(?:that(?:\s+same)?|the\s+same|the\s+very)\s+(?P<unit>day|week|"
         r"month|year|quarter)\b(?!-|'(?!s\b))(?P<rel>)", h_anaphor, _A_UNIT),
    Rule(r"(?:\b(?:earlier|later)\s+(?:in\s+)?)?\b(?:that(?:\s+same)?|the\s+same|the\s+very)\s+(?P<unit>morning|"
         r"afternoon|evening|night)\b(?!-|'(?!s\b))(?P<rel>)", h_anaphor_part, _A_PART),
    # "earlier in the week", "later in the month": the week (month) the story is telling about; the
    # comparative stays outside the extent, as TimeBank and AQUAINT have it. "later in the day" is left
    # untagged, as the TempEval-3 files mostly leave it
    Rule(r"(?:(?<=earlier\sin\s)|(?<=later\sin\s))the\s+(?P<unit>week|month)\b(?!-|'(?!s\b))(?P<rel>)", h_anaphor,
         r"\b(?:earlier|later)\sin\sthe\s(?:week|month)\b"),
    Rule(r"\bthe\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>quarter)\b(?!-)", h_anaphor, _A_UNIT),
    Rule(r"\bthe\s+(?P<rel>following|next|previous|preceding|prior)\s+(?P<unit>morning|afternoon|evening|night)\b(?!-)",
         h_anaphor_part, _A_PART),
    # "in the morning": the morning of the day the story is telling about ("at 4 in the morning" is a clock time)
    Rule(r"(?<=\b[Ii]n\s)(?<!\d\s[Ii]n\s)the\s+(?P<unit>morning|afternoon|evening)\b(?!-|'s)(?P<rel>)", h_anaphor_part, _A_PART),
]
