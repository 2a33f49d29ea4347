"""Session 45 (dates45, issue #18): the weekday of a plan told in the past, and the end of a range of days.
The sentences are made up in the style of news."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.time import tag

TUE = dt.date(2019, 10, 22)  # a Tuesday: Thursday is two days ahead or five back, Friday three ahead or four back
WED = dt.date(2019, 8, 7)


def _values(text: str, published: dt.date, doc=None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published=published, doc=doc)}


# --- a plan told in the past names a day from the day before yesterday to five days ahead ------------------

@pytest.mark.parametrize("text, published, weekday, expected", [
    # read three to five days back: news tells a plan before its day
    ("The confirmation hearing was scheduled for Thursday.", TUE, "Thursday", "2019-10-24"),
    ("The hearing had been set for Thursday before the committee.", TUE, "Thursday", "2019-10-24"),
    ("Lawmakers canceled the interviews they had planned for Friday.", TUE, "Friday", "2019-10-25"),
    ("The minister said a written reply would reach the council on Friday.", TUE, "Friday", "2019-10-25"),
    ("The mission was set to restart its talks in Nairobi on Thursday.", TUE, "Thursday", "2019-10-24"),
    # read six days ahead: the plan was for yesterday, on a page dated the day after its story
    ("Parliament was set to ratify the bill Tuesday.", WED, "Tuesday", "2019-08-06"),
    ("The president was expected to sign the order during a ceremony on Tuesday.", WED, "Tuesday", "2019-08-06"),
    ("The rebels were supposed to hand over their weapons by Tuesday.", WED, "Tuesday", "2019-08-06"),
])
def test_a_plan_told_in_the_past_names_a_day_from_the_day_before_yesterday_to_five_ahead(text, published, weekday,
                                                                                          expected):
    assert _values(text, published)[weekday] == expected


@pytest.mark.parametrize("text, weekday, expected", [
    # a refusal, a thing that did not happen, a perfect infinitive, a past verb the date belongs to
    ("Officials would not comment on the report Friday.", "Friday", "2019-10-18"),
    ("A deal that would have given him more money than the bill he signed Friday.", "Friday", "2019-10-18"),
    ("The truck was supposed to have been returned Friday.", "Friday", "2019-10-18"),
    ("The colonel had been expected to leave the capital on Friday, but he stayed.", "Friday", "2019-10-18"),
    # words that tell the day is past decide first; a possessive names a thing, not the plan's time
    ("The militia vowed it would strike back after the Friday killing of its leader.", "Friday", "2019-10-18"),
    ("His relatives said they would look for ways around Friday's ruling.", "Friday", "2019-10-18"),
    # a plan in the present is read by its own tense, as before
    ("The hearing is scheduled for Thursday.", "Thursday", "2019-10-24"),
])
def test_what_is_no_plan_told_in_the_past_keeps_its_reading(text, weekday, expected):
    assert _values(text, TUE)[weekday] == expected


def test_a_plan_two_days_back_stays_and_one_six_days_ahead_is_yesterdays():
    # a page dated after its story: the plan was for the day before yesterday, or for yesterday
    v = _values("The vote was scheduled for Sunday, and the count was expected to begin Monday.", dt.date(2019, 10, 22))
    assert v["Sunday"] == "2019-10-20"
    assert v["Monday"] == "2019-10-21"


# --- the end of a range of days follows its start ------------------------------------------------------

def test_the_end_of_a_range_is_in_the_six_days_after_its_start():
    # Thursday is yesterday's plan (the page lags a day); Sunday, read ahead on its own, stays after it
    fri = dt.date(2013, 8, 9)
    v = _values("The consulate was scheduled to be closed for the holiday from Thursday through Sunday.", fri)
    assert v["Thursday"] == "2013-08-08"
    assert v["Sunday"] == "2013-08-11"


def test_a_list_of_days_keeps_the_side_of_its_first_day():
    v = _values("Sessions set for Wednesday and Thursday are to be open to the press.", dt.date(2019, 10, 22))
    assert (v["Wednesday"], v["Thursday"]) == ("2019-10-23", "2019-10-24")


# --- with the parse --------------------------------------------------------------------------------------

@pytest.mark.model
def test_with_the_parse_a_plan_told_in_the_past_lies_ahead(nlp):
    text = "The confirmation hearing to see if the general would get the post was scheduled for Thursday."
    assert _values(text, TUE, nlp(text))["Thursday"] == "2019-10-24"
    text = "The president was expected to sign the order during a ceremony on Tuesday."
    assert _values(text, WED, nlp(text))["Tuesday"] == "2019-08-06"
