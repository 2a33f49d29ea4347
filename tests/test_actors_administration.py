"""Whose administration: "the administration", its people and a leader's surnamed government (issue 19).

Every sentence is invented; the officeholders are the bases' (the rule reads their dated offices)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve
from newsgraph.actors._people import leader_country

DAY = dt.date(2019, 6, 1)


def _coded(nlp, text: str, day: dt.date = DAY) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country, a.sector) for a in resolve(nlp(text), published=day).actors}


def test_a_leaders_surname_names_the_government_of_the_officeholder_in_office_that_day():
    assert leader_country("Trump", "2019-06-01") == "USA"
    assert leader_country("Duterte", "2019-06-01") == "PHL"
    assert leader_country("Zyxwvut", "2019-06-01") is None  # no officeholder of that name


@pytest.mark.model
@pytest.mark.parametrize("text,country", [
    ("Six months earlier the Trump administration ended the policy at the southern border.", "USA"),
    ("Critics of the Duterte government were arrested on Monday.", "PHL"),
])
def test_a_leaders_surnamed_government_is_that_leaders_state_where_no_one_else_names_him(nlp, text, country):
    found = [(a.country, a.sector) for a in resolve(nlp(text), published=DAY).actors
             if a.kind == "organization"]
    assert (country, "GOV") in found


@pytest.mark.model
def test_a_ranked_administration_official_is_of_the_presidents_administration(nlp):
    # the parse hangs "key" on "administration": an official of the sitting president's administration
    text = ("President Donald Trump met the senators on Monday. Last Thursday, I talked to a key "
            "administration official who said the vote would wait.")
    coded = _coded(nlp, text)
    official = next(v for k, v in coded.items() if "official" in k)
    assert official == ("USA", "GOV")


@pytest.mark.model
def test_among_several_presidents_the_administration_is_the_american_one(nlp):
    text = ("President Emmanuel Macron welcomed President Abdel Fattah el-Sisi in Paris. Macron said "
            "the talks went well. President Donald Trump joined them. The administration said on Sunday "
            "that it was ready to sign.")
    coded = _coded(nlp, text)
    assert coded.get("Trump administration") == ("USA", "GOV")


@pytest.mark.model
def test_a_vice_president_is_no_sitting_president_for_the_administration(nlp):
    text = ("President Barack Obama met the senators with Vice President Joe Biden. The administration "
            "said on Tuesday that it would wait.")
    coded = _coded(nlp, text, dt.date(2015, 3, 17))
    assert coded.get("Obama administration") == ("USA", "GOV")


@pytest.mark.model
def test_an_agent_of_a_possessive_pronoun_is_of_the_country_of_whom_it_refers_to(nlp):
    # "his" refers to the Ruritanian president: his prime minister is Ruritania's, not of the sentence's Xland
    text = "President Jay Roe of Egypt ordered his prime minister to head a delegation to Gaza."
    found = {a.name: a.country for a in resolve(nlp(text), published=DAY).actors}
    assert found.get("prime minister") == "EGY"


def test_the_plural_of_a_demonym_names_the_countrys_people():
    from newsgraph.actors._dictionaries import bundled

    assert bundled().demonyms.get("germans") == "DEU"
    assert "frenchs" not in bundled().demonyms  # "the French" takes no "s"


@pytest.mark.model
def test_congressional_people_are_the_us_congresss_whatever_their_sentence_names(nlp):
    text = "Congressional leaders said Iraq must hold elections before the summer."
    found = {a.name: (a.country, a.sector) for a in resolve(nlp(text), published=DAY).actors}
    assert found.get("congressional leaders") == ("USA", "LEG")
