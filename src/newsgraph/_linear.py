"""A linear model over named binary features, as the learned stages ship it: a JSON file of weights.

The events decider and the actor filter are logistic regressions trained on the annotated corpus by
scripts in ``scripts/``; at run time a probability is the logistic of the sum of the weights of the
features that hold, so no learning library is needed and loading takes milliseconds.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["LinearModel", "SoftmaxModel", "bucket", "load_model_file", "load_softmax_file"]


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """A count as a feature value: the first edge it does not exceed, or '>last'."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


@dataclass(frozen=True)
class LinearModel:
    weights: dict[str, float]
    threshold: float
    about: dict[str, Any]

    def probability(self, names: list[str]) -> float:
        z = sum(self.weights.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LinearModel":
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   threshold=float(data["threshold"]), about=data.get("about", {}))


def _data_file(parts: tuple[str, ...]) -> dict[str, Any] | None:
    path = resources.files("newsgraph").joinpath("data", *parts)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=8)
def load_model_file(*parts: str) -> LinearModel | None:
    """The model shipped at ``newsgraph/data/<parts>``, or None when the package has none."""
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

    @functools.cached_property
    def _by_feature(self) -> dict[str, list[tuple[int, float]]]:
        # feature -> (class index, weight): one lookup per feature instead of one per feature and class
        out: dict[str, list[tuple[int, float]]] = {}
        for k, c in enumerate(self.classes):
            for name, w in self.weights[c].items():
                out.setdefault(name, []).append((k, w))
        return out

    @functools.cached_property
    def _cache(self) -> dict[tuple[str, ...], list[float]]:
        return {}

    def scores(self, names) -> list[float]:
        """Each class's summed weight over ``names``."""
        scores = [0.0] * len(self.classes)
        table = self._by_feature
        for n in names:
            for k, w in table.get(n, ()):
                scores[k] += w
        return scores

    def cached_scores(self, names: tuple[str, ...]) -> list[float]:
        """``scores`` of a feature tuple that recurs (a word's own features), remembered (up to a bound)."""
        cache = self._cache
        found = cache.get(names)
        if found is None:
            found = self.scores(names)
            if len(cache) < 50000:
                cache[names] = found
        return found

    def probabilities(self, names: list[str], base: list[float] | None = None) -> dict[str, float]:
        """Each class's probability given the features ``names`` (plus ``base``, scores already summed)."""
        scores = self.scores(names)
        if base is not None:
            scores = [a + b for a, b in zip(scores, base, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: v / total for c, v in zip(self.classes, exp, strict=True)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SoftmaxModel":
        classes = tuple(data["classes"])
        return cls(classes=classes, about=data.get("about", {}), threshold=float(data.get("threshold", 0.0)),
                   weights={c: {str(k): float(v) for k, v in data["weights"][c].items()} for c in classes})


@functools.lru_cache(maxsize=8)
def load_softmax_file(*parts: str) -> SoftmaxModel | None:
    """The multinomial model shipped at ``newsgraph/data/<parts>``, or None."""
    data = _data_file(parts)
    return None if data is None else SoftmaxModel.from_dict(data)
