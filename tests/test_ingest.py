"""Loaders: formats, folders, rejections with one-line reasons. No model needed."""

from __future__ import annotations

import gzip
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import Rejected, check_text, decode, load, sniff_format
from newsgraph.records import Document, document_id

ARTICLE = ("The foreign minister said on Monday that the government would hold talks with the rebels "
           "in the capital next week, after the army withdrew from the border region where it had "
           "fought for two years.")


def _load(*paths, **kw):
    return list(load([str(p) for p in paths], **kw))


def test_plain_text_keeps_the_text_exactly(tmp_path):
    text = "\n\n  " + ARTICLE + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [doc] = _load(tmp_path / "a.txt")
    assert isinstance(doc, Document)
    assert doc.text == text  # offsets are into the text exactly as read
    assert doc.id == document_id(text)
    assert doc.source.endswith("a.txt")


def test_published_overrides_the_documents_date(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": ARTICLE, "date": "2020-01-02"}) + "\n")
    [doc] = _load(tmp_path / "a.jsonl", published="2021-10-19")
    assert doc.published == "2021-10-19"


def test_jsonl_fields_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE, "title": "Talks", "date": "2021-10-19T08:00:00Z", "url": "https://x.test/1"}),
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": ARTICLE + " Again.", "date": "32nd of March"}),
        "",
        json.dumps({"content": ARTICLE + " Content field."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    items = _load(tmp_path / "a.jsonl")
    docs = [i for i in items if isinstance(i, Document)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [d.title for d in docs] == ["Talks", None]
    assert docs[0].published == "2021-10-19" and docs[0].url == "https://x.test/1"
    assert docs[0].source.endswith("a.jsonl:1")
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert set(reasons) == {"2", "3", "4", "5", "6"}
    assert "broken JSON" in reasons["2"]
    assert "no text field" in reasons["3"]
    assert "not a string" in reasons["4"]
    assert "not an object" in reasons["5"]
    assert "not an ISO date" in reasons["6"]


def test_json_file_with_one_object_or_an_array(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": ARTICLE, "title": "One"}, indent=2))
    (tmp_path / "many.json").write_text(json.dumps([{"text": ARTICLE + " A."}, {"text": ARTICLE + " B."}]))
    docs = _load(tmp_path / "one.json", tmp_path / "many.json")
    assert [type(d) for d in docs] == [Document] * 3
    assert docs[0].title == "One"


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": ARTICLE}) + "\n").encode()))
    [doc] = _load(path)
    assert doc.text == ARTICLE


def test_html_through_trafilatura(tmp_path):
    html = (
        "<html><head><title>Talks begin</title>"
        '<meta property="article:published_time" content="2021-10-19T10:00:00Z">'
        '<link rel="canonical" href="https://example.com/talks"></head>'
        f"<body><nav>Home | World</nav><article><h1>Talks begin</h1><p>{ARTICLE}</p>"
        "<p>The minister will travel to Geneva on Friday.</p></article>"
        "<script>alert('x')</script></body></html>"
    )
    (tmp_path / "a.html").write_text(html)
    [doc] = _load(tmp_path / "a.html")
    assert isinstance(doc, Document), doc
    assert "talks with the rebels" in doc.text
    assert "alert" not in doc.text
    assert doc.title == "Talks begin"
    assert doc.published == "2021-10-19"
    assert doc.url == "https://example.com/talks"


def test_folders_are_read_recursively_in_order_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE + " Two.")
    (tmp_path / "1.txt").write_text(ARTICLE + " One.")
    (tmp_path / ".hidden.txt").write_text(ARTICLE + " Hidden.")
    docs = _load(tmp_path)
    assert [d.text[-4:] for d in docs] == ["One.", "Two."]


def test_symlink_loop_is_rejected_not_followed_forever(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(ARTICLE)
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    items = _load(tmp_path)
    assert sum(isinstance(i, Document) for i in items) == 1
    assert any(isinstance(i, Rejected) and "symlink loop" in i.reason for i in items)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\t \n", "whitespace only"),
        (b"\x00\x01\x02binary\x00data" * 10, "binary"),
        ("caf\u00e9 cr\u00e8me ".encode("latin-1") * 20, "not UTF-8"),
        ("The talks".encode("utf-16-le") * 20, "UTF-16"),
        ("Le gouvernement a annonc\u00e9 lundi que les n\u00e9gociations avec les rebelles reprendront "
         "dans la capitale la semaine prochaine, apr\u00e8s le retrait de l'arm\u00e9e de la r\u00e9gion "
         "frontali\u00e8re o\u00f9 elle combattait depuis deux ans, selon des sources proches du dossier."
         .encode(), "not English"),
    ],
)
def test_bad_inputs_get_a_one_line_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [item] = _load(path)
    assert isinstance(item, Rejected)
    assert reason in item.reason
    assert "\n" not in item.reason


def test_utf16_with_bom_and_utf8_bom_are_read(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeff".encode("utf-16-le")[:0] + b"\xff\xfe" + ARTICLE.encode("utf-16-le"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + (ARTICLE + " B").encode())
    docs = _load(tmp_path / "a.txt", tmp_path / "b.txt")
    assert [d.text for d in docs] == [ARTICLE, ARTICLE + " B"]


def test_too_large_and_missing_files(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE * 10)
    items = _load(tmp_path / "big.txt", tmp_path / "gone.txt", max_bytes=500)
    assert "too large" in items[0].reason
    assert "no such file" in items[1].reason


def test_unreadable_file(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    [item] = _load(path)
    assert "permission denied" in item.reason


def test_sniff_format():
    assert sniff_format("x.HTML") == "html"
    assert sniff_format("x.jsonl.gz") == "jsonl"
    assert sniff_format("noext", b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format("noext", b'{"text": 1}') == "jsonl"
    assert sniff_format("noext", b"Plain words") == "text"


def test_decode_and_check_text_raise_input_errors():
    with pytest.raises(InputError, match="not UTF-8"):
        decode(b"\xff\xfe\xfa"[1:])
    with pytest.raises(InputError, match="empty"):
        check_text("")
    check_text("Short text in any language: benefit of the doubt.")
