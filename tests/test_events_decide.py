"""The learned decision on rule-proposed events: the mechanism, independent of the shipped weights."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph.events import _decide
from newsgraph.events._decide import Decider


def test_probability_is_the_logistic_of_the_summed_weights():
    d = Decider.from_dict({"weights": {"bias": -1.0, "lemma=attack": 3.0}, "threshold": 0.5})
    assert d.probability(["bias"]) == pytest.approx(0.2689, abs=1e-4)
    assert d.probability(["bias", "lemma=attack", "unknown"]) == pytest.approx(0.8808, abs=1e-4)
    assert 0.0 < d.probability(["bias"] * 1000) < 1.0  # no overflow


def test_a_dense_row_adds_its_dot_product_with_the_dense_weights():
    d = Decider.from_dict({"weights": {"bias": -1.0}, "threshold": 0.5, "dense": [0.5, -2.0]})
    import numpy as np

    assert d.probability(["bias"], np.array([2.0, 0.0])) == pytest.approx(0.5)
    assert d.probability(["bias"], np.array([0.0, 1.0])) == pytest.approx(0.0474, abs=1e-4)
    assert d.probability(["bias"]) == pytest.approx(0.2689, abs=1e-4)  # no row: the names alone
    plain = Decider.from_dict({"weights": {"bias": -1.0}, "threshold": 0.5})
    assert plain.probability(["bias"], np.array([2.0, 0.0])) == pytest.approx(0.2689, abs=1e-4)


def test_the_sentence_coders_reading_becomes_features_of_the_candidates_type():
    probs = {"ACCUSE": 0.62, "REJECT": 0.81, "AGREE": 0.02}
    assert _decide.sentence_features("ACCUSE", probs) == ["sent_p=7", "type_sent_p=ACCUSE|>5",
                                                          "sent_top_is_type=False"]
    assert _decide.sentence_features("REJECT", probs)[2] == "sent_top_is_type=True"
    assert _decide.sentence_features("AGREE", probs)[:2] == ["sent_p=0", "type_sent_p=AGREE|0"]
    assert _decide.sentence_features("ASSAULT", probs)[0] == "sent_p=0"  # a type the coder has no model of
    assert _decide.sentence_features("ACCUSE", None) == []


def test_the_shipped_model_is_well_formed():
    path = resources.files("newsgraph") / "data" / "events" / _decide.MODEL_FILE
    if not path.is_file():
        pytest.skip("no decider shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert 0.0 < data["threshold"] < 1.0
    assert "bias" in data["weights"] and len(data["weights"]) > 50
    assert data["about"]["trained_on"].startswith("corpus train split")


SENTENCE = "Turkish jets bombed Kurdish positions in northern Iraq on Sunday, the army said."


@pytest.mark.model
def test_decider_drops_or_keeps_candidates_and_gives_confidence(extractor, monkeypatch):
    from newsgraph.records import Document

    doc = Document(text=SENTENCE, published="2019-05-06")
    extractor.rules_only = True
    try:
        proposed = extractor(doc).events
    finally:
        extractor.rules_only = False
    assert proposed, "the rules propose the bombing"
    monkeypatch.setattr(_decide, "decider", lambda: Decider({"bias": -10.0}, 0.5, {}))
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": -10.0}, 0.5, {}))
    assert extractor(doc).events == []
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": 10.0}, 0.5, {}))
    kept = extractor(doc).events
    assert [e.event for e in kept] == [e.event for e in proposed]
    assert all(e.confidence == pytest.approx(1.0, abs=1e-3) for e in kept)


@pytest.mark.model
def test_collect_receives_every_candidate_with_its_features(extractor):
    from newsgraph.records import Document

    extractor.collect = []
    try:
        result = extractor(Document(text=SENTENCE, published="2019-05-06"))
        collected = extractor.collect
    finally:
        extractor.collect = None
    assert len(collected) >= len(result.events) >= 1
    names = collected[0][1]
    assert all(isinstance(a, str) and f for a, f in collected[0][2])
    assert "bias" in names and any(n.startswith("lemma=") for n in names)
    assert any(n.startswith("type=") for n in names)


def test_the_story_tells_whether_a_candidates_type_and_trigger_were_told_before():
    story = _decide.Story()
    assert story.features("ASSAULT", "strike", ["a1"]) == ["told=new", "type_told=ASSAULT|new"]
    story.add("ASSAULT", "strike", ["a1"])
    story.add("CONSULT", "meet", [])
    # the same fact told again: the type and the word, and one of its actors
    assert story.features("ASSAULT", "strike", ["a1", "a2"]) == [
        "told=lemma", "type_told=ASSAULT|lemma", "told_actor=lemma"]
    # the type told before by another word, without a shared actor
    assert story.features("ASSAULT", "bomb", ["a3"]) == ["told=type", "type_told=ASSAULT|type"]
    assert story.features("ACCUSE", "strike", ["a1"]) == ["told=new", "type_told=ACCUSE|new"]


@pytest.mark.model
def test_features_mark_a_trigger_inside_a_quotation_and_its_sentences_other_candidates(nlp):
    from newsgraph.records import ActorTable, Event

    doc = nlp('"We will attack the port," the commander said, as the navy attacked the harbour.')
    sent = next(iter(doc.sents))
    first, second = (t for t in doc if t.lemma_ == "attack")
    table = ActorTable()
    ev = Event(id="e", event="ASSAULT", span=(0, len(doc.text)), text=doc.text)
    inside = _decide.features(ev, first, sent, 1, table, same=(0, 1))
    outside = _decide.features(ev, second, sent, 1, table, same=(1, 0))
    assert "in_quotation" in inside and "same_type=0|1" in inside
    assert "in_quotation" not in outside and "same_type=1|0" in outside



@pytest.mark.model
def test_a_state_of_a_sentence_whose_candidates_the_decider_drops_stays_an_actor(extractor, monkeypatch):
    from newsgraph.records import Document

    # Chad is a party of the act ("with Chad"): a state named only as the setting ("a mission in Chad")
    # goes whatever the decider says (actors._keep.setting_state, issue #19's "talks in Geneva")
    doc = Document(text="The council agreed with Chad on Monday to extend the mandate of the monitoring mission "
                        "by a year.", published="2019-05-06")
    extractor.rules_only = True
    try:
        assert any(e.event == "AGREE" for e in extractor(doc).events), "the rules propose the agreeing"
    finally:
        extractor.rules_only = False
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": -10.0}, 0.5, {}))
    result = extractor(doc)
    assert result.events == []
    assert "Chad" in {a.name for a in result.actors}


@pytest.mark.model
def test_an_act_under_a_word_of_a_plan_is_marked_planned_and_a_promised_or_wished_one_is_not(nlp):
    def marks(text: str, word: str) -> list[str]:
        tok = next(t for t in nlp(text) if t.text == word)
        return _decide.planned(tok, "ASSAULT")

    planned = ["planned", "type_planned=ASSAULT"]
    assert marks("The ministry intends to expel the two envoys next week.", "expel") == planned
    assert marks("Rebels are preparing to attack the northern town.", "attack") == planned
    assert marks("Critics questioned the army's plans to shell the villages.", "shell") == planned
    # a promise is coded as the promise, a wish is no plan, and a plan's word with no infinitive tells none
    assert marks("The mayor vowed to arrest the organisers of the march.", "arrest") == []
    assert marks("He wants to shell the villages before the winter.", "shell") == []
    assert marks("The army shelled the villages as the plan said.", "shelled") == []


@pytest.mark.model
def test_a_bare_event_noun_is_read_by_its_place_determiner_and_governing_word(nlp):
    def marks(text: str, word: str, etype: str = "ASSAULT") -> list[str]:
        tok = next(t for t in nlp(text) if t.text == word)
        return _decide.bare_features(tok, etype)

    after = marks("After the bombing, the governor closed the schools.", "bombing")
    assert after[:4] == ["bare", "bare_type=ASSAULT", "bare_place=pobj|after", "bare_type_place=ASSAULT|pobj|after"]
    assert "bare_det=definite" in after and "bare_gov=close" in after and "bare_lemma=bombing" in after
    held = marks("Negotiators said a meeting would be held soon.", "meeting", "CONSULT")
    assert "bare_place=nsubjpass" in held and "bare_det=indefinite" in held and "bare_number=singular" in held
    assert "bare_place=dobj" in marks("The mayor condemned those raids on Friday.", "raids")


@pytest.mark.model
def test_bare_event_nouns_are_candidates_only_for_a_decider_trained_on_them(extractor, monkeypatch):
    from newsgraph.records import Document

    # "the bombing" has no actor and no named target: without a decider that knows bare nouns it
    # makes no event; with one, it is a candidate the decider judges, marked bare
    doc = Document(text="After the bombing, the governor closed the schools in the province.", published="2019-05-06")
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": 10.0}, 0.5, {}))
    assert not any(e.trigger and e.trigger["text"] == "bombing" for e in extractor(doc).events)
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": 10.0, "bare": -30.0}, 0.5, {}))
    assert not any(e.trigger and e.trigger["text"] == "bombing" for e in extractor(doc).events)
    monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": 10.0, "bare": 0.5}, 0.5, {}))
    assert any(e.event == "ASSAULT" and e.trigger and e.trigger["text"] == "bombing"
               for e in extractor(doc).events)


@pytest.mark.model
def test_bare_event_nouns_are_collected_for_training_only_on_request(extractor):
    from newsgraph.records import Document

    # a plain rebuild of the decider trains on the candidates a run makes; bare nouns join them only
    # with ``collect_bare`` (scripts/train_events.py --bare-nouns)
    doc = Document(text="After the bombing, the governor closed the schools in the province.", published="2019-05-06")

    def collected(bare: bool) -> set[str]:
        extractor.collect, extractor.collect_bare = [], bare
        try:
            extractor(doc)
            return {ev.trigger["text"] for ev, _names, _parts in extractor.collect if ev.trigger}
        finally:
            extractor.collect, extractor.collect_bare = None, False

    assert "bombing" not in collected(False)
    assert "bombing" in collected(True)


@pytest.mark.model
def test_an_event_noun_naming_only_its_target_is_kept_only_when_the_decider_is_sure(extractor, monkeypatch):
    from newsgraph import events
    from newsgraph.records import Document

    # "the raid on the home of X" names whom it is done to and no actor: no bare noun, but a candidate the
    # decider was not trained on, kept only at events.TARGET_ONLY_P or more
    doc = Document(text="The raid on the home of Michael Cohen angered the president.", published="2019-05-06")

    def raids(bias: float) -> list:
        monkeypatch.setattr("newsgraph.events.decider", lambda: Decider({"bias": bias}, 0.3, {}))
        return [e for e in extractor(doc).events if e.trigger and e.trigger["text"] == "raid"]

    assert events.TARGET_ONLY_P > 0.401
    assert raids(-0.4) == []  # p 0.40: over the decider's threshold, under TARGET_ONLY_P
    kept = raids(3.0)
    assert [e.event for e in kept] == ["COERCE"]
    assert kept[0].recipient and not kept[0].actor and kept[0].coder == "target"
