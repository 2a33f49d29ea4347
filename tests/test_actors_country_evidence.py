"""An actor's country from the text's own words (issue 19), not from words near it that say nothing of
it: a cited outlet, a country the group sides with, several countries at once, the world at large, a
country's name that the document uses for a US state.

Every sentence is invented; the names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 6, 1)


def countries(nlp, text, part):
    """The countries of the actors whose name contains ``part`` (lower-cased match)."""
    table = resolve(nlp(text), published=DAY)
    hits = [a.country for a in table.actors if part.lower() in a.name.lower()]
    assert hits, [(a.name, a.country, a.sector) for a in table.actors]
    return hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jay Varnell told Sky News that the minister would resign within a week.",
    "The minister would resign within a week, Jay Varnell said, according to Reuters.",
])
def test_a_cited_outlet_places_no_one_in_its_sentence(nlp, text):
    assert countries(nlp, text, "Varnell") == [None]


@pytest.mark.model
def test_an_outlets_own_country_stays(nlp):
    assert countries(nlp, "Jay Varnell told Sky News that the minister would resign.", "Sky News") == ["GBR"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "World leaders gathered in Berlin on Monday to condemn the bombing.",
    "International observers arrived in Kabul on Monday to watch the count.",
])
def test_agents_of_the_world_at_large_have_no_country(nlp, text):
    table = resolve(nlp(text), published=DAY)
    agents = [a for a in table.actors if a.kind == "group"]
    assert agents and all(a.country is None for a in agents if a.name.lower().split()[0] in (
        "world", "international")), [(a.name, a.country) for a in table.actors]


@pytest.mark.model
def test_officials_in_berlin_still_take_its_country(nlp):
    assert "DEU" in countries(nlp, "Officials in Berlin condemned the bombing on Monday.", "officials")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The leaders of France and Britain condemned the bombing on Monday.",
    "The foreign ministers of Spain, Italy and Greece met on Monday.",
])
def test_agents_of_several_countries_have_none(nlp, text):
    table = resolve(nlp(text), published=DAY)
    agents = [a for a in table.actors if a.kind == "group"]
    assert agents and all(a.country is None for a in agents), [(a.name, a.country) for a in table.actors]


@pytest.mark.model
def test_a_group_siding_with_a_country_is_not_of_it(nlp):
    assert countries(nlp, "Kiev moved against pro-Russia separatists in eastern Ukraine on Friday.",
                     "separatists") == ["UKR"]
    assert "RUS" not in countries(nlp, "Russia backs pro-Russian rebels, Jay Varnell said.", "pro-Russian")


@pytest.mark.model
def test_georgia_is_the_us_state_where_the_text_says_so(nlp):
    text = ("Thousands voted in Atlanta, Georgia, on Tuesday, and Georgia's secretary of state, Jay Varnell, "
            "said the count would go on.")
    assert countries(nlp, text, "Varnell") == ["USA"]
    assert countries(nlp, "Georgia Republicans met on Monday. Jay Varnell of the Georgia Voter Alliance objected.",
                     "Varnell") == ["USA"]


@pytest.mark.model
def test_georgia_stays_the_country_where_the_text_names_its_people(nlp):
    text = "Russia accused Georgia of shelling the border, and Georgian troops withdrew from Tbilisi's outskirts."
    assert "GEO" in countries(nlp, text, "Georgia")


@pytest.mark.model
def test_an_agent_takes_the_country_of_the_principal_its_phrase_names(nlp):
    text = "A spokesman for Prime Minister Benjamin Netanyahu said in Paris on Monday that the talks would go on."
    assert countries(nlp, text, "spokesman") == ["ISR"]


@pytest.mark.model
def test_an_agent_whose_sentence_names_no_country_takes_the_one_before_in_its_paragraph(nlp):
    text = "Peru's interim government issued a statement on Monday. A spokesman said the army would hold its fire."
    assert countries(nlp, text, "spokesman") == ["PER"]


@pytest.mark.model
def test_a_new_paragraph_does_not_take_the_country_of_the_one_before(nlp):
    # an agent of no state stays open across a paragraph's line; an agent of a state takes the country
    # named in the few sentences before it (country34)
    text = "Peru's interim government issued a statement on Monday.\n\nA witness said the army would hold its fire."
    assert countries(nlp, text, "witness") == [None]
    text = "Peru's interim government issued a statement on Monday.\n\nA spokesman said the army would hold its fire."
    assert countries(nlp, text, "spokesman") == ["PER"]


@pytest.mark.model
def test_an_agent_on_a_place_is_of_its_country_but_an_expert_on_a_country_is_not(nlp):
    assert countries(nlp, "Lawmakers on Capitol Hill want a broader strategy in Syria.",
                     "lawmakers") == ["USA"]
    assert countries(nlp, "Experts on Iran said the talks in Oman would fail.", "experts") == [None]


@pytest.mark.model
@pytest.mark.parametrize("text, part", [
    # the sentence names Chile more often than Peru: the officials named with the minister are his
    ("Peruvian Foreign Minister Jorge Almeda and other senior officials said Chile would raise pressure on Chile's "
     "neighbours.", "officials"),
    ("Peruvian Foreign Minister Jorge Almeda and aides said Chile would raise pressure on Chile's neighbours.",
     "aides"),
])
def test_an_agent_conjoined_with_a_named_person_takes_that_persons_country(nlp, text, part):
    assert countries(nlp, text, part) == ["PER"]


@pytest.mark.model
def test_an_agent_conjoined_with_a_country_or_named_as_the_worlds_is_not_placed_by_it(nlp):
    # a country named beside a group is another party ("Peru and allies"); "world leaders" are many countries'
    text = "Peruvian Foreign Minister Jorge Almeda and world leaders said Chile would raise pressure on Chile's neighbours."
    assert countries(nlp, text, "leaders") == [None]
    text = "Peru and lawmakers said Chile would raise pressure on Chile's neighbours."
    assert countries(nlp, text, "lawmakers") == ["CHL"]
