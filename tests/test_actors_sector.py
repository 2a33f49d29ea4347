"""Actors' sectors from a person's own words: a "who" clause on the name, an office's remit after "for"."""

from __future__ import annotations

import pytest
from conftest import actor_codes as coded


@pytest.mark.model
@pytest.mark.parametrize("text,sector", [
    ('"It will fail," said Jana Velko, who teaches at Roeville University.', "EDU"),
    ('"It will fail," said Jana Velko, who heads the Marsh Institute.', "SOC"),
    ('"It will fail," said Jana Velko, who works for the Roe Foundation.', "SOC"),
    ('"It will fail," said Jana Velko, who is a vice president at Acme Corp.', "BUS"),
    # an office or a post held in the past: an elite
    ('"It will fail," said Jana Velko, who served as defense minister in the 1990s.', "ELI"),
    ("Jana Velko, who served in the Roe administration, said the plan would fail.", "ELI"),
])
def test_a_who_clause_on_the_name_gives_the_sector(nlp, text, sector):
    assert coded(nlp, text, "Velko")[1] == sector


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"It will fail," said Jana Velko, who runs a small bakery in Roeville.',
    '"It will fail," said Jana Velko, who has lived in Roeville since 1990.',
])
def test_a_who_clause_that_names_no_body_or_office_gives_no_sector(nlp, text):
    assert coded(nlp, text, "Velko")[1] is None


@pytest.mark.model
@pytest.mark.parametrize("text,country", [
    ("Assistant Secretary of State for European Affairs Jana Velko met the delegation.", "USA"),
    ("Norwegian Deputy Foreign Minister for Asian Affairs Jana Velko met the delegation.", "NOR"),
])
def test_an_offices_remit_after_for_stays_in_the_title(nlp, text, country):
    assert coded(nlp, text, "Velko") == (country, "GOV")


@pytest.mark.model
def test_an_envoys_remit_after_for_is_not_their_country(nlp):
    assert coded(nlp, "Special Envoy for Syria Jana Velko met the delegation.", "Velko") == (None, "GOV")


@pytest.mark.model
@pytest.mark.parametrize("text,sector", [
    # the bases code "GOP" as the party; the text names its legislators
    ("GOP senators sent a letter to the minister on Monday.", "LEG"),
    ("Two GOP lawmakers said the bill would pass.", "LEG"),
    # a chamber's party leaders are its caucus's; the party's leaders elsewhere lead the party
    ("House GOP leaders agreed to hold a vote on the measure.", "LEG"),
    ("County GOP leaders said the candidate had called them.", "PTY"),
    ("The GOP nominee called the county chairs on Monday.", "PTY"),
])
def test_the_partys_bare_name_with_its_legislators_is_the_caucus(nlp, text, sector):
    assert coded(nlp, text, "GOP") == ("USA", sector)


def test_officials_a_police_word_modifies_are_the_polices():
    from newsgraph.actors._coding import police_officials

    agents = {"law enforcement": "COP", "police": "COP", "officials": "GOV", "intelligence": "SPY"}
    assert police_officials(["federal", "law", "enforcement", "officials"], agents)
    assert police_officials(["police", "source"], agents)
    assert not police_officials(["intelligence", "officials"], agents)
    assert not police_officials(["police", "officers"], agents)  # the dictionary's own noun decides
    assert not police_officials(["officials"], agents)


@pytest.mark.model
@pytest.mark.parametrize("text,part", [
    ("Two law enforcement officials said the suspect had fled.", "law enforcement officials"),
    ("The suspect had fled, according to a police source.", "police source"),
])
def test_law_enforcement_officials_are_police(nlp, text, part):
    assert coded(nlp, text, part)[1] == "COP"


def test_an_academy_is_a_body_of_scholars_unless_its_name_says_military():
    from newsgraph.actors._coding import org_sector

    assert org_sector("Roeland Academy of Social Sciences") == "EDU"
    assert org_sector("Academy of Military Sciences") == "MIL"


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_partys_bare_name_as_a_possessor_stays_the_party(nlp, apostrophe):
    text = f"Two members opposed the House GOP{apostrophe}s health bill, which failed to unite the GOP."
    assert coded(nlp, text, "GOP") == ("USA", "PTY")


@pytest.mark.model
@pytest.mark.parametrize("text,part,sector", [
    ("State television said the prisoner was Jon Parkov. Parkov is a Canadian businessman who pressed for "
     "closer trade ties.", "Parkov", "BUS"),
    ("A Mauritanian news agency, Al Nahar, said the attackers made demands.", "Nahar", "JRN"),
    # a lawyer's description gives no sector: a lawyer in private practice is no part of the judiciary
    ("State television said the prisoner was Jon Parkov. Parkov is a Canadian lawyer who pressed for "
     "closer trade ties.", "Parkov", None),
])
def test_a_description_equated_with_an_uncoded_name_gives_its_sector(nlp, text, part, sector):
    assert coded(nlp, text, part)[1] == sector


@pytest.mark.model
@pytest.mark.parametrize("text,part,sector", [
    ("Militants seized journalists Jana Velko and Tom Parkov near the border on Monday.", "Parkov", "JRN"),
    ("Associate professors Jana Velko and Tom Parkov published the study on Monday.", "Parkov", "EDU"),
    ("The dead included cartoonists Jana Velko and Tom Parkov.", "Velko", "JRN"),
    ("The dead included cartoonists Jana Velko and Tom Parkov.", "Parkov", "JRN"),
])
def test_a_plural_title_before_a_list_of_names_covers_each_name(nlp, text, part, sector):
    assert coded(nlp, text, part)[1] == sector


@pytest.mark.model
def test_names_in_a_list_with_no_title_take_no_sector(nlp):
    assert coded(nlp, "Police arrested Jana Velko and Tom Parkov near the border.", "Parkov")[1] is None


def test_a_trade_titles_plural_is_a_title_too():
    from newsgraph.actors._coding import TRADE_TITLES

    assert TRADE_TITLES["cartoonists"] == TRADE_TITLES["cartoonist"] == "JRN"
    assert "hosts" not in TRADE_TITLES  # before a name mostly the verb: "Roeland hosts Jana Velko"


@pytest.mark.model
@pytest.mark.parametrize("text,part", [
    ("The attack killed 12 people at Peru's Roe Hebdo satirical magazine.", "Hebdo"),
    ("The minister told radio station KRLX in Roeville that the plan would fail.", "KRLX"),
])
def test_a_kind_of_outlet_beside_or_in_a_bodys_name_makes_it_the_medias(nlp, text, part):
    assert coded(nlp, text, part)[1] == "JRN"


@pytest.mark.model
def test_a_station_is_the_medias_only_where_a_word_says_so(nlp):
    text = "Police raided the Roeville station of Acme Rail on Monday."
    try:
        sector = coded(nlp, text, "Roeville")[1]
    except AssertionError:  # no actor of that name at all: no outlet either
        sector = None
    assert sector != "JRN"


@pytest.mark.model
@pytest.mark.parametrize("text,part,sector", [
    ("Defense attorneys said the trial was unfair.", "attorneys", None),
    ("His attorney said the charges would be dropped.", "attorney", None),
    # a state's lawyers are the judiciary's (prosecutors), and one "for" a body the text names keeps the
    # phrase's sector for the later steps
    ("The district attorney said the charges would be dropped.", "attorney", "JUD"),
    ("Federal lawyers said the charges would be dropped.", "lawyers", "JUD"),
])
def test_an_unnamed_lawyer_in_private_practice_takes_no_sector(nlp, text, part, sector):
    assert coded(nlp, text, part)[1] == sector
