"""RSS and Atom feeds (feedparser): each entry is one article (its content, else its summary), its ``ref``
the entry's guid (RSS ``<guid>``, Atom ``<id>``), else its link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document, Rejected
from ._checks import DEFAULT_MAX_BYTES, check_text

__all__ = ["parse_feed"]


def _plain(html: str) -> str:
    """Text of an HTML fragment (entries carry HTML); markup never reaches the document text."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = [" ".join(p.text_content().split()) for p in root.xpath("//p|//li|//h1|//h2|//h3|//blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else " ".join(root.text_content().split())


def parse_feed(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES,
               check_language: bool = True) -> Iterator[Document | Rejected]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = "no entries in the feed"
        if feed.bozo:
            reason = f"not a readable RSS/Atom feed: {str(feed.bozo_exception).splitlines()[0]}"
        yield Rejected(source, reason)
        return
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        where = f"{source}#{link or number}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry["content"]), key=len)
        html = html or entry.get("summary", "")
        text = _plain(html)
        try:
            check_text(text, max_bytes=max_bytes, check_language=check_language)
        except InputError as exc:
            yield Rejected(where, str(exc))
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            try:
                published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
            except ValueError:
                published = None
        guid = entry.get("id")
        yield Document(text=text, title=entry.get("title"), url=link, published=published, source=where,
                       ref=guid if isinstance(guid, str) and guid.strip() else link or None)
