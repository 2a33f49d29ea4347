"""A party's stated refusal with no verb of saying, and an unwillingness named (issue #17, session 47, recall47).

Of the misses of the five types the corpus annotates most (ACCUSE, REQUEST, REJECT, ASSAULT, CONSULT), the
refusals told as a negated future of a cooperative or yielding act ("will not agree to", "would not negotiate",
"would never yield") are REJECT in the annotation; the events stage read them so only under a verb of saying
("said it would not meet"). ``events._refusal.refused_outright`` reads the same statement in the reporter's own
clause, dated as a statement. And "unwillingness" is a lexicon noun of REJECT.
The rules alone, on invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.events._lexicon import lexicon
from newsgraph.events._refusal import refused_outright

from test_events import find, run


def test_unwillingness_is_a_refusal_noun():
    assert [e.type for e in lexicon().nouns["unwillingness"]] == ["REJECT"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Senate Democrats will not agree to cut the agency's budget.", "agree"),
    ("The governor would not negotiate with the union on the pension plan.", "negotiate"),
    ("The rebels met the envoy but would not back down.", "back"),
])
def test_a_stated_refusal_is_reject(nlp, text, word):
    e = find(run(nlp, text), "REJECT")
    assert e.trigger["text"] == word
    assert not e.negated  # the refusal itself happened; the act refused is the negated one


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "If the president won't negotiate, the party will blame him.",  # supposed, not stated
    "Reporters will not be allowed to visit the base.",  # a permission withheld from them, no refusal of theirs
    "The envoy could not meet the minister on Monday.",  # what was possible, not what the party will do
    "The rebels made clear they would not back down.",  # under a verb not classed as saying: measured, left out
])
def test_no_refusal_where_none_is_stated(nlp, text):
    assert not [e for e in run(nlp, text) if e.event == "REJECT"]


@pytest.mark.model
def test_refused_outright_reads_the_clause(nlp):
    doc = nlp("Ruritania will not sign the treaty, and its neighbours would never accept it.")
    verbs = {t.lower_: t for t in doc if t.pos_ == "VERB"}
    assert refused_outright(verbs["sign"]) and refused_outright(verbs["accept"])
    doc = nlp("The minister said on Monday that Ruritania will not sign the treaty.")
    assert not refused_outright(next(t for t in doc if t.lower_ == "sign"))  # the verb of saying's rule reads it
    doc = nlp("The deal that the rebels would not accept collapsed.")
    assert not refused_outright(next(t for t in doc if t.lower_ == "accept"))  # a relative clause names a kind


@pytest.mark.model
def test_a_stated_refusal_is_dated_as_a_statement(nlp):
    # the future of the act refused ("would not negotiate") puts no date after the report on the refusal
    e = find(run(nlp, "The governor would not negotiate with the union."), "REJECT")
    assert e.date is not None and e.date["precision"] == "before" and e.date["end"] == "2021-10-19"
