"""Classes of the fresh-news precision audit of session 42 (issue #17, precision): a danger that
"threatens" is no threat also when its owner is named ("the president's trade policies threaten the
exporters"), when it is an act ("the raid threatened the truce") and when "threatens" is the last of
several conjuncts (events/__init__.py: _threat_of_a_thing); "recall" of no envoy, mission or troops is
remembering or reconvening, no SANCTION (_recalls_no_envoy); a plan, a deal or a law that "calls for"
something tells what it provides, no REQUEST (_provides_for). Invented sentences."""

from __future__ import annotations

import pytest


class _Table:
    """An actor table that knows the actors at the given token indices."""

    def __init__(self, at: dict[int, str]):
        self.at = at

    def at_token(self, i: int):
        return self.at.get(i)

    def actors_at(self, i: int) -> list[str]:
        a = self.at.get(i)
        return [] if a is None else [a]

    def in_tokens(self, start: int, end: int) -> list[str]:
        return [self.at[i] for i in range(start, end) if i in self.at]


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "thing"), [
    ("Ruritania's new farm policies threaten the growers across the border.", "Ruritania", True),
    ("Their disdain for the treaty threatens the calm of the whole region.", "Their", True),
    ("The night raid threatened the fragile truce between the clans.", None, True),
    ("The fight over the budget split the chamber, deepened distrust and threatens to delay the vote.",
     None, True),
    ("The army of Ruritania threatened to shell the border towns.", "army", False),
    ("Ruritania's foreign minister threatened the neighbouring states with sanctions.", "minister", False),
])
def test_a_danger_that_threatens_makes_no_threat(nlp, text, actor, thing):
    from newsgraph.events import _threat_of_a_thing

    doc = nlp(text)
    at = {t.i: "a1" for t in doc if t.text == actor}
    verb = next(t for t in doc if t.lemma_ == "threaten")
    assert _threat_of_a_thing(verb, _Table(at)) is thing


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
