"""Constructions that tell no event, or no event of their word's type (issue #17, session 21): a verb
made a habit by an adverb of frequency is a generic statement (``_habitual``); "meet" as a reception
or a standard fulfilled is no meeting (``_met_as_figure``); "order" is a REQUEST only with an
infinitive complement ("ordered the army to withdraw"): ordering a thing or an act ("ordered
airstrikes", "ordered his deportation") is that act, told by its noun; a "call with" someone is a phone
call (CONSULT phone), not a call for something (REQUEST). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _habitual, _met_as_figure, _verb_entry
from newsgraph.events._lexicon import lexicon




def test_order_is_a_request_only_with_an_infinitive():
    entries = lexicon().verbs["order"]
    assert [e.type for e in entries] == ["REQUEST"]
    assert all(e.tocomp for e in entries)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "habit"), [
    ("The senator often criticizes the governor of Ruritania for his budgets.", "criticizes", True),
    ("The council routinely blocks resolutions pressed by the smaller states.", "blocks", True),
    ("Border guards usually deport the migrants they catch within a day.", "deport", True),
    ("The senator criticized the governor of Ruritania on Monday.", "criticized", False),
    ("The council has repeatedly blocked the resolution this month.", "blocked", False),
])
def test_a_habit_is_no_act(nlp, text, word, habit):
    assert _habitual(_word(nlp(text), word)) is habit


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "figure"), [
    ("The new proposal was met with skepticism in the capital.", "met", True),
    ("The announcement met with a cool reaction from the allies.", "met", True),
    ("The minister said the agreement met the goals of the talks.", "met", True),
    ("The ministry did not meet the deadline for the report.", "meet", True),
    ("The foreign minister met with his Ruritanian counterpart on Monday.", "met", False),
    ("The envoys met the rebel leaders in the border town.", "met", False),
])
def test_meeting_a_reception_or_a_standard_is_no_meeting(nlp, text, word, figure):
    assert _met_as_figure(_word(nlp(text), word)) is figure


@pytest.mark.model
@pytest.mark.parametrize(("text", "asks"), [
    ("The defense minister ordered the army to withdraw from the border town.", True),
    ("The troops were ordered to leave the capital by Friday.", True),
    ("The defense minister ordered fresh airstrikes on the rebel camps.", False),
    ("The court ordered his deportation to Ruritania.", False),
])
def test_ordering_is_a_request_with_an_infinitive(nlp, text, asks):
    tok = _word(nlp(text), "ordered")
    assert (_verb_entry(tok, lexicon().verbs["order"]) is not None) is asks


@pytest.mark.model
def test_ordering_an_act_is_the_act(extractor):
    from newsgraph.records import Document

    events = extractor(Document(text="The defense minister of Ruritania ordered fresh airstrikes on the rebel "
                                     "camps on Monday.", published="2020-03-02")).events
    assert not any(e.event == "REQUEST" for e in events)
    assert any(e.event == "ASSAULT" and e.trigger["text"] == "airstrikes" for e in events)


@pytest.mark.model
def test_a_habit_makes_no_event(extractor):
    from newsgraph.records import Document

    text = "The Senate leader often criticizes the governor of Ohio for his budget plans."
    assert not any(e.event == "ACCUSE" for e in extractor(Document(text=text, published="2020-03-02")).events)


@pytest.mark.model
def test_a_call_with_someone_is_a_phone_call(extractor):
    from newsgraph.records import Document

    text = "Chancellor Weber's call with the Ruritanian president on Monday lasted an hour."
    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == "CONSULT" and e.mode == "phone" and e.trigger["text"] == "call" for e in events)
    assert not any(e.event == "REQUEST" for e in events)
    text = "The senator renewed her call for a ceasefire in the valley."
    assert not any(e.event == "CONSULT" for e in extractor(Document(text=text, published="2020-03-02")).events)


@pytest.mark.model
def test_violence_told_as_a_practice_stays_a_candidate(extractor):
    from newsgraph.records import Document

    was = extractor.decide_events
    extractor.decide_events = False  # the rules' candidates, before the decider
    try:
        text = "Militiamen routinely attack villagers in the northern valley, a report said."
        assert any(e.event == "ASSAULT" for e in extractor(Document(text=text, published="2020-03-02")).events)
        text = "The Senate leader often criticizes the governor of Ohio for his budget plans."
        assert not any(e.event == "ACCUSE" for e in extractor(Document(text=text, published="2020-03-02")).events)
    finally:
        extractor.decide_events = was
