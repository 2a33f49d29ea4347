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


def test_definite_descriptions_refer_back_to_the_named_state_or_body(nlp):
    doc = nlp("North Korea fired a missile on Sunday. Officials said the North had broken its promise.")
    table = resolve(doc)
    north = next(t for t in doc if t.text == "North" and t.i > 5)
    assert table.get(table.at_token(north.i)).country == "PRK"
    a = _actor_at(nlp, "The Islamic State released a video. The group threatened more attacks on Iraq.", "group")
    assert a is not None and "Islamic State" in a.name
    a = _actor_at(nlp, "The House Ethics Committee opened an inquiry. The committee will question aides.",
                  "committee")
    assert a is not None and "Ethics Committee" in a.name
    a = _actor_at(nlp, "Jordan closed its border. The country said the move was temporary.", "country")
    assert a is not None and a.country == "JOR"


def test_descriptions_that_are_no_back_reference_stay_alone(nlp):
    # "a group", "the group of experts", and a noun no named actor of that kind precedes
    assert _actor_at(nlp, "Jordan closed its border. A group of experts disagreed.", "group") is None
    assert _actor_at(nlp, "Jordan closed its border. The group of experts disagreed.", "group") is None
    assert _actor_at(nlp, "Angela Merkel spoke. The committee will meet.", "committee") is None
