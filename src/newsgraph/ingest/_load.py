"""Expanding paths into inputs and inputs into Documents (or Rejected, with the reason)."""

from __future__ import annotations

import codecs
import contextlib
import errno
import gzip
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Document, Rejected
from ._checks import DEFAULT_MAX_BYTES, check_text, decode

__all__ = ["load", "load_text", "sniff_format", "check_ref", "valid_ref", "FORMATS"]

FORMATS = ("auto", "text", "html", "jsonl", "warc", "feed")
_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed",
}
# Containers of many articles: the size limit applies to each article, not to the file.
_CONTAINERS = ("jsonl", "warc", "feed")


def sniff_format(path: str | Path, head: bytes = b"") -> str:
    """The format of a file from its name (.txt, .html, .jsonl, optionally .gz), else from its first bytes."""
    name = str(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, fmt in _SUFFIXES.items():
        if name.endswith(suffix):
            return fmt
    start = head.lstrip()[:400].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if b"<rss" in start or (b"<feed" in start and b"atom" in start) or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start or b"<head" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _walk(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Rejected]:
    """Files under a folder, sorted, hidden entries skipped, each folder visited once (symlink loops)."""
    try:
        st = path.stat()
    except OSError as exc:
        yield Rejected(str(path), f"can't read the folder: {exc.strerror or exc}")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        yield Rejected(str(path), "symlink loop: this folder was already read")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        yield Rejected(str(path), f"can't list the folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Rejected(str(child), f"can't read: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(child, seen)
        else:
            yield child


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | str | Rejected]:
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                found = False
                for item in _walk(path, seen):
                    found = True
                    yield item
                if not found:
                    yield Rejected(str(path), "empty folder: no files to read (hidden files are skipped)")
                continue
        except OSError as exc:
            yield Rejected(str(path), f"can't read: {exc.strerror or exc}")
            continue
        yield path


def _gunzip(data: bytes, limit: int | None) -> bytes:
    """Decompressed gzip data, reading at most ``limit`` + 1 bytes (a gzip bomb never fills the memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read() if limit is None else fh.read(limit + 1)
    except (OSError, EOFError) as exc:
        raise InputError(f"broken gzip data: {exc}") from None
    if limit is not None and len(out) > limit:
        raise InputError(f"too large: over {limit:,} bytes once decompressed, over the limit (--max-bytes)")
    return out


def _checked(path: Path, max_bytes: int) -> bool:
    """Raise InputError with the reason when ``path`` is not a regular file within the size limit; else
    whether it is a container of many articles (JSON Lines, WARC, a feed)."""
    if path.is_symlink() and not path.exists():
        try:
            path.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError("symlink loop: the link points back to itself") from None
        raise InputError("broken symlink: its target does not exist")
    st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise InputError("not a regular file (a FIFO, socket or device); pass a file, a folder or - for standard input")
    # Compressed files and containers (JSONL, WARC, feeds) hold many articles: the limit is per article.
    container = sniff_format(path) in _CONTAINERS
    if st.st_size > max_bytes and not str(path).endswith(".gz") and not container:
        raise InputError(f"too large: {st.st_size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    return container


@contextlib.contextmanager
def _file_errors():
    """OS errors while opening or reading a file, as InputError with a one-line reason."""
    try:
        yield
    except FileNotFoundError:
        raise InputError("no such file (it may have disappeared during the run)") from None
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except PermissionError:
        raise InputError("permission denied: can't read the file") from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"can't read: {exc.strerror or exc}") from None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _file_errors():
        container = _checked(path, max_bytes)
        with open(path, "rb") as fh:
            data = fh.read()
    if str(path).lower().endswith(".gz") and not str(path).lower().endswith((".warc.gz", ".arc.gz")):
        data = _gunzip(data, None if container else max_bytes)
    return data


def _streamable(path: Path, fmt: str) -> bool:
    """JSON Lines and WARC files are read record by record, so their size never fills the memory (a .json
    file, one JSON value, is read whole)."""
    name = str(path).lower()
    if fmt == "warc":
        return True
    return fmt == "jsonl" and not name.endswith((".json", ".json.gz"))


def _first_line_is_json(head: bytes) -> bool:
    """Does the file start like JSON Lines? False for a JSON array or a pretty-printed object (read whole)."""
    text = head.lstrip()
    if text.startswith(b"["):
        return False
    end = text.find(b"\n")
    if end < 0:  # a first line longer than the head: JSON Lines of long articles
        return True
    try:
        json.loads(text[:end])
    except ValueError:
        return False
    return True


def _stream_jsonl(path: Path, source: str, *, max_bytes: int, check_language: bool) -> Iterator[Document | Rejected]:
    """The lines of a JSON Lines file (gzip'd or not), read one at a time; each bad line is its own Rejected.

    Files that are not plain UTF-8 JSON Lines (a UTF-16/32 byte-order mark, NUL bytes, a JSON array or a
    pretty-printed object) take the whole-file path, which says what is wrong with them.
    """
    from ._jsonl import entry, parse_jsonl

    gz = str(path).lower().endswith(".gz")
    limit = max_bytes * 8 + 1  # bytes: a line of 2 x max_bytes characters holds at most 8 x max_bytes bytes
    with _file_errors():
        _checked(path, max_bytes)
        fh = gzip.open(path, "rb") if gz else open(path, "rb")
    with fh:
        try:
            head = fh.read(65536)
        except (OSError, EOFError) as exc:
            raise InputError(f"broken gzip data: {exc}" if gz else f"can't read: {exc}") from None
        utf8 = head.startswith(codecs.BOM_UTF8)
        if (not utf8 and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))) or b"\x00" in head \
                or not _first_line_is_json(head[3:] if utf8 else head):
            yield from parse_jsonl(decode(_read_bytes(path, max(max_bytes, 1 << 40))), source=source,
                                   max_bytes=max_bytes, check_language=check_language)
            return
        fh.seek(0)
        n, lines = 0, 0
        while True:
            try:
                raw = fh.readline(limit)
            except (OSError, EOFError) as exc:  # a truncated or corrupt gzip stream: what was read stands
                yield Rejected(f"{source}:{n + 1}", f"broken gzip data: {exc}" if gz else f"can't read: {exc}")
                return
            if not raw:
                break
            n += 1
            where = f"{source}:{n}"
            if n == 1 and utf8:
                raw = raw[3:]
            if len(raw) >= limit and not raw.endswith(b"\n"):
                size = len(raw)
                while True:  # skip the rest of the line without holding it
                    more = fh.readline(1 << 20)
                    size += len(more)
                    if not more or more.endswith(b"\n"):
                        break
                lines += 1
                yield Rejected(where, f"too large: a line of {size:,} bytes")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                lines += 1
                yield Rejected(where, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                                      "convert it to UTF-8, e.g. iconv -f latin1 -t UTF-8")
                continue
            if not line.strip():
                continue
            lines += 1
            try:
                yield entry(line.rstrip("\r\n"), where=where, max_bytes=max_bytes, check_language=check_language)
            except InputError as exc:
                yield Rejected(where, str(exc))
        if not lines:
            yield Rejected(source, "empty: no lines to read")


def _stream_warc(path: Path, source: str, *, max_bytes: int, check_language: bool) -> Iterator[Document | Rejected]:
    """The HTML responses of a WARC file (gzip'd or not), read record by record from the file."""
    from ._warc import parse_warc

    with _file_errors():
        _checked(path, max_bytes)
        fh = open(path, "rb")
    with fh:
        yield from parse_warc(fh, source=source, max_bytes=max_bytes, check_language=check_language)


def load_text(
    text: str,
    *,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    ref: str | None = None,
) -> Document:
    """A Document from text already in memory (raises InputError with the reason); ``ref`` is the user's
    own id for it."""
    check_text(text, max_bytes=max_bytes, check_language=check_language)
    return Document(text=text, title=title, url=url, source=source, published=published,
                    ref=None if ref is None else valid_ref(ref))


def valid_ref(ref: object) -> str:
    """A ref the user gives (an option, an API field) checked: a string or a number, not empty, at most
    MAX_REF_CHARS characters; an InputError says what is wrong."""
    from ._jsonl import MAX_REF_CHARS

    if isinstance(ref, bool) or not isinstance(ref, (str, int)):
        raise InputError(f"a ref is a string or a number, not {type(ref).__name__}")
    try:
        ref = str(ref)
    except ValueError:  # an int of more digits than Python converts
        raise InputError("a ref of a number too long to read") from None
    if not ref.strip():
        raise InputError("an empty ref: give the document's own id, or leave the ref out")
    if len(ref) > MAX_REF_CHARS:
        raise InputError(f"a ref of {len(ref):,} characters, over {MAX_REF_CHARS:,}")
    return ref


def check_ref(paths: Iterable[str | Path], ref: str, *, format: str = "auto") -> str:
    """The ref the user gives for the one document of ``paths``, checked before anything is read: one
    input, a plain-text or HTML file or ``-`` (standard input); not a folder, nor a container whose
    records carry their own ids (JSON Lines, JSON, WARC, a feed). An InputError says what is wrong."""
    ref = valid_ref(ref)
    names = [str(p) for p in paths]
    if len(names) != 1:
        raise InputError(f"a ref names one document: give one text or HTML file or - for standard input, "
                         f"not {len(names)} inputs")
    name = names[0]
    if name == "-":
        return ref
    path = Path(name)
    if path.is_dir():
        raise InputError(f"a ref names one document, and {name} is a folder")
    fmt = format
    if fmt == "auto":
        head = b""
        if path.is_file():  # never a FIFO: reading it would wait for a writer (the loader refuses it)
            with contextlib.suppress(OSError), open(path, "rb") as fh:
                head = fh.read(512)
        fmt = sniff_format(name, head)
    if fmt in _CONTAINERS:
        raise InputError(_container_ref(name, fmt))
    return ref


class _RefMisuse(InputError):
    """A ref given for an input that holds many documents (standard input found to be JSON Lines)."""


def _container_ref(source: str, fmt: str) -> str:
    own = {"jsonl": "each JSON object's id field (id, doc_id, story_id, article_id or guid)",
           "warc": "each record's WARC-Record-ID", "feed": "each item's guid (else its link)"}[fmt]
    return f"a ref names one document, and {source} holds many ({fmt}): their refs are {own}"


def _dated(entries: Iterable[Document | Rejected], published: str | None) -> Iterator[Document | Rejected]:
    """The entries of a container, each Document's date overridden by ``published`` when given."""
    for entry in entries:
        if isinstance(entry, Document) and published:
            entry.published = published
            entry.published_inferred = False
        yield entry


def load(
    paths: Iterable[str | Path],
    *,
    format: str = "auto",
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    ref: str | None = None,
) -> Iterator[Document | Rejected]:
    """Documents (and Rejected inputs) from files, folders (recursively) and ``-`` for standard input.

    ``published`` (ISO date) overrides every document's own date. Each document's ``ref`` is its own id:
    a JSON object's id field, a text or HTML file's path (as its ``source`` gives it; none for standard
    input), a WARC record's WARC-Record-ID, a feed item's guid (else its link). ``ref`` gives the one
    document of one text or HTML input another (:func:`check_ref`; an InputError otherwise).
    """
    from ._feeds import parse_feed
    from ._html import parse_html
    from ._jsonl import parse_jsonl
    from ._warc import parse_warc

    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if ref is not None:
        paths = list(paths)
        ref = check_ref(paths, ref, format=format)
    for item in _expand(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        source = "<stdin>" if item == "-" else str(item)
        try:
            if item != "-":
                named = format if format != "auto" else sniff_format(source)
                if _streamable(Path(item), named):
                    if named == "jsonl":
                        entries = _stream_jsonl(Path(item), source, max_bytes=max_bytes, check_language=check_language)
                    else:
                        entries = _stream_warc(Path(item), source, max_bytes=max_bytes, check_language=check_language)
                    yield from _dated(entries, published)
                    continue
            if item == "-":
                data = sys.stdin.buffer.read()
            else:
                data = _read_bytes(Path(item), max_bytes if format not in _CONTAINERS else max(max_bytes, 1 << 40))
            fmt = format if format != "auto" else sniff_format(source, data[:512])
            if fmt in _CONTAINERS and ref is not None:  # standard input or a gzip'd file, sniffed only now
                raise _RefMisuse(_container_ref(source, fmt))
            if fmt in _CONTAINERS:
                if fmt == "jsonl":
                    entries = parse_jsonl(decode(data), source=source, max_bytes=max_bytes, check_language=check_language)
                elif fmt == "warc":
                    entries = parse_warc(data, source=source, max_bytes=max_bytes, check_language=check_language)
                else:
                    entries = parse_feed(data, source=source, max_bytes=max_bytes, check_language=check_language)
                yield from _dated(entries, published)
                continue
            if fmt == "html":
                document = parse_html(data, source=source, max_bytes=max_bytes, check_language=check_language)
            else:
                text = decode(data)
                document = load_text(text, source=source, max_bytes=max_bytes, check_language=check_language)
        except _RefMisuse:  # the command's mistake, not the input's: it stops the run
            raise
        except InputError as exc:
            yield Rejected(source, str(exc))
            continue
        document.ref = ref if ref is not None else None if item == "-" else source
        if published:
            document.published = published
            document.published_inferred = False
        yield document
