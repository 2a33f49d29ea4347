"""A named person no step placed takes the one country the sentences of their later mentions name
(``actors._mentioned``); several countries, the paragraph alone, or what they speak of leave them null."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 6, 1)


def _country(nlp, text: str, name: str) -> str | None:
    table = resolve(nlp(text), published=DAY)
    return next(a.country for a in table.actors if a.kind == "person" and name in a.name)


@pytest.mark.model
def test_a_later_mention_in_a_sentence_of_one_country_places_the_person(nlp):
    text = ("Tomas Vellekant gave the speech on Tuesday to a small crowd. "
            "Vellekant, who has lived in Norway for decades, said the plan would fail.")
    assert _country(nlp, text, "Vellekant") == "NOR"


@pytest.mark.model
def test_sentences_that_name_two_countries_leave_the_person_unplaced(nlp):
    text = ("Tomas Vellekant gave the speech on Tuesday to a small crowd. "
            "Vellekant said that Norway and Sweden would sign the plan next year.")
    assert _country(nlp, text, "Vellekant") is None


@pytest.mark.model
def test_a_country_only_their_paragraph_names_does_not_place_them(nlp):
    # the rest of the text is no evidence of a person's country (tests/test_actors.py, the one-country story)
    text = ("The talks opened in Norway on Monday after a long delay. The rooms were full and the mood was calm. "
            "Tomas Vellekant gave the first speech to a small crowd.")
    assert _country(nlp, text, "Vellekant") is None


@pytest.mark.model
def test_a_later_mention_that_only_speaks_of_a_country_does_not_place_them(nlp):
    text = ("Tomas Vellekant gave the speech on Tuesday to a small crowd. "
            "Vellekant, an expert on Norway, said the plan would fail.")
    assert _country(nlp, text, "Vellekant") is None
