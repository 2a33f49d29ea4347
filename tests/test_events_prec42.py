"""Classes of the fresh-news precision audit of session 42 (issue #17, precision): a danger that
"threatens" is no threat also when its owner is named ("the president's trade policies threaten the
exporters"), when it is an act ("the raid threatened the truce") and when "threatens" is the last of
several conjuncts (events/__init__.py: _threat_of_a_thing; its parse cases sit with the older ones in
test_events_precision2.py); "recall" of no envoy, mission or troops is
remembering or reconvening, no SANCTION (_recalls_no_envoy); a plan, a deal or a law that "calls for"
something tells what it provides, no REQUEST (_provides_for). Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_an_owned_policy_that_threatens_gives_no_event(extractor):
    from newsgraph.records import Document

    text = "Ruritania's new steel tariffs also threaten the largest carmaker of its southern neighbour."
    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not any(e.event == "THREATEN" for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "other"), [
    ("The senator also recalled the governor's remark about the floods in the valley.", True),
    ("The governor recalled Mr. Smith's warning about the levees during the hearing.", True),
    ("She recalled that the talks had collapsed twice before.", True),
    ("The prime minister said he would recall the assembly early to debate the crisis.", True),
    ("Ruritania recalled its ambassador from the capital of its neighbour on Monday.", False),
    ("Ruritania recalled Ambassador Jane Doe from the capital on Monday.", False),
    ("The envoy, who was recalled last spring, testified on Friday.", False),
    ("Jane Doe was recalled from the embassy in May.", False),
])
def test_recalling_no_envoy_is_no_sanction(nlp, text, other):
    from newsgraph.events import _recalls_no_envoy

    verb = next(t for t in nlp(text) if t.lemma_ == "recall")
    assert _recalls_no_envoy(verb) is other


@pytest.mark.model
@pytest.mark.parametrize(("text", "provides"), [
    ("The budget plan calls for $4 billion for the new harbour.", True),
    ("The ceasefire agreement, which calls for elections within a year, was signed on Sunday.", True),
    ("The draft plan called for the army to hand over its heavy guns by June.", True),
    ("The council passed a resolution calling for an end to the blockade.", False),
    ("The opposition called for new elections on Tuesday.", False),
])
def test_a_plan_calling_for_something_is_no_request(nlp, text, provides):
    from newsgraph.events import _provides_for

    verb = next(t for t in nlp(text) if t.lemma_ == "call")
    assert _provides_for(verb) is provides
