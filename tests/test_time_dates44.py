"""Session 44 (dates44, issue #18): tomorrow's weekday read six days back. The sentences are made up in the
style of news."""

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
    ("The council called a meeting for Friday to discuss the decision.", "2020-01-10"),
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
