"""Which candidates become events (issue #17 (a), session 25): a verb of naming that only gives a
thing its name ("a militia called the Northern Guard", "what the mayor called a new era", "the plan
is called Harvest", "the movement calls itself X") judges nothing: neither its lexicon entry nor the
learned proposer makes it a trigger. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _find_triggers, _names_only, _verb_entry
from newsgraph.events._lexicon import lexicon


def test_the_verbs_of_naming_are_those_with_a_pred_entry():
    lex = lexicon()
    assert {"call", "brand", "label"} <= lex.naming
    assert "praise" not in lex.naming


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "only"), [
    ("A militia called the Northern Guard seized the bridge.", "called", True),
    ("The rebels attacked what the mayor called a new era of peace.", "called", True),
    ("The plan is called Harvest by its authors.", "called", True),
    ("The movement calls itself the voice of the farmers.", "calls", True),
    ("The senator called the proposal a disgrace on Monday.", "called", False),
    ("Officials called the shelling a crime against the town.", "called", False),
    ("The witness was called to testify before the committee.", "called", False),
    ("A party newspaper called Friday for a boycott of the vote.", "called", False),
    ("An army newspaper called Sunday on soldiers to stay in their barracks.", "called", False),
])
def test_a_naming_that_only_names(nlp, text, word, only):
    assert _names_only(_word(nlp(text), word)) is only


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A militia called the Northern Guard seized the bridge.",
    "The rebels attacked what the mayor called a new era of peace.",
    "The movement calls itself the voice of the farmers.",
])
def test_a_name_given_is_no_trigger(nlp, text):
    doc = nlp(text)
    word = next(t for t in doc if t.lemma_ == "call")
    assert _verb_entry(word, lexicon().verbs["call"]) is None or _verb_entry(word, lexicon().verbs["call"]).type != "ACCUSE"
    # the proposer's choice, whatever its type, is not taken either
    triggers = _find_triggers(next(iter(doc.sents)), lexicon(), {word.i: "ACCUSE"})
    assert word.i not in {t.tok.i for t in triggers}


@pytest.mark.model
def test_a_judgement_by_naming_stays_a_trigger(nlp):
    doc = nlp("The senator called the proposal a disgrace on Monday.")
    word = _word(doc, "called")
    triggers = _find_triggers(next(iter(doc.sents)), lexicon(), {word.i: "REQUEST"})
    assert [t.entry.type for t in triggers if t.tok.i == word.i] == ["ACCUSE"]


@pytest.mark.model
def test_a_statement_calling_something_a_name_judges(nlp):
    assert not _names_only(_word(nlp("Ruritania issued a statement calling the raid a crime."), "calling"))


@pytest.mark.model
def test_a_promise_to_label_something_judges(nlp):
    doc = nlp("He broke his promise to label the regime a sponsor of terror.")
    assert not _names_only(_word(doc, "label"))
