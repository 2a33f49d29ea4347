"""Time stage: TIMEX3 tagging and normalisation, the sample's timexes, publication-date inference."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.records import Timex
from newsgraph.time import VALID_VALUE, infer_published, normalise, tag

P = dt.date(2021, 10, 19)  # a Tuesday


def value(expression: str, tense: str | None = None, published: dt.date = P) -> str:
    reading = normalise(expression, published=published, tense=tense)
    assert reading is not None, expression
    return reading[1]


# -- absolute dates -----------------------------------------------------------------------------
@pytest.mark.parametrize("expression, expected", [
    ("Oct. 18", "2021-10-18"), ("October 18", "2021-10-18"), ("18 October 2021", "2021-10-18"),
    ("October 18, 2021", "2021-10-18"), ("10/18/21", "2021-10-18"), ("2021-10-18", "2021-10-18"),
    ("Monday, Oct. 18", "2021-10-18"), ("February 2020", "2020-02"), ("2018", "2018"),
    ("2021-Q3", "2021-Q3"), ("nineteen ninety-six", "1996"), ("fiscal 2021", "2021"),
])
def test_absolute_dates(expression, expected):
    assert value(expression) == expected


# -- weekdays, months and seasons by tense -----------------------------------------------------------
def test_weekday_follows_tense():
    assert value("Monday", "past") == "2021-10-18"
    assert value("Monday", "future") == "2021-10-25"
    assert value("Tuesday", "present") == "2021-10-19"  # the document's own day
    assert value("last Friday") == "2021-10-15"
    assert value("next Friday") == "2021-10-22"


def test_weekday_tense_from_words_without_a_parser():
    text = "The minister resigned on Monday. The council will meet on Monday."
    first, second = tag(text, published=P)
    assert (first.value, second.value) == ("2021-10-18", "2021-10-25")


def test_month_without_year():
    assert value("in April", "past") == "2021-04"
    assert value("in April") == "2021-04"
    assert value("in December", "future") == "2021-12"
    assert value("September", "past") == "2021-09"
    assert value("last November") == "2020-11"
    assert value("next January") == "2022-01"


def test_may_the_modal_and_the_name_is_not_a_month():
    assert tag("Theresa May said the vote may come soon.", published=P) == []
    assert [t.value for t in tag("The vote was held in May.", published=P)] == ["2021-05"]


def test_seasons():
    assert value("next spring") == "2022-SP"
    assert value("last summer") == "2021-SU"
    assert value("summer 2020") == "2020-SU"
    assert value("this winter") == "2021-WI"


# -- relative to the document date --------------------------------------------------------------
@pytest.mark.parametrize("expression, expected", [
    ("today", "2021-10-19"), ("yesterday", "2021-10-18"), ("tomorrow", "2021-10-20"),
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"),
    ("the future", "FUTURE_REF"), ("the past", "PAST_REF"),
    ("last year", "2020"), ("next year", "2022"), ("this year", "2021"),
    ("this week", "2021-W42"), ("last week", "2021-W41"), ("next month", "2021-11"),
    ("earlier this month", "2021-10"), ("two weeks ago", "2021-W40"), ("three years ago", "2018"),
    ("five days ago", "2021-10-14"), ("a decade ago", "2011"), ("several years ago", "PAST_REF"),
    ("the weekend", "2021-W41-WE"), ("this weekend", "2021-W42-WE"),
])
def test_relative(expression, expected):
    assert value(expression) == expected


def test_quarters_halves_decades_centuries():
    assert value("the third quarter") == "2021-Q3"
    assert value("the third quarter of 2019") == "2019-Q3"
    assert value("Q2 2020") == "2020-Q2"
    assert value("last quarter") == "2021-Q3"
    assert value("the first half of 2021") == "2021-H1"
    assert value("the 1990s") == "199"
    assert value("the '80s") == "198"
    assert value("the 20th century") == "19"


@pytest.mark.parametrize("expression, expected", [
    ("40 years", "P40Y"), ("the past three days", "P3D"), ("two-year", "P2Y"), ("six months", "P6M"),
    ("five hours", "PT5H"), ("two decades", "P20Y"), ("a few weeks", "PXW"), ("several years", "PXY"),
    ("2 1/2 years", "P2Y6M"), ("the next two weeks", "P2W"), ("three more days", "P3D"),
])
def test_durations(expression, expected):
    t, v, _ = normalise(expression, published=P)
    assert (t, v) == ("DURATION", expected)


def test_vague_plural_durations_in_context():
    assert [t.value for t in tag("The war went on for years.", published=P)] == ["PXY"]
    assert [t.value for t in tag("He thanked him for decades of service.", published=P)] == ["PXDE"]


@pytest.mark.parametrize("expression, expected", [
    ("every week", "P1W"), ("weekly", "P1W"), ("annually", "P1Y"), ("daily", "P1D"),
    ("each month", "P1M"), ("every Monday", "XXXX-WXX-1"),
])
def test_sets(expression, expected):
    assert normalise(expression, published=P)[:2] == ("SET", expected)


@pytest.mark.parametrize("expression, expected", [
    ("2:30 p.m.", "2021-10-19T14:30"), ("this morning", "2021-10-19TMO"), ("tonight", "2021-10-19TNI"),
    ("last night", "2021-10-18TNI"), ("noon", "2021-10-19T12:00"), ("10 a.m. Monday", "2021-10-18T10:00"),
])
def test_times(expression, expected):
    assert normalise(expression, published=P, tense="past")[:2] == ("TIME", expected)


@pytest.mark.parametrize("expression, expected", [
    ("early August", ("2021-08", "START")), ("late 2020", ("2020", "END")), ("mid-October", ("2021-10", "MID")),
    ("the end of 1990", ("1990", "END")), ("about three years", ("P3Y", "APPROX")),
    ("less than a year", ("P1Y", "LESS_THAN")), ("more than two decades", ("P20Y", "MORE_THAN")),
    ("at least 72 hours", ("PT72H", "EQUAL_OR_MORE")), ("post-1959", ("1959", "AFTER")),
    ("pre-1990", ("1990", "BEFORE")), ("year's end", ("2021", "END")),
])
def test_mods(expression, expected):
    assert normalise(expression, published=P, tense="past")[1:] == expected


def test_a_prefix_before_a_year_is_part_of_its_extent():
    [t] = tag("The pre-1990 rules still apply.", published=P)
    assert (t.text, t.value, t.mod) == ("pre-1990", "1990", "BEFORE")
    assert tag("The pre-war rules and the F-1990 prototype.", published=P) == []


def test_range_gives_two_timexes():
    timexes = tag("Troops served there from 2001 to 2021.", published=P)
    assert [(t.text, t.value) for t in timexes] == [("2001", "2001"), ("2021", "2021")]


def test_holidays():
    assert value("Christmas") == "2021-12-25"
    assert value("Thanksgiving", "future") == "2021-11-25"


# -- extent: TimeML conventions ---------------------------------------------------------------------
def test_extent_leaves_out_prepositions_keeps_modifiers():
    text = "They met on Monday and in early August, over the past three days, and a year ago."
    assert [t.text for t in tag(text, published=P)] == ["Monday", "early August", "the past three days",
                                                         "a year ago"]


def test_numbers_that_are_not_years():
    assert tag("The factory employs about 2000 workers.", published=P) == []
    assert [t.text for t in tag("It cost $2021 in 2021.", published=P)] == ["2021"]


def test_ages_are_not_durations():
    assert tag("A 45-year-old man was arrested.", published=P) == []


def test_no_document_date_gives_underspecified_values():
    values = [t.value for t in tag("He left on Monday, returned in April and quit last year.", published=None)]
    assert values == ["XXXX-WXX-1", "XXXX-04", "PAST_REF"]


# -- the sample ------------------------------------------------------------------------------------
SAMPLE_EXPECTED = [
    ("Monday", "2021-10-18"), ("Tuesday", "2021-10-19"), ("October 18", "2021-10-18"), ("2018", "2018"),
    ("February 2020", "2020-02"), ("April", "2021-04"), ("September", "2021-09"), ("early August", "2021-08"),
    ("40 years", "P40Y"), ("earlier this month", "2021-10"),
]


def _check_sample(timexes: list[Timex]) -> None:
    for text, expected in SAMPLE_EXPECTED:
        found = [t for t in timexes if text.lower() in t.text.lower()]
        assert found, text
        assert any(t.value == expected or t.value.startswith(expected + "-") for t in found), (text, found)
    early = [t for t in timexes if t.text.lower() == "early august"]
    assert early and early[0].mod == "START"
    tuesdays = [t for t in timexes if "Tuesday" in t.text]
    assert {t.value for t in tuesdays} == {"2021-10-19"}  # "comes into effect on Tuesday", "ends Tuesday"


def test_sample_without_parser(sample_text):
    _check_sample(tag(sample_text, published=P))


def test_sample_with_parser(nlp, sample_text):
    _check_sample(tag(sample_text, published=P, doc=nlp(sample_text)))


def test_parser_tense(nlp):
    text = "The envoy resigned on Monday. The council will meet on Monday. It plans to vote on Friday."
    values = [t.value for t in tag(text, published=P, doc=nlp(text))]
    assert values == ["2021-10-18", "2021-10-25", "2021-10-22"]


# -- publication date ---------------------------------------------------------------------------------
def test_infer_published_from_dateline():
    assert infer_published("WASHINGTON, Oct. 19, 2021 (Reuters) - The envoy quit.") == dt.date(2021, 10, 19)
    text = "WASHINGTON, Oct. 19 (Reuters) - The envoy quit on Monday, Oct. 18, after talks in 2021."
    assert infer_published(text) == dt.date(2021, 10, 19)


def test_infer_published_from_weekday_date_pairs():
    text = "The talks began on Friday, Oct. 15, and the envoy quit on Monday, Oct. 18, as in 2020."
    assert infer_published(text) == dt.date(2021, 10, 18)


def test_infer_published_needs_evidence():
    assert infer_published("The envoy resigned on Monday.") is None
    assert infer_published("") is None
    assert infer_published("In 2018 he joined the government.") is None


# -- properties ----------------------------------------------------------------------------------------
_WORDS = st.sampled_from(["Monday", "Oct.", "18", "2021", "last", "year", "ago", "the", "past", "three", "days",
                          "early", "August", "about", "every", "week", "p.m.", "10", "/", "-", "quarter",
                          "first", "half", "of", "1990s", "'s", "May", "now", ",", ".", "next", "spring",
                          "nineteen", "ninety-six", "Christmas", "fiscal", "decades", "for", "years"])
_DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


def _check(text: str, timexes: list[Timex]) -> None:
    for t in timexes:
        assert text[t.span[0]:t.span[1]] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALID_VALUE.match(t.value), t.value


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=12).map(" ".join), _DATES)
def test_tag_spans_and_values_valid_on_time_words(text, published):
    _check(text, tag(text, published=published))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), _DATES)
def test_tag_on_any_text_gives_valid_timexes(text, published):
    _check(text, tag(text, published=published))


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=8).map(" ".join), _DATES, st.sampled_from([None, "past", "present", "future"]))
def test_normalise_reads_time_words_into_valid_values(expression, published, tense):
    reading = normalise(expression, published=published, tense=tense)
    if reading is not None:
        assert reading[0] in ("DATE", "TIME", "DURATION", "SET")
        assert VALID_VALUE.match(reading[1])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_infer_published_gives_a_date_or_none(text):
    found = infer_published(text)
    assert found is None or isinstance(found, dt.date)


def test_valid_value_regex():
    for good in ("2021-10-18", "2021-W42", "2021-Q3", "P40Y", "PXDE", "PRESENT_REF", "199", "19",
                 "2021-10-19TMO", "2021-10-19T14:30", "XXXX-WXX-1", "PT5H", "2021-SU", "2021-W41-WE", "P1M15D",
                 "P1DT12H", "P1.5W"):
        assert VALID_VALUE.match(good), good
    for bad in ("", "yesterday", "2021-13", "2021-00", "2021-10-99", "2021-10-00", "2021-W54", "2021-W00",
                "P", "2021-Q5", "2021-10-19T25", "2021-10-19T12:61", "P1W4D"):
        assert not VALID_VALUE.match(bad), bad
    assert re.compile(VALID_VALUE.pattern)


def test_many_timexes_in_one_long_text_not_quadratic():
    import time

    text = "On Monday, Oct. 18, 2021, they met again. " * 3000
    start = time.process_time()
    timexes = tag(text, published=P)
    assert len(timexes) == 3000  # "Monday, Oct. 18, 2021" is one timex
    assert time.process_time() - start < 10


def test_clock_time_dated_by_following_weekday_keeps_on_outside():
    timexes = tag("The vote was held at 2:30 p.m. EDT on Monday.", published=P)
    assert [(t.text, t.value) for t in timexes] == [("2:30 p.m. EDT", "2021-10-18T14:30"), ("Monday", "2021-10-18")]


def test_halves_and_past_decade():
    assert value("H1 2021") == "2021-H1"
    assert normalise("the past decade", published=P)[:2] == ("DURATION", "P10Y")
    assert value("last decade") == "201"


def test_abbreviated_month_needs_a_word_boundary():
    assert tag("It holds 1,384,119 Octel shares.", published=P) == []


def test_infer_published_ignores_historic_dates_in_the_story():
    assert infer_published("Crowds remembered the victims of the Sept. 11, 2001, attacks on Tuesday.") is None
    assert infer_published("Story highlights: the bill suspends the debt ceiling until May 19\n\nMore.") is None


def test_infer_published_from_byline_and_first_line():
    assert infer_published("By Jane Doe | Oct. 19, 2021\nThe envoy quit.") == dt.date(2021, 10, 19)
    assert infer_published("2021-10-19\nThe envoy quit.") == dt.date(2021, 10, 19)
    assert infer_published("Published October 19, 2021\nThe envoy quit.") == dt.date(2021, 10, 19)


# -- narrative reference time ----------------------------------------------------------------------
def _values(text: str, published: dt.date = P) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published=published)}


def _spans(text: str, published: dt.date = P) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, published=published)]


def test_a_quarter_told_by_its_months_is_one_quarter():
    jan = dt.date(2019, 1, 25)
    # the quarter that has ended, as "the fourth quarter" told in the past in January
    assert _spans("The economy grew 2.6% in the October-December quarter.", jan) == [
        ("the October-December quarter", "2018-Q4")]
    assert _spans("Net profit for the April-June period rose 5%.", dt.date(2019, 7, 30)) == [
        ("the April-June period", "2019-Q2")]
    assert _spans("Sales in the Jan-March quarter of 2017 rose.", jan) == [("the Jan-March quarter of 2017", "2017-Q1")]
    assert _spans("Exports rose in the January-June period.", dt.date(2019, 8, 2)) == [
        ("the January-June period", "2019-H1")]
    # months that bound no quarter or half stay two months
    assert [v for _, v in _spans("Exports fell in the January-September period.", dt.date(2019, 11, 2))] == [
        "2019-01", "2019-09"]
    assert [v for _, v in _spans("Exports fell in the January-June quarter.", dt.date(2019, 11, 2))] == [
        "2019-01", "2019-06"]


def test_the_verb_last_is_no_part_of_the_duration_it_measures():
    for text, timex in (("The talks could last two weeks.", "two weeks"),
                        ("The trial is expected to last several months.", "several months"),
                        ("Supplies will only last a few days.", "a few days"),
                        ("The storm did not last a week.", "a week")):
        assert [t for t, _ in _spans(text)] == [timex], text
    # the adjective keeps its place in the extent
    assert _spans("Over the last few days, prices rose.") == [("the last few days", "PXD")]
    assert _spans("Sales rose in each of the last three years.") == [("the last three years", "P3Y")]


def test_a_fraction_of_a_unit_ago_counts_in_the_finer_unit():
    mar = dt.date(2013, 3, 22)
    assert _spans("Half a century ago, the island was divided.", mar) == [("Half a century ago", "1963")]
    assert _spans("The plan was announced a half-century ago.", mar) == [("a half-century ago", "1963")]
    assert _spans("He left two and a half years ago.", mar) == [("two and a half years ago", "2010-09")]
    assert _spans("The unit was formed a year and a half ago.", mar) == [("a year and a half ago", "2011-09")]
    # without "ago" it stays a duration
    assert _spans("The feud lasted a year and a half.", mar) == [("a year and a half", "P1Y6M")]
    assert _spans("For the past half century, the party ruled.", mar) == [("the past half century", "P50Y")]
    assert _spans("Over the last half-decade, prices rose.", mar) == [("the last half-decade", "P5Y")]


def test_the_same_month_last_year_is_the_reported_month_a_year_back():
    mar = dt.date(2013, 3, 22)
    assert _spans("Retail sales in February rose 5% from the same month a year earlier.", mar) == [
        ("February", "2013-02"), ("the same month a year earlier", "2012-02")]
    assert _spans("Sales in December fell from the same month the previous year.", mar)[1] == (
        "the same month the previous year", "2011-12")
    # no month named before it: the document's month, a year back
    assert _spans("Retail sales were up 5% compared with the same month last year.", mar) == [
        ("the same month last year", "2012-03")]


def test_a_clock_restated_in_gmt_is_no_year():
    # the restatement in brackets is left untagged (as AQUAINT leaves "(0735 GMT)"); an evening hour
    # ("1900") was read as the year 1900
    thu = dt.date(2013, 3, 21)
    assert _spans("The blast occurred at 3 p.m. (1900 GMT) on Wednesday.", thu) == [
        ("3 p.m.", "2013-03-20T15:00"), ("Wednesday", "2013-03-20")]
    assert _spans("It hit at 11 a.m. (1500 UTC).", thu) == [("11 a.m.", "2013-03-21T11:00")]
    assert _spans("The blast occurred at 1900 GMT on Wednesday.", thu)[0] == ("1900 GMT", "2013-03-20T19:00")
    assert _spans("Troops left in 2000, officials said.", thu) == [("2000", "2000")]


def test_over_after_a_sum_is_the_stretch_it_is_spread_across():
    for text, timex in (("The cuts will save $1.2 trillion over 10 years.", "10 years"),
                        ("Spending rose by 4% over two years.", "two years"),
                        ("The program, phased in over five years, was popular.", "five years")):
        [t] = tag(text, published=P)
        assert (t.text, t.mod) == (timex, None), text
    # after a preposition or a verb of lasting it is "more than"
    for text in ("He has lived there for over 10 years.", "It took over a week."):
        [t] = tag(text, published=P)
        assert t.text.startswith("over") and t.mod == "MORE_THAN", text


def test_a_quarter_is_a_share_unless_its_length_is_meant():
    for text in ("Only a quarter think the summit will work.", "A quarter-point cut is likely.",
                 "He lives a quarter mile away.", "The tax was minimal in a quarter that produced a loss."):
        assert tag(text, published=P) == [], text
    assert _spans("Rates were held for a quarter.") == [("a quarter", "P1Q")]
    assert _spans("The bank lost $2 billion in one quarter.") == [("one quarter", "P1Q")]
    mar = dt.date(2014, 2, 21)
    assert _spans("It is the deadliest day since the breakup a quarter-century ago.", mar) == [
        ("a quarter-century ago", "1989")]
    assert _spans("The past quarter century was calm.", mar) == [("The past quarter century", "P25Y")]


def test_anaphoric_expressions_anchor_on_the_latest_date_of_the_story():
    v = _values("On May 22, 1995, Okafor became a colonel, and the following year she was sent overseas.")
    assert v["the following year"] == "1996"
    v = _values("The envoy moved to Geneva in June 1998 and returned home later that year.")
    assert v["later that year"] == "1998"
    v = _values("The plant closed on March 3, 2019. That same day, workers marched. The next morning they left.")
    assert (v["That same day"], v["The next morning"]) == ("2019-03-03", "2019-03-04TMO")
    v = _values("The index ended at 1,310 on Friday, 2.1% below the level of the previous Friday.")
    assert v["the previous Friday"] == "2021-10-08"


def test_anaphoric_expressions_without_a_story_date_read_from_the_document_date():
    assert _values("He left that day.")["that day"] == "2021-10-19"
    assert _values("The following month, the firm was sold.")["The following month"] == "2021-11"


def test_the_future_of_something_is_its_fate_not_a_time():
    for text in ("Talks on the future of the alliance resume.", "The vote decides the future of the country."):
        assert tag(text, published=P) == [], text
    assert _values("The plant may close in the future.")["the future"] == "FUTURE_REF"
    assert _values("Prices will stay high for the foreseeable future.")["the foreseeable future"] == "FUTURE_REF"


def test_earlier_in_the_week_is_the_week_the_story_tells_about():
    # P is Tuesday 2021-10-19: the Friday before it lies in ISO week 40
    text = "The blast came on Friday. Officers had been warned earlier in the week, and they met later in the month."
    assert _spans(text) == [("Friday", "2021-10-15"), ("the week", "2021-W41"), ("the month", "2021-10")]
    text = "The ferry sank on Friday, Oct. 8. Officials had been warned earlier in the week."
    assert _values(text)["the week"] == "2021-W40"
    # no day named before: the document's week; "later in the day" stays untagged
    assert _spans("Later in the week, the talks resume.") == [("the week", "2021-W42")]
    assert tag("He spoke later in the day.", published=P) == []
    # seen from a Sunday, "later in the week" lies ahead of it, in the next ISO week; "earlier" behind it
    text = "Leaders met on Sunday, Oct. 17. A vote is expected later in the week."
    assert _values(text)["the week"] == "2021-W42"
    text = "Leaders met on Sunday, Oct. 17. Earlier in the week, the House voted."
    assert _values(text)["the week"] == "2021-W41"
    assert [t.mod for t in tag("Earlier in the week he left.", published=P)] == [None]


def test_that_day_after_a_month_only_keeps_the_month():
    assert _values("It began in October 1998. The office was closed that same day.")["that same day"] == "1998-10-XX"


def test_next_year_stays_on_the_document_date():
    # "next year" is deictic; "the next year" is as often the coming twelve months: neither is anaphoric
    assert _values("In 1995 he was promoted. He will retire next year.")["next year"] == "2022"


# -- tense from words ----------------------------------------------------------------------------
def test_tense_words_future_auxiliary_takes_its_participle():
    # "will be named": the participle "named" does not make the clause past
    assert _values("Collins will be named commander for a mission in December.")["December"] == "2021-12"


def test_tense_words_capitalised_ed_word_is_no_verb():
    # "United" is a name, not a past tense
    assert _values("The delegation would be flying to the United States Thursday.")["Thursday"] == "2021-10-21"


def test_tense_words_irregular_past():
    v = _values("Since the group bought the mill in February for $40 million, it has agreed to sell two plants.")
    assert v["February"] == "2021-02"


def test_offsets_later_and_earlier_are_durations_without_the_adverb():
    t = tag("Three days later, the talks resumed. A year earlier, sales had fallen.", published=P)
    assert [(x.text, x.type, x.value) for x in t] == [("Three days", "DURATION", "P3D"),
                                                       ("A year earlier", "DATE", "2020")]
    assert [(x.text, x.value) for x in tag("A few hours later he died.", published=P)] == [("A few hours", "PTXH")]


def test_recent_and_coming_weeks_are_durations_recent_years_a_past_reference():
    assert normalise("in recent weeks", published=P)[:2] == ("DURATION", "PXW")
    assert normalise("in the coming days", published=P)[:2] == ("DURATION", "PXD")
    assert normalise("in recent years", published=P)[:2] == ("DATE", "PAST_REF")


def test_capitalised_time_words_in_names_and_titles_are_no_timexes():
    for text in ("Judges Mary Day Whitfield and Omar Lane ruled.", "The clip aired on ''60 Minutes.''",
                 "The poster showed Gary Cooper in ``High Noon.''", 'Baker said on ABC\'s "This Week" that',
                 "a series of ``Spring of Life'' protests"):
        assert tag(text, published=P) == [], text
    kept = tag("This week he left. On Christmas Day and New Year's Day we rest.", published=P)
    assert [t.text for t in kept] == ["This week", "Christmas Day", "New Year's Day"]


def test_a_number_word_inside_a_name_is_no_count():
    # "Sandra Day": the "a" ending "Sandra" is no article
    assert [t.text for t in tag("Sandra day care", published=P)] == []


def test_parser_tense_purpose_infinitive_takes_the_main_verb_tense(nlp):
    # "staged rallies to mark ... on Friday": the rallies were held; "plans to meet Monday" looks ahead
    text = "The party staged marches to mark the signing of the treaty on Friday."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-15"]
    text = "The minister plans to meet the envoy on Friday."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-22"]


def test_a_relation_word_before_a_month_day_decides_and_stays_out_of_the_extent():
    # "last" a month-day reaches back past the month's lag, "next" ahead however far; TimeML tags "Oct. 23"
    august = dt.date(2013, 8, 6)
    found = tag("Two men were charged over the riot last Sept. 11.", published=august)
    assert [(t.text, t.value) for t in found] == [("Sept. 11", "2012-09-11")]
    assert [t.value for t in tag("The new budget begins next Oct. 1.", published=dt.date(2014, 10, 6))] == ["2015-10-01"]
    assert [t.value for t in tag("The new budget begins Oct. 1.", published=dt.date(2014, 10, 6))] == ["2014-10-01"]


def test_a_new_end_put_on_something_looks_ahead_a_year():
    # the end an extension or a delay sets lies after it, however far and whatever the tense
    march, april = dt.date(2021, 3, 1), dt.date(2021, 4, 11)
    assert [t.value for t in tag("The waiver has since been extended to Aug. 31.", published=march)] == ["2021-08-31"]
    assert [t.value for t in tag("Ministers hope the delay until Halloween buys time.", published=april)] == ["2021-10-31"]
    assert [t.value for t in tag("Aides insist an extension to Oct. 31 is the last one.", published=april)] == ["2021-10-31"]
    # a story looking back on an end set before ("had been extended to ...") keeps the usual reading
    assert [t.value for t in tag("The mission had been extended to Oct. 31.", published=april)] == ["2020-10-31"]


def test_parser_tense_a_present_verb_does_not_date_a_noun_of_the_date(nlp):
    # the raids were on the Sunday before: the present "show" is the officials' reading of them
    text = "Officials say the raids on Sunday, in which dozens of people were detained, show how large the network is."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-17"]
    # no noun between the date and its verb, or a noun of planning: the present still looks ahead
    text = "The council meets on Thursday to vote on the budget."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-21"]
    text = "The mayor has plans on Thursday to tour the flooded district."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-21"]


def test_parser_tense_a_noun_or_its_participle_takes_its_time_from_the_words_before_the_date(nlp):
    # a participle of a noun under a verb in the present or the future: the act is the participle's
    text = "With shares tumbling on Monday and lenders cutting credit, worries are mounting across the region."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-18"]
    text = "The union's remarks Monday calling the offer an insult are the latest sign of trouble."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-18"]
    # a noun under a verb in the present: a "will" after the date is another clause's
    text = "The judge's ruling on Monday that the mine will close is a blow to the town."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-18"]
    # nothing before the date tells its time: the nearest day, after the document date too
    text = "The ministers arriving on Thursday will sign the accord."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-21"]
    text = "The debate on Thursday is the last before the vote."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-21"]


def test_a_that_clause_after_the_date_tells_not_its_tense():
    from newsgraph.time._tense import tense_from_words

    # the clause is the noun's ("the ruling", "the announcement"), not the date's: without the parse the
    # "will" inside it reads nothing, and the date takes the usual reading of news (the one before)
    text = "The ruling on Monday that the mine will close is a blow."
    start = text.index("Monday")
    assert tense_from_words(text, start, start + 6) is None
    text = "Obama's announcement on Friday that special forces will take a larger role surprised allies."
    assert [t.value for t in tag(text, published=P)] == ["2021-10-15"]
    # a verb before the date still decides ("will say on Friday that ...")
    text = "The minister will say on Friday that the mine will close."
    assert [t.value for t in tag(text, published=P)] == ["2021-10-22"]


def test_tense_from_words_before_only_and_the_nearest_reading():
    from newsgraph.time._normalise import by_tense
    from newsgraph.time._tense import tense_from_words

    text = "The mine on Monday will close its gates."
    start = text.index("Monday")
    assert tense_from_words(text, start, start + 6) == "future"
    assert tense_from_words(text, start, start + 6, before_only=True) is None
    text = "Rebels will attack the base on Monday."
    start = text.index("Monday")
    assert tense_from_words(text, start, start + 6, before_only=True) == "future"
    thursdays = [dt.date(2021, 10, 14), dt.date(2021, 10, 21), dt.date(2021, 10, 28)]
    assert by_tense(P, thursdays, "nearest") == dt.date(2021, 10, 21)  # two days ahead, not five back
    assert by_tense(P, thursdays, None) == dt.date(2021, 10, 14)  # without a tense, news looks back
    mondays = [dt.date(2021, 10, 11), dt.date(2021, 10, 18), dt.date(2021, 10, 25)]
    assert by_tense(P, mondays, "nearest") == dt.date(2021, 10, 18)


def test_parser_tense_would_and_could_leave_the_choice_to_the_words(nlp):
    text = "Staff said that the senator would be flying to Canada Thursday."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-21"]


def test_clock_time_before_a_deadline_weekday_looks_ahead():
    text = "The board pushed the bidding deadline back until 9 a.m. EST Tuesday."
    assert [t.value for t in tag(text, published=dt.date(2021, 10, 18))] == ["2021-10-19T09:00"]


def test_generic_today_and_tomorrow_are_references_not_days():
    assert _values("The film speaks to today's youth as the war spoke to theirs.")["today"] == "PRESENT_REF"
    assert _values("Schools should train the leaders of tomorrow, she said.")["tomorrow"] == "FUTURE_REF"
    assert _values("The offer was advertised in today's editions.")["today"] == "2021-10-19"


def test_ordinal_quarter_ahead_of_the_document_in_past_tense_is_last_years():
    v = _values("The retailer reported lower earnings for the fourth quarter.", published=dt.date(1998, 1, 26))
    assert v["the fourth quarter"] == "1997-Q4"
    v = _values("AT&T expects profits to rise in the fourth quarter.", published=dt.date(1998, 1, 26))
    assert v["the fourth quarter"] == "1998-Q4"


def test_year_ago_period_in_a_results_report():
    pub = dt.date(1989, 10, 26)
    assert _values("For the quarter a year ago, the bank made $9 million.", pub)["the quarter a year ago"] == "1988-Q3"
    assert _values("Revenue for last year's quarter was $3 million.", pub)["last year's quarter"] == "1988-Q3"
    assert _values("Sales rose from the same period last year.", pub)["the same period last year"] == "1988"


def test_week_of_a_date_unit_long_and_a_half():
    assert _values("a vote the week of March 6", published=dt.date(2000, 2, 24))["the week of March 6"] == "2000-W10"
    assert normalise("a day-long meeting", published=P)[:2] == ("DURATION", "P1D")
    assert normalise("a minute and a half", published=P)[:2] == ("DURATION", "PT1M30S")


def test_since_puts_a_date_in_the_past_whatever_the_verb():
    v = _values("Police have looked for the owner since soon after the Oct. 23 fire.",
                published=dt.date(1999, 5, 6))
    assert v["Oct. 23"] == "1998-10-23"
    assert _values("Prices have risen since Monday.")["Monday"] == "2021-10-18"


def test_a_plan_in_the_past_perfect_looks_back():
    v = _values("The permit had been due to lapse Friday. It will now lapse next month.")
    assert v["Friday"] == "2021-10-15"


def test_then_current_is_a_past_reference():
    v = _values("Holders may buy shares at half the then-current price; the current price is higher.")
    assert (v["then-current"], v["current"]) == ("PAST_REF", "PRESENT_REF")


def test_the_past_before_a_counted_season_is_no_past_reference():
    assert "the past" not in _values("Marches have provoked violence for the past three summers.")


def test_tense_words_a_clock_abbreviation_does_not_end_the_clause():
    # the full stop of "p.m." is no sentence end: "is scheduled" still governs "Friday"
    assert _values("The meeting is scheduled for 2 p.m. GMT on Friday.")["Friday"] == "2021-10-22"


def test_years_later_is_an_offset_from_the_story_not_the_document_date():
    v = _values("The law was passed in 2010 and came into force two years later.")
    assert v["two years"] == "P2Y"


def test_year_end_in_the_past_is_the_last_one():
    assert _values("Prices are up 4% since year-end.")["year-end"] == "2020-12-31"
    assert _values("The deal should close by year-end.")["year-end"] == "2021-12-31"


def test_the_year_before_a_year_is_one_timex():
    assert [(t.text, t.value) for t in tag("by the year two thousand", published=P)] == [("the year two thousand", "2000")]
    assert [(t.text, t.value) for t in tag("by the year 2030, emissions", published=P)] == [("the year 2030", "2030")]


def test_twenty_four_hour_clock_with_a_zone_and_a_restated_zone():
    v = tag("The blast occurred at 0600 GMT on Tuesday.", published=P)
    assert [(t.text, t.value) for t in v] == [("0600 GMT", "2021-10-19T06:00"), ("Tuesday", "2021-10-19")]
    v = tag("The storm hit at about 11:20 a.m. (0820 GMT) Friday, closing roads.", published=P)
    assert [(t.text, t.value) for t in v] == [("about 11:20 a.m.", "2021-10-15T11:20"), ("Friday", "2021-10-15")]


def test_that_years_possessive_is_anaphoric_too():
    assert _values("In 1995 he was promoted. That year's budget grew.")["That year"] == "1995"


def test_one_day_after_a_modal_is_some_day():
    assert normalise("Solar power will one day be the main source", published=P)[:2] == ("DATE", "FUTURE_REF")
    assert normalise("It took one day to finish", published=P)[:2] == ("DURATION", "P1D")


def test_a_title_case_headline_keeps_its_timexes():
    text = "Clinton To Visit China Next Week\n\nWASHINGTON (AP) -- The president will travel."
    assert [t.text for t in tag(text, published=P)] == ["Next Week"]


def test_the_latest_period_is_the_ended_quarter_the_story_named():
    pub = dt.date(1989, 11, 2)
    text = ("The brewer posted higher profit for its fiscal second quarter. "
            "Revenue in the latest period rose 4%, and this quarter's margin widened.")
    v = _values(text, pub)
    assert (v["the latest period"], v["this quarter"]) == ("1989-Q2", "1989-Q2")
    text = "The chipmaker earned $5 million in its fiscal first quarter. It shipped 9,000 systems in the quarter."
    assert _values(text, pub)["the quarter"] == "1989-Q1"
    # a quarter still running at the document date is no reported period: the last ended one stays
    text = "The storm will hurt fourth-quarter results. In the latest quarter, the insurer lost money."
    assert _values(text, pub)["the latest quarter"] == "1989-Q3"
    # without a quarter named before it, the latest period is the last one that ended
    assert _values("Sales in the latest period fell, the quarter's report said.", pub)["the latest period"] == "1989-Q3"


def test_a_deadline_weekday_in_the_past_perfect_looks_back():
    # P is a Tuesday: "by Monday" ahead is next week's, looked back on it is yesterday
    assert _values("Most members had sent their replies by Monday, officials said.")["Monday"] == "2021-10-18"
    assert _values("Until Monday, investigators had not identified the driver.")["Monday"] == "2021-10-18"
    assert _values("Members must send their replies by Monday.")["Monday"] == "2021-10-25"
    assert _values("The court gave the family until Monday to answer.")["Monday"] == "2021-10-25"


def test_an_arranged_event_on_a_weekday_lies_ahead():
    # P is a Tuesday: what was scheduled or planned happens after the arranging
    assert _values("The ministry has scheduled a hearing Friday.")["Friday"] == "2021-10-22"
    assert _values("Farmers planned a long tractor parade through the capital on Saturday.")["Saturday"] == "2021-10-23"
    assert _values("The mayor held a press briefing Friday.")["Friday"] == "2021-10-15"


def test_a_weekday_or_month_in_the_run_up_lies_ahead():
    # P is a Tuesday (2021-10-19): what a clause is told in the run-up to is still to come, whatever its tense
    assert _values("Ahead of the mayor's Thursday meeting with unions, aides said she doubted a deal.")[
        "Thursday"] == "2021-10-21"
    assert _values("Party leaders rallied supporters ahead of Sunday's referendum.")["Sunday"] == "2021-10-24"
    assert _values("Farmers blocked roads in advance of a Friday vote.")["Friday"] == "2021-10-22"
    assert _values("Donors gave generously in the run-up to November's election.")["November"] == "2021-11"
    # "ahead of" a person, and a possessive weekday without a run-up, tell the past as before
    assert _values("Two mayors got ahead of him Monday with a plan of their own.")["Monday"] == "2021-10-18"
    assert _values("Protesters marched after Sunday's referendum.")["Sunday"] == "2021-10-17"
    # "on the eve of" a month tells a story's past as often as its run-up: the tense decides
    assert _values("On the eve of his election in June, the court dissolved the chamber.")["June"] == "2021-06"


def test_tense_words_a_title_or_state_abbreviation_does_not_end_the_clause():
    # "Gen." and "Ala." before a capital end no sentence: "will" still governs "Monday"
    assert _values("The minister will meet Gen. Hassan on Monday.")["Monday"] == "2021-10-25"
    assert _values("The governor will visit Mobile, Ala. Monday, aides said.")["Monday"] == "2021-10-25"


def test_a_year_earlier_in_a_sentence_on_a_longer_period_is_the_year():
    pub = dt.date(1989, 10, 26)
    text = ("The refiner posted a third-quarter loss. For the nine months, it earned $5 million, "
            "up from $3 million a year earlier.")
    assert _values(text, pub)["a year earlier"] == "1988"
    text = "The refiner posted a third-quarter loss. Its revenue rose to $3 billion from $2 billion a year earlier."
    assert _values(text, pub)["a year earlier"] == "1988-Q3"
    # a quarter-century or three-quarters is no reporting quarter
    text = "Unemployment sits at a quarter-century low; rents are 3% above their level a year earlier."
    assert _values(text, pub)["a year earlier"] == "1988"


def test_a_second_day_of_the_same_month_is_its_own_date():
    v = tag("The trade fair runs on June 3 and 4, 2022, in Lyon.", published=P)
    assert [(t.text, t.value) for t in v] == [("June 3", "2022-06-03"), ("4, 2022", "2022-06-04")]
    v = tag("Talks resume on Nov. 3 or 4.", published=P)
    assert [(t.text, t.value) for t in v] == [("Nov. 3", "2021-11-03"), ("4", "2021-11-04")]
    assert [t.text for t in tag("Turnout on May 2 and 40 percent of voters", published=P)] == ["May 2"]


def test_parser_tense_a_plan_in_the_past_perfect_looks_back(nlp):
    # P is a Tuesday
    for text in ("The deadline had been due to pass Friday evening.",
                 "The vote had been scheduled to close at midnight Friday."):
        assert [t.value for t in tag(text, published=P, doc=nlp(text))][-1].startswith("2021-10-15"), text
    text = "The tender offer is due to lapse Friday."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-22"]


def test_parser_tense_a_same_spelling_past_after_a_singular_subject_is_past(nlp):
    # "hurt" tagged as a present after "sell-off": a singular subject would take "hurts"
    text = "A sell-off in banks hurt the index on Friday."
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == ["2021-10-15"]


def test_trading_and_business_days_are_counted_days():
    assert normalise("five trading days", published=P)[:2] == ("DURATION", "P5D")
    assert _values("Payment is due within ten business days.")["ten business days"] == "P10D"


def test_the_latest_fiscal_year_is_the_last_one():
    assert _values("Orders in the latest fiscal year came to $5 billion.")["the latest fiscal year"] == "2020"
    assert _values("Prices rose in the most recent month.")["the most recent month"] == "2021-09"


def test_in_the_morning_is_the_morning_of_the_story_day():
    v = _values("Shares slid on Friday. Traders had bought heavily in the morning.")
    assert v["the morning"] == "2021-10-15TMO"
    assert _values("The vote is in the afternoon.")["the afternoon"] == "2021-10-19TAF"
    assert "the morning" not in _values("She will fly out at 5 in the morning.")


def test_a_part_of_the_day_before_its_day_word():
    assert _values("By mid-afternoon yesterday, the protest had grown.")["mid-afternoon yesterday"] == "2021-10-18TAF"
    assert _values("The talks resume late morning tomorrow.")["late morning tomorrow"] == "2021-10-20TMO"


def test_a_bare_mid_or_late_part_of_the_day_is_the_story_day():
    assert _values("By mid afternoon, the rebels had withdrawn.")["mid afternoon"] == "2021-10-19TAF"
    v = _values("The strike began on Monday. By late morning, the port was closed.")
    assert v["late morning"] == "2021-10-18TMO"
    assert "late evening" not in _values("She hosts a late-evening talk show.")


def test_over_the_years_is_years_of_unknown_number():
    assert _values("Over the years the town has grown.")["the years"] == "PXY"
    assert _values("The rebels regrouped in the years that followed.")["the years"] == "PXY"
    assert "the years" not in _values("None of the years of the war were quiet.")


def test_the_weeks_ahead_is_weeks_of_unknown_number():
    assert _values("Funds may sell more bonds in the weeks ahead.")["the weeks ahead"] == "PXW"
    assert normalise("the months ahead", published=P)[:2] == ("DURATION", "PXM")


def test_a_later_date_is_a_future_reference():
    assert _values("The bonds will be sold at a later date.")["a later date"] == "FUTURE_REF"
    assert _values("The vote was moved to an earlier date.")["an earlier date"] == "PAST_REF"


def test_several_quarters_of_losses_is_time_and_two_quarters_of_a_year_a_half():
    assert _values("Several quarters of falling sales forced the cuts.")["Several quarters"] == "PXQ"
    assert "three quarters" not in _values("Three quarters of the voters agreed.")
    assert _values("Output will recover during the first two quarters of 2022.")[
        "the first two quarters of 2022"] == "2022-H1"


def test_past_and_future_years_without_a_count_are_references():
    assert _values("Margins should widen in future quarters.")["future quarters"] == "FUTURE_REF"
    assert _values("Such floods struck the valley in past years.")["past years"] == "PAST_REF"
    assert _values("Prices fell over the past three years.")["the past three years"] == "P3Y"


def test_it_is_the_nth_day_of_something_names_the_story_day():
    assert _values("It's the third day of the blockade, and food is short.")["the third day"] == "2021-10-19"
    assert _values("Today is the 10th day of the strike.")["the 10th day"] == "2021-10-19"
    assert "the third day" not in _values("He resigned on the third day of the talks.")


def test_a_weekday_with_plural_nights_recurs():
    v = tag("The night market is open Friday and Saturday nights.", published=P)
    assert [(t.text, t.type, t.value) for t in v] == [("Friday", "SET", "XXXX-WXX-5TNI"),
                                                    ("Saturday nights", "SET", "XXXX-WXX-6TNI")]
    assert _values("The club opens Sunday mornings.")["Sunday mornings"] == "XXXX-WXX-7TMO"
    assert _values("The club opened Sunday morning.")["Sunday morning"] == "2021-10-17TMO"


def test_the_day_before_a_named_date_is_one_timex():
    # P is a Tuesday
    v = tag("He flew in the day before last Friday's hearing.", published=P)
    assert [(t.text, t.value) for t in v] == [("day before last Friday", "2021-10-14")]
    v = tag("Talks resume the day after Oct. 25.", published=P)
    assert [(t.text, t.value) for t in v] == [("day after Oct. 25", "2021-10-26")]


def test_a_period_ended_on_a_date_has_ended():
    pub = dt.date(1989, 10, 31)
    assert _values("Net income in the fiscal year ended Jan. 31 fell to $7 million.", pub)["Jan. 31"] == "1989-01-31"
    assert _values("In the quarter ended Sept. 30, margins improved.", pub)["Sept. 30"] == "1989-09-30"
    assert _values("The offer expires Jan. 31.", pub)["Jan. 31"] == "1990-01-31"


def test_a_month_fronted_in_a_past_tense_sentence_is_the_last_one():
    # P is in October: a January nine months back is out of reach of the tense alone
    assert _values("In January, the union elected a new leader.")["January"] == "2021-01"
    assert _values("In January, the union will elect a new leader.")["January"] == "2022-01"


def test_a_scheduled_event_in_the_present_lies_ahead():
    # P is a Tuesday
    assert _values("The foreign ministers meet Friday in Oslo.")["Friday"] == "2021-10-22"
    assert _values("The envoy arrives Thursday in Kabul.")["Thursday"] == "2021-10-21"
    assert _values("The two ministers did not meet on Friday.")["Friday"] == "2021-10-15"


def test_the_article_before_a_year_ago_adjective_belongs_to_its_noun():
    pub = dt.date(1989, 11, 2)
    assert [t.text for t in tag("The year-ago figures included a tax gain.", published=pub)] == ["year-ago"]
    assert [t.text for t in tag("Net rose from the year-ago period.", published=pub)] == ["the year-ago period"]


def test_a_plain_future_auxiliary_reaches_the_whole_year_ahead():
    march = dt.date(2022, 3, 9)
    # without "will" a month nine months away stays the nearer one; with it, the one ahead
    [t] = tag("The crew will be named for a launch in December.", published=march)
    assert t.value == "2022-12"
    [t] = tag("The board will vote on Dec. 5 on the merger.", published=march)
    assert t.value == "2022-12-05"
    [t] = tag("The crew trained for a launch in December.", published=march)
    assert t.value == "2021-12"
    # the rule only moves a date that would otherwise lie behind the story
    [t] = tag("The talks will resume in April.", published=march)
    assert t.value == "2022-04"


def test_a_quotation_is_its_own_clause_for_the_tense():
    friday = dt.date(2022, 3, 11)
    # a heading with no verb: the quoted statement after it does not set the weekday's direction
    text = "The statement is accurate.'' The ministry on Thursday ``We are reviewing the decision.''"
    [t] = tag(text, published=friday)
    assert t.value == "2022-03-10"
    # a closing quotation mark ends the quoted clause before the reporting verb
    text = "``Talks will continue,'' Monday the envoy added."
    [t] = tag(text, published=friday)
    assert t.value == "2022-03-07"


def test_every_weekday_with_a_part_of_the_day_is_one_set():
    [t] = tag("The cabinet meets every Tuesday morning behind closed doors.", published=P)
    assert (t.text, t.type, t.value) == ("every Tuesday morning", "SET", "XXXX-WXX-2TMO")
    [t] = tag("The cabinet meets every Tuesday.", published=P)
    assert (t.text, t.value) == ("every Tuesday", "XXXX-WXX-2")


@pytest.mark.parametrize("sentence, text, value", [
    ("The polls opened at 7 in the morning.", "7 in the morning", "2021-10-19T07:00"),
    ("The count ended at 9 in the evening.", "9 in the evening", "2021-10-19T21:00"),
    ("The sirens sounded at 11 at night.", "11 at night", "2021-10-19T23:00"),
    ("The curfew starts at 12 at night.", "12 at night", "2021-10-19T24:00"),
    ("The call came at 3 o'clock in the afternoon.", "3 o'clock in the afternoon", "2021-10-19T15:00"),
    ("The convoy left at 5:30 in the morning on Monday.", "5:30 in the morning", "2021-10-18T05:30"),
])
def test_an_hour_told_by_its_part_of_the_day(sentence, text, value):
    found = [(t.text, t.type, t.value) for t in tag(sentence, published=P)]
    assert (text, "TIME", value) in found


def test_a_bare_number_needs_a_preposition_of_time_to_be_an_hour():
    assert tag("The team scored 4 in the morning session.", published=P) == []


def test_a_restatement_in_brackets_gives_the_hour_its_day():
    wednesday = dt.date(2000, 4, 5)
    found = tag("The envoy will fly out at 5 in the morning (5 a.m. GMT on Thursday), aides said.", published=wednesday)
    assert [(t.text, t.value) for t in found][0] == ("5 in the morning", "2000-04-06T05:00")


def test_until_after_a_negated_past_says_when_it_did_happen():
    wednesday = dt.date(2012, 11, 14)
    assert _values("The mayor was not told of the audit until Friday, aides said.", wednesday)["Friday"] == "2012-11-09"
    assert _values("The panel did not meet until Monday.", wednesday)["Monday"] == "2012-11-12"
    # a negated future, or a reported one, still looks ahead
    assert _values("The panel will not meet until Monday.", wednesday)["Monday"] == "2012-11-19"
    assert _values("She said she would not leave until Friday.", wednesday)["Friday"] == "2012-11-16"


def test_typographic_apostrophes_and_quotes_read_as_plain_ones():
    sunday = dt.date(2018, 5, 13)
    [t] = tag("Experts pointed to Thursday\u2019s border clash.", published=sunday)
    assert (t.text, t.value) == ("Thursday", "2018-05-10")  # a possessive weekday looks back
    text = "Officials said \u201cthe envoy will land Friday\u201d in a statement."
    [t] = tag(text, published=sunday)
    assert t.value == "2018-05-18" and text[t.span[0]:t.span[1]] == t.text == "Friday"


def test_time_words_in_names_are_no_timexes():
    p = dt.date(2018, 12, 23)
    assert tag("She told USA TODAY that the talks had failed.", published=p) == []
    assert tag("USA TODAY\n\nWASHINGTON - The shutdown went on.", published=p) == []
    assert [t.text for t in tag("The Weekly Standard reported it last week.", published=p)] == ["last week"]
    assert tag("He spoke on The Nightly Show about it.", published=p) == []
    # a shouted headline and a plain adjective keep their time words
    assert [t.value for t in tag("LEADERS TO MEET IN PARIS TODAY", published=p)] == ["2018-12-23"]
    assert [t.value for t in tag("He skipped the daily briefing.", published=p)] == ["P1D"]


def test_a_day_range_within_a_month_is_two_dates():
    p = dt.date(2020, 5, 19)
    found = [(t.text, t.value) for t in tag("The survey was conducted May 9-11, 2020, by phone.", published=p)]
    assert found == [("May 9", "2020-05-09"), ("11, 2020", "2020-05-11")]
    found = [(t.text, t.value) for t in tag("Envoys meet from May 27 to 29 in Vienna.", published=p)]
    assert found == [("May 27", "2020-05-27"), ("29", "2020-05-29")]
    assert tag("Rates rose June 3-4 percent.", published=p) == []


def test_a_violent_event_named_by_its_date_has_happened():
    august = dt.date(2013, 8, 6)
    text = "The Sept. 11 attack, carried out by militants with heavy weapons, killed four people."
    assert _values(text, august)["Sept. 11"] == "2012-09-11"
    assert _values("Police reviewed the June 2 shootings.", dt.date(2016, 5, 30))["June 2"] == "2015-06-02"
    # a date before any other noun keeps its usual reading
    assert _values("The Dec. 5 vote will go ahead.", august)["Dec. 5"] == "2013-12-05"


def test_a_vote_named_by_its_month_is_the_coming_one_unless_told_in_the_past():
    march = dt.date(2016, 3, 2)
    assert _values("The state may not be a battleground in November's general election.", march)["November"] == "2016-11"
    assert _values("The November elections will decide it.", march)["November"] == "2016-11"
    assert _values("Voters backed him in November's election.", march)["November"] == "2015-11"


def test_a_capitalised_time_word_after_an_opening_determiner_names_something():
    p = dt.date(2018, 10, 15)
    assert tag("The Future Investment Initiative conference opened with a speech by the prince.", published=p) == []
    assert [t.value for t in tag("The future looks uncertain.", published=p)] == ["FUTURE_REF"]


def test_a_person_named_may_or_march_is_no_month_even_after_a_cue():
    jan = dt.date(2019, 1, 14)
    assert tag("Ever since May took office, the pound has fallen.", published=jan) == []
    assert tag("Opponents of May said she had failed.", published=jan) == []
    # "in" before the name keeps the month whatever verb follows
    assert [t.value for t in tag("An audit in March said the books were sound.", published=jan)] == ["2019-03"]


def test_a_schedule_names_an_ambiguous_month():
    jan = dt.date(2019, 1, 14)
    assert [t.text for t in tag("The summit was postponed to May.", published=jan)] == ["May"]
    assert [t.text for t in tag("The talks are scheduled for March.", published=jan)] == ["March"]


def test_a_weekday_with_a_month_day_picks_the_year_it_falls_in_when_far_from_the_document():
    # 14 October is a Tuesday in 2014, not in 2013: a caption months ahead of a misdated page
    assert value("Tuesday, October 14", published=dt.date(2014, 5, 12)) == "2014-10-14"
    assert value("Tuesday, 27 June", published=dt.date(2018, 10, 26)) == "2017-06-27"
    # a day from the document date a wrong weekday is a slip, not a year away
    assert value("Saturday, July 22", published=dt.date(2016, 7, 23)) == "2016-07-22"


def test_parser_a_month_a_past_verb_is_dated_by_reaches_a_year_back(nlp):
    jan = dt.date(2019, 1, 14)

    def values(text: str) -> list[str]:
        return [t.value for t in tag(text, published=jan, doc=nlp(text))]

    assert values("The court convicted the banker in March.") == ["2018-03"]
    assert values("The minister was questioned by police in March.") == ["2018-03"]
    # without a parse, the words before the date read the same (plainly_past_words)
    assert [t.value for t in tag("The court convicted the banker in March.", published=jan)] == ["2018-03"]
    assert [t.value for t in tag("The mayor said in March that the bridge would open.", published=jan)] == ["2019-03"]
    # a reporting verb whose own time the date is ("said in March that ...") carries it back, with the
    # parse (session 32: a past "said" names no March ahead); the date of what was said keeps the usual reach
    assert values("The mayor said in March that the bridge would open.") == ["2018-03"]
    assert values("The mayor said the bridge would open in March.") == ["2019-03"]
    # a plan, a bound, a condition or a modal do not carry the date back
    assert values("The opening was planned for March.") == ["2019-03"]
    assert values("If the mayor resigned on March 21, a new vote would follow.") == ["2019-03-21"]
    assert values("The board will meet in March.") == ["2019-03"]
    # a month-day in the coming month stays there: the document date lags; a month does not
    assert values("The board met on Feb. 2.") == ["2019-02-02"]
    assert values("The board fired its chairman in February.") == ["2018-02"]


def test_parser_a_past_told_through_an_adverb_or_the_present_perfect_reaches_a_year_back(nlp):
    nov = dt.date(2017, 11, 4)

    def values(text: str) -> list[str]:
        return [t.value for t in tag(text, published=nov, doc=nlp(text))]

    # the adverb's verb is the date's verb; the present perfect tells a past event
    assert values("Back in February, the army fired a rocket over the sea.") == ["2017-02"]
    assert values("The two leaders have met in Berlin in February and in Rome in June.") == ["2017-02", "2017-06"]
    # an aim ("for"), a reporting verb or a plan keeps the usual reach: February is nearer ahead
    assert values("Aides have cleared her calendar for February.") == ["2018-02"]
    assert values("Back in January, he said he would run.") == ["2018-01"]
    assert values("The company has agreed to pay the fine in February.") == ["2018-02"]


def test_parser_a_month_hung_on_a_noun_of_a_past_verb_reaches_a_year_back(nlp):
    march = dt.date(2015, 3, 16)

    def values(text: str) -> list[str]:
        return [t.value for t in tag(text, published=march, doc=nlp(text))]

    # the parse hangs "in June" on a noun of the verb's phrase; the verb in the simple past still dates it
    assert values("He launched a bitter assault during an interview with Channel 2 News in June.") == ["2014-06"]
    assert values("He was seen with a lobbyist in a Miami hotel lobby in August.") == ["2014-08"]
    # an infinitive, a reporting verb or a bound on the way keeps the usual reach
    assert values("He announced an agreement to acquire the firm in June.") == ["2015-06"]
    assert values("He told reporters at a briefing in June that the deal was dead.") == ["2015-06"]
    assert values("He cleared his calendar for talks in June.") == ["2015-06"]


def test_since_a_month_reaches_a_year_back():
    assert [t.value for t in tag("Prices have risen since January.", published=dt.date(2014, 12, 18))] == ["2014-01"]
    assert [t.value for t in tag("Prices have risen since November.", published=dt.date(2019, 10, 30))] == ["2018-11"]


def test_a_counted_unit_long_is_that_many_units():
    assert [(t.text, t.value) for t in tag("a 2-year-long war", published=P)] == [("2-year-long", "P2Y")]
    assert [(t.text, t.value) for t in tag("a ten-day-long strike", published=P)] == [("ten-day-long", "P10D")]
    assert [(t.text, t.value) for t in tag("a day-long meeting", published=P)] == [("day-long", "P1D")]


def test_one_day_after_to_is_a_length_unless_a_verb_follows():
    assert [t.value for t in tag("She was sentenced to one day in prison.", published=P)] == ["P1D"]
    assert [t.value for t in tag("He hopes to one day lead the party.", published=P)] == ["FUTURE_REF"]


def test_a_capitalised_frequency_word_before_a_name_is_no_set():
    assert tag("Sign up for Weekly Briefings", published=P) == []
    assert tag("a columnist for the Daily Beast", published=P) == []
    assert [t.value for t in tag("Inspectors visit the site daily.", published=P)] == ["P1D"]
    assert [t.text for t in tag("The museum opens daily Monday to Friday.", published=P)][:1] == ["daily"]


def test_months_joined_to_one_with_a_year_share_it():
    values = [(t.text, t.value) for t in tag("Sales fell in the spring and summer of 2016.", published=P)]
    assert values == [("the spring", "2016-SP"), ("summer of 2016", "2016-SU")]
    assert [t.value for t in tag("from March to May 2014", published=P)] == ["2014-03", "2014-05"]


def test_a_month_of_that_year_and_that_month_take_the_narrative_year():
    text = "The plant opened in June 2012. It closed in May of that year. In 2009 she left; that same March she came back."
    assert [(t.text, t.value) for t in tag(text, published=P)] == [
        ("June 2012", "2012-06"), ("May of that year", "2012-05"), ("2009", "2009"), ("that same March", "2009-03")]
    assert [t.value for t in tag("In 2010, the year the party won, prices rose.", published=P)] == ["2010", "2010"]
    assert tag("She said that May would win.", published=P) == []


def test_a_refusal_to_comment_is_told_in_the_past():
    wed = dt.date(2019, 1, 16)
    assert [t.value for t in tag("A spokesman would not comment Friday.", published=wed)] == ["2019-01-11"]
    assert [t.value for t in tag("She wouldn't say on Monday whether she agreed.", published=wed)] == ["2019-01-14"]
    assert [t.value for t in tag("He said he would meet them on Friday.", published=wed)] == ["2019-01-18"]


# -- direction from tense and aspect (P is a Tuesday) -----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a past obligation that was met: it happened
    ("The bakery had to close its doors on Monday.", "2021-10-18"),
    # a passive infinitive under a schedule or an expectation looks ahead
    ("The interview is scheduled to be aired on Friday.", "2021-10-22"),
    ("The interview, scheduled to be aired on Friday, was recorded in a studio.", "2021-10-22"),
    ("The report is expected to be released on Thursday.", "2021-10-21"),
    # a plain past passive stays past
    ("The suspect was arrested on Friday.", "2021-10-15"),
])
def test_tense_and_aspect_decide_the_weekday_with_and_without_the_parse(nlp, text, expected):
    assert [t.value for t in tag(text, published=P)] == [expected], "words"
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == [expected], "parse"


def test_tense_words_participle_after_a_bare_be_is_no_past_tense():
    # "to be aired": a passive; the clause's tense is its auxiliary's
    assert _values("The debate is set to be aired in March.")["March"] == "2022-03"
    assert _values("The officers were fired in March.")["March"] == "2021-03"


def test_holidays_table_dates_every_row():
    expected = {"Christmas Eve 2020": "2020-12-24", "Christmas Day 2020": "2020-12-25",
                "New Year's Eve 2020": "2020-12-31", "New Year's Day 2020": "2020-01-01",
                "Thanksgiving 2020": "2020-11-26", "Election Day 2020": "2020-11-03",
                "Independence Day 2020": "2020-07-04", "Labour Day 2020": "2020-09-07",
                "Memorial Day 2020": "2020-05-25", "Veterans Day 2020": "2020-11-11", "Halloween 2020": "2020-10-31",
                "Easter Sunday 2020": "2020-04-12", "Good Friday 2020": "2020-04-10",
                "Valentine's Day 2020": "2020-02-14", "Fourth of July 2020": "2020-07-04",
                "July Fourth 2020": "2020-07-04", "Martin Luther King Jr. Day 2020": "2020-01-20",
                "Presidents' Day 2020": "2020-02-17", "Super Tuesday 2020": "2020-03-03",
                "Palm Sunday 2020": "2020-04-05", "Maundy Thursday 2020": "2020-04-09",
                "Holy Thursday 2020": "2020-04-09", "Ash Wednesday 2020": "2020-02-26",
                "Fat Tuesday 2020": "2020-02-25", "Shrove Tuesday 2020": "2020-02-25",
                "Black Friday 2020": "2020-11-27", "Small Business Saturday 2020": "2020-11-28",
                "Cyber Monday 2020": "2020-11-30", "Giving Tuesday 2020": "2020-12-01"}
    for expression, date in expected.items():
        assert value(expression) == date, expression
    from newsgraph.time._holidays import HOLIDAYS
    assert len(HOLIDAYS) == 26  # every row above (Christmas and New Year's have two each, July Fourth two names)
    # the rule is looked for by the first words of its names, not over the whole text (a nested group in an
    # anchor made it so, and the stage 7% slower)
    from newsgraph.time._holidays import RULE
    from newsgraph.time._tagger import word_starts
    assert word_starts(RULE.anchor) is not None


def test_holiday_next_and_last_as_a_weekday_takes_them():
    # in October, last Christmas lies ten months back: "last" decides, however far
    assert value("last Christmas") == "2020-12-25"
    assert value("this past Easter") == "2021-04-04"
    assert value("next Thanksgiving") == "2021-11-25"
    assert value("last Thanksgiving") == "2020-11-26"


@pytest.mark.parametrize("text", [
    "Copyright 2019 The Example Post, LLC. Click here for reprint permission.",
    "(c) 2019 Example Wire. All rights reserved.",
    "Copyright © 2005-2019 Example Network, Inc.",
])
def test_copyright_year_is_no_date(text):
    assert tag(text, published=P) == []


def test_a_year_near_the_word_copyright_in_a_sentence_stays_a_date():
    assert [t.value for t in tag("The copyright law passed in 2019 is under review.", published=P)] == ["2019"]


def test_a_posting_stamp_on_its_own_line_is_no_date():
    # a web page's "N years ago" above the story was read when the page was saved, not when it was written
    text = "4 years ago\n\n(Wire) - The mayor said on Monday that the bridge opened two years ago."
    assert [t.text for t in tag(text, published=P)] == ["Monday", "two years ago"]
    assert normalise("4 years ago", published=P) == ("DATE", "2017", None)


# -- one direction for every relative expression (_direction, _normalise.pick) ---------------------
def test_pick_takes_a_relation_word_however_far_and_else_the_direction():
    from newsgraph.time._normalise import Direction, pick
    ref = dt.date(2021, 10, 19)
    years = [dt.date(2020, 12, 25), dt.date(2021, 12, 25), dt.date(2022, 12, 25)]
    assert pick(ref, years, Direction(None), -1) == dt.date(2020, 12, 25)
    assert pick(ref, years, Direction(None), 1) == dt.date(2021, 12, 25)
    assert pick(ref, years, Direction(None), 0) == dt.date(2021, 12, 25)
    # a past sense reaches 250 days back by default, a year when the text leaves no doubt
    assert pick(ref, years, Direction("past")) == dt.date(2021, 12, 25)
    assert pick(ref, years, Direction("past", back=366)) == dt.date(2020, 12, 25)
    assert pick(ref, [None, dt.date(2021, 2, 28), None], Direction("past")) == dt.date(2021, 2, 28)


@pytest.mark.parametrize("text, expected", [
    # a holiday told in a simple past clause is the last one, even ten months back
    ("They met at Christmas.", "2020-12-25"),
    ("The shop closed its doors on Thanksgiving.", "2020-11-26"),
    # a reporting verb's past is not the holiday's; a future is ahead
    ("She said the troops return home at Christmas.", "2021-12-25"),
    ("We will meet at Christmas.", "2021-12-25"),
])
def test_holiday_follows_the_clause_as_a_month_does(nlp, text, expected):
    assert [t.value for t in tag(text, published=P)] == [expected], "words"
    assert [t.value for t in tag(text, published=P, doc=nlp(text))] == [expected], "parse"


def test_plain_past_by_the_words_reaches_a_year_back():
    # without the parse, a simple past joined to the month by a preposition of time dates it
    assert _values("He was arrested in November.")["November"] == "2020-11"
    assert _values("The officers fired him in November.")["November"] == "2020-11"
    # a reporting verb, a condition or a modal does not
    assert _values("The company said in November that profits fell.")["November"] == "2021-11"
    assert _values("If she quit in November, a new vote would follow.")["November"] == "2021-11"


def test_an_attack_named_by_its_month_is_over():
    # as "the Sept. 11 attacks" is the last Sept. 11, "the September attacks" is the last September
    assert _values("Funding was raised after the September attacks on the consulate.")["September"] == "2021-09"
    assert _values("Funding rose after the September attacks on the consulate.",
                   published=dt.date(2021, 7, 25))["September"] == "2020-09"


def test_a_bound_looks_ahead_unless_a_past_clause_tells_what_was_done_by_then():
    # a deadline, set in the past or not, lies ahead
    assert _values("The deadline was extended until Friday.")["Friday"] == "2021-10-22"
    assert _values("The letter asked the minister to reply by Wednesday.")["Wednesday"] == "2021-10-20"
    assert _values("The plant must close by Friday.")["Friday"] == "2021-10-22"
    # a bound fronted in a past sentence, or "before" after a simple past, tells what was done by then
    assert _values("By Monday night, the candidate released a statement.")["Monday night"] == "2021-10-18TNI"
    v = _values("But by September, when the air strikes began, the targets had changed.",
                published=dt.date(2021, 3, 14))
    assert v["September"] == "2020-09"
    assert _values("He was shot shortly before midnight Friday by a gunman.")["midnight Friday"] == "2021-10-15T24:00"


def test_an_event_named_by_its_weekday_with_any_modifier_is_over():
    assert _values("Police also tied a Wednesday night warehouse blast to the gang.")["Wednesday night"] == "2021-10-13TNI"


def test_following_before_a_possessive_weekday_is_a_preposition():
    v = _values("Lawmakers revived the effort following Tuesday's special election.", published=dt.date(2021, 10, 21))
    assert v == {"Tuesday": "2021-10-19"}
    # "the following Tuesday" stays the relation
    assert _values("The following Tuesday the board met.")["The following Tuesday"] == "2021-10-26"


@pytest.mark.parametrize("text, expected", [
    # an infinitive of a verb that says the thing was done shares its tense
    ("An adviser tried to walk back the remark Friday.", "2021-10-15"),
    ("The senators will try to pass the bill on Friday.", "2021-10-22"),
    # an infinitive of result ("only to") follows its verb
    ("He called off the summit Monday, only to revive it Friday.", "2021-10-15"),
])
def test_parser_infinitives_of_trying_and_of_result_share_their_verbs_tense(nlp, text, expected):
    assert [t.value for t in tag(text, published=P, doc=nlp(text))][-1] == expected


def test_a_growth_rate_and_a_speed_are_no_time():
    # TimeBank and AQUAINT leave the unit of a growth rate or a speed untagged
    for text in ("Output is forecast to grow 4.5% annually through the decade's end.",
                 "Rents rose 3 percent a year under the old law.",
                 "The new relay handles 20 million packets per second."):
        assert [t for t in tag(text, published=P) if t.type in ("SET", "DURATION")] == [], text
    # a frequency, a sum of money by the year and a plain duration stay what they were
    assert [(t.text, t.type) for t in tag("The board meets twice a month.", published=P)] == [("a month", "SET")]
    assert [(t.text, t.type) for t in tag("The levy raises $3 million a year.", published=P)] == [("a year", "SET")]
    assert [(t.text, t.type) for t in tag("Staff earn $15 per hour.", published=P)] == [("per hour", "SET")]
    assert [(t.text, t.type) for t in tag("The fair is held annually.", published=P)] == [("annually", "SET")]
    assert [t.value for t in tag("The repairs were done within a week.", published=P)] == ["P1W"]


def test_a_weekdays_part_of_the_day_is_a_time_of_that_part():
    # P is a Tuesday
    v = tag("The council adjourned Monday evening and met again on Tuesday afternoon.", published=P)
    assert [(t.text, t.type, t.value) for t in v] == [("Monday evening", "TIME", "2021-10-18TEV"),
                                                     ("Tuesday afternoon", "TIME", "2021-10-19TAF")]
    # a night and a morning too, as TimeML gives them (docs/evaluation.md, issue #18, the part of the day)
    v = tag("The ferry sank Sunday night; divers arrived Monday morning.", published=P)
    assert [(t.type, t.value) for t in v] == [("TIME", "2021-10-17TNI"), ("TIME", "2021-10-18TMO")]


def test_the_year_ago_period_is_the_reported_quarter_a_year_back():
    pub = dt.date(1989, 10, 26)
    # a fiscal first quarter that ended in September keeps its number a year back
    text = ("The toolmaker earned $4 million in its fiscal first quarter. Sales rose to $90 million from "
            "$80 million a year earlier.")
    assert _values(text, pub)["a year earlier"] == "1988-Q1"
    # the latest quarter the story named, not one it names in passing for comparison
    text = ("The brewer posted a gain in third-quarter profit. After a weak second quarter, margins "
            "recovered; costs were lower than a year ago.")
    v = _values(text, pub)
    assert v["a year ago"] == "1988-Q3" and v["weak second quarter"] == "1989-Q2"


def test_a_when_clause_after_the_date_gives_its_tense():
    pub = dt.date(2016, 5, 19)
    # the clause that tells what happened then decides, whatever the main clause's tense
    assert _values("Officials see signs of a plot like the one in October when an airliner was downed.", pub)[
        "October"] == "2015-10"
    assert _values("The reform stalled in January, when the coalition split.", pub)["January"] == "2016-01"
    assert _values("The party looks to October, when voters will elect a mayor.", dt.date(2016, 3, 1))[
        "October"] == "2016-10"
    # a plan told in the past says nothing of the date: the main clause's future stands
    assert _values("The fair will not open on June 12 when it was scheduled to open.", pub)[
        "June 12"] == "2016-06-12"


# -- the anchor scan -----------------------------------------------------------------------------
def test_word_starts_reads_only_word_anchors():
    from newsgraph.time._tagger import word_starts

    assert word_starts(r"\b(?:ago|earlier|from\s+now)\b") == ("ago", "earlier", "from")
    assert word_starts(r"\b(?:week|yrs?\b|mins?\b)") == ("week", "yr", "min")  # an optional last letter
    assert word_starts(r"\bweekend") == ("weekend",)
    assert word_starts(r"\bhalf|two\s+quarters") is None  # the second alternative may start inside a word
    assert word_starts(r"\b(?:h1|h2)|x") is None
    assert word_starts(r"\bh[12]\b") is None  # one letter: a scan for it stops at every other word
    assert word_starts(r"\d\d\d\d") is None
    assert word_starts(r"year") is None


_SCAN_TEXT = (
    "On Monday, Jan. 5, 2015 at 4:30 p.m. EST the board met; two thousand and twelve, the 1990s, mid-2010, Q3 "
    "2019 and 3Q results, H1 2020, the first half of the year. Weeks later, nowadays, at midnight on "
    "Christmas Eve, every other Tuesday, twice weekly, the 21st century, fiscal 2014, the year-ago period, "
    "the end of the month, recent years, the past few days, 10 yrs ago, 2 hrs from now, summer of '98, "
    "Labour Day, the future, Hemingway's days, sundays and monday mornings; the weekend before."
)


@pytest.mark.parametrize("text", [_SCAN_TEXT, _SCAN_TEXT.lower(), _SCAN_TEXT * 3, "x" * 40 + _SCAN_TEXT[::-1]])
def test_one_scan_finds_the_windows_of_every_anchor(text):
    from newsgraph.time._tagger import _ANCHORS, _WORD_STARTS, _all_windows, _windows

    assert len(_WORD_STARTS) >= 10  # most anchors are read in the one scan
    lower = text.lower()
    windows = _all_windows(lower)
    for anchor in _ANCHORS:
        assert windows[anchor] == _windows(lower, anchor), anchor.pattern


def test_bare_units_measuring_a_distance_are_vague_durations():
    # "hours after", "days before", "minutes too late": a measure of unknown number (session 12 of #18)
    v = _values("The army struck back just hours after the video came out, days before the summit, "
                "and the warning came minutes too late.")
    assert v == {"hours": "PTXH", "days": "PXD", "minutes": "PTXM"}
    # after a determiner or an adjective the unit is a noun, not a measure
    assert _values("In the days after the vote, and in those hours before dawn, it rained.") == {}
    # "seconds before" stays untagged, as in AQUAINT
    assert _values("He fled seconds before the blast.") == {}


def test_in_years_up_to_now_and_unit_long_compounds():
    assert _values("For the first time in years the budget is not the main order of business.") == {"years": "PXY"}
    assert _values("As in years past, and in years when rain fell, it flooded.") == {}
    assert _values("They protested against his yearlong rule and a weeklong strike.") == {"yearlong": "P1Y",
                                                                                          "weeklong": "P1W"}


def test_one_unit_and_a_half_and_the_past_before_a_number_of_people():
    assert _values("Their record over the past decade and a half looks mixed.") == {"the past decade and a half": "P15Y"}
    assert _values("Neither of the past two envoys agreed.") == {}


def test_the_next_part_of_the_day_steps_from_the_day_told_not_a_year_named_in_passing():
    nov = dt.date(2014, 11, 23)
    v = _values("At 4 p.m. on Wednesday, members of the 2012 class met. Everyone knew that the next evening, "
                "the governor would speak.", nov)
    assert v["the next evening"] == "2014-11-20TEV"


def test_a_clock_time_takes_the_day_its_sentence_named():
    jan = dt.date(2020, 1, 9)
    v = _values("The ferry sank at about 7am local time on Wednesday (3.30am GMT).", jan)
    assert v["3.30am GMT"] == "2020-01-08T03:30"
    # in a sentence of its own, told in the past, it takes the day the story named just before (session 44:
    # the narrative's day); told in the present it stays on the document date
    assert _values("The plane went down on Wednesday. It took off at 3.30am GMT.", jan)["3.30am GMT"] == "2020-01-08T03:30"
    assert _values("The plane went down on Wednesday. Flights leave at 3.30am GMT.", jan)["3.30am GMT"] == "2020-01-09T03:30"


def test_a_schedule_participle_looks_ahead_and_a_joined_weekday_follows_the_first():
    sep = dt.date(2017, 9, 4)  # a Monday
    v = _values("The week, with hearings scheduled for Wednesday and Thursday, looks busy.", sep)
    assert v == {"Wednesday": "2017-09-06", "Thursday": "2017-09-07"}
    # a schedule told in the past by its auxiliary names a day from the day before yesterday to five days ahead
    # (session 45: read five days back it lies two ahead, tests/test_time_dates45.py); the day before yesterday stays
    assert _values("The vote was scheduled for Wednesday but was postponed.", sep) == {"Wednesday": "2017-09-06"}
    assert _values("The vote was scheduled for Saturday but was postponed.", sep) == {"Saturday": "2017-09-02"}
    # two past weekdays in either order stay in the past
    assert _values("Following are statements made Friday and Thursday by the lawyer.", sep) == {
        "Friday": "2017-09-01", "Thursday": "2017-08-31"}
    # on the first weekday itself, the second keeps its own reading
    fri = dt.date(2013, 6, 7)
    assert _values("But the Friday and Saturday summit is set to include talks.", fri)["Saturday"] == "2013-06-08"


def test_a_date_before_a_plan_told_in_the_past_is_the_time_of_the_planning():
    # P is a Tuesday; without the parse the words decide
    assert _values("On Friday, the city council decided to sell the old depot.")["Friday"] == "2021-10-15"
    assert _values("The union on Sunday vowed to strike until spring.")["Sunday"] == "2021-10-17"
    # a plan told in the present, or a date after the plan, still looks ahead
    assert _values("On Friday, the city council plans to sell the old depot.")["Friday"] == "2021-10-22"
    assert _values("The city council decided to sell the old depot on Friday.")["Friday"] == "2021-10-22"


def test_a_unit_and_a_half_of_any_size_is_a_duration():
    # weeks join no other ISO unit, so a week and a half keeps its fraction; months and days split
    for text, value in (("The strike lasted a week and a half.", "P1.5W"),
                        ("The strike lasted two and a half weeks.", "P2.5W"),
                        ("The strike lasted a month and a half.", "P1M15D"),
                        ("The strike lasted a day and a half.", "P1DT12H"),
                        ("The strike lasted a year and a half.", "P1Y6M")):
        assert [(t.type, t.value) for t in tag(text, published=P)] == [("DURATION", value)], text


def test_a_quarter_century_and_the_centuries_written_as_hundreds():
    assert _values("She spent a quarter-century in the diplomatic corps.") == {"a quarter-century": "P25Y"}
    assert _values("It was the first strike in a quarter of a century.") == {"a quarter of a century": "P25Y"}
    assert _values("Over the past quarter century, fares doubled.") == {"the past quarter century": "P25Y"}
    v = tag("The late 1800s and the early 1900s brought the railway.", published=P)
    assert [(t.value, t.mod) for t in v] == [("18", "END"), ("19", "START")]
    # the 2000s are the decade, as the 1990s are
    assert _values("Prices rose in the early 2000s and the 1990s.") == {"the early 2000s": "200", "the 1990s": "199"}


def test_every_season_is_a_set():
    assert [(t.text, t.type, t.value) for t in tag("The river floods every spring.", published=P)] == [
        ("every spring", "SET", "XXXX-SP")]
    assert [(t.text, t.type, t.value) for t in tag("Each summer, the league plays abroad.", published=P)] == [
        ("Each summer", "SET", "XXXX-SU")]


def test_the_islamic_state_in_capitals_is_no_present_tense():
    # "IS" is the group's name, not the verb: the weekday of a simple past is the one before
    text = "Earlier Wednesday, three IS fighters attacked the checkpoint."
    assert [t.value for t in tag(text, published=dt.date(2019, 10, 10))] == ["2019-10-09"]
    text = "The convoy is leaving on Wednesday."
    assert [t.value for t in tag(text, published=dt.date(2019, 10, 10))] == ["2019-10-16"]


def test_parser_tense_the_islamic_state_in_capitals_is_no_verb(nlp):
    text = "Earlier Wednesday, three IS fighters targeted the checkpoint."
    assert [t.value for t in tag(text, published=dt.date(2019, 10, 10), doc=nlp(text))] == ["2019-10-09"]


def test_a_month_day_named_again_without_its_year_is_the_day_the_text_named():
    sep = dt.date(2013, 9, 30)
    # alone, a caption in the present ("arrives on March 20") reads the next March 20
    assert _values("The envoy arrives on March 20.", sep) == {"March 20": "2014-03-20"}
    # after the story named it with its weekday or its year, it is that day
    v = [t.value for t in tag("The talks opened on Wednesday, March 20. The envoy arrives on March 20.", published=sep)]
    assert v == ["2013-03-20", "2013-03-20"]
    v = [t.value for t in tag("The talks opened on March 20, 2013. The envoy arrives on March 20.", published=sep)]
    assert v == ["2013-03-20", "2013-03-20"]
    # a date stated more than a year from the document date is not the day meant again
    v = [t.value for t in tag("The talks opened on March 20, 2011. The envoy arrives on March 20.", published=sep)]
    assert v == ["2011-03-20", "2014-03-20"]
    # nor is another day of the month, and a relation word decides alone
    v = [t.value for t in tag("The talks opened on Wednesday, March 20. The envoy arrives on March 21.", published=sep)]
    assert v == ["2013-03-20", "2014-03-21"]
    v = [t.value for t in tag("The talks opened on Wednesday, March 20. The envoy arrives next March 20.",
                              published=sep)]
    assert v[-1] == "2014-03-20"
    v = [t.value for t in tag("The talks opened on Wednesday, March 20. The envoy arrives on March 20 next year.",
                              published=sep)]
    assert v[1] == "2014-03-20"


def _readings(text: str, published: dt.date = P) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, published=published)]


def test_a_clock_time_before_on_and_a_date_is_a_time_of_that_day():
    # the date stays a timex of its own and gives the clock its day, as "on Friday" already did
    assert _readings("The polls will open at 7 a.m. on Oct. 25 across the province.") == [
        ("7 a.m.", "TIME", "2021-10-25T07:00"), ("Oct. 25", "DATE", "2021-10-25")]
    assert _readings("The ferry sails at 09:30 GMT on 27 October, the harbour office says.") == [
        ("09:30 GMT", "TIME", "2021-10-27T09:30"), ("27 October", "DATE", "2021-10-27")]
    assert _readings("The mayor signed the order at noon on Jan. 5, 2019, in her office.") == [
        ("noon", "TIME", "2019-01-05T12:00"), ("Jan. 5, 2019", "DATE", "2019-01-05")]
    # a clock joined to the date by anything but "on" keeps the day the rules gave it
    assert _readings("The ferry left at 9 a.m. and returned on Oct. 12.")[0] == ("9 a.m.", "TIME", "2021-10-19T09:00")


def test_a_plural_unit_before_long_is_a_measure_of_unknown_number():
    # "a weeks-long standoff" is no week: the article belongs to the noun after the measure
    assert _readings("The strike ended a weeks-long standoff at the port.") == [("weeks-long", "DURATION", "PXW")]
    assert _readings("The days-long siege of the town is over.") == [("days-long", "DURATION", "PXD")]
    assert _readings("Negotiators emerged from an hours-long session.") == [("hours-long", "DURATION", "PTXH")]
    # a counted measure keeps its number
    assert _readings("The ship sank within one or two minutes.") == [("one or two minutes", "DURATION", "PT1M")]


def test_a_quarter_of_people_and_some_quarters_are_no_time():
    assert _readings("Nearly a quarter of voters stayed home, and a quarter of whom were young.") == []
    assert _readings("The plan drew praise in some quarters of the party and scorn in some quarters.") == []
    # a quarter of a year and counted quarters stay timexes
    assert _readings("The firm lost money in a quarter.") == [("a quarter", "DURATION", "P1Q")]
    assert _readings("Sales fell for several quarters.") == [("several quarters", "DURATION", "PXQ")]


def test_in_recent_before_a_noun_that_is_no_time_is_no_timex():
    assert _readings("In recent polls, the senator trails her rival.") == []
    assert _readings("It was the worst storm in recent memory.") == []
    assert _readings("Congress in recent times has rarely objected.") == [("recent times", "DATE", "PAST_REF")]
    assert _readings("Prices have risen in recent weeks.") == [("recent weeks", "DURATION", "PXW")]


def test_an_ordering_adverb_before_a_timex_leaves_the_timex_alone():
    # "most recently" orders the visit among others; the date after it names the time
    assert _readings("She toured the plant three times, most recently on March 10, with her staff.") == [
        ("March 10", "DATE", "2021-03-10")]
    assert _readings("Two judges were threatened, most recently last October.") == [
        ("last October", "DATE", "2020-10")]
    # alone, or after its timex, it stays a timex
    assert _readings("The board recently approved the merger.") == [("recently", "DATE", "PAST_REF")]
    assert [r[2] for r in _readings("The strike has lasted six weeks now.")] == ["P6W", "PRESENT_REF"]
    # "now until March 1" is a stretch that starts now: both ends stay
    assert [r[0] for r in _readings("The office stays open from now until March 1.")] == ["now", "March 1"]


def test_now_set_off_at_the_head_of_a_sentence_is_no_timex():
    assert _readings("The mill closed in 1990. Now, the town says, the site will be a park.") == [
        ("1990", "DATE", "1990")]
    assert _readings("Tickets were sold by phone. Currently, buyers must queue at the gate.") == []
    # inside the clause, without its comma, or in "For now," it stays a timex
    assert _readings("The mill now makes paper.") == [("now", "DATE", "PRESENT_REF")]
    assert _readings("Now the town wants a park.") == [("Now", "DATE", "PRESENT_REF")]
    assert _readings("For now, the site stays empty.") == [("now", "DATE", "PRESENT_REF")]


def test_the_year_ago_period_of_a_report_is_its_quarter_however_far_the_lede():
    pub = dt.date(1989, 10, 26)
    # the lede names the quarter; paragraphs on the dividend and the markets come between
    filler = ("The company also raised its dividend to $1.20 a share from $1.05, a change that will lift "
              "the annual payout by some $140 million. It is benefiting from its broad range of businesses "
              "despite a weakening in the housing market and a stronger dollar, which lowers the value of "
              "overseas earnings when they are translated into dollars. ") * 2
    text = ("The chemicals maker reported that third-quarter profit grew 19%. " + filler +
            "In the year-earlier period, the company earned $461 million.")
    assert _values(text, pub)["the year-earlier period"] == "1988-Q3"
    # a sentence on a longer period still names the year
    text = ("The chemicals maker reported that third-quarter profit grew 19%. " + filler +
            "For the nine months, it earned $2 billion, up from $1.6 billion a year earlier.")
    assert _values(text, pub)["a year earlier"] == "1988"


@pytest.mark.parametrize("published, expected", [
    (dt.date(2012, 9, 12), "2011-08"),  # the month just ended: a year further back
    (dt.date(2012, 9, 1), "2011-08"),
    (dt.date(2012, 8, 20), "2011-08"),  # the current month: the one a year back, as before
    (dt.date(2012, 10, 20), "2012-08"),  # two months back: the latest one, as before
])
def test_last_and_the_month_just_ended_is_a_year_back(published, expected):
    assert _values("Warplanes helped the rebels drive out the dictator last August.", published)[
        "last August"] == expected
    # "this past" names the month just ended
    if published == dt.date(2012, 9, 12):
        assert _values("Warplanes struck this past August.", published)["this past August"] == "2012-08"


@pytest.mark.parametrize("text, expression, expected", [
    ("Cuts run through the fiscal year, which ends Sept. 30.", "Sept. 30", "2013-09-30"),
    ("The trade authority expires on July 1, analysts said.", "July 1", "2013-07-01"),
    ("The bill takes effect Jan. 1.", "Jan. 1", "2014-01-01"),
    ("Her work permit expires in January.", "January", "2014-01"),
    # the simple past keeps the date behind
    ("The program ended Sept. 30, officials said.", "Sept. 30", "2012-09-30"),
])
def test_a_schedule_verb_in_the_present_looks_ahead_a_year(text, expression, expected):
    assert _values(text, dt.date(2013, 3, 1))[expression] == expected


def test_most_recently_and_as_recently_as_look_back():
    pub = dt.date(2019, 11, 11)
    # the latest of things that happened: the last May 8, not the coming one
    assert _values("She visited the site at least four times, most recently on May 8.", pub)["May 8"] == "2019-05-08"
    # a Wednesday story: "most recently on Monday" is two days back
    assert _values("Tensions have been on display, most recently on Monday.", dt.date(2013, 6, 19))[
        "Monday"] == "2013-06-17"
    # "as recently as Tuesday": the bound's time is the weekday; "recently" is no timex of its own
    found = tag("As recently as Tuesday, he said no.", published=dt.date(2013, 3, 13))
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2013-03-12")]
    # "recently" apart from the weekday stays
    found = tag("It happened recently, as Monday's vote showed.", published=dt.date(2013, 3, 13))
    assert [t.text for t in found] == ["recently", "Monday"]


def test_until_before_a_verb_in_the_past_is_a_bound_that_passed():
    thursday = dt.date(2016, 3, 17)
    assert _values("Rubio, who until Tuesday was a candidate, said he was sad.", thursday)["Tuesday"] == "2016-03-15"
    assert _values("Not until Wednesday night did he embrace that vision.", thursday)[
        "Wednesday night"] == "2016-03-16TNI"
    # a bound before a clause in the present or the future still looks ahead
    assert _values("The talks will run until Tuesday.", thursday)["Tuesday"] == "2016-03-22"


@pytest.mark.parametrize("text, expected", [
    ("The Senate is in recess during the last week of May.", ("the last week of May", "2021-W21")),
    ("Congress returns in the first week of September.", ("the first week of September", "2021-W35")),
    ("Talks resume in the second week of November 2021.", ("the second week of November 2021", "2021-W45")),
    ("Rallies are planned for the first weekend of December.", ("the first weekend of December", "2021-W48-WE")),
    ("Sales fell in the last week of December 2015.", ("the last week of December 2015", "2015-W53")),
])
def test_a_week_of_a_month_is_that_week(text, expected):
    # one timex, as "the week of March 6" is, and not "the last week" before the document date
    assert [(t.text, t.value) for t in tag(text, published=P)] == [expected]


def test_past_after_a_verb_is_a_preposition_not_last():
    jan = dt.date(2014, 1, 20)

    def read(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, published=jan)]

    # "beyond": the date alone is the timex, read as any date after its verb ("extended ... past" looks ahead)
    assert read("The mandate was extended past December.") == [("December", "2014-12")]
    assert read("The deadline to enroll was extended past March 31.") == [("March 31", "2014-03-31")]
    assert read("The sell-off pushed shares past Monday's low.") == [("Monday", "2014-01-20")]
    # after a determiner or a preposition "past" is "last", and stays in the extent
    assert read("Prices fell this past Monday.") == [("this past Monday", "2014-01-13")]
    assert read("Sales rose this past spring.") == [("this past spring", "2013-SP")]
    assert read("He met her the past Wednesday.") == [("past Wednesday", "2014-01-15")]


@pytest.mark.parametrize("published, expected", [
    (dt.date(2020, 3, 4), "2020-03-03"),   # "after his showing on Super Tuesday", the day after
    (dt.date(2019, 12, 27), "2020-03-03"),  # "heading into Super Tuesday", months ahead
    (dt.date(2016, 4, 27), "2016-03-01"),
    (dt.date(2008, 1, 20), "2008-02-05"),
])
def test_super_tuesday_is_the_primaries_day_of_the_nearest_election_year(published, expected):
    text = "The campaign looked to Super Tuesday."
    assert [(t.text, t.value) for t in tag(text, published=published)] == [("Super Tuesday", expected)]


def test_a_weekday_in_a_capitalised_name_is_no_date():
    wednesday = dt.date(2017, 7, 19)

    def read(text: str) -> list[tuple[str, str]]:
        return [(t.text, t.value) for t in tag(text, published=wednesday)]

    # a name that a weekday opens or closes tells no day near the story
    assert read("A leader of the centrist Tuesday Group, he voted against the bill on Monday.") == [
        ("Monday", "2017-07-17")]
    assert read("In March, the Sunday Times ranked the town among the safest in Europe.") == [("March", "2017-03")]
    assert read("She told the Mail on Sunday that she was leaving the party.") == []
    assert read("The former \u201cSaturday Night Live\u201d star worked overtime.") == []
    assert read("He would resign rather than trigger a potential Saturday Night Massacre, aides said.") == []
    assert read("The Good Friday Agreement ended three decades of violence.") == [("three decades", "P30Y")]
    assert read("Crowds in Derry marked the anniversary of Bloody Sunday again this year.") == [("this year", "2017")]
    # a named day of the calendar is that day; the programme that airs on its day dates what was said there
    assert read("Crowds filled the stores on Black Friday.") == [("Black Friday", "2016-11-25")]
    assert read("Online sales rose on Cyber Monday.") == [("Cyber Monday", "2016-11-28")]
    assert read("Haley told Fox News Sunday that the sanctions would stay.") == [("Sunday", "2017-07-16")]
    assert read("The House will vote on the bill Tuesday.") == [("Tuesday", "2017-07-25")]


def test_a_gallery_caption_takes_its_year_from_the_caption_before():
    # a gallery page keeps the date it was posted (August 2013) while pictures of 2014 are added on top
    page = dt.date(2013, 8, 26)
    text = ("Syria in photos. Hide Caption 1 of 9 Photos: A man walks through rubble in Aleppo on Saturday, "
            "February 1. Hide Caption 2 of 9 Photos: Smoke rises over the city on January 31. Hide Caption 3 of 9 "
            "Photos: Rebels take position on January 29. Hide Caption 4 of 9 Photos: A boy stands in a doorway "
            "on December 28, 2012. Hide Caption 5 of 9 Photos: Fighters rest on January 3. Hide Caption 6 of 9")
    values = {t.text: t.value for t in tag(text, published=page)}
    assert values["Saturday, February 1"] == "2014-02-01"  # the weekday fixes the year
    assert values["January 31"] == "2014-01-31"  # the last January 31 before the page's date was 2013's
    assert values["January 29"] == "2014-01-29"
    assert values["January 3"] == "2013-01-03"  # after a picture of December 2012, the January after it
    # a day within a month of the page's date is the news the gallery was made for
    text = ("Embassy closings. Hide Caption 1 of 3 Photos: The consulate in Oldtown, seen here at a rally on "
            "September 11, 2012, stays shut. Hide Caption 2 of 3 Photos: The mission in Newtown is shut "
            "until August 10. Hide Caption 3 of 3")
    assert {t.text: t.value for t in tag(text, published=dt.date(2013, 8, 2))}["August 10"] == "2013-08-10"
    # prose after a gallery is no caption
    text = ("Hide Caption 1 of 2 Photos: Voters line up on Tuesday, March 1, 2016. Hide Caption 2 of 2\n\n"
            "Talk of terror has been tough ever since the September 11 attacks.")
    assert {t.text: t.value for t in tag(text, published=dt.date(2016, 6, 14))}["September 11"] == "2015-09-11"


def test_a_photo_caption_in_the_present_tells_what_the_picture_shows():
    monday = dt.date(2013, 9, 16)
    # a present tense next to a photo credit or a gallery's words is a caption: the picture was taken
    text = ("Secretary of State John Kerry arrives at the airport in Tel Aviv on Sunday for a meeting with the "
            "prime minister. (Photo: Pool photo by Larry Downing)")
    assert [t.value for t in tag(text, published=monday)] == ["2013-09-15"]
    text = "Hide Caption 3 of 12 Photos: The envoy arrives in Cairo on Sunday. Hide Caption 4 of 12"
    assert [t.value for t in tag(text, published=monday)] == ["2013-09-15"]
    # without them the present names a schedule
    text = "Secretary of State John Kerry arrives at the airport in Tel Aviv on Sunday for a meeting."
    assert [t.value for t in tag(text, published=monday)] == ["2013-09-22"]


def test_a_caption_in_the_present_reads_back_with_the_parser(nlp):
    monday = dt.date(2013, 9, 16)
    text = "Photos: Egypt in turmoil – Protesters gather in Tahrir Square on Sunday. Hide Caption 4 of 12"
    assert [t.value for t in tag(text, published=monday, doc=nlp(text))] == ["2013-09-15"]
    text = "The president meets the chancellor on Sunday in Berlin."
    assert [t.value for t in tag(text, published=monday, doc=nlp(text))] == ["2013-09-22"]


def test_until_after_a_negated_past_is_when_it_happened_up_to_a_year_back():
    jan = dt.date(2018, 1, 24)
    # "was not forced to resign until Feb. 13" (in January): it happened then, eleven months back
    text = "The minister was not forced to quit until 13 February, the night of the vote."
    assert [t.value for t in tag(text, published=jan)] == ["2017-02-13"]
    # a plan or an expectation denied says nothing of when: the bound looks ahead
    text = "He did not expect the plant to reopen until March."
    assert [t.value for t in tag(text, published=jan)] == ["2018-03"]


def test_parser_a_month_that_is_the_time_of_a_reporting_verb_reaches_a_year_back(nlp):
    dec = dt.date(2017, 12, 11)
    for text in ("Yates told McGahn in January that Flynn had lied.", "He revealed in April that he had run."):
        assert [t.value for t in tag(text, published=dec, doc=nlp(text))] in (["2017-01"], ["2017-04"]), text
    # the date after the thing announced may be that thing's time: the usual reach
    text = "The company announced an agreement to acquire Foo Corp. in January."
    assert [t.value for t in tag(text, published=dec, doc=nlp(text))] == ["2018-01"]


def test_parser_a_possessive_noun_before_the_date_is_no_present_verb(nlp):
    sunday = dt.date(2014, 6, 8)
    # "Biden's visit Saturday ... is renewing concerns": the visit's time, the nearest Saturday
    text = "Senator Jane Doe's visit Saturday to Georgia in support of the new cabinet is raising concerns."
    assert [t.value for t in tag(text, published=sunday, doc=nlp(text))] == ["2014-06-07"]
    text = "The leaders meet Saturday in Kiev."
    assert [t.value for t in tag(text, published=sunday, doc=nlp(text))] == ["2014-06-14"]


def test_parser_a_gerund_set_beside_the_main_act_takes_the_nearest_day(nlp):
    sunday = dt.date(2014, 11, 23)
    # "Apart from announcing on Friday a lawsuit, he is preparing ...": the progressive is the main act's
    for text in ("Apart from announcing on Friday a complaint against the ministry, the speaker is preparing a bill.",
                 "Besides filing on Friday a motion to dismiss, the firm is preparing an appeal."):
        assert [t.value for t in tag(text, published=sunday, doc=nlp(text))] == ["2014-11-21"], text
    # after another preposition the main clause still tells the time
    text = "After meeting on Friday, the leaders will sign the deal."
    assert [t.value for t in tag(text, published=sunday, doc=nlp(text))] == ["2014-11-28"]
