"""An act with no recipient in its sentence takes the other party of the story's nearest earlier
event of the same actor (events/_speakers.py, story_recipients)."""

from __future__ import annotations

from newsgraph.events._speakers import story_recipients
from newsgraph.records import Event


def _event(etype: str, at: int, actor: list[str], recipient: list[str] | None = None) -> Event:
    return Event(id=f"{etype}{at}", event=etype, mode=None, span=(at, at + 50), text="",
                 actor=list(actor), recipient=list(recipient or []))


def test_a_request_takes_the_party_just_met():
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    urged = _event("REQUEST", 200, ["norway"])
    assert story_recipients([met, urged]) == 1
    assert urged.recipient == ["chile"]


def test_a_reply_takes_the_party_that_acted_on_the_actor():
    accused = _event("ACCUSE", 0, ["chile"], ["norway"])
    threat = _event("THREATEN", 100, ["norway"])
    story_recipients([threat, accused])
    assert threat.recipient == ["chile"]


def test_the_nearest_earlier_event_wins_and_a_later_one_is_not_read():
    first = _event("CONSULT", 0, ["norway"], ["chile"])
    second = _event("SUPPORT", 300, ["norway"], ["peru"])
    urged = _event("REQUEST", 600, ["norway"])
    later = _event("CONSULT", 900, ["norway"], ["bolivia"])
    story_recipients([later, urged, second, first])
    assert urged.recipient == ["peru"]


def test_nothing_changes_out_of_reach_or_for_other_types_or_other_actors():
    met = _event("CONSULT", 0, ["norway"], ["chile"])
    far = _event("REQUEST", 5000, ["norway"])
    refused = _event("REJECT", 100, ["norway"])
    other = _event("REQUEST", 150, ["peru"])
    kept = _event("ACCUSE", 200, ["norway"], ["bolivia"])
    assert story_recipients([met, far, refused, other, kept]) == 0
    assert far.recipient == [] and refused.recipient == [] and other.recipient == []
    assert kept.recipient == ["bolivia"]
