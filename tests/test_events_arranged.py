"""A meeting that is planned, scheduled or expected is AGREE, never CONSULT (corpus guidelines 2.2;
events/__init__.py, _arranged and _arranged_meetings)."""

from __future__ import annotations

import pytest

from conftest import word_token
from newsgraph.events import _arranged, _arranged_meetings
from newsgraph.records import Event


def _consult(doc, word: str, **kw) -> tuple[Event, dict]:
    tok = word_token(doc, word)
    event = Event(id="e1", event="CONSULT", span=(0, len(doc.text)), text=doc.text, mode=kw.get("mode"),
                  negated=kw.get("negated", False), trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok)]})
    return event, {t.idx: t for t in doc}


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("The two foreign ministers are to hold talks in Oslo on Friday.", "talks"),
    ("A proposed summit between the two leaders drew criticism at home.", "summit"),
    ("The premier was to meet the rebel commanders on Monday.", "meet"),
    ("The premier will hold talks with the rebels next week.", "talks"),
    # a time is no place or purpose of "be to"; a meeting in a clause of time under a future one
    ("On Monday, Canada and Japan are to hold new trade talks.", "talks"),
    ("The matter would come up only when the two leaders meet in Kyoto.", "meet"),
    ("When the Chinese president meets the premier on Thursday, he plans to press for a deal.", "meets"),
])
def test_a_meeting_told_as_arranged_is_an_agreement_to_meet(nlp, text, word):
    event, by_char = _consult(nlp(text), word, mode="multilateral")
    _arranged_meetings([event], by_char, {})
    assert (event.event, event.mode, event.cameo) == ("AGREE", None, "036")


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("The premier held talks with the rebels last week.", "talks"),
    ("The premier met the rebel commanders on Monday.", "met"),
    ("The envoy was in Cairo to meet the rebel commanders.", "meet"),
    ("When the two leaders met last year, they argued about trade.", "met"),
    ("When the two leaders meet, they often argue about trade.", "meet"),
])
def test_a_meeting_held_stays_a_consultation(nlp, text, word):
    doc = nlp(text)
    assert not _arranged(word_token(doc, word))
    event, by_char = _consult(doc, word)
    _arranged_meetings([event], by_char, {})
    assert event.event == "CONSULT"


@pytest.mark.model
def test_a_denied_arranged_meeting_is_not_made_an_agreement(nlp):
    event, by_char = _consult(nlp("The premier will hold talks with the rebels next week."), "talks", negated=True)
    _arranged_meetings([event], by_char, {})
    assert event.event == "CONSULT"


@pytest.mark.model
def test_a_meeting_a_kept_announcement_tells_is_left_to_it(nlp):
    doc = nlp("The premier will hold talks with the rebels next week.")
    event, by_char = _consult(doc, "talks")
    agree = Event(id="e2", event="AGREE", span=event.span, text=doc.text, trigger=event.trigger)
    _arranged_meetings([agree, event], by_char, {"e2": word_token(doc, "talks").i})
    assert event.event == "CONSULT"
