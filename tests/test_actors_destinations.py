"""Where an actor goes does not place the actor (issue #19 part 2): a country named in the "to" phrase
of the verb of going or sending an actor is the subject of is not read as that actor's country.

Every sentence is invented."""

from __future__ import annotations

import pytest
from conftest import actor_codes as coded

from newsgraph.actors._agents import context_country, destinations


# the verbs' lemmas of the hand-built parses below (every other word is its own lemma)
_LEMMAS = {"went": "go", "yielded": "yield", "sent": "send", "stayed": "stay"}


def parsed(words, heads, deps, pos):
    """A doc with the given parse: ``heads`` as token indices (a root is its own head)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[_LEMMAS.get(w, w.lower()) for w in words])


def test_context_country_reads_the_sentence_without_the_skipped_tokens():
    sent_of = {0: 0, 3: 0, 6: 0}
    mentions = [(3, "PER"), (6, "CHL")]
    assert context_country(0, sent_of, mentions) == "PER"  # a tie: the nearest
    assert context_country(0, sent_of, mentions, skip={3}) == "CHL"
    assert context_country(0, sent_of, mentions, skip={3, 6}) is None


def test_the_to_phrase_of_the_subjects_verb_is_a_destination():
    # "Troops went to Peru ."
    doc = parsed(["Troops", "went", "to", "Peru", "."], [1, 1, 1, 2, 1],
                 ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert destinations(doc, 0) == {2, 3}


def test_the_to_phrase_of_a_verb_the_subject_controls_is_a_destination():
    # "Leaders want to come to Paris ."
    doc = parsed(["Leaders", "want", "to", "come", "to", "Paris", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "aux", "xcomp", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "PART", "VERB", "ADP", "PROPN", "PUNCT"])
    assert destinations(doc, 0) == {4, 5}


def test_the_to_phrase_of_another_verb_is_no_destination():
    # "Rebels yielded to Peru .": whom they yield to, as often of their own country as not
    doc = parsed(["Rebels", "yielded", "to", "Peru", "."], [1, 1, 1, 2, 1],
                 ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert destinations(doc, 0) == set()


def test_an_object_and_a_place_have_no_destination():
    # "Chile sent troops to Peru .": the troops are the object; who sends them is often of their country
    doc = parsed(["Chile", "sent", "troops", "to", "Peru", "."], [1, 1, 1, 1, 3, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert destinations(doc, 2) == set()
    # "Troops stayed in Peru .": where the actor is may be its own country, and is read
    doc = parsed(["Troops", "stayed", "in", "Peru", "."], [1, 1, 1, 2, 1],
                 ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert destinations(doc, 0) == set()


@pytest.mark.model
@pytest.mark.parametrize("text,part,country", [
    # the only country named is where the agents go: open
    ("Officials flew to Peru on Monday for the talks.", "Officials", None),
    # where they are still places them
    ("Officials met in Peru on Monday for the talks.", "Officials", "PER"),
])
def test_where_an_agent_goes_does_not_place_it(nlp, text, part, country):
    assert coded(nlp, text, part)[0] == country
