"""Constructions that tell no event, or another type than their word's (issue #17, session 20): an
attack on a plan or over remarks is a criticism (``_verbal_attack``); declining to comment is no
rejection (``_keeps_silent``); finding no evidence is no act (``_finds``); the toll of an accident
told by "ditched" or by a "when" clause, and an accidental blast, are no act of anyone
(``_by_mishap``); an act of conflict decided or planned keeps its own type (``_intent_type``); a
person fired from a post is dismissed (lexicon phrase lines). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _by_mishap, _finds, _keeps_silent, _verbal_attack




@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "verbal"), [
    ("The governor attacked the senator over his comments about the budget.", "attacked", True),
    ("The senator attacked the president for his handling of the flood relief.", "attacked", True),
    ("The minister launched a blistering attack on the opposition leader.", "attack", True),
    # the parser reads "blistering" here as the verb "blister" (spur31): the word as written counts
    ("In September, the president gave a blistering attack at the General Assembly in New York.", "attack", True),
    ("Republicans attacked the announcement within hours.", "attacked", True),
    ("The mayor rejected criticism of his attacks on the inquiry.", "attacks", True),
    ("Rebels attacked the convoy near the border, killing five soldiers.", "attacked", False),
    ("The gunmen attacked the base for the second time this month.", "attacked", False),
    ("The attack on the embassy left three guards wounded.", "attack", False),
])
def test_an_attack_on_a_plan_or_over_remarks_is_a_criticism(nlp, text, word, verbal):
    assert _verbal_attack(_word(nlp(text), word)) is verbal


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "silent"), [
    ("The officials declined to comment on the talks with the rebels.", "declined", True),
    ("The ministry refused to say whether the envoy would return.", "refused", True),
    ("A spokeswoman for the palace refused comment on the report.", "refused", True),
    ("The government refused to release the prisoners.", "refused", False),
    ("The rebels declined to attend the talks in the capital.", "declined", False),
])
def test_declining_to_comment_is_no_rejection(nlp, text, word, silent):
    assert _keeps_silent(_word(nlp(text), word)) is silent


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "finding"), [
    ("Investigators did not find evidence of wrongdoing by the mayor.", "find", True),
    ("The review found no sign that the ballots had been altered.", "found", True),
    ("Police found the missing journalist in a village near the coast.", "found", False),
])
def test_finding_no_evidence_is_no_act(nlp, text, word, finding):
    assert _finds(_word(nlp(text), word)) is finding


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "mishap"), [
    ("A small plane ditched in the sea on Sunday, killing two of the four people on board.", "killing", True),
    ("The pilot ditched the plane in a lake, injuring three passengers.", "injuring", True),
    ("Two people were killed when the pilot ditched the aircraft in the bay.", "killed", True),
    ("Four workers died and ten were injured in a gas explosion at the plant.", "injured", True),
    ("Three guards were wounded when gunmen stormed the gate.", "wounded", False),
    ("Ten people were injured in an explosion at a crowded market.", "injured", False),
])
def test_an_accident_told_by_ditching_or_a_blast_is_no_act(nlp, text, word, mishap):
    assert _by_mishap(_word(nlp(text), word), "ASSAULT") is mishap


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "trigger", "wrong"), [
    ("Critics questioned the president's decision to fire the director of the agency.", "SANCTION", "fire",
     "THREATEN"),
    ("Jones, who was fired from his post as spokesman in May, said he would sue the party.", "SANCTION",
     "fired", "ASSAULT"),
    ("The coach was fired as manager of the team after the defeat.", "SANCTION", "fired", "ASSAULT"),
    ("The governor attacked the senator over his comments about the budget.", "ACCUSE", "attacked", "ASSAULT"),
])
def test_the_type_of_a_decided_act_a_dismissal_and_a_verbal_attack(extractor, text, etype, trigger, wrong):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype and e.trigger["text"] == trigger for e in events)
    assert not any(e.event == wrong for e in events)


@pytest.mark.model
def test_the_type_of_a_planned_attack_is_assault(extractor):
    # The rules give a planned attack its act's type, not THREATEN; whether such a candidate is kept is
    # the decider's call (its probability sits near the threshold in every build: docs/evaluation.md,
    # session 25, decider27), so the rules' candidates are read with the decider off.
    from newsgraph.records import Document

    was = extractor.decide_events
    extractor.decide_events = False
    try:
        events = extractor(Document(text="The opposition questioned the general's plans to shell the rebel camps.",
                                    published="2020-03-02")).events
    finally:
        extractor.decide_events = was
    assert any(e.event == "ASSAULT" and e.trigger["text"] == "shell" for e in events)
    assert not any(e.event == "THREATEN" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The officials declined to comment on the talks with the rebels.",
    "Investigators did not find evidence of wrongdoing by the mayor, the report said.",
    "Two people were killed when the pilot ditched the aircraft in the bay.",
])
def test_no_event_where_a_rule_finds_none(extractor, text):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not [e for e in events if e.event in ("REJECT", "ASSAULT")]


@pytest.mark.model
def test_the_decider_reads_the_toll_of_an_attack(nlp):
    from newsgraph.events._decide import _doer

    doc = nlp("Four soldiers were killed in the attack on the base.")
    assert "toll=ASSAULT" in _doer(_word(doc, "killed"), "ASSAULT", set())
    doc = nlp("The strikes killed twelve fighters near the river.")
    assert "doer_attack=ASSAULT" in _doer(_word(doc, "killed"), "ASSAULT", set())
    doc = nlp("Rebels killed twelve soldiers in the north.")
    names = _doer(_word(doc, "killed"), "ASSAULT", set())
    assert "toll=ASSAULT" not in names and "doer_attack=ASSAULT" not in names
