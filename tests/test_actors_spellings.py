"""A bundled person found under another spelling of the surname ("Yanukovich" for the base's
"Yanukovych"): only a "y" between consonants of the last word read as "i", and never a fold two
entries share."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors._dictionaries import Dictionary, Entry


def _people(*names: str) -> Dictionary:
    return Dictionary([Entry(name=n, codes=[("RUTGOV", None, None)], kind="person") for n in names])


def test_a_surname_spelled_with_i_finds_the_entry_spelled_with_y():
    d = _people("Petro Kovalchyk", "Ivan Hrytsenko")
    assert d.lookup("Petro Kovalchik") is None
    assert d.lookup_spelling("Petro Kovalchik").name == "Petro Kovalchyk"
    assert d.lookup_spelling("Ivan Hritsenko").name == "Ivan Hrytsenko"


def test_the_fold_reads_the_last_word_only_and_only_a_y_between_consonants():
    d = _people("Kim Yong Pak", "Yuri Dolgov", "Anna Maya")
    assert d.lookup_spelling("Kim Jong Pak") is None      # another word, another letter: another person
    assert d.lookup_spelling("Iuri Dolgov") is None       # not the surname
    assert d.lookup_spelling("Anna Maia") is None         # "y" between vowels stays
    assert d.lookup_spelling("Dolgov") is None            # a surname alone is too little to fold


def test_a_fold_two_entries_share_answers_nothing():
    d = _people("Oleg Sydorov", "Oleg Sidorov")
    assert d.lookup_spelling("Oleg Sidorov") is None


def test_only_persons_are_folded():
    d = Dictionary([Entry(name="Rutan Pyrk Council", codes=[("RUTGOV", None, None)], kind="organization")])
    assert d.lookup_spelling("Rutan Pyrk Council") is None
    assert d.lookup_spelling("Rutan Pirk Council") is None


def test_an_added_entry_rebuilds_the_table():
    d = _people("Petro Kovalchyk")
    assert d.lookup_spelling("Maksym Bondarchik") is None
    d.add(Entry(name="Maksym Bondarchyk", codes=[("RUTGOV", None, None)], kind="person"))
    assert d.lookup_spelling("Maksym Bondarchik").name == "Maksym Bondarchyk"


@pytest.mark.model
def test_a_base_person_spelled_otherwise_keeps_his_country_not_the_sentences(nlp):
    from newsgraph.actors import resolve

    text = "In Brussels, a commission spokesman said Oleksandr Turchinov would meet the envoy in Belgium on Monday."
    table = resolve(nlp(text), published=dt.date(2014, 2, 24))
    person = next(a for a in table.actors if "Turchinov" in a.name)
    assert person.country == "UKR"
