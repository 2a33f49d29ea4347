"""One fact told by two words of one type in one clause is one event: conjoined verbs of one subject
(events/__init__.py, _fold_conjoined), a noun and its verb (_fold_same_fact), a word and the act it frames
(_fold_governed), two words of one judgement (_fold_judgements)."""

from __future__ import annotations

import pytest

from newsgraph.events import _fold_conjoined, _fold_governed, _fold_judgements, _fold_same_fact
from newsgraph.records import Event


def _events(doc, words: dict[str, tuple[str, float]]) -> tuple[list[Event], dict]:
    """An event on each word of ``words`` (word -> (type, confidence)), as the coder leaves them."""
    by_char = {t.idx: t for t in doc}
    out = []
    for tok in doc:
        if tok.text in words:
            etype, conf = words[tok.text]
            out.append(Event(id=f"e{tok.i}", event=etype, span=(0, len(doc.text)), text=doc.text,
                             confidence=conf, trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok)]}))
    return out, by_char


@pytest.mark.model
def test_two_conjoined_verbs_of_one_type_and_subject_are_one_event(nlp):
    doc = nlp("Masked gunmen shot and killed two border guards near the crossing on Friday.")
    kept, by_char = _events(doc, {"shot": ("ASSAULT", 0.4), "killed": ("ASSAULT", 0.7)})
    kept[0].actor = ["gunmen"]
    out = _fold_conjoined(kept, by_char)
    assert [e.trigger["text"] for e in out] == ["killed"]  # the more confident stays
    assert out[0].actor == ["gunmen"]  # and takes what it lacks from the other


@pytest.mark.model
def test_conjoined_verbs_of_other_types_or_subjects_stay_two(nlp):
    doc = nlp("The minister condemned the raid and demanded an inquiry into the shooting.")
    kept, by_char = _events(doc, {"condemned": ("ACCUSE", 0.6), "demanded": ("REQUEST", 0.6)})
    assert len(_fold_conjoined(kept, by_char)) == 2
    doc = nlp("Rebels shelled the town and the army bombed their camps in reply.")
    kept, by_char = _events(doc, {"shelled": ("ASSAULT", 0.6), "bombed": ("ASSAULT", 0.6)})
    assert len(_fold_conjoined(kept, by_char)) == 2  # two subjects: two acts
    doc = nlp("The envoy pressed the rebels to disarm and urged the army to hold its fire.")
    kept, by_char = _events(doc, {"pressed": ("REQUEST", 0.6), "urged": ("REQUEST", 0.5)})
    assert len(_fold_conjoined(kept, by_char)) == 2  # each verb with its own object: two requests


@pytest.mark.model
def test_an_attack_told_by_two_verbs_with_their_own_objects_is_one_event(nlp):
    doc = nlp("Gunmen stormed the hotel lobby and fired at the guests before dawn.")
    kept, by_char = _events(doc, {"stormed": ("ASSAULT", 0.8), "fired": ("ASSAULT", 0.5)})
    assert [e.trigger["text"] for e in _fold_conjoined(kept, by_char)] == ["stormed"]


@pytest.mark.model
def test_two_verbs_of_one_type_but_two_modes_stay_two_events(nlp):
    doc = nlp("Militants kidnapped two aid workers and bombed the market in the afternoon.")
    kept, by_char = _events(doc, {"kidnapped": ("ASSAULT", 0.8), "bombed": ("ASSAULT", 0.5)})
    kept[0].mode, kept[1].mode = "abduct", "explosives"
    assert len(_fold_conjoined(kept, by_char)) == 2


@pytest.mark.model
def test_an_attack_and_the_relative_clause_of_its_toll_are_one_event(nlp):
    doc = nlp("Officials condemned the bombing that killed nine shoppers at the market.")
    kept, by_char = _events(doc, {"bombing": ("ASSAULT", 0.6), "killed": ("ASSAULT", 0.5)})
    assert [e.trigger["text"] for e in _fold_same_fact(kept, by_char)] == ["killed"]
    doc = nlp("Officials condemned the bombing, and the police killed two suspects later.")
    kept, by_char = _events(doc, {"bombing": ("ASSAULT", 0.6), "killed": ("ASSAULT", 0.5)})
    assert len(_fold_same_fact(kept, by_char)) == 2


