"""Actors of no one country, or of one the words name whatever the sentence says (issue #19 part 2):
"Latin American leaders" and "Central Americans" are a region's people, not Americans; a region's
adjective ("a Western diplomat", "European officials"), witnesses and negotiators in the plural take no
country from their sentence; a body called congressional is the US Congress's.

Every sentence is invented."""

from __future__ import annotations

import pytest
from conftest import actor_codes as coded

from newsgraph.actors._agents import AgentPhrase
from newsgraph.actors._coding import _country_of
from newsgraph.actors._dictionaries import bundled
from newsgraph.actors._link import _context_tells


def _tokens(*words):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=list(words))


@pytest.mark.parametrize("words", [("Latin", "American"), ("Central", "Americans"), ("South", "American"),
                                   ("North", "American")])
def test_a_region_of_the_americas_names_no_american(words):
    assert _country_of(_tokens(*words), bundled(), lambda _text: None) == (None, None)


def test_american_alone_is_american():
    assert _country_of(_tokens("American", "diplomats"), bundled(), lambda _text: None)[0] == "USA"
    assert _country_of(_tokens("South", "Korean"), bundled(), lambda _text: None)[0] == "KOR"


def _agent(lemma: str, *, plural: bool = False, mods: str = "", sector: str | None = "GOV") -> AgentPhrase:
    return AgentPhrase(0, 1, 0, lemma, sector, plural, mods=mods)


def test_what_the_sentence_may_place():
    assert _context_tells(_agent("official", plural=True))
    assert _context_tells(_agent("negotiator"))  # one negotiator is one side's
    assert not _context_tells(_agent("negotiator", plural=True))
    assert not _context_tells(_agent("diplomat", plural=True))
    assert not _context_tells(_agent("witness", plural=True, sector="CVL"))
    assert not _context_tells(_agent("diplomat", mods="western"))
    assert not _context_tells(_agent("official", plural=True, mods="senior european"))
    # a stance is no origin: "pro-Western rebels" are still the sentence's
    assert _context_tells(_agent("rebel", plural=True, mods="pro - western", sector="REB"))
    assert _context_tells(_agent("rebel", plural=True, mods="anti-western", sector="REB"))


@pytest.mark.model
@pytest.mark.parametrize("text, part", [
    ("Latin American leaders condemned the coup in Bolivia on Monday.", "Latin American"),
    ("Caravans of Central American migrants reached the border, officials said.", "Central American"),
    ("Trump said thousands of Central Americans were heading north.", "Central Americans"),
    ("China courted Latin Americans with loans on Monday.", "Latin Americans"),
    ("The United States is prepared to sanction Europeans who trade with Iran.", "Europeans"),
])
def test_the_americas_regions(nlp, text, part):
    assert coded(nlp, text, part)[0] is None


@pytest.mark.model
@pytest.mark.parametrize("text, part", [
    ("A Western diplomat said the talks in Vienna had stalled.", "diplomat"),
    ("Negotiators reached a deal on Iran's nuclear program in Vienna on Tuesday.", "negotiators"),
    ("Witnesses said the car exploded in Gaza City on Tuesday.", "witnesses"),
])
def test_agents_their_sentence_does_not_place(nlp, text, part):
    assert coded(nlp, text, part)[0] is None


@pytest.mark.model
def test_the_sentence_still_places_others(nlp):
    assert coded(nlp, "Officials said the car exploded in Gaza City on Tuesday.", "officials")[0] == "PSE"
    assert coded(nlp, "Syrian troops shelled pro-Western rebels on Monday.", "rebels")[0] == "SYR"


@pytest.mark.model
def test_a_congressional_body_is_american(nlp):
    text = "The National Republican Congressional Committee said the Democrat had voted to send troops to Iraq."
    assert coded(nlp, text, "Congressional Committee")[0] == "USA"


@pytest.mark.model
def test_a_common_noun_names_no_town(nlp):
    # "time" is also a Norwegian town's name: a place is a proper noun
    assert coded(nlp, "Election experts at the time said it was the largest purge in years.", "experts")[0] is None
    assert coded(nlp, "Election experts in Kabul said it was the largest purge in years.", "experts")[0] == "AFG"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Leaders of the Western nations at the summit in Vienna backed a plan to curb Iran's program.",
    "President Obama met with leaders of the world's major nuclear powers in Washington on Friday.",
    "Officials from both countries met in Mexico City on Monday.",
])
def test_agents_of_several_states(nlp, text):
    assert coded(nlp, text, "leaders" if "eaders" in text else "officials")[0] is None


@pytest.mark.model
def test_agents_of_a_federations_states(nlp):
    # a federation's states are no sovereign ones: the sentence's country still places their governors
    assert coded(nlp, "Governors of several states said on Monday the United States must act.", "governors")[0] == "USA"


@pytest.mark.parametrize("words", [("Indian", "Americans"), ("National", "Iranian", "American", "Council"),
                                   ("Iranian", "-", "American")])
def test_americans_of_an_origin_are_american(words):
    assert _country_of(_tokens(*words), bundled(), lambda _text: None)[0] == "USA"


def test_a_demonym_alone_keeps_its_country():
    assert _country_of(_tokens("Indian", "officials"), bundled(), lambda _text: None)[0] == "IND"
