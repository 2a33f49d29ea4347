"""The AllSides articles the corpus annotates, read from ``../shared`` (never copied here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..evaluation.plover import _shared_root

__all__ = ["ARTICLES", "POOL", "load_articles", "load_pool"]

ARTICLES = Path("data/news/allsides-political-news/articles.jsonl")
POOL = Path("data/news/allsides-political-news/annotation-pool.txt")


def load_articles(path: Path | None = None, ids: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """Articles by id (only those in ``ids`` when given)."""
    p = path or _shared_root() / ARTICLES
    if not p.is_file():
        raise EvaluationError(f"the corpus articles are not at {p}: lay ../shared beside the checkout "
                              f"or set NEWSGRAPH_SHARED")
    out: dict[str, dict[str, Any]] = {}
    with p.open(encoding="utf-8") as f:
        for line in f:
            if ids is not None and line[8:24] not in ids:  # '{"id": "XXXXXXXXXXXXXXXX"'
                continue
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                out[d["id"]] = d
    return out


def load_pool(path: Path | None = None) -> list[str]:
    p = path or _shared_root() / POOL
    return [line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
