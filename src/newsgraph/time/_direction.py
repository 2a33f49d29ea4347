"""Which way a relative expression points from the document date, and how far: one reading for every
weekday, month, month-day, holiday, season and weekend named without its year or week.

``read`` returns a ``Direction`` (``_normalise``): a sense ("past", "future", "present" or None) and how
many days back and ahead that sense may carry a date. The evidence, strongest first:

1. what the expression names: an attack or a bombing named by its date is over ("the Sept. 11 attacks");
   an election named by it lies ahead unless the clause tells it in the past ("November's election");
   a "when" clause after it tells what happened then, or will ("in October, when a plane was downed",
   "October, when voters will elect a mayor"), and its tense reaches a year;
2. a word just before it: "since" looks back a year; a reporting period that ended ("the year ended
   Jan. 31") is the last one; a bound ("until", "by", "as soon as", "starting") looks ahead, unless the
   clause is in the past perfect ("had filed by Wednesday"), a negated past ("was not told until
   Friday": it happened then), or a past that tells what was done by then ("By Monday night, she
   released a statement", "was shot shortly before midnight Friday"); an arrangement ("scheduled a news conference Thursday") or a schedule not
   told in the past ("the trial is set for Jan. 12") looks ahead a year; a weekday or a month named
   alone in the run-up to its thing ("ahead of Tuesday's vote", "in the run-up to November's election")
   looks ahead, whatever the tense of the clause;
3. the tense and aspect of the clause (``_tense``): a future auxiliary of the clause's own verb looks
   ahead a year ("will fly in December" in a March story); a verb in the simple past that the date is the
   time of ("a jury convicted him in January"), or a month fronted in a past sentence ("In January, the
   company ..."), looks back a year; any other tense carries the usual reach (``_PAST_REACH``,
   ``_FUTURE_REACH``), beyond which the nearest occurrence wins.

A relation word the expression carries ("last", "next", "this") decides before any of these
(``_context._rel`` and ``_normalise.pick``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import _normalise as N
from ._lexicon import MONTH_FULL, WEEKDAY
from ._normalise import Direction
from ._tense import _IRREGULAR_PAST, _NOT_PAST_ED, _PRESENT_BE, _RIGHT_END, clause_before, plainly_past_words, tense_from_words

if TYPE_CHECKING:  # pragma: no cover
    from ._context import Context

__all__ = ["Direction", "planned_in_past", "read", "run_up"]

_AHEAD_A_YEAR = N.YEAR_REACH
# a story dated a few days after the day its schedule names still tells it in the present
_LAG = 10
_BACK_A_YEAR = N.YEAR_REACH

# --- 1. what the date names ----------------------------------------------------------------------
# a violent event named by its date ("the Aug. 7 bombings", "the Sept. 11 terrorist attacks", "a Wednesday
# night house explosion") has happened
_PAST_EVENT_AFTER = re.compile(
    r"(?i)^(?:'s)?\s+(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|shootings?|killings?|massacres?|assaults?|raids?|"
    r"blasts?|explosions?|slayings?|murders?|crash(?:es)?|ambush(?:es)?|hijackings?|beheadings?|stabbings?)\b")
# a vote named by its date ("in November's general election") is the coming one unless told in the past
_VOTE_AFTER = re.compile(r"(?i)^(?:'s)?\s+(?:(?:general|presidential|congressional|parliamentary|legislative|"
                         r"local|national|municipal|state|federal|midterm|special)\s+)?(?:elections?|midterms|vote|"
                         r"ballot|referendum|primary|primaries|runoffs?|polls)\b")

# a "when" clause right after the date says what happened (or will happen) then: its tense is the date's
_WHEN_AFTER = re.compile(r"(?i),?\s+when\s+")
# the first verb of the clause: a future auxiliary, a past form, or a present one (which decides nothing)
_WHEN_VERB = re.compile(r"(?i)\b(?P<future>will|shall|won't)\b|\w'll\b|\b(?P<past>was|were|had|did|" + _IRREGULAR_PAST +
                        r"|[a-z]{2,}ed)\b|\b(?P<present>" + _PRESENT_BE + r"|are|has|have|do|does|can|may|might|must|would|could|should)\b")
_PLAN = re.compile(r"(?i)\b(?:scheduled|planned|set|due|supposed|expected|slated|meant)\s+to\b")

# --- 2. words before the date --------------------------------------------------------------------
_SINCE = re.compile(r"(?i)\bsince\s+(?:[^\s.,;:!?]+\s+){0,4}$")
# the latest of things that happened ("met three times, most recently on May 8", "as recently as Monday")
_RECENTLY = re.compile(r"(?i)\b(?:most\s+recently|as\s+recently\s+as)\s*,?\s+(?:on\s+|in\s+|at\s+)?$")
# "the fiscal year ended Jan. 31": a reporting period that has ended
_PERIOD_ENDED = re.compile(r"(?i)\b(?:quarter|year|months|weeks|period|half)\s+ended\s+$")
# a bound just before the date: "as soon as Tuesday", "until Friday", "by Jan. 14"
_BOUND = re.compile(r"(?i)(?:\b(?P<past>from\s+last)|\b(?P<future>as\s+(?:soon|early)\s+as|no\s+later\s+than|"
                    r"starting|beginning|until|till|before|by))\s+(?:on\s+)?$")
# a deadline the story looks back on: "had filed by Wednesday", "until Thursday, they had not called"
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:not\s+|never\s+|already\s+|only\s+)?(?:been\s+)?"
                           r"(?!(?:to|a|an|the|no|some|any|its|their|his|her|our|my|your|until|till|by|been)\b)"
                           r"[a-z]+\b(?!\s+to\b)")
# a negated past ("wasn't informed", "did not learn"): with "until" it says when the thing did happen
_NEGATED_PAST = re.compile(r"(?i)\b(?:was|were|did|could|had)(?:n't|\s+not)\b|\bnever\b")
# words of planning or expecting between a negation and its bound ("did not expect it to reopen until")
_PLANNING = re.compile(r"(?i)\b(?:expect|plan|intend|want|hope|schedul|due\b|set\s+to|likely|going\s+to|mean\b|meant\b|"
                       r"wish|aim|propos|anticipat|predict|foresee)")
# what may stand between a negated past and its bound: the verb, a passive's infinitive ("forced to resign"),
# a short object ("learn of it")
_NEGATED_VERB = re.compile(r"(?i)^\s*(?:\w+ly\s+)?(?:be\s+|been\s+)?[a-z]+(?:\s+to\s+[a-z]+)?(?:\s+(?!to\b)[\w'-]+){0,3}\s*$")
# a bound a verb in the past follows ("who until Tuesday was a candidate"): a state that held until then
_BOUND_OVER = re.compile(r"(?i)^\s*(?:was|were|had|did)\b")
# a bound that opens its sentence ("By Monday night, ...", "Until March, ...")
_FRONTED_BOUND = re.compile(r"(?:^|[.!?\n]\s*|\n)(?:(?:But|And|Yet|So)\s+)?(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore)\s+(?:on\s+)?$")
_BEFORE = r"(?:shortly\s+|just\s+|hours\s+|minutes\s+|days\s+)?before"
# an event someone arranged ("has scheduled a news conference Thursday", "planned a march on Saturday")
# comes after the arranging, whatever the tense of the verb
_ARRANGED = re.compile(r"(?i)\b(?:scheduled|planned|slated|arranged)\s+(?:an?|the|his|her|its|their|two|three)\s+"
                       r"(?:[\w'-]+\s+){0,6}(?:on\s+|for\s+)?$")
# a thing the clause is told in the run-up to ("ahead of Tuesday's vote", "in advance of a Friday meeting",
# "in the run-up to November's election") is still to come when its run-up is told, whatever the tense of
# the verb: the date in its noun phrase looks ahead. "got ahead of him Monday" and "ahead of schedule" name no
# such thing. "On the eve of" tells a story's past as often as its run-up ("on the eve of his election in
# June, the court ..."): a weekday's only.
_RUN_UP = re.compile(r"(?i)\b(?:ahead|in\s+advance)\s+of\s+(?!(?:him|her|them|it|us|me|you|schedule|time|"
                     r"expectations|others|rivals)\b)(?:[\w.'\u2019-]+\s+){0,5}(?:on\s+|in\s+)?$|"
                     r"\b(?:run|lead)-up\s+to\s+(?:[\w.'\u2019-]+\s+){0,5}(?:on\s+|in\s+)?$")
# what the run-up dates: a weekday (with its part of the day) or a month, alone ("Tuesday's", "November")
_WEEKDAY_ALONE = re.compile(r"(?i)" + WEEKDAY + r"(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?")
_MONTH_ALONE = re.compile(r"(?i)" + MONTH_FULL + r"(?:['\u2019]s)?")
_EVE = re.compile(r"(?i)\bon\s+the\s+eve\s+of\s+(?:[\w.'\u2019-]+\s+){0,5}(?:on\s+)?$")
# a date a schedule names ("is set for Jan. 12", "scheduled to begin on March 3")
_SCHEDULED_FOR = re.compile(r"(?i)\b(?:scheduled|set|slated|planned|due|penciled|pencilled|rescheduled)\s+"
                            r"(?:(?:to\s+\w+\s+)?(?:for|on|in)\s+)?(?:early\s+|mid-?|late\s+)?$")

# a present-tense verb of a schedule whose time is the date ("the fiscal year, which ends Sept. 30", "the
# TPA expires on July 1", "coverage that takes effect in January", "funding runs out March 27"): news tells
# what is planned in the present, so it looks ahead a year (a date in the simple past is "ended", "expired")
_SCHEDULE_PRESENT = re.compile(r"(?i)\b(?:ends|begins|starts|expires|resumes|reopens|opens|closes|convenes|adjourns|"
                               r"(?:takes|goes)\s+(?:into\s+)?effect|runs\s+out|kicks\s+off|(?:is|are|comes|come)\s+due)\s+"
                               r"(?:on\s+|in\s+)?(?:early\s+|mid-?|late\s+)?$")

# a new end put on something ("the waiver has since been extended to Aug. 31", "an extension to Nov. 15",
# "the delay until Easter", "postponed the vote until March 3"): the end lies after the putting, which
# the story tells near its date, so it looks ahead a year whatever the tense of the putting
_EXTENDED_TO = re.compile(r"(?i)\b(?:extend(?:s|ed|ing)?|extensions?|postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|"
                          r"push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|defer(?:s|red|ring)?)\s+"
                          r"(?:[\w,'’-]+\s+){0,6}?(?:to|until|till|through|past)\s+(?:early\s+|mid-?|late\s+)?$")
# ... unless the story looks back on an end set before ("had been extended to Oct. 31")
_HAD_BEFORE = re.compile(r"(?i)\bhad\s+(?:not\s+|already\s+)?(?:been\s+)?$")

# the schedule word told in the past by its auxiliary ("was scheduled for", "had been set for"); without one
# it is a participle that names the plan ("hearings scheduled for Wednesday"), whose past says nothing
_SCHEDULE_TOLD = re.compile(r"(?i)\b(?:was|were|had|been|got|'d)\s+(?:\w+ly\s+)?$")

# a plan told in the past whose time the date is ("the hearing was scheduled for Thursday", "the depositions they
# had planned for Thursday", "was to meet on Wednesday", "a reply would go to the council on Friday"): news
# tells such a plan before its day, whose weekday lies in the coming week (``planned_in_past``). "would not
# comment" is a refusal the story reports, and "would have" a thing that did not happen: neither is a plan.
_PLANNED_PAST = re.compile(
    r"(?i)\b(?:(?:was|were|had\s+been|'d\s+been)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?:scheduled|slated|due|planned|expected|supposed|meant|penciled|pencilled|teed\s+up|set(?=\s+(?:for|to)\b))"
    r"|had\s+(?:\w+ly\s+)?(?:planned|scheduled|arranged|intended)"
    r"|(?:was|were)\s+(?:\w+ly\s+)?(?:to|going\s+to|about\s+to)"
    r"|would\s+(?!not\b|never\b|have\b)(?:\w+ly\s+)?(?:be\s+)?[a-z]+)\b")
# what ends the plan's reach between it and the date: a verb of saying ("would resign, he said Monday"), a
# perfect infinitive ("was supposed to have been returned Wednesday": a thing due before), or a verb in the
# past that no auxiliary carries ("a deal that would have provided ... he signed Thursday", "shipments that
# left China from Friday"): the date is that verb's
_PLAN_BREAK = re.compile(r"[,;:\"\u201c\u201d]")
_PLAN_ENDS = re.compile(
    r"(?i)\b(?:said|says|told|tells|announced|added|noted|wrote|insisted|stressed|reported|according)\b"
    r"|\bto\s+have\b"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bis\s)"
    r"(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bget\s)(?<!\bgot\s)\b(?:" + _IRREGULAR_PAST + r"|" + _NOT_PAST_ED + r"[a-z]{2,}ed)\b")


def planned_in_past(c: Context, m: re.Match[str]) -> bool:
    """Whether the expression at ``m`` is the time of a plan told in the past ("was scheduled for Thursday",
    "had planned for Friday", "was to meet on Wednesday", "would be sent to Congress on Friday")."""
    clause = clause_before(c.text, m.start())
    plans = list(_PLANNED_PAST.finditer(clause))
    if not plans:
        return False
    plan = plans[-1]  # the nearest plan before the date
    between = clause[plan.end():]
    if _PLAN_BREAK.search(between) or _PLAN_ENDS.search(between):
        return False
    # a plan in the past perfect with its infinitive ("had been due to expire Friday", "had been expected to
    # flee on Tuesday") is one the story looks back on, as ``_tense`` reads it; "had been set for Thursday" is not
    return not (plan[0].lower().startswith(("had", "'d")) and re.match(r"\s*to\b", between))


# --- 3. the clause -------------------------------------------------------------------------------
# a photo caption tells what the picture shows in the present ("Protesters gather in Tahrir Square on
# Sunday", "Kerry arrives at Ben Gurion airport on Sunday"): the picture was taken, so the present is no
# schedule. A caption is told by the gallery's or the credit's words next to its sentence.
# a gallery's words before the caption ("Hide Caption 3 of 12 Photos: Crisis in Ukraine - ...", "Hide caption ...");
# a slideshow's "Previous Next" ends its last caption and may stand before the story's first sentence
_CAPTION_BEFORE = re.compile(r"(?i)\bhide\s+caption\b|\bphotos?\s*:|\bimage\s+caption\b")
# a credit after it ("(Photo: Jason DeCrow, AP)", "| Susan Walsh/AP Photo", "Mandel Ngan/AFP/Getty Images"); a
# "FILE PHOTO:" after a sentence opens the next caption and says nothing of this one
_CAPTION_AFTER = re.compile(r"(?i)\bhide\s+caption\b|\(\s*photos?\b|\bphoto\s+(?:by|credit)\b|\bAP\s+Photo\b|"
                            r"\bgetty\s+images\b|\bprevious\s+next\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CAPTION_REACH = 80
# a future auxiliary of the clause's own verb group ("will be named ... for a mission in December")
_WILL = re.compile(r"(?i)\b(?:will|shall|won't)\s+(?:not\s+|also\s+|soon\s+)?(?:be\s+)?\w+\b|\w'll\b")
# "In January, the company brought in ...": a date fronted in its sentence
_FRONTED_IN = re.compile(r"(?:^|[.!?\n]\s*|\n)[Ii]n\s+$")


def after_since(c: Context, m: re.Match[str]) -> bool:
    """Whether "since" governs the expression ("since the Oct. 23 slaying", "has risen since Monday")."""
    return _SINCE.search(c.text, max(0, m.start() - 45), m.start()) is not None


def _bound(c: Context, m: re.Match[str]) -> str | None:
    """The sense a bound word just before the expression gives it ("past"; "happened" when the clause says
    the thing happened then; "future"), or None when there is none."""
    cue = _BOUND.search(c.before(m, 25))
    if cue is None:
        return None
    if cue.lastgroup == "past":
        return "past"
    word = cue[0].split()[0].lower()
    if word in ("until", "till", "by") and \
            _PAST_PERFECT.search(c.text, max(0, m.start() - 60), min(len(c.text), m.end() + 60)):
        return "past"
    clause = clause_before(c.text, m.start()) if word in ("until", "till") else ""
    negations = list(_NEGATED_PAST.finditer(clause))
    if negations:
        negated = negations[-1]  # the last negation before the bound
        # "was not told until Friday", "did not learn of it until Monday", "was not forced to resign until
        # Feb. 13": it happened then. A plan or a hope denied ("did not expect the plant to reopen until
        # March") or a negation of another verb ("weren't happy with the decision to wait until Sept. 9")
        # says nothing of when.
        between = clause[negated.end():len(clause) - len(cue[0])]
        return "happened" if _NEGATED_VERB.match(between) and not _PLANNING.search(between) else "past"
    if word in ("until", "till") and _BOUND_OVER.match(c.after(m, 12)):
        return "happened"
    return "future"


def _when_clause(c: Context, m: re.Match[str]) -> str | None:
    """The tense of a "when" clause that tells what the date was ("in October, when a plane was
    downed", "in August, when parliament will be in recess"): "past", "future" or None. A plan told in
    the past ("when the vote was scheduled to take place") says nothing of the date."""
    w = _WHEN_AFTER.match(c.text, m.end())
    if w is None:
        return None
    end = _RIGHT_END.search(c.text, w.end(), min(len(c.text), w.end() + 120))
    clause = c.text[w.end():end.start() if end else w.end() + 120]
    if _PLAN.search(clause):
        return None
    verb = _WHEN_VERB.search(clause)
    return verb.lastgroup if verb is not None and verb.lastgroup in ("past", "future") else None


def _caption(c: Context, m: re.Match[str]) -> bool:
    """Whether the expression's sentence is a photo caption: a caption mark ends the sentence before it
    (a gallery's "Hide Caption 3 of 12 Photos: ...") or follows its own end (a credit, "(Photo: ...)")."""
    text = c.text
    lo = max(0, m.start() - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, m.start()))
    start = ends[-1].end() if ends else lo
    end_m = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 300))
    end = end_m.end() if end_m else min(len(text), m.end() + 300)
    return (_CAPTION_BEFORE.search(text, max(0, start - _CAPTION_REACH), start) is not None
            or _CAPTION_AFTER.search(text, end, min(len(text), end + _CAPTION_REACH)) is not None)


