"""Readings of expressions relative to the document date (today, last week, Monday, two years ago),
durations, sets, references (now, recently) and clock times.
"""

from __future__ import annotations

import re

from . import _normalise as N

from ._context import Context, Reading, _day, _fake, _month, _quarter_context, _rel, _year_ago, past_as_preposition
from ._direction import planned_in_past, run_up
from ._lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, YEAR4, number, unit_name

# --- relative to the document date --------------------------------------------------------------

def h_rel_unit(m: re.Match[str], c: Context) -> Reading:
    shift = _rel(m["rel"])
    unit = m["unit"].lower()
    fiscal = "fiscal" in unit
    unit = unit.split()[-1]
    if shift is None:
        return None
    if c.published is None:
        return ("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[shift], None)
    if unit == "day" and shift == 0:
        return None
    if fiscal:
        unit = "year"
    if (unit in ("decade", "century") and shift == -1 and m["rel"].lower().startswith("the")
            or unit == "year" and not fiscal and " ".join(m["rel"].lower().split()) in ("the past", "the last")
            and not re.match(r"\s+of\b", c.after(m, 4))):
        # "the past decade" is the last ten years, not the previous calendar decade; "over the past year" the
        # twelve months before the report (P1Y, as the modern-news annotations give it), where a March story's
        # calendar year before is plainly wrong. "the last year of his term" is a year the text names
        return ("DURATION", N.duration(1, unit), None)
    return ("DATE", N.shift(c.published, unit, shift), None)


def h_day_word(m: re.Match[str], c: Context) -> Reading:
    word = " ".join(m["word"].lower().split())
    part = (m["part"] or "").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "this": 0, "last": -1}.get(word)
    if offset is None:
        return None
    if word == "tonight":
        part = "night"
    if word in ("this", "last") and not part or (word == "last" and part != "night"):
        return None
    if not part and word in ("today", "tomorrow") and _GENERIC_DAY.search(c.after(m, 30)) or (
            word == "tomorrow" and re.search(r"(?i)\bof\s+$", c.before(m, 5))):
        # "today's youth", "the world of tomorrow": the present age and the future, not a day
        return ("DATE", "PRESENT_REF" if word == "today" else "FUTURE_REF", None)
    if c.published is None:
        if word == "today" and not part:
            return ("DATE", "PRESENT_REF", None)
        return ("DATE", "XXXX-XX-XX", None) if not part else ("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", None)
    d = N.add_days(c.published, offset).isoformat()
    if part:
        return ("TIME", f"{d}T{PARTS_OF_DAY[part]}", None)
    return ("DATE", d, None)


_GENERIC_DAY = re.compile(
    r"(?i)^'s\s+(?:\w+\s+)?(?:world|youth|society|generation|young|children|kids|teenagers|students|economy|"
    r"consumers?|markets?|standards|technology|culture|families|family|workers|workplace|politics|"
    r"computers|cars|businesses|companies|industry|media|army|military|soldiers|women|men|people|parents|"
    r"fans|athletes|players|voters|schools|environment|climate|terms)\b")


