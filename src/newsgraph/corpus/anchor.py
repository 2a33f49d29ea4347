"""Turn an annotator's working file (exact quotes of the text) into the corpus form (offsets only).

Annotators never type offsets: they quote the article (corpus/GUIDELINES.md, section 6) and this
module finds each quote in the article's text, checks every code, and writes a record that holds
character offsets, ids and codes but none of the publisher's text.

    python -m newsgraph.corpus.anchor --check RAW.json ...           # report problems, write nothing
    python -m newsgraph.corpus.anchor --out corpus/annotations RAW.json ...

Matching forgives what a typist changes: typographic quotes, apostrophes and dashes match plain
ones, and any run of white space matches any other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._paragraphs import Paragraphs
from . import _schema as S
from ._articles import load_articles

__all__ = ["AnchorError", "anchor", "TextIndex", "main"]

_PLAIN = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
          "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u2013": "-", "\u2014": "-", "\u2012": "-",
          "\u2212": "-", "\u00a0": " ", "\u2026": "...", "\u00ad": ""}


class AnchorError(ValueError):
    """A quote that cannot be found, or a code that is not allowed."""


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text with plain punctuation and single spaces, and for each of its characters the offset
    of the character of ``text`` it comes from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text):
        rep = _PLAIN.get(ch, ch)
        if rep.isspace() or (len(rep) == 1 and rep.isspace()):
            if not space:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        for r in rep:
            out.append(r)
            where.append(i)
    return "".join(out), where


@dataclass
class TextIndex:
    """An article's text with the normalised copy used to find quotes in it."""

    text: str

    def __post_init__(self) -> None:
        self.norm, self.where = _normalise(self.text)
        self.paragraphs = Paragraphs(self.text, breaks="line")  # an annotator's quote is sought in its line first

    def _span(self, ns: int, ne: int) -> tuple[int, int]:
        return self.where[ns], self.where[ne - 1] + 1

    def find_all(self, needle: str, lo: int = 0, hi: int | None = None, *, words: bool = False
                 ) -> list[tuple[int, int]]:
        """Every occurrence of ``needle`` (normalised) whose span lies in [lo, hi) of the text."""
        n, _ = _normalise(needle.strip())
        if not n:
            raise AnchorError("an empty quote")
        hi = len(self.text) if hi is None else hi
        found = []
        pos = self.norm.find(n)
        while pos >= 0:
            s, e = self._span(pos, pos + len(n))
            ok = lo <= s and e <= hi
            if ok and words:
                before = self.norm[pos - 1] if pos > 0 else " "
                after = self.norm[pos + len(n)] if pos + len(n) < len(self.norm) else " "
                ok = not (before.isalnum() and n[0].isalnum()) and not (after.isalnum() and n[-1].isalnum())
            if ok:
                found.append((s, e))
            pos = self.norm.find(n, pos + 1)
        return found

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        return self.paragraphs.start(offset), self.paragraphs.end(offset)

    def unique(self, needle: str, what: str, occurrence: int | None = None,
               lo: int = 0, hi: int | None = None) -> tuple[int, int]:
        spans = self.find_all(needle, lo, hi)
        if not spans:
            hint = ""
            low = self.norm.lower().find(_normalise(needle.strip())[0].lower())
            if low >= 0:
                s, e = self._span(low, low + len(_normalise(needle.strip())[0]))
                hint = f" (found with other capitals: {self.text[s:e]!r})"
            raise AnchorError(f"{what} {needle!r} is not in the text{hint}")
        if occurrence is not None:
            if not 1 <= occurrence <= len(spans):
                raise AnchorError(f"{what} {needle!r}: occurrence {occurrence} asked, {len(spans)} found")
            return spans[occurrence - 1]
        if len(spans) > 1:
            raise AnchorError(f"{what} {needle!r} occurs {len(spans)} times: make it longer or add "
                              f"\"occurrence\": N")
        return spans[0]

    def nearest(self, needle: str, anchor: tuple[int, int], what: str) -> tuple[int, int]:
        """The occurrence of ``needle`` nearest ``anchor``: in its paragraph first, then the closest
        one before it anywhere, then the closest one after it."""
        ps, pe = self.paragraph_of(anchor[0])
        spans = self.find_all(needle, ps, pe)
        if not spans:
            spans = [s for s in self.find_all(needle) if s[1] <= anchor[0]]
        if not spans:
            spans = self.find_all(needle)
        if not spans:
            raise AnchorError(f"{what} {needle!r} is not in the text")
        return min(spans, key=lambda s: abs(s[0] - anchor[0]))

    def fragments(self, content: str, what: str, lo: int = 0) -> tuple[int, int]:
        """A passage given whole, or as 'its beginning ... its end'."""
        if " ... " in content:
            head, tail = content.split(" ... ", 1)
            starts = self.find_all(head, lo)
            if not starts:
                raise AnchorError(f"{what}: the beginning {head!r} is not in the text")
            for s, e in starts:
                ends = self.find_all(tail, e)
                if ends:
                    return s, ends[0][1]
            raise AnchorError(f"{what}: the end {tail!r} does not follow the beginning {head!r}")
        spans = self.find_all(content, lo)
        if not spans:
            raise AnchorError(f"{what} {content!r} is not in the text")
        return spans[0]


