"""A country word near an actor that is not the actor's (issue 19; the session-33 audit's class of a
country leaking from a nearby demonym or place): a body's full name the entity tagger cut to its last
word ("Doctors Without Borders" read as "doctors" of the country the sentence names); a city and the
country after it ("Tyre, Lebanon") counted as two places, outweighing the one other country the
sentence names; a demonym before the noun a body's name modifies ("a Chilean Harvard freshman") taken
for the body's country.

Every sentence is invented; the persons' names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import country_of


def _table(nlp, text: str):
    from newsgraph.actors import resolve

    return resolve(nlp(text), published=dt.date(2019, 6, 1))


@pytest.mark.model
def test_a_body_whose_last_word_alone_is_tagged_keeps_its_full_name(nlp):
    table = _table(nlp, "Doctors Without Borders said Israeli airstrikes hit a clinic in Gaza on Monday.")
    names = {a.name: a.country for a in table.actors}
    assert "Doctors Without Borders" in names, names
    assert names["Doctors Without Borders"] != "ISR"
    assert "doctors" not in {n.lower() for n in names}


@pytest.mark.model
def test_a_place_before_a_tagged_body_stays_its_own_mention(nlp):
    table = _table(nlp, "The U.S. Navy said on Monday that Chinese ships had followed the destroyer.")
    assert ("U.S. Navy", "USA") in {(a.name, a.country) for a in table.actors}


@pytest.mark.model
def test_a_city_and_its_country_count_as_one_place(nlp):
    text = "A student from Tyre, Lebanon, landed in Boston on Friday, where border officers questioned him for hours."
    assert country_of(nlp, text, "border officers") == "USA"


@pytest.mark.model
def test_a_city_and_its_country_still_place_a_sentence_that_names_no_other(nlp):
    text = "A student from Tyre, Lebanon, said border officers questioned him for hours."
    assert country_of(nlp, text, "border officers") == "LBN"


@pytest.mark.model
def test_a_demonym_before_the_noun_a_body_names_is_the_nouns_not_the_bodys(nlp):
    text = "Border officers turned away a Chilean incoming Harvard freshman last week."
    assert country_of(nlp, text, "Harvard") != "CHL"


@pytest.mark.model
def test_a_demonym_before_a_body_itself_still_places_it(nlp):
    text = "Roe University, a Chilean school, said it would help him."
    assert country_of(nlp, text, "Roe University") == "CHL"


def test_a_country_after_a_comma_qualifies_the_place_before_it_only_when_it_is_that_places():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsgraph.actors._cluster import _qualifies
    from newsgraph.actors._mentions import Cand

    doc = Doc(Vocab(), words=["from", "Tyre", ",", "Lebanon", "and", "Haifa", ",", "Lebanon"])
    tyre = Cand(1, 2, "Tyre", "GPE", kind="place", iso="LBN")
    haifa = Cand(5, 6, "Haifa", "GPE", kind="place", iso="ISR")
    lebanon = Cand(3, 4, "Lebanon", "GPE", kind="country", iso="LBN")
    second = Cand(7, 8, "Lebanon", "GPE", kind="country", iso="LBN")
    assert _qualifies(doc, tyre, lebanon)
    assert not _qualifies(doc, haifa, second)  # another country: two places
    assert not _qualifies(doc, lebanon, second)  # a country names no place to qualify
