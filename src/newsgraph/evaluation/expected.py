"""Scoring an extraction against an expectation file (``*.expected.json``).

The matching rules are those stated in the file's "about" field:

- a key ending in ``~`` matches case-insensitively as a substring that begins at a word start;
  where it points at actor ids
  (``actor~``, ``recipient~``, ``speaker~``, ``party~``, ``parties~``) any name or alias of the
  referenced actor counts, while ``name~`` on an actor matches its canonical name only;
- a list of values means any one of them, except ``parties~``, where every listed party must be
  among the agreement's parties;
- a date or value matches exactly or by a more precise value below it (2021-04 is matched by
  2021-04 and 2021-04-07);
- nested ``commitments`` must each match some commitment of the same agreement;
- ``expect`` lists records that must be present, ``forbid`` records that must not be.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

__all__ = ["evaluate", "evaluate_file", "ExpectationReport", "matches"]

ACTOR_KEYS = {"actor", "recipient", "speaker", "party", "parties"}
DATE_KEYS = {"date", "value", "start", "end"}


def _at_word_start(wanted: str, found: str) -> bool:
    """``wanted`` occurs in ``found``, case-insensitively, beginning at a word start ('Ghani' is not
    found in 'Afghanistan'; 'resign' is found in 'resignation')."""
    return re.search(r"(?<![^\W_])" + re.escape(wanted.lower()), found.lower()) is not None


def _date_matches(found: Any, wanted: str) -> bool:
    if isinstance(found, dict):  # an event's date {value, text}
        found = found.get("value")
    if not isinstance(found, str):
        return False
    return found == wanted or (found.startswith(wanted) and found[len(wanted)] in "-T")


def _actor_names(result: dict[str, Any], ids: Any) -> list[list[str]]:
    """For each referenced actor id: the lower-cased names and aliases it can be matched by."""
    if ids is None:
        return []
    if isinstance(ids, str):
        ids = [ids]
    by_id = {a["id"]: a for a in result.get("actors", [])}
    out = []
    for i in ids:
        actor = by_id.get(i)
        names = [str(i)]
        if actor:
            names += [actor.get("name") or "", *actor.get("aliases", [])]
        out.append([n.lower() for n in names if n])
    return out


def _value_matches(result: dict[str, Any], section: str, key: str, found: Any, wanted: Any) -> bool:
    fuzzy = key.endswith("~")
    base = key[:-1] if fuzzy else key
    if fuzzy and base == "parties":
        wanted_all = wanted if isinstance(wanted, list) else [wanted]
        actors = _actor_names(result, found)
        return all(any(any(_at_word_start(w, n) for n in names) for names in actors) for w in wanted_all)
    options = wanted if isinstance(wanted, list) else [wanted]
    for w in options:
        if fuzzy and base in ACTOR_KEYS:
            if any(any(_at_word_start(str(w), n) for n in names) for names in _actor_names(result, found)):
                return True
        elif fuzzy:
            if found is not None and _at_word_start(str(w), str(found)):
                return True
        elif base in DATE_KEYS and isinstance(w, str):
            if _date_matches(found, w):
                return True
        elif found == w:
            return True
    return False


def matches(result: dict[str, Any], section: str, record: dict[str, Any], spec: dict[str, Any]) -> bool:
    """True when one output record satisfies every key of one expectation."""
    for key, wanted in spec.items():
        base = key[:-1] if key.endswith("~") else key
        if base == "commitments" and isinstance(wanted, list):
            have = record.get("commitments") or []
            if not all(any(matches(result, "commitments", c, w) for c in have) for w in wanted):
                return False
            continue
        if base not in record:
            return False
        if not _value_matches(result, section, key, record.get(base), wanted):
            return False
    return True


@dataclass
class ExpectationReport:
    held: int = 0
    total: int = 0
    forbidden_found: int = 0
    forbidden_total: int = 0
    misses: list[str] = field(default_factory=list)
    by_section: dict[str, list[int]] = field(default_factory=dict)  # section -> [held, total]

    def lines(self) -> list[str]:
        out = [f"miss: {m}" for m in self.misses]
        for section, (held, total) in self.by_section.items():
            out.append(f"{section}: {held}/{total}")
        out.append(f"{self.held}/{self.total} expectations held, {self.forbidden_found} forbidden found")
        return out


def evaluate(result: dict[str, Any], expectations: dict[str, Any]) -> ExpectationReport:
    """Score one result (the contract's JSON form) against the file's expect and forbid lists."""
    report = ExpectationReport()
    for section, specs in (expectations.get("expect") or {}).items():
        records = result.get(section) or []
        held = 0
        for spec in specs:
            report.total += 1
            if any(matches(result, section, r, spec) for r in records):
                report.held += 1
                held += 1
            else:
                report.misses.append(f"expected {section} {json.dumps(spec, ensure_ascii=False)}")
        report.by_section[section] = [held, len(specs)]
    for section, specs in (expectations.get("forbid") or {}).items():
        records = result.get(section) or []
        for spec in specs:
            report.forbidden_total += 1
            found = [r for r in records if matches(result, section, r, spec)]
            if found:
                report.forbidden_found += 1
                report.misses.append(f"forbidden {section} {json.dumps(spec, ensure_ascii=False)} found "
                                     f"{len(found)}x, e.g. {json.dumps(_brief(found[0]), ensure_ascii=False)}")
    return report


def _brief(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("text", "span", "aliases") or len(str(v)) < 80}


def load_expectations(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"can't read the expectation file {path}: {exc}") from None
    if not isinstance(data, dict) or not ("expect" in data or "forbid" in data):
        raise EvaluationError(f"{path} is not an expectation file (no 'expect' or 'forbid')")
    return data


def evaluate_file(
    path: str | Path,
    *,
    input: str | Path | None = None,
    published: str | None = None,
    model: str | None = None,
    extractor=None,
) -> ExpectationReport:
    """Extract the expectation file's input (or ``input``) and score it."""
    from ..pipeline import Extractor, parse_date
    from ..records import Document

    path = Path(path)
    data = load_expectations(path)
    if input is None:
        if not data.get("input"):
            raise EvaluationError(f"{path} names no input: pass --input")
        input = path.parent / data["input"]
    try:
        text = Path(input).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"can't read the input {input}: {exc}") from None
    pub = parse_date(published or data.get("published"))
    ex = extractor or Extractor(model=model)
    result = ex(Document(text=text, published=pub.isoformat() if pub else None, source=str(input)))
    return evaluate(result.to_dict(), data)
