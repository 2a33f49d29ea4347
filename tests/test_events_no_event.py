"""Constructions that tell no event (events/__init__.py): what an accident or a disaster does is no
act of anyone (a killing or wounding whose doer is a mishap, or which is its toll: ``_by_mishap``),
talking to the press is no consultation (``_to_the_press``); asking a question or for anonymity is no
request (``_asks_no_act``); an expressed feeling is a criticism only when it is a complaint
(``_expresses_no_complaint``); and a missile fired at no target is a weapons test, not an attack
(``_weapons_test``). Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events import _asks_no_act, _by_mishap, _expresses_no_complaint, _to_the_press, _weapons_test


def _verb(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("A powerful storm swept the coast on Monday, cutting power and killing 40 people.", "killing"),
    ("The floods that killed 40 people hit the province last week.", "killed"),
    ("A cargo plane crashed shortly after takeoff on Sunday, killing all nine crew members.", "killing"),
    ("Five soldiers were killed in the crash of their helicopter near the border.", "killed"),
    ("Dozens of villagers were injured by a landslide near the mine.", "injured"),
])
def test_a_mishap_and_its_toll_are_no_act(nlp, text, word):
    assert _by_mishap(_verb(nlp(text), word), "ASSAULT")


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Rebels shot down the helicopter on Sunday, killing all nine crew members.", "killing"),
    ("The pilot deliberately crashed the plane, killing everyone on board.", "killing"),
    ("Militants attacked a checkpoint near the capital, killing six police officers.", "killing"),
    ("The outbreak of fighting killed dozens of villagers in the north.", "killed"),
    ("Five soldiers were killed in the attack on the base.", "killed"),
    ("Police arrested two men after the crash near the stadium.", "arrested"),
])
def test_acts_of_people_around_a_mishap_stay(nlp, text, word):
    assert not _by_mishap(_verb(nlp(text), word), "ASSAULT" if word != "arrested" else "COERCE")


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "press"), [
    ("The senator spoke to reporters on Tuesday about the budget.", "spoke", True),
    ("A senior official spoke with The Daily Herald on condition of anonymity.", "spoke", True),
    ("The minister briefed journalists after the cabinet session.", "briefed", True),
    ("The senator spoke with the Iranian foreign minister on Tuesday.", "spoke", False),
    ("The envoy briefed lawmakers on the talks behind closed doors.", "briefed", False),
])
def test_talking_to_the_press_is_no_consultation(nlp, text, word, press):
    assert _to_the_press(_verb(nlp(text), word)) is press


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "test"), [
    ("The regime fired a long-range rocket on Wednesday despite the warnings.", "fired", True),
    ("The navy fired a missile which fell harmlessly into the sea off the coast.", "fired", True),
    ("Militants fired more than 200 rockets into the southern towns overnight.", "fired", False),
    ("The army launched ballistic missiles at two bases near the border.", "launched", False),
    ("Gunmen fired shots at the convoy near the bridge.", "fired", False),
])
def test_a_missile_fired_at_no_target_is_a_weapons_test(nlp, text, word, test):
    assert _weapons_test(_verb(nlp(text), word)) is test


@pytest.mark.model
@pytest.mark.parametrize(("text", "no_act"), [
    ("I asked him why he had left the meeting so early.", True),
    ("'Can we still win this?' the governor asked.", True),
    ("The staffers, who had asked not to be named in print, described the plan.", True),
    ("A diplomat who asked for anonymity said the talks had stalled.", True),
    ("The judge asked a pointed question during the hearing.", True),
    ("The mayor asked the governor to send more police.", False),
    ("The president asked Congress for more money for the border.", False),
    # the question mark hangs from the verb; an "if" clause parsed as adverbial
    ("\u201cHave we just put a price on our diplomats?\u201d asked Sen. John Doe, Ohio Republican.", True),
    ("He said he had asked on several occasions if the agency had accepted the offer.", True),
    # with something asked for, the "if" clause hanging from the verb is a condition
    ("The president asked his advisers for options if the crisis deepened.", False),
])
def test_asking_a_question_or_for_anonymity_is_no_request(nlp, text, no_act):
    assert _asks_no_act(_verb(nlp(text), "asked")) is no_act


@pytest.mark.model
def test_the_decider_reads_the_doer_and_the_frame(nlp):
    from newsgraph.events._decide import _doer

    def words_of(span):
        return {t.lemma_.lower() for t in span}

    doc = nlp("The floods that killed 40 people hit the province last week.")
    names = _doer(_verb(doc, "killed"), "ASSAULT", words_of(doc[:]))
    assert "type_doer=ASSAULT|mishap" in names and "mishap_sent=ASSAULT" in names
    doc = nlp("Senator Maria Lopez described the plan as a betrayal of the voters.")
    names = _doer(_verb(doc, "described"), "ACCUSE", words_of(doc[:]))
    assert "as_complement=ACCUSE" in names and "doer=actor" in names
    doc = nlp("The new plan demands deep cuts from every ministry.")
    assert "doer=thing" in _doer(_verb(doc, "demands"), "REQUEST", words_of(doc[:]))
    doc = nlp("The army moved troops north in order to attack the rebels.")
    assert "purpose=ASSAULT" in _doer(_verb(doc, "attack"), "ASSAULT", words_of(doc[:]))


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "none"), [
    ("The governor expressed admiration for the rescue workers.", "expressed", True),
    ("The envoy voiced his hope that talks would resume soon.", "voiced", True),
    ("The minister expressed concern about the new settlements.", "expressed", False),
    ("Several senators voiced frustration with the delay.", "voiced", False),
])
def test_an_expressed_feeling_is_a_criticism_only_when_it_is_a_complaint(nlp, text, word, none):
    assert _expresses_no_complaint(_verb(nlp(text), word)) is none


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Two envoys, who had asked not to be named in print, said the negotiations had stalled over the border.",
    "A fierce storm swept the islands on Sunday, killing at least 12 people, officials said.",
])
def test_the_sentence_coder_adds_no_event_of_a_type_a_rule_found_to_tell_none(extractor, text):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not [e for e in events if e.event in ("REQUEST", "ASSAULT")]