def h_weekday(m: re.Match[str], c: Context) -> Reading:
    bare = past_as_preposition(c, m)
    if bare is not None:  # "pushed shares past Monday's low": the weekday, read without "past"
        reading = h_weekday(bare, c)
        return None if reading is None else [(m.start("wd"), m.end(), *reading)]
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    relation = _rel(m["rel"])
    possessive = m[0].lower().endswith("'s") or re.match(r"'s\b", c.after(m, 3)) is not None
    if possessive and m["rel"] and m["rel"].lower() == "following":
        # "following Tuesday's election": the preposition, not "the following Tuesday"
        reading = h_weekday(_fake({"wd": m["wd"], "rel": ""}, m), c)
        return None if reading is None else [(m.start("wd"), m.end(), *reading)]
    if c.published is None:
        v = f"XXXX-WXX-{wd}"
    else:
        # a possessive weekday ("Tuesday's vote") names what that day did: the one before, unless the clause
        # is told in the run-up to it ("ahead of Tuesday's vote"); words that tell its side decide first
        # ("Tuesday's attack")
        direction = c.direction(m)
        if possessive and relation is None and not direction.worded and not run_up(c, m):
            direction = N.Direction("past")
        day = N.date_of_weekday(c.published, wd, direction, relation)
        if (relation is None and not direction.worded and (c.published - day).days == N.WEEK_BACK
                and not _THAT_DAY.search(c.before(m, 8))):
            # tomorrow's weekday read six days back: the document date lags the story by a day ("IRNA said
            # on Friday" in a story dated Thursday and told on Friday) more often than news names a day six
            # days back without "last"; words that tell the day is past ("since", "the attack") keep it
            day = N.add_days(c.published, 1)
        elif (relation is None and not possessive and not direction.worded
              and ((c.published - day).days >= _PLAN_BACK or (day - c.published).days == N.WEEK_BACK)
              and planned_in_past(c, m)):
            # a plan told in the past ("the hearing was scheduled for Thursday" in a Tuesday story, "was set to
            # ratify the bill Tuesday" in a Wednesday one) names a day from the day before yesterday to five
            # days ahead: news tells a plan before its day, or the day after it on a page that lags its story.
            # A weekday read three to five days back lies ahead, one read six days ahead is yesterday's. Words
            # that tell the day is past decide first; a possessive names a thing ("would get around Wednesday's
            # ruling"), whose time is not the plan's
            day = N.add_days(day, 7 if day < c.published else -7)
        v = day.isoformat()
    # a weekday's part of the day ("Friday evening", "Tuesday night", "Monday morning") is a TIME whose
    # value ends in that part (1998-08-07TEV), as the TimeML guidelines, TimeBank (every time) and
    # HeidelTime give it; AQUAINT's APW and NYT files give the bare date in half of their mornings and
    # nights, and the same file goes both ways (docs/evaluation.md, issue #18, the part of the day)
    part = (m["part"] or "").lower()
    if part in PARTS_OF_DAY and c.published is not None:
        return ("TIME", f"{v}T{PARTS_OF_DAY[part]}", None)
    return ("DATE", v, None)


# a weekday of a plan told in the past read this many days back or more (up to five: six is tomorrow's) lies
# ahead, as one read six days ahead lies behind
_PLAN_BACK = 3

# "that Sunday": a day the story has named, not one near the document date
_THAT_DAY = re.compile(r"(?i)\b(?:that|the\s+same)\s+$")


# the unit a fraction of a unit is counted in, and how many of it make the unit
_FINER = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12), "month": ("day", 30),
          "week": ("day", 7), "day": ("hour", 24)}


def h_ago(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    n = number(m["num"])
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before", "back") else 1
    word = m["dir"].lower()
    if word == "later" or (word == "earlier" and unit not in ("year", "decade", "century")):
        # "three days later", "two years later", "an hour earlier": TimeML marks the offset, a duration, and
        # leaves the adverb out; it counts from the story's time, not the document's ("a year earlier" in
        # a results report is the year-ago period: a date)
        return [(m.start(), m.start("dir"), "DURATION", N.duration(n, unit), None)]
    if n is None or c.published is None:
        return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None)
    if n != int(n) and unit in _FINER:
        # "half a century ago", "two and a half years ago": the offset in the next finer unit, which
        # counts it whole (rounding 0.5 of a century to none put it in the document's own year)
        unit, factor = _FINER[unit]
        n *= factor
    n = int(round(n))
    p = c.published
    if unit == "year" and n == 1 and direction < 0:
        return ("DATE", _year_ago(c, m), None)
    if unit in ("decade", "century"):
        return ("DATE", f"{N.clamp_year(p.year + direction * n * (10 if unit == 'decade' else 100)):04d}", None)
    if unit in ("hour", "minute", "second"):
        return ("DATE", p.isoformat(), None)
    return ("DATE", N.shift(p, unit, direction * n), None)


