"""An event noun told as having taken place (issue #17 recall, session 36): "the talks broke down in May",
"the chemical attack killed 80 people". With no party named such a noun was no candidate (a bare noun);
as the subject of a verb of beginning, going on, ending or doing harm it is one, judged apart by the
decider (``events.OCCURRING_P``). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph import events
from newsgraph.events._coding import CODING
from newsgraph.events._occurring import told_as_occurring

from test_events_told_acts import candidates


def test_the_verbs_of_occurring():
    words = CODING.words["occurring"]
    assert {"begin", "end", "collapse", "break", "take", "kill", "last"} <= words
    # verbs that tell what is said or thought of an event, not that it took place
    assert not {"say", "be", "come", "seem", "show", "include"} & words


@pytest.mark.parametrize(("text", "word"), [
    ("The trade talks broke down in May.", "talks"),
    ("The chemical attack killed 80 people on Tuesday.", "attack"),
    ("Negotiations began on Monday in Geneva.", "Negotiations"),
    ("The clashes lasted more than an hour.", "clashes"),
    ("The official talks took place in Vienna.", "talks"),
])
def test_a_noun_told_as_having_taken_place(nlp, text, word):
    assert told_as_occurring(_word(nlp(text), word))


@pytest.mark.parametrize(("text", "word"), [
    ("Such attacks happen all over the world.", "attacks"),  # a kind, not one occurrence
    ("If talks fail, Congress will act.", "talks"),  # a condition
    ("A strike could happen at any time.", "strike"),  # told as possible
    ("The talks did not begin on Monday.", "talks"),  # denied
    ("The break in the talks lasted a week.", "talks"),  # not the verb's subject
    ("The talks broke a long silence.", "talks"),  # "break" with no particle: no ending told
    ("The attack took hours to plan.", "attack"),  # "take" with no "place"
    ("The talks were a failure.", "talks"),  # a copula tells what it was, not that it took place
])
def test_no_occurrence_told(nlp, text, word):
    assert not told_as_occurring(_word(nlp(text), word))


def test_an_occurrence_with_no_party_is_a_candidate(nlp):
    found = candidates(nlp, "The trade talks broke down in May.")
    assert [(e.event, e.trigger["text"]) for e in found] == [("CONSULT", "talks")]


def test_no_candidate_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(events, "OCCURRING_P", None)
    found = candidates(nlp, "The trade talks broke down in May.")
    assert not [e for e in found if e.trigger["text"] == "talks"]
