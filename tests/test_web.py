"""The web explorer and JSON API over a store built from hand-made records (no model): pages, API,
filters, pagination, safe headers, escaping of hostile text, SQL-injection strings, upload limits and
the token."""

from __future__ import annotations

import subprocess
import sys
import threading
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.records import Document, Result  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.store._store import event_key  # noqa: E402
from newsgraph.web import MAX_LIMIT, create_app  # noqa: E402
from factories import ENVOY_TITLE, HOSTILE_TEXT, RESIGN, actor, event, hostile_result, resign_result, when  # noqa: E402

TOKEN = "correct horse battery staple"


class FakeExtractor:
    """Stands in for the spaCy pipeline: one CONSULT event per sentence naming 'Biden'."""

    def __call__(self, document: Document) -> Result:
        events = []
        pos = 0
        for i, sent in enumerate(document.text.split(".")):
            if "Biden" in sent:
                start = document.text.index(sent, pos)
                events.append(event(f"f{i}", "CONSULT", sent, span=(start, start + len(sent)), actor=["joe-biden"],
                                    date=when(document.published or "2021-10-19", source=None)))
            pos += len(sent) + 1
        return Result(document=document, actors=[actor("joe-biden", "Joe Biden", aliases=["Biden"])], events=events)


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "web.db"
    with open_store(path) as store:
        store.add(resign_result(source="a.txt"))
        store.add(resign_result(source="b.txt", text=RESIGN.replace("after", "following")))  # same event, 2nd source
        store.add(hostile_result())
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db, token=TOKEN, extractor=FakeExtractor(), max_upload_bytes=5_000))


@pytest.fixture()
def resign_key(client):
    return client.get("/api/events", params={"type": "RETREAT", "actor": "Khalilzad"}).json()["items"][0]["key"]


