"""A correspondent's beat is no country of theirs (issue 19): "Washington correspondent for the Roe
Review" reports from Washington for the outlet, whose country the annotators code; a demonym before the
noun ("a Chinese correspondent") still says whose they are.

Every sentence is invented; the persons' and outlets' names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 6, 1)


def country_of(nlp, text, part):
    table = resolve(nlp(text), published=DAY)
    hits = [a.country for a in table.actors if part.lower() in a.name.lower()]
    assert hits, [(a.name, a.country, a.sector) for a in table.actors]
    return hits[0]


@pytest.mark.model
def test_a_correspondent_takes_the_outlets_country_not_the_beats(nlp):
    text = "Jay Roe, Beijing correspondent for the Irish Times, said the talks had failed."
    assert country_of(nlp, text, "Roe") == "IRL"


@pytest.mark.model
def test_a_beat_alone_places_no_correspondent(nlp):
    assert country_of(nlp, "Jay Roe, a Washington correspondent, said the talks had failed.", "Roe") is None


@pytest.mark.model
def test_a_demonym_still_places_a_correspondent(nlp):
    assert country_of(nlp, "Jay Roe, a Chinese correspondent, said the talks had failed.", "Roe") == "CHN"