def _need(cond: bool, message: str) -> None:
    if not cond:
        raise AnchorError(message)


def _keys(values: Any, actors: set[str], what: str) -> list[str]:
    if values is None:
        return []
    _need(isinstance(values, list), f"{what} must be a list of actor keys")
    for v in values:
        _need(v in actors, f"{what}: {v!r} is not the key of an actor of this article")
    return list(values)


def _texts(ix: TextIndex, texts: Any, n: int, anchor: tuple[int, int], what: str) -> list[Any]:
    """Spans for the optional ``*_text`` list that goes with a list of ``n`` actor keys."""
    if texts is None:
        return [None] * n
    if isinstance(texts, str):
        texts = [texts]
    _need(isinstance(texts, list), f"{what} must be a list of strings")
    _need(len(texts) <= n, f"{what} has {len(texts)} texts for {n} actors")
    spans: list[Any] = [list(ix.nearest(t, anchor, what)) if t else None for t in texts]
    return spans + [None] * (n - len(spans))


def _date(ix: TextIndex, value: Any, text: Any, anchor: tuple[int, int], what: str) -> dict[str, Any]:
    problem = S.check_date(value)
    _need(problem is None, f"{what}: {problem}")
    span = list(ix.nearest(text, anchor, f"{what} date_text")) if text else None
    return {"value": value, "span": span}


