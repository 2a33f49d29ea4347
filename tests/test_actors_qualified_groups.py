"""Groups named by an adjective before an agent noun, and towns of the gazetteer that the text's own words
place elsewhere (issue 19, country; docs/evaluation.md, "Session 35, country35").

- "Conservative lawmakers", "Kurdish leaders": the adjective names a party, a faith or a people, no country,
  and the entity tagger makes the adjective the group's name; the noun makes the group an agent phrase,
  which takes the country of the sentence before in its paragraph (and, for a state's sector, of the few
  sentences before) as an unnamed agent does. A stance's country ("pro-Russian") is never theirs; a
  region's adjective ("European leaders") names many countries.
- "the Rio Grande Valley": a town of the gazetteer ("Valley" is Anguilla's capital) that ends a longer
  proper name the entity tagger left untagged is no place.
- "Alexandria, Virginia": a town the text puts in a US state by a comma is the American town.

Every sentence is invented."""

from __future__ import annotations

import pytest

from factories import country_of


@pytest.mark.model
def test_a_partys_lawmakers_take_the_country_of_the_sentence_before(nlp):
    text = ("Britain's parliament voted on the withdrawal deal on Tuesday. More than a hundred Conservative "
            "lawmakers joined forces to vote it down.")
    assert country_of(nlp, text, "Conservative") == "GBR"


@pytest.mark.model
def test_a_peoples_leaders_of_a_states_sector_take_an_earlier_sentences_country(nlp):
    text = ("Syria's army shelled the border towns on Monday.\n\nThe fighting went on through the night.\n\n"
            "Kurdish leaders warned of a humanitarian crisis.")
    assert country_of(nlp, text, "Kurdish") == "SYR"


@pytest.mark.model
def test_a_stances_country_does_not_place_its_supporters(nlp):
    text = "Russia moved troops to the border on Monday. Pro-Russian separatists said they had taken the airport."
    assert country_of(nlp, text, "Pro-Russian") is None


@pytest.mark.model
def test_a_regions_leaders_stay_of_no_one_country(nlp):
    text = "France hosted the summit on Monday. European leaders said the talks had failed."
    assert country_of(nlp, text, "European") is None


@pytest.mark.model
def test_a_town_that_ends_a_longer_name_is_no_place(nlp):
    from newsgraph.actors import resolve

    text = ("The minister toured a farm in the Rio Grande Valley of Texas last Tuesday. "
            "The government said the wall would be finished next year.")
    table = resolve(nlp(text))
    assert "Valley" not in {a.name for a in table.actors}
    assert "AIA" not in {a.country for a in table.actors}


@pytest.mark.model
def test_a_town_alone_is_still_its_countrys(nlp):
    assert country_of(nlp, "Protesters marched through Alexandria on Friday, police said.", "Alexandria") == "EGY"


@pytest.mark.model
def test_a_town_in_a_us_state_is_american(nlp):
    text = "A federal jury in Alexandria, Virginia, convicted the consultant on Tuesday."
    assert country_of(nlp, text, "Alexandria") == "USA"


@pytest.mark.model
def test_a_list_of_towns_keeps_each_its_own_country(nlp):
    text = "Mourners gathered in Sydney, Ottawa and Paris after the attacks, police in Sydney said."
    assert country_of(nlp, text, "Sydney") == "AUS"
