"""A criticism of an act the story told before is aimed at that act's doer (events/_speakers.py,
act_authors)."""

from __future__ import annotations

from newsgraph.events._speakers import act_authors
from newsgraph.records import Event


def _event(doc, etype: str, word: str, actor: list[str], nth: int = 0) -> Event:
    tok = [t for t in doc if t.text == word][nth]
    return Event(id=f"{etype}{tok.i}", event=etype, mode=None, span=(tok.sent.start_char, tok.sent.end_char),
                 text=tok.sent.text, actor=list(actor), trigger={"text": word, "span": [tok.idx, tok.idx + len(tok)]})


def test_a_condemnation_of_the_act_takes_its_doer(nlp):
    doc = nlp("The army of Freedonia attacked a border post on Monday. The council condemned the attack.")
    attack = _event(doc, "ASSAULT", "attacked", ["freedonia"])
    condemned = _event(doc, "ACCUSE", "condemned", ["council"])
    assert act_authors([attack, condemned], doc) == 1
    assert condemned.recipient == ["freedonia"]


def test_a_noun_of_the_act_and_a_later_word_form(nlp):
    doc = nlp("Rebels killed six guards in the north. The minister called the killing a crime.")
    killed = _event(doc, "ASSAULT", "killed", ["rebels"])
    called = _event(doc, "ACCUSE", "called", ["minister"])
    act_authors([killed, called], doc)
    assert called.recipient == ["rebels"]


def test_nothing_without_a_definite_object_or_an_earlier_act(nlp):
    doc = nlp("Rebels attacked a post. The council condemned attacks on civilians. The envoy condemned the raid.")
    attack = _event(doc, "ASSAULT", "attacked", ["rebels"])
    bare = _event(doc, "ACCUSE", "condemned", ["council"])
    other = _event(doc, "ACCUSE", "condemned", ["envoy"], nth=1)
    assert act_authors([attack, bare, other], doc) == 0
    assert bare.recipient == [] and other.recipient == []


def test_a_named_recipient_or_the_actors_own_act_stays(nlp):
    doc = nlp("The council attacked the plan. The council condemned the attack.")
    attack = _event(doc, "ACCUSE", "attacked", ["council"])
    condemned = _event(doc, "ACCUSE", "condemned", ["council"])
    assert act_authors([attack, condemned], doc) == 0 and condemned.recipient == []
    condemned.recipient = ["mayor"]
    assert act_authors([attack, condemned], doc) == 0 and condemned.recipient == ["mayor"]


def test_a_denial_of_the_accusations_takes_the_accuser(nlp):
    doc = nlp("The rebels accused the governor of fraud. The governor denied the accusations on Friday.")
    accused = _event(doc, "ACCUSE", "accused", ["rebels"])
    denied = _event(doc, "REJECT", "denied", ["governor"])
    assert act_authors([accused, denied], doc) == 1
    assert denied.recipient == ["rebels"]


def test_praise_of_an_act_is_left_alone(nlp):
    doc = nlp("The rebels attacked a post. The council praised the attack.")
    attack = _event(doc, "ASSAULT", "attacked", ["rebels"])
    praised = _event(doc, "SUPPORT", "praised", ["council"])
    assert act_authors([attack, praised], doc) == 0


def test_a_judgement_of_the_act_takes_its_doer(nlp):
    doc = nlp("Rebels attacked a border post on Monday. The minister called the attack a crime.")
    attack = _event(doc, "ASSAULT", "attacked", ["rebels"])
    crime = _event(doc, "ACCUSE", "crime", ["minister"])
    assert act_authors([attack, crime], doc) == 1 and crime.recipient == ["rebels"]
    doc = nlp("Rebels attacked a border post on Monday. The attack was reckless, the minister said.")
    attack = _event(doc, "ASSAULT", "attacked", ["rebels"])
    reckless = _event(doc, "ACCUSE", "reckless", ["minister"])
    assert act_authors([attack, reckless], doc) == 1 and reckless.recipient == ["rebels"]
