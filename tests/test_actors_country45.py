"""Session 45, country45 (issue #19): a possessive pronoun's antecedent places what it owns (a state's agents,
and a body only its sentence placed); "foreign" agents are of no one country; an adjective's infinitive gives
its event's recipient by the clause's preposition, not by the actor's own troops it sends."""

from __future__ import annotations

import pytest

from newsgraph.records import Document


def _actor(result, name: str):
    found = [a for a in result.actors if a.name == name]
    assert found, [(a.name, a.country) for a in result.actors]
    return found[0]


@pytest.mark.model
def test_a_state_as_the_antecedent_of_an_agent_possessive_places_the_agent(extractor):
    # the sentence names Spain three times and Morocco once: "its police" are Morocco's all the same
    text = ("Morocco said its police had arrested two Spanish citizens in Spain's enclave of Ceuta after a "
            "Spanish court ruling.")
    result = extractor(Document(text=text, published="2019-05-06"))
    assert _actor(result, "police").country == "MAR"


@pytest.mark.model
def test_a_body_only_its_sentence_placed_takes_its_possessor_country(extractor):
    text = ("Prime Minister Benjamin Netanyahu said he would ask his Cabinet to approve the annexation, which "
            "the Palestinians reject.")
    result = extractor(Document(text=text, published="2020-06-01"))
    assert _actor(result, "Cabinet").country == "ISR"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Officials in Iran said foreign companies had stopped buying the country's oil.", "foreign companies"),
    ("Venezuela said foreign tankers would be seized in its waters.", "foreign tankers"),
])
def test_foreign_agents_are_of_no_one_country(extractor, text, name):
    result = extractor(Document(text=text, published="2019-05-06"))
    assert _actor(result, name).country is None


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # a state's office for foreign affairs is the state's own
    ("A foreign ministry spokesman said Iran would not give up its rights.", "foreign ministry spokesman", "IRN"),
    ("The foreign minister said Iran would not give up its rights.", "foreign minister", "IRN"),
])
def test_a_state_foreign_office_keeps_its_state(extractor, text, name, country):
    result = extractor(Document(text=text, published="2019-05-06"))
    assert any(name in a.name and a.country == country for a in result.actors), [
        (a.name, a.country) for a in result.actors]


@pytest.mark.model
def test_an_adjective_infinitive_gives_the_place_it_withdraws_from_as_recipient(extractor):
    # "willing" (AGREE): not "its troops", the actor's own people, but the state they leave
    text = "Armenia says it is willing to withdraw its troops from neighboring Azerbaijan, after years of occupation."
    result = extractor(Document(text=text, published="2019-05-06"))
    willing = [e for e in result.events if (e.trigger or {}).get("text") == "willing"]
    assert willing, [(e.event, e.trigger) for e in result.events]
    assert willing[0].recipient == ["azerbaijan"]
    assert not any(a.sector == "MIL" for a in result.actors if a.id in willing[0].recipient)
