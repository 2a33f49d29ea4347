"""An event in the first person inside a quotation is its speaker's (events/_speakers.py)."""

from __future__ import annotations

from newsgraph.events._speakers import speaking_actors
from newsgraph.records import Event, Quote


def _event(doc, word: str, actor=None) -> Event:
    tok = next(t for t in doc if t.text == word)
    return Event(id=word, event="REQUEST", mode=None, span=(0, len(doc.text)), text=doc.text,
                 actor=list(actor or []), trigger={"text": word, "span": [tok.idx, tok.idx + len(tok)]})


def _quote(doc, speaker: str | None, kind: str = "direct") -> Quote:
    a, b = doc.text.index("“") + 1, doc.text.index("”")
    return Quote(speaker=speaker, text=doc.text[a:b], span=(a, b), kind=kind)


def test_first_person_subject_in_a_quote_is_the_speaker(nlp):
    doc = nlp("“We urge the ministry to act now,” said the union's leader.")
    e = _event(doc, "urge")
    assert speaking_actors([e], [_quote(doc, "leader")], doc) == 1
    assert e.actor == ["leader"]


def test_through_a_complement_and_only_without_an_actor(nlp):
    doc = nlp("“I will continue to urge the ministry to act,” said the union's leader.")
    e = _event(doc, "urge")
    speaking_actors([e], [_quote(doc, "leader")], doc)
    assert e.actor == ["leader"]
    named = _event(doc, "urge", actor=["ministry"])
    speaking_actors([named], [_quote(doc, "leader")], doc)
    assert named.actor == ["ministry"]


def test_third_person_or_no_speaker_or_outside_the_quote_changes_nothing(nlp):
    doc = nlp("“They urge the ministry to act,” said the union's leader.")
    e = _event(doc, "urge")
    assert speaking_actors([e], [_quote(doc, "leader")], doc) == 0 and e.actor == []
    doc = nlp("“We urge the ministry to act,” a statement said.")
    e = _event(doc, "urge")
    assert speaking_actors([e], [_quote(doc, None)], doc) == 0 and e.actor == []
    doc = nlp("We urge the ministry to act, the leader said of the “plan”.")
    e = _event(doc, "urge")
    assert speaking_actors([e], [_quote(doc, "leader")], doc) == 0 and e.actor == []


def test_a_request_told_as_the_addressees_obligation_in_a_quote_is_the_speakers(nlp):
    doc = nlp("“The ministry must stop the evictions,” said the union's leader.")
    e = _event(doc, "stop")
    e.recipient = ["ministry"]
    assert speaking_actors([e], [_quote(doc, "leader")], doc) == 1
    assert e.actor == ["leader"] and e.recipient == ["ministry"]
