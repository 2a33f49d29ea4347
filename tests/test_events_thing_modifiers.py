"""A name before a noun of a thing is part of the thing's name, no party to the act done to it (issue #19:
train junk actors that events kept as a party, "praised the U.S. relationship", "dismissed the Libya
model"); before a noun of people, of states, of a body's writing or of an event it names the actor."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events._arguments import np_actors
from newsgraph.records import ActorTable, Mention


def _object_actors(noun: str) -> list[str]:
    # "Trump praised the U.S. <noun> ." with the parse written out, the U.S. an actor's mention
    words = ["Trump", "praised", "the", "U.S.", noun, "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 1],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
              pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"], lemmas=[w.lower() for w in words])
    at = doc[3].idx
    table = ActorTable(mentions=[Mention(actor="usa", span=(at, at + 4), tokens=(3, 4), text="U.S.")])
    return np_actors(doc[4], table)


@pytest.mark.parametrize("noun", ["relationship", "model", "account"])
def test_a_name_before_a_things_noun_names_no_party(noun):
    assert _object_actors(noun) == []


@pytest.mark.parametrize("noun", ["officials", "agent", "strike", "resolution", "country", "target"])
def test_a_name_before_a_noun_of_people_states_a_writing_or_an_event_names_the_party(noun):
    assert _object_actors(noun) == ["usa"]