# -- start-up -----------------------------------------------------------------------------------
def test_importing_newsgraph_and_the_cli_does_not_import_the_web_stack():
    code = ("import sys, newsgraph, newsgraph.cli, newsgraph.web; "
            "bad = [m for m in ('fastapi', 'starlette', 'uvicorn', 'jinja2') if m in sys.modules]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_serve_is_the_cli_entry_and_binds_localhost_by_default():
    import inspect

    from newsgraph.web import serve

    params = inspect.signature(serve).parameters
    assert params["host"].default == "127.0.0.1"
    assert {"host", "port", "token", "model"} <= set(params)


def test_a_missing_store_is_created_empty(tmp_path):
    c = TestClient(create_app(tmp_path / "new.db"))
    assert c.get("/api/counts").json()["documents"] == 0
    assert "The store is empty" in c.get("/").text


# -- pages ------------------------------------------------------------------------------------------
PAGES = ["/", "/?q=Khalilzad", "/?q=Representative", "/actors/zalmay-khalilzad", "/actors/taliban", "/events",
         "/events?modality=all", "/agreements", "/who", "/who?title=Special+Representative+for+Afghanistan+Reconciliation&on=2021-01-01",
         "/upload", "/docs", "/actors/evil-co", "/actors/mayor", "/?q=script", "/?q=Evil"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_safe_headers(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    _assert_safe_headers(r)


def _assert_safe_headers(r):
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/api/events", "/static/style.css", "/nope", "/api/nope", "/openapi.json"])
def test_safe_headers_on_api_static_and_errors(client, path):
    _assert_safe_headers(client.get(path))


def test_pages_have_no_inline_script_and_no_external_assets(client, resign_key):
    for path in [*PAGES, f"/events/{resign_key}"]:
        html = client.get(path).text
        assert "<script" not in html.replace("&lt;script", "")
        assert "style=" not in html  # the CSP forbids inline styles too
        assert "http://" not in html.replace("http://127.0.0.1", "") or path == "/docs"
        assert 'src="http' not in html and 'href="//' not in html


def test_search_counts_actors_titles_events_quotes_and_documents(client):
    html = client.get("/", params={"q": "Khalilzad"}).text
    assert "1 actor</a>" in html
    assert "Zalmay Khalilzad" in html
    api = client.get("/api/search", params={"q": "Special Representative"}).json()
    assert api["roles_count"] == 2 and api["roles"][0]["title"].startswith("Special Representative")
    assert client.get("/api/search", params={"q": "withdraw in September"}).json()["events_count"] == 1


def test_actor_page_draws_the_timeline_with_sides_and_modalities(client, resign_key):
    html = client.get("/actors/zalmay-khalilzad").text
    assert "<svg" in html and "Events over time" in html
    assert f'href="/events/{resign_key}"' in html
    assert 'data-event="RETREAT" data-mode="resign" data-side="actor" data-modality="asserted"' in html
    # the negated, reported CONSULT has Khalilzad as recipient: a diamond, outlined, crossed
    assert 'data-event="CONSULT" data-mode="" data-side="recipient" data-modality="reported"' in html
    assert 'class="negline"' in html
    assert "Special Representative for Afghanistan Reconciliation" in html  # roles
    assert "the right time" in html  # quotes
    assert "Most frequent counterparts" in html and ">Taliban</a>" in html  # dyads
    us = client.get("/actors/united-states").text
    assert 'data-modality="future"' in us and 'class="mark m-future"' in us


def test_actor_page_zooms_on_a_date_range(client):
    html = client.get("/actors/zalmay-khalilzad", params={"since": "2022"}).text
    assert "No event with Zalmay Khalilzad" in html
    assert client.get("/actors/zalmay-khalilzad", params={"since": "last week"}).status_code == 400


def test_event_page_shows_every_source_with_highlights(client, resign_key):
    r = client.get(f"/events/{resign_key}")
    html = r.text
    assert '<strong id="num-sources">2</strong>' in html
    assert html.count('class="sentence source-sentence"') == 2
    assert '<mark class="hl hl-trigger" title="trigger">resigned</mark>' in html
    assert '<mark class="hl hl-actor" title="actor">Zalmay Khalilzad</mark>' in html
    assert '<mark class="hl hl-date" title="date">Monday</mark>' in html
    assert "https://example.org/envoy" in html


def test_unknown_event_actor_and_document_are_404_pages(client):
    for path in ["/events/nope", "/actors/nobody", "/documents/nope"]:
        r = client.get(path)
        assert r.status_code == 404 and "Error 404" in r.text


def test_document_page_lists_its_events_and_text(client):
    doc_id = client.get("/api/documents").json()["items"][0]["id"]
    html = client.get(f"/documents/{doc_id}").text
    assert "Events read from it" in html and "<svg" in html


def test_agreements_page_shows_commitments_and_the_parties_events_since_labelled(client):
    html = client.get("/agreements").text
    assert "Doha agreement" in html and "not allow al Qaeda" in html
    assert "No event since touches this commitment" in html or "Events since that touch this commitment" in html
    assert "since 2020-02" in html


def test_who_page_answers_from_the_roles(client):
    html = client.get("/who", params={"title": ENVOY_TITLE, "on": "2020-06-01"}).text
    assert "Zalmay Khalilzad" in html and "Reports behind the answer" in html
    html = client.get("/who", params={"title": ENVOY_TITLE, "on": "2022-06-01"}).text
    assert "Nobody in the store" in html
    r = client.get("/who", params={"title": "x", "on": "yesterday"})
    assert r.status_code == 400 and "not a date" in r.text
    r = client.get("/who", params={"title": "x", "on": "2021-13-45"})
    assert r.status_code == 400 and "not a date on the calendar" in r.text


# -- JSON API ------------------------------------------------------------------------------------
def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/events", "/api/events/{key}", "/api/actors", "/api/timeline", "/api/roles", "/api/who",
                 "/api/quotes", "/api/agreements", "/api/documents", "/api/search", "/api/extract", "/api/counts"]:
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "recipient", "type", "since", "until", "modality", "negated", "limit", "offset"} <= names
    assert not any(p.startswith("/actors") for p in spec["paths"])  # pages stay out of the API description


def test_api_events_filters(client):
    def keys(**params):
        return [(e["event"], e.get("mode")) for e in client.get("/api/events", params=params).json()["items"]]

    hostile = ("CONSULT", "<script>alert('mode')</script>")
    assert keys() == [("SUPPORT", None), ("RETREAT", "resign"), hostile]  # asserted, not negated
    assert keys(actor="Khalilzad") == [("RETREAT", "resign")]
    assert keys(recipient="Taliban") == [("SUPPORT", None)]
    assert keys(type="retreat") == [("RETREAT", "resign")]
    assert keys(since="2021-10", until="2021-10-18") == [("RETREAT", "resign")]
    assert keys(until="2020") == [("SUPPORT", None)] and keys(until="2019") == []
    assert keys(modality="future") == [("RETREAT", "withdraw")]
    assert ("CONSULT", None) in keys(modality="reported", negated="true")
    assert len(keys(modality="all", negated="any")) == 5
    ev = client.get("/api/events", params={"actor": "Khalilzad"}).json()["items"][0]
    assert ev["num_sources"] == 2 and ev["actor_names"] == ["Zalmay Khalilzad"]


def test_api_pagination_with_a_maximum(client):
    first = client.get("/api/events", params={"limit": 1}).json()
    assert first["count"] == 1 and first["next"] and "offset=1" in first["next"]
    second = client.get(first["next"]).json()
    assert second["items"][0]["key"] != first["items"][0]["key"] and second["offset"] == 1
    last = client.get("/api/events", params={"limit": 1, "offset": 2}).json()
    assert last["next"] is None
    assert client.get("/api/events", params={"limit": MAX_LIMIT + 1}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
    assert client.get("/api/events", params={"modality": "certain"}).status_code == 422
    assert client.get("/api/events", params={"since": "Monday"}).status_code == 422


def test_api_event_with_sources(client, resign_key):
    body = client.get(f"/api/events/{resign_key}").json()
    assert body["event"]["num_sources"] == 2 and len(body["sources"]) == 2
    assert {s["source"] for s in body["sources"]} == {"a.txt", "b.txt"}
    assert client.get("/api/events/nope").status_code == 404


def test_api_actors_timeline_roles_quotes_who_agreements_documents(client):
    actors = client.get("/api/actors", params={"q": "Khal"}).json()["items"]
    assert [a["id"] for a in actors] == ["zalmay-khalilzad"]
    assert client.get("/api/actors/zalmay-khalilzad").json()["aliases"] == ["Khalilzad", "Zalmay Khalilzad"]
    assert client.get("/api/actors/nobody").status_code == 404
    timeline = client.get("/api/timeline", params={"actor": "zalmay-khalilzad"}).json()["items"]
    assert {e["event"] for e in timeline} == {"RETREAT", "CONSULT"}  # every modality, negated too
    assert client.get("/api/roles", params={"actor": "Khalilzad"}).json()["items"][0]["status"] == "former"
    assert client.get("/api/quotes", params={"speaker": "Khalilzad"}).json()["count"] == 2
    who = client.get("/api/who", params={"title": ENVOY_TITLE, "on": "2021-01-01"}).json()
    assert who["answer"]["actor"] == "zalmay-khalilzad" and who["holders"][0]["actor"] == "zalmay-khalilzad"
    agreements = client.get("/api/agreements").json()["items"]
    doha = next(g for g in agreements if g["id"] == "deal-2020")
    assert doha["events_since"]["by_party"]["taliban"]
    assert doha["events_since"]["linked"] == any(c.get("events") for c in doha["commitments"])
    docs = client.get("/api/documents").json()
    assert docs["count"] == 3
    one = client.get(f"/api/documents/{docs['items'][0]['id']}").json()
    assert "text" in one and isinstance(one["events"], list)
    assert client.get("/api/counts").json()["documents"] == 3


# -- hostile input ---------------------------------------------------------------------------
def test_markup_from_articles_and_names_is_escaped_on_every_page(client):
    key = event_key(hostile_result().events[0].to_dict())
    doc_id = hostile_result().document.id
    paths = [*PAGES, f"/events/{key}", f"/documents/{doc_id}", "/who?title=Chair&on=2021-10-19",
             "/events?actor=Evil", "/?q=alert", "/?q=%3Cscript%3E"]
    for path in paths:
        html = client.get(path).text
        assert "<script>" not in html and "<script " not in html, path
        assert "<img" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "").replace(
            "onerror=alert(&#39;c&#39;)&gt;", ""), path
        assert "<b>" not in html and "<i>" not in html, path
        assert 'href="javascript:' not in html, path
    html = client.get(f"/events/{key}").text
    assert "&lt;script&gt;alert(&#34;text&#34;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt;Evil &amp; Co" in html
    assert "javascript:alert" in client.get(f"/documents/{doc_id}").text  # shown as text, never linked


def test_markup_is_escaped_in_the_upload_result(client):
    r = client.post("/upload", data={"text": HOSTILE_TEXT + " Biden met <script>alert(9)</script> them."})
    assert r.status_code == 200
    assert "<script>" not in r.text and "&lt;script&gt;alert(9)&lt;/script&gt;" in r.text


INJECTIONS = ["' OR 1=1 --", "'; DROP TABLE events; --", '" OR ""="', "%", "_", "\\", "Khalilzad' --",
              "1); DELETE FROM actors; --", "\x00", "é' UNION SELECT sql FROM sqlite_master --"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_strings_in_every_filter_are_harmless(client, db, value):
    before = client.get("/api/counts").json()
    seg = quote(value, safe="")
    requests = [
        ("/api/events", {"actor": value}), ("/api/events", {"recipient": value}), ("/api/events", {"type": value}),
        ("/api/events", {"since": value}), ("/api/events", {"until": value}), ("/api/events", {"modality": value}),
        ("/api/events", {"negated": value}), ("/api/events", {"limit": value}), ("/api/actors", {"q": value}),
        ("/api/timeline", {"actor": value}), ("/api/roles", {"actor": value}), ("/api/quotes", {"speaker": value}),
        ("/api/who", {"title": value, "on": "2021-01-01"}), ("/api/who", {"title": "x", "on": value}),
        ("/api/search", {"q": value}), ("/", {"q": value}), ("/events", {"actor": value, "type": value}),
        ("/events", {"since": value}), ("/who", {"title": value, "on": "2021-10-19"}),
        (f"/api/events/{seg}", {}), (f"/api/actors/{seg}", {}), (f"/actors/{seg}", {}),
        (f"/events/{seg}", {}), (f"/documents/{seg}", {}), ("/actors/zalmay-khalilzad", {"since": value}),
    ]
    for path, params in requests:
        r = client.get(path, params=params)
        assert r.status_code in (200, 400, 404, 422), (path, params, r.status_code)
        if value == "\x00":
            assert r.status_code == 400
            continue
        if r.status_code == 200 and path.startswith("/api/") and "items" in r.json():
            items = r.json()["items"]
            assert not items or value in ("%", "_", "\\") or path in ("/api/actors", "/api/roles", "/api/quotes"), (path, params)
    assert client.get("/api/counts").json() == before
    with open_store(db, readonly=True) as store:
        assert store.counts() == before


def test_an_injection_string_matches_nothing(client):
    assert client.get("/api/events", params={"actor": "' OR 1=1 --"}).json()["items"] == []
    assert client.get("/api/who", params={"title": "' OR '1'='1", "on": "2021-01-01"}).json()["holders"] == []


# -- upload and extract ------------------------------------------------------------------------
ARTICLE = "President Biden met the envoy in Washington. Talks went on for hours. Biden said little."


def test_pasted_article_is_read_and_shown_without_storing(client):
    r = client.post("/upload", data={"text": ARTICLE, "published": "2021-10-19"})
    assert r.status_code == 200, r.text
    assert 'id="not-stored"' in r.text and "2 events" in r.text and "Joe Biden" in r.text
    assert client.get("/api/counts").json()["documents"] == 3


def test_uploaded_txt_and_html_files_are_read(client):
    r = client.post("/upload", files={"file": ("a.txt", ARTICLE.encode(), "text/plain")})
    assert r.status_code == 200 and "2 events" in r.text
    html = (f"<html><head><title>Envoy</title></head><body><article><p>{ARTICLE}</p>"
            f"<p>{ARTICLE}</p></article></body></html>").encode()
    r = client.post("/upload", files={"file": ("a.html", html, "text/html")})
    assert r.status_code == 200, r.text


def test_upload_errors_are_shown_on_the_page(client):
    r = client.post("/upload", data={"text": "   "})
    assert r.status_code == 400 and "nothing to read" in r.text and 'role="alert"' in r.text
    r = client.post("/upload", files={"file": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert r.status_code == 415 and "upload a .txt or .html file" in r.text
    r = client.post("/upload", files={"file": ("a.txt", "café".encode("latin-1"), "text/plain")})
    assert r.status_code == 400 and "not UTF-8" in r.text
    r = client.post("/upload", data={"text": ARTICLE, "published": "Monday"})
    assert r.status_code == 400 and "not a date" in r.text
    assert client.post("/upload", content=b"garbage", headers={"content-type": "multipart/form-data; boundary=x"}).status_code == 400


def test_oversized_upload_is_refused_with_413(client):
    big = "Biden spoke. " * 500  # 6,500 bytes over a 5,000-byte limit
    r = client.post("/upload", data={"text": big})
    assert r.status_code == 413 and "over the upload limit" in r.text and 'role="alert"' in r.text
    r = client.post("/upload", files={"file": ("a.txt", big.encode(), "text/plain")})
    assert r.status_code == 413
    r = client.post("/upload", content=b"x" * 100_000, headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413  # refused from its Content-Length, before it is read
    r = client.post("/api/extract", json={"text": big})
    assert r.status_code == 413 and "over the upload limit" in r.json()["detail"]

    def chunks():
        for _ in range(100):
            yield b"y" * 1000

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413  # no Content-Length: counted while read


def test_api_extract_reads_and_malformed_json_is_422(client):
    r = client.post("/api/extract", json={"text": ARTICLE, "published": "2021-10-19"})
    assert r.status_code == 200 and r.json()["stored"] is None
    assert [e["event"] for e in r.json()["result"]["events"]] == ["CONSULT", "CONSULT"]
    assert client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/api/extract", json={"txt": ARTICLE}).status_code == 422
    assert client.post("/api/extract", json={"text": ARTICLE, "published": "soon"}).status_code == 422
    assert client.post("/api/extract", json=["text"]).status_code == 422


def test_storing_needs_the_token(client, db, tmp_path):
    assert client.post("/api/extract", json={"text": ARTICLE, "store": True}).status_code == 403
    r = client.post("/api/extract", json={"text": ARTICLE, "store": True}, headers={"X-Newsgraph-Token": "wrong"})
    assert r.status_code == 403
    r = client.post("/upload", data={"text": ARTICLE, "store": "1", "token": "wrong"})
    assert r.status_code == 403 and "token" in r.text
    assert client.get("/api/counts").json()["documents"] == 3
    r = client.post("/api/extract", json={"text": ARTICLE, "store": True}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["stored"]["new"] is True
    r = client.post("/upload", data={"text": ARTICLE + " Biden left.", "store": "1", "token": TOKEN})
    assert r.status_code == 200 and 'id="stored"' in r.text
    assert client.get("/api/counts").json()["documents"] == 5
    key = client.get("/api/events", params={"actor": "Biden"}).json()["items"][0]["key"]
    assert client.get(f"/events/{key}").status_code == 200
    # a server without a token never stores, whatever the request carries
    open_client = TestClient(create_app(db, extractor=FakeExtractor()))
    r = open_client.post("/api/extract", json={"text": ARTICLE + " Again.", "store": True},
                         headers={"X-Newsgraph-Token": ""})
    assert r.status_code == 403 and "no token set" in r.json()["detail"]


def test_a_missing_model_is_a_clear_503(tmp_path):
    c = TestClient(create_app(tmp_path / "m.db", model="no_such_model_xyz"))
    r = c.post("/api/extract", json={"text": ARTICLE})
    assert r.status_code == 503 and "no_such_model_xyz" in r.json()["detail"]


def test_timeline_draws_a_bar_for_an_interval_and_an_arrow_for_a_bound():
    from newsgraph.web._timeline import layout

    def dated(etype: str, date: dict) -> dict:
        return {"event": etype, "actor": ["a"], "modality": "asserted", "date": date}

    marks = layout([dated("CONSULT", {"value": "2021-09"}),
                    dated("COERCE", {"value": None, "start": None, "end": "2021-10-19", "precision": "before"}),
                    dated("SANCTION", {"value": None, "start": "2021-10-19", "end": None, "precision": "after"}),
                    dated("CONCEDE", {"value": None, "start": None, "end": None})], "a")
    by_type = {m["event"]["event"]: m for m in marks["marks"]}
    assert by_type["CONSULT"]["ranged"] and by_type["CONSULT"]["bound"] is None
    before, after = by_type["COERCE"], by_type["SANCTION"]
    assert (before["bound"], after["bound"]) == ("before", "after") and not before["ranged"]
    assert before["bound_dx"] < 0 < after["bound_dx"] and before["x"] == after["x"]  # both at the publication day
    assert before["title"].startswith("before 2021-10-19")
    assert [e["event"] for e in marks["undated"]] == ["CONCEDE"]


def test_serve_preloads_and_warms_the_extractor_in_the_background(tmp_path, monkeypatch):
    import newsgraph.pipeline as pipeline
    from newsgraph.web._app import Config

    warmed = threading.Event()

    class FakeExtractor:
        def __init__(self, model=None, **settings):
            self.model, self.settings = model, settings

        def warm(self):
            warmed.set()
            return self

    monkeypatch.setattr(pipeline, "Extractor", FakeExtractor)
    config = Config(db_path=str(tmp_path / "s.db"), token=None, model="m", max_upload_bytes=10)
    config.preload()
    assert warmed.wait(10)
    assert isinstance(config.get_extractor(), FakeExtractor) and config.get_extractor().model == "m"
    assert config.get_extractor().settings == {"home_country": "USA", "dictionaries": []}


def test_a_failed_preload_leaves_the_upload_to_raise_its_reason(tmp_path, monkeypatch, caplog):
    import newsgraph.pipeline as pipeline
    from newsgraph.web._app import Config

    class Missing:
        def __init__(self, model=None, **settings):
            raise RuntimeError("the spaCy model is not installed")

    monkeypatch.setattr(pipeline, "Extractor", Missing)
    config = Config(db_path=str(tmp_path / "s.db"), token=None, model=None, max_upload_bytes=10)
    with caplog.at_level("WARNING", logger="newsgraph.web"):
        config.preload()
        for thread in threading.enumerate():
            if thread.name == "newsgraph-preload":
                thread.join(10)
    assert "not installed" in caplog.text
    with pytest.raises(RuntimeError, match="not installed"):
        config.get_extractor()


def test_quotes_show_the_speaker_in_the_texts_own_words(tmp_path):
    from factories import quote

    said = quote("zalmay-khalilzad", "No date yet,", kind="direct", cue="say", speaker_text="the envoy")
    unnamed = quote(None, "the talks would go on", kind="indirect", cue="say",
                    speaker_text="A ministry <b>spokeswoman</b>")
    result = resign_result(source="q.txt")
    result.quotes = [said, unnamed]
    path = tmp_path / "q.db"
    with open_store(path) as store:
        store.add(result)
    web = TestClient(create_app(path, token=TOKEN, extractor=FakeExtractor()))
    html = web.get("/", params={"q": "the talks would go on"}).text
    assert "A ministry &lt;b&gt;spokeswoman&lt;/b&gt;" in html and "unknown speaker" not in html  # escaped
    html = web.get("/", params={"q": "No date yet"}).text
    assert "Zalmay Khalilzad</a> (“the envoy”)" in html
    assert "as “the envoy”" in web.get("/actors/zalmay-khalilzad").text  # the actor's own page


def test_events_filtered_by_their_documents_kind_in_the_api_and_the_page(db):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET kind = 'news'")
    hostile = conn.execute("SELECT document_id FROM events WHERE id = 'h1'").fetchone()[0]
    conn.execute("UPDATE documents SET kind = 'opinion' WHERE id = ?", (hostile,))
    conn.commit()
    conn.close()
    c = TestClient(create_app(db))
    every = c.get("/api/events", params={"modality": "all", "negated": "any"}).json()["items"]
    news = c.get("/api/events", params={"modality": "all", "negated": "any", "kind": "news"}).json()["items"]
    opinion = c.get("/api/events", params={"modality": "all", "negated": "any", "kind": "opinion"}).json()["items"]
    assert [e["id"] for e in opinion] == ["h1"]
    assert sorted(e["id"] for e in news) == sorted(e["id"] for e in every if e["id"] != "h1")
    assert c.get("/api/events", params={"kind": "rumour"}).status_code == 422
    page = c.get("/events", params={"kind": "opinion", "modality": "all"})
    assert page.status_code == 200 and 'value="opinion" selected' in page.text