_NOT_A_VERB_AFTER = re.compile(r"(?i)^(?:\s+(?:in|of|at|on|behind|for|and|or|a|an|the)\b|\s*[,.;:)]|\s*$)")


def h_duration(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    num = m["num"]
    n = number(num) if num else None
    if num and n is None and num.lower().strip() not in ("a few", "few", "several", "many", "some", "a couple of",
                                                         "couple of", "a couple", "a number of", "numerous",
                                                         "dozens of", "hundreds of", "thousands of"):
        return None
    if not num:
        if not unit_plural(m["unit"]) or not _DURATION_LEAD.match(m[0]):
            return None
    if unit == "second" and (not num or num.lower() in ("a", "an")):
        return None
    if (m[0].lower() in ("one day", "some day") and re.search(r"(?i)\b(?:will|would|could|may|might|can|should|to)\s+$",
                                                          c.before(m, 12))
            # "hopes to one day run", not "sentenced to one day in jail"
            and not _NOT_A_VERB_AFTER.match(c.after(m, 12))):
        return ("DATE", "FUTURE_REF", None)  # "Islam will one day be ...": some day, not a day's length
    if num and num.lower() in ("a", "an", "one") and unit_plural(m["unit"]) and not re.search(r"(?i)\bor\b", m[0]):
        return None  # "a weeks-long standoff": the article belongs to the noun ("one or two weeks" is counted)
    if unit == "quarter" and num and (
            (num.lower() in ("a", "an", "one") and re.match(r"\s+of\s+(?!an?\b)\w", c.after(m, 12)))
            or (num.lower() == "some" and not re.match(r"\s+of\b", c.after(m, 6)))):
        return None  # "a quarter of voters", "concern in some quarters": a fraction, a circle of people
    if unit == "quarter" and num and num.lower() in ("a", "an") and (
            not re.search(r"(?i)\b(?:in|for|within|during|over)\s+$", c.before(m, 10))
            or re.match(r"\s+(?:that|which|when|in\s+which)\b", c.after(m, 12))):
        # "only a quarter think", "a quarter-point cut", "a quarter mile": a share or a measure; "minimal in
        # a quarter that produced a loss": a quarter told of in passing, which TimeBank leaves untagged. A
        # quarter's length follows a preposition ("lost money in a quarter"; "in one quarter" counts it)
        return None
    before = c.before(m, 25)
    if num and num.lower() in ("a", "an"):
        if _GROWTH_RATE.search(before):
            return None  # "to grow 5% a year": a growth rate, no time
        if re.search(r"(?i)(?:\b(?:once|twice|thrice|times|percent|per|million|billion|dollars|cents)|[\d%])\s*$", before):
            return ("SET", N.duration(1, unit), None)
    if n is not None and n > 10000:
        return None
    if unit == "quarter" and num and re.fullmatch(YEAR4, num.strip()):
        return ("DATE", f"{num.strip()}-Q{N.add_quarters(*N.quarter_of(c.published), -1)[1]}"
                if c.published else f"{num.strip()}-QX", None)
    lead = _DURATION_LEAD.match(m[0])
    if not num and lead and re.fullmatch(r"(?i)(?:past|future)\s", lead[0]) and unit in ("year", "quarter", "decade",
                                                                                        "century", "month"):
        # "in past years", "in future quarters": an unbounded past or future, no stretch of counted time
        return ("DATE", "PAST_REF" if lead[0].lower().startswith("past") else "FUTURE_REF", None)
    if not num and lead and re.search(r"(?i)\b(?:recent|coming)\s", lead[0]):
        if unit in ("month", "week", "day"):
            # "in recent weeks", "in coming days": a stretch of unknown length up to (from) now
            return ("DURATION", N.duration(None, unit), None)
        return ("DATE", "PAST_REF" if "recent" in lead[0].lower() else "FUTURE_REF", None)
    if unit == "quarter" and (re.search(r"\w-quarters?$", m[0]) or re.match(
            r"\s+of\s+(?:the|a|an|its|their|his|her|our|all|this|that|these|those|every|each|\d)\b", c.after(m, 12))):
        return None  # "three-quarters of the vote": a fraction ("several quarters of losses" is time)
    reading = ("DURATION", N.duration(n, unit), None)
    if m[0][:4].lower() == "the " and num and (not unit_plural(m["unit"]) or "-" in m[0]):
        # "the two-week strike": the determiner belongs to the noun, not the timex
        return [(m.start("num"), m.end(), *reading)]
    return reading


_DURATION_LEAD = re.compile(r"(?i)(?:the\s+)?(?:past|last|next|coming|previous|following|first|recent|latest|"
                            r"final|remaining|ensuing|preceding|prior|initial|additional|same|future)\s")


# A unit of time after a percentage is the denominator of a growth rate ("to rise 8.5% annually", "grow 5%
# a year"), after a counted noun and "per" that of a speed ("15 million instructions per second", "1,800
# meters per minute"): TimeBank and AQUAINT tag none of them. Other rates ("$2 million a year", "four flights a week") they tag as a SET about
# one time in three, and the two halves of the set disagree on which way is better, so those stay SETs.
_GROWTH_RATE = re.compile(r"(?i)(?:%|\bper\s*cent|\bpercent)\s*$")
_QUANTITY_BEFORE = re.compile(r"(?i)(?:\d|\b(?:million|billion|thousand|hundred|dozen)s?)\s+(?!dollars|cents)[a-z][a-z-]*s\s+$")


def _rate(c: Context, m: re.Match[str], per: bool) -> bool:
    before = c.before(m, 40)
    return _GROWTH_RATE.search(before.rstrip()) is not None or (per and _QUANTITY_BEFORE.search(before) is not None)


def unit_plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") or w in ("centuries", "millennia")


def h_bare_units(m: re.Match[str], c: Context) -> Reading:
    unit = unit_name(m["unit"])
    return ("DURATION", N.duration(None, unit), None)


# the words before a bare plural unit that make it a noun, not a measure ("the days after", "his first
# weeks after"); a number before it is read by the counted rules, which take the longer span
_NOUN_BEFORE_UNITS = re.compile(r"(?i)\b(?:the|these|those|this|that|his|her|its|their|our|my|your|whose|of|first|"
                                r"last|final|early|initial|following|previous|same|recent|coming|next|past|few|"
                                r"many|several|some|two|three|four|five|\d+)\s*$")


def h_bare_measure(m: re.Match[str], c: Context) -> Reading:
    """"hours after the attack", "days before the vote": a vague duration (PTXH, PXD) measuring the
    distance to an event; after a determiner or an adjective the unit is a noun ("in the days after")."""
    if _NOUN_BEFORE_UNITS.search(c.before(m, 16)):
        return None
    return h_bare_units(m, c)


def h_set(m: re.Match[str], c: Context) -> Reading:
    what = m["what"]
    low = what.lower()
    if m[0][:3].lower() == "per" and _rate(c, m, per=True):
        return None  # "15 million instructions per second": a rate
    n = number(m["num"]) if m["num"] else 1
    if m["other"]:
        n = 2
    if low.rstrip(".") in WEEKDAYS:
        part = (m["part"] or "").lower()  # "every Tuesday morning"
        return ("SET", f"XXXX-WXX-{WEEKDAYS[low.rstrip('.')]}" + (f"T{PARTS_OF_DAY[part]}" if part else ""), None)
    if low in MONTHS:
        return ("SET", f"XXXX-{MONTHS[low]:02d}", None)
    if low in SEASONS:
        return ("SET", f"XXXX-{SEASONS[low]}", None)  # "every summer", as "each July" is XXXX-07
    if low in PARTS_OF_DAY:
        return ("SET", "P1D", None)  # "every morning": once a day
    return ("SET", N.duration(n or 1, unit_name(low)), None)


_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
               "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M", "fortnightly": "P2W"}


