"""Session 44 (dates44, issue #18): tomorrow's weekday read six days back, and the day of a clock time
told in the past. The sentences are made up in the style of news."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.time import tag

THU = dt.date(2020, 1, 9)  # a Thursday: "Friday" is tomorrow's weekday, six days back the Friday before


def _values(text: str, published: dt.date, doc=None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published=published, doc=doc)}


# --- a weekday six days back is tomorrow's: the document date lags the story ---------------------------

@pytest.mark.parametrize("text, expected", [
    # told in the past, on a page dated the day before: the news agency spoke on the Friday after
    ("The official news agency said on Friday that experts had been invited.", "2020-01-10"),
    ("Friday's vote would appear to break the deal.", "2020-01-10"),
    # a plan the tense does not tell ahead
    ("The board set a session for Friday to weigh the ruling.", "2020-01-10"),
])
def test_tomorrows_weekday_is_not_six_days_back(text, expected):
    assert _values(text, THU)["Friday"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Prices have risen since Friday.", "2020-01-03"),  # "since" says the day is past
    ("After Friday's attack, the police closed the square.", "2020-01-03"),  # a named past event
    ("Officials said last Friday that the talks had failed.", "2020-01-03"),  # a relation word decides
    ("The minister resigned on Saturday.", "2020-01-04"),  # five days back stays back
])
def test_words_that_tell_the_past_keep_the_weekday_back(text, expected):
    assert next(iter(_values(text, THU).values())) == expected


def test_that_weekday_is_the_storys_day_not_tomorrow():
    sat = dt.date(2020, 3, 14)
    v = _values("Another guest attended a fundraiser with the president that Sunday.", sat)
    assert v["Sunday"] == "2020-03-08"


# --- a clock time told in the past takes the day the story last named ----------------------------------

MON = dt.date(2013, 4, 22)
BOAT = ("Officers found the driver hiding in a garden shed on Friday evening. About an hour later, at "
        "about 8 p.m., the driver was detained.")


def test_a_clock_time_in_a_past_story_takes_the_day_named_before():
    assert _values(BOAT, MON)["about 8 p.m."] == "2013-04-19T20:00"


def test_a_clock_time_keeps_the_document_date_when_the_story_named_its_own_day():
    text = "On Monday, the police gave their account. " + BOAT
    assert _values(text, MON)["about 8 p.m."] == "2013-04-22T20:00"


@pytest.mark.parametrize("tail", [
    "Polls open at 7 a.m.",  # the present: the document's day
    "This story was updated at 6:15 a.m.",  # a page's stamp
])
def test_a_clock_time_in_the_present_or_a_stamp_keeps_the_document_date(tail):
    v = _values("The vote was held on Friday. " + tail, MON)
    assert next(value for text, value in v.items() if "a.m." in text).startswith("2013-04-22T")


def test_a_clock_time_a_paragraph_away_from_the_day_keeps_the_document_date():
    filler = "The committee heard from several witnesses about the budget and its effects on the county. " * 8
    v = _values("The vote was held on Friday. " + filler + "The hearing ended at 9 p.m.", MON)
    assert v["9 p.m."] == "2013-04-22T21:00"


def test_a_clock_time_right_before_a_date_takes_that_date():
    v = _values("The short-term bill ran through midnight Dec. 7, and talks went on.", dt.date(2018, 11, 28))
    assert v["midnight"] == "2018-12-07T24:00"


def test_with_the_parse_a_past_clock_time_takes_the_day_named_before(nlp):
    assert _values(BOAT, MON, nlp(BOAT))["about 8 p.m."] == "2013-04-19T20:00"
    text = "The vote was held on Friday. Polls open at 7 a.m."
    assert _values(text, MON, nlp(text))["7 a.m."] == "2013-04-22T07:00"