def _actors(ix: TextIndex, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    claims: list[tuple[int, int, int, str]] = []  # (start, end, -length, key) of every mention found
    seen: set[str] = set()
    for a in raw:
        key = a.get("key")
        if not isinstance(key, str) or not key:
            raise AnchorError(f"an actor without a key: {a!r}")
        _need(key not in seen, f"actor key {key!r} is used twice")
        seen.add(key)
        _need(isinstance(a.get("name"), str) and a["name"].strip(), f"actor {key!r} has no name")
        _need(a.get("kind") in S.KINDS, f"actor {key!r}: kind {a.get('kind')!r} is not one of {sorted(S.KINDS)}")
        problem = S.check_country(a.get("country"))
        _need(problem is None, f"actor {key!r}: {problem}")
        _need(a.get("sector") is None or a.get("sector") in S.SECTORS,
              f"actor {key!r}: sector {a.get('sector')!r} is not a PLOVER sector code or null")
        for m in a.get("mentions") or []:
            if isinstance(m, str):
                spans = ix.find_all(m, words=True)
                _need(bool(spans), f"actor {key!r}: mention {m!r} is not in the text (as whole words)")
            else:
                _need(isinstance(m, dict) and "text" in m and "in" in m,
                      f"actor {key!r}: a mention is a string or {{\"text\": ..., \"in\": ...}}, not {m!r}")
                ctx = ix.unique(m["in"], f"actor {key!r}: the 'in' of mention", m.get("occurrence"))
                spans = ix.find_all(m["text"], ctx[0], ctx[1])
                _need(bool(spans), f"actor {key!r}: mention {m['text']!r} is not inside {m['in']!r}")
                spans = spans[:1]
            claims.extend((s, e, -(e - s), key) for s, e in spans)
        out.append({"key": key, "name": a["name"].strip(), "kind": a["kind"], "country": a.get("country"),
                    "sector": a.get("sector"), "mentions": []})
    # Longer mentions win over shorter ones inside or across them ("Secretary of State John Kerry"
    # over "John Kerry" and "State").
    taken: list[tuple[int, int]] = []
    by_key = {a["key"]: a for a in out}
    for s, e, _neg, key in sorted(claims, key=lambda c: (c[2], c[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        by_key[key]["mentions"].append([s, e])
    for a in out:
        a["mentions"].sort()
    return out


def _event(ix: TextIndex, e: dict[str, Any], keys: set[str], n: int) -> dict[str, Any]:
    what = f"event {n} ({e.get('type')} {e.get('trigger')!r})"
    etype = e.get("type")
    if not isinstance(etype, str) or etype not in S.MODES:
        raise AnchorError(f"{what}: type {etype!r} is not a PLOVER 2.0 type")
    mode = e.get("mode")
    _need(mode is None or mode in S.MODES[etype],
          f"{what}: mode {mode!r} is not a mode of {etype} ({', '.join(sorted(S.MODES[etype])) or 'none'})")
    _need(e.get("modality") in S.MODALITIES, f"{what}: modality {e.get('modality')!r} is not one of {S.MODALITIES}")
    _need(isinstance(e.get("negated", False), bool), f"{what}: negated must be true or false")
    _need(isinstance(e.get("quote"), str) and isinstance(e.get("trigger"), str), f"{what}: needs quote and trigger")
    q = ix.unique(e["quote"], f"{what}: quote", e.get("occurrence"))
    t = ix.find_all(e["trigger"], q[0], q[1])
    _need(bool(t), f"{what}: trigger {e['trigger']!r} is not inside its quote")
    trig = t[(e.get("trigger_occurrence") or 1) - 1] if len(t) >= (e.get("trigger_occurrence") or 1) else t[0]
    actor = _keys(e.get("actor"), keys, f"{what}: actor")
    recipient = _keys(e.get("recipient"), keys, f"{what}: recipient")
    also = []
    for x in e.get("also") or []:
        also.append(list(ix.unique(x, f"{what}: also", None) if len(ix.find_all(x)) == 1 else ix.nearest(x, trig, f"{what}: also")))
    return {
        "trigger": list(trig), "quote": list(q), "type": etype, "mode": mode,
        "actor": actor, "actor_spans": _texts(ix, e.get("actor_text"), len(actor), trig, f"{what}: actor_text"),
        "recipient": recipient,
        "recipient_spans": _texts(ix, e.get("recipient_text"), len(recipient), trig, f"{what}: recipient_text"),
        "date": _date(ix, e.get("date"), e.get("date_text"), trig, what),
        "modality": e["modality"], "negated": bool(e.get("negated", False)), "also": also,
    }


def _role(ix: TextIndex, r: dict[str, Any], keys: set[str], n: int) -> dict[str, Any]:
    what = f"role {n} ({r.get('title')!r})"
    _need(r.get("actor") in keys, f"{what}: actor {r.get('actor')!r} is not an actor key")
    _need(isinstance(r.get("title"), str) and r["title"].strip(), f"{what}: no title")
    _need(r.get("status") in S.STATUSES, f"{what}: status {r.get('status')!r} is not one of {sorted(S.STATUSES)}")
    problem = S.check_country(r.get("country"))
    _need(problem is None, f"{what}: {problem}")
    for k in ("start", "end"):
        if r.get(k) is not None:
            problem = S.check_date(r[k], special=())
            _need(problem is None, f"{what}: {k}: {problem}")
    span = ix.unique(r.get("quote") or "", f"{what}: quote", r.get("occurrence"))
    return {"actor": r["actor"], "title": r["title"].strip(), "organization": r.get("organization"),
            "country": r.get("country"), "status": r["status"], "start": r.get("start"), "end": r.get("end"),
            "span": list(span)}


def _agreement(ix: TextIndex, a: dict[str, Any], keys: set[str], n: int) -> dict[str, Any]:
    what = f"agreement {n} ({a.get('name')!r})"
    span = ix.unique(a.get("quote") or "", f"{what}: quote", a.get("occurrence"))
    parties = _keys(a.get("parties"), keys, f"{what}: parties")
    _need(len(parties) >= 1, f"{what}: no parties")
    commitments = []
    for c in a.get("commitments") or []:
        _need(c.get("party") is None or c.get("party") in keys, f"{what}: commitment party {c.get('party')!r} is not an actor key")
        _need(c.get("kind", "obligation") in S.COMMITMENT_KINDS, f"{what}: commitment kind {c.get('kind')!r}")
        cs = ix.fragments(c.get("text") or "", f"{what}: commitment")
        commitments.append({"party": c.get("party"), "kind": c.get("kind", "obligation"), "span": list(cs)})
    return {"span": list(span), "name": a.get("name"), "parties": parties,
            "date": _date(ix, a.get("date", "unknown"), a.get("date_text"), span, what),
            "commitments": commitments}


def _quote(ix: TextIndex, q: dict[str, Any], keys: set[str], n: int) -> dict[str, Any]:
    what = f"quote {n}"
    _need(q.get("speaker") is None or q.get("speaker") in keys, f"{what}: speaker {q.get('speaker')!r} is not an actor key")
    _need(q.get("kind") in S.QUOTE_KINDS, f"{what}: kind {q.get('kind')!r} is not one of {sorted(S.QUOTE_KINDS)}")
    content = q.get("content") or ""
    if q.get("occurrence"):
        spans = ix.find_all(content.split(" ... ")[0])
        _need(len(spans) >= q["occurrence"], f"{what}: occurrence {q['occurrence']} asked")
        span = ix.fragments(content, what, spans[q["occurrence"] - 1][0])
    else:
        span = ix.fragments(content, what)
    return {"speaker": q.get("speaker"), "kind": q["kind"], "span": list(span)}


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def anchor(raw: dict[str, Any], article: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The corpus record of one annotator's raw file, and the problems found (each one line).

    The record is built from whatever could be anchored; a file with problems is not written by
    ``main`` unless asked to.
    """
    ix = TextIndex(article["text"])
    problems: list[str] = []
    rec: dict[str, Any] = {"id": article["id"], "annotator": raw.get("annotator"),
                           "text_sha1": text_hash(article["text"]), "published": article.get("date")}
    if raw.get("notes"):  # the lead's notes on a file (a recoding by rule), kept with the record
        rec["notes"] = [str(n)[:100] for n in raw["notes"]]
    if raw.get("skip"):
        rec["skip"] = str(raw["skip"])
        return rec, problems
    try:
        actors = _actors(ix, raw.get("actors") or [])
    except AnchorError as e:
        problems.append(str(e))
        actors = []
    keys = {str(a.get("key")) for a in raw.get("actors") or [] if isinstance(a, dict)}
    rec["actors"] = actors
    for section, fn in (("events", _event), ("roles", _role), ("agreements", _agreement)):
        rec[section] = []
        for n, item in enumerate(raw.get(section) or [], 1):
            try:
                rec[section].append(fn(ix, item, keys, n))
            except AnchorError as e:
                problems.append(str(e))
            except (TypeError, AttributeError, KeyError) as e:
                problems.append(f"{section} {n}: malformed record ({e.__class__.__name__}: {e})")
    rec["quotes"] = []
    for n, item in enumerate(raw.get("quotes") or [], 1):
        try:
            rec["quotes"].append(_quote(ix, item, keys, n))
        except AnchorError as e:
            problems.append(str(e))
        except (TypeError, AttributeError, KeyError) as e:
            problems.append(f"quotes {n}: malformed record ({e.__class__.__name__}: {e})")
    return rec, problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsgraph.corpus.anchor", description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--articles", type=Path, default=None, help="articles.jsonl (default: ../shared/...)")
    p.add_argument("--check", action="store_true", help="report problems only")
    p.add_argument("--out", type=Path, help="folder to write the corpus records to")
    p.add_argument("--name", default="{id}.json", help="file name pattern: {id}, {annotator}")
    args = p.parse_args(argv)
    articles = load_articles(args.articles)
    bad = 0
    for f in args.files:
        try:
            raw = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            print(f"{f}: cannot read: {e}")
            bad += 1
            continue
        art = articles.get(raw.get("id"))
        if art is None:
            print(f"{f}: article id {raw.get('id')!r} is not in articles.jsonl")
            bad += 1
            continue
        rec, problems = anchor(raw, art)
        for pr in problems:
            print(f"{f}: {pr}")
        if problems:
            bad += 1
        elif rec.get("skip"):
            print(f"{f}: ok (skipped: {rec['skip']})")
        else:
            print(f"{f}: ok ({len(rec['actors'])} actors, {sum(len(a['mentions']) for a in rec['actors'])} "
                  f"mentions, {len(rec['events'])} events, {len(rec['roles'])} roles, "
                  f"{len(rec['agreements'])} agreements, {len(rec['quotes'])} quotes)")
        if args.out and not args.check and not problems:
            args.out.mkdir(parents=True, exist_ok=True)
            name = args.name.format(id=rec["id"], annotator=rec.get("annotator") or "x")
            (args.out / name).write_text(json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                         encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
