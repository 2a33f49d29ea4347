"""A short name ("the House") that the text named in full before ("Canada's House of Commons") is that
body: it joins the full name's actor, and its sentence's countries are not read from the body the
dictionary knows by the short name (the US House), so whoever that sentence places stays unplaced by it.

Every sentence is invented; the persons' names are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve
from newsgraph.actors._mentions import Cand
from newsgraph.actors._others import _fuller_names

DAY = dt.date(2019, 6, 1)


def org(start: int, text: str) -> Cand:
    return Cand(start, start + len(text.split()), text, "ORG", kind="organization")


def test_a_head_word_after_its_x_of_y_name_is_that_body():
    full, short = org(0, "House of Commons"), org(10, "House")
    assert _fuller_names([full, short]) == {id(short): full}


def test_a_head_word_before_the_full_name_is_not_resolved_by_it():
    short, full = org(0, "House"), org(10, "House of Commons")
    assert _fuller_names([short, full]) == {}


def test_a_head_word_of_two_x_of_y_names_is_neither():
    cands = [org(0, "House of Commons"), org(5, "House of Lords"), org(10, "House")]
    assert _fuller_names(cands) == {}


def actors(nlp, text):
    table = resolve(nlp(text), published=DAY)
    return {a.name: (a.country, [m.text for m in table.mentions if m.actor == a.id]) for a in table.actors}


@pytest.mark.model
def test_the_house_after_canadas_house_of_commons_is_canadian(nlp):
    found = actors(nlp, "Canada's House of Commons passed a motion on Monday that rebuked the president. "
                        "Jane Varnell told the House that the vote was a warning.")
    assert found["House of Commons"] == ("CAN", ["House of Commons", "House"]), found
    # the US House's entry no longer places the speaker of the House's sentence
    assert found["Jane Varnell"][0] != "USA", found


@pytest.mark.model
def test_the_house_after_the_house_of_representatives_stays_american(nlp):
    found = actors(nlp, "The House of Representatives passed the bill on Monday. "
                        "Jane Varnell told the House that the vote was a warning.")
    assert found["House of Representatives"] == ("USA", ["House of Representatives", "House"]), found
    assert found["Jane Varnell"][0] == "USA", found
