"""Names that are no actor of their own or that the output names by a part (issue #19, session 36): the
department's word of an office's title ("secretary of State") and a group named by its adjective alone
("Republican" for "Republican senators")."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.actors import resolve
from newsgraph.actors._cluster import Cluster
from newsgraph.actors._composites import _office_department
from newsgraph.actors._mentions import Cand
from newsgraph.actors._others import name_by_phrase

DAY = dt.date(2019, 6, 1)


def _cand(doc: Doc, word: str) -> Cand:
    i = [t.text for t in doc].index(word)
    return Cand(i, i + 1, word, "ORG", kind="organization")


@pytest.mark.parametrize("words,name,office", [
    ("he was confirmed as deputy secretary of State".split(), "State", True),
    ("his service as Secretary of Defense ended".split(), "Defense", True),
    ("the minister of Finance resigned".split(), "Finance", True),
    ("the chairman of Acme resigned".split(), "Acme", False),  # a body's officer: the body is one
    ("a meeting of Acme ended".split(), "Acme", False),
])
def test_the_department_word_of_an_office_title_is_no_body(words, name, office):
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _office_department(doc, _cand(doc, name)) is office


def _group(*cands: tuple[str, str | None]) -> Cluster:
    cl = Cluster("group")
    for text, phrase in cands:
        cl.cands.append(Cand(0, 1, text, "NORP", kind="group", phrase=phrase))
    cl.name = cands[0][0]
    return cl


def test_a_group_named_only_with_its_agent_noun_takes_that_phrase_as_its_name():
    many = _group(("Republican", "Republican senators"), ("Republican", "Republican lawmakers"),
                  ("Republican", "Republican senators"))
    name_by_phrase([many])
    assert many.name == "Republican senators"


def test_a_group_also_named_bare_or_renamed_keeps_its_name():
    bare = _group(("Kurdish", "Kurdish fighters"), ("Kurdish", None))
    renamed = _group(("Kurdish", "Kurdish fighters"))
    renamed.name = "Kurds"
    name_by_phrase([bare, renamed])
    assert (bare.name, renamed.name) == ("Kurdish", "Kurds")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On Thursday, he was confirmed as the new deputy secretary of State, the White House said.",
    "The president praised Bob Gates' service as Secretary of Defense on Monday.",
])
def test_no_body_of_a_holderless_office_title(nlp, text):
    table = resolve(nlp(text), published=DAY)
    assert not [a.name for a in table.actors if a.name in ("State", "Defense")]


@pytest.mark.model
def test_a_party_adjectives_group_is_named_with_its_noun(nlp):
    table = resolve(nlp("Two Republican senators warned on Monday that the tariffs would hurt farmers."),
                    published=DAY)
    assert [(a.name, a.country, a.sector) for a in table.actors if "Republican" in a.name] == [
        ("Republican senators", "USA", "LEG")]