def _own_past(c: Context, m: re.Match[str], scheduled: re.Match[str]) -> bool:
    """Whether the past the clause is told in is the schedule participle's own ("hearings scheduled for
    Wednesday will ..."): the clause read without it is not in the past."""
    start = m.start() - len(c.before(m, 30)) + scheduled.start()
    masked = c.text[:start] + " " * (m.start() - start) + c.text[m.start():]
    return tense_from_words(masked, m.start(), m.end()) != "past"


def run_up(c: Context, m: re.Match[str]) -> str | None:
    """"weekday" or "month" when the expression at ``m``, a weekday or a month named alone, dates a thing
    the clause is told in the run-up to ("ahead of Tuesday's vote", "ahead of November's election"), else
    None. A day of the month is none: a story told just after it names it so as often ("in the run-up to
    the June 7 poll" in October), and the rules below weigh it."""
    said = c.text[m.start():m.end()]
    before = c.before(m, 70)
    if _WEEKDAY_ALONE.fullmatch(said):
        kind, cue = "weekday", _RUN_UP.search(before) or _EVE.search(before)
    elif _MONTH_ALONE.fullmatch(said):
        kind, cue = "month", _RUN_UP.search(before)
    else:
        return None
    return kind if cue is not None else None


def read(c: Context, m: re.Match[str]) -> Direction:
    """The direction of the expression at ``m`` (see the module's docstring)."""
    after = c.after(m, 40)
    if _PAST_EVENT_AFTER.match(after):
        return Direction("past", back=_BACK_A_YEAR, worded=True)
    when = _when_clause(c, m)
    if when == "past":
        return Direction("past", back=_BACK_A_YEAR, worded=True)
    if when == "future":
        return Direction("future", ahead=_AHEAD_A_YEAR, worded=True)
    window = c.before(m, 80)
    extended = _EXTENDED_TO.search(window)
    if extended and not _HAD_BEFORE.search(window, 0, extended.start()):
        return Direction("future", ahead=_AHEAD_A_YEAR)  # "has since been extended to ..." too
    before = c.before(m, 30)
    if after_since(c, m) or _PERIOD_ENDED.search(before) or _RECENTLY.search(before):
        return Direction("past", back=_BACK_A_YEAR, worded=True)
    bound = _bound(c, m)
    if bound == "past":
        return Direction("past")
    if bound == "happened":
        # the words say the thing happened then (or held until then), as a verb in the simple past whose
        # time the date is does: a year back ("was not forced to resign until Feb. 13" in January)
        return Direction("past", back=_BACK_A_YEAR, worded=True)
    if _ARRANGED.search(c.before(m, 70)):
        return Direction("future", ahead=_AHEAD_A_YEAR)
    ahead = run_up(c, m)
    if ahead is not None:
        # a weekday lies within the week ahead; a month within the year ahead ("ahead of November's
        # midterms" in May, whatever the tense of the clause)
        return Direction("future", ahead=_AHEAD_A_YEAR) if ahead == "month" else Direction("future")
    if _SCHEDULE_PRESENT.search(before):
        return Direction("future", ahead=_AHEAD_A_YEAR, lag=_LAG)
    tense = c.tense(m)
    if tense == "present" and _caption(c, m):
        return Direction("past")
    if bound == "future":
        # a bound looks ahead ("was extended until Friday", "asked him to reply by Wednesday"), unless a
        # past clause tells what was done by then: the bound fronted in its sentence ("By Monday night,
        # she released a statement"), or "before" after a verb in the simple past ("was shot shortly
        # before midnight Friday")
        if tense == "past" and (_FRONTED_BOUND.search(c.before(m, 12))
                                or plainly_past_words(c.text, m.start(), _BEFORE)):
            return Direction("past")
        return Direction("future")
    scheduled = _SCHEDULED_FOR.search(before)
    if (tense != "past" and (scheduled or _VOTE_AFTER.match(after))) or (
            scheduled and not _SCHEDULE_TOLD.search(before, 0, scheduled.start()) and _own_past(c, m, scheduled)):
        return Direction("future", ahead=_AHEAD_A_YEAR)
    if tense == "future" and _WILL.search(clause_before(c.text, m.start())):
        return Direction("future", ahead=_AHEAD_A_YEAR)
    if tense == "past" and (c.plainly_past(m) or (_FRONTED_IN.search(c.before(m, 6)) and after[:1] == ",")):
        return Direction("past", back=_BACK_A_YEAR)
    return Direction(tense)
