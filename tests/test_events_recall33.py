"""Verbs the candidates missed (issue #17, session 33, recall33): a CAMEO pattern that gives the learned
proposer's own type makes a trigger of a verb under the proposer's threshold. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from newsgraph import events
from newsgraph.events import _cameo_backed


def test_the_cameo_floor_is_under_the_proposers_threshold():
    from newsgraph.events._propose import proposer

    model = proposer()
    if model is None:
        pytest.skip("no shipped proposer")
    assert events.CAMEO_PATTERN_P is not None and events.CAMEO_PATTERN_P < model.threshold


@pytest.mark.model
def test_a_cameo_pattern_backs_the_proposers_type(nlp):
    doc = nlp("The lawyers asked for a retrial in the case.")
    asked = next(t for t in doc if t.text == "asked")
    assert _cameo_backed(asked, "REQUEST") == "REQUEST"
    assert _cameo_backed(asked, "ACCUSE") is None  # the pattern gives another type
    retrial = next(t for t in doc if t.text == "retrial")
    assert _cameo_backed(retrial, "REQUEST") is None  # a noun: CAMEO's patterns are on verbs


@pytest.mark.model
def test_a_verb_alone_is_no_cameo_pattern(nlp):
    # "ask" has a CAMEO verb type, but with no object or phrase of a pattern it backs nothing
    doc = nlp("The lawyers asked again on Monday.")
    asked = next(t for t in doc if t.text == "asked")
    assert _cameo_backed(asked, "REQUEST") is None
