"""The learned sentence coder: which PLOVER event types a sentence tells, read from the whole sentence.

The lexicon and the word-level proposer find an event where one word tells it. Much of what the
annotators code is told by no such word: a criticism in a quoted judgement ("has insulted our
farmers badly," X said), a meeting in a dateline and a list of topics, an attack in a casualty
count. On the corpus's dev split more than half of the annotated events have no candidate at their
trigger. Event coders of the POLECAT kind code sentences, not words, for this reason.

This model reads the sentence as a whole: its content lemmas, named-entity types, root, a few
dependency pairs, quotation marks, and the mean of the parser's token vectors (``doc.tensor``). For
each PLOVER type an independent logistic regression (one-vs-rest: a sentence may tell several) gives
the probability that the sentence tells an event of that type. Where the probability reaches the
model's threshold and the word-level coder kept no event of that type in the sentence, the event is
added, with the word the proposer finds most likely to tell that type as its trigger, so that the
parse rules attach its participants, date and place as for any trigger. Its ``confidence`` is the
sentence probability.

The model is trained on the corpus's train split and its regularisation and threshold are chosen on
the dev split by ``scripts/train_sentences.py``; it ships as feature weights
(``data/events/sentences.json``, see ``newsgraph._linear``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .._linear import SoftmaxModel, load_softmax_file
from ..nlp import head_indices, labels, span_text, tokens
from ._lexicon import Lexicon, lemmas

__all__ = ["MODEL_FILE", "sentence_model", "features", "dense_row", "probabilities", "wanted"]

MODEL_FILE = "sentences.json"
_CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX", "PART"})
_ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp"})
_QUOTES = frozenset('"\u201c\u201d')


def sentence_model() -> SoftmaxModel | None:
    """The shipped model (one weight table per PLOVER type), or None when the package has none."""
    return load_softmax_file("events", MODEL_FILE)


def features(sent: Any, lex: Lexicon) -> list[str]:
    """The names of the binary features that hold for one sentence."""
    out = {"bias"}
    doc = sent.doc
    # the document's columns (lemma, part of speech, dependency, entity type, head), not Token reads
    lems, pos, deps, ents, heads = lemmas(doc), labels(doc, "POS"), labels(doc, "DEP"), labels(doc, "ENT_TYPE"), \
        head_indices(doc)
    toks = tokens(doc)
    for i in range(sent.start, sent.end):
        lem = lems[i]
        dep = deps[i]
        if (pos[i] in _CONTENT_POS and not toks[i].is_stop) or dep == "neg":
            out.add(f"w={lem}")
        if ents[i]:
            out.add(f"ent={ents[i]}")
        if dep == "ROOT":
            out.add(f"root={lem}")
        if lem in lex.reporting:
            out.add("reporting")
        if dep in _ARG_DEPS:
            out.add(f"dep={dep}|{lems[heads[i]]}")
    if not _QUOTES.isdisjoint(span_text(doc, sent.start, sent.end)):  # a quotation mark in it
        out.add("quote")
    return sorted(out)


def dense_row(sent: Any) -> Any:
    """The mean of the parser's token vectors over the sentence, or None when the document has none."""
    tensor = getattr(sent.doc, "tensor", None)
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(sent.doc) or tensor.shape[1] == 0:
        return None
    if sent.end <= sent.start:
        return None
    # ``mean(axis=0)``'s own sum and division, as numpy's ``_mean`` makes them (the same ufuncs and
    # casting, so the same bits), without its Python wrapper: one call per sentence
    total = np.add.reduce(tensor[sent.start:sent.end], axis=0)
    return np.true_divide(total, np.intp(sent.end - sent.start), out=total, casting="unsafe", subok=False)


def probabilities(model: SoftmaxModel, names: list[str], dense: Any = None) -> dict[str, float]:
    """Each type's probability: the classes are independent logistic models, not a softmax."""
    scores = model.scores(names)
    if dense is not None and model.dense is not None:
        scores = scores + model.dense_scores([dense])[0]
    # the scores as Python floats in one call (``float`` of each numpy scalar is the same value, slower)
    return {c: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))) for c, s in zip(model.classes, scores.tolist(),
                                                                              strict=True)}


def wanted(model: SoftmaxModel, probs: dict[str, float], have: set[str]) -> list[tuple[str, float]]:
    """(type, probability) of each type the sentence tells at the model's threshold that is not in
    ``have`` (the types the word-level coder kept in it), most probable first; ``probs`` are the model's
    ``probabilities`` for the sentence."""
    out = [(t, p) for t, p in probs.items() if p >= model.threshold and t not in have]
    return sorted(out, key=lambda x: -x[1])
