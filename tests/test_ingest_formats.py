"""Inputs at scale: WARC files (CC-NEWS style) and RSS/Atom feeds. No model needed."""

from __future__ import annotations

import io

import pytest

from newsgraph.ingest import Rejected, load
from newsgraph.records import Document

BODY = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>The defence minister said on Monday that the government would hold talks with the rebels in the "
        "capital next week, after the army withdrew from the border region where it had fought for two years.</p>"
        "<p>{extra}</p></article></body></html>")


def _warc(path, pages, *, gz=True):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for uri, ctype, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()), http_headers=http,
                                               warc_headers_dict={"WARC-Date": "2021-10-19T12:00:00Z"})
            writer.write_record(record)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_html_responses_become_documents(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    _warc(path, [
        ("https://news.test/a", "text/html; charset=utf-8", BODY.format(title="Talks", extra="A ceasefire holds.")),
        ("https://news.test/logo.png", "image/png", "\x89PNG not an article"),
        ("https://news.test/b", "text/html", BODY.format(title="Withdrawal", extra="Troops left on Friday.")),
        ("https://news.test/empty", "text/html", "<html><body></body></html>"),
    ], gz=gz)
    items = list(load([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://news.test/a", "https://news.test/b"]
    assert docs[0].published == "2021-10-19" and docs[0].published_inferred is True
    assert docs[0].source.endswith("#https://news.test/a")
    assert "talks with the rebels" in docs[1].text
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(rejected) == 1 and rejected[0].source.endswith("/empty")


def test_truncated_warc_is_rejected_with_a_reason(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://news.test/a", "text/html", BODY.format(title="T", extra="x"))])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = list(load([str(path)]))
    assert items and all(isinstance(i, Rejected) for i in items)
    assert "WARC" in items[0].reason


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>Talks resume</title><link>https://news.test/1</link><pubDate>Tue, 19 Oct 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The foreign minister said on Monday that the government would hold talks with the rebels in the capital
next week, after the army withdrew from the border region where it had fought for two years.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Empty</title><link>https://news.test/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
<entry><title>Ceasefire</title><link href="https://news.test/3"/><updated>2021-08-15T10:00:00Z</updated>
<content type="html">&lt;p&gt;The rebels and the army agreed on Sunday to a ceasefire that the United Nations will
monitor, the envoy said after the talks in Geneva ended late at night.&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_entries_become_documents(tmp_path):
    (tmp_path / "world.rss").write_text(RSS)
    (tmp_path / "feed.xml").write_text(ATOM)
    items = list(load([str(tmp_path / "world.rss"), str(tmp_path / "feed.xml")]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.title, d.published, d.url) for d in docs] == [
        ("Talks resume", "2021-10-19", "https://news.test/1"), ("Ceasefire", "2021-08-15", "https://news.test/3")]
    assert "alert" not in docs[0].text and "<p>" not in docs[0].text
    assert [i.source.rsplit("#", 1)[1] for i in items if isinstance(i, Rejected)] == ["https://news.test/2"]


def test_not_a_feed(tmp_path):
    (tmp_path / "x.rss").write_text("this is not xml at all, just words")
    [item] = load([str(tmp_path / "x.rss")])
    assert isinstance(item, Rejected)


ARTICLE_TEXT = ("The defence minister said on Monday that the government would hold talks with the rebels in the "
                "capital next week, after the army withdrew from the border region where it had fought for years.")


def _jsonl_lines(n: int) -> list[bytes]:
    import json

    return [json.dumps({"text": f"{ARTICLE_TEXT} Report {i}.", "date": "2021-10-19"}).encode() for i in range(n)]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_streams_line_by_line_and_a_bad_line_is_only_that_line(tmp_path, gz):
    import gzip

    lines = _jsonl_lines(5)
    lines[2] = b'{"text": "caf\xe9 ' + ARTICLE_TEXT.encode() + b'"}'  # latin-1, not UTF-8
    data = b"\n".join(lines) + b"\n"
    path = tmp_path / ("a.jsonl.gz" if gz else "a.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    items = list(load([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Rejected", "Document", "Document"]
    assert items[2].source.endswith(":3") and "not UTF-8" in items[2].reason
    assert items[4].source.endswith(":5") and items[4].text.endswith("Report 4.")


def test_jsonl_is_never_read_whole(tmp_path, monkeypatch):
    import tracemalloc

    from newsgraph.ingest import _load

    path = tmp_path / "big.jsonl"
    lines = _jsonl_lines(20_000)  # about 5 MB
    path.write_bytes(b"\n".join(lines) + b"\n")
    monkeypatch.setattr(_load, "_read_bytes", lambda *a, **k: pytest.fail("read whole"))
    tracemalloc.start()
    count = sum(1 for item in load([path], check_language=False) if isinstance(item, Document))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 20_000
    assert peak < path.stat().st_size / 5  # streaming: far below the file's size


def test_jsonl_overlong_line_and_truncated_gzip(tmp_path):
    import gzip

    lines = _jsonl_lines(3)
    lines[1] = b'{"text": "' + b"word " * 200_000 + b'"}'  # 1 MB
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(load([path], max_bytes=50_000))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Document"]
    assert "too large" in items[1].reason
    packed = gzip.compress(b"\n".join(_jsonl_lines(3000)) + b"\n")  # about 800 KB unpacked
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    items = list(load([cut]))
    assert isinstance(items[-1], Rejected) and "gzip" in items[-1].reason
    assert sum(isinstance(i, Document) for i in items) > 0  # what came before the cut stands


def test_json_array_and_utf16_jsonl_take_the_whole_file_path(tmp_path):
    import codecs
    import json

    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"text": ARTICLE_TEXT}, {"text": ARTICLE_TEXT + " Again."}]))
    assert [type(i).__name__ for i in load([array])] == ["Document", "Document"]
    pretty = tmp_path / "p.jsonl"
    pretty.write_text(json.dumps({"text": ARTICLE_TEXT}, indent=2))
    assert [type(i).__name__ for i in load([pretty])] == ["Document"]
    utf16 = tmp_path / "u.jsonl"
    utf16.write_bytes(codecs.BOM_UTF16_LE + (json.dumps({"text": ARTICLE_TEXT}) + "\n").encode("utf-16-le"))
    assert [type(i).__name__ for i in load([utf16])] == ["Document"]
