"""The memoised token embeddings give exactly the vectors, and so the annotations, of the original layers."""

from __future__ import annotations

import numpy
import pytest

from conftest import corpus_texts


def _small_tok2vec():
    """A tiny untrained-but-initialised spaCy CNN tok2vec on a blank English pipeline: no model needed."""
    import spacy
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model

    nlp = spacy.blank("en")
    model = build_Tok2Vec_model(
        MultiHashEmbed(width=16, attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"], rows=[500, 100, 200, 200],
                       include_static_vectors=False),
        MaxoutWindowEncoder(width=16, window_size=1, maxout_pieces=3, depth=2))
    docs = [nlp(t) for t in ("The talks resumed in Doha on Monday.", "Officials said the talks would resume.",
                             "Envoy quits; talks stall.", "")]
    model.initialize(X=docs[:2])
    return nlp, model, docs


def _memoised(model, max_rows):
    from newsgraph import _embed

    class Pipe:  # what install() reads from a pipeline: (name, component with .model)
        def __init__(self, m):
            self.model = m

    class Pipeline:
        pipeline = [("tok2vec", Pipe(model))]

    assert _embed.install(Pipeline(), max_rows=max_rows) == 1
    assert _embed.install(Pipeline(), max_rows=max_rows) == 0  # installing twice changes nothing
    (memo,) = _embed.installed(Pipeline())
    return memo


def test_memo_returns_the_original_vectors_cold_warm_and_when_full():
    nlp, model, docs = _small_tok2vec()
    # batches whose words overlap, more distinct rows in all than the memo holds
    batches = [docs] + [[nlp(" ".join(f"w{(7 * b + i) % 60}" for i in range(12)) + " talks")] for b in range(12)] + [docs]
    batches.append([nlp(" ".join(f"x{i}" for i in range(40)))])  # more new rows at once than half the memo: no memo
    expected = [model.predict(batch) for batch in batches]
    memo = _memoised(model, max_rows=32)
    full = False
    for batch, want in zip(batches, expected):
        got = model.predict(batch)
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert g.shape == w.shape and numpy.array_equal(g, w)
        assert len(memo.index) == len(memo.keys) <= 32
        assert all(memo.index[key] == slot for slot, key in enumerate(memo.keys))
        full = full or len(memo.keys) > 20
    assert full and memo.computed < memo.lookups  # it filled, made room, and served rows from the table
    assert model.to_bytes()  # the memo is no model attribute thinc tries to serialise


def test_memo_keeps_the_most_used_rows_when_full():
    nlp, model, _ = _small_tok2vec()
    memo = _memoised(model, max_rows=16)
    for _ in range(3):
        model.predict([nlp("the the the talks")])
    for b in range(4):  # new words until the memo is full and halves
        model.predict([nlp(" ".join(f"n{b}_{i}" for i in range(6)))])
    the = nlp.make_doc("the")
    assert len(memo.keys) <= 16
    before = memo.computed
    model.predict([the])  # "the", the most used row, is still held
    assert memo.computed == before


def test_memo_shares_rows_between_repeated_words():
    nlp, model, _ = _small_tok2vec()
    memo = _memoised(model, max_rows=1000)
    model.predict([nlp("the the the the cat")])
    assert len(memo.index) == 2  # "the" once, "cat" once


def test_training_takes_the_original_path():
    nlp, model, docs = _small_tok2vec()
    memo = _memoised(model, max_rows=1000)
    out, backprop = model.begin_update(docs[:2])
    assert len(out) == 2 and not memo.index and callable(backprop)


@pytest.mark.model
def test_pipeline_with_memo_equals_the_original_model(nlp, sample_text):
    from newsgraph import _attrs, _blas, _embed
    from newsgraph.nlp import load_model

    original = load_model.__wrapped__(fast=False)  # the same pipeline (paragraph breaks, cached attributes,
    _attrs.install(original)  # the same library multiplying matrices), without the memo
    _blas.install(original)
    assert not _embed.installed(original) and original.pipe_names == nlp.pipe_names
    assert len(_embed.installed(nlp)) == 2  # the shared tok2vec and the NER's own
    texts = [sample_text, "Envoy quits. Talks stall in Doha; the U.S. says it will wait.", ""]
    texts += corpus_texts(8)
    tokens = 0
    for _ in range(2):  # cold memo, then warm
        for a, b in zip(original.pipe(texts), nlp.pipe(texts)):
            assert numpy.array_equal(a.tensor, b.tensor)
            assert [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a] == \
                   [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b]
            tokens += len(a)
    assert tokens > 1000
