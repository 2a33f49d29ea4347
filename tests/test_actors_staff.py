"""People who serve a body its name modifies ("a Kremlin spokesman", "White House officials") are actors
of their own, a person or a group with the body's country and sector, not mentions of the body
(corpus/GUIDELINES.md, section 1: a generic actor keeps the text's own words, "a White House official")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 3, 4)


def actor_of(nlp, text: str, words: str):
    table = resolve(nlp(text), published=DAY)
    ids = {m.actor for m in table.mentions if m.text == words}
    found = [a for a in table.actors if a.id in ids]
    return found[0] if found else None


@pytest.mark.model
@pytest.mark.parametrize("text,words,kind,country,sector", [
    ("The White House rejected the bill. A White House official said the vote was a stunt.",
     "White House official", "person", "USA", "GOV"),
    ("The Pentagon moved ships to the gulf. A Pentagon spokesman said the move was routine.",
     "Pentagon spokesman", "person", "USA", "MIL"),
    ("State Department officials said the talks would resume in May.",
     "State Department officials", "group", "USA", "GOV"),
    # a party's staff in Congress
    ("A Republican aide said the senators would vote on Tuesday.", "Republican aide", "person", "USA", "LEG"),
])
def test_the_staff_of_a_named_body_are_not_the_body(nlp, text, words, kind, country, sector):
    actor = actor_of(nlp, text, words)
    assert actor is not None
    assert (actor.kind, actor.country, actor.sector) == (kind, country, sector)


@pytest.mark.model
def test_a_bodys_forces_stay_the_body(nlp):
    # nouns other than an official's post after a body's name are the body itself
    actor = actor_of(nlp, "Hezbollah fighters fired rockets at the border town on Monday.", "Hezbollah fighters")
    assert actor is not None and actor.kind != "person" and actor.name == "Hezbollah"
