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
    """A multinomial logistic model: one weight table per class, probabilities by softmax."""

    classes: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    about: dict[str, Any]

    def probabilities(self, names: list[str]) -> dict[str, float]:
        scores = {c: sum(self.weights[c].get(n, 0.0) for n in names) for c in self.classes}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SoftmaxModel":
        classes = tuple(data["classes"])
        return cls(classes=classes, about=data.get("about", {}),
                   weights={c: {str(k): float(v) for k, v in data["weights"][c].items()} for c in classes})


@functools.lru_cache(maxsize=8)
def load_softmax_file(*parts: str) -> SoftmaxModel | None:
    """The multinomial model shipped at ``newsgraph/data/<parts>``, or None."""
    data = _data_file(parts)
    return None if data is None else SoftmaxModel.from_dict(data)
