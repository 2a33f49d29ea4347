"""Coreference of pronouns and definite descriptions to named actors (actors/_coref.py)."""

from __future__ import annotations

from newsgraph.actors import resolve


def _actor_at(nlp, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    table = resolve(doc)
    tok = [t for t in doc if t.text == word][nth]
    return table.get(table.at_token(tok.i))


def test_it_that_acts_is_the_nearest_subject_country(nlp):
    text = "Norway said on Monday that it was leaving the pact, and it threatened new tariffs on Chile."
    assert _actor_at(nlp, text, "it", 0).country == "NOR"
    assert _actor_at(nlp, text, "it", 1).country == "NOR"
    a = _actor_at(nlp, "The French government rejected the offer. It added that talks would go on.", "It")
    assert a is not None and a.country == "FRA"


def test_expletive_or_thing_it_stays_unresolved(nlp):
    assert _actor_at(nlp, "Germany signed the deal. It is clear that the talks failed.", "It") is None
    assert _actor_at(nlp, "Germany said it was reported that the talks failed.", "it") is None
    # the nearest subject before it is a thing, not the country
    assert _actor_at(nlp, "Japan praised the plan, but the plan failed because it ignored costs.", "it") is None
    # a person is never "it"
    assert _actor_at(nlp, "Angela Merkel said it would cut spending.", "it") is None
