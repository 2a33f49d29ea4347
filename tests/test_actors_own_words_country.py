"""A person's or body's country from their own words, read right (issue 19): another country's longer
party name ("Social Democratic Party", "New Democratic Party") is not the US party; the "vice president of"
a body is its officer, not the US vice president; an office's own country ("consul general of Canada")
outranks the city it is based in; a stance ("pro-Russian President") is no nationality; a branch ("the
Berlin office of the Roe Fund") is the body's, and the city it sits in places neither the body nor who
works there; a state named as the owner of a body ("South Korea's Joint Chiefs of Staff") outranks
the bases' body of that name (the US Joint Chiefs); whom a critic criticises ("a critic of President
Roe") is no principal of theirs; "former USSR President Jay Roe" names a state by its acronym.

Every sentence is invented; the persons' and bodies' names are made up."""

from __future__ import annotations

import pytest

from factories import country_of


@pytest.mark.model
def test_another_countrys_social_democratic_party_leader_is_not_american(nlp):
    text = ("Polls suggest the chancellor may lose the autumn vote to Social Democratic Party leader "
            "Jay Varnell.")
    assert country_of(nlp, text, "Varnell") != "USA"


@pytest.mark.model
def test_a_member_of_the_new_democratic_party_is_not_american(nlp):
    text = ("The bill cleared its first reading, said MP Jane Varnell, a longtime member of the New Democratic "
            "Party who drafted it.")
    assert country_of(nlp, text, "Varnell") != "USA"


@pytest.mark.model
def test_a_democratic_party_member_is_still_american(nlp):
    text = "Jane Varnell, a member of the Democratic Party, said the vote was close."
    assert country_of(nlp, text, "Varnell") == "USA"


@pytest.mark.model
def test_the_vice_president_of_a_body_is_its_officer_not_the_us_vice_president(nlp):
    text = "Jane Varnell, vice president of Roe Unity, an interfaith group in Paris, spoke at the rally."
    assert country_of(nlp, text, "Varnell") != "USA"


@pytest.mark.model
def test_the_vice_president_of_the_united_states_is_american(nlp):
    text = "Jay Varnell, the vice president of the United States, spoke at the rally on Sunday."
    assert country_of(nlp, text, "Varnell") == "USA"


@pytest.mark.model
def test_an_offices_own_country_outranks_the_city_it_is_based_in(nlp):
    text = "Jay Varnell, the Detroit-based consul general of Canada, sounded upbeat about the talks on Monday."
    assert country_of(nlp, text, "Varnell") == "CAN"


@pytest.mark.model
def test_a_based_city_still_places_one_whose_office_names_no_country(nlp):
    text = "Jay Varnell, a London-based analyst at the Roe Group, said the market would recover."
    assert country_of(nlp, text, "Varnell") == "GBR"


@pytest.mark.model
def test_a_pro_russian_president_is_not_russian(nlp):
    text = "Ukraine's parliament ousted pro-Russian President Jay Varnell, who fled the capital."
    assert country_of(nlp, text, "Varnell") != "RUS"


@pytest.mark.model
def test_a_bodys_branch_city_does_not_place_the_body(nlp):
    text = "The biggest gift came from the London office of the Roe Foundation, the charity of a Ukrainian banker."
    assert country_of(nlp, text, "Roe Foundation") != "GBR"


@pytest.mark.model
def test_a_fellow_at_a_bodys_branch_is_not_placed_by_the_branch_city(nlp):
    text = ("Jane Varnell, a visiting fellow at the Berlin office of the Roe Fund, a policy group based in "
            "Washington, said the talks would fail.")
    assert country_of(nlp, text, "Varnell") != "DEU"


@pytest.mark.model
def test_a_state_named_as_owner_outranks_the_bases_body_of_that_name(nlp):
    text = "The rocket seems to have broken up in flight, South Korea's Joint Chiefs of Staff reported late on Tuesday."
    assert country_of(nlp, text, "Joint Chiefs") == "KOR"


@pytest.mark.model
def test_the_bases_body_with_no_owner_named_keeps_its_country(nlp):
    text = "The rocket seems to have broken up in flight, the Joint Chiefs of Staff reported late on Tuesday."
    assert country_of(nlp, text, "Joint Chiefs") == "USA"


@pytest.mark.model
def test_whom_a_critic_criticises_is_no_principal_of_theirs(nlp):
    text = ("The chancellor may lose to Social Democratic Party leader Jay Varnell, a harsh critic "
            "of President Donald Trump.")
    assert country_of(nlp, text, "Varnell") != "USA"


@pytest.mark.model
def test_an_expert_on_a_council_is_placed_by_the_council(nlp):
    text = ("Jane Varnell, an arms specialist on the White House National Security Council, joined the talks, "
            "officials said.")
    assert country_of(nlp, text, "Varnell") == "USA"


@pytest.mark.model
def test_a_soviet_title_by_its_acronym_places_the_officeholder(nlp):
    text = "The arms pact of 1987 bears the names of President Ronald Reagan and former USSR President Jay Varnell."
    assert country_of(nlp, text, "Varnell") == "RUS"


# The body a person's own "for", "at" or "of" phrase says they work for, where a country's name or a demonym
# modifies it, places them: the outlet or the state's organ is whose they are (session 41, country41).
@pytest.mark.model
def test_a_correspondent_for_an_outlet_named_with_a_demonym_is_of_its_country(nlp):
    # (with the name in apposition to "polls", the principal step reads the beat's "Washington
    # correspondent", placed USA, nearer the name than the outlet)
    text = ("Noting his weak polls, Jay Varnell, Washington correspondent for the Australian Trade Bulletin, said "
            "the governor would struggle in the United States.")
    assert country_of(nlp, text, "Varnell") == "AUS"


@pytest.mark.model
def test_a_spokeswoman_for_a_states_ministry_is_of_that_state(nlp):
    text = ("\"The North has to halt its tests,\" Jane Varnell, a spokeswoman for Japan's foreign ministry, "
            "told reporters after North Korea fired another missile.")
    assert country_of(nlp, text, "Varnell") == "JPN"


@pytest.mark.model
def test_a_country_a_body_argues_for_does_not_place_who_works_there(nlp):
    # the country modifies the group's cause ("advocacy"), not the group
    text = "Jay Varnell, president of the Israel advocacy group Roe Street, said he had briefed the senator."
    assert country_of(nlp, text, "Varnell") != "ISR"
