"""Two readings of agreements (issue #17, session 43, recall43): a deal told as reached, struck or announced
is its making, SUPPORT as a deal signed is (corpus guidelines 2.2), where the lexicon read the deal noun
as AGREE; and a conflict act agreed to or offered is the agreement (AGREE), not a threat, where a vow of
one stays the threat (PLOVER: intended conflict actions are threats). The rules alone, on invented
sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _told_done
from newsgraph.events._coding import CODING
from newsgraph.events._lexicon import _parse, lexicon

from test_events import find, run


def test_the_lexicon_reads_the_done_condition():
    lex = _parse("V reach SUPPORT - 057 obj=deal done phrase\nV reach CONSULT - 040\n")
    first = lex.verbs["reach"][0]
    assert first.done and first.phrase and first.obj == frozenset({"deal"})
    assert not lex.verbs["reach"][1].done


def test_the_bundled_deal_verbs_need_a_deal_told_as_done():
    for verb in ("reach", "strike", "clinch", "conclude", "announce"):
        entry = next(e for e in lexicon().verbs[verb] if e.type == "SUPPORT")
        assert entry.done and entry.phrase and {"deal", "agreement", "accord"} <= entry.obj


def test_the_words_of_consent_are_no_vows():
    words = CODING.words
    assert {"agree", "accept", "offer"} <= words["consent"]
    assert not words["consent"] & words["commissive"]


@pytest.mark.parametrize(("text", "word", "done"), [
    ("The two sides reached a deal on Tuesday.", "reached", True),
    ("The two sides have reached a deal.", "reached", True),
    ("A deal was struck late on Monday.", "struck", True),
    ("The two sides hope to reach a deal.", "reach", False),
    ("The two sides would have reached a deal.", "reached", False),
    ("The sanctions end once a deal is reached.", "reached", False),
    ("The two sides did not reach a deal.", "reach", False),
    ("Any deal reached in the talks will be void.", "reached", False),
])
def test_a_verb_told_as_done(nlp, text, word, done):
    assert _told_done(_word(nlp(text), word)) is done


@pytest.mark.parametrize(("text", "word"), [
    ("Norway and Chile reached an agreement on fishing rights on Tuesday.", "reached"),
    ("Norway and Chile have struck a deal on fishing rights.", "struck"),
    ("Norway and Chile announced an agreement on fishing rights.", "announced"),
])
def test_a_deal_told_as_reached_is_its_making(nlp, text, word):
    e = find(run(nlp, text), "SUPPORT")
    assert e.trigger["text"] == word and e.cameo == "057"


@pytest.mark.parametrize("text", [
    "Norway and Chile hope to reach an agreement on fishing rights.",
    "Norway and Chile are trying to strike a deal on fishing rights.",
])
def test_a_deal_sought_is_not_made(nlp, text):
    assert not [e for e in run(nlp, text) if e.event == "SUPPORT"]


@pytest.mark.parametrize(("text", "word"), [
    ("Mexico agreed to deploy its troops along the border.", "agreed"),
    ("Pyongyang agreed to ban the group's leaders from traveling abroad.", "agreed"),
])
def test_a_conflict_act_agreed_to_is_the_agreement(nlp, text, word):
    events = run(nlp, text)
    assert find(events, "AGREE").trigger["text"] == word
    assert not [e for e in events if e.event == "THREATEN"]


def test_a_conflict_act_vowed_stays_a_threat(nlp):
    events = run(nlp, "Mexico vowed to deploy its troops along the border.")
    assert find(events, "THREATEN").trigger["text"] == "vowed"
