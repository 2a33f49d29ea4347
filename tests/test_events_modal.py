"""The learned event modality (events/_modal.py): its features and how it relabels kept events,
independent of the shipped weights."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from newsgraph._linear import SoftmaxModel
from newsgraph.events import _modal
from newsgraph.records import Event


def _event(doc, word: str, modality: str = "asserted", date: dict | None = None) -> tuple[Event, dict]:
    tok = next(t for t in doc if t.text == word)
    e = Event(id="e1", event="ASSAULT", span=(0, len(doc.text)), text=doc.text, actor=[], recipient=[],
              modality=modality, trigger={"text": word, "span": [tok.idx, tok.idx + len(tok)]}, date=date)
    return e, {t.idx: t for t in doc}


@pytest.mark.model
def test_features_read_the_tense_the_verbs_above_and_the_date(nlp):
    doc = nlp("Officials said the rebels had attacked the town in 2009.")
    e, by_char = _event(doc, "attacked", date={"value": "2009", "source": "timex"})
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "rule=asserted" in names and "aux=had" in names and "gov0=say" in names
    assert "year_gap=>10" in names and "date_source=timex" in names and "w=said" in names
    assert any(n.startswith("days=") for n in names)


@pytest.mark.model
def test_relabel_takes_the_models_choice_and_collects_the_rules_reading(nlp):
    doc = nlp("The rebels had attacked the town.")
    e, by_char = _event(doc, "attacked")
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {"aux=had": 2.0}})
    rows: list = []
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model, rows)
    assert e.modality == "historical"
    assert rows and rows[0][0] == "e1" and rows[0][1] == "asserted"
    e2, by_char2 = _event(nlp("The rebels attacked the town."), "attacked")
    _modal.relabel([e2], by_char2, dt.date(2021, 10, 19), model)
    assert e2.modality == "asserted"
    e3, by_char3 = _event(nlp("The rebels had attacked the town."), "attacked")
    _modal.relabel([e3], by_char3, dt.date(2021, 10, 19), None, [])
    assert e3.modality == "asserted"  # no model: the rules' reading stands


@pytest.mark.model
@pytest.mark.parametrize("text,word,want", [
    ("The rebels reportedly attacked the town.", "attacked", "reported"),
    ("The rebels condemned the alleged attack on the town.", "attack", "reported"),
    ("The rebels attacked the town.", "attacked", "asserted"),
    ("The rebels had reportedly attacked the town.", "attacked", "historical"),
])
def test_a_hedge_the_model_calls_asserted_is_reported(nlp, text, word, want):
    e, by_char = _event(nlp(text), word)
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {"aux=had": 2.0}})
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.modality == want


def test_the_shipped_model_is_well_formed():
    path = resources.files("newsgraph") / "data" / "events" / _modal.MODEL_FILE
    if not path.is_file():
        pytest.skip("no modality model shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["classes"]) <= set(_modal.CLASSES) and len(data["classes"]) >= 3
    assert all("bias" in data["weights"][c] for c in data["classes"])
    assert data["about"]["dev_accuracy"] > data["about"]["dev_rules_accuracy"]


def test_the_coarse_date_has_few_classes():
    assert _modal._coarse_date(None, "asserted") == ["dc=none", "rule_dc=asserted|none"]
    assert _modal._coarse_date(-3, "future")[0] == "dc=after"
    assert _modal._coarse_date(10, "asserted")[0] == "dc=month"
    assert _modal._coarse_date(200, "asserted")[0] == "dc=year"
    assert _modal._coarse_date(5000, "reported")[1] == "rule_dc=reported|older"


@pytest.mark.model
def test_the_clause_features_read_the_perfect_the_clause_and_the_verb_above(nlp):
    doc = nlp("The ministry said the guards had detained two reporters.")
    e, by_char = _event(doc, "detained")
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "perf=had" in names and "gov_kind=report" in names and "cv_dep=ccomp" in names
    doc = nlp("The council plans to expel the envoys next month.")
    e, by_char = _event(doc, "expel")
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "gov_kind=intent" in names and "cv_dep=xcomp" in names and not any(n.startswith("perf=") for n in names)
    doc = nlp("If the army shells the port, the talks end.")
    e, by_char = _event(doc, "shells")
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "cv_dep=advcl" in names


def test_the_age_of_a_period_reads_its_start_as_well_as_its_end():
    day = dt.date(2020, 11, 26)
    assert _modal._age("2015", day) == "old"
    assert _modal._age("2020", day) == "past"  # "earlier this year": ends after the report, began long before
    assert _modal._age("2020-11-20", day) == "near"
    assert _modal._age("2020-12-10", day) == "after"
    assert _modal._age(None, day) is None and _modal._age("PRESENT_REF", day) is None


@pytest.mark.model
def test_the_sentences_timexes_phrases_and_the_speaker(nlp):
    from newsgraph.records import Timex

    text = "The envoy said on Monday that he had never visited the camp in 2012, according to the ministry."
    doc = nlp(text)
    e, by_char = _event(doc, "visited")
    timexes = [Timex("on Monday", "DATE", "2020-11-23", (text.index("on Monday"), text.index("on Monday") + 9)),
               Timex("2012", "DATE", "2012", (text.index("2012"), text.index("2012") + 4))]
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2020, 11, 26), timexes)
    assert "x_sage=old" in names and "x_sage=near" in names and "x_ph=according to" in names
    assert "x_rlem=say" in names and "x_csubj=PRON|NOUN" in names and "x_rafter=False" in names
    assert "x_pfirst=True" in names


@pytest.mark.model
def test_relabel_adds_the_dense_part_of_a_model_that_has_one(nlp):
    import numpy as np

    doc = nlp("The rebels attacked the town.")
    e, by_char = _event(doc, "attacked")
    tok = by_char[e.trigger["span"][0]]
    row = _modal.dense_row(tok)
    assert row is not None and row.shape == (3 * doc.tensor.shape[1],)
    width = row.shape[0]
    # the dense part alone decides: a large offset for "historical"
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 1.0}, "historical": {}},
                         dense=np.zeros((width, 2)), dense_bias=np.array([0.0, 5.0]))
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.modality == "historical"


def _told(eid: str, start: int, modality: str) -> Event:
    return Event(id=eid, event="CONSULT", span=(start, start + 20), text="x", actor=["a"], recipient=["b"],
                 modality=modality)


def test_repeats_merge_only_where_the_rules_and_the_model_read_them_alike():
    from newsgraph.events import merge_repeats

    # the rules read both tellings alike and the model agrees: one fact told twice
    first, again = _told("e1", 0, "asserted"), _told("e2", 100, "asserted")
    out = merge_repeats([first, again], {"e1": "asserted", "e2": "asserted"})
    assert out == [first] and first.also == [(100, 120)]
    # the rules read them alike, the model relabelled the first as background: two facts
    old, new = _told("e1", 0, "historical"), _told("e2", 100, "asserted")
    assert len(merge_repeats([old, new], {"e1": "asserted", "e2": "asserted"})) == 2
    # the rules read them apart: two events, whatever the model says
    one, two = _told("e1", 0, "asserted"), _told("e2", 100, "asserted")
    assert len(merge_repeats([one, two], {"e1": "historical", "e2": "asserted"})) == 2
    # without the rules' reading the events' own modality is compared
    three, four = _told("e1", 0, "historical"), _told("e2", 100, "asserted")
    assert len(merge_repeats([three, four])) == 2


def test_a_repeat_dates_the_fact_its_first_telling_leaves_to_the_publication_date():
    from newsgraph.events import _dated, merge_repeats

    # a lede told in the present has the publication day; the later sentence says when it happened
    first, again = _told("e1", 0, "asserted"), _told("e2", 100, "asserted")
    first.date = _dated("2024-03-05", None, "document")
    again.date = _dated("2024-03-03", "on Sunday", "sentence")
    assert merge_repeats([first, again]) == [first] and first.date["value"] == "2024-03-03"
    # a date the first telling's words give stays
    one, two = _told("e1", 0, "asserted"), _told("e2", 100, "asserted")
    one.date = _dated("2024-03-04", "Monday", "narrative")
    two.date = _dated("2024-03-03", "on Sunday", "sentence")
    assert merge_repeats([one, two]) == [one] and one.date["value"] == "2024-03-04"
    # a repeat dated only by the publication date gives nothing
    three, four = _told("e1", 0, "asserted"), _told("e2", 100, "asserted")
    three.date = _dated("2024-03-05", None, "document")
    four.date = _dated("2024-03-04", None, "document")
    assert merge_repeats([three, four]) == [three] and three.date["value"] == "2024-03-05"


def test_best_is_the_argmax_over_the_names_and_the_dense_part():
    import numpy as np

    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {"aux=had": 1.0}},
                         dense=np.array([[0.0, 2.0]]), dense_bias=np.array([0.0, -1.0]))
    assert model.best(["bias"]) == "asserted"
    assert model.best(["bias", "aux=had"]) == "historical"
    assert model.best(["bias", "aux=had"], np.array([0.0])) == "asserted"  # 0.5 against 1.0 - 1.0
    assert model.best(["bias"], np.array([1.0])) == "historical"  # 0.5 against 2.0 - 1.0
    plain = SoftmaxModel(classes=model.classes, about={}, weights=model.weights)
    assert plain.best(["bias"], np.array([5.0])) == "asserted"  # no dense part: the vector is not read


def test_the_standardised_fit_folds_back_to_the_raw_vectors():
    import numpy as np

    from newsgraph._linear import fold_dense, standardised

    rng = np.random.default_rng(7)
    raw = rng.normal(3.0, 2.0, size=(40, 5))
    rows, mean, mult = standardised(raw, 0.1)
    assert np.allclose(rows.mean(axis=0), 0.0) and np.allclose(rows.std(axis=0), 0.1, atol=1e-6)
    coef = rng.normal(size=(5, 3))  # a (dimensions x classes) fit on the standardised rows
    w, offset = fold_dense(coef, mean, mult)
    assert np.allclose(raw @ w + offset, rows @ coef)
    w1, offset1 = fold_dense(coef[:, 0], mean, mult)  # one score: a weight vector
    assert np.allclose(raw @ w1 + offset1, rows @ coef[:, 0])


@pytest.mark.model
def test_features_read_background_told_without_a_date(nlp):
    doc = nlp("The senator repeatedly criticised the treaty while she was governor.")
    e, by_char = _event(doc, "criticised")
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "y_w=repeatedly" in names and "y_advcl=while|VBD" in names
    doc = nlp("Critics faulted the mayor for having backed the plan.")
    e, by_char = _event(doc, "backed")
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert "y_pcomp=for|VBN" in names
    doc = nlp("The rebels attacked the town.")
    e, by_char = _event(doc, "attacked")
    assert not any(n.startswith("y_") for n in _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19)))


@pytest.mark.model
@pytest.mark.parametrize("text,word,want", [
    ("The rebels reportedly attacked the town.", "attacked", "r_hedge"),
    ("The rebels condemned the alleged attack on the town.", "attack", "r_hedge"),
    ("According to the ministry, the army shelled the town.", "shelled", "r_according=before"),
    ("The general is believed to have ordered the raid.", "ordered", "r_raise"),
    ("He said that after the army shelled the town, people fled.", "shelled", "r_anc_through=advcl"),
    ("Reports that the army shelled the town spread quickly.", "shelled", "r_rnoun_anc"),
    ("The governor said the situation was grave. The army shelled the town.", "shelled", "r_prev"),
])
def test_features_read_a_source_the_rules_walk_does_not_reach(nlp, text, word, want):
    e, by_char = _event(nlp(text), word)
    names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
    assert want in names and f"{want}|asserted" in names


@pytest.mark.model
def test_no_source_feature_without_a_source_or_across_a_paragraph(nlp):
    for text in ("The rebels attacked the town.",
                 "The governor said the situation was grave.\n\nThe army shelled the town."):
        doc = nlp(text)
        e, by_char = _event(doc, "attacked" if "attacked" in text else "shelled")
        names = _modal.features(e, by_char[e.trigger["span"][0]], dt.date(2021, 10, 19))
        assert not any(n.startswith("r_") for n in names), names


def test_weighs_tells_whether_a_model_has_any_feature_of_a_family():
    model = SoftmaxModel(classes=("asserted", "reported"), about={},
                         weights={"asserted": {"bias": 0.5}, "reported": {"r_hedge": 1.0, "aux=had": 0.2}})
    assert model.weighs("r_") and model.weighs("aux=")
    assert not model.weighs("w=")
    assert not SoftmaxModel(classes=("asserted",), about={}, weights={"asserted": {"bias": 0.1}}).weighs("r_")


@pytest.mark.model
def test_the_attribution_features_are_left_out_only_on_request(nlp):
    e, by_char = _event(nlp("The rebels reportedly attacked the town, officials said."), "attacked")
    tok = by_char[e.trigger["span"][0]]
    full = _modal.features(e, tok, dt.date(2021, 10, 19))
    assert any(n.startswith("r_") for n in full)
    short = _modal.features(e, tok, dt.date(2021, 10, 19), attribution=False)
    assert short == [n for n in full if not n.startswith("r_")]


@pytest.mark.model
@pytest.mark.parametrize("text,word,etype,want", [
    ("The governor will ask the court to halt the law.", "ask", "REQUEST", "future"),
    ("She said he\u2019ll file a complaint with the commission.", "complaint", "ACCUSE", "future"),
    ("The measure will be blocked by the upper chamber.", "blocked", "REJECT", "future"),
    ("The minister will not ask the court to halt the law.", "ask", "REQUEST", "asserted"),
    ("The two leaders will meet in the capital.", "meet", "AGREE", "asserted"),
    ("The governor asked the court to halt the law.", "asked", "REQUEST", "asserted"),
    ("Marches are planned in four provincial towns.", "Marches", "PROTEST", "future"),
    ("Marches were planned in four provincial towns.", "Marches", "PROTEST", "asserted"),
    ("Marches are not planned in the capital.", "Marches", "PROTEST", "asserted"),
])
def test_an_act_with_its_own_will_or_planned_is_future_unless_told_as_announced(nlp, text, word, etype, want):
    # guidelines 2.4: an act planned for later is future; a promise, a threat or an announced concession is
    # the announcement itself, asserted
    e, by_char = _event(nlp(text), word)
    e.event = etype
    model = SoftmaxModel(classes=("asserted", "future"), about={}, weights={"asserted": {"bias": 0.5}, "future": {}})
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.modality == want


@pytest.mark.model
@pytest.mark.parametrize("text,word,want", [
    ("The army shelled two villages overnight, according to a local monitoring group.", "shelled", "reported"),
    ("According to the weekly paper, the senator urged the board to resign.", "urged", "reported"),
    ("The army shelled two villages overnight.", "shelled", "asserted"),
    # the source names the count of another clause, not the trigger's act
    ("The minister condemned the siege, which has cost 300 lives according to the agency.", "condemned",
     "asserted"),
])
def test_according_to_on_the_triggers_own_verb_is_reported(nlp, text, word, want):
    e, by_char = _event(nlp(text), word)
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {}})
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.modality == want


@pytest.mark.model
@pytest.mark.parametrize("text,word,want", [
    ("The rebels did not claim the bombing but praised it.", "praised", False),
    ("The ministry did not reply, and its spokesman criticized the report.", "criticized", False),
    # a shared auxiliary carries its negation to a plain conjunct, and a conjunct's own negation stays
    ("The ministry did not reply or criticize the report.", "criticize", True),
    ("The ministry did not reply, and its spokesman did not criticize the report.", "criticize", True),
])
def test_a_negation_does_not_reach_a_conjunct_set_against_it(nlp, text, word, want):
    e, by_char = _event(nlp(text), word)
    e.negated = True  # as the rules' walk reads it: the first conjunct's negation
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {}})
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.negated is want


@pytest.mark.model
@pytest.mark.parametrize("text,word,want", [
    ("The senator stopped short of accusing the agency of fraud.", "accusing", True),
    ("The council failed to condemn the raid.", "condemn", True),
    ("The suspect has yet to be arrested by the police.", "arrested", True),
    ("The council refrained from condemning the raid.", "condemning", True),
    ("The council decided to condemn the raid.", "condemn", False),
])
def test_an_act_stopped_short_failed_or_yet_to_come_is_negated(nlp, text, word, want):
    e, by_char = _event(nlp(text), word)
    model = SoftmaxModel(classes=("asserted", "historical"), about={},
                         weights={"asserted": {"bias": 0.5}, "historical": {}})
    _modal.relabel([e], by_char, dt.date(2021, 10, 19), model)
    assert e.negated is want
