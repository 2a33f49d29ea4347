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



def _doc(words, heads, deps, pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def _body(doc, start, end, kind="organization"):
    from newsgraph.actors._cluster import Cluster
    from newsgraph.actors._mentions import Cand
    cl = Cluster(kind)
    cl.cands.append(Cand(start, end, doc[start:end].text, "ORG", kind))
    return cl


def test_a_countrys_word_modifying_a_named_body_is_the_bodys():
    from newsgraph.actors._link import _described_names
    # "Peru 's Roe Aviation Office said": the possessive is the office's words, not a mention of Peru
    doc = _doc(["Peru", "'s", "Roe", "Aviation", "Office", "said"], [4, 0, 4, 4, 5, 5],
               ["poss", "case", "compound", "compound", "nsubj", "ROOT"], ["PROPN", "PART", "PROPN", "PROPN", "PROPN", "VERB"])
    assert {0, 1} <= _described_names(doc, [_body(doc, 2, 5)])
    # a group's modifier is left alone ("Peruvian Kurds": the group and the state it lives in)
    doc = _doc(["Peruvian", "Kurds", "marched"], [1, 2, 2], ["amod", "nsubj", "ROOT"], ["ADJ", "PROPN", "VERB"])
    assert _described_names(doc, [_body(doc, 1, 2, "group")]) == set()


def test_a_body_named_in_brackets_takes_no_words_of_the_noun_before():
    from newsgraph.actors._link import _described_names
    # "a mandate for the force in Chile (ROEFOR)", the acronym hung on "mandate" as its appositive: a
    # renaming in brackets, not a description, so "Chile" stays a mention of Chile
    words = ["a", "mandate", "for", "the", "force", "in", "Chile", "(", "ROEFOR", ")"]
    heads = [1, 1, 1, 4, 2, 4, 5, 1, 1, 1]
    deps = ["det", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct", "appos", "punct"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert 6 not in _described_names(doc, [_body(doc, 8, 9)])
    # the same noun phrase before a person's name in apposition is his description
    assert 6 in _described_names(doc, [_body(doc, 8, 9, "person")])


@pytest.mark.model
def test_a_countrys_word_describing_a_named_body_is_no_mention_of_the_country(nlp):
    # the possessive is the office's words; the country named again on its own stays an actor
    text = "Peru's Roe Aviation Office said the plane was safe. Peru later grounded the fleet."
    assert country_mentions(nlp, text, "PER") == ["Peru"]


def place_word_owners(nlp, text: str, word: str, before: str) -> list[str]:
    """The kinds of the actors a mention of ``word`` right before ``before`` belongs to."""
    at = text.index(f"{word} {before}")
    table = resolve(nlp(text), published=DAY)
    kinds = {a.id: a.kind for a in table.actors}
    return [kinds[m.actor] for m in table.mentions if m.span[0] == at]


@pytest.mark.model
@pytest.mark.parametrize("text,word,before", [
    # a state's name before a legislator's title, in a text that names the state as a place elsewhere
    ("Democrats hold caucuses in Hawaii on Saturday. The campaign ran ads in Hawaii featuring Hawaii Rep. Jana "
     "Velko, who quit her party post. Hawaii voters turned out early.", "Hawaii", "Rep."),
    ("Voters in Michigan go to the polls on Tuesday. \u201cI like his chances,\u201d Michigan Gov. Jana Velko said "
     "of the former vice president. Michigan has backed him before.", "Michigan", "Gov."),
])
def test_a_places_name_describing_a_named_person_is_no_mention_of_the_place(nlp, text, word, before):
    # the place's word is the person's ("Hawaii Rep. Jana Velko" is one mention of her), so the place
    # named elsewhere as where things happen no longer takes the person's mention
    assert "group" not in place_word_owners(nlp, text, word, before)
    assert "organization" not in place_word_owners(nlp, text, word, before)