def h_adverb_set(m: re.Match[str], c: Context) -> Reading:
    if _rate(c, m, per=False):
        return None  # "to rise 8.5% annually": a growth rate
    return ("SET", _ADVERB_SET[m[0].lower()], None)


def h_weekday_set(m: re.Match[str], c: Context) -> Reading:
    wd = WEEKDAYS[m["wd"].lower()]
    part = (m["part"] or "").lower().rstrip("s")
    return ("SET", f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[part]}" if part in PARTS_OF_DAY else ""), None)


def h_weekday_parts_set(m: re.Match[str], c: Context) -> Reading:
    """"Tuesday nights", "on Monday and Tuesday nights": every such night (each weekday its own SET)."""
    part = PARTS_OF_DAY[m["part"].lower().rstrip("s")]
    second = ("SET", f"XXXX-WXX-{WEEKDAYS[m['wd2'].lower()]}T{part}", None)
    if not m["wd1"]:
        return second
    first = ("SET", f"XXXX-WXX-{WEEKDAYS[m['wd1'].lower()]}T{part}", None)
    return [(m.start("wd1"), m.end("wd1"), *first), (m.start("wd2"), m.end(), *second)]


_REF = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
        "the present": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
        "previously": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF", "soon": "FUTURE_REF",
        "the future": "FUTURE_REF", "future": "FUTURE_REF", "shortly": "FUTURE_REF"}


