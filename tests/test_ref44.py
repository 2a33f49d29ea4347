"""A document's own id (``ref``): read from each kind of input, kept through the output, the store (its
migration, a text read again under another ref), the export, the CLI and the web. Invented sentences; a
stand-in extractor, so no model is needed."""

from __future__ import annotations

import io
import json
import sys

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import InputError
from newsgraph.ingest import Rejected, load
from newsgraph.records import Document, Result
from newsgraph.store import open_store
from newsgraph.store._schema import MIGRATIONS

from factories import actor, event, old_store, resign_result, when

TALKS = ("The defence minister said on Monday that the government would hold talks with the rebels in the "
         "capital next week, after the army withdrew from the border region.")
ARREST = ("The interior minister said on Friday that the police arrested three men accused of planning an "
          "attack on the parliament building in the capital.")
VOTE = ("The prime minister said on Tuesday that the cabinet would resign after it lost the vote of confidence "
        "in parliament by a wide margin.")


def _jsonl(path, *objs) -> str:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return str(path)


def _docs(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


class FakeExtractor:
    """Stands in for the pipeline: one asserted RETREAT by "the minister", dated by the document."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def __call__(self, document: Document) -> Result:
        first = document.text.split(". ")[0]
        return Result(document=document, actors=[actor("minister", "the minister", aliases=["minister"])],
                      events=[event("e1", "RETREAT", first, actor=["minister"],
                                    date=when(document.published or "2021-10-19", source=None))])

    def pipe(self, documents, batch_size: int = 1):
        return [self(d) for d in documents]


@pytest.fixture()
def fake(monkeypatch):
    monkeypatch.setattr("newsgraph.jobs.Extractor", FakeExtractor)


# -- reading ---------------------------------------------------------------------------------------
def test_a_json_lines_record_keeps_its_own_id_under_each_usual_name(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl",
                  {"id": "story-1", "text": TALKS},
                  {"doc_id": 17, "text": ARREST},
                  {"story_id": "s3", "text": VOTE + " One."},
                  {"article_id": 2.5, "text": VOTE + " Two."},
                  {"guid": "urn:x:5", "text": VOTE + " Three."},
                  {"id": "", "story_id": "after-empty", "text": VOTE + " Four."},  # an empty id is no id
                  {"id": "first", "guid": "second", "text": VOTE + " Five."},
                  {"text": VOTE + " Six."})
    docs = _docs(load([path]))
    assert [d.ref for d in docs] == ["story-1", "17", "s3", "2.5", "urn:x:5", "after-empty", "first", None]
    assert docs[0].id != "story-1" and len(docs[0].id) == 64  # the id stays the hash of the text
    assert docs[0].source.endswith("a.jsonl:1")


def test_a_json_file_of_one_object_or_an_array_keeps_the_ids(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": 9, "text": TALKS}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "a", "text": ARREST}, {"id": "b", "text": VOTE}]),
                                        encoding="utf-8")
    refs = {d.source.rsplit("/", 1)[1]: d.ref for d in _docs(load([tmp_path]))}
    assert refs == {"many.json[0]": "a", "many.json[1]": "b", "one.json": "9"}


@pytest.mark.parametrize("value, what", [({"n": 1}, "a JSON object"), ([1, 2], "a JSON array"), (True, "a boolean"),
                                         (float("nan"), "not a finite number")])
def test_an_id_that_is_neither_a_string_nor_a_number_rejects_its_line_with_the_reason(tmp_path, value, what):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": TALKS}) + "\n" + json.dumps({"id": value, "text": ARREST}) + "\n",
                    encoding="utf-8")
    items = list(load([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected"]
    assert items[1].source.endswith(":2") and "\n" not in items[1].reason
    assert items[1].reason.startswith(f"the id field 'id' is {what}, not a string or a number")


def test_an_id_too_long_or_a_number_too_long_to_read_rejects_the_line_not_the_run(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x" * 1001, "text": TALKS}) + "\n"
                    + '{"id": ' + "9" * 5000 + ', "text": "' + ARREST + '"}\n'
                    + json.dumps({"id": "fine", "text": VOTE}) + "\n", encoding="utf-8")
    items = list(load([path]))
    assert [type(i).__name__ for i in items] == ["Rejected", "Rejected", "Document"]
    assert "1,001 characters long, over 1,000" in items[0].reason
    assert items[1].reason.startswith("unreadable JSON (Exceeds the limit (4300 digits)")
    assert items[2].ref == "fine"


def test_regression_a_json_file_with_a_number_too_long_to_read_is_rejected_not_a_crash(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('[{"id": ' + "9" * 5000 + ', "text": "' + TALKS + '"}]', encoding="utf-8")
    items = list(load([path]))
    assert items and all(isinstance(i, Rejected) for i in items)


def test_two_lines_with_one_ref_and_different_texts_are_two_documents_with_that_ref(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", {"id": "dup", "text": TALKS}, {"id": "dup", "text": ARREST})
    docs = _docs(load([path]))
    assert [d.ref for d in docs] == ["dup", "dup"] and docs[0].id != docs[1].id


def test_a_text_or_html_file_is_its_path_as_given_and_standard_input_has_none(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TALKS, encoding="utf-8")
    (folder / "sub" / "b.html").write_text(f"<html><body><article><p>{ARREST}</p><p>{VOTE}</p></article></body></html>",
                                           encoding="utf-8")
    docs = _docs(load([folder]))
    assert [d.ref for d in docs] == [str(folder / "a.txt"), str(folder / "sub" / "b.html")]
    assert [d.ref for d in docs] == [d.source for d in docs]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VOTE.encode())))
    [doc] = _docs(load(["-"]))
    assert doc.source == "<stdin>" and doc.ref is None


def test_a_ref_given_names_the_one_text_or_html_document(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    [doc] = _docs(load([tmp_path / "a.txt"], ref="story-9"))
    assert doc.ref == "story-9" and doc.source == str(tmp_path / "a.txt")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(VOTE.encode())))
    assert [d.ref for d in _docs(load(["-"], ref=42))] == ["42"]


@pytest.mark.parametrize("case, message", [
    ("two", "a ref names one document: give one text or HTML file or - for standard input, not 2 inputs"),
    ("folder", "is a folder"),
    ("jsonl", "holds many (jsonl): their refs are each JSON object's id field"),
    ("empty", "an empty ref"),
])
def test_a_ref_for_more_than_one_document_is_refused_before_anything_is_read(tmp_path, case, message):
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    jsonl = _jsonl(tmp_path / "b.jsonl", {"text": ARREST})
    paths = {"two": [tmp_path / "a.txt", tmp_path / "a.txt"], "folder": [tmp_path], "jsonl": [jsonl],
             "empty": [tmp_path / "a.txt"]}[case]
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        next(iter(load(paths, ref=" " if case == "empty" else "x")))


def test_a_ref_for_json_lines_on_standard_input_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((json.dumps({"id": 1, "text": TALKS}) + "\n").encode())))
    with pytest.raises(InputError, match=r"<stdin> holds many \(jsonl\)"):
        list(load(["-"], ref="x"))


def test_a_warc_record_is_its_record_id_and_a_feed_item_its_guid_else_its_link(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = f"<html><head><title>Talks</title></head><body><article><p>{TALKS}</p><p>{VOTE}</p></article></body></html>"
    with open(tmp_path / "crawl.warc.gz", "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://news.test/talks", "response", payload=io.BytesIO(page.encode()),
                                           http_headers=http)
        writer.write_record(record)
        record_id = record.rec_headers.get_header("WARC-Record-ID")
    item = "<item><title>{t}</title><link>https://news.test/{n}</link>{guid}<description>{text}</description></item>"
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
           + item.format(t="A", n=1, guid='<guid isPermaLink="false">wire-0001</guid>', text=ARREST)
           + item.format(t="B", n=2, guid="", text=VOTE) + "</channel></rss>")
    (tmp_path / "world.rss").write_text(rss, encoding="utf-8")
    warc = _docs(load([tmp_path / "crawl.warc.gz"]))
    feed = _docs(load([tmp_path / "world.rss"]))
    assert record_id and [d.ref for d in warc] == [record_id]
    assert [d.ref for d in feed] == ["wire-0001", "https://news.test/2"]


# -- output ----------------------------------------------------------------------------------------
def test_the_document_record_carries_its_ref_after_its_id():
    doc = Document(text=TALKS, ref="story-1")
    assert list(doc.to_dict())[:2] == ["id", "ref"] and doc.to_dict()["ref"] == "story-1"
    assert Document(text=TALKS).to_dict()["ref"] is None


def test_every_extract_format_shows_the_ref(tmp_path, fake):
    path = _jsonl(tmp_path / "a.jsonl", {"id": 101, "text": TALKS, "date": "2021-10-18"},
                  {"id": "[/bold] odd", "text": ARREST, "title": "[/x] A title", "date": "2021-10-19"})
    runner = CliRunner()
    lines = runner.invoke(app, ["extract", path, "--format", "jsonl"])
    assert lines.exit_code == 0, lines.output
    assert [json.loads(x)["document"]["ref"] for x in lines.stdout.splitlines()] == ["101", "[/bold] odd"]
    whole = runner.invoke(app, ["extract", path, "--format", "json"])
    assert [r["document"]["ref"] for r in json.loads(whole.stdout)] == ["101", "[/bold] odd"]
    # a ref or a title that looks like rich markup is printed as it is, never read as markup
    table = runner.invoke(app, ["extract", path, "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "ref 101" in table.stdout and "ref [/bold] odd" in table.stdout and "[/x] A title" in table.stdout
    timeline = runner.invoke(app, ["extract", path, "--format", "timeline"])
    assert [x for x in timeline.stdout.splitlines() if x.startswith("# ")][0].endswith("; ref 101)")


def test_extract_takes_a_ref_for_one_file_and_refuses_it_for_many_in_one_line(tmp_path, fake):
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    runner = CliRunner()
    given = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--ref", "mine-7"])
    assert given.exit_code == 0 and json.loads(given.stdout)["document"]["ref"] == "mine-7"
    default = runner.invoke(app, ["extract", str(tmp_path / "a.txt")])
    assert json.loads(default.stdout)["document"]["ref"] == str(tmp_path / "a.txt")
    jsonl = _jsonl(tmp_path / "b.jsonl", {"id": 1, "text": ARREST})
    for args in ([jsonl], [str(tmp_path / "a.txt"), str(tmp_path / "a.txt")]):
        for command in (["extract"], ["ingest", "--db", str(tmp_path / "s.db")]):
            refused = runner.invoke(app, [*command, *args, "--ref", "x"])
            assert refused.exit_code == 2 and refused.stderr.startswith("newsgraph: --ref: a ref names one document")
            assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "s.db").exists()


# -- the store -------------------------------------------------------------------------------------
def test_ingest_keeps_the_refs_and_events_and_documents_filter_by_them(tmp_path, fake):
    db = str(tmp_path / "s.db")
    path = _jsonl(tmp_path / "a.jsonl", {"id": 101, "text": TALKS, "date": "2021-10-18"},
                  {"id": "b-2", "text": ARREST, "date": "2021-10-19"},
                  {"id": "b-2", "text": VOTE, "date": "2021-10-20"},  # one ref, another text: a document of its own
                  {"id": "c-3", "text": TALKS, "date": "2021-10-18"})  # the first text again, under another ref
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", path, "--db", db, "--no-progress"])
    assert ingested.exit_code == 0, ingested.output
    assert "stored 3, already stored 1" in ingested.stderr
    docs = json.loads(runner.invoke(app, ["documents", "--db", db, "--format", "json"]).stdout)
    assert sorted(d["ref"] for d in docs) == ["101", "b-2", "b-2"]  # the first ref stays the document's
    events = runner.invoke(app, ["events", "--db", db, "--ref", "b-2", "--format", "json"])
    assert [(e["date"]["value"], e["ref"]) for e in json.loads(events.stdout)] == [("2021-10-19", "b-2"),
                                                                                  ("2021-10-20", "b-2")]
    again = json.loads(runner.invoke(app, ["events", "--db", db, "--ref", "c-3", "--format", "json"]).stdout)
    assert [(e["date"]["value"], e["ref"]) for e in again] == [("2021-10-18", "101")]  # read again as c-3
    assert json.loads(runner.invoke(app, ["events", "--db", db, "--ref", "nope", "--format", "json"]).stdout) == []
    listed = runner.invoke(app, ["documents", "--db", db, "--ref", "c-3", "--format", "json"])
    assert [d["ref"] for d in json.loads(listed.stdout)] == ["101"]
    table = runner.invoke(app, ["documents", "--db", db])
    assert table.exit_code == 0 and "b-2" in table.stdout
    with open_store(db, readonly=True) as store:
        [doc] = store.documents(ref="c-3")
        assert store.document(doc["id"])["refs"] == ["101", "c-3"]


def test_a_text_stored_again_under_another_ref_keeps_the_first_and_records_both(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        first = resign_result(source="a.jsonl:1")
        first.document.ref = "wire-1"
        again = resign_result(source="b.jsonl:4")
        again.document.ref = "site-9"
        assert store.add(first) is True and store.add(again) is False
        assert store.counts()["documents"] == 1 and store.counts()["events"] == 4
        [doc] = store.documents()
        assert doc["ref"] == "wire-1"
        assert store.document(doc["id"])["refs"] == ["wire-1", "site-9"]
        assert [d["id"] for d in store.documents(ref="site-9")] == [doc["id"]]
        rows = {r["ref"]: r["source"] for r in store.table_rows("document_refs")}
        assert rows == {"wire-1": "a.jsonl:1", "site-9": "b.jsonl:4"}
        # a near duplicate's ref is one of the document's refs, never its own ref
        store.add_source(doc["id"], "c.jsonl:2", similarity=0.9, text_id="f" * 64, ref="near-3")
        assert store.document(doc["id"])["ref"] == "wire-1"
        assert store.document(doc["id"])["refs"] == ["wire-1", "site-9", "near-3"]
        assert [e["ref"] for e in store.events(ref="near-3", modalities=None, negated=None)] == ["wire-1"] * 4


def test_queries_give_each_record_its_documents_ref(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        result = resign_result()
        result.document.ref = "r-1"
        store.add(result)
        assert {e["ref"] for e in store.events(modalities=None, negated=None)} == {"r-1"}
        key = store.events()[0]["key"]
        assert [s["ref"] for s in store.event_sources(key)] == ["r-1"]
        assert [r["ref"] for r in store.roles()] == ["r-1"]
        assert [q["ref"] for q in store.quotes()] == ["r-1"]
        assert [g["ref"] for g in store.agreements(links=False)] == ["r-1"]
        assert {d["ref"] for d in store.actor_documents("taliban")} == {"r-1"}
        assert {d["ref"] for d in store.actor_records("taliban")} == {"r-1"}


@pytest.mark.parametrize("second, near", [(TALKS, None), (TALKS.replace("next week", "next month"), 0.5)],
                         ids=["the same text", "a near duplicate"])
def test_ingest_records_the_ref_of_a_text_read_again_in_one_run(tmp_path, second, near):
    """The second reading waits for the first to be written (both in one batch), then joins its refs; the
    document keeps the first."""
    from newsgraph.jobs import ingest

    path = _jsonl(tmp_path / "a.jsonl", {"id": "x-1", "text": TALKS}, {"id": "x-2", "text": second})
    with open_store(tmp_path / "s.db") as store:
        report = ingest([path], store=store, extractor=FakeExtractor(), batch_size=8, near_duplicates=near)
        assert (report.stored, report.duplicates + report.near_duplicates) == (1, 1)
        [doc] = store.documents()
        assert doc["ref"] == "x-1" and store.document(doc["id"])["refs"] == ["x-1", "x-2"]


def test_a_store_of_the_previous_schema_migrates_and_its_documents_take_a_ref_when_read_again(tmp_path):
    path = tmp_path / "old.db"
    db = old_store(path, 4)
    old = resign_result().document
    db.execute("INSERT INTO documents(id, title, published, text, ingested_at, kind, source) "
               "VALUES (?, 'Envoy resigns', '2021-10-19', ?, 'then', 'news', 'a.txt')", (old.id, old.text))
    db.commit()
    db.close()
    with pytest.raises(Exception, match="schema version 4, this newsgraph needs 5"):
        open_store(path, readonly=True)
    with open_store(path) as store:
        assert store.version == MIGRATIONS[-1][0] == 5
        [doc] = store.documents()
        assert doc["id"] == old.id and doc["ref"] is None and doc["kind"] == "news"
        assert store.document(old.id)["refs"] == []
        store.add_source(old.id, "b.jsonl:1", ref="now-1")  # the same text read again, with its id
        assert store.document(old.id)["ref"] == "now-1"
    with open_store(path, readonly=True) as store:
        assert [d["ref"] for d in store.documents(ref="now-1")] == ["now-1"]


def test_the_export_gives_every_documents_row_its_ref(tmp_path):
    import csv

    from newsgraph.export import export

    with open_store(tmp_path / "s.db") as store:
        result = resign_result()
        result.document.ref = "exp-1"
        store.add(result)
        written = {p.name: n for p, n in export(store, tmp_path / "out", format="csv")}
    assert written["document_refs.csv"] == 1
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8") as fh:
        assert [r["ref"] for r in csv.DictReader(fh)] == ["exp-1"]
    with open(tmp_path / "out" / "events.csv", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    header = reader.fieldnames or []
    assert header[header.index("document_id") + 1] == "document_ref"
    assert {r["document_ref"] for r in rows} == {"exp-1"}


def test_the_parquet_output_keeps_the_refs(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from newsgraph.store import ParquetStore

    folder = tmp_path / "pq"
    first, again = resign_result(source="a.jsonl:1"), resign_result(source="b.jsonl:1")
    first.document.ref, again.document.ref = "p-1", "p-2"
    with ParquetStore(folder) as store:
        assert store.add_many([first]) == [True]
        assert store.add_many([again]) == [False]
    documents = [r for p in sorted(folder.glob("documents/**/*.parquet")) for r in pq.read_table(p).to_pylist()]
    sources = [r for p in sorted(folder.glob("sources/**/*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert [d["ref"] for d in documents] == ["p-1"]
    assert sorted((s["source"], s["ref"]) for s in sources) == [("a.jsonl:1", "p-1"), ("b.jsonl:1", "p-2")]


# -- the Python API and the web ----------------------------------------------------------------------
def test_the_python_extract_takes_a_ref(monkeypatch):
    import newsgraph
    from newsgraph import pipeline

    monkeypatch.setattr(pipeline, "_default_extractor", lambda *a, **k: FakeExtractor())
    assert newsgraph.extract(TALKS, ref=12).document.ref == "12"
    assert newsgraph.extract(TALKS).document.ref is None
    with pytest.raises(InputError, match="a ref is a string or a number, not dict"):
        newsgraph.extract(TALKS, ref={"a": 1})  # type: ignore[arg-type]


def test_the_web_shows_the_ref_and_finds_a_document_by_it(tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    db = tmp_path / "web.db"
    with open_store(db) as store:
        first, again = resign_result(source="a.jsonl:1"), resign_result(source="b.jsonl:2")
        first.document.ref, again.document.ref = "<b>wire-1</b>", "site-2"
        store.add(first)
        store.add(again)
        doc_id = first.document.id
    client = TestClient(create_app(db, token="t0ken", extractor=FakeExtractor(), max_upload_bytes=5_000))
    page = client.get(f"/documents/{doc_id}").text
    assert '<code id="ref">&lt;b&gt;wire-1&lt;/b&gt;</code>' in page and "<code>site-2</code>" in page
    api = client.get(f"/api/documents/{doc_id}").json()
    assert api["ref"] == "<b>wire-1</b>" and api["refs"] == ["<b>wire-1</b>", "site-2"]
    assert [d["id"] for d in client.get("/api/documents", params={"ref": "site-2"}).json()["items"]] == [doc_id]
    assert client.get("/api/documents", params={"ref": "other"}).json()["items"] == []
    assert {e["ref"] for e in client.get("/api/events", params={"ref": "site-2"}).json()["items"]} == {"<b>wire-1</b>"}
    assert client.get("/api/events", params={"ref": "other"}).json()["items"] == []
    assert [d["id"] for d in client.get("/api/search", params={"q": "site-2"}).json()["documents"]] == [doc_id]
    read = client.post("/api/extract", json={"text": TALKS, "ref": "api-1"}).json()
    assert read["result"]["document"]["ref"] == "api-1"
    assert client.post("/api/extract", json={"text": TALKS, "ref": ""}).status_code == 422
    upload = client.post("/upload", data={"ref": ""}, files={"file": ("story-77.txt", TALKS.encode(), "text/plain")})
    assert upload.status_code == 200 and '<code id="ref">story-77.txt</code>' in upload.text
    named = client.post("/upload", data={"ref": "mine"}, files={"file": ("x.txt", TALKS.encode(), "text/plain")})
    assert '<code id="ref">mine</code>' in named.text
