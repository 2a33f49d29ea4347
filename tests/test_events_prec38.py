"""Classes of the fresh-news precision audit of session 38 (issue #17, precision): a poll's share is no
actor, regretting another's act is a criticism and regretting what one did not do no concession, an
attack made on Twitter or in an interview is a criticism, and "slated to meet" is a meeting arranged
(events/__init__.py: _poll_share, _regret_reading, _said_in_medium; data/events/modality.txt)."""

from __future__ import annotations

import pytest

from conftest import word_token


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "share"), [
    ("In the survey, 57% of Republicans say they back his policy on trade.", "back", True),
    ("The new poll has the senator ahead. Overall, 40 percent oppose the new tariffs.", "oppose", True),
    ("Among all voters surveyed, just 31% said they support the plan.", "support", True),
    ("The party supplied the votes, with 85 percent backing the trade pact in 2009.", "backing", False),
    ("Most senators say they back the bill.", "back", False),
    ("Ruritania said it would back the plan.", "back", False),
])
def test_a_polls_share_is_no_actor(nlp, text, word, share):
    from newsgraph.events import _poll_share

    assert _poll_share(word_token(nlp(text), word)) is share


@pytest.mark.model
@pytest.mark.parametrize(("text", "reading"), [
    ("Beijing regrets that the United States is leaving the treaty.", "accuse"),
    ("I regret that Ruritania and Borduria have blocked the resolution.", "accuse"),
    ("The president regrets not raising the duties higher.", "none"),
    ("She said she regrets calling them names.", None),
    ("He regrets that he said it.", None),
])
def test_what_regret_tells(nlp, text, reading):
    from newsgraph.events import _regret_reading

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "regret")
    assert _regret_reading(tok) == reading


@pytest.mark.model
@pytest.mark.parametrize(("text", "said"), [
    ("The president attacked the prime minister on Twitter.", True),
    ("The senator attacked the governor in a radio interview.", True),
    ("In his tweets, the candidate attacked his rival.", True),
    ("Gunmen attacked a police post on Tuesday.", False),
    ("Rebels launched an attack on state television.", False),
])
def test_an_attack_made_where_one_speaks_is_a_criticism(nlp, text, said):
    from newsgraph.events import _said_in_medium

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "attack")
    assert _said_in_medium(tok) is said


@pytest.mark.model
def test_slated_to_meet_is_a_meeting_arranged(extractor):
    text = ("The president arrived in Brussels on Tuesday for the summit. He is slated to meet the German "
            "chancellor on Wednesday.")
    from newsgraph.records import Document

    result = extractor(Document(text=text, published="2018-07-10"))
    kinds = {e.event for e in result.events if e.trigger and e.trigger["text"] == "meet"}
    assert kinds == {"AGREE"}
