"""Reading the annotated corpus (``corpus/`` at the repository root) and checking it is well formed.

Layout (corpus/README.md describes it for people):

- ``annotations/ID.json``: the final (adjudicated) annotation of each article, offsets only;
- ``double/ID.ANNOTATOR.json``: the independent annotations of the doubly annotated articles;
- ``splits.json``: ``{"train": [ids], "dev": [ids], "test": [ids]}``, drawn at random before annotation;
- ``skipped.json``: ``[{"id", "reason"}]``, the pool articles that are not news.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from . import _schema as S

__all__ = ["Corpus", "corpus_root", "load_corpus", "check_record", "SPLITS"]

SPLITS = ("train", "dev", "test")


def corpus_root() -> Path:
    """``$NEWSGRAPH_CORPUS``, else the ``corpus/`` folder of the checkout this package runs from, else
    ``./corpus``."""
    env = os.environ.get("NEWSGRAPH_CORPUS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "corpus" / "splits.json").is_file():
            return parent / "corpus"
    return Path("corpus")


@dataclass
class Corpus:
    root: Path
    annotations: dict[str, dict[str, Any]]
    splits: dict[str, list[str]]
    double: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def ids(self, split: str | None = None) -> list[str]:
        """Annotated article ids (of one split), in pool order."""
        if split is None:
            wanted = set(self.annotations)
        else:
            if split not in self.splits:
                raise EvaluationError(f"no split {split!r}: use one of {', '.join(SPLITS)}")
            wanted = set(self.splits[split]) & set(self.annotations)
        order = [i for s in SPLITS for i in self.splits.get(s, [])]
        rank = {i: n for n, i in enumerate(order)}
        return sorted(wanted, key=lambda i: rank.get(i, len(rank)))


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise EvaluationError(f"cannot read {path}: {e}") from e


def load_corpus(root: Path | None = None) -> Corpus:
    root = Path(root) if root else corpus_root()
    splits_file = root / "splits.json"
    if not splits_file.is_file():
        raise EvaluationError(f"no annotated corpus at {root} (missing splits.json); pass --corpus DIR")
    splits = _read(splits_file)
    annotations = {}
    for f in sorted((root / "annotations").glob("*.json")):
        rec = _read(f)
        annotations[rec["id"]] = rec
    double: dict[str, list[dict[str, Any]]] = {}
    for f in sorted((root / "double").glob("*.json")):
        rec = _read(f)
        double.setdefault(rec["id"], []).append(rec)
    skipped = _read(root / "skipped.json") if (root / "skipped.json").is_file() else []
    return Corpus(root=root, annotations=annotations, splits={k: list(v) for k, v in splits.items()},
                  double=double, skipped=skipped)


def _span_ok(span: Any, n: int) -> bool:
    return (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1] <= n)


def check_record(rec: dict[str, Any], text: str) -> list[str]:
    """Every way one corpus record is malformed against its article's text (empty when well formed)."""
    out: list[str] = []
    n = len(text)

    def need(cond: bool, msg: str) -> None:
        if not cond:
            out.append(f"{rec.get('id')}: {msg}")

    def span(s: Any, what: str, optional: bool = False) -> None:
        if s is None and optional:
            return
        need(_span_ok(s, n), f"{what}: span {s!r} is empty or outside the text ({n} characters)")
        if _span_ok(s, n):
            need(bool(text[s[0]:s[1]].strip()), f"{what}: span {s!r} covers only white space")

    if rec.get("skip"):
        return out
    keys = set()
    for a in rec.get("actors", []):
        keys.add(a["key"])
        need(a.get("kind") in S.KINDS, f"actor {a['key']}: kind {a.get('kind')!r}")
        need(S.check_country(a.get("country")) is None, f"actor {a['key']}: country {a.get('country')!r}")
        need(a.get("sector") is None or a["sector"] in S.SECTORS, f"actor {a['key']}: sector {a.get('sector')!r}")
        for m in a.get("mentions", []):
            span(m, f"actor {a['key']} mention")
    for i, e in enumerate(rec.get("events", []), 1):
        w = f"event {i}"
        need(e.get("type") in S.MODES, f"{w}: type {e.get('type')!r} is not PLOVER 2.0")
        need(e.get("mode") is None or e.get("mode") in S.MODES.get(e.get("type"), ()),
             f"{w}: mode {e.get('mode')!r} is not a mode of {e.get('type')}")
        need(e.get("modality") in S.MODALITIES, f"{w}: modality {e.get('modality')!r}")
        need(isinstance(e.get("negated"), bool), f"{w}: negated must be a boolean")
        span(e.get("trigger"), f"{w} trigger")
        span(e.get("quote"), f"{w} quote")
        for x in e.get("also", []):
            span(x, f"{w} also")
        for role in ("actor", "recipient"):
            for k in e.get(role, []):
                need(k in keys, f"{w}: {role} {k!r} is not an actor key")
            for s in e.get(role + "_spans", []):
                span(s, f"{w} {role} span", optional=True)
        d = e.get("date") or {}
        need(S.check_date(d.get("value")) is None, f"{w}: date {d.get('value')!r}")
        span(d.get("span"), f"{w} date span", optional=True)
    for i, r in enumerate(rec.get("roles", []), 1):
        need(r.get("actor") in keys, f"role {i}: actor {r.get('actor')!r}")
        need(r.get("status") in S.STATUSES, f"role {i}: status {r.get('status')!r}")
        span(r.get("span"), f"role {i}")
    for i, a in enumerate(rec.get("agreements", []), 1):
        span(a.get("span"), f"agreement {i}")
        for k in a.get("parties", []):
            need(k in keys, f"agreement {i}: party {k!r}")
        for c in a.get("commitments", []):
            span(c.get("span"), f"agreement {i} commitment")
    for i, q in enumerate(rec.get("quotes", []), 1):
        need(q.get("speaker") is None or q.get("speaker") in keys, f"quote {i}: speaker {q.get('speaker')!r}")
        need(q.get("kind") in S.QUOTE_KINDS, f"quote {i}: kind {q.get('kind')!r}")
        span(q.get("span"), f"quote {i}")
    return out
