"""A conflict act agreed to or offered is the agreement (AGREE), not a threat, where a vow of one stays the
threat (issue #17, session 43, recall43; PLOVER: intended conflict actions are threats; corpus guidelines 2.2).
The rules alone, on invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events._coding import CODING

from test_events import find, run


def test_the_words_of_consent_are_no_vows():
    words = CODING.words
    assert {"agree", "accept", "offer"} <= words["consent"]
    assert not words["consent"] & words["commissive"]


@pytest.mark.parametrize(("text", "word"), [
    ("Mexico agreed to deploy its troops along the border.", "agreed"),
    ("Pyongyang agreed to ban the group's leaders from traveling abroad.", "agreed"),
])
def test_a_conflict_act_agreed_to_is_the_agreement(nlp, text, word):
    events = run(nlp, text)
    assert find(events, "AGREE").trigger["text"] == word
    assert not [e for e in events if e.event == "THREATEN"]


def test_a_conflict_act_vowed_stays_a_threat(nlp):
    events = run(nlp, "Mexico vowed to deploy its troops along the border.")
    assert find(events, "THREATEN").trigger["text"] == "vowed"
