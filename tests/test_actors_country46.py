"""Session 46, country46 (issue #19): a body named for a person ("Trump University", "the Donald J. Trump
Foundation") takes the country of the person the text names and places by their own words or a base,
not by a sentence."""

from __future__ import annotations

import pytest

from newsgraph.actors._cluster import Cluster
from newsgraph.actors._mentions import Cand
from newsgraph.actors._named_for import _founder_country
from newsgraph.records import Document


def _body(*names: str) -> Cluster:
    cl = Cluster("organization")
    cl.cands = [Cand(k * 10, k * 10 + len(n.split()), n, "ORG") for k, n in enumerate(names)]
    return cl


@pytest.mark.parametrize("names, country", [
    (("Roe University",), "USA"),  # the surname alone opens the name
    (("Jay Roe Foundation",), "USA"),  # the full name
    (("the Jay Q. Roe Foundation",), "USA"),  # first name and an initial before the surname
    (("Roe Foundation", "Roe Institute"), "USA"),
    (("Roe",), None),  # the name is the person's alone: nothing after it
    (("Kay Roe Foundation",), None),  # another first name: another Roe
    (("Doe Foundation",), None),  # no person of the text
    (("Ames Foundation",), None),  # a name two persons of different countries share
])
def test_a_body_named_for_a_person_takes_that_persons_country(names, country):
    known = {"jay roe": ("USA", frozenset({"jay", "roe"})), "roe": ("USA", frozenset({"jay", "roe"})),
             "ames": (None, frozenset({"ames"}))}
    assert _founder_country(_body(*names), known) == country


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # a US party word places the senator; his foundation is American, not of the country its sentence names
    ("Republican Sen. Jay Roe spoke on Monday. Roe said the Roe Foundation would send doctors to Kenya next "
     "month.", "Roe Foundation", "USA"),
])
def test_the_country_of_a_body_named_for_a_placed_person(extractor, text, name, country):
    result = extractor(Document(text=text, published="2019-05-06"))
    found = [a for a in result.actors if a.name == name]
    assert found, [(a.name, a.country) for a in result.actors]
    assert found[0].country == country
