"""Rendering results and query rows: json, jsonl, table (rich), timeline (plain text)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .records import Quote, Result
from .time._period import date_label, date_sort_key

__all__ = ["FORMATS", "QUERY_FORMATS", "named_events", "result_tables", "write_results", "write_rows", "timeline_lines",
           "MODALITY_MARKS", "write_who", "who_summary"]

FORMATS = ("json", "jsonl", "table", "timeline")
QUERY_FORMATS = ("table", "json", "jsonl")
MODALITY_MARKS = {"asserted": " ", "reported": "~", "future": ">", "hypothetical": "?", "historical": "<"}


def _dumps(obj: Any, *, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def named_events(result: Result) -> list[dict[str, Any]]:
    """The result's events as dicts with the actors' names beside their ids (for display)."""
    names = {a.id: a.name for a in result.actors}
    out = []
    for e in result.events:
        rec = e.to_dict()
        rec["actor_names"] = [names.get(i, i) for i in e.actor]
        rec["recipient_names"] = [names.get(i, i) for i in e.recipient]
        rec["published"] = result.document.published
        out.append(rec)
    return out


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def timeline_lines(events: Iterable[dict[str, Any]], *, width: int = 100) -> list[str]:
    """One line per event in date order: date, type/mode, actor -> recipient, modality, sentence.

    The mark before the type says how the text holds the event: ' ' asserted, '~' reported,
    '>' future, '?' hypothetical, '<' historical background, '!' negated (did not happen). A date known
    only by a bound reads "<2021-10-19" (before that day: a past event the text does not date) or
    ">2021-10-19" (after it); a month or a year reads as such ("2021-10").
    """
    rows = sorted(events, key=lambda e: (date_sort_key(e.get("date")), e.get("span", [0])[0]))
    lines = []
    for e in rows:
        date = date_label(e.get("date")) or "????"
        mark = "!" if e.get("negated") else MODALITY_MARKS.get(e.get("modality") or "asserted", " ")
        kind = e["event"] + (f"/{e['mode']}" if e.get("mode") else "")
        who = ", ".join(e.get("actor_names") or e.get("actor") or []) or "(unknown)"
        whom = ", ".join(e.get("recipient_names") or e.get("recipient") or [])
        dyad = f"{who} -> {whom}" if whom else who
        sources = f" [{e['num_sources']} sources]" if e.get("num_sources", 1) > 1 else ""
        lines.append(f"{date:<11} {mark}{kind:<20} {dyad}{sources}")
        lines.append(f"{'':<13}{_clip(e.get('text') or '', width)}")
    return lines


def _table(console: Any, title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:  # cells as plain Text: a "[/x]" in a name, a sentence or a ref is never rich markup
        table.add_row(*[Text("" if v is None else str(v)) for v in r])
    console.print(table)


def _speaker_label(quote: Quote, names: dict[str, str]) -> str | None:
    """The actor who speaks, else what the text gives the quote to, in quotation marks: its own words
    ("the report"), no actor."""
    if quote.speaker:
        return names.get(quote.speaker, quote.speaker)
    return f"\u201c{quote.attributed_to}\u201d" if quote.attributed_to else None


def result_tables(result: Result, console: Any) -> None:
    from rich.markup import escape

    d = result.document
    pub = f"{d.published}{' (inferred)' if d.published_inferred else ''}" if d.published else "unknown"
    kind = f"  [bold]{d.kind} piece[/bold] ({escape('; '.join(d.kind_evidence))})" if d.kind == "opinion" else ""
    ref = f"  ref {escape(d.ref)}" if d.ref is not None else ""
    # the input's words are escaped: a "[/x]" in a title or a ref is text, not rich markup
    console.print(f"[bold]{escape(d.title or d.source or d.id[:12])}[/bold]  published {pub}  id {d.id[:12]}{ref}{kind}")
    names = {a.id: a.name for a in result.actors}
    _table(console, "actors", ["name", "kind", "country", "sector", "code", "mentions"],
           [[a.name, a.kind, a.country, a.sector, a.code, a.mentions] for a in result.actors])
    _table(console, "events", ["date", "event", "mode", "actor", "recipient", "modality", "sentence"],
           [[date_label(e.date), e.event, e.mode, ", ".join(names.get(i, i) for i in e.actor),
             ", ".join(names.get(i, i) for i in e.recipient), ("negated " if e.negated else "") + e.modality,
             _clip(e.text, 80)] for e in result.events])
    _table(console, "roles", ["actor", "title", "status", "start", "end"],
           [[names.get(r.actor, r.actor), r.title, r.status, r.start, r.end] for r in result.roles])
    _table(console, "quotes", ["speaker", "kind", "cue", "quote"],
           [[_speaker_label(q, names), q.kind if q.attitude == "statement" else f"{q.kind}, {q.attitude}", q.cue,
             _clip(q.text, 80)] for q in result.quotes])
    _table(console, "agreements", ["date", "parties", "commitments"],
           [[g.date, ", ".join(names.get(p, p) for p in g.parties),
             "; ".join(f"{names.get(c.party or '', c.party)}: {_clip(c.text, 50)}" for c in g.commitments)]
            for g in result.agreements])
    _table(console, "timexes", ["text", "type", "value", "mod"],
           [[t.text, t.type, t.value, t.mod] for t in result.timexes])


def write_results(results: list[Result], fmt: str, out: IO[str]) -> None:
    """Print results in one of FORMATS."""
    if fmt == "json":
        data = [r.to_dict() for r in results]
        out.write(_dumps(data[0] if len(data) == 1 else data, pretty=True) + "\n")
    elif fmt == "jsonl":
        for r in results:
            out.write(_dumps(r.to_dict()) + "\n")
    elif fmt == "timeline":
        for r in results:
            d = r.document
            out.write(f"# {d.title or d.source or d.id[:12]} (published {d.published or 'unknown'}"
                      f"{', inferred' if d.published_inferred else ''}{'; an opinion piece' if d.kind == 'opinion' else ''}"
                      f"{f'; ref {d.ref}' if d.ref is not None else ''})\n")
            for line in timeline_lines(named_events(r)):
                out.write(line + "\n")
    elif fmt == "table":
        from rich.console import Console

        console = Console(file=out, width=160)
        for r in results:
            result_tables(r, console)
    else:  # pragma: no cover - the CLI checks the choice
        raise ValueError(f"unknown format {fmt!r}")


def write_rows(rows: list[dict[str, Any]], fmt: str, out: IO[str], *, columns: list[str], title: str = "") -> None:
    """Print query rows as a table (the named columns), JSON or JSON Lines (whole records)."""
    if fmt == "json":
        out.write(_dumps(rows, pretty=True) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(_dumps(r) + "\n")
    else:
        from rich.console import Console

        def cell(row: dict[str, Any], col: str) -> Any:
            value = row.get(col)
            if col == "date" and isinstance(value, dict):
                return date_label(value)
            if isinstance(value, dict):
                return value.get("value") or value.get("name")
            if isinstance(value, list):
                return ", ".join(map(str, value))
            if isinstance(value, str) and col == "text":
                return _clip(value, 90)
            return value

        _table(Console(file=out, width=180), title, columns, [[cell(r, c) for c in columns] for r in rows])


def who_summary(answer: dict[str, Any]) -> list[str]:
    """The answer of ``Store.who`` in a few lines: the holder, the knowledge base beside it."""
    place = f" ({answer['country']})" if answer.get("country") else ""
    head = f"{answer['title']}{place} on {answer['on']}: "
    top = answer.get("answer")
    if top is None:
        lines = [head + "no report in the store puts anyone in this office then"
                 + ("" if answer.get("use_kb", True) else " (the knowledge base left out of the ranking)")]
    else:
        also = [n for n in top["names"] if n != top["name"]]
        name = f"{top['name']}" + (f" (also {', '.join(also)})" if also else "")
        source = top.get("support_from", "reports")
        if source == "knowledge base":
            lines = [head + f"{name}, from the knowledge base alone (no report in the store puts them in "
                            f"office then), score {top['score']:.2f}"]
        else:
            lines = [head + name + f", score {top['score']:.2f} from {top['reports']} report(s) for, "
                     f"{top['reports_against']} against" + (" and the knowledge base" if source == "both" else "")]
        if top.get("kb_readings"):
            lines.append(f"knowledge base on {top['name']}: " + "; ".join(top["kb_readings"]))
    if answer.get("kb"):
        kb = "; ".join(f"{k['name']} ({', '.join(_term(t) for t in k['terms'])})"
                       + ("" if k.get("sure", True) else ", in a year of change") for k in answer["kb"])
        lines.append(f"knowledge base: {kb}")
    else:
        lines.append("knowledge base: no term of this office holds that date")
    if answer.get("other_countries"):
        lines.append("other countries: " + "; ".join(f"{o['country']} {o['name']}" for o in answer["other_countries"]))
    return lines


def _term(t: dict[str, Any]) -> str:
    end = t.get("end") or f"open, known to {t.get('known_until')}"
    return f"{t.get('start') or '?'} to {end}, {t.get('source')}"


def write_who(answer: dict[str, Any], fmt: str, out: IO[str], *, shown: int = 10) -> None:
    """``Store.who``'s answer: json and jsonl the whole dict (the API's body); table its summary, the
    ranked holders, the reports behind the answer and the conflicting ones (the first ``shown`` of each)."""
    if fmt == "json":
        out.write(_dumps(answer, pretty=True) + "\n")
        return
    if fmt == "jsonl":
        out.write(_dumps(answer) + "\n")
        return
    for line in who_summary(answer):
        out.write(line + "\n")
    if answer.get("holders"):
        write_rows(answer["holders"][:shown], "table", out, title="holders, ranked by evidence",
                   columns=["name", "country", "score", "support", "against", "support_from", "reports",
                            "reports_against", "kb"])
    for key, title in (("reports", "reports behind the answer"), ("conflicting", "conflicting reports")):
        rows = answer.get(key) or []
        if rows:
            more = f" (first {shown} of {len(rows)}; --format json for all)" if len(rows) > shown else ""
            write_rows(rows[:shown], "table", out, title=title + more,
                       columns=["published", "actor_name", "title", "weight", "reading", "text"])
