"""A country's word inside the phrase that describes a named person is part of that person's mention, not
a mention of the country (corpus/GUIDELINES.md, section 1: "Iranian" in "Iranian President Hassan Rouhani")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve

DAY = dt.date(2019, 3, 4)


def country_mentions(nlp, text: str, country: str) -> list[str]:
    table = resolve(nlp(text), published=DAY)
    ids = {a.id for a in table.actors if a.kind == "country" and a.country == country}
    return [m.text for m in table.mentions if m.actor in ids]


@pytest.mark.model
@pytest.mark.parametrize("text,country,left", [
    # an appositive after the name, with the office's country and the country it is posted to
    ("Jana Velko, the Peruvian ambassador to Chile, said the vote was a mistake. Peru later voted no.", "PER",
     ["Peru"]),
    ("Jana Velko, the Peruvian ambassador to Chile, said the vote was a mistake. Peru later voted no.", "CHL", []),
    # the name in apposition to the title noun before it
    ("The war pits the Chilean president, Jay Roe, against the rebels. Chile is split.", "CHL", ["Chile"]),
    ("Mr. Doe met Peru's president, Jana Velko, on Monday.", "PER", []),
    # the name's own "of" phrase and a demonym before a name with no title
    ("President Jay Roe of Peru met Israeli writer Dana Levin in Lima.", "PER", []),
    ("President Jay Roe of Peru met Israeli Dana Levin in Lima.", "ISR", []),
])
def test_a_countrys_word_describing_a_named_person_is_no_mention_of_the_country(nlp, text, country, left):
    assert country_mentions(nlp, text, country) == left


@pytest.mark.model
def test_a_clause_the_parser_hangs_on_a_name_as_an_appositive_keeps_its_country(nlp):
    # the parser hangs "influence" on the colonel's name as an appositive: it is the next verb's subject
    text = "Long before the attack on Colonel Jay Roe, Peru's influence in Bolivia and its help for the rebels alarmed neighbours."
    assert "Peru" in country_mentions(nlp, text, "PER")
