"""Criticism and praise told as nouns and adjectives (issue #17, session 34): a noun of disapproval with
the party it comes from ("objections from Democrats", "concern from Vietnam"), and a stance
told by its holder's predicate adjective with what it is about ("was deeply dismayed by the executions",
"is highly critical of Y", "I am grateful to Y"). The rules' candidates, before the decider, on invented
sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events._coding import CODING
from newsgraph.events._lexicon import lexicon
from newsgraph.events._stance import stance

from test_events import _table
from test_events_told_acts import candidates


def test_the_stance_words_leave_out_worry_and_doubt():
    against, praise = CODING.words["stance_against"], CODING.words["stance_for"]
    assert {"critical", "angry", "disappointed", "outraged", "dismayed"} <= against
    assert {"grateful", "thankful", "supportive"} <= praise
    # a worry or a doubt told is mostly no act (train: 2 of 9 "concerned", 0 of 8 "worried" coded)
    assert not {"concerned", "worried", "alarmed", "skeptical", "opposed"} & (against | praise)
    assert not against & praise


def test_nouns_of_feeling_are_events_only_with_whom_they_come_from():
    nouns = lexicon().nouns
    assert [e.type for e in nouns["objection"]] == ["ACCUSE"]
    # "concerns about the economy": a mood; "opposition" mostly a standing view, with or without "from"
    assert {e.prep for e in nouns["concern"]} == {"from"}
    assert "opposition" not in nouns
    # as a phrase the proposer does not read the type into every "concern"
    assert all(e.phrase for e in nouns["concern"])


def _stance_of(nlp, text, word):
    doc = nlp(text)
    return stance(_word(doc, word), _table(doc))


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Karzai has been highly critical of Russia.", "critical", ("ACCUSE", ["karzai"], ["russia"])),
    # the one dismayed holds the stance, not the passive's "by" agent
    ("Ban was deeply dismayed by the execution of Nimr in Saudi Arabia.", "dismayed", ("ACCUSE", ["ban"], [])),
    ("Germany was angry with Russia over the annexation.", "angry", ("ACCUSE", ["germany"], ["russia"])),
    ("Obama is grateful to Merkel for her support.", "grateful", ("SUPPORT", ["obama"], ["merkel"])),
])
def test_a_stance_with_what_it_is_about_is_an_act_of_its_holder(nlp, text, word, want):
    found = _stance_of(nlp, text, word)
    assert found is not None
    (etype, _mode, _cameo), _head, actor, recipient, _first = found
    assert (etype, actor, recipient[:len(want[2])]) == want


@pytest.mark.parametrize(("text", "word"), [
    ("Voters in Ohio are angry.", "angry"),  # a mood, about nothing
    ("Merkel is not angry with Putin.", "angry"),  # denied
    ("Merkel would be angry with Putin if he moved troops.", "angry"),  # possible
    ("It is critical that Russia withdraws.", "critical"),  # no holder: urgency, not criticism
    ("Merkel is worried about Putin.", "worried"),  # a worry, no criticism (not a stance word)
])
def test_no_stance(nlp, text, word):
    assert _stance_of(nlp, text, word) is None


def test_a_first_person_stance_waits_for_the_speaker(nlp):
    found = _stance_of(nlp, "\u201cI am disappointed with Kerry,\u201d Begich said.", "disappointed")
    assert found is not None
    assert found[2] == [] and found[4] and found[3] == ["kerry"]


@pytest.mark.parametrize(("text", "word", "actor", "recipient"), [
    ("Germany was angry with Russia over the annexation.", "angry", ["germany"], ["russia"]),
    # the one dismayed holds the stance, not the passive's "by" agent
    ("Germany was deeply dismayed by the annexation of Crimea by Russia.", "dismayed", ["germany"], None),
])
def test_a_stance_is_a_candidate_at_its_adjective(nlp, text, word, actor, recipient):
    e = next(e for e in candidates(nlp, text) if e.event == "ACCUSE")
    assert e.trigger["text"] == word and e.actor == actor
    assert recipient is None or e.recipient == recipient


def test_objections_from_a_party_are_its_criticism(nlp):
    events = candidates(nlp, "The senate passed the bill over objections from Germany.")
    e = next(e for e in events if e.event == "ACCUSE")
    assert e.trigger["text"] == "objections" and e.actor == ["germany"]


def test_concerns_about_a_matter_are_no_candidate(nlp):
    events = candidates(nlp, "Germany has concerns about the economy.")
    assert not [e for e in events if e.trigger and e.trigger["text"] == "concerns"]


def _requests(nlp, text):
    return [e for e in candidates(nlp, text) if e.event == "REQUEST"]


def test_a_quoted_demand_with_no_verb_of_saying_waits_for_the_speaker(nlp):
    found = _requests(nlp, "\u201cIran should change course.\u201d The minister spoke on Monday.")
    assert [(e.actor, e.recipient, e.trigger["text"]) for e in found] == [([], ["iran"], "change")]


@pytest.mark.parametrize("text", [
    "Under the law, aid to Egypt must be suspended after a coup.",  # a rule, no one's demand
    "\u201cWe must stand with Israel.\u201d The senator spoke on Monday.",  # the speaker's own duty
    "\u201cIran should have changed course.\u201d The minister spoke on Monday.",  # past: a reproach
    "Iran should change course in the view of many analysts.",  # no quotation, no verb of saying
])
def test_no_spoken_demand(nlp, text):
    assert not [e for e in _requests(nlp, text) if e.recipient]
