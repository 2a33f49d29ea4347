"""The candidates the speaker rules consider for a quote, and what a learned chooser among them would read
(issue #20, session 46; the chooser was measured and not shipped). Invented sentences only."""

from __future__ import annotations

import newsgraph.actors  # noqa: F401  (the package's import order: actors before quotes)
from newsgraph.quotes._chooser import Candidate, decides, may_speak, pair_features


def _cand(actor, proposers, kind="person", **features):
    kinds = {f"actor={kind}": 1.0} if actor is not None else {}
    return Candidate(actor, None, set(proposers), {"bias": 1.0, **kinds, **features})


# -- what a chooser would read -------------------------------------------------------------------
def test_a_chooser_would_decide_only_a_quote_the_rules_give_no_actor_and_not_a_question_put_to_someone():
    assert decides(_cand(None, ["rule"], nobody=1.0))
    assert not decides(_cand("dana-marsh", ["rule"]))
    assert not decides(_cand(None, ["rule"], nobody=1.0, asked=1.0))


def test_a_chooser_would_give_a_quote_only_to_a_person():
    assert may_speak(_cand("dana-marsh", ["before"]))
    assert not may_speak(_cand("the-hill", ["run"], kind="organization"))
    assert not may_speak(_cand(None, ["rule"], nobody=1.0))


def test_pair_features_cross_each_proposer_with_what_the_rules_chose():
    rule = _cand(None, ["rule"], no_actor=1.0, words=1.0)
    other = _cand("a", ["before", "lead_in"], same_sent=1.0, **{"by=before": 1.0, "by=lead_in": 1.0})
    x = pair_features(rule, other)
    assert x["a:by=before"] == 1.0 and x["r:words"] == 1.0
    assert x["x:before|words"] == x["x:lead_in|words"] == 1.0
    assert x["y:before|far"] == 1.0  # the rules' choice is not placed in the quote's sentence
    person = _cand("b", ["rule"], same_sent=1.0)
    assert pair_features(person, other)["x:before|person"] == 1.0
    assert pair_features(person, other)["y:before|same"] == 1.0


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


def test_the_rules_choice_listed_is_what_find_quotes_gives(nlp):
    from newsgraph.actors import resolve
    from newsgraph.quotes import find_quotes, quote_candidates

    text = ("Lee Kessler spoke first. \"The budget is a disgrace,\" Dana Marsh said on Tuesday.\n\n"
            "A new poll found that most residents want the bridge rebuilt.")
    doc = nlp(text)
    listed = quote_candidates(doc, resolve(doc))
    doc = nlp(text)
    found = find_quotes(doc, resolve(doc))
    assert [(f.quote.span, f.quote.speaker, f.quote.speaker_text) for f, _ in listed] == \
        [(f.quote.span, f.quote.speaker, f.quote.speaker_text) for f in found]
    assert all(cands[0].actor == f.quote.speaker and "rule" in cands[0].proposers for f, cands in listed)
