"""A criticism or refusal of a thing the story named before is aimed at its maker (events/_owners.py,
thing_owners)."""

from __future__ import annotations

from newsgraph.events._owners import thing_owners
from newsgraph.records import ActorTable, Event, Mention


def _event(doc, etype: str, word: str, actor: list[str], nth: int = 0) -> Event:
    tok = [t for t in doc if t.text == word][nth]
    return Event(id=f"{etype}{tok.i}", event=etype, mode=None, span=(tok.sent.start_char, tok.sent.end_char),
                 text=tok.sent.text, actor=list(actor), trigger={"text": word, "span": [tok.idx, tok.idx + len(tok)]})


def _table(doc, names: dict[str, str]) -> ActorTable:
    """A mention of actor ``names[word]`` at each token ``word``."""
    mentions = [Mention(actor=names[t.text], span=(t.idx, t.idx + len(t)), tokens=(t.i, t.i + 1), text=t.text)
                for t in doc if t.text in names]
    return ActorTable(mentions=mentions)


def test_a_rejection_of_a_plan_takes_the_one_who_unveiled_it(nlp):
    doc = nlp("Freedonia unveiled a peace plan on Tuesday. On Wednesday, Sylvania rejected the plan.")
    rejected = _event(doc, "REJECT", "rejected", ["syl"])
    assert thing_owners([rejected], doc, _table(doc, {"Freedonia": "fre", "Sylvania": "syl"})) == 1
    assert rejected.recipient == ["fre"]


def test_the_possessive_and_the_by_phrase_name_the_maker(nlp):
    doc = nlp("Lawmakers debated Smith's proposal for hours. Jones called the proposal reckless.")
    called = _event(doc, "ACCUSE", "called", ["jones"])
    thing_owners([called], doc, _table(doc, {"Smith": "smith", "Jones": "jones"}))
    assert called.recipient == ["smith"]
    doc = nlp("The council debated a resolution drafted by Freedonia. Sylvania vetoed the resolution.")
    vetoed = _event(doc, "REJECT", "vetoed", ["syl"])
    thing_owners([vetoed], doc, _table(doc, {"Freedonia": "fre", "Sylvania": "syl"}))
    assert vetoed.recipient == ["fre"]


def test_one_who_only_spoke_of_the_thing_is_no_maker(nlp):
    # Freedonia criticised the plan: that makes it no author of the plan
    doc = nlp("Freedonia criticized a peace plan on Tuesday. On Wednesday, Sylvania rejected the plan.")
    rejected = _event(doc, "REJECT", "rejected", ["syl"])
    assert thing_owners([rejected], doc, _table(doc, {"Freedonia": "fre", "Sylvania": "syl"})) == 0
    assert rejected.recipient == []


def test_its_own_thing_and_praise_and_a_filled_slot_are_left(nlp):
    doc = nlp("Sylvania unveiled a peace plan on Tuesday. On Wednesday, Sylvania rejected the plan.")
    rejected = _event(doc, "REJECT", "rejected", ["syl"])
    assert thing_owners([rejected], doc, _table(doc, {"Sylvania": "syl"})) == 0 and rejected.recipient == []
    doc = nlp("Freedonia unveiled a peace plan on Tuesday. On Wednesday, Sylvania praised the plan.")
    praised = _event(doc, "SUPPORT", "praised", ["syl"])
    table = _table(doc, {"Freedonia": "fre", "Sylvania": "syl"})
    assert thing_owners([praised], doc, table) == 0 and praised.recipient == []
    doc = nlp("Freedonia unveiled a peace plan on Tuesday. On Wednesday, Sylvania rejected the plan.")
    rejected = _event(doc, "REJECT", "rejected", ["syl"])
    rejected.recipient = ["other"]
    assert thing_owners([rejected], doc, _table(doc, {"Freedonia": "fre", "Sylvania": "syl"})) == 0
    assert rejected.recipient == ["other"]


def test_the_sentence_s_own_maker_and_one_who_pressed_for_it(nlp):
    doc = nlp("The committee rejected the bill, which had been drafted by Smith.")
    rejected = _event(doc, "REJECT", "rejected", ["committee"])
    thing_owners([rejected], doc, _table(doc, {"committee": "committee", "Smith": "smith"}))
    assert rejected.recipient == ["smith"]
    doc = nlp("Freedonia pressed for a resolution on the war. Sylvania vetoed the resolution.")
    vetoed = _event(doc, "REJECT", "vetoed", ["syl"])
    thing_owners([vetoed], doc, _table(doc, {"Freedonia": "fre", "Sylvania": "syl"}))
    assert vetoed.recipient == ["fre"]


def test_a_coordinated_maker_is_each_of_its_parties(nlp):
    doc = nlp("Freedonia and Ruritania pressed for a resolution on the war. Sylvania vetoed the resolution.")
    vetoed = _event(doc, "REJECT", "vetoed", ["syl"])
    thing_owners([vetoed], doc, _table(doc, {"Freedonia": "fre", "Ruritania": "rur", "Sylvania": "syl"}))
    assert vetoed.recipient == ["fre", "rur"]
