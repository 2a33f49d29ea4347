"""The learned sentence coder (events/_sentence.py): its features, its independent per-type
probabilities, and how the coder adds an event no kept candidate tells, independent of the shipped
weights."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsgraph._linear import SoftmaxModel
from newsgraph.events import _sentence, code
from newsgraph.events._lexicon import TYPES, lexicon
from newsgraph.records import ActorTable


def _model(weights: dict[str, dict[str, float]], threshold: float = 0.5) -> SoftmaxModel:
    return SoftmaxModel(classes=tuple(weights), weights=weights, about={}, threshold=threshold)


def test_probabilities_are_independent_logistics_not_a_softmax():
    model = _model({"ACCUSE": {"bias": 2.0}, "REJECT": {"bias": 2.0}, "AID": {"bias": -2.0}})
    p = _sentence.probabilities(model, ["bias"])
    # two types can both be likely: a sentence may tell several events
    assert p["ACCUSE"] == pytest.approx(0.8808, abs=1e-4) and p["REJECT"] == p["ACCUSE"]
    assert p["AID"] == pytest.approx(0.1192, abs=1e-4)


@pytest.mark.model
def test_features_read_the_content_words_entities_root_and_quotes(nlp):
    doc = nlp('"They have betrayed the country," the senator from Ohio said on Tuesday.')
    names = _sentence.features(next(doc.sents), lexicon())
    assert "w=betray" in names and "root=say" in names and "reporting" in names
    assert "quote" in names and "ent=GPE" in names and "bias" in names
    assert "w=the" not in names  # stop words say nothing of the event
    assert _sentence.dense_row(next(doc.sents)).shape == (doc.tensor.shape[1],)


@pytest.mark.model
def test_the_coder_adds_the_type_no_kept_candidate_tells_and_only_that(nlp):
    doc = nlp("The rival camp has disrespected our farmers badly, the minister said.")
    table = ActorTable()
    quiet = _model({t: {"bias": -5.0} for t in TYPES})
    accuse = _model({**{t: {"bias": -5.0} for t in TYPES}, "ACCUSE": {"bias": -5.0, "w=disrespect": 10.0}})
    none = code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=quiet)
    added = code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=accuse)
    assert not any(e.event == "ACCUSE" for e in none)
    extra = [e for e in added if e.event == "ACCUSE"]
    assert len(extra) == 1 and extra[0].confidence == pytest.approx(0.993, abs=1e-3)
    assert extra[0].trigger is not None and extra[0].span == (0, len(doc.text))
    # no sentence coder, or the rules alone: nothing added
    off = code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=False)
    assert [e.event for e in off] == [e.event for e in none]
    rules = code(doc, actors=table, timexes=[], published="2020-01-01", decide=False, sentence_with=accuse)
    assert not any(e.event == "ACCUSE" and e.confidence > 0.9 for e in rules)


@pytest.mark.model
def test_a_type_already_kept_in_the_sentence_is_not_added_again(nlp):
    doc = nlp("The rebels attacked the army base on Monday.")
    table = ActorTable()
    assault = _model({**{t: {"bias": -5.0} for t in TYPES}, "ASSAULT": {"bias": 5.0}})
    quiet = _model({t: {"bias": -5.0} for t in TYPES})
    base = code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=quiet)
    with_coder = code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=assault)
    if any(e.event == "ASSAULT" for e in base):
        assert [e.event for e in with_coder].count("ASSAULT") == [e.event for e in base].count("ASSAULT")
    else:
        assert [e.event for e in with_coder].count("ASSAULT") == 1


def test_the_shipped_model_is_well_formed():
    path = resources.files("newsgraph") / "data" / "events" / _sentence.MODEL_FILE
    if not path.is_file():
        pytest.skip("no sentence coder shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["classes"]) <= set(TYPES) and len(data["classes"]) >= 10
    assert all("bias" in data["weights"][c] for c in data["classes"])
    assert 0 < data["threshold"] < 1
    about = data["about"]
    assert about["dev_with"]["type_f1"] + about["dev_with"]["full_f1"] > (
        about["dev_without"]["type_f1"] + about["dev_without"]["full_f1"])


@pytest.mark.model
def test_a_judgement_in_a_reported_clause_is_the_speakers_act_toward_its_subject(nlp):
    from newsgraph.actors import resolve

    doc = nlp("Senator Jane Harlow said that Governor Tom Brickell has betrayed the voters of the state.")
    table = resolve(doc, published="2020-01-01")
    accuse = _model({**{t: {"bias": -5.0} for t in TYPES}, "ACCUSE": {"bias": -5.0, "w=betray": 10.0}})
    events = [e for e in code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=accuse)
              if e.event == "ACCUSE"]
    assert len(events) == 1
    names = {a.id: a.name for a in table.actors}
    assert [names[a] for a in events[0].actor] == ["Jane Harlow"]
    assert [names[a] for a in events[0].recipient] == ["Tom Brickell"]


@pytest.mark.model
def test_an_inquiry_in_a_reported_clause_stays_its_doers_act(nlp):
    # a word of inquiry or charge ("interviewed", "is investigating") is done by its own subject: the
    # speaker reports it, and does not judge the one inquired into
    from newsgraph.actors import resolve

    import datetime as dt

    doc = nlp("Senator Jane Harlow said that the FBI has interviewed Governor Tom Brickell.")
    table = resolve(doc, published=dt.date(2020, 1, 1))
    accuse = _model({**{t: {"bias": -5.0} for t in TYPES}, "ACCUSE": {"bias": -5.0, "w=interview": 10.0}})
    events = [e for e in code(doc, actors=table, timexes=[], published="2020-01-01", sentence_with=accuse)
              if e.event == "ACCUSE"]
    assert len(events) == 1
    names = {a.id: a.name for a in table.actors}
    assert [names[a] for a in events[0].actor] == ["FBI"]
    assert [names[a] for a in events[0].recipient] == ["Tom Brickell"]
