"""PETRARCH unit-test scorer: CAMEO root codes and actor codes on ``PETR.UnitTest.records.xml``.

Each ``<Sentence>`` is read on its own (its ``date`` as the published date) through the spaCy model,
the time stage, the actors stage with the suite's validation actor dictionary
(``dictionaries/PETR.Validate.actors.txt``, loaded with ``newsgraph.actors.load_dictionary`` and
passed to ``resolve(..., dictionaries=...)``) and the events stage.

Scoring:

- Only expected codings whose event code is a real CAMEO code (root 01-20) are scored; the suite's
  test-only codes (e.g. 222, 345, 802, 901-905) are counted and reported, not scored.
- **root agreement**: an expected coding agrees when some event coded from the same sentence has a
  CAMEO code with the same root (its first two digits). Several expected codings in one sentence may
  be matched by several events; each predicted event matches at most one expected coding (greedy, in
  order of the expected codings).
- **source / target agreement**: over the agreeing pairs, the event's actor (recipient) list holds an
  actor whose code equals the expected source (target) code, or one of the two codes begins with the
  other (a coarser or finer code of the same actor, "ARN" vs "ARNGOV"). An empty expected code is
  matched by an empty list.
- **PLOVER type agreement**: the same, with each expected code mapped to its PLOVER type by the
  PLOVER project's CAMEO2PLOVER table (``_cameo2plover``) and compared with the events' own types: the
  measure of newsgraph's coding, whose CAMEO code is only the root its PLOVER type and mode map back
  to. Codings whose code has no PLOVER type (CAMEO 01, public statements) are left out of it.
- **precision**: the share of predicted events in sentences with scored codings that agree with one.
- **no-event agreement**: over ``noevents="True"`` records, the share where nothing is coded.
"""

from __future__ import annotations

import datetime as dt
import re
import time as _clock
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from ._cameo2plover import TABLE, plover_table, to_plover
from .plover import _shared_root

__all__ = ["evaluate", "format_report", "load_records"]

DEFAULT_DIR = Path("data/event-coding/openeventdata-petrarch-unittest")


