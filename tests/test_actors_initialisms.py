"""A name written in capitals only ("U.N.", "E.U.") is an initialism: its normal form ("un", "eu") may
equal a word of a person's name ("Lee Dong Un", "Anna Eu"), but that makes it no mention of the person.
On train the United Nations was five stories' Kim Jong Un, in the sanctions it imposed.

Every sentence is invented; the persons' names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve
from newsgraph.actors._kinds import _initialism
from newsgraph.actors._mentions import Cand

DAY = dt.date(2019, 6, 1)


def test_capitals_with_or_without_periods_tagged_org_are_an_initialism():
    assert _initialism(Cand(0, 1, "U.N.", "ORG"))
    assert _initialism(Cand(0, 1, "UN", "ORG"))


def test_a_name_tagged_person_or_in_title_case_is_no_initialism():
    assert not _initialism(Cand(0, 1, "UN", "PERSON"))
    assert not _initialism(Cand(0, 1, "Un", "ORG"))
    assert not _initialism(Cand(0, 1, "1-2", "ORG"))


def test_a_longer_word_in_capitals_is_left_to_the_other_evidence():
    assert not _initialism(Cand(0, 1, "MCALLEN", "GPE"))
    assert not _initialism(Cand(0, 2, "VAN DORN", "ORG"))


def mentions(nlp, text):
    table = resolve(nlp(text), published=DAY)
    names = {a.id: a.name for a in table.actors}
    return {m.text: names[m.actor] for m in table.mentions}


@pytest.mark.model
def test_the_un_is_no_mention_of_a_person_named_un(nlp):
    found = mentions(nlp, "The ruler Lee Dong Un inspected a rocket site on Monday. "
                          "The U.N. has placed fresh penalties on the country over its launches.")
    assert found.get("Lee Dong Un") == "Lee Dong Un", found
    assert found.get("U.N.") not in (None, "Lee Dong Un"), found
