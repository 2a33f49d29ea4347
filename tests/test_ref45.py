"""The ref filter on every query of the store (roles, quotes, agreements, the timeline) from the Python API,
the CLI and the web API; and a document found by the first characters of its id, as the `documents` table
prints it. Invented texts from the factories; no model is needed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import SHORT_ID, open_store

from factories import RESIGN, resign_result


def _two_documents(db) -> tuple[str, str]:
    """Two stories told in two texts, read under the refs wire-1 and site-2; their ids."""
    first = resign_result(source="a.jsonl:1")
    second = resign_result(source="b.jsonl:1", text=RESIGN.replace("Monday", "on Monday afternoon"))
    first.document.ref, second.document.ref = "wire-1", "site-2"
    with open_store(db) as store:
        assert store.add(first) and store.add(second)
    return first.document.id, second.document.id


def test_roles_quotes_agreements_and_the_timeline_keep_to_the_documents_of_a_ref(tmp_path):
    db = tmp_path / "s.db"
    a, b = _two_documents(db)
    with open_store(db, readonly=True) as store:
        assert {r["document"] for r in store.roles()} == {a, b}
        assert [r["document"] for r in store.roles(ref="site-2")] == [b]
        assert [r["document"] for r in store.roles("Khalilzad", ref="wire-1")] == [a]
        assert store.roles("Nobody", ref="wire-1") == [] and store.roles(ref="other") == []
        assert [q["document"] for q in store.quotes(ref="wire-1")] == [a]
        assert [q["document"] for q in store.quotes("Khalilzad", ref="site-2")] == [b]
        assert [g["document"] for g in store.agreements(ref="site-2")] == [b]
        assert store.agreements(ref="other") == []
        timeline = store.timeline("Khalilzad", ref="site-2")
        assert timeline and {e["document"] for e in timeline} == {b}
        assert store.timeline("Khalilzad", ref="other") == []


def test_the_cli_queries_take_a_ref(tmp_path):
    db = tmp_path / "s.db"
    a, b = _two_documents(db)
    runner = CliRunner()

    def rows(*args: str) -> list[dict]:
        result = runner.invoke(app, [*args, "--db", str(db), "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    assert [r["ref"] for r in rows("roles", "--ref", "site-2")] == ["site-2"]
    assert [r["ref"] for r in rows("roles", "Khalilzad", "--ref", "wire-1")] == ["wire-1"]
    assert [q["ref"] for q in rows("quotes", "--ref", "wire-1")] == ["wire-1"]
    assert [g["ref"] for g in rows("agreements", "--ref", "site-2")] == ["site-2"]
    assert rows("agreements", "--ref", "other") == []
    assert {e["document"] for e in rows("timeline", "Khalilzad", "--ref", "wire-1")} == {a}
    plain = runner.invoke(app, ["timeline", "Khalilzad", "--db", str(db), "--ref", "other"])
    assert plain.exit_code == 0 and "(no events)" in plain.stdout


def test_the_documents_table_prints_ids_short_and_the_json_whole(tmp_path):
    db = tmp_path / "s.db"
    a, b = _two_documents(db)
    runner = CliRunner()
    table = runner.invoke(app, ["documents", "--db", str(db)]).stdout
    assert a[:SHORT_ID] in table and a not in table and b[:SHORT_ID] in table
    listed = json.loads(runner.invoke(app, ["documents", "--db", str(db), "--format", "json"]).stdout)
    assert {d["id"] for d in listed} == {a, b}


def test_a_document_is_found_by_the_start_of_its_id_only_where_that_is_one_document(tmp_path):
    db = tmp_path / "s.db"
    a, b = _two_documents(db)
    with open_store(db) as store:
        assert store.document(a[:SHORT_ID])["id"] == a
        assert store.document(a[:SHORT_ID].upper())["id"] == a
        assert store.document(b[:SHORT_ID])["refs"] == ["site-2"]
        assert store.document(a[:SHORT_ID - 1]) is None  # too short to be sure of
        assert store.document(a[:SHORT_ID] + "%") is None and store.document("_" * SHORT_ID) is None
        # a second stored id that begins the same way makes the prefix ambiguous: nothing, not a guess
        twin = a[:SHORT_ID] + ("0" if a[SHORT_ID] != "0" else "1") * (64 - SHORT_ID)
        store.db.execute("INSERT INTO documents(id, text, ingested_at) VALUES (?, 'x', '2021-10-19')", (twin,))
        store.db.commit()
        assert store.document(a[:SHORT_ID]) is None
        assert store.document(a)["id"] == a and store.document(twin)["id"] == twin


def test_the_web_api_filters_by_ref_and_opens_a_document_by_its_short_id(tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    db = tmp_path / "web.db"
    a, b = _two_documents(db)
    client = TestClient(create_app(db, token="t0ken", max_upload_bytes=5_000))
    assert [r["ref"] for r in client.get("/api/roles", params={"ref": "site-2"}).json()["items"]] == ["site-2"]
    assert [q["ref"] for q in client.get("/api/quotes", params={"ref": "wire-1"}).json()["items"]] == ["wire-1"]
    assert [g["ref"] for g in client.get("/api/agreements", params={"ref": "site-2"}).json()["items"]] == ["site-2"]
    timeline = client.get("/api/timeline", params={"actor": "Khalilzad", "ref": "wire-1"}).json()["items"]
    assert timeline and {e["document"] for e in timeline} == {a}
    short = client.get(f"/api/documents/{a[:SHORT_ID]}").json()
    assert short["id"] == a and short["events"]
    assert short["events"] == client.get(f"/api/documents/{a}").json()["events"]
    assert client.get(f"/documents/{b[:SHORT_ID]}").status_code == 200
    assert client.get(f"/api/documents/{a[:SHORT_ID - 1]}").status_code == 404
