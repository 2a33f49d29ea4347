"""The type of a naming follows what it names (issue #17 (a), session 26): a verb of naming whose
predicate praises ("called the envoy a superb negotiator", "called the accord a historic success") is
SUPPORT, as PLOVER codes praise; an insult, a criticism, or a predicate with no word of either kind
stays the lexicon's ACCUSE; a word of blame ("a historic blunder") or a negation ("not a success")
keeps it a criticism. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph.events import _praises, _verb_entry
from newsgraph.events._coding import CODING
from newsgraph.events._lexicon import lexicon


def test_the_words_of_praise_and_of_blame_are_apart():
    praise, blame, negator = (CODING.words[name] for name in ("praise", "blame", "negator"))
    assert {"great", "historic", "success", "friend"} <= praise
    assert {"blunder", "disaster", "worst"} <= blame
    assert {"not", "never", "no"} <= negator
    assert not praise & blame and not praise & negator


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "praise"), [
    ("The prime minister called the new envoy a superb negotiator on Monday.", "called", True),
    ("The foreign minister called the accord a historic success.", "called", True),
    ("The governor called the senator a true friend of the farmers.", "called", True),
    ("The mayor called the budget very good news for the city.", "called", True),
    ("The senator called the proposal a disgrace on Monday.", "called", False),
    ("The minister called the agreement a historic blunder.", "called", False),
    ("The premier called the treaty the worst deal in a generation.", "called", False),
    ("The opposition labelled the vote a sham.", "labelled", False),
    ("The spokesman called the report politically motivated.", "called", False),
])
def test_a_naming_praises_by_its_words(nlp, text, word, praise):
    assert _praises(_word(nlp(text), word)) is praise


@pytest.mark.model
def test_a_negated_praise_is_no_praise(nlp):
    assert not _praises(_word(nlp("The president did not call the summit a success."), "call"))
    assert not _praises(_word(nlp("The general called the truce no success at all."), "called"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "etype", "cameo"), [
    ("The foreign minister called the accord a historic success.", "called", "SUPPORT", "051"),
    ("The governor called the senator a great friend of the farmers.", "called", "SUPPORT", "051"),
    ("The senator called the proposal a disgrace on Monday.", "called", "ACCUSE", "111"),
    ("The minister called the agreement a historic blunder.", "called", "ACCUSE", "111"),
])
def test_the_type_of_a_naming_follows_its_polarity(nlp, text, word, etype, cameo):
    tok = _word(nlp(text), word)
    entry = _verb_entry(tok, lexicon().verbs[tok.lemma_])
    assert entry is not None
    assert (entry.type, entry.cameo) == (etype, cameo)
    assert entry.mode == ("disapprove" if etype == "ACCUSE" else None)