@pytest.mark.model
def test_a_word_that_frames_an_act_of_its_own_type_is_one_event_with_it(nlp):
    doc = nlp("The two presidents are scheduled to meet in Vienna next week.")
    kept, by_char = _events(doc, {"scheduled": ("AGREE", 0.5), "meet": ("AGREE", 0.4)})
    kept[0].actor = ["presidents"]
    out = _fold_governed(kept, by_char)
    assert [e.trigger["text"] for e in out] == ["meet"]  # the governed word names the act
    assert out[0].actor == ["presidents"] and out[0].confidence == 0.5  # and takes what it lacks
    doc = nlp("The rebels rejected the government's threat to seize their farms.")
    kept, by_char = _events(doc, {"threat": ("THREATEN", 0.6), "seize": ("THREATEN", 0.4)})
    assert [e.trigger["text"] for e in _fold_governed(kept, by_char)] == ["seize"]


@pytest.mark.model
def test_a_governed_word_of_another_type_or_an_object_stays_a_second_event(nlp):
    doc = nlp("The two presidents are scheduled to meet in Vienna next week.")
    kept, by_char = _events(doc, {"scheduled": ("AGREE", 0.5), "meet": ("CONSULT", 0.4)})
    assert len(_fold_governed(kept, by_char)) == 2
    doc = nlp("The senator sharpened her criticism of the governor on Monday.")
    kept, by_char = _events(doc, {"sharpened": ("ACCUSE", 0.5), "criticism": ("ACCUSE", 0.4)})
    assert len(_fold_governed(kept, by_char)) == 2  # a direct object: often a second act


@pytest.mark.model
def test_one_criticism_told_by_two_words_of_one_clause_is_one_event(nlp):
    doc = nlp("The mayor faulted the budget and accused the council of wasting public money.")
    kept, by_char = _events(doc, {"faulted": ("ACCUSE", 0.5), "accused": ("ACCUSE", 0.7)})
    kept[0].mode, kept[1].mode = "disapprove", "allege"  # one criticism, whatever the modes
    kept[1].actor = ["mayor"]
    out = _fold_judgements(kept, by_char)
    assert [e.trigger["text"] for e in out] == ["accused"]  # the more confident stays
    doc = nlp("The senator called the ruling a travesty on Tuesday.")
    kept, by_char = _events(doc, {"called": ("ACCUSE", 0.6), "travesty": ("ACCUSE", 0.4)})
    kept[1].recipient = ["court"]
    out = _fold_judgements(kept, by_char)
    assert [e.trigger["text"] for e in out] == ["called"] and out[0].recipient == ["court"]


@pytest.mark.model
def test_two_judgements_of_two_subjects_or_readings_stay_two_events(nlp):
    doc = nlp("The mayor faulted the budget and the governor accused the council of waste.")
    kept, by_char = _events(doc, {"faulted": ("ACCUSE", 0.5), "accused": ("ACCUSE", 0.7)})
    assert len(_fold_judgements(kept, by_char)) == 2  # two subjects: two criticisms
    doc = nlp("The mayor faulted the budget and accused the council of wasting public money.")
    kept, by_char = _events(doc, {"faulted": ("ACCUSE", 0.5), "accused": ("ACCUSE", 0.7)})
    kept[0].modality = "historical"
    assert len(_fold_judgements(kept, by_char)) == 2  # one told as background, one as news
    doc = nlp("The envoy pressed the rebels to disarm and urged the army to hold its fire.")
    kept, by_char = _events(doc, {"pressed": ("REQUEST", 0.6), "urged": ("REQUEST", 0.5)})
    assert len(_fold_judgements(kept, by_char)) == 2  # requests are not judgements
