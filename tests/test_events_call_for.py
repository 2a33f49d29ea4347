"""A call for a clause marked by "for" ("called for the embassy to be closed") is a request, as "called for
a vote" is: the parser hangs "for" on the clause's verb, not on "call" (session 38, speech38). Invented
sentences."""

from __future__ import annotations

import pytest

from test_events import find, run


@pytest.mark.parametrize("text,verb", [
    ("Senator Jay Roe called for the embassy to be closed.", "called"),
    ("Senator Jay Roe is calling for the borders to be closed.", "calling"),
    ("Senator Jay Roe pressed for the talks with Ruritania to resume.", "pressed"),
])
def test_a_call_for_a_clause_is_a_request(nlp, text, verb):
    events = run(nlp, text)
    e = find(events, "REQUEST")
    assert e.trigger["text"] == verb
    assert e.actor == ["jay-roe"]


def test_the_closing_asked_for_is_the_requests_content_not_an_act(nlp):
    events = run(nlp, "Senator Jay Roe called for the embassy to be closed.")
    assert [e.event for e in events] == ["REQUEST"]


def test_calling_a_meeting_for_a_day_stays_no_request(nlp):
    events = run(nlp, "Senator Jay Roe called the minister for an hour on Tuesday.")
    assert "REQUEST" not in {e.event for e in events}
