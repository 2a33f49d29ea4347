"""HTML pages through trafilatura: the body text, plus title, date and url from the page's metadata."""

from __future__ import annotations

from ..errors import InputError
from ..records import Document
from ._checks import DEFAULT_MAX_BYTES, check_text

__all__ = ["parse_html"]


def parse_html(data: bytes | str, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               check_language: bool = True) -> Document:
    """A Document from an HTML page; raises InputError when no article text can be found."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    if isinstance(data, bytes) and b"\x00" in data[:65536]:
        raise InputError("binary data (NUL bytes), not HTML")
    if len(data) > max_bytes:
        raise InputError(f"too large: {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    try:
        extracted = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises a variety of lxml errors on hostile markup
        raise InputError(f"unreadable HTML: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    if not text.strip():
        raise InputError("no article text found in the HTML (empty, truncated or only markup)")
    check_text(text, max_bytes=max_bytes, check_language=check_language)
    return Document(
        text=text,
        title=getattr(extracted, "title", None) or None,
        published=_iso_date(getattr(extracted, "date", None)),
        url=getattr(extracted, "url", None) or None,
        source=source,
    )


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
