"""An office in the text's own words where no knowledge base lists its holder (issue 19; the
legislators' base holds current members only): a plural title before the first name of a list covers
every name of it ("Representatives Jay Roe of Illinois and Jay Doe of Florida"), and a party-state tag
that ends its sentence ("said Jay Roe, D-Texas.") makes a member of Congress as one inside it does; a
two-word title the entity tagger put inside a person's name ("Crown Prince Mohammed bin Roe") is read as one.

Every sentence is invented; the persons' names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors._people import _PARTY_STATE


def _table(nlp, text: str):
    from newsgraph.actors import resolve

    return resolve(nlp(text), published=dt.date(2019, 6, 1))


def _coded(table) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country, a.sector) for a in table.actors}


@pytest.mark.parametrize("after", [", D-Texas.\n\nThe", ", R-Ky. Putin also", ", D-N.Y. \u2014 a critic", " (R-Ohio) said",
                                   ", D-Calif., said"])
def test_a_party_state_tag_is_read_inside_or_at_the_end_of_a_sentence(after):
    assert _PARTY_STATE.match(after) is not None


@pytest.mark.parametrize("after", [", Democrat of Texas.", ", DTexas.", ", D-texas."])
def test_words_that_are_no_party_state_tag_are_not_read_as_one(after):
    assert _PARTY_STATE.match(after) is None


@pytest.mark.model
def test_a_plural_title_before_the_first_name_covers_the_second(nlp):
    coded = _coded(_table(nlp, "Sixteen incumbents lost, including Representatives Jay Walsh of Illinois and "
                               "Dana B. Marsh of Florida, who has not yet conceded the race."))
    assert coded.get("Jay Walsh") == ("USA", "LEG"), coded
    assert coded.get("Dana B. Marsh") == ("USA", "LEG"), coded


@pytest.mark.model
def test_a_former_plural_title_makes_every_name_a_former_official(nlp):
    coded = _coded(_table(nlp, "Hagel joins former defense secretaries Jay Walsh and Dana Marsh, who have also "
                               "criticised the council."))
    assert coded.get("Dana Marsh", (None, None))[1] == "ELI", coded


@pytest.mark.model
def test_a_singular_title_is_the_first_name_s_alone(nlp):
    coded = _coded(_table(nlp, "Senator Jay Walsh and Dana Marsh, a farmer from Iowa, spoke on Tuesday."))
    assert coded.get("Jay Walsh", (None, None))[1] == "LEG", coded
    assert coded.get("Dana Marsh", (None, None))[1] != "LEG", coded


@pytest.mark.model
def test_a_party_state_tag_ending_the_sentence_makes_a_member_of_congress(nlp):
    coded = _coded(_table(nlp, '"Shame on them," said Hispanic Caucus chairman Ruben Walsh, D-Texas. '
                               '"It is wrong."'))
    assert coded.get("Ruben Walsh") == ("USA", "LEG"), coded


@pytest.mark.model
def test_a_two_word_title_the_tagger_puts_inside_the_name_is_read_as_a_title(nlp):
    # "Crown Prince" tagged as part of the PERSON entity: the name is the rest, the title gives the office
    table = _table(nlp, "Crown Prince Mohammed bin Roe said on Tuesday that the kingdom would respond.")
    coded = _coded(table)
    assert "Crown Prince Mohammed bin Roe" not in coded, coded
    assert coded.get("Mohammed bin Roe", (None, None))[1] == "GOV", coded


@pytest.mark.model
def test_an_honorific_inside_the_name_stays_part_of_it(nlp):
    # "Ayatollah" and "Sheikh" carry no sector and the roles stage would read them as offices
    coded = _coded(_table(nlp, "Grand Ayatollah Jay al-Roe urged calm on Friday in Najaf."))
    assert not any(name.startswith("Jay al-Roe") for name in coded), coded
