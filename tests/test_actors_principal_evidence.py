"""A person's country from the body or principal their own phrase names (issue 19): a body whose country
is its own (a base entry, its own words) comes before one that only its sentence placed; a staff post
another person holds in the story (a spokesman's) places no one, an office of state still does; a US
office named in apposition with its own "of" phrase ("a former assistant secretary of state") is American.
A correspondent's beat is no country of theirs ("Washington correspondent for the Roe Review" reports from
Washington for the outlet, whose country the annotators code); a demonym before the noun still is.

Every sentence is invented; the persons' and outlets' names are made up."""

from __future__ import annotations

import pytest

from factories import country_of


@pytest.mark.model
def test_an_outlets_own_country_comes_before_a_party_placed_by_its_sentence(nlp):
    # "Communist Party" names no country: its sentence's "U.S." placed it, which is no evidence of the
    # editor's; the newspaper's entry is
    text = ("Among those who answered was Jay Varnell, editor in chief at the Communist Party-backed Global "
            "Times tabloid, who argued on Monday that the U.S. president had overstated it.")
    assert country_of(nlp, text, "Varnell") == "CHN"


@pytest.mark.model
def test_the_outlet_alone_still_places_its_editor(nlp):
    text = "Jay Varnell, chief editor at the Global Times newspaper, said the U.S. president was exaggerating."
    assert country_of(nlp, text, "Varnell") == "CHN"


@pytest.mark.model
def test_a_spokesmans_post_is_no_evidence_of_whose_country(nlp):
    # every principal has a spokesman: another's spokesman in the story places no one; his own
    # sentence's country does
    text = ("Philippine presidential spokesman Jay Roque said the charges were fair. The U.S. embassy did not "
            "respond, but spokesman Jay Carlin called the charges politically motivated.")
    assert country_of(nlp, text, "Carlin") == "USA"


@pytest.mark.model
def test_an_office_of_state_held_alongside_still_places(nlp):
    text = ("Philippine President Jay Roque said the charges were fair. The U.S. embassy did not respond, but "
            "President Jay Carlin called the charges politically motivated.")
    assert country_of(nlp, text, "Carlin") == "PHL"


@pytest.mark.model
@pytest.mark.parametrize("office", [
    "a former assistant secretary of state for export controls",
    "a former undersecretary of Commerce for economic affairs",
])
def test_an_appositive_us_office_with_its_of_phrase_places(nlp, office):
    # "secretary of state" is a US office; in apposition the noun alone ("secretary") named none
    text = f'"It is very difficult," said Jay Kellerman, {office}.'
    assert country_of(nlp, text, "Kellerman") == "USA"


@pytest.mark.model
def test_a_us_departments_office_with_another_countrys_word_is_that_countrys(nlp):
    assert country_of(nlp, "Philippine Secretary of Commerce Jay Roe said the talks failed.", "Roe") == "PHL"


@pytest.mark.model
def test_an_appositive_office_of_another_country_keeps_it(nlp):
    assert country_of(nlp, '"It is hard," said Jay Roe, a former secretary of state of Portugal.', "Roe") == "PRT"


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
