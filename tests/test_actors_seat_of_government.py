"""A capital that stands for its government: the country's own record where the text names the country."""

from __future__ import annotations

import pytest

from factories import holders as _holder
from newsgraph.actors import resolve


@pytest.mark.model
def test_capital_joins_the_country_the_text_names(nlp):
    """The country named and then its capital acting: one record, the country, not a second 'government'."""
    text = ("Russia raised its tariffs on grain in March. Officials said on Tuesday that Moscow "
            "rejected the new proposal from its neighbours.")
    table = resolve(nlp(text))
    held = _holder(table, text, "Moscow")
    assert [a.name for a in held] == ["Russia"] and held[0].kind == "country", [(a.name, a.kind) for a in held]
    assert not [a for a in table.actors if a.name == "Russia government"], [a.name for a in table.actors]


@pytest.mark.model
def test_capital_beside_a_named_government_goes_to_the_country(nlp):
    """The government named in its own words stays a record of its own; the capital is the country's."""
    text = ("The Iranian government closed two newspapers last week. Iran denies the charge, and "
            "the talks with Tehran were put off until the summer.")
    table = resolve(nlp(text))
    held = _holder(table, text, "Tehran")
    assert [a.name for a in held] == ["Iran"], [(a.name, a.kind) for a in held]
    gov = _holder(table, text, "Iranian government")
    assert gov and gov[0].name != "Iran", [(a.name, a.kind) for a in gov]


@pytest.mark.model
def test_capital_alone_stays_the_government(nlp):
    """Where the text names no country, the capital is the government (the PLOVER gold's reading)."""
    text = "Moscow rejected the proposal on Monday."
    table = resolve(nlp(text))
    held = _holder(table, text, "Moscow")
    assert held and held[0].sector == "GOV" and held[0].country == "RUS", [(a.name, a.sector) for a in held]


@pytest.mark.model
def test_capitals_between_are_the_countries_named(nlp):
    """Each capital inside "between X and Y" is a party, the first conjunct and the second alike: the
    country's record where the text names the country, not the city's people."""
    text = ("China and Japan agreed to hold a summit next spring. The friction between Tokyo and "
            "Beijing over the islands has eased since the autumn.")
    table = resolve(nlp(text))
    for capital, country in (("Tokyo", "Japan"), ("Beijing", "China")):
        held = _holder(table, text, capital)
        assert [a.name for a in held] == [country], (capital, [(a.name, a.kind) for a in held])