def h_ref(m: re.Match[str], c: Context) -> Reading:
    word = " ".join(m[0].lower().split())
    if word.startswith("then"):
        return ("DATE", "PAST_REF", None)  # "the then current price": current back then
    if word in _REF:
        return ("DATE", _REF[word], None)
    if "future" in word or "term" in word:
        return ("DATE", "FUTURE_REF", None)
    if "past" in word or "recent" in word:
        return ("DATE", "PAST_REF", None)
    return ("DATE", "PRESENT_REF", None)


def h_nth_day(m: re.Match[str], c: Context) -> Reading:
    """"It's the second day of the strike", "today is the eighth day of the siege": the day the story is
    told, when a present-tense "is" names it."""
    if c.published is None:
        return None
    return ("DATE", c.published.isoformat(), None)


def h_later_date(m: re.Match[str], c: Context) -> Reading:
    """"at a later date", "at some future time": a time after now; "an earlier date": one before."""
    return ("DATE", "PAST_REF" if "earlier" in m[0].lower() else "FUTURE_REF", None)


def h_clock(m: re.Match[str], c: Context) -> Reading:
    if re.search(r"\d.{0,12}\(\s*$", c.before(m, 16)) and c.after(m, 2).lstrip().startswith(")"):
        return None  # "11:20 a.m. (0820 GMT)": the same time restated in another zone
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    pod = " ".join((m["pod"] or "").split()).lower() if "pod" in m.re.groupindex else ""
    if ampm in ("", "o'clock") and pod:
        # "3 o'clock in the morning", "8 in the evening", "11 at night"
        if pod.endswith(("afternoon", "evening")) or (pod.endswith("night") and 6 <= h < 12):
            ampm = "pm"
        elif pod.endswith("morning"):
            ampm = "am"
        elif pod.endswith("night") and h == 12:
            h, ampm = 24, ""  # "12 at night": midnight, the end of that day
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    if "onday" in m.re.groupindex and m["onday"] and not m["dday"]:
        # "2:30 p.m. on Monday": the weekday stays outside the extent but dates the time
        date = _anchor_date(_fake({"dday": m["onday"]}, m), c)
    else:
        date = _anchor_date(m, c)
    return ("TIME", f"{date}T{h:02d}:{mi:02d}", None)


