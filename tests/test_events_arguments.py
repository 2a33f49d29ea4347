"""Who did it to whom: the parse rules of ``events._arguments`` on invented sentences, with hand-made
ActorTables (the helpers of test_events.py)."""

from __future__ import annotations

import pytest

from test_events import find, run


@pytest.mark.parametrize("text", [
    "Norway signed a fishing treaty with Chile on Monday.",
    "Norway ratified a trade pact with Chile last week.",
    "Norway restored diplomatic relations with Chile.",
])
def test_an_agreement_made_with_another_party_has_both_as_actors(nlp, text):
    # guidelines 2.3 and 2.2: an agreement signed or relations set up are done by both sides
    e = find(run(nlp, text), "SUPPORT")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_cooperation_with_a_party_has_both_as_actors(nlp):
    e = find(run(nlp, "Norway is cooperating with Chile on fisheries."), "COOPERATE")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_what_one_side_shares_goes_to_the_other(nlp):
    e = find(run(nlp, "Norway shared intelligence with Chile."), "COOPERATE")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_praise_is_no_joint_act(nlp):
    e = find(run(nlp, "Norway praised Chile for its restraint."), "SUPPORT")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_an_unresolved_pronoun_of_a_second_conjunct_is_the_first_ones_subject(nlp):
    # the actors stage left "it" alone; the clause coordinated with "Norway said ..." is Norway's
    events = run(nlp, "Norway said on Monday that the talks had failed, and it threatened sanctions against Chile.")
    e = find(events, "THREATEN")
    assert e.actor == ["norway"] and e.recipient == ["chile"]
