"""Hostile requests against `newsgraph serve` (the app in-process, FastAPI's TestClient): each must be
refused (4xx) or neutralised (no markup from the store runs, no SQL runs, nothing is written).
Used by benchmarks/reliability.py; the same cases are asserted one by one in tests/test_web.py."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

INJECTIONS = ["' OR 1=1 --", "'; DROP TABLE events; --", '" OR ""="', "1) UNION SELECT sql FROM sqlite_master --",
              "%' AND 1=0 UNION SELECT name, name FROM sqlite_master --", "\\", "%", "_", "Khalilzad' --", "\x00"]
FILTERS = [("/api/events", "actor"), ("/api/events", "recipient"), ("/api/events", "type"), ("/api/events", "since"),
           ("/api/events", "until"), ("/api/events", "modality"), ("/api/actors", "q"), ("/api/search", "q"),
           ("/api/timeline", "actor"), ("/api/roles", "actor"), ("/api/quotes", "speaker"), ("/api/who", "title"),
           ("/", "q"), ("/events", "actor"), ("/events", "type"), ("/who", "title")]
PATHS = ["/static/../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd", "/actors/..%2f..%2fetc%2fpasswd",
         "/documents/../../etc/passwd", "/events/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/actors/../../../etc/passwd",
         "/static/%00", "/%2e%2e/%2e%2e/etc/passwd"]
TOKEN = "correct horse battery staple"


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608 (fixed names)
                for t in ("documents", "events", "actors", "roles", "quotes", "agreements")}
    finally:
        con.close()


def hostile_requests(work: Path) -> dict:
    """Send every hostile request; return counts: tried, refused (4xx), neutralised (2xx, harmless), failed."""
    from fastapi.testclient import TestClient
    from test_web import FakeExtractor
    from test_web_records import HOSTILE_TEXT, hostile_result, resign_result

    from newsgraph.store import open_store
    from newsgraph.web import create_app

    db = work / "hostile.db"
    if db.exists():
        db.unlink()
    with open_store(db) as store:
        store.add(resign_result(source="a.txt"))
        store.add(hostile_result())
    before = _counts(db)
    client = TestClient(create_app(db, token=TOKEN, extractor=FakeExtractor(), max_upload_bytes=5_000))
    script = re.compile(r"<script(?![^>]*\bsrc=\"/static/)", re.I)
    tried = refused = neutralised = 0
    failures: list[str] = []

    def judge(label: str, r, *, must_refuse: bool = False) -> None:
        nonlocal tried, refused, neutralised
        tried += 1
        if 400 <= r.status_code < 500:
            refused += 1
        elif r.status_code < 300 and not must_refuse:
            body = r.text
            if "html" in r.headers.get("content-type", "") and script.search(body):
                failures.append(f"{label}: a <script> element reached the page")
            else:
                neutralised += 1
        else:
            failures.append(f"{label}: status {r.status_code}")

    for path, name in FILTERS:
        for value in INJECTIONS:
            judge(f"{path}?{name}={value!r}", client.get(path, params={name: value}))
    for path in PATHS:
        r = client.get(path)
        tried += 1
        if r.status_code in (400, 404, 422) or (r.status_code == 200 and "root:" not in r.text):
            refused += r.status_code >= 400
            neutralised += r.status_code < 400
        else:
            failures.append(f"{path}: status {r.status_code}")
    for page in ("/", "/?q=mayor", "/events", "/agreements", "/actors/evil-co", "/api/search?q=mayor"):
        judge(f"markup in stored text on {page}", client.get(page))
    judge("markup in a pasted article", client.post("/upload", data={"text": HOSTILE_TEXT + " Biden met them."}))
    judge("oversized paste", client.post("/upload", data={"text": "Biden spoke. " * 500}), must_refuse=True)
    judge("oversized upload", client.post("/upload", files={"file": ("a.txt", b"Biden spoke. " * 500, "text/plain")}),
          must_refuse=True)
    judge("oversized JSON", client.post("/api/extract", json={"text": "Biden spoke. " * 500}), must_refuse=True)
    for body in (b"{not json", b"[]", b'{"txt": "x"}', b'{"text": 5}', b'{"text": "Biden spoke.", "published": "soon"}'):
        judge(f"malformed JSON {body!r}", client.post("/api/extract", content=body,
                                                     headers={"content-type": "application/json"}), must_refuse=True)
    judge("store without token", client.post("/api/extract", json={"text": "Biden spoke.", "store": True}),
          must_refuse=True)
    judge("store with a wrong token", client.post("/api/extract", json={"text": "Biden spoke.", "store": True},
                                                  headers={"X-Newsgraph-Token": "wrong"}), must_refuse=True)
    judge("upload store with a wrong token", client.post("/upload", data={"text": "Biden spoke.", "store": "1",
                                                                          "token": "wrong"}), must_refuse=True)
    after = _counts(db)
    if after != before:
        failures.append(f"the store changed: {before} -> {after}")
    return {"tried": tried, "refused": refused, "neutralised": neutralised, "failures": failures}
