"""A named person no step placed takes the one country the sentences of their mentions name, else their
paragraphs' (``actors._mentioned``); several countries, another paragraph, their own title's country
words, or what they speak of leave them null."""
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
def test_the_one_country_their_paragraph_names_places_them_where_their_sentences_name_none(nlp):
    # the annotators code a named person so (train: 8 persons, none left null, 1 with another country)
    text = ("The talks opened in Norway on Monday after a long delay. The rooms were full and the mood was calm. "
            "Tomas Vellekant gave the first speech to a small crowd.")
    assert _country(nlp, text, "Vellekant") == "NOR"


@pytest.mark.model
def test_a_country_only_another_paragraph_names_does_not_place_them(nlp):
    # the rest of the text is no evidence of a person's country (tests/test_actors.py, the one-country story)
    text = ("The talks opened in Norway on Monday after a long delay. The rooms were full and the mood was calm.\n"
            "Tomas Vellekant gave the first speech to a small crowd.")
    assert _country(nlp, text, "Vellekant") is None


@pytest.mark.model
def test_the_first_names_sentence_places_a_person_with_a_title_of_no_office(nlp):
    # code_person reads the first sentence only for an officeholder or a person named with no title
    text = "Tomas Vellekant, a rabbi who leads a small congregation, was hurt when a rocket hit Norway's coast."
    assert _country(nlp, text, "Vellekant") == "NOR"


@pytest.mark.model
def test_the_country_words_of_their_own_title_do_not_place_them(nlp):
    # a place of refuge, as a remit or a beat, is what code_person read and left (the envoy's remit and the
    # correspondent's beat: tests/test_actors_sector.py, tests/test_actors_principal_evidence.py)
    assert _country(nlp, "Tomas Vellekant, a refugee in Norway, says he hopes to stay.", "Vellekant") is None


@pytest.mark.model
def test_an_armed_groups_figure_is_not_placed_by_their_sentences(nlp):
    table = resolve(nlp("A new video praised Osama bin Laden as a hero to young men in Norway."), published=DAY)
    assert next(a.country for a in table.actors if "bin Laden" in a.name) is None


@pytest.mark.model
def test_a_later_mention_that_only_speaks_of_a_country_does_not_place_them(nlp):
    text = ("Tomas Vellekant gave the speech on Tuesday to a small crowd. "
            "Vellekant, an expert on Norway, said the plan would fail.")
    assert _country(nlp, text, "Vellekant") is None
