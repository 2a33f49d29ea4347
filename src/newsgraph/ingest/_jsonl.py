"""JSON Lines: one article per line with text (or content/body), title, date (or published), url."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document, Rejected
from ._checks import DEFAULT_MAX_BYTES, check_text

__all__ = ["parse_jsonl", "entry", "TEXT_FIELDS", "DATE_FIELDS"]

TEXT_FIELDS = ("text", "content", "body", "article")
DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate")


def _field(obj: dict, names: tuple[str, ...]) -> object:
    for name in names:
        if name in obj and obj[name] not in (None, ""):
            return obj[name]
    return None


def _date(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: the date field is a {type(value).__name__}, not an ISO date string")
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"{where}: the date {value[:40]!r} is not an ISO date (YYYY-MM-DD)") from None


def _whole(text: str) -> object | None:
    """The file parsed as one JSON value when it is one (a .json file), else None (JSON Lines)."""
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return None
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


def parse_jsonl(text: str, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES,
                check_language: bool = True) -> Iterator[Document | Rejected]:
    """One Document per good line; one Rejected (source ``FILE:LINE``) per bad one."""
    if not text.strip():
        yield Rejected(source, "empty: no lines to read")
        return
    whole = _whole(text)
    if whole is not None:  # a .json file: one object, or an array of objects
        if whole == []:
            yield Rejected(source, "an empty JSON array: no articles to read")
            return
        items = whole if isinstance(whole, list) else [whole]
        lines = [(f"{source}[{i}]" if isinstance(whole, list) else source, obj, True) for i, obj in enumerate(items)]
    else:
        lines = [(f"{source}:{n}", line, False) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    for where, line, parsed in lines:
        try:
            yield entry(line, where=where, parsed=parsed, max_bytes=max_bytes, check_language=check_language)
        except InputError as exc:
            yield Rejected(where, str(exc))


def entry(line: object, *, where: str, parsed: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
          check_language: bool = True) -> Document:
    """The Document of one JSON Lines line (or, with ``parsed``, of one JSON value); InputError says why not."""
    if not parsed:  # a line of JSON Lines; an item of a JSON array is already a value
        assert isinstance(line, str)
        if len(line) > max_bytes * 2:
            raise InputError(f"too large: a line of {len(line):,} characters")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"broken JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise InputError("JSON nested too deeply") from None
    else:
        obj = line
    if not isinstance(obj, dict):
        raise InputError(f"a JSON {type(obj).__name__}, not an object with a text field")
    body = _field(obj, TEXT_FIELDS)
    if body is None:
        raise InputError(f"no text field (looked for {', '.join(TEXT_FIELDS)})")
    if not isinstance(body, str):
        raise InputError(f"the text field is a {type(body).__name__}, not a string")
    check_text(body, max_bytes=max_bytes, check_language=check_language)
    title = obj.get("title")
    url = obj.get("url")
    return Document(
        text=body,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        published=_date(_field(obj, DATE_FIELDS), "line"),
        source=where,
    )
