"""Evidence for verbs the proposer reads near its threshold (issue #17, session 34, recall34): whether a
verb's CAMEO pattern gives the candidate's own type, as a feature of the decider. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from newsgraph.events._decide import cameo_features


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.model
def test_the_decider_reads_whether_the_cameo_pattern_gives_the_candidates_type(nlp):
    asked = _word(nlp("The lawyers asked for a retrial in the case."), "asked")
    assert cameo_features(asked, "REQUEST") == ["cameo_pattern=agree"]
    assert cameo_features(asked, "ACCUSE") == ["cameo_pattern=other"]


@pytest.mark.model
def test_a_verb_with_no_pattern_gives_the_decider_nothing(nlp):
    # "ask" has a CAMEO verb type, but no object or phrase of a pattern
    assert cameo_features(_word(nlp("The lawyers asked again on Monday."), "asked"), "REQUEST") == []
