"""Constructions that tell no event, or another type than their word's (issue #17, session 20, second
round): tariffs and duties imposed are SANCTION (guidelines: "Sanctions and tariffs imposed are SANCTION
discontinue"), also when a prepositional object names a law ("imposed under a law"); "look" without a
word of inquiry is no ACCUSE (``_only_looks``); a standing danger called a "threat" is no THREATEN
(``_standing_threat``), nor is a thing that "threatens" (``_threat_of_a_thing``); "hand" or "pull"
with no particle of giving up is no RETREAT (``_no_handover``); a hacking called an attack is COERCE
cyber (``_cyber_attack``). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _cyber_attack, _no_handover, _only_looks, _standing_threat, _threat_of_a_thing




@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "looks"), [
    ("The ministry is looking at limits on foreign fishing boats.", "looking", True),
    ("It looks like a hard winter for the growers in the valley.", "looks", True),
    ("Police are looking into the accounts of the firm.", "looking", False),
    ("Detectives are looking for the driver of the stolen van.", "looking", False),
    ("The senator said the ministers look like amateurs.", "look", False),
    ("Lawmakers will look closely at the spending of the agency.", "look", False),
])
def test_looking_at_is_no_inquiry(nlp, text, word, looks):
    assert _only_looks(_word(nlp(text), word)) is looks


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "standing"), [
    ("The admiral spoke of the growing threat from the northern fleet.", "threat", True),
    ("Officials worry about the continuing threat of Ruritania.", "threat", True),
    ("The general described a military threat in the eastern provinces.", "threat", True),
    ("Ruritania issued a threat that it would close the border crossings.", "threat", False),
    ("The minister made a threat to seize the tankers in the strait.", "threat", False),
    ("The growing threat of military action worried the traders.", "threat", False),
    ("Envoys urged Ruritania to drop its nuclear threats against the islands.", "threats", False),
])
def test_a_standing_danger_is_no_threat(nlp, text, word, standing):
    assert _standing_threat(_word(nlp(text), word)) is standing


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger"), [
    ("Canada imposed tariffs on American maple candy on Tuesday.", "imposed"),
    ("The extra duties imposed on Mexican cement last spring hurt local builders.", "imposed"),
    ("The sanctions were imposed under a law passed by parliament in June.", "imposed"),
])
def test_tariffs_and_duties_imposed_are_sanctions(extractor, text, trigger):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not any(e.event == "COERCE" and e.trigger["text"] == trigger for e in events)
    assert any(e.event == "SANCTION" and e.trigger["text"] == trigger for e in events)


@pytest.mark.parametrize("text", [
    "The new rules threaten the jobs of thousands of miners in the valley.",
    "The quarrel threatens to derail the budget talks in the assembly.",
    "The storm delayed the vote and threatens to upset the whole calendar.",
    "The scandal threatens to overshadow the president's trip to Asia, aides said.",
])
@pytest.mark.model
def test_a_thing_that_threatens_makes_no_threat(extractor, text):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not any(e.event == "THREATEN" for e in events)


@pytest.mark.model
def test_an_actor_that_threatens_still_threatens(extractor):
    from newsgraph.records import Document

    text = "The government of Ruritania threatened to close the border with its neighbour."
    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == "THREATEN" for e in events)


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
    ("The scandal threatens to overshadow the trip.", None, True),
    ("The dispute that threatens the harvest began in May.", None, True),
    ("The general threatened to shell the town.", "general", False),
    ("Ruritania threatened the neighbouring states.", "Ruritania", False),
    # an owned thing, an act, the last of several conjoined verbs (session 42, prec42)
    ("Ruritania's new farm policies threaten the growers across the border.", "Ruritania", True),
    ("Their disdain for the treaty threatens the calm of the whole region.", "Their", True),
    ("The night raid threatened the fragile truce between the clans.", None, True),
    ("The fight over the budget split the chamber, deepened distrust and threatens to delay the vote.",
     None, True),
    ("The army of Ruritania threatened to shell the border towns.", "army", False),
    ("Ruritania's foreign minister threatened the neighbouring states with sanctions.", "minister", False),
])
def test_a_thing_that_threatens_by_its_subject(nlp, text, actor, thing):
    doc = nlp(text)
    at = {t.i: "a1" for t in doc if t.text == actor}
    verb = next(t for t in doc if t.lemma_ == "threaten")
    assert _threat_of_a_thing(verb, _Table(at)) is thing


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "none"), [
    ("The scandal handed the seat to his rival in the end.", "handed", True),
    ("The challenger pulled ahead of the governor in the latest poll.", "pulled", True),
    ("The rebels handed over the prisoners at the border post.", "handed", False),
    ("The army pulled back from the disputed hills on Monday.", "pulled", False),
    ("The president is pulling the troops from the north.", "pulling", False),
])
def test_handing_without_giving_up_is_no_retreat(nlp, text, word, none):
    assert _no_handover(_word(nlp(text), word)) is none


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "cyber"), [
    ("Hackers attacked computer networks of the ministry last week.", "attacked", True),
    ("The studio blamed Ruritania for a hack attack on its servers.", "attack", True),
    ("Officials described the attack on the election by foreign agents.", "attack", True),
    ("Rebels attacked an army post near the river.", "attacked", False),
    ("The attack on the convoy killed four soldiers.", "attack", False),
])
def test_a_hacking_called_an_attack(nlp, text, word, cyber):
    assert _cyber_attack(_word(nlp(text), word)) is cyber
