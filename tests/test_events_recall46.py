"""Words the lexicon lacked for the types the pipeline finds least (issue #17, session 46, recall46).

Of the verbs and nouns the lexicon lacked that the train annotation gives AID, CONCEDE, RETREAT, PROTEST, COERCE,
THREATEN, AGREE or SUPPORT in at least two train articles and 15% of their uses, two made more events right than
wrong through the pipeline on train and changed nothing on dev: a standing ovation is praise (SUPPORT), and
a party unifying around a candidate endorses the candidate (SUPPORT). Each is the word's one reading, not a phrase,
so the learned proposer reads its type too. The rules alone, on invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events._lexicon import lexicon

from test_events import find, run


@pytest.mark.parametrize(("kind", "lemma", "etype"), [("N", "ovation", "SUPPORT"), ("V", "unify", "SUPPORT")])
def test_the_counted_words_are_bare_entries(kind, lemma, etype):
    entries = (lexicon().nouns if kind == "N" else lexicon().verbs)[lemma]
    assert [e.type for e in entries] == [etype]
    assert not entries[0].phrase  # the word's reading, which the proposer reads as the lemma's


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("The delegates gave the senator a standing ovation on Tuesday.", "ovation"),
    ("Party leaders unified around the nominee on Thursday.", "unified"),
])
def test_praise_and_rallying_behind_a_candidate(nlp, text, word):
    e = find(run(nlp, text), "SUPPORT")
    assert word in e.trigger["text"]

