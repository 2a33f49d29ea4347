"""Memoised token embeddings for spaCy's CNN tok2vec layers, with identical output.

A spaCy ``Tok2Vec`` layer first *embeds* each token (``MultiHashEmbed``: hash embeddings of a few lexical
attributes such as NORM, PREFIX, SUFFIX and SHAPE, concatenated and mixed by a maxout layer with layer
normalisation), then *encodes* it in context (a CNN over a window of neighbours). The embedding of a
token is a function of its attribute values alone: the same word form gets the same vector in every
sentence. News repeats a small vocabulary, so after a few articles almost every token's embedding has
been computed before. In en_core_web_sm the embedding step costs about a seventh of the whole pipeline
(the shared tok2vec and the NER's own tok2vec together); this module computes it once per distinct row
of attribute values and gathers the vectors from a table afterwards.

On a miss the original layers run on the missing rows, so a vector is by construction the one the
original computes for that row. ``tests/test_embed.py`` checks that the embeddings, and the tags,
parses and entities of whole articles, are identical with and without the memo.

The memo is bounded (``MAX_ROWS`` distinct rows per layer; when full, the most used half stays), so a
long run stays memory-flat. Training (``is_train``) always takes the original path. If a model's embedding layer does
not have the shape this module knows, ``install`` leaves it as it is.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy

__all__ = ["install", "installed", "MAX_ROWS"]

MAX_ROWS = 32_768  # distinct attribute rows kept per embedding layer (96 float32 each: 12 MiB)
_MARK = "newsgraph_embed_memo"


class _Memo:
    """The memo of one embedding layer: attribute row (bytes) -> row of ``table``.

    When it is full, the most used half (uses counted since the last time it was full) stays and the rest
    goes, so memory is bounded and the frequent words are never recomputed.
    """

    def __init__(self, mix: Any, width: int, max_rows: int) -> None:
        self.mix = mix  # Ints2d of attribute values -> Floats2d of embeddings (hash embeds + maxout)
        self.width = width
        self.max_rows = max(2, max_rows)
        self.lock = threading.Lock()
        self.lookups = 0  # token rows asked for
        self.computed = 0  # rows the original layers computed (misses)
        self.index: dict[bytes, int] = {}
        self.keys: list[bytes] = []  # slot -> key
        self.table = numpy.zeros((min(1024, self.max_rows), self.width), dtype="float32")
        self.uses = numpy.zeros(self.table.shape[0], dtype="int64")

    def _make_room(self, extra: int) -> None:
        held = len(self.keys)
        if held + extra <= self.max_rows:
            if held + extra > self.table.shape[0]:  # grow, doubling, up to the bound
                size = min(self.max_rows, max(held + extra, 2 * self.table.shape[0]))
                table = numpy.zeros((size, self.width), dtype="float32")
                table[:held] = self.table[:held]
                uses = numpy.zeros(size, dtype="int64")
                uses[:held] = self.uses[:held]
                self.table, self.uses = table, uses
            return
        keep = min(self.max_rows // 2, self.max_rows - extra)
        order = numpy.argsort(-self.uses[:held], kind="stable")[:keep]
        self.table[:keep] = self.table[order]
        self.uses[:keep] = self.uses[order] // 2
        self.uses[keep:] = 0
        self.keys = [self.keys[i] for i in order.tolist()]
        self.index = {key: slot for slot, key in enumerate(self.keys)}

    def rows(self, feats: numpy.ndarray) -> numpy.ndarray:
        """The embeddings of ``feats`` (n x k uint64 attribute values), as an n x width float32 array."""
        n = feats.shape[0]
        if n == 0:
            return numpy.zeros((0, self.width), dtype="float32")
        feats = numpy.ascontiguousarray(feats, dtype="uint64")
        k = feats.shape[1]
        keys = feats.view(numpy.dtype((numpy.void, feats.dtype.itemsize * k))).ravel()
        unique, inverse = numpy.unique(keys, return_inverse=True)
        inverse = inverse.ravel()
        unique_keys = unique.tolist()
        with self.lock:
            self.lookups += n
            if len(unique_keys) > self.max_rows // 2:  # more distinct rows than the memo keeps: no memo
                self.computed += len(unique_keys)
                return self.mix(unique.view("uint64").reshape(len(unique_keys), k))[inverse]
            self._make_room(len(unique_keys))  # before looking up, so no slot found moves afterwards
            found = [self.index.get(key) for key in unique_keys]
            missing = [i for i, slot in enumerate(found) if slot is None]
            if missing:
                self.computed += len(missing)
                fresh = self.mix(feats_of(unique, missing, k))
                start = len(self.keys)
                self.table[start:start + len(missing)] = fresh
                for offset, i in enumerate(missing):
                    key = unique_keys[i]
                    self.index[key] = found[i] = start + offset
                    self.keys.append(key)
            slots = numpy.asarray(found, dtype="int64")
            self.uses[slots] += numpy.bincount(inverse, minlength=len(slots))
            return self.table[slots[inverse]]


def feats_of(unique: numpy.ndarray, chosen: list[int], k: int) -> numpy.ndarray:
    """The attribute rows of ``unique`` (void keys) at positions ``chosen``, as an Ints2d."""
    picked = numpy.ascontiguousarray(unique[numpy.asarray(chosen, dtype="int64")])
    return picked.view("uint64").reshape(len(chosen), k)


def _embedding_chains(model: Any):
    """Every ``MultiHashEmbed`` chain under ``model``: extract_features >> list2ragged >> with_array(concat
    of hash embeds) >> with_array(maxout >> layernorm >> dropout) >> ragged2list."""
    seen: set[int] = set()
    for node in model.walk():
        if id(node) in seen:
            continue
        seen.add(id(node))
        names = [layer.name for layer in node.layers]
        if (len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged"
                and names[4] == "ragged2list" and names[2].startswith("with_array(")
                and names[3].startswith("with_array(maxout")):
            yield node


def _memoise(chain: Any, max_rows: int) -> bool:
    if chain.attrs.get(_MARK):
        return False
    extract, _to_ragged, embeds, mixer, _to_list = chain.layers
    concat = embeds.layers[0]  # with_array(X) holds X as its only layer
    maxout = mixer.layers[0]
    try:
        width = chain.get_dim("nO")
    except ValueError:
        return False
    if not width:
        return False

    def mix(feats):
        return maxout.predict(concat.predict(feats))

    memo = _Memo(mix, width, max_rows)
    original = chain._func

    def forward(model, docs, is_train):
        if is_train:
            return original(model, docs, is_train)
        features = extract.predict(docs)
        lengths = [f.shape[0] for f in features]
        if not features:
            return [], lambda d: []
        allrows = memo.rows(numpy.concatenate(features) if len(features) > 1 else features[0])
        out, start = [], 0
        for n in lengths:
            out.append(allrows[start:start + n])
            start += n
        return out, lambda d: []

    chain._func = forward
    chain.attrs[_MARK] = memo
    return True


def install(nlp: Any, *, max_rows: int = MAX_ROWS) -> int:
    """Memoise every CNN embedding layer of ``nlp``'s trainable components; the number memoised."""
    done = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for chain in _embedding_chains(model):
            done += _memoise(chain, max_rows)
    return done


def installed(nlp: Any) -> list:
    """The memos installed in ``nlp`` (for tests and benchmarks)."""
    out: list = []
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            out.extend(node.attrs[_MARK] for node in model.walk() if node.attrs.get(_MARK))
    return out
