"""TempEval-3 timex scorer: our time stage against TimeML gold files (TimeBank, AQUAINT, ...).

The figures follow the official TempEval-3 evaluation (UzZaman et al. 2013):

- strict extraction: a system timex matches a gold timex when their spans are identical;
- relaxed extraction: a system timex matches a gold timex when their spans overlap;
- type and value: over relaxed-matched pairs. Accuracy is the share of matched pairs with the right
  attribute; attribute F1 counts the matched pairs with the right attribute, with precision over the
  system count and recall over the gold count.

The document text is the content of ``<TEXT>`` with every tag removed (entities decoded); gold spans are
character offsets into that text. The document creation time (``<DCT>``) anchors relative expressions and
is not itself scored.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time as _clock
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["evaluate", "format_report", "read_timeml", "GoldDocument", "GoldTimex", "score", "tally", "to_timeml",
           "value_category", "summarise_mistakes"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]*)\".*?</DCT>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(slots=True)
class GoldTimex:
    text: str
    type: str
    value: str
    span: tuple[int, int]
    mod: str | None = None


@dataclass(slots=True)
class GoldDocument:
    name: str
    subset: str
    dct: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    path: Path | None = None


def _date(value: str) -> dt.date | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_timeml(path: Path, *, subset: str = "") -> GoldDocument:
    """One TimeML file: its creation date, tag-free text and gold TIMEX3 spans in that text."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    m = _DCT.search(raw)
    dct = _date(m[1]) if m else None
    body = _TEXT.search(raw)
    inner = body[1] if body else ""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    pos = 0
    for tag in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if tag[1] != "/":
            open_timex.append((length, dict(_ATTR.findall(tag[3]))))
        elif open_timex:
            start, attrs = open_timex.pop()
            timexes.append(GoldTimex(text="", type=attrs.get("type", ""), value=attrs.get("value", ""),
                                     span=(start, length), mod=attrs.get("mod")))
    out.append(html.unescape(inner[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.span[0]:t.span[1]]
    timexes.sort(key=lambda t: t.span)
    return GoldDocument(name=Path(path).stem, subset=subset, dct=dct, text=text, timexes=timexes, path=Path(path))


def _subset(path: Path, root: Path) -> str:
    rel = path.relative_to(root).parts
    return rel[0] if len(rel) > 1 else root.name


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


class _Counts:
    __slots__ = ("gold", "system", "strict", "relaxed_sys", "relaxed_gold", "matched", "type_ok", "value_ok")
    gold: int
    system: int
    strict: int
    relaxed_sys: int
    relaxed_gold: int
    matched: int
    type_ok: int
    value_ok: int

    def __init__(self) -> None:
        for name in self.__slots__:
            setattr(self, name, 0)

    def add(self, other: "_Counts") -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score(gold: list[Any], system: list[Any]) -> _Counts:
    """Counts for one document; items need ``span``, ``type`` and ``value``."""
    c = _Counts()
    c.gold, c.system = len(gold), len(system)
    gold_spans = {tuple(g.span) for g in gold}
    c.strict = sum(1 for s in system if tuple(s.span) in gold_spans)
    c.relaxed_sys = sum(1 for s in system if any(_overlap(s.span, g.span) > 0 for g in gold))
    c.relaxed_gold = sum(1 for g in gold if any(_overlap(s.span, g.span) > 0 for s in system))
    # one-to-one pairs, largest overlap first, for the attributes
    for i, j in _pairs(gold, system):
        c.matched += 1
        c.type_ok += system[i].type == gold[j].type
        c.value_ok += system[i].value == gold[j].value
    return c


def _prf(hit_p: int, n_sys: int, hit_r: int, n_gold: int) -> dict[str, float]:
    p = hit_p / n_sys if n_sys else 0.0
    r = hit_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _figures(c: _Counts, docs: int) -> dict[str, Any]:
    return {
        "documents": docs,
        "gold": c.gold,
        "system": c.system,
        "strict": _prf(c.strict, c.system, c.strict, c.gold),
        "relaxed": _prf(c.relaxed_sys, c.system, c.relaxed_gold, c.gold),
        "type": {"accuracy": round(c.type_ok / c.matched, 4) if c.matched else 0.0,
                 **_prf(c.type_ok, c.system, c.type_ok, c.gold)},
        "value": {"accuracy": round(c.value_ok / c.matched, 4) if c.matched else 0.0,
                  **_prf(c.value_ok, c.system, c.value_ok, c.gold)},
    }


def _documents(directory: Path, limit: int | None) -> list[GoldDocument]:
    paths = sorted(p for p in directory.rglob("*.tml") if p.is_file())
    if limit is not None:
        paths = paths[:limit]
    return [read_timeml(p, subset=_subset(p, directory)) for p in paths]


def tally(runs: Iterable[tuple[GoldDocument, list[Any]]]) -> dict[str, Any]:
    """``{"subsets": {name: figures}, "overall": figures}`` of (gold document, system timexes) pairs."""
    subsets: dict[str, _Counts] = {}
    ndocs: dict[str, int] = {}
    total = _Counts()
    n = 0
    for gold, system in runs:
        c = score(gold.timexes, system)
        subsets.setdefault(gold.subset, _Counts()).add(c)
        ndocs[gold.subset] = ndocs.get(gold.subset, 0) + 1
        total.add(c)
        n += 1
    return {"subsets": {k: _figures(v, ndocs[k]) for k, v in sorted(subsets.items())},
            "overall": _figures(total, n)}


def evaluate(directory: str | Path, *, model: str | None = None, use_parser: bool = True,
             limit: int | None = None, errors: bool = False,
             write_timeml: str | Path | None = None) -> dict[str, Any]:
    """Score the time stage on every ``.tml`` file under ``directory``.

    Returns ``{"subsets": {name: figures}, "overall": figures, "seconds": ..., "parser": ...}``; with
    ``errors=True`` also ``"errors"`` (every mismatch, see ``_mistakes``) and ``"error_summary"`` (their
    counts by kind and, for wrong values, by ``value_category``). With ``write_timeml`` the system's own
    TimeML file of each document goes to that folder, under the gold file's relative path.
    """
    from ..time import tag

    directory = Path(directory)
    docs = _documents(directory, limit)
    started = _clock.perf_counter()
    parsed: Iterable[Any]
    if use_parser and docs:
        from ..nlp import load_model

        nlp = load_model(model)
        parsed = nlp.pipe((d.text for d in docs), batch_size=16)
    else:
        parsed = (None for _ in docs)
    runs: list[tuple[GoldDocument, list[Any]]] = []
    mistakes: list[dict[str, Any]] = []
    out_dir = Path(write_timeml) if write_timeml is not None else None
    for gold, doc in zip(docs, parsed):
        system = tag(gold.text, published=gold.dct, doc=doc)
        if out_dir is not None:
            target = out_dir / gold.path.relative_to(directory) if gold.path else out_dir / f"{gold.name}.tml"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_timeml(gold.name, gold.text, system, gold.dct), encoding="utf-8")
        runs.append((gold, system))
        if errors:
            mistakes.extend(_mistakes(gold, system))
    result: dict[str, Any] = {**tally(runs), "seconds": round(_clock.perf_counter() - started, 2),
                              "parser": bool(use_parser)}
    if errors:
        result["errors"] = mistakes
        result["error_summary"] = summarise_mistakes(mistakes)
    return result


def summarise_mistakes(mistakes: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts of the mismatches by kind, and of the wrong values by category, most frequent first."""
    kinds: dict[str, int] = {}
    categories: dict[str, int] = {}
    for m in mistakes:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        if m["kind"] == "value":
            categories[m["category"]] = categories.get(m["category"], 0) + 1
    order = ("missed", "spurious", "span", "type", "value")
    return {"kinds": {k: kinds.get(k, 0) for k in order},
            "value_categories": dict(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0])))}


def _pairs(gold: list[Any], system: list[Any]) -> list[tuple[int, int]]:
    """One-to-one (system, gold) index pairs by overlap, largest overlap first: the scorer's matching."""
    ranked = sorted(((_overlap(s.span, g.span), i, j) for i, s in enumerate(system)
                     for j, g in enumerate(gold) if _overlap(s.span, g.span) > 0), reverse=True)
    used_s: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in ranked:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


_PART_SUFFIX = re.compile(r"T(?:MO|AF|EV|NI)$")


def value_category(gold_text: str, gold_type: str, gold_value: str, sys_type: str, sys_value: str) -> str:
    """A descriptive name for how a wrong value differs from the gold one (for error analysis only:
    it says nothing about which of the two is right)."""
    g, v = gold_value, sys_value
    if re.fullmatch(re.escape(v) + r"(?:-XX)+|" + re.escape(v) + r"X+", g) or (
            re.fullmatch(r"\d{2,3}", v) and g.startswith(v) and "X" in g):
        return "gold pads with X"  # 1968 / 1968-XX, 199 / 199X
    if re.fullmatch(r"\d{4}-WXX", g):
        return "gold leaves the week open"  # 1989-W43 / 1989-WXX
    m = re.fullmatch(r"(\d{4})-W(\d)", g)
    if m and v == f"{m[1]}-W0{m[2]}":
        return "gold week number unpadded"  # 2000-W07 / 2000-W7
    if _PART_SUFFIX.sub("", g) == v or _PART_SUFFIX.sub("", v) == g:
        return "part of day"  # 2000-01-05 / 2000-01-05TNI
    try:
        a, b = dt.date.fromisoformat(g[:10]), dt.date.fromisoformat(v[:10])
        if abs((a - b).days) == 7 and re.search(r"(?i)day\b", gold_text):
            return "weekday a week apart"
    except ValueError:
        pass
    if g.startswith("P") != v.startswith("P") and (gold_type == "DURATION") != (sys_type == "DURATION"):
        return "duration against point"  # last week: P1W / 1998-W33
    if g.startswith(v) or v.startswith(g):
        return "coarser or finer"  # a year ago: 1988 / 1988-Q3
    if re.match(r"\d{4}", g) and re.match(r"\d{4}", v) and g[4:] == v[4:]:
        return "another year"
    return "other"


def _mistakes(gold: GoldDocument, system: list[Any]) -> list[dict[str, Any]]:
    """Every way the system differs from the gold file, with the scorer's own pairing: ``missed`` and
    ``spurious`` timexes, ``span`` (overlapping, not identical), ``type`` and ``value`` mismatches."""
    out: list[dict[str, Any]] = []

    def context(span: tuple[int, int]) -> str:
        return gold.text[max(0, span[0] - 60):span[1] + 40].replace("\n", " ")

    def record(kind: str, g: Any = None, s: Any = None, **extra: Any) -> dict[str, Any]:
        r: dict[str, Any] = {"kind": kind, "doc": gold.name, "dct": str(gold.dct) if gold.dct else None}
        if g is not None:
            r["gold"] = {"text": g.text, "type": g.type, "value": g.value, "span": list(g.span)}
        if s is not None:
            r["system"] = {"text": s.text, "type": s.type, "value": s.value, "span": list(s.span)}
        r.update(extra)
        r["context"] = context(tuple((g or s).span))
        return r

    pairs = _pairs(gold.timexes, system)
    paired_s = {i for i, _ in pairs}
    paired_g = {j for _, j in pairs}
    for j, g in enumerate(gold.timexes):
        if j not in paired_g and not any(_overlap(s.span, g.span) > 0 for s in system):
            out.append(record("missed", g=g))
    for i, j in pairs:
        s, g = system[i], gold.timexes[j]
        if tuple(s.span) != tuple(g.span):
            out.append(record("span", g=g, s=s))
        if s.value != g.value:
            out.append(record("value", g=g, s=s, category=value_category(g.text, g.type, g.value, s.type, s.value)))
        elif s.type != g.type:
            out.append(record("type", g=g, s=s))
    for i, s in enumerate(system):
        if i not in paired_s and not any(_overlap(s.span, g.span) > 0 for g in gold.timexes):
            out.append(record("spurious", s=s))
    return out


def to_timeml(name: str, text: str, timexes: Iterable[Any], dct: dt.date | None = None) -> str:
    """A TimeML document of ``text`` with a TIMEX3 tag for each timex (``span``, ``type``, ``value``,
    optional ``mod``) and the creation time in ``<DCT>``: what the TempEval-3 scorer and other TimeML
    tools read. Overlapping timexes keep the first by position."""
    def attr(v: str) -> str:
        return html.escape(v, quote=True)

    parts: list[str] = []
    pos = 0
    n = 0
    for t in sorted(timexes, key=lambda t: (t.span[0], -t.span[1])):
        a, b = t.span
        if a < pos or not 0 <= a < b <= len(text):
            continue
        n += 1
        mod = f' mod="{attr(t.mod)}"' if getattr(t, "mod", None) else ""
        parts.append(html.escape(text[pos:a], quote=False))
        parts.append(f'<TIMEX3 tid="t{n}" type="{attr(t.type)}" value="{attr(t.value)}"{mod}>'
                     f"{html.escape(text[a:b], quote=False)}</TIMEX3>")
        pos = b
    parts.append(html.escape(text[pos:], quote=False))
    head = f"<DOCID>{html.escape(name, quote=False)}</DOCID>\n"
    if dct is not None:
        head += (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
                 f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n')
    return ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
            + head + "<TEXT>" + "".join(parts) + "</TEXT>\n</TimeML>\n")


def format_report(figures: dict[str, Any]) -> str:
    """The figures as a readable table, one row per subset and one overall."""
    head = (f"{'subset':<12}{'docs':>5}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<20}{'relaxed P/R/F1':<20}"
            f"{'type acc/F1':<14}{'value acc/F1':<14}")
    lines = ["TempEval-3 timex evaluation" + (" (with parser)" if figures.get("parser") else " (no parser)"),
             head, "-" * len(head)]

    def row(name: str, f: dict[str, Any]) -> str:
        def prf(d: dict[str, float]) -> str:
            return f"{d['precision']:.3f}/{d['recall']:.3f}/{d['f1']:.3f}"

        return (f"{name:<12}{f['documents']:>5}{f['gold']:>6}{f['system']:>6}  {prf(f['strict']):<20}"
                f"{prf(f['relaxed']):<20}{f['type']['accuracy']:.3f}/{f['type']['f1']:.3f}   "
                f"{f['value']['accuracy']:.3f}/{f['value']['f1']:.3f}")

    for name, f in figures.get("subsets", {}).items():
        lines.append(row(name, f))
    if "overall" in figures:
        lines.append(row("overall", figures["overall"]))
    if "seconds" in figures:
        lines.append(f"({figures['seconds']} s)")
    summary = figures.get("error_summary")
    if summary:
        lines.append("mismatches: " + ", ".join(f"{n} {k}" for k, n in summary["kinds"].items()))
        if summary["value_categories"]:
            lines.append("wrong values by how they differ: "
                         + ", ".join(f"{k} {n}" for k, n in summary["value_categories"].items()))
    return "\n".join(lines)
