"""A strike named by its weapon or its target is an attack, a walkout otherwise; a passive "was struck" is
no walkout (session 38, speech38). Invented sentences."""

from __future__ import annotations

import pytest

from test_events import find, run


def _types(events):
    return {e.event for e in events}


@pytest.mark.parametrize("text", [
    "Ruritania's missile strikes hit three depots in Borduvia.",
    "Ruritania's strikes against Borduvia continued on Monday.",
])
def test_a_strike_named_by_its_weapon_or_target_is_an_attack(nlp, text):
    events = run(nlp, text)
    assert find(events, "ASSAULT").trigger["text"] == "strikes"
    assert "PROTEST" not in _types(events)


def test_a_strike_held_on_a_day_stays_a_walkout(nlp):
    events = run(nlp, "The Ruritanian Teachers Union held a strike on Monday over unpaid wages.")
    assert find(events, "PROTEST").trigger["text"] == "strike"
    assert "ASSAULT" not in _types(events)


def test_struck_in_the_passive_is_no_walkout(nlp):
    events = run(nlp, "The Borduvian embassy in Osk was struck on Tuesday.")
    assert "PROTEST" not in _types(events)


def test_workers_who_struck_still_protest(nlp):
    events = run(nlp, "The Ruritanian Miners Union struck on Tuesday, demanding higher pay.")
    assert find(events, "PROTEST").trigger["text"] == "struck"