def load_records(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The sentences: {id, category, date, text, codings[{source, target, code}], noevents}."""
    p = Path(path) if path else _shared_root() / DEFAULT_DIR
    if p.is_dir():
        p = p / "PETR.UnitTest.records.xml"
    root = ET.fromstring(p.read_text(encoding="utf-8", errors="replace"))
    out = []
    for s in root.iter("Sentence"):
        text_el = s.find("Text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        if not text:
            continue
        codings = []
        noevents = False
        for c in s.findall("EventCoding"):
            if c.get("noevents", "").lower() == "true":
                noevents = True
                continue
            if c.get("error"):
                continue
            codings.append({"source": c.get("sourcecode") or "", "target": c.get("targetcode") or "",
                            "code": c.get("eventcode") or ""})
        raw = s.get("date", "")
        try:
            date = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            date = None
        out.append({"id": s.get("id"), "category": s.get("category"), "date": date, "text": text,
                    "codings": codings, "noevents": noevents or not codings})
    return out


def _root(code: str | None) -> str | None:
    m = re.match(r"\d{2,4}", code or "")
    if not m:
        return None
    root = m.group(0)[:2]
    return root if 1 <= int(root) <= 20 else None


def _code_agrees(codes: list[str], expected: str) -> bool:
    expected = expected.upper().strip()
    if not expected:
        return not codes
    for c in codes:
        c = (c or "").upper()
        if c and (c == expected or (len(min(c, expected, key=len)) >= 3
                                    and (c.startswith(expected) or expected.startswith(c)))):
            return True
    return False


def evaluate(path: str | Path | None = None, *, model: str | None = None, nlp: Any = None) -> dict[str, Any]:
    """Score CAMEO root and actor agreement on the PETRARCH unit-test records."""
    from .. import actors as _actors
    from .. import events as _events
    from .. import time as _time
    from ..nlp import load_model

    base = Path(path) if path else _shared_root() / DEFAULT_DIR
    directory = base if base.is_dir() else base.parent
    records = load_records(base)
    nlp = nlp or load_model(model)
    dictionaries: list[Any] = []
    loader = getattr(_actors, "load_dictionary", None)
    actor_file = directory / "dictionaries" / "PETR.Validate.actors.txt"
    if loader is not None and actor_file.exists():
        dictionaries.append(loader(actor_file))
    table_file = _shared_root() / TABLE
    mapping = plover_table(table_file) if table_file.is_file() else {}
    plover_n = plover_ok = 0
    start = _clock.perf_counter()
    scored = agree = src_ok = tgt_ok = test_only = 0
    predicted = predicted_ok = 0
    noev_n = noev_ok = 0
    misses: list[dict[str, Any]] = []
    docs = nlp.pipe(r["text"] for r in records)
    for record, doc in zip(records, docs):
        timexes = _time.tag(record["text"], published=record["date"], doc=doc)
        try:
            table = _actors.resolve(doc, published=record["date"], dictionaries=dictionaries or None)
        except TypeError:  # an actors stage without dictionary support
            table = _actors.resolve(doc, published=record["date"])
        events = _events.code(doc, actors=table, timexes=timexes, published=record["date"])
        codes = {a.id: (a.code or "") for a in table.actors}
        if record["noevents"] and not record["codings"]:
            noev_n += 1
            noev_ok += not events
            continue
        wanted = [c for c in record["codings"] if _root(c["code"])]
        test_only += len(record["codings"]) - len(wanted)
        if not wanted:
            continue
        predicted += len(events)
        used: set[int] = set()
        for c in wanted:
            scored += 1
            hit = next((i for i, e in enumerate(events) if i not in used and _root(e.cameo) == _root(c["code"])),
                       None)
            if hit is None:
                misses.append({"id": record["id"], "expected": c, "text": record["text"],
                               "got": [(e.event, e.cameo) for e in events]})
                continue
            used.add(hit)
            agree += 1
            e = events[hit]
            src_ok += _code_agrees([codes.get(a, "") for a in e.actor], c["source"])
            tgt_ok += _code_agrees([codes.get(a, "") for a in e.recipient], c["target"])
        predicted_ok += len(used)
        if mapping:
            taken: set[int] = set()
            for c in wanted:
                mapped = to_plover(c["code"], mapping)
                if mapped is None:
                    continue
                plover_n += 1
                hit = next((i for i, e in enumerate(events) if i not in taken and e.event == mapped[0]), None)
                if hit is not None:
                    taken.add(hit)
                    plover_ok += 1
    seconds = _clock.perf_counter() - start

    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    return {"sentences": len(records), "scored_codings": scored, "test_only_codings": test_only,
            "root_agreement": ratio(agree, scored), "precision": ratio(predicted_ok, predicted),
            "plover_agreement": ratio(plover_ok, plover_n) if mapping else None, "plover_codings": plover_n,
            "source_agreement": ratio(src_ok, agree), "target_agreement": ratio(tgt_ok, agree),
            "source_agreement_all": ratio(src_ok, scored), "target_agreement_all": ratio(tgt_ok, scored),
            "noevent_agreement": ratio(noev_ok, noev_n), "noevent_records": noev_n,
            "dictionaries": bool(dictionaries), "seconds": round(seconds, 2), "misses": misses}


def format_report(report: dict[str, Any]) -> str:
    """A short plain-text report of ``evaluate``'s figures."""
    return "\n".join([
        f"PETRARCH unit-test records: {report['sentences']} sentences, {report['scored_codings']} scored "
        f"codings ({report['test_only_codings']} test-only codes not scored; {report['seconds']} s)",
        f"  CAMEO root agreement  {report['root_agreement']:.3f}  (precision {report['precision']:.3f})",
        *([f"  PLOVER type agreement {report['plover_agreement']:.3f} of {report['plover_codings']} codings "
           f"with a PLOVER type (CAMEO2PLOVER)"] if report.get("plover_agreement") is not None else []),
        f"  source agreement      {report['source_agreement']:.3f} of agreeing events "
        f"({report['source_agreement_all']:.3f} of all)",
        f"  target agreement      {report['target_agreement']:.3f} of agreeing events "
        f"({report['target_agreement_all']:.3f} of all)",
        f"  no-event records      {report['noevent_agreement']:.3f} coded nothing (n={report['noevent_records']})",
        f"  validation dictionaries {'used' if report['dictionaries'] else 'not available'}",
    ])
