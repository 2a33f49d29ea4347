"""A linear model over named binary features, as the learned stages ship it: a JSON file of weights.

The events decider and the actor filter are logistic regressions trained on the annotated corpus by
scripts in ``scripts/``; at run time a probability is the logistic of the sum of the weights of the
features that hold, so no learning library is needed and loading takes milliseconds.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from typing import Any

__all__ = ["LinearModel", "SoftmaxModel", "bucket", "fold_dense", "load_model_file", "load_softmax_file",
           "standardised"]


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """A count as a feature value: the first edge it does not exceed, or '>last'."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def standardised(dense: Any, scale: float) -> tuple[Any, Any, Any]:
    """The rows of the matrix ``dense`` (the parser's vectors beside binary features) centred and scaled
    on themselves, multiplied by ``scale`` (which weighs them against the binary features under one C),
    with the centre and the multipliers that ``fold_dense`` folds back: (rows, mean, multipliers)."""
    mean, sd = dense.mean(axis=0), dense.std(axis=0) + 1e-6
    mult = scale / sd
    return (dense - mean) * mult, mean, mult


def fold_dense(coef: Any, mean: Any, mult: Any) -> tuple[Any, Any]:
    """The weights over the raw vectors of a model fitted on ``standardised`` ones, and the offset the
    centring adds to each score: (x - mean) * mult @ coef = x @ w - mean @ w, with w = coef * mult.
    ``coef`` is a vector (one score) or a (dimensions x classes) matrix."""
    w = coef * (mult[:, None] if coef.ndim == 2 else mult)
    return w, -(mean @ w)


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    threshold: float
    about: dict[str, Any]
    # optional dense part: a weight vector over a vector of numbers given beside the names (the
    # parser's token vectors), its centring and scaling folded into the weights and the bias
    dense: Any = field(default=None, compare=False)  # an array: compared apart (numpy's == is elementwise)

    def probability(self, names: list[str], dense: Any = None) -> float:
        z = sum(map(self.weights.get, names, repeat(0.0)))  # in order, as a generator would
        if dense is not None and self.dense is not None:
            z += float(dense @ self.dense)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LinearModel":
        dense = data.get("dense")
        if dense is not None:
            import numpy as np

            dense = np.asarray(dense, dtype="float64")
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   threshold=float(data["threshold"]), about=data.get("about", {}), dense=dense)


def _data_file(parts: tuple[str, ...]) -> dict[str, Any] | None:
    path = resources.files("newsgraph").joinpath("data", *parts)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=8)
def load_model_file(*parts: str) -> LinearModel | None:
    """The model shipped at ``newsgraph/data/<parts>``, or None when the package has none."""
    table = _prebuilt_models().get("/".join(parts))
    if table is not None and table["kind"] == "linear":
        return _linear_from_table(table)
    data = _data_file(parts)
    return None if data is None else LinearModel.from_dict(data)


