"""Event nouns told as what their recipient drew (issue #17, session 18): "X drew criticism from Y", and
leaving a pact. Sentences invented for these tests; the rules alone (see test_events.run)."""

from __future__ import annotations

import pytest

from test_events import find, run

pytestmark = pytest.mark.model


def test_reaction_drawn_from_a_party(nlp):
    # the subject is whom the criticism is directed at, "from" names who criticised
    events = run(nlp, "Hungary drew sharp criticism from Germany on Monday.")
    e = find(events, "ACCUSE")
    assert e.actor == ["germany"] and e.recipient == ["hungary"]
    assert e.trigger["text"] == "criticism"


def test_reaction_without_a_named_critic(nlp):
    events = run(nlp, "The decision by Poland sparked angry protests.")
    find(events, "PROTEST")


def test_reaction_won_is_not_a_fight(nlp):
    # "won the war" tells no attack on the one who won it
    events = run(nlp, "Serbia won the war.")
    assert not any(e.event == "ASSAULT" and e.recipient == ["serbia"] for e in events)


def test_bare_event_noun_is_still_no_event(nlp):
    events = run(nlp, "Talks stalled again.")
    assert not any(e.event == "CONSULT" for e in events)


def test_withdrawal_from_a_treaty_is_sanction(nlp):
    events = run(nlp, "Canada withdrew from the fishing treaty in March.")
    e = find(events, "SANCTION", mode="withdraw")
    assert e.actor == ["canada"]
    assert not any(x.event == "RETREAT" for x in events)


def test_pulling_out_of_a_pact_is_sanction(nlp):
    events = run(nlp, "Ecuador pulled out of the regional trade pact last year.")
    e = find(events, "SANCTION", mode="withdraw")
    assert e.actor == ["ecuador"]


def test_pulling_troops_out_stays_a_retreat(nlp):
    events = run(nlp, "Chile pulled its troops out of the border town.")
    find(events, "RETREAT", mode="withdraw")


def test_coming_under_criticism_from_a_party(nlp):
    events = run(nlp, "Norway has come under criticism from Sweden for the decision.")
    e = find(events, "ACCUSE")
    assert e.actor == ["sweden"] and e.recipient == ["norway"]
