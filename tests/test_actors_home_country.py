"""A person the bases date offices of several states for at once (a president who is also a co-prince
of another state, a monarch of several realms) is coded by evidence, not by the bases' first code
(issue 19): the text's own words, the office its title names, the nationality an office's title in the
sources gives, and only then the first code.

Every name is made up; the sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import actor_codes as coded

from newsgraph.actors import _people
from newsgraph.actors._dictionaries import Entry

DAY = dt.date(2019, 6, 1)
DEMONYMS = {"french": "FRA", "british": "GBR"}


def _roe(*codes: str) -> Entry:
    return Entry(name="Jean Roe", kind="person", codes=[(c, "2017-01-01", None) for c in codes])


@pytest.fixture
def no_kb(monkeypatch):
    monkeypatch.setattr(_people, "kb_held", lambda name, on: ())
    monkeypatch.setattr(_people, "kb_titles", lambda name: ())


def test_without_evidence_the_first_code_stays(no_kb):
    assert _people._home_code(_roe("ANDGOV", "FRAGOV"), DAY, None, set(), DEMONYMS) == "ANDGOV"


def test_the_texts_country_for_the_person_chooses(no_kb):
    assert _people._home_code(_roe("ANDGOV", "FRAGOV"), DAY, "FRA", set(), DEMONYMS) == "FRAGOV"
    # a country none of the offices belongs to chooses nothing
    assert _people._home_code(_roe("ANDGOV", "FRAGOV"), DAY, "DEU", set(), DEMONYMS) == "ANDGOV"


def test_the_office_the_title_names_chooses(monkeypatch):
    monkeypatch.setattr(_people, "kb_held", lambda name, on: (("co prince", "AND"), ("president", "FRA")))
    monkeypatch.setattr(_people, "kb_titles", lambda name: ())
    assert _people._home_code(_roe("ANDGOV", "FRAGOV"), DAY, None, {"president"}, DEMONYMS) == "FRAGOV"
    assert _people._home_code(_roe("FRAGOV", "ANDGOV"), DAY, None, {"prince"}, DEMONYMS) == "ANDGOV"


def test_an_offices_title_that_gives_the_holders_nationality_chooses(monkeypatch):
    monkeypatch.setattr(_people, "kb_held", lambda name, on: ())
    monkeypatch.setattr(_people, "kb_titles", lambda name: (
        ("French co-prince of Andorra", "AND"), ("President of the French Republic", "FRA")))
    assert _people._home_code(_roe("ANDGOV", "FRAGOV"), DAY, None, set(), DEMONYMS) == "FRAGOV"


def test_one_states_offices_are_not_chosen_among(monkeypatch):
    monkeypatch.setattr(_people, "kb_held", lambda name, on: ())
    monkeypatch.setattr(_people, "kb_titles", lambda name: (("British co-ruler of Andorra", "AND"),))
    entry = Entry(name="Jean Roe", kind="person", codes=[("ANDGOV", "2017-01-01", None), ("GBRELI", None, None)])
    assert _people._home_code(entry, DAY, None, set(), DEMONYMS) == "ANDGOV"
    # an office that ended before the day is no choice either
    entry = Entry(name="Jean Roe", kind="person", codes=[("ANDGOV", "2017-01-01", None),
                                                         ("GBRGOV", "2001-01-01", "2005-01-01")])
    assert _people._home_code(entry, DAY, None, set(), DEMONYMS) == "ANDGOV"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron said the talks would go on.",
    "President Emmanuel Macron said the talks would go on.",
    "Emmanuel Macron said the talks would go on.",
])
def test_a_president_who_is_also_a_co_prince_is_of_his_republic(nlp, text):
    # the bases list him under Andorra first (its co-prince) and France
    assert coded(nlp, text, "Macron") == ("FRA", "GOV")


def test_a_quote_speaker_of_several_states_offices_takes_the_one_the_sources_give_his_nationality():
    # the quotes stage's speaker "Emmanuel Macron" (the bases' co-prince of Andorra first, and France's
    # president): the world leaders' title "French co-prince of Andorra" says he is French
    from newsgraph.actors._people import code_speakers
    from newsgraph.records import Actor

    speaker = Actor(id="macron", name="Emmanuel Macron", kind="person")
    code_speakers([speaker], DAY)
    assert (speaker.country, speaker.sector) == ("FRA", "GOV")
