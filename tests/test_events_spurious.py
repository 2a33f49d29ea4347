"""Words the rules read as events where the sentence tells none (issue #17, precision): insisting that a
fact holds, suspending what is no tie between parties, failing to do something, alerting someone, troops
stationed somewhere (events/__init__.py, _states_fact; data/events/lexicon.txt)."""

from __future__ import annotations

import pytest

from conftest import word_token
from newsgraph.events import _states_fact, _verb_entry
from newsgraph.events._lexicon import _parse, lexicon


def test_the_lexicon_reads_the_nostatement_condition():
    lex = _parse("V insist REQUEST - 100 nostatement\n")
    assert lex.verbs["insist"][0].nostatement


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senator Roe insisted he was not comparing the governor to the president.",
    "The president insisted that the spies were not abusing their authority.",
    "As for the military, the president insisted that troops will not take the lead.",
])
def test_insisting_that_a_fact_holds_states_it(nlp, text):
    tok = word_token(nlp(text), "insisted")
    assert _states_fact(tok)
    assert _verb_entry(tok, lexicon().verbs["insist"]) is None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The president insisted that Iran release the sailors.",
    "The minister insisted on a vote in parliament.",
    "Italy insisted that any strike must be authorized by the Security Council.",
])
def test_insisting_on_an_act_demands_it(nlp, text):
    tok = word_token(nlp(text), "insisted")
    assert not _states_fact(tok)
    entry = _verb_entry(tok, lexicon().verbs["insist"])
    assert entry is not None and entry.type == "REQUEST"


def _entry(nlp, text: str, word: str):
    tok = word_token(nlp(text), word)
    return _verb_entry(tok, lexicon().verbs.get(tok.lemma_.lower(), []))


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Israel suspended peace talks with the Palestinians.", "suspended", ("REJECT", "meet")),
    ("Washington suspended military aid to Egypt.", "suspended", ("SANCTION", "discontinue")),
    ("The European Union suspended the sanctions on Belarus.", "suspended", ("CONCEDE", None)),
    ("Thick fog forced the authorities to suspend the air search.", "suspend", None),
    ("The Defense Department failed to correct the claims.", "failed", None),
    ("The coalition failed to win enough votes for its budget.", "failed", ("REJECT", None)),
    ("Nobody had alerted the police to his presence in the city.", "alerted", None),
    ("American forces are stationed in Kuwait.", "stationed", None),
])
def test_what_a_verb_of_suspending_failing_alerting_or_stationing_codes(nlp, text, word, want):
    entry = _entry(nlp, text, word)
    assert (None if entry is None else (entry.type, entry.mode)) == want


@pytest.mark.model
def test_what_a_speaker_insists_holds_is_no_act_of_its_own(nlp):
    from newsgraph.events import _find_triggers

    doc = nlp("Asked about the ambassador, the minister insisted he had backed him.")
    words = {t.tok.text for t in _find_triggers(next(iter(doc.sents)), lexicon())}
    assert not words & {"insisted", "backed"}