@dataclass(frozen=True)
class SoftmaxModel:
    """A multinomial logistic model: one weight table per class, probabilities by softmax.

    ``threshold`` is the probability a class other than the first needs to be chosen, where the
    model's user applies one (0 when the model file gives none)."""

    classes: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    about: dict[str, Any]
    threshold: float = 0.0
    # optional per-class thresholds (class -> probability), overriding ``threshold`` for their classes
    thresholds: dict[str, float] | None = None
    # optional dense part: a (dimensions x classes) weight matrix and a per-class offset over a vector
    # the model's user supplies (the proposer: the parser's token vectors), already standardised
    dense: Any = None
    dense_bias: Any = None

    def class_threshold(self, cls: str) -> float:
        """The probability ``cls`` needs to be chosen: its own threshold, else the model's."""
        return self.threshold if self.thresholds is None else self.thresholds.get(cls, self.threshold)

    def dense_scores(self, x: Any) -> Any:
        """Each class's score from the dense part for the rows of ``x`` (zeros without one)."""
        import numpy as np

        if self.dense is None:
            return np.zeros((len(x), len(self.classes)))
        return np.asarray(x, dtype="float64") @ self.dense + self.dense_bias

    @functools.cached_property
    def _table(self) -> tuple[dict[str, int], Any]:
        # feature -> row of a (features x classes) weight matrix: a word's scores are one indexed sum
        import numpy as np

        index: dict[str, int] = {}
        for c in self.classes:
            for name in self.weights[c]:
                index.setdefault(name, len(index))
        matrix = np.zeros((len(index) + 1, len(self.classes)))  # the last row: unknown features
        for k, c in enumerate(self.classes):
            for name, w in self.weights[c].items():
                matrix[index[name], k] = w
        return index, matrix

    @functools.cached_property
    def _cache(self) -> dict[tuple[str, ...], Any]:
        return {}

    @functools.cached_property
    def _prefixes(self) -> dict[str, bool]:
        return {}

    def weighs(self, prefix: str) -> bool:
        """Whether any feature the model has a weight for starts with ``prefix`` (a family of features its
        user may then skip computing when the model has none of them; remembered per prefix)."""
        known = self._prefixes
        if prefix not in known:
            known[prefix] = any(name.startswith(prefix) for name in self._table[0])
        return known[prefix]

    def scores(self, names) -> Any:
        """Each class's summed weight over ``names`` (a numpy vector in the order of ``classes``)."""
        index, matrix = self._table
        unknown = len(index)
        return matrix[list(map(index.get, names, repeat(unknown)))].sum(axis=0)

    def cached_scores(self, names: tuple[str, ...]) -> Any:
        """``scores`` of a feature tuple that recurs (a word's own features), remembered (up to a bound)."""
        cache = self._cache
        found = cache.get(names)
        if found is None:
            found = self.scores(names)
            if len(cache) < 50000:
                cache[names] = found
        return found

    def vector(self, names: list[str], base: Any = None) -> Any:
        """The class probabilities as a numpy vector, given ``names`` (plus ``base``, scores already summed)."""
        import numpy as np

        scores = self.scores(names)
        if base is not None:
            scores = scores + base
        exp = np.exp(scores - scores.max())
        return exp / exp.sum()

    def vectors(self, rows: list[list[str]], bases: list[Any]) -> Any:
        """``vector`` for many rows at once (a matrix, one row of probabilities per row of names)."""
        import numpy as np

        index, matrix = self._table
        unknown = len(index)
        flat: list[int] = []
        starts: list[int] = []
        get, unknowns = index.get, repeat(unknown)
        for names in rows:
            starts.append(len(flat))
            flat.extend(map(get, names, unknowns))
            if len(flat) == starts[-1]:
                flat.append(unknown)  # an empty row sums the zero row
        scores = np.add.reduceat(matrix[flat], starts, axis=0) + np.asarray(bases)
        exp = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)

    def best(self, names: list[str], dense: Any = None) -> str:
        """The most probable class given the features ``names`` and, for a model with a dense part,
        the vector ``dense`` (ignored when None or when the model has none)."""
        base = self.dense_scores(dense[None, :])[0] if dense is not None and self.dense is not None else None
        return self.classes[int(self.vector(names, base).argmax())]

    def probabilities(self, names: list[str], base: Any = None) -> dict[str, float]:
        """Each class's probability given the features ``names`` (plus ``base``, scores already summed)."""
        return {c: float(v) for c, v in zip(self.classes, self.vector(names, base), strict=True)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SoftmaxModel":
        import numpy as np

        classes = tuple(data["classes"])
        dense = data.get("dense")
        thresholds = data.get("thresholds")
        return cls(classes=classes, about=data.get("about", {}), threshold=float(data.get("threshold", 0.0)),
                   thresholds=None if thresholds is None else {str(k): float(v) for k, v in thresholds.items()},
                   weights={c: {str(k): float(v) for k, v in data["weights"][c].items()} for c in classes},
                   dense=None if dense is None else np.asarray(dense["weights"], dtype="float64"),
                   dense_bias=None if dense is None else np.asarray(dense["bias"], dtype="float64"))


@functools.lru_cache(maxsize=8)
def load_softmax_file(*parts: str) -> SoftmaxModel | None:
    """The multinomial model shipped at ``newsgraph/data/<parts>``, or None."""
    table = _prebuilt_models().get("/".join(parts))
    if table is not None and table["kind"] == "softmax":
        return _softmax_from_table(table)
    data = _data_file(parts)
    return None if data is None else SoftmaxModel.from_dict(data)


# -- prebuilt: the shipped models as scripts/build_prebuilt.py pickles them ------------------------------
# Reading the models' JSON (1.8 MB, 60,000 weights) and indexing the proposer's weights into its matrix
# cost about 70 ms on the first document of every process; the prebuilt ``models`` table holds them
# converted (weights as floats, each softmax model's feature index and matrices as raw bytes),
# which loads in a few milliseconds. The JSON files stay the source (the training scripts write them).
MODEL_FILES = ("events/proposer.json", "events/decider.json", "events/modality.json", "events/sentences.json",
               "actors/keeper.json", "actors/sectors.json")


@functools.lru_cache(maxsize=1)
def _prebuilt_models() -> dict[str, dict[str, Any]]:
    from ._prebuilt import load

    return load("models", checked=True) or {}  # a model retrained since the build is read from its JSON


def _array_table(a: Any) -> tuple[bytes, tuple[int, ...]]:
    import numpy as np

    a = np.ascontiguousarray(a, dtype="float64")
    return a.tobytes(), tuple(a.shape)


def _array(table: tuple[bytes, tuple[int, ...]]) -> Any:
    import numpy as np

    raw, shape = table
    return np.frombuffer(raw, dtype="float64").reshape(shape)


def _sparse_table(a: Any) -> tuple[tuple[int, ...], bytes, bytes, bytes]:
    # a weight matrix is mostly zeros (a feature has weights for few classes): its non-zero cells only
    import numpy as np

    rows, cols = np.nonzero(a)
    return tuple(a.shape), rows.astype("int32").tobytes(), cols.astype("int32").tobytes(), \
        np.ascontiguousarray(a[rows, cols], dtype="float64").tobytes()


def _from_sparse(table: tuple[tuple[int, ...], bytes, bytes, bytes]) -> Any:
    import numpy as np

    shape, rows, cols, values = table
    a = np.zeros(shape)
    a[np.frombuffer(rows, dtype="int32"), np.frombuffer(cols, dtype="int32")] = np.frombuffer(values, dtype="float64")
    return a


def model_tables() -> dict[str, dict[str, Any]]:
    """What ``scripts/build_prebuilt.py`` ships as the prebuilt ``models`` table: each model file of
    ``MODEL_FILES`` read from its JSON, as plain data (dicts, tuples, strings, floats, bytes)."""
    out: dict[str, dict[str, Any]] = {}
    for name in MODEL_FILES:
        data = _data_file(tuple(name.split("/")))
        if data is None:
            continue
        if "classes" in data:
            m = SoftmaxModel.from_dict(data)
            index, matrix = m._table
            out[name] = {"kind": "softmax", "classes": m.classes, "weights": m.weights, "about": m.about,
                         "threshold": m.threshold, "thresholds": m.thresholds, "features": tuple(index), "matrix": _sparse_table(matrix),
                         "dense": None if m.dense is None else _array_table(m.dense),
                         "dense_bias": None if m.dense_bias is None else _array_table(m.dense_bias)}
        else:
            lm = LinearModel.from_dict(data)
            out[name] = {"kind": "linear", "weights": lm.weights, "threshold": lm.threshold, "about": lm.about,
                         "dense": None if lm.dense is None else _array_table(lm.dense)}
    return out


def _linear_from_table(t: dict[str, Any]) -> LinearModel:
    dense = t.get("dense")
    return LinearModel(weights=t["weights"], threshold=t["threshold"], about=t["about"],
                       dense=None if dense is None else _array(dense))


def _softmax_from_table(t: dict[str, Any]) -> SoftmaxModel:
    model = SoftmaxModel(classes=t["classes"], weights=t["weights"], about=t["about"], threshold=t["threshold"],
                         thresholds=t.get("thresholds"),
                         dense=None if t["dense"] is None else _array(t["dense"]),
                         dense_bias=None if t["dense_bias"] is None else _array(t["dense_bias"]))
    # the feature index and matrix that ``_table`` would build from the weights, as it built them
    model.__dict__["_table"] = ({name: k for k, name in enumerate(t["features"])}, _from_sparse(t["matrix"]))
    return model
