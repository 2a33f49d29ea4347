"""The actor stage's shared readings: one token-to-sentence table per document (``nlp.sentence_index``).
The docs are built by hand, so no model is loaded."""

from __future__ import annotations

from newsgraph.nlp import index_sentences, release, sentence_index

# "Vienna rejected the plan . Envoys met in Vienna ." as two parsed sentences
WORDS = ["Vienna", "rejected", "the", "plan", ".", "Envoys", "met", "in", "Vienna", "."]
HEADS = [1, 1, 3, 1, 1, 6, 6, 6, 7, 6]
DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
POS = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
ENTS = ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]


def _doc():
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ENTS)



def test_sentence_index_is_the_table_index_sentences_keeps():
    doc = _doc()
    want = [0] * 5 + [1] * 5
    assert sentence_index(doc) == want  # a doc not indexed: built, not kept
    assert "sent" not in doc.user_token_hooks
    index_sentences(doc)
    kept = sentence_index(doc)
    assert kept == want and sentence_index(doc) is kept
    release(doc)
    assert sentence_index(doc) is not kept and sentence_index(doc) == want

