"""``nlp.word_positions`` (session 26, speed30): the tokens the actors stage's whole-document loops stop at,
read from one index of the document's words, are the tokens a scan of every word finds, in text order."""

import random

import spacy
from spacy.tokens import Doc

from newsgraph.nlp import lowers, release, word_positions

_VOCAB = ["the", "It", "it", "who", "Whom", "officials", "administration", "said", "two", "Both", "leaders",
          "Roe", "roe", ",", ".", "they", "Their", "council"]


def _scan(doc, words) -> list[int]:
    return [i for i, w in enumerate(lowers(doc)) if w in words]


def test_positions_are_the_scan_of_every_word_for_small_and_large_word_lists():
    rng = random.Random(30)
    nlp = spacy.blank("en")
    large = frozenset(f"filler{k}" for k in range(500)) | {"officials", "council"}
    for _ in range(100):
        doc = Doc(nlp.vocab, words=[rng.choice(_VOCAB) for _ in range(rng.randint(1, 60))])
        small = set(rng.sample(["it", "who", "whom", "two", "both", "roe", "nothing", "their"], rng.randint(0, 5)))
        counts = {w: 2 for w in small}  # a dict's words, as the callers pass them
        # a long word list as a frozenset, a set and a dict (the agent nouns): walked from the document's side
        for words in (small, counts, large, set(large), dict.fromkeys(large, "GOV"), frozenset()):
            assert word_positions(doc, words) == _scan(doc, words)


def test_positions_of_an_empty_document_and_after_release():
    nlp = spacy.blank("en")
    assert word_positions(Doc(nlp.vocab, words=[]), {"it"}) == []
    doc = Doc(nlp.vocab, words=["It", "said", "it", "would", "."])
    first = word_positions(doc, {"it"})
    assert first == [0, 2]
    first.append(99)  # a caller's list is its own: the shared index is unchanged
    assert word_positions(doc, {"it"}) == [0, 2]
    release(doc)
    assert not any(isinstance(k, str) and k.startswith("newsgraph.") for k in doc.user_data)
    assert word_positions(doc, {"would", "it"}) == [0, 2, 3]


def test_a_word_met_once_is_indexed_by_its_position_alone():
    """Most of a document's words occur once: the index keeps an int for them, not a list, so a document
    adds no collector-tracked object per distinct word (session 30, speed30)."""
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["It", "said", "it", "would", "."])
    assert word_positions(doc, {"would"}) == [3]
    index = next(v for k, v in doc.user_data.items() if k == "newsgraph.positions")[1]
    assert index == {"it": [0, 2], "said": 1, "would": 3, ".": 4}
