"""The layers' matrix products through numpy's OpenBLAS give the annotations BLIS gives."""

from __future__ import annotations

import os

import numpy
import pytest

from conftest import corpus_texts


def _small_tok2vec():
    """A tiny initialised CNN tok2vec on a blank English pipeline: no model needed."""
    import spacy
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, MultiHashEmbed, build_Tok2Vec_model

    nlp = spacy.blank("en")
    model = build_Tok2Vec_model(
        MultiHashEmbed(width=16, attrs=["NORM", "PREFIX", "SHAPE"], rows=[500, 100, 200], include_static_vectors=False),
        MaxoutWindowEncoder(width=16, window_size=1, maxout_pieces=3, depth=2))
    docs = [nlp(t) for t in ("The talks resumed in Doha on Monday.", "Officials said the talks would resume.")]
    model.initialize(X=docs)
    return model, docs


class _Pipeline:  # what install() reads from a pipeline: (name, component with .model)
    def __init__(self, model):
        pipe = type("Pipe", (), {})()
        pipe.model = model
        self.pipeline = [("tok2vec", pipe)]


def test_install_switches_the_layers_only_of_the_pipeline_given():
    from thinc.api import get_current_ops

    from newsgraph import _blas

    if _blas.openblas() is None or not _blas.row_invariant():
        pytest.skip(f"the pipeline keeps BLIS here: {_blas.describe()}")
    model, docs = _small_tok2vec()
    before = model.predict(docs)
    shared = get_current_ops()
    assert _blas.install(_Pipeline(model)) == len(list(model.walk()))
    assert _blas.install(_Pipeline(model)) == 0  # installing twice changes nothing
    assert all(not node.ops.use_blis for node in model.walk())
    assert shared.use_blis and get_current_ops() is shared  # other pipelines in the process keep theirs
    after = model.predict(docs)
    for a, b in zip(before, after):
        assert a.shape == b.shape and numpy.allclose(a, b, atol=1e-5)
    assert "OpenBLAS" in _blas.describe()


@pytest.mark.parametrize("width_in, width_out", [(96, 50), (96, 74), (64, 96), (96, 384), (288, 288), (576, 288)])
def test_a_row_of_a_product_does_not_depend_on_the_rows_beside_it(width_in, width_out):
    # the shapes of en_core_web_sm's layers (tagger, NER and parser outputs, the parsers' feature layers,
    # the CNN, the embedding mix): a token's vector must not change with the batch it is parsed in
    from newsgraph import _blas

    if _blas.openblas() is None or not _blas.row_invariant():
        pytest.skip(f"the pipeline keeps BLIS here: {_blas.describe()}")
    rng = numpy.random.default_rng(7)
    X = rng.standard_normal((3000, width_in)).astype("float32")
    W = rng.standard_normal((width_out, width_in)).astype("float32")
    ops = _blas._ops()
    whole = ops.gemm(X, W, trans2=True)
    for start, rows in ((0, 1), (5, 2), (100, 3), (7, 16), (900, 40), (1000, 257), (0, 2999)):
        part = ops.gemm(X[start:start + rows], W, trans2=True)
        assert part.shape == (rows, width_out)
        assert numpy.array_equal(part, whole[start:start + rows]), (start, rows)
    out = numpy.empty((3, width_out), dtype="float32")
    assert ops.gemm(X[:3], W, trans2=True, out=out) is out and numpy.array_equal(out, whole[:3])


@pytest.mark.model
def test_pipeline_with_openblas_annotates_as_with_blis(nlp, sample_text):
    from newsgraph import _attrs, _blas, _embed
    from newsgraph.nlp import load_model

    if _blas.openblas() is None or not _blas.row_invariant():
        pytest.skip(f"the pipeline keeps BLIS here: {_blas.describe()}")
    original = load_model.__wrapped__(fast=False)  # the same pipeline with BLIS
    _attrs.install(original)
    _embed.install(original)
    assert original.pipe_names == nlp.pipe_names
    texts = [sample_text, "Envoy quits. Talks stall in Doha; the U.S. says it will wait.", ""] + corpus_texts(20)
    tokens = 0
    for a, b in zip(original.pipe(texts), nlp.pipe(texts)):
        assert [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in a] == \
               [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in b]
        tokens += len(a)
    assert tokens > 1000


def test_haswell_class_processors_get_the_sandybridge_kernels_before_numpy_loads(monkeypatch):
    import sys

    from newsgraph import _cpu

    monkeypatch.delenv("OPENBLAS_CORETYPE", raising=False)
    monkeypatch.delitem(sys.modules, "numpy")  # as in a process that has not loaded it yet
    monkeypatch.setattr(sys, "platform", "linux")
    assert _cpu.prefer_row_invariant_kernels({"avx", "avx2", "fma"}) == "Sandybridge"
    assert os.environ["OPENBLAS_CORETYPE"] == "Sandybridge"
    monkeypatch.delenv("OPENBLAS_CORETYPE")
    assert _cpu.prefer_row_invariant_kernels({"avx", "avx2", "avx512f"}) is None  # SkylakeX kernels: invariant
    assert _cpu.prefer_row_invariant_kernels({"avx"}) is None  # Sandybridge already
    assert "OPENBLAS_CORETYPE" not in os.environ
    monkeypatch.setenv("OPENBLAS_CORETYPE", "Zen")  # the user's choice stays
    assert _cpu.prefer_row_invariant_kernels({"avx", "avx2"}) is None and os.environ["OPENBLAS_CORETYPE"] == "Zen"


def test_nothing_is_chosen_once_numpy_is_loaded(monkeypatch):
    import sys

    from newsgraph import _cpu

    monkeypatch.delenv("OPENBLAS_CORETYPE", raising=False)
    assert "numpy" in sys.modules
    assert _cpu.prefer_row_invariant_kernels({"avx", "avx2"}) is None
    assert "OPENBLAS_CORETYPE" not in os.environ


def test_kernels_whose_rows_depend_on_their_neighbours_keep_blis(monkeypatch):
    from newsgraph import _blas

    if _blas.openblas() is None:
        pytest.skip("numpy's BLAS is not an OpenBLAS found here: the pipeline keeps BLIS")
    model, _docs = _small_tok2vec()
    monkeypatch.setitem(_blas._STATE, "invariant", False)
    assert _blas.install(_Pipeline(model)) == 0
    assert all(getattr(node.ops, "use_blis", True) for node in model.walk())
    assert _blas.describe().startswith("BLIS (")
