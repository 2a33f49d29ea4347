"""Which candidates become events, and of which type (issue #17 (a), session 24): naming something
is judging it: a verb of naming with an object predicate ("called the plan a disgrace", "branded the
strikers traitors") is a criticism (ACCUSE disapprove), where "called for" asks and "called the
minister on Tuesday" telephones (a preposition of time is no argument of the verb); a promise of a
conflict act ("vowed to attack") is a threat, not an offer of cooperation. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _verb_entry
from newsgraph.events._lexicon import _parse, lexicon


def test_pred_is_a_lexicon_condition():
    lex = _parse("V dub ACCUSE disapprove 111 pred phrase\nV dub CONSULT - 040\n")
    assert [e.pred for e in lex.verbs["dub"]] == [True, False]
    with pytest.raises(ValueError):
        _parse("V dub ACCUSE disapprove 111 phrase\n")  # a phrase needs its other word


def test_naming_comes_before_calls_with_a_preposition():
    # the first entry whose conditions hold wins: "called the plan a disgrace on Monday" has "on"
    entries = lexicon().verbs["call"]
    assert entries[0].type == "ACCUSE" and entries[0].pred


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "lemma", "etype"), [
    ("The senator called the proposal a disgrace on Monday.", "called", "call", "ACCUSE"),
    ("Officials called the shelling a crime against the town.", "called", "call", "ACCUSE"),
    ("The governor labeled the vote a sham.", "labeled", "label", "ACCUSE"),
    ("The senator called on the council to act.", "called", "call", "REQUEST"),
    ("The senator called for new elections in Ruritania.", "called", "call", "REQUEST"),
    ("The envoy called the minister on Tuesday.", "called", "call", None),
])
def test_naming_is_judging(nlp, text, word, lemma, etype):
    e = _verb_entry(_word(nlp(text), word), lexicon().verbs[lemma])
    assert (e.type if e is not None else None) == etype


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "etype"), [
    ("General Doe vowed to attack the rebel camps.", "vowed", "THREATEN"),
    ("Minister Roe pledged to impose tariffs on Ruritanian steel.", "pledged", "THREATEN"),
    ("Minister Roe pledged to support the rebels.", "pledged", "AGREE"),
])
def test_a_promise_of_a_conflict_act_is_a_threat(nlp, text, word, etype):
    from test_events import run

    events = run(nlp, text)
    assert [e.event for e in events if e.trigger["text"] == word] == [etype]
