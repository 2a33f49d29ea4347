"""The learned choice between the lexicon's reading of a word and the proposer's (issue #17 (a);
events/_readings.py, events._chosen_readings, scripts/train_readings.py)."""

from __future__ import annotations

import pytest

from conftest import word_token
from newsgraph._linear import LinearModel
from newsgraph.events._propose import NONE, Proposal
from newsgraph.events._readings import dense, names, readable, reading_model

CLASSES = (NONE, "AGREE", "SUPPORT")


def _reading(none: float, agree: float, support: float) -> Proposal:
    return Proposal(CLASSES, [none, agree, support])


def test_the_features_name_both_readings_and_the_word():
    got = names("concur", "VERB", "AGREE", _reading(0.2, 0.1, 0.7), ["dep=ROOT", "sent_no=2", "prepw=with"])
    assert {"bias", "lex=AGREE", "prop=SUPPORT", "pair=AGREE|SUPPORT", "lemma_prop=concur|SUPPORT",
            "dep=ROOT", "prepw=with", "pp=4", "pl=1"} <= set(got)
    assert "sent_no=2" not in got  # where the sentence stands is no part of a word's reading
    d = dense("AGREE", _reading(0.2, 0.1, 0.7))
    assert d[0] > 0 > d[1]


def test_a_negated_word_is_left_to_the_rules():
    assert readable(["dep=ROOT", "child=aux|will"])
    assert not readable(["dep=ROOT", "child=neg", "child=neg|not"])


def test_the_shipped_model_loads_when_the_package_has_one():
    model = reading_model()
    assert model is None or 0.0 < model.threshold < 1.0


@pytest.mark.model
@pytest.mark.parametrize(("bias", "want"), [(5.0, "SUPPORT"), (-5.0, "AGREE")])
def test_the_model_chooses_the_trigger_type(nlp, bias, want):
    from newsgraph.events import _find_triggers
    from newsgraph.events._lexicon import lexicon

    lex = lexicon()
    doc = nlp("The two mayors agreed with the council's budget last week.")
    tok = word_token(doc, "agreed")
    entry = next(e for e in lex.verbs["agree"] if not (e.obj or e.prep or e.prt or e.phrase))
    assert entry.type == "AGREE"
    chooser = LinearModel(weights={"bias": bias}, threshold=0.5, about={})
    found = _find_triggers(next(iter(doc.sents)), lex, {}, readings={tok.i: _reading(0.2, 0.1, 0.7)},
                           chooser=chooser)
    assert {t.tok.i: t.entry.type for t in found}.get(tok.i) == want


@pytest.mark.model
def test_a_negated_trigger_keeps_the_lexicon_type(nlp):
    from newsgraph.events import _find_triggers
    from newsgraph.events._lexicon import lexicon

    doc = nlp("The two mayors did not agree with the council's budget last week.")
    tok = word_token(doc, "agree")
    chooser = LinearModel(weights={"bias": 5.0}, threshold=0.5, about={})
    found = _find_triggers(next(iter(doc.sents)), lexicon(), {}, readings={tok.i: _reading(0.2, 0.1, 0.7)},
                           chooser=chooser)
    assert {t.tok.i: t.entry.type for t in found}.get(tok.i) == "AGREE"
