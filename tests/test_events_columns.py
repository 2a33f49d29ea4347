"""The events stage's shortcuts give what they replace: the per-document children lists are each token's
children, the two-word context keys are found as the word-pair look-up found them, and the sentence's
mean vector is numpy's ``mean`` to the bit."""

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.events import _context, _sentence
from newsgraph.nlp import child_indices, children_lists, release

WORDS = ["The", "two", "sides", "signed", "a", "deal", "on", "trade", "and", "agreed", "to", "talks", "."]
HEADS = [2, 2, 3, 3, 5, 3, 5, 6, 3, 3, 11, 9, 3]
DEPS = ["det", "nummod", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "conj", "aux", "xcomp", "punct"]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)


def test_children_lists_are_each_token_s_children_in_text_order():
    doc = _doc()
    kids = children_lists(doc)
    assert kids == [[c.i for c in t.children] for t in doc]
    assert kids == [child_indices(t) for t in doc]
    assert kids[3] == [2, 5, 8, 9, 12]  # left and right children, nearest left first in text order
    assert children_lists(doc) is kids  # built once per document
    release(doc)
    assert not any(key.startswith("newsgraph.") for key in doc.user_data if isinstance(key, str))


def _contexts_by_every_pair(lems: list[str]) -> list[str]:
    # the look-up as it was: the word, else the pair with the word before, for every word
    found, prev = set(), None
    for lem in lems:
        ctx = _context._INDEX.get(lem)
        if ctx is None and prev is not None:
            ctx = _context._INDEX.get(f"{prev}_{lem}")
        if ctx is not None:
            found.add(ctx)
        prev = lem
    return [c for c in _context._KEYWORDS if c in found]


def test_two_word_context_keys_are_found_after_their_opening_word():
    pairs = [k.split("_", 1) for k in _context._INDEX if k.count("_") == 1]
    assert pairs, "the contexts table has two-word keys"
    for first, second in pairs[:50]:
        assert first in _context._OPENERS
        words = ["the", first, second, "."]
        doc = Doc(Vocab(), words=words, lemmas=words)
        got = _context.contexts(doc[:])
        assert got == _contexts_by_every_pair(words)
        assert _context._INDEX[f"{first}_{second}"] in got or second in _context._INDEX


@pytest.mark.parametrize("n", [1, 2, 7, 40])
def test_sentence_mean_is_numpy_s_mean(n):
    rng = np.random.default_rng(n)
    words = [f"w{k}" for k in range(n + 2)]
    doc = Doc(Vocab(), words=words)
    doc.tensor = rng.standard_normal((len(words), 96)).astype("float32")
    sent = doc[1:n + 1]
    row = _sentence.dense_row(sent)
    expected = doc.tensor[1:n + 1].mean(axis=0)
    assert row.dtype == expected.dtype
    assert row.tobytes() == expected.tobytes()
