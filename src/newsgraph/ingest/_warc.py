"""WARC files of news crawls (the CC-NEWS format): each HTML response record is one article."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..records import Document, Rejected
from ._checks import DEFAULT_MAX_BYTES

__all__ = ["parse_warc"]


def parse_warc(data: "bytes | BinaryIO", *, source: str, max_bytes: int = DEFAULT_MAX_BYTES,
               check_language: bool = True) -> Iterator[Document | Rejected]:
    """Documents from the HTML responses of a WARC file (gzip'd or not); other records are skipped.

    The source of each is ``FILE#TARGET-URI``, its ``ref`` the record's WARC-Record-ID as the header
    gives it (unique to the record, where the address may be crawled again). A page without its own
    date takes the WARC-Date (the crawl time) as an inferred publication date.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from ._html import parse_html

    seen = read = 0  # records, and HTML responses read (as a Document or a Rejected)
    try:
        records = ArchiveIterator(data if hasattr(data, "read") else io.BytesIO(data))  # a file streams
        for record in records:
            seen += 1
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID") or "?"
            where = f"{source}#{uri}"
            ctype = ""
            if record.http_headers is not None:
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            else:
                ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
            if ctype and "html" not in ctype:
                continue
            try:
                body = record.content_stream().read(max_bytes + 1)
                document = parse_html(body, source=where, max_bytes=max_bytes, check_language=check_language)
            except InputError as exc:
                read += 1
                yield Rejected(where, str(exc))
                continue
            if not document.url and uri != "?":
                document.url = uri
            document.ref = record.rec_headers.get_header("WARC-Record-ID") or (uri if uri != "?" else None)
            if not document.published:
                warc_date = record.rec_headers.get_header("WARC-Date") or ""
                if len(warc_date) >= 10:
                    document.published = warc_date[:10]
                    document.published_inferred = True
            read += 1
            yield document
        if seen == 0:
            yield Rejected(source, "no WARC records could be read (empty or truncated file)")
        elif read == 0:
            yield Rejected(source, f"no HTML responses among its {seen} WARC record{'s' if seen != 1 else ''}")
    except ArchiveLoadFailed as exc:
        yield Rejected(source, f"not a readable WARC file: {str(exc).splitlines()[0]}")
    except (OSError, EOFError, ValueError) as exc:  # truncated gzip members, broken headers
        yield Rejected(source, f"truncated or broken WARC data: {exc}")
