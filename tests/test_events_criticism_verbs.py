"""Verbs of sharp criticism are ACCUSE disapprove, like "rebuke" and "slam" (session 37, lead). Invented
sentences."""

from __future__ import annotations

import pytest

from test_events import find, run


@pytest.mark.parametrize("verb", ["lambasted", "chastised", "berated", "castigated", "excoriated", "derided",
                                  "scolded", "assailed", "reprimanded", "admonished", "upbraided", "ridiculed"])
def test_a_verb_of_sharp_criticism_is_disapproval(nlp, verb):
    events = run(nlp, f"Senator Jay Roe {verb} the Ruritanian government on Tuesday.")
    e = find(events, "ACCUSE", mode="disapprove")
    assert e.trigger["text"] == verb
    assert e.actor == ["jay-roe"]


def test_criticism_told_in_the_passive_keeps_its_critic(nlp):
    events = run(nlp, "The Ruritanian government was lambasted by Senator Jay Roe on Tuesday.")
    e = find(events, "ACCUSE", mode="disapprove")
    assert e.actor == ["jay-roe"]
