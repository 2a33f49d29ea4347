"""Session 45, country45 (issue #19): a possessive pronoun's antecedent places what it owns (a state's agents,
and a body only its sentence placed); "foreign" agents are of no one country; an adjective's infinitive gives
its event's recipient by the clause's preposition, not by the actor's own troops it sends."""

from __future__ import annotations

import pytest

from newsgraph.records import Document


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # a state as the antecedent of an agent's possessive: the sentence names Spain three times and Morocco once,
    # and "its police" are Morocco's all the same
    ("Morocco said its police had arrested two Spanish citizens in Spain's enclave of Ceuta after a Spanish court "
     "ruling.", "police", "MAR"),
    # a body only its sentence placed takes its possessor's country
    ("Prime Minister Benjamin Netanyahu said he would ask his Cabinet to approve the annexation, which the "
     "Palestinians reject.", "Cabinet", "ISR"),
    # "foreign" agents are of no one country ...
    ("Officials in Iran said foreign companies had stopped buying the country's oil.", "foreign companies", None),
    ("Venezuela said foreign tankers would be seized in its waters.", "foreign tankers", None),
    # ... but a state's office for foreign affairs is the state's own
    ("A foreign ministry spokesman said Iran would not give up its rights.", "foreign ministry spokesman", "IRN"),
    ("The foreign minister said Iran would not give up its rights.", "foreign minister", "IRN"),
])
def test_the_country_of_a_possessed_or_foreign_actor(extractor, text, name, country):
    result = extractor(Document(text=text, published="2019-05-06"))
    found = [a for a in result.actors if a.name == name]
    assert found, [(a.name, a.country) for a in result.actors]
    assert found[0].country == country


@pytest.mark.model
def test_an_adjective_infinitive_gives_the_place_it_withdraws_from_as_recipient(extractor):
    # "willing" (AGREE): not "its troops", the actor's own people, but the state they leave
    text = "Armenia says it is willing to withdraw its troops from neighboring Azerbaijan, after years of occupation."
    result = extractor(Document(text=text, published="2019-05-06"))
    willing = [e for e in result.events if (e.trigger or {}).get("text") == "willing"]
    assert willing, [(e.event, e.trigger) for e in result.events]
    assert willing[0].recipient == ["azerbaijan"]
    assert not any(a.sector == "MIL" for a in result.actors if a.id in willing[0].recipient)
