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


def test_through_a_complement_and_in_place_of_a_party_taken_for_the_actor(nlp):
    doc = nlp("“I will continue to urge the ministry to act,” said the union's leader.")
    e = _event(doc, "urge")
    speaking_actors([e], [_quote(doc, "leader")], doc)
    assert e.actor == ["leader"]
    named = _event(doc, "urge", actor=["ministry"])
    assert speaking_actors([named], [_quote(doc, "leader")], doc) == 1
    assert named.actor == ["leader"] and named.recipient == ["ministry"]


def test_through_an_adjectives_copula(nlp):
    doc = nlp("“We are ready to punish the smugglers,” said the mayor.")
    e = _event(doc, "ready")
    assert speaking_actors([e], [_quote(doc, "mayor")], doc) == 1
    assert e.actor == ["mayor"]


def test_an_act_done_to_us_is_aimed_at_the_speaker(nlp):
    doc = nlp("“The rebels attacked us at dawn,” said the village chief.")
    e = _event(doc, "attacked", actor=["rebels"])
    assert speaking_actors([e], [_quote(doc, "chief")], doc) == 1
    assert e.actor == ["rebels"] and e.recipient == ["chief"]


def test_an_accusation_in_a_quote_is_the_speakers_and_aimed_at_the_party_found(nlp):
    doc = nlp("“A reckless blunder,” the senator said of the governor's plan.")
    e = _event(doc, "blunder", actor=["governor"])
    e.event = "ACCUSE"
    assert speaking_actors([e], [_quote(doc, "senator")], doc) == 1
    assert e.actor == ["senator"] and e.recipient == ["governor"]


def test_an_act_done_by_saying_gets_the_speaker_only_without_an_actor(nlp):
    doc = nlp("“The council backs the new charter,” the mayor said.")
    e = _event(doc, "backs")
    e.event = "SUPPORT"
    assert speaking_actors([e], [_quote(doc, "mayor")], doc) == 1 and e.actor == ["mayor"]
    e = _event(doc, "backs", actor=["council"])
    e.event = "SUPPORT"
    assert speaking_actors([e], [_quote(doc, "mayor")], doc) == 0 and e.actor == ["council"]
    # an act not done by saying keeps its actor missing
    doc = nlp("“The troops crossed the river,” the mayor said.")
    e = _event(doc, "crossed")
    e.event = "MOBILIZE"
    assert speaking_actors([e], [_quote(doc, "mayor")], doc) == 0 and e.actor == []


def test_a_found_actor_of_a_third_person_request_or_no_speaker_or_outside_the_quote_changes_nothing(nlp):
    doc = nlp("“They urge the ministry to act,” said the union's leader.")
    e = _event(doc, "urge", actor=["ministry"])
    assert speaking_actors([e], [_quote(doc, "leader")], doc) == 0 and e.actor == ["ministry"]
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


def _reported(doc, speaker: str, after: str) -> Quote:
    """An indirect quotation: the content after the word ``after`` to the final stop."""
    a = doc.text.index(after) + len(after) + 1
    b = len(doc.text) - 1
    return Quote(speaker=speaker, text=doc.text[a:b], span=(a, b), kind="indirect")


def test_an_act_done_by_saying_in_reported_speech_with_no_actor_is_the_speakers():
    import spacy

    doc = spacy.blank("en")("The mayor said that every resident should urge the council to act.")
    e = _event(doc, "urge")
    assert speaking_actors([e], [_reported(doc, "mayor", "that")], doc) == 1
    assert e.actor == ["mayor"]
    e = _event(doc, "urge")
    e.event = "AGREE"
    assert speaking_actors([e], [_reported(doc, "mayor", "that")], doc) == 1 and e.actor == ["mayor"]


def test_reported_speech_leaves_a_found_actor_an_accusation_a_refusal_and_the_speaker_as_recipient():
    import spacy

    doc = spacy.blank("en")("The mayor said that every resident should urge the council to act.")
    quote = _reported(doc, "mayor", "that")
    e = _event(doc, "urge", actor=["resident"])
    assert speaking_actors([e], [quote], doc) == 0 and e.actor == ["resident"]
    for etype in ("ACCUSE", "REJECT", "ASSAULT"):
        e = _event(doc, "urge")
        e.event = etype
        assert speaking_actors([e], [quote], doc) == 0 and e.actor == []
    e = _event(doc, "urge")
    e.recipient = ["mayor"]
    assert speaking_actors([e], [quote], doc) == 0 and e.actor == []
    # a trigger outside the quotation's content
    e = _event(doc, "said")
    assert speaking_actors([e], [quote], doc) == 0 and e.actor == []
