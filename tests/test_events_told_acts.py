"""Acts told with a verb of saying or vowing (issue #17, session 31): a vow of a reprisal is a threat and
a vow not to act a refusal (or, for a conflict act, a concession), where the lexicon reads every vow as
AGREE; a reprisal a party will do, told by "said", is a threat; a judgement of another party or of an act
told by "said" is the speaker's criticism (ACCUSE), praise (SUPPORT) or, of a claim called untrue, denial
(REJECT), told at the verb of saying with the party judged as recipient (corpus guidelines 2.1, 2.2;
session 33: an act whose doer is unnamed too). The rules alone, on invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _vowed
from newsgraph.events._coding import CODING
from newsgraph.events._lexicon import lexicon

from test_events import _table, find, run


def candidates(nlp, text, pronoun_to=None):
    """The rules' candidates of every sentence, before the decider (the sentence coder reads every
    sentence, so one with no trigger of the lexicon is coded too, as in a run)."""
    from newsgraph.events import code

    doc = nlp(text)
    collected: list = []
    code(doc, actors=_table(doc, pronoun_to), timexes=[], published="2021-10-19", collect=collected)
    return [event for event, _names, _parts in collected]


def test_the_words_of_vows_reprisals_and_judgements():
    words = CODING.words
    assert {"vow", "pledge", "promise", "swear"} <= words["commissive"]
    assert {"retaliate", "repel", "annex", "justice"} <= words["reprisal"]
    assert {"action", "measure", "revenge"} <= words["vowed_reprisal"]
    assert {"illegal", "nonsense", "racist"} <= words["judged"] | words["blame"]
    assert {"responsible", "guilty"} <= words["culprit"]
    assert {"baseless", "unfounded", "false"} <= words["falsity"] and {"claim", "rumor"} <= words["claim"]
    assert {"rash", "unwise"} <= words["disapproval"] and {"appropriate", "partner"} <= words["approval"]
    # a word of judgement is never one of praise (the praise branch tests the blame words first)
    assert not (words["judged"] | words["culprit"] | words["disapproval"]) & (words["praise"] | words["approval"])


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Iran vowed to retaliate against Israel.", "vowed", "THREATEN"),
    ("Iran vowed it would retaliate against Israel.", "vowed", "THREATEN"),
    ("Seoul vowed to respond in kind to any aggression.", "vowed", "THREATEN"),
    ("The premier pledged to annex the valley.", "pledged", "THREATEN"),
    ("The minister vowed to bring the killers to justice.", "vowed", "THREATEN"),
    ("The minister vowed stronger measures against Pyongyang.", "vowed", "THREATEN"),
    ("Pyongyang pledged to bolster its arsenal unless Washington ends its sanctions.", "pledged", "THREATEN"),
    ("The senators pledged not to vote for the budget.", "pledged", "REJECT"),
    ("Putin promised he would not deploy missiles in Europe.", "promised", "CONCEDE"),
    ("The minister pledged to help the refugees.", "pledged", None),
    ("The premier vowed to stand by her allies.", "vowed", None),
    # another party's act, vowed not to happen, is no refusal of the one who vows
    ("The president vowed that Iran would not build a bomb.", "vowed", None),
])
def test_what_a_vow_is(nlp, text, word, want):
    found = _vowed(_word(nlp(text), word), lexicon())
    assert (found[0] if found else None) == want


def test_a_vow_of_a_reprisal_is_the_vower_s_threat(nlp):
    e = find(run(nlp, "Iran vowed to retaliate against Israel."), "THREATEN")
    assert e.actor == ["iran"] and e.trigger["text"] == "vowed" and e.modality == "asserted"


def test_a_vow_of_cooperation_stays_a_promise(nlp):
    events = run(nlp, "Norway pledged to help Chile.")
    assert find(events, "AGREE").actor == ["norway"]
    assert not [e for e in events if e.event == "THREATEN"]


def test_a_reprisal_told_by_said_is_a_threat_at_the_verb_of_saying(nlp):
    e = find(candidates(nlp, "Norway said it would bring the killers to justice.", "norway"), "THREATEN")
    assert e.actor == ["norway"] and e.trigger["text"] == "said"


@pytest.mark.parametrize(("text", "threat"), [
    ("Norway said it would respond to the letter from Chile.", False),
    ("Norway said it would respond in kind to any attack by Chile.", True),
    ("Norway said it would respond forcefully to Chile.", True),
])
def test_a_response_is_a_reprisal_only_when_told_as_force(nlp, text, threat):
    events = candidates(nlp, text, "norway")
    assert bool([e for e in events if e.event == "THREATEN" and e.trigger["text"] == "said"]) is threat


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "recipient"), [
    # the hand-made table names "Trump" alone: the owner of the ban
    ("Schumer said the Trump administration's ban was illegal.", "ACCUSE", "disapprove", "schumer", "trump"),
    ("The United States says the IRGC is responsible for the attacks.", "ACCUSE", "allege", "united-states",
     "irgc"),
    ("Kelly said McMaster is a fine officer.", "SUPPORT", None, "kelly", "mcmaster"),
    # an act whose doer the sentence leaves unnamed is judged all the same (session 33): no recipient
    ("\"Those tweets are racist,\" said Hurd on Monday.", "ACCUSE", "disapprove", "hurd", None),
    ("Schumer said the attacks on the embassy were unacceptable.", "ACCUSE", "disapprove", "schumer", None),
    ("Rubio said the move was rash and unwise.", "ACCUSE", "disapprove", "rubio", None),
    # a claim called untrue is denied, not criticised
    ("Leung told the public that the rumors were unfounded.", "REJECT", None, "leung", None),
    # an opinion told under a verb of saying is the speaker's verdict
    ("\"I think it is a disaster,\" Cruz said on Sunday.", "ACCUSE", "disapprove", "cruz", None),
])
def test_a_judgement_told_by_said_is_the_speaker_s(nlp, text, etype, mode, actor, recipient):
    events = [e for e in candidates(nlp, text) if e.trigger and e.trigger["text"] in ("said", "says", "told")]
    e = find(events, etype)
    assert e.mode == mode and e.actor == [actor] and e.recipient == ([recipient] if recipient else [])


@pytest.mark.parametrize("text", [
    "Schumer said the economy was weak.",  # a state of things judged, no act of a party
    "Schumer said it was wrong to drag officials into the fight.",  # an act of no one named
    "Schumer said the Trump administration was not wrong.",  # negated
    "Schumer said the ban would be illegal.",  # a judgement told as possible
    "Officials declined to say if Iran was responsible.",  # an open question
    "Diplomats said the French draft is less hostile than the Jordanian one.",  # a comparison
])
def test_a_judgement_of_no_act_of_a_party_is_no_act(nlp, text):
    assert not [e for e in candidates(nlp, text) if e.event in ("ACCUSE", "SUPPORT", "REJECT")]


def test_a_speaker_who_judges_himself_accuses_no_one(nlp):
    events = candidates(nlp, "Schumer said he was wrong.", "schumer")
    assert not [e for e in events if e.event == "ACCUSE" and e.trigger["text"] == "said"]


@pytest.mark.parametrize(("text", "word"), [
    ("Denmark said it would impose new sanctions on the regime next month.", "impose"),
    ("Ottawa intends to terminate the fishing accord.", "terminate"),
])
def test_an_announced_sanction_is_the_act_told_as_future(nlp, text, word):
    # corpus guidelines 2.4 ("plans to impose tariffs" is future): no threat is made of it
    found = candidates(nlp, text, "denmark")
    e = find(found, "SANCTION")
    assert e.trigger["text"] == word and e.modality == "future"
    assert not [x for x in found if x.event == "THREATEN"]


def test_an_announced_sanction_told_in_the_past_tense_comes_after_the_report(nlp):
    e = find(candidates(nlp, "Denmark said on Monday that it would impose new sanctions on the regime.",
                        "denmark"), "SANCTION")
    assert e.date is None or e.date["precision"] != "before"


@pytest.mark.parametrize("text", [
    "Denmark threatened to impose new sanctions on the regime.",
    "Denmark said it would impose new sanctions if the regime kept shelling the town.",
    "Denmark said it would bomb the rebel camps.",
])
def test_a_threatened_conditional_or_violent_announcement_stays_a_threat(nlp, text):
    assert [x for x in candidates(nlp, text, "denmark") if x.event == "THREATEN"]

