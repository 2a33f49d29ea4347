"""Evidence for verbs the proposer reads near its threshold (issue #17, session 34, recall34): a phrasal
verb read as one word by the proposer, and whether a verb's CAMEO pattern gives the candidate's own type
as a feature of the decider. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events._decide import cameo_features
from newsgraph.events._lexicon import lexicon
from newsgraph.events._propose import features


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.model
def test_a_phrasal_verb_is_read_with_its_particle_and_preposition(nlp):
    doc = nlp("The army cracked down on the protesters, and the rebels backed down.")
    cracked = features(_word(doc, "cracked"), lexicon(), 0)
    assert "phrasal=crack_down" in cracked
    assert "phrasal_prep=crack_down|on" in cracked
    backed = features(_word(doc, "backed"), lexicon(), 0)
    assert "phrasal=back_down" in backed
    assert not [f for f in backed if f.startswith("phrasal_prep=")]


@pytest.mark.model
def test_a_verb_with_no_particle_has_no_phrasal_feature(nlp):
    doc = nlp("The army attacked the protesters on Monday.")
    assert not [f for f in features(_word(doc, "attacked"), lexicon(), 0) if f.startswith("phrasal")]


@pytest.mark.model
def test_the_decider_reads_whether_the_cameo_pattern_gives_the_candidates_type(nlp):
    doc = nlp("The lawyers asked for a retrial in the case.")
    asked = _word(doc, "asked")
    assert cameo_features(asked, "REQUEST") == ["cameo_pattern=agree"]
    assert cameo_features(asked, "ACCUSE") == ["cameo_pattern=other"]
    # no object or phrase of a pattern: nothing said
    assert cameo_features(_word(nlp("The lawyers asked again on Monday."), "asked"), "REQUEST") == []
