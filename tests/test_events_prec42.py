"""Classes of the fresh-news precision audit of session 42 (issue #17, precision): a danger that
"threatens" is no threat also when its owner is named ("the president's trade policies threaten the
exporters"), when it is an act ("the raid threatened the truce") and when "threatens" is the last of
several conjuncts (events/__init__.py: _threat_of_a_thing; its parse cases sit with the older ones in
test_events_precision2.py); "recall" of no envoy, mission or troops is
remembering or reconvening, no SANCTION (_recalls_no_envoy); a plan, a deal or a law that "calls for"
something tells what it provides, no REQUEST (_provides_for); and, from session 43's audit, a point conceded
("conceded that ...") is no CONCEDE (_grants_point). Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_owned_policy_that_threatens_gives_no_event(extractor):
    from newsgraph.records import Document

    text = "Ruritania's new steel tariffs also threaten the largest carmaker of its southern neighbour."
    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not any(e.event == "THREATEN" for e in events)


# Readings of one word by its parse that make it no event of its lexicon type (True: no such event):
# "recall" of no envoy (_recalls_no_envoy), a plan's "calls for" (_provides_for) and, from session 43's audit,
# a point conceded (_grants_point).
_READINGS = [
    ("_recalls_no_envoy", "recall", "The senator also recalled the governor's remark about the floods in the valley.",
     True),
    ("_recalls_no_envoy", "recall", "The governor recalled Mr. Smith's warning about the levees during the hearing.",
     True),
    ("_recalls_no_envoy", "recall", "She recalled that the talks had collapsed twice before.", True),
    ("_recalls_no_envoy", "recall", "The prime minister said he would recall the assembly early to debate the crisis.",
     True),
    ("_recalls_no_envoy", "recall", "Ruritania recalled its ambassador from the capital of its neighbour on Monday.",
     False),
    ("_recalls_no_envoy", "recall", "Ruritania recalled Ambassador Jane Doe from the capital on Monday.", False),
    ("_recalls_no_envoy", "recall", "The envoy, who was recalled last spring, testified on Friday.", False),
    ("_recalls_no_envoy", "recall", "Jane Doe was recalled from the embassy in May.", False),
    ("_provides_for", "call", "The budget plan calls for $4 billion for the new harbour.", True),
    ("_provides_for", "call", "The ceasefire agreement, which calls for elections within a year, was signed on Sunday.",
     True),
    ("_provides_for", "call", "The draft plan called for the army to hand over its heavy guns by June.", True),
    ("_provides_for", "call", "The council passed a resolution calling for an end to the blockade.", False),
    ("_provides_for", "call", "The opposition called for new elections on Tuesday.", False),
    ("_grants_point", "concede", "The senator conceded that his party's hands were tied for the moment.", True),
    ("_grants_point", "concede", "\"The vote was a factor,\" conceded a senior official of the ministry.", True),
    ("_grants_point", "concede", "Party leaders conceded on Thursday that the government lacks a strategy.", True),
    ("_grants_point", "concede", "The governor conceded defeat to his rival on Thursday.", False),
    ("_grants_point", "concede", "The challenger had already conceded when the count ended.", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("reading", "word", "text", "expected"), _READINGS)
def test_a_word_read_by_its_parse(nlp, reading, word, text, expected):
    import newsgraph.events as events

    verb = next(t for t in nlp(text) if t.lemma_ == word)
    assert getattr(events, reading)(verb) is expected
