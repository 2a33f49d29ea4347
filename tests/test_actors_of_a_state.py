"""A person the text names "of" or "from" a state by the state's own name ("Jay Roe of Peru", "Jay Roe, from
Peru") is of that state, whatever else their sentence names (``actors._people._home_country``); a US state's
name that a state shares ("of Georgia") is left to the title and the sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 6, 1)


def _country(nlp, text: str, name: str) -> str | None:
    table = resolve(nlp(text), published=DAY)
    return next(a.country for a in table.actors if a.kind == "person" and name in a.name)


@pytest.mark.model
def test_a_state_named_after_from_in_a_list_places_the_person_named_before_it(nlp):
    # the nearer country of the sentence is the other person's home, not this one's
    text = "The jury has two new members: Ana Ruiz, from Chile, and Tomas Vellekant, from Peru."
    assert _country(nlp, text, "Vellekant") == "PER"


@pytest.mark.model
def test_a_state_named_after_of_outweighs_the_country_the_sentence_speaks_of(nlp):
    text = "Lina Sorel of Peru welcomed the Chilean offer on Monday and thanked Chile for its help."
    assert _country(nlp, text, "Sorel") == "PER"


@pytest.mark.model
def test_a_us_state_s_name_that_a_state_shares_is_no_foreign_home(nlp):
    text = "Rep. Tomas Vellekant of Georgia said the offer from Chile was fair."
    assert _country(nlp, text, "Vellekant") == "USA"
