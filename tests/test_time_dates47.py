"""Session 47 (dates47, issue #18): "the past year" as the twelve months before the report.
The sentences are made up in the style of news."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.time import tag

MARCH = dt.date(2018, 3, 14)


def _timexes(text: str, published: dt.date) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, published=published)}


# --- "the past year": a length that ends at the report, not the calendar year before ----------------------

@pytest.mark.parametrize("text, phrase", [
    ("Tensions between the two capitals rose sharply over the past year.", "the past year"),
    ("The militia has carried out a dozen raids in the last year alone.", "the last year"),
    ("For most of the past year, the senator said little about the race.", "the past year"),
    ("The past year was marked by a string of near-misses at sea.", "The past year"),
])
def test_the_past_year_is_the_twelve_months_before_the_report(text, phrase):
    assert _timexes(text, MARCH)[phrase] == ("DURATION", "P1Y")


@pytest.mark.parametrize("text, phrase, expected", [
    # a year the text names by what it ends, and the calendar words, keep their dates
    ("The treaty was signed in the last year of his presidency.", "the last year", None),
    ("The ministry cut its budget last year.", "last year", ("DATE", "2017")),
    ("Exports fell in the previous year.", "the previous year", ("DATE", "2017")),
    ("The past decade saw three wars in the region.", "The past decade", ("DURATION", "P10Y")),
])
def test_other_years_keep_their_readings(text, phrase, expected):
    found = _timexes(text, MARCH).get(phrase)
    if expected is None:
        assert found != ("DURATION", "P1Y")
    else:
        assert found == expected
