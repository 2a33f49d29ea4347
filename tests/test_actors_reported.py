"""Who reports a clause is placed by the country that acts in it (issue #19 part 2): where an actor that
says or thinks something is placed by its sentence and the sentence names several countries, the one
named as (or in) the subject of another clause outranks the ones acted on or where it happens.

Every sentence is invented."""

from __future__ import annotations

import pytest
from conftest import actor_codes as coded

from newsgraph.actors._agents import context_country, reported_subjects

# the verbs' lemmas of the hand-built parses below (every other word is its own lemma)
_LEMMAS = {"rejected": "reject", "said": "say", "shelled": "shell", "left": "leave", "officials": "official",
           "troops": "troop"}


def parsed(words, heads, deps, pos):
    """A doc with the given parse: ``heads`` as token indices (a root is its own head)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[_LEMMAS.get(w, w.lower()) for w in words])


def test_the_subject_of_the_reported_clause():
    # "Chile rejected the offer , officials said ."
    doc = parsed(["Chile", "rejected", "the", "offer", ",", "officials", "said", "."], [1, 6, 3, 1, 6, 6, 6, 6],
                 ["nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT", "punct"],
                 ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    assert reported_subjects(doc, 5) == {0}


def test_the_words_that_qualify_the_subject():
    # "Chilean troops shelled Peru , officials said ."
    doc = parsed(["Chilean", "troops", "shelled", "Peru", ",", "officials", "said", "."], [1, 2, 6, 2, 6, 6, 6, 6],
                 ["amod", "nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"],
                 ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    prefer = reported_subjects(doc, 5)
    assert prefer == {0, 1}
    sent_of = dict.fromkeys(range(len(doc)), 0)
    mentions = [(0, "CHL"), (3, "PER")]
    assert context_country(5, sent_of, mentions) == "PER"  # a tie: the nearest, the one shelled
    assert context_country(5, sent_of, mentions, prefer=lambda: prefer) == "CHL"
    # one country named: the preference changes nothing
    assert context_country(5, sent_of, [(3, "PER")], prefer=lambda: prefer) == "PER"


def test_no_verb_of_saying_no_preference():
    # "Chile rejected the offer and officials left .": the officials report nothing
    doc = parsed(["Chile", "rejected", "the", "offer", "and", "officials", "left", "."], [1, 1, 3, 1, 1, 6, 1, 1],
                 ["nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "punct"],
                 ["PROPN", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "VERB", "PUNCT"])
    assert reported_subjects(doc, 5) == set()
    # nor for the subject of the clause itself
    assert reported_subjects(doc, 0) == set()


@pytest.mark.model
@pytest.mark.parametrize("text,part,country", [
    # two countries named once each: the one that acts in what the officials say, not the nearest
    ("Chile rejected the latest offer from Peru, officials said on Monday.", "officials", "CHL"),
    ("Chile rejected the latest offer from Peru, Finance Minister Jay Roe said on Monday.", "Roe", "CHL"),
])
def test_who_reports_a_clause_takes_its_subjects_country(nlp, text, part, country):
    assert coded(nlp, text, part)[0] == country


@pytest.mark.model
@pytest.mark.parametrize("text,part,country", [
    # an agent of a state whose sentence and paragraph name no country: the state named last before
    ("Peru's parliament rejected the budget on Monday.\n\nThe vote came late at night.\n\n"
     "Police said the streets of the capital were calm.", "Police", "PER"),
    ("Peru's parliament rejected the budget on Monday.\n\nThe vote came late at night.\n\n"
     "Lawmakers said the streets of the capital were calm.", "Lawmakers", "PER"),
    # civilians are no state's agents: open
    ("Peru's parliament rejected the budget on Monday.\n\nThe vote came late at night.\n\n"
     "Residents said the streets of the capital were calm.", "Residents", None),
    # further back than a few sentences: open
    ("Peru's parliament rejected the budget on Monday.\n\nThe vote came late at night.\n\nIt was cold.\n\n"
     "The rain fell all day.\n\nPolice said the streets of the capital were calm.", "Police", None),
])
def test_an_agent_of_a_state_by_the_country_named_last(nlp, text, part, country):
    assert coded(nlp, text, part)[0] == country