def h_clock_part(m: re.Match[str], c: Context) -> Reading:
    """An hour told by its part of the day ("at 4 in the morning"): read as a clock time. The match starts
    at the preposition before the hour, which stays outside the extent."""
    reading = h_clock(m, c)
    if reading is None:
        return None
    type_, value, mod = reading
    if m["pday"]:  # the day of a restatement in brackets, as h_clock takes a following weekday
        value = _anchor_date(_fake({"dday": m["pday"]}, m), c) + value[10:]
    return [(m.start("h"), m.end(), type_, value, mod)]


def _anchor_date(m: re.Match[str], c: Context) -> str:
    day = (m["dday"] or "").strip()
    p = c.published
    if not day:
        return p.isoformat() if p else "XXXX-XX-XX"
    low = day.lower()
    if low in ("today", "tonight", "yesterday", "tomorrow"):
        if p is None:
            return "XXXX-XX-XX"
        return N.add_days(p, {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[low]).isoformat()
    if low.rstrip(".") in WEEKDAYS:
        if p is None:
            return "XXXX-XX-XX"
        # "until 9 a.m. Tuesday": a deadline ahead
        return N.date_of_weekday(p, WEEKDAYS[low.rstrip(".")], c.direction(m)).isoformat()
    mm = re.match(r"(\S+)\s+(\d+)", day)
    if mm and _month(mm[1]) and p is not None:
        d = N.date_of_month_day(p, _month(mm[1]), _day(mm[2]), c.direction(m))
        if d:
            return d.isoformat()
    return p.isoformat() if p else "XXXX-XX-XX"


def h_noon(m: re.Match[str], c: Context) -> Reading:
    word = m["nw"].lower()
    hhmm = "24:00" if word == "midnight" else "12:00"
    if not m["dday"] and m["dday2"]:  # "noon Friday": the day may follow
        m = _fake({"nw": m["nw"], "dday": m["dday2"]}, m)
    return ("TIME", f"{_anchor_date(m, c)}T{hhmm}", None)


def h_year_adj(m: re.Match[str], c: Context) -> Reading:
    word = m[0].lower()
    if c.published is None:
        return ("DATE", "PAST_REF" if "end" not in word else "XXXX-12-31", None)
    y = c.published.year
    if "end" in word:
        if c.direction(m).sense == "past" and c.published.month < 12:
            y -= 1  # "the change since year-end", "year-end net was below": the last one that passed
        return ("DATE", f"{y:04d}-12-31", None)
    return ("DATE", _year_ago(c, m), None)


def h_weekend(m: re.Match[str], c: Context) -> Reading:
    rel = (m["rel"] or "").lower()
    if not rel:
        return None
    if c.published is None:
        return ("DATE", "XXXX-WXX-WE", None)
    relation = _rel(rel) if rel != "the" else None
    sense: str | None
    if relation == 0:  # "this weekend": the coming one on a weekday, the current one on a weekend
        sense = "future" if c.published.isoweekday() < 6 else "past"
    elif relation is not None:
        sense = "past" if relation < 0 else "future"
    else:
        sense = c.direction(m).sense
    # the Saturday on or before the document date for a past weekend, on or after it for a coming one
    saturday = N.date_of_weekday(c.published, 6, N.Direction("future" if sense in ("future", "present") else "past"))
    return ("DATE", N.week(saturday) + "-WE", None)


def h_time_of_day(m: re.Match[str], c: Context) -> Reading:
    part = m["part"].lower()
    if c.published is None:
        return ("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", None)
    return ("TIME", f"{c.published.isoformat()}T{PARTS_OF_DAY[part]}", None)


def h_the_year(m: re.Match[str], c: Context) -> Reading:
    """"the year ended June 30" is a year-long period; "for the year" the document's year."""
    if m["ended"]:
        return ("DURATION", "P1Y", None)
    if c.published is None:
        return None
    if m["full"] and m["full"].lower() == "fiscal":
        return ("DATE", f"{c.published.year:04d}", None)
    return ("DATE", f"{c.published.year:04d}", None)


def h_latest_period(m: re.Match[str], c: Context) -> Reading:
    """"the latest period" in a quarterly report: the last quarter that ended."""
    if c.published is None or not _quarter_context(c, m):
        return None
    y, q = N.add_quarters(*N.quarter_of(c.published), -1)
    return ("DATE", f"{y:04d}-Q{q}", None)


def h_year_end(m: re.Match[str], c: Context) -> Reading:
    """"year end", "year's end": the end of the story's year (TimeML: the year, mod END)."""
    if c.published is None:
        return None
    return ("DATE", f"{c.published.year:04d}", "END")


def h_mid_year(m: re.Match[str], c: Context) -> Reading:
    return ("DATE", m["year"], "MID")


def h_edge_of_unit(m: re.Match[str], c: Context) -> Reading:
    if c.published is None:
        return None
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}[m["edge"].lower()]
    return ("DATE", N.shift(c.published, m["unit"].lower(), 0), mod)


