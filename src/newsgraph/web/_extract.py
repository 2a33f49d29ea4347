"""Reading a pasted or uploaded article on the spot, and storing it when allowed."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import HTTPException

from ..errors import InputError, ModelNotFound, NewsgraphError
from ..records import Document, Result

__all__ = ["extract_text", "extract_upload", "extract_document", "store_result", "UPLOAD_TYPES"]

UPLOAD_TYPES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
_CONTENT_TYPES = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html"}


def _too_large(config: Any, size: int) -> None:
    if size > config.max_upload_bytes:
        raise HTTPException(413, f"too large: {size:,} bytes, over the upload limit of {config.max_upload_bytes:,} bytes")


def _published(value: str | None) -> str | None:
    from ..pipeline import parse_date

    if value is None or not value.strip():
        return None
    try:
        day = parse_date(value.strip())
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    return day.isoformat() if day else None


def extract_text(config: Any, text: str, *, published: str | None = None, title: str | None = None,
                 url: str | None = None, source: str = "<web>", ref: str | None = None) -> Document:
    """A Document from pasted text (413 over the limit, 400 with the reason when it can't be read);
    ``ref`` is the user's own id for it (none when not given)."""
    from ..ingest import load_text

    _too_large(config, len(text.encode("utf-8", "surrogatepass")))
    text = text.replace("\r\n", "\n")  # a browser's textarea sends CRLF
    try:
        return load_text(text, source=source, title=title or None, url=url or None, published=_published(published),
                         max_bytes=config.max_upload_bytes, ref=ref or None)
    except InputError as exc:
        raise HTTPException(400, f"can't read the article: {exc}") from None


def extract_upload(config: Any, data: bytes, *, filename: str | None, content_type: str | None,
                   published: str | None = None, title: str | None = None, ref: str | None = None) -> Document:
    """A Document from an uploaded .txt or .html file; its ``ref`` the one given, else the file's name."""
    from ..ingest import valid_ref
    from ..ingest import decode
    from ..ingest import parse_html

    _too_large(config, len(data))
    suffix = PurePath(filename or "").suffix.lower()
    kind = UPLOAD_TYPES.get(suffix) or _CONTENT_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if kind is None:
        raise HTTPException(415, f"can't read {filename or 'the file'!r}: upload a .txt or .html file "
                                 f"(text/plain or text/html), not {content_type or 'an unknown type'}")
    source = f"<upload:{PurePath(filename or 'article').name}>"
    try:
        ref = valid_ref(ref) if ref else PurePath(filename).name if filename else None
        if kind == "html":
            document = parse_html(data, source=source, max_bytes=config.max_upload_bytes)
            if title:
                document.title = title
            pub = _published(published)
            if pub:
                document.published = pub
            document.ref = ref
            return document
        return extract_text(config, decode(data), published=published, title=title, source=source, ref=ref)
    except InputError as exc:
        raise HTTPException(400, f"can't read {PurePath(filename or 'the file').name!r}: {exc}") from None


def extract_document(config: Any, document: Document) -> Result:
    """Run the pipeline on one document (503 when the model is missing)."""
    try:
        extractor = config.get_extractor()
        with config.lock:  # one spaCy pipeline, one document at a time
            return extractor(document)
    except ModelNotFound as exc:
        raise HTTPException(503, str(exc)) from None
    except NewsgraphError as exc:
        raise HTTPException(400, str(exc)) from None


def store_result(config: Any, result: Result) -> dict[str, Any]:
    """Store a result through a writable store opened for this write only."""
    from ..store import Store
    from ..store import event_key

    store = Store(config.db_path)
    try:
        new = store.add(result)
    finally:
        store.close()
    return {"new": new, "document": result.document.id,
            "event_keys": [event_key(e.to_dict()) for e in result.events]}
