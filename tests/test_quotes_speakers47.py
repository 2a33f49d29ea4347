"""The cue that governs a quote as features of the speaker chooser, the chooser's reader's measure (a wrong
speaker costs twice what a right one gains) and the fitted chooser as plain numbers (issue #20, session 47).
Invented sentences only."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import newsgraph.actors  # noqa: F401  (the package's import order: actors before quotes)
from newsgraph.quotes._chooser import Candidate, Chooser, scope

ROOT = Path(__file__).resolve().parents[1]


def _cand(actor, proposers, kind="person", **features):
    kinds = {f"actor={kind}": 1.0} if actor is not None else {}
    return Candidate(actor, None, set(proposers), {"bias": 1.0, **kinds, **features})


def _script():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_speakers

    return train_speakers


# -- the chooser as numbers ------------------------------------------------------------------------
def _chooser(actor: float | None = 0.8, none: float | None = 0.8) -> Chooser:
    # one feature decides: the other candidate is the subject of the quote's own cue
    part = {"intercept": -2.0, "weights": {"a:subj_of_cue": 4.0, "r:subj_of_cue": -1.0}}
    return Chooser({"scopes": {"actor": {"threshold": actor, **part}, "none": {"threshold": none, **part}}})


def test_the_chooser_replaces_the_rules_choice_only_above_its_scopes_threshold():
    rule = _cand("the-hill", ["rule"], kind="organization")
    sure = _cand("dana-marsh", ["cue_subject"], subj_of_cue=1.0)
    unsure = _cand("tom-kessler", ["before"])
    assert _chooser().choose([rule, unsure, sure]) is sure  # p = 1 / (1 + e^-2) = 0.88
    assert _chooser(actor=0.9).choose([rule, unsure, sure]) is None
    assert _chooser(actor=None).choose([rule, unsure, sure]) is None  # the scope is left to the rules
    assert _chooser().choose([rule, unsure]) is None  # p = 0.12
    assert _chooser().choose([rule]) is None


def test_the_chooser_gives_a_quote_only_to_a_person_and_never_decides_a_question_put_to_someone():
    rule = _cand(None, ["rule"], nobody=1.0)
    body = _cand("the-hill", ["cue_subject"], kind="organization", subj_of_cue=1.0)
    assert _chooser().choose([rule, body]) is None
    asked = _cand(None, ["rule"], nobody=1.0, asked=1.0)
    person = _cand("dana-marsh", ["cue_subject"], subj_of_cue=1.0)
    assert scope(asked) is None and _chooser().choose([asked, person]) is None
    assert scope(rule) == "none" and _chooser().choose([rule, person]) is person
    assert scope(_cand("dana-marsh", ["rule"])) == "actor"


def test_the_chooser_reads_the_weights_as_a_logistic_regression():
    ch = _chooser()
    assert ch.probability("actor", {"a:subj_of_cue": 1.0}) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert ch.probability("actor", {"unknown": 5.0}) == pytest.approx(1 / (1 + math.exp(2.0)))


# -- the measuring script --------------------------------------------------------------------------
def test_the_readers_gain_counts_a_wrong_speaker_twice_a_right_one():
    T = _script()
    rows = [{"right": [False, True], "names": ["Kessler", "Marsh"]},  # wrong -> right: +3
            {"right": [True, False], "names": ["Marsh", "Kessler"]},  # right -> wrong: -3
            {"right": [False, True], "names": [None, "Marsh"]},  # none -> right: +1
            {"right": [False, False], "names": [None, "Kessler"]},  # none -> wrong: -2
            {"right": [False, False], "names": ["Lee", "Kessler"]},  # wrong -> another wrong: 0
            {"right": [False, True], "names": [None, "Marsh"]}]  # below the threshold: kept
    scores = [[0.9], [0.9], [0.9], [0.9], [0.9], [0.4]]
    out = T.tally(rows, scores, 0.5)
    assert out == {"gain": -1, "fixed": 2, "broken": 1, "wrong_for_wrong": 1, "wrong_for_none": 1, "changed": 5}
    assert T.tally(rows, scores, 0.95)["changed"] == 0


def test_the_exported_chooser_gives_the_fitted_models_probabilities():
    T = _script()
    pairs = [{"a:x": 1.0, "r:y": 0.0}, {"a:x": 0.0, "r:y": 1.0}, {"a:x": 1.0, "r:y": 1.0}, {"a:x": 0.0, "r:y": 0.0}]
    rows = [{"pairs": [p], "right": [not (k % 2), bool(k % 2)], "features": [{"bias": 1.0}], "actor": [True, True]}
            for k, p in enumerate(pairs * 3)]
    vec, model = T._fit(rows, 1.0)
    data = T.export({"actor": (vec, model), "none": (vec, model)}, {"actor": 0.6, "none": None}, 1.0, "one")
    ch = Chooser(data)
    for p in pairs:
        assert ch.probability("actor", p) == pytest.approx(model.predict_proba(vec.transform([p]))[0, 1], abs=1e-4)
    assert data["scopes"]["none"]["threshold"] is None


# -- the cue that governs the quote, with the model ------------------------------------------------
def _listed(nlp, text: str):
    from newsgraph.actors import resolve
    from newsgraph.quotes import quote_candidates

    doc = nlp(text)
    return quote_candidates(doc, resolve(doc))


@pytest.mark.model
def test_the_subject_of_the_cue_that_governs_the_quote_is_marked(nlp):
    listed = _listed(nlp, 'Dana Marsh, the mayor, spoke on Monday. "We will rebuild the bridge by spring," '
                          'Tom Kessler said.')
    found, cands = listed[0]
    by_name = {c.actor: c for c in cands}
    kessler = next(c for a, c in by_name.items() if a and "kessler" in a)
    assert kessler.features["subj_of_cue"] == 1.0 and kessler.features["path=nsubj|0"] == 1.0
    assert kessler.features["q_before_cue"] == 1.0 and kessler.features["cue_lemma=say"] == 1.0
    assert kessler.features["own_cue_is_rules"] == 1.0 and kessler.features["cue_governs"] == 1.0
    marsh = next((c for a, c in by_name.items() if a and "marsh" in a), None)
    if marsh is not None:  # named in the sentence before: no path to the cue
        assert marsh.features.get("subj_of_cue", 0.0) == 0.0 and marsh.features.get("path=other_sent") == 1.0


@pytest.mark.model
def test_a_name_after_a_dash_signs_the_quote_before_it(nlp):
    text = ("Readers wrote to us about the debate.\n\n“The mayor did not answer a single question.” \u2015 Dana Marsh "
            "“Nobody on that stage spoke about the bridge.” \u2015 Tom Kessler")
    listed = _listed(nlp, text)
    second = next(cands for found, cands in listed if found.quote.text.startswith("Nobody"))
    signs = {c.actor: (c.features.get("signs_this"), c.features.get("signs_before")) for c in second if c.actor}
    marsh = next((v for a, v in signs.items() if "marsh" in a), None)
    kessler = next((v for a, v in signs.items() if "kessler" in a), None)
    assert kessler == (1.0, None)
    assert marsh is None or marsh == (None, 1.0)


@pytest.mark.model
def test_find_quotes_lets_a_chooser_replace_the_rules_speaker(nlp, monkeypatch):
    from newsgraph.actors import resolve
    from newsgraph.quotes import _extract

    text = ('Dana Marsh, the mayor, spoke on Monday. "We will rebuild the bridge by spring," Tom Kessler said. '
            '"It will cost less than the old one."')

    def speakers():
        doc = nlp(text)
        table = resolve(doc)
        names = {a.id: a.name for a in table.actors}
        return [(names.get(f.quote.speaker or ""), f.quote.speaker_text) for f in _extract.find_quotes(doc, table)]

    monkeypatch.setattr(_extract, "load_chooser", lambda: None)
    rules = speakers()
    assert rules[0][0] is not None and "Kessler" in rules[0][0]
    # a chooser sure of every other person: the mayor named before replaces the tag's name
    always = Chooser({"scopes": {"actor": {"threshold": 0.5, "intercept": 10.0, "weights": {}},
                                 "none": {"threshold": None, "intercept": 0.0, "weights": {}}}})
    monkeypatch.setattr(_extract, "load_chooser", lambda: always)
    chosen = speakers()
    assert chosen[0][0] is not None and "Marsh" in chosen[0][0]
    assert chosen[0][1] in ("Dana Marsh", "the mayor", "mayor")  # the phrase that names her nearest the quote
