"""Verbs the candidates missed or misread (issue #17, session 33, recall33): a verb with a particle is
read only by the lexicon entries that name it ("backed down" is no backing), and a CAMEO pattern that
gives the learned proposer's own type makes a trigger under the proposer's threshold. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events import _cameo_backed, _find_triggers
from newsgraph.events._lexicon import lexicon


def _triggers(nlp, text):
    sent = next(iter(nlp(text).sents))
    return {t.tok.text: t.entry.type for t in _find_triggers(sent, lexicon())}


@pytest.mark.model
def test_a_particle_the_lexicon_does_not_name_makes_another_verb(nlp):
    assert _triggers(nlp, "The senator backed the bill on Tuesday.").get("backed") == "SUPPORT"
    assert "backed" not in _triggers(nlp, "The senator backed down on Tuesday.")
    assert "gave" not in _triggers(nlp, "The rebels gave up the fight in March.")


@pytest.mark.model
def test_an_entry_that_names_its_particle_still_reads_it(nlp):
    assert _triggers(nlp, "The minister stepped down on Monday.").get("stepped") == "RETREAT"


@pytest.mark.model
def test_a_cameo_pattern_backs_the_proposers_type(nlp):
    doc = nlp("The lawyers asked for a retrial in the case.")
    asked = next(t for t in doc if t.text == "asked")
    assert _cameo_backed(asked, "REQUEST") == "REQUEST"
    assert _cameo_backed(asked, "ACCUSE") is None  # the pattern gives another type
    retrial = next(t for t in doc if t.text == "retrial")
    assert _cameo_backed(retrial, "REQUEST") is None  # a noun: CAMEO's patterns are on verbs
