"""The web app over a store read by the real pipeline from the sample article (the model loads once)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.store import open_store  # noqa: E402
from newsgraph.web import create_app  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(tmp_path_factory, sample_result, extractor):
    path = tmp_path_factory.mktemp("web-model") / "sample.db"
    with open_store(path) as store:
        store.add(sample_result)
    return TestClient(create_app(path, token="t", extractor=extractor))


def test_sample_store_pages_render(client):
    for path in ["/", "/?q=Khalilzad", "/agreements", "/who?title=Secretary+of+State&on=2021-10-19", "/events"]:
        assert client.get(path).status_code == 200, path
    assert "Zalmay Khalilzad" in client.get("/?q=Khalilzad").text


def test_khalilzad_resignation_is_on_his_timeline_and_its_page_highlights_the_sentence(client):
    ids = [a["id"] for a in client.get("/api/actors", params={"q": "Khalilzad"}).json()["items"]]
    assert ids, "no actor named Khalilzad in the sample store"
    timeline = client.get("/api/timeline", params={"actor": ids[0]}).json()["items"]
    resign = [e for e in timeline if e["event"] == "RETREAT" and e.get("mode") == "resign"]
    assert resign, f"no RETREAT/resign event for {ids[0]}: {[(e['event'], e.get('mode')) for e in timeline]}"
    html = client.get(f"/actors/{ids[0]}").text
    assert f'href="/events/{resign[0]["key"]}"' in html
    page = client.get(f"/events/{resign[0]['key']}").text
    assert 'class="hl hl-trigger"' in page and 'class="hl hl-actor"' in page


def test_who_was_secretary_of_state(client):
    who = client.get("/api/who", params={"title": "Secretary of State", "on": "2021-10-19"}).json()
    assert who["answer"]["actor"] == "antony-blinken", who["holders"]


def test_the_sample_pasted_into_the_api_is_read(client, sample_text):
    r = client.post("/api/extract", json={"text": sample_text, "published": "2021-10-19"})
    assert r.status_code == 200
    events = r.json()["result"]["events"]
    assert any(e["event"] == "RETREAT" and e["mode"] == "resign" for e in events)
