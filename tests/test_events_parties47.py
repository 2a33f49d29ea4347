"""Session 47 (parties47): the parties an event takes from the story come after the learned filler's
choice from the event's own sentence (events/_speakers.py, planned_story_recipients and
story_recipients)."""

from __future__ import annotations

from newsgraph.events._speakers import planned_story_recipients, story_recipients
from newsgraph.records import Event

from factories import event


def _event(etype: str, at: int, actor: list[str], recipient: list[str] | None = None) -> Event:
    return event(f"{etype}{at}", etype, "", span=(at, at + 50), actor=list(actor), recipient=list(recipient or []))


def test_a_planned_copy_waits_for_the_filler():
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    urged = _event("REQUEST", 200, ["norway"])
    plan = planned_story_recipients([met, urged])
    assert [(e.id, other) for e, other in plan] == [("REQUEST200", ["chile"])]
    assert urged.recipient == []  # planned, not given
    assert story_recipients([met, urged], plan=plan) == 1
    assert urged.recipient == ["chile"]


def test_the_filler_s_party_from_the_sentence_is_kept():
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    urged = _event("REQUEST", 200, ["norway"])
    plan = planned_story_recipients([met, urged])
    urged.recipient = ["peru"]  # what the filler found in the event's own sentence
    assert story_recipients([met, urged], plan=plan) == 0
    assert urged.recipient == ["peru"]


def test_a_party_the_filler_gave_an_earlier_event_is_not_copied():
    # "Norway met Chile's envoy ... Norway thanked ... Norway urged ...": the plan reads the rules'
    # parties, so a recipient the filler adds to the earlier event afterwards is no party of the story
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    thanked = _event("SUPPORT", 100, ["norway"])
    urged = _event("REQUEST", 200, ["norway"])
    plan = planned_story_recipients([met, thanked, urged])
    thanked.recipient = ["peru"]  # the filler's
    story_recipients([met, thanked, urged], plan=plan)
    assert thanked.recipient == ["peru"]
    assert urged.recipient == ["chile"]  # planned from the copy "thanked" would have had


def test_a_planned_event_is_a_source_for_a_later_one():
    accused = _event("ACCUSE", 0, ["chile"], ["norway"])
    threat = _event("THREATEN", 100, ["norway"])
    sanctioned = _event("SANCTION", 200, ["norway"])
    plan = planned_story_recipients([accused, threat, sanctioned])
    assert [(e.id, other) for e, other in plan] == [("THREATEN100", ["chile"]), ("SANCTION200", ["chile"])]


def test_without_a_plan_the_copy_is_made_at_once():
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    urged = _event("REQUEST", 200, ["norway"])
    assert story_recipients([met, urged]) == 1
    assert urged.recipient == ["chile"]
