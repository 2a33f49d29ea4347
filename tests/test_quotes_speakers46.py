"""The candidates the speaker rules consider for a quote, and the learned chooser among them (issue #20,
session 46). Invented sentences only."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import newsgraph.actors  # noqa: F401  (the package's import order: actors before quotes)
from newsgraph.quotes._chooser import Candidate, Chooser, decides, load_chooser, pair_features

ROOT = Path(__file__).resolve().parents[1]


def _cand(actor, proposers, **features):
    return Candidate(actor, None, set(proposers), {"bias": 1.0, **features})


# -- the chooser, without the model ---------------------------------------------------------------
def test_only_a_quote_the_rules_give_no_actor_is_decided():
    assert decides(_cand(None, ["rule"], nobody=1.0))
    assert not decides(_cand("dana-marsh", ["rule"]))
    chooser = Chooser({"a:by=before": 10.0}, -5.0, 0.5)
    spoken = [_cand("dana-marsh", ["rule"]), _cand("lee-kessler", ["before"], **{"by=before": 1.0})]
    assert chooser.pick(spoken) is None  # the rules named an actor: it stands, whatever the score
    unspoken = [_cand(None, ["rule"], nobody=1.0), _cand("lee-kessler", ["before"], **{"by=before": 1.0})]
    assert chooser.pick(unspoken) is unspoken[1]


def test_the_rules_choice_stands_below_the_margin_and_alone():
    weak = Chooser({"a:by=before": 0.1}, 0.0, 0.5)  # p = 0.525
    unspoken = [_cand(None, ["rule"], nobody=1.0), _cand("lee-kessler", ["before"], **{"by=before": 1.0})]
    assert weak.pick(unspoken) is unspoken[1]
    assert Chooser(weak.weights, 0.0, 0.6).pick(unspoken) is None
    assert weak.pick(unspoken[:1]) is None  # no other candidate


def test_the_best_other_candidate_wins_and_the_first_on_a_tie():
    chooser = Chooser({"a:by=after": 3.0, "a:by=before": 2.0}, -1.0, 0.5)
    cands = [_cand(None, ["rule"], nobody=1.0), _cand("a", ["before"], **{"by=before": 1.0}),
             _cand("b", ["after"], **{"by=after": 1.0}), _cand("c", ["after"], **{"by=after": 1.0})]
    assert chooser.pick(cands).actor == "b"


def test_pair_features_cross_each_proposer_with_what_the_rules_chose():
    rule = _cand(None, ["rule"], no_actor=1.0, words=1.0)
    other = _cand("a", ["before", "lead_in"], same_sent=1.0, **{"by=before": 1.0, "by=lead_in": 1.0})
    x = pair_features(rule, other)
    assert x["a:by=before"] == 1.0 and x["r:words"] == 1.0
    assert x["x:before|words"] == x["x:lead_in|words"] == 1.0
    assert x["y:before|far"] == 1.0  # the rules' choice is not placed in the quote's sentence
    person = _cand("b", ["rule"], same_sent=1.0, **{"actor=person": 1.0})
    assert pair_features(person, other)["x:before|person"] == 1.0
    assert pair_features(person, other)["y:before|same"] == 1.0


def test_the_bundled_chooser_is_whole():
    chooser = load_chooser()
    assert chooser is not None
    data = json.loads((ROOT / "src" / "newsgraph" / "data" / "quotes" / "speakers.json").read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["coef"]) == len(chooser.weights)
    assert 0.5 <= chooser.margin < 1.0
    assert all(k.startswith(("a:", "r:", "x:", "y:")) for k in chooser.weights)


def test_the_training_script_counts_quotes_turned_right_and_wrong():
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_speakers

    rows = [{"right": [False, True, False]}, {"right": [True, False]}, {"right": [False]}]
    scores = [[0.9, 0.2], [0.7], []]
    assert train_speakers._outcome(rows, scores, 0.5) == (1, 1, 1)
    assert train_speakers._outcome(rows, scores, 0.8) == (2, 1, 0)
    assert train_speakers._outcome(rows, scores, 0.95) == (1, 0, 0)


# -- the candidates, with the model --------------------------------------------------------------
def _listed(nlp, text: str):
    from newsgraph.actors import resolve
    from newsgraph.quotes import quote_candidates

    doc = nlp(text)
    return quote_candidates(doc, resolve(doc))


def test_the_rules_choice_comes_first_with_the_rules_that_name_it(nlp):
    listed = _listed(nlp, 'Dana Marsh, the mayor, spoke to reporters on Monday. "We will rebuild the bridge by spring," '
                          'Marsh said.')
    assert len(listed) == 1
    found, cands = listed[0]
    assert cands[0].actor == found.quote.speaker is not None and "rule" in cands[0].proposers
    assert {"cue_subject", "lead_in"} <= cands[0].proposers  # "Marsh said"; the sentence before is hers
    assert "bias" in cands[0].features and cands[0].features.get("by=rule") == 1.0


def test_a_quote_given_to_a_document_lists_the_person_named_before(nlp):
    listed = _listed(nlp, "The council met on Monday to vote on the budget. Dana Marsh, the mayor, sat at the end "
                          "of the table.\n\nA new poll found that most residents want the bridge rebuilt before "
                          "the winter.")
    found, cands = next((f, c) for f, c in listed if f.quote.text.startswith("that most residents"))
    assert found.quote.speaker is None and found.quote.attributed_to  # the poll speaks: no actor
    assert cands[0].actor is None and cands[0].features.get("no_actor") == 1.0
    marsh = [c for c in cands[1:] if c.actor is not None]
    assert marsh and {"before", "lead_in"} <= marsh[0].proposers
    assert marsh[0].features["paras"] == 1.0 and marsh[0].span is not None


def test_find_quotes_takes_the_chooser_only_where_it_is_on(nlp, monkeypatch):
    from newsgraph.actors import resolve
    from newsgraph.quotes import _extract, find_quotes

    text = ("The council met on Monday to vote on the budget. Dana Marsh, the mayor, sat at the end of the "
            "table.\n\nA new poll found that most residents want the bridge rebuilt before the winter.")
    eager = Chooser({"x:before|words": 10.0}, -5.0, 0.5)  # any person named before beats the text's own words
    monkeypatch.setattr(_extract, "load_chooser", lambda: eager)

    def poll(learned: bool):
        doc = nlp(text)
        table = resolve(doc)
        found = next(f for f in find_quotes(doc, table, learned=learned) if f.quote.text.startswith("that most"))
        return found, table

    rules, _ = poll(False)
    assert rules.quote.speaker is None and rules.quote.attributed_to
    chosen, table = poll(True)
    assert table.get(chosen.quote.speaker).name == "Dana Marsh"
    assert chosen.quote.attributed_to is None and chosen.quote.speaker_text  # the words that name her


@pytest.mark.parametrize("learned", [False, True])
def test_a_speaker_the_rules_name_is_never_replaced(nlp, learned):
    from newsgraph.actors import resolve
    from newsgraph.quotes import find_quotes

    doc = nlp('Lee Kessler spoke first. "The budget is a disgrace," Dana Marsh said on Tuesday.')
    table = resolve(doc)
    (found,) = find_quotes(doc, table, learned=learned)
    assert table.get(found.quote.speaker).name == "Dana Marsh"


def test_a_question_put_to_someone_is_never_given_the_one_asked(nlp, monkeypatch):
    from newsgraph.actors import resolve
    from newsgraph.quotes import _extract, find_quotes

    monkeypatch.setattr(_extract, "load_chooser", lambda: Chooser({}, 10.0, 0.5))  # every other candidate wins
    doc = nlp("The minister, asked whether the strike would end, said it would end soon.")
    table = resolve(doc)
    asked = next(f.quote for f in find_quotes(doc, table) if f.quote.text == "whether the strike would end")
    assert asked.attitude == "question" and asked.cue == "ask"
    assert asked.speaker is None  # the unnamed asker's, not the minister's
