"""Session 44, country44 (issue #19): a state's body named in the text's word for the state ("Syrian
government", not "Syria government"); a capital that is a later conjunct after a party's preposition is a party;
"the federal government" is the state's government."""

from __future__ import annotations

import pytest

from factories import holders
from newsgraph.actors import resolve
from newsgraph.actors._others import name_by_phrase
from newsgraph.records import Actor, ActorTable, Document


def test_a_state_body_keeps_its_kind_and_a_party_becomes_its_people():
    table = ActorTable(actors=[
        Actor(id="syria-government", name="Syria government", kind="organization", country="SYR", sector="GOV"),
        Actor(id="gop", name="Republican Party", kind="organization", country="USA", sector="PTY"),
        Actor(id="syria-gov-2", name="Syria government", kind="organization", country="SYR", sector="MIL"),
    ])
    name_by_phrase(table, {"syria-government": "Syrian government", "gop": "GOP senators",
                           "syria-gov-2": "Syrian forces"})
    assert [(a.name, a.kind) for a in table.actors] == [
        ("Syrian government", "organization"), ("GOP senators", "group"),
        # not the name the composites give a body of that sector ("Syria military"): named by a phrase
        ("Syrian forces", "group")]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Syrian government rejected the report on Tuesday and said the United Nations had been misled.",
     "Syrian government"),
    # the sector's label, not the noun as written
    ("The Syrian regime rejected the report on Tuesday. Rebels said the regime had shelled their town.",
     "Syrian government"),
    ("U.S. troops left the base on Monday, and the Pentagon said the withdrawal would end by June.",
     "U.S. military"),
    # a possessive takes the adjective the text writes for the state elsewhere
    ("Iraq's army retook the town on Sunday. Iraqi officials said the militants had fled north.", "Iraqi military"),
    # and keeps the country's name where the text writes none
    ("Iraq's army retook the town on Sunday, and the militants fled north.", "Iraq military"),
])
def test_a_state_body_is_named_in_the_text_word_for_the_state(extractor, text, name):
    result = extractor(Document(text=text, published="2019-05-06"))
    found = [a for a in result.actors if a.name == name]
    assert found and found[0].kind == "organization", [(a.name, a.kind) for a in result.actors]


@pytest.mark.model
@pytest.mark.parametrize("text, capital, state", [
    ("The sanctions hit Iran and Russia. Washington has held talks with Tehran and Moscow since May.", "Moscow",
     "Russia"),
    ("Britain will hold talks with Berlin and Paris on Monday, France and Germany said.", "Paris", "France"),
    ("The president spoke by phone with Beijing and Moscow on Monday. China and Russia said the call went well.",
     "Moscow", "Russia"),
])
def test_a_later_conjunct_after_a_party_preposition_is_a_party(nlp, text, capital, state):
    table = resolve(nlp(text))
    assert {a.id for a in holders(table, text, capital)} == {a.id for a in holders(table, text, state)}


@pytest.mark.model
def test_a_capital_in_a_place_phrase_stays_a_place(nlp):
    # "in" names where something happens: the city's people, not the state
    text = "Russia and Iran met in Geneva. Protests in Tehran and Moscow followed on Monday."
    table = resolve(nlp(text))
    assert {a.id for a in holders(table, text, "Moscow")} != {a.id for a in holders(table, text, "Russia")}


@pytest.mark.model
@pytest.mark.parametrize("text, other", [
    ("The Russian government said on Monday it would cut taxes. Later the federal government said it would also "
     "raise pensions.", "federal government"),
    ("Russia's government said on Monday it would cut taxes. The national government will also raise pensions, "
     "officials said.", "national government"),
])
def test_the_federal_government_is_the_state_government(nlp, text, other):
    table = resolve(nlp(text))
    named = "Russian government" if "Russian government" in text else "Russia's government"
    assert {a.id for a in holders(table, text, other)} == {a.id for a in holders(table, text, named)}


@pytest.mark.model
def test_a_state_government_of_another_level_stays_apart(nlp):
    text = "The Russian government said on Monday it would cut taxes. The regional government said it would not."
    table = resolve(nlp(text))
    assert {a.id for a in holders(table, text, "regional government")} != {
        a.id for a in holders(table, text, "Russian government")}
