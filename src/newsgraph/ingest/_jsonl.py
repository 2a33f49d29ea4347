"""JSON Lines: one article per line with text (or content/body), title, date (or published), url, and the
article's own id (id, doc_id, story_id, article_id or guid), kept as the document's ``ref``."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document, Rejected
from ._checks import DEFAULT_MAX_BYTES, check_text

__all__ = ["parse_jsonl", "entry", "ref_of", "TEXT_FIELDS", "DATE_FIELDS", "REF_FIELDS", "MAX_REF_CHARS"]

TEXT_FIELDS = ("text", "content", "body", "article")
DATE_FIELDS = ("date", "published", "publish_date", "published_at", "pubdate")
# the names corpora give an article's own id, the first present taken
REF_FIELDS = ("id", "doc_id", "story_id", "article_id", "guid")
MAX_REF_CHARS = 1000


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


def ref_of(obj: dict) -> str | None:
    """The article's own id from the first of REF_FIELDS present (not null or empty): a string as it is, a
    number as its JSON text; None when there is none. Any other value is an InputError: the id is the key
    the user joins the output on, so a line whose key cannot be read is refused, never given another key."""
    for name in REF_FIELDS:
        value = obj.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            ref = value
        elif isinstance(value, int) and not isinstance(value, bool):
            ref = str(value)
        elif isinstance(value, float) and math.isfinite(value):
            ref = repr(value)
        else:
            what = "a boolean" if isinstance(value, bool) else "not a finite number" if isinstance(value, float) \
                else f"a JSON {'object' if isinstance(value, dict) else 'array' if isinstance(value, list) else type(value).__name__}"
            raise InputError(f"the id field {name!r} is {what}, not a string or a number: give each article a "
                             "string or number id, or leave the field out")
        if len(ref) > MAX_REF_CHARS:
            raise InputError(f"the id field {name!r} is {len(ref):,} characters long, over {MAX_REF_CHARS:,}")
        return ref
    return None


def _whole(text: str) -> object | None:
    """The file parsed as one JSON value when it is one (a .json file), else None (JSON Lines)."""
    start = text.lstrip()[:1]
    if start not in ("{", "["):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # JSON Lines, or a value each line's reading will name
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
        except ValueError as exc:  # a number of more digits than Python converts (an id of 5,000 digits)
            raise InputError(f"unreadable JSON ({str(exc).split(':')[0]})") from None
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
    ref = ref_of(obj)
    check_text(body, max_bytes=max_bytes, check_language=check_language)
    title = obj.get("title")
    url = obj.get("url")
    return Document(
        text=body,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        published=_date(_field(obj, DATE_FIELDS), "line"),
        source=where,
        ref=ref,
    )
