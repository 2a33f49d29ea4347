"""Unnamed people a country or body describes, and plural phrases the actors stage gave to one person:
the speaker in the text's own words (issue #20). Invented sentences only."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


def _speaker(table, quote):
    return table.get(quote.speaker) if quote.speaker else None


@pytest.mark.model
def test_an_official_a_country_and_a_field_describe_is_a_person_in_the_texts_words(nlp):
    # the relative clause after the noun makes the actors stage name the body alone ("United States police")
    text = "The plan was reckless, one former U.S. law enforcement official who ran such cases told reporters."
    quotes, table = _quotes(nlp, text)
    speaker = _speaker(table, quotes["The plan was reckless"])
    assert speaker is not None and speaker.kind == "person"
    assert "law enforcement official" in speaker.name and speaker.country == "USA"


@pytest.mark.model
def test_a_reporter_of_a_named_outlet_stays_the_outlets(nlp):
    text = "The count took nine hours, a Politico reporter wrote late on Tuesday."
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The count took nine hours"].speaker) == "Politico"


@pytest.mark.model
def test_a_family_by_its_plural_surname_is_not_its_one_named_member(nlp):
    text = ("Mara Lindqvist opened the bakery on Elm Street in 1998. "
            "The Lindqvists said the new lease would end the business within a year.")
    quotes, table = _quotes(nlp, text)
    speaker = _speaker(table, quotes["the new lease would end the business within a year"])
    assert speaker is not None and speaker.kind == "group" and speaker.name == "Lindqvists"


@pytest.mark.model
def test_an_owner_named_in_a_plural_phrase_keeps_the_phrase(nlp):
    text = "Kessler's aides said the tour would reach Ohio by June."
    quotes, table = _quotes(nlp, text)
    assert "Kessler" in (_name(table, quotes["the tour would reach Ohio by June"].speaker) or "")


@pytest.mark.model
def test_a_counted_plural_keeps_the_person_coreference_gave_it(nlp):
    # the corpus gives a joint statement ("Both leaders said") to one of them and annotates no group
    text = ("President Dana Marsh met Prime Minister Ivo Kessler in Oslo on Monday. "
            "Both leaders said the fishing pact needed firmer rules.")
    quotes, table = _quotes(nlp, text)
    speaker = _speaker(table, quotes["the fishing pact needed firmer rules"])
    assert speaker is not None and speaker.kind == "person"
