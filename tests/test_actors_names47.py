"""Session 47, names47 (issue #19): a person joined to a legislators' entry whose name is an official one
("Bernard Sanders", "Joseph R. Biden", "Charles E. Schumer") takes the name the source's nickname field gives
("Bernie Sanders", "Joe Biden", "Chuck Schumer"), as the annotators write it; an entry whose official name is
already the common one ("Chuck Grassley") keeps the text's form."""

from __future__ import annotations

import pytest

from newsgraph.actors._dictionaries import Entry
from newsgraph.actors._people import _common_names, common_name
from newsgraph.records import Document


def test_the_bundled_common_names_hold_only_official_names_that_differ():
    names = _common_names()
    assert names["Bernard Sanders"] == "Bernie Sanders"
    assert names["Joseph R. Biden"] == "Joe Biden"
    assert names["Charles E. Schumer"] == "Chuck Schumer"
    assert "Chuck Grassley" not in names  # the official name is the common one
    assert all(official != common for official, common in names.items())


@pytest.mark.parametrize("name, renamed", [
    ("Charles E. Schumer", "Chuck Schumer"),  # the entry's own name
    ("Charles Schumer", "Chuck Schumer"),  # an alias of the entry
    ("charles schumer", "Chuck Schumer"),  # matched as the bases match names
    ("Chuck Schumer", "Chuck Schumer"),
    ("Amy Schumer", "Amy Schumer"),  # a name the entry does not hold
])
def test_a_name_the_entry_holds_takes_the_common_one(name, renamed):
    entry = Entry(name="Charles E. Schumer", aliases=["Charles Schumer", "Chuck Schumer"], kind="person")
    assert common_name(name, entry) == renamed


def test_an_entry_without_a_common_name_keeps_the_name():
    entry = Entry(name="Charles E. Roe", aliases=["Charles Roe"], kind="person")
    assert common_name("Charles Roe", entry) == "Charles Roe"


def _names(result) -> set[str]:
    return {a.name for a in result.actors}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Vice President Biden met the mayors in Ohio on Monday. Biden said the plan would pass.", "Joe Biden"),
    ("Senate Minority Leader Charles E. Schumer said the bill was dead. Mr. Schumer spoke in New York.",
     "Chuck Schumer"),
    ("Sen. Bernard Sanders of Vermont said the vote would be close.", "Bernie Sanders"),
    # the base's official name is the common one: the text's form stays, as the annotators write it
    ("Sen. Charles E. Grassley of Iowa said the talks would go on.", "Charles E. Grassley"),
])
def test_a_legislator_takes_the_name_he_goes_by(extractor, text, name):
    result = extractor(Document(text=text, published="2017-05-06"))
    assert name in _names(result), _names(result)
