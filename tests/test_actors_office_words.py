"""Names that are no actor of their own or that the output names by a part (issue #19, session 36): the
department's word of an office's title ("secretary of State") and a group named by its adjective alone
("Republican" for "Republican senators"); "the leaders" after the two persons their sentence names; a party
named only with its people's noun ("GOP senators", session 37)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.actors import resolve
from newsgraph.actors._cluster import Cluster
from newsgraph.actors._composites import _office_department, _party_people
from newsgraph.actors._dictionaries import Entry
from newsgraph.actors._mentions import Cand
from newsgraph.actors._others import name_by_phrase, phrase_names
from newsgraph.records import Actor, ActorTable, Document

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


def _group(cid: str, *cands: tuple[str, str | None]) -> Cluster:
    cl = Cluster("group")
    for text, phrase in cands:
        cl.cands.append(Cand(0, 2, text, "NORP", kind="group", phrase=phrase))
    cl.name, cl.id, cl.extra = cands[0][0], cid, [(0, 2, "name")]
    return cl


def test_a_group_named_only_with_its_agent_noun_takes_that_phrase_as_its_name():
    many = _group("a", ("Republican", "Republican senators"), ("Republican", "Republican lawmakers"),
                  ("Republican", "Republican senators"))
    bare = _group("b", ("Kurdish", "Kurdish fighters"), ("Kurdish", None))
    renamed = _group("c", ("Kurdish", "Kurdish fighters"))
    renamed.name = "Kurds"
    assert phrase_names([many, bare, renamed]) == {"a": "Republican senators"}


def test_the_phrase_name_is_given_to_the_record_and_leaves_its_aliases():
    table = ActorTable(actors=[Actor("a", "Republican", "group", aliases=["Republican senators"]),
                               Actor("b", "Kurds", "group")])
    name_by_phrase(table, {"a": "Republican senators", "x": "gone"})
    assert [(a.name, a.aliases) for a in table.actors] == [("Republican senators", []), ("Kurds", [])]


def _party(cid: str, *phrases: str | None) -> Cluster:
    cl = Cluster("organization")
    cl.entry = Entry(name="Zorblax Party", codes=[("ZRBPTY", None, None)], aliases=["ZP"])
    for phrase in phrases:
        cl.cands.append(Cand(0, 2, "ZP", "ORG", kind="organization", entry=cl.entry, phrase=phrase))
    cl.name, cl.id, cl.extra = "ZP", cid, [(0, 2, "name")]
    return cl


def test_a_party_named_only_with_its_peoples_noun_is_those_people():
    people = _party("a", "ZP senators", "ZP lawmakers", "ZP senators")
    party = _party("b", "ZP senators", None)  # "ZP" bare once: the party, whose people a split would need
    assert phrase_names([people, party]) == {"a": "ZP senators"}
    table = ActorTable(actors=[Actor("a", "ZP", "organization")])
    name_by_phrase(table, {"a": "ZP senators"})
    assert [(a.name, a.kind) for a in table.actors] == [("ZP senators", "group")]


@pytest.mark.parametrize("words,tags,deps,people", [
    (["ZP", "senators", "voted"], ["NNP", "NNS", "VBD"], ["compound", "nsubj", "ROOT"], True),
    (["ZP", "congressional", "leaders", "voted"], ["NNP", "JJ", "NNS", "VBD"], ["compound", "amod", "nsubj", "ROOT"],
     True),
    (["ZP", "leadership", "voted"], ["NNP", "NN", "VBD"], ["compound", "nsubj", "ROOT"], False),  # one body
    (["ZP", "and", "AB", "leaders", "voted"], ["NNP", "CC", "NNP", "NNS", "VBD"],
     ["compound", "cc", "conj", "nsubj", "ROOT"], False),  # the first of two parties
])
def test_a_partys_people_are_a_plural_agent_noun_after_its_name(words, tags, deps, people):
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, deps=deps,
              heads=[len(words) - 2] * (len(words) - 2) + [len(words) - 1, len(words) - 1])
    entry = Entry(name="Zorblax Party", codes=[("ZRBPTY", None, None)])
    c = Cand(0, 1, "ZP", "ORG", kind="organization", entry=entry)
    assert _party_people(doc, c, len(words) - 2, "PTY") is people
    assert not _party_people(doc, c, len(words) - 2, "GOV")  # a body no party: its staff's phrase reads it


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On Friday, she was approved as the new deputy secretary of State, her aides said.",
    "The president praised Bob Gates' service as Secretary of Defense on Monday.",
])
def test_no_body_of_a_holderless_office_title(nlp, text):
    table = resolve(nlp(text), published=DAY)
    assert not [a.name for a in table.actors if a.name in ("State", "Defense")]


@pytest.mark.model
def test_a_party_adjectives_group_is_named_with_its_noun(nlp, extractor):
    text = "Two Republican senators warned on Monday that the tariffs would hurt farmers."
    table = resolve(nlp(text), published=DAY)  # the actors stage names it as the filters read it
    assert [(a.name, a.country, a.sector) for a in table.actors if "Republican" in a.name] == [
        ("Republican", "USA", "LEG")]
    result = extractor(Document(text=text, published=DAY.isoformat()))
    assert [(a.name, a.country, a.sector) for a in result.actors if "Republican" in a.name] == [
        ("Republican senators", "USA", "LEG")]


@pytest.mark.model
def test_a_party_named_only_with_its_legislators_noun_is_those_legislators(extractor):
    text = "GOP senators warned on Monday that the tariffs would hurt farmers. The GOP senators voted no."
    result = extractor(Document(text=text, published=DAY.isoformat()))
    assert [(a.name, a.kind, a.country, a.sector) for a in result.actors if "GOP" in a.name] == [
        ("GOP senators", "group", "USA", "LEG")]


@pytest.mark.model
@pytest.mark.parametrize("text,pair", [
    ("Aides are preparing for a March 3 video call between Ana Roe and Ben Doe during which the leaders "
     "agreed to draft a plan.", True),
    ("Following a meeting between Jan Roe and Pat Doe, the leaders appeared side by side.", True),
    ("Eurozone leaders met in Brussels. The leaders hammered out the agreement.", False),
])
def test_the_leaders_after_two_persons_of_their_sentence_are_the_pair(nlp, text, pair):
    table = resolve(nlp(text), published=DAY)
    start = text.rindex("the leaders") if "the leaders" in text else text.rindex("The leaders")
    owners = {m.actor for m in table.mentions if m.span[0] == start}
    persons = {a.id for a in table.actors if a.kind == "person"}
    assert (len(owners) == 2 and owners <= persons) is pair