def h_anaphor(m: re.Match[str], c: Context) -> Reading:
    """"that day", "the next morning", "the day before": read against the document date here; the
    narrative pass (``_narrative``) re-reads them against the latest date the story named."""
    unit = (m["unit"] or "day").lower()
    rel = (m["rel"] or "").lower()
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1,
            "before": -1}.get(rel, 0)
    if c.published is None:
        if unit in PARTS_OF_DAY:
            return ("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", None)
        return ("DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX",
                         "quarter": "XXXX-QX"}.get(unit, "XXXX"), None)
    if unit in PARTS_OF_DAY:
        return ("TIME", f"{N.add_days(c.published, step).isoformat()}T{PARTS_OF_DAY[unit]}", None)
    return ("DATE", N.shift(c.published, unit, step), None)


def h_unit_long(m: re.Match[str], c: Context) -> Reading:
    """"a day-long meeting", "a year-long strike": one unit; "a 2-year-long war", "a three-day-long strike"."""
    n = number(m["num"]) if m["num"] else 1
    return ("DURATION", N.duration(n if n is not None else 1, unit_name(m["unit"])), None)


def h_and_a_half(m: re.Match[str], c: Context) -> Reading:
    """"a minute and a half", "two years and a half", "the past decade and a half"."""
    if not m["num"] and not m["the"]:
        return None
    n = number(m["num"]) if m["num"] else 1
    if n is None:
        return None
    if m["ago"] and not m["the"]:
        # "a year and a half ago": a date, counted as "one and a half years ago" is
        return h_ago(_fake({"num": str(n + 0.5), "unit": m["unit"], "dir": "ago"}, m), c)
    return ("DURATION", N.duration(n + 0.5, unit_name(m["unit"])), None)


def h_quarter_century(m: re.Match[str], c: Context) -> Reading:
    """"a quarter-century", "a quarter of a century", "the past quarter century": 25 years, not a quarter
    of a year or a century; "a quarter-century ago" the year 25 years back."""
    if m["ago"] and not m[0].lower().startswith("the"):
        return h_ago(_fake({"num": "25", "unit": "years", "dir": "ago"}, m), c)
    return ("DURATION", "P25Y", None)


def h_half_unit(m: re.Match[str], c: Context) -> Reading:
    """"the past half century", "the last half-decade", "the next half year": half the unit, a duration
    ("the past" alone was a past reference)."""
    return ("DURATION", N.duration(0.5, unit_name(m["unit"])), None)


def h_anaphor_part(m: re.Match[str], c: Context) -> Reading:
    """"that night", "the next morning": as ``h_anaphor``, for the parts of a day."""
    return h_anaphor(m, c)
