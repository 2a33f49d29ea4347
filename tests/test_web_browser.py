"""End to end in a real browser: Debian's headless chromium driven by Playwright against a uvicorn
server started here on a free localhost port. One browser per session; screenshots go to
$NEWSGRAPH_ARTIFACTS or a temporary folder, never into the repository.

Needs: apt-get install -y chromium; pip install playwright (no 'playwright install': the system chromium
is used). Skips with the reason when either is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from newsgraph.store import open_store  # noqa: E402
from newsgraph.web import create_app  # noqa: E402
from factories import hostile_result, resign_result  # noqa: E402

CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
ARTICLE = ("Afghan President Ashraf Ghani fled Kabul on Sunday as Taliban forces entered the capital. "
           "Secretary of State Antony Blinken met Pakistani officials in Islamabad on Monday.")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                                                                 "(pip install playwright)")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install -y chromium, or set NEWSGRAPH_CHROMIUM)")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh profile for every session
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=FLAGS,
                                                       headless=True, viewport={"width": 1200, "height": 900})
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> Path:
    folder = os.environ.get("NEWSGRAPH_ARTIFACTS")
    if folder:
        path = Path(folder) / "web"
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screens")


class Server:
    """uvicorn in a thread on a free port; always stopped."""

    def __init__(self, app) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory, sample_result, extractor):
    path = tmp_path_factory.mktemp("web-e2e") / "sample.db"
    with open_store(path) as store:
        store.add(sample_result)
    with Server(create_app(path, token="e2e-token", extractor=extractor)) as url:
        yield url


@pytest.fixture()
def page(browser):
    pg = browser.new_page()
    pg.errors = []  # console errors and dialogs: a page that runs script from an article fails
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    pg.close()


@pytest.mark.model
def test_actor_timeline_leads_to_the_resignation_and_its_highlighted_sentence(sample_site, page, artifacts):
    page.goto(f"{sample_site}/?q=Khalilzad")
    page.get_by_role("link", name="Zalmay Khalilzad").first.click()
    page.wait_for_selector("figure.timeline svg")
    page.screenshot(path=str(artifacts / "actor.png"), full_page=True)
    mark = page.locator('a.marklink[data-event="RETREAT"][data-mode="resign"]').first
    assert mark.count() == 1, "no RETREAT/resign mark on Khalilzad's timeline"
    mark.click()
    page.wait_for_selector("ol.sources")
    page.screenshot(path=str(artifacts / "event.png"), full_page=True)
    assert page.locator("h1").inner_text().startswith("RETREAT")
    sentence = page.locator("blockquote.source-sentence").first
    assert sentence.locator("mark.hl-trigger").count() >= 1
    assert "Khalilzad" in " ".join(sentence.locator("mark.hl-actor").all_inner_texts())
    assert page.errors == []


@pytest.mark.model
def test_uploading_an_article_shows_its_events(sample_site, page, artifacts, tmp_path):
    article = tmp_path / "kabul.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    page.goto(f"{sample_site}/upload")
    page.set_input_files("input[name=file]", str(article))
    page.fill("input[name=published]", "2021-08-16")
    page.click("button[type=submit]")
    page.wait_for_selector("#counts")
    page.screenshot(path=str(artifacts / "upload.png"), full_page=True)
    assert page.locator("#not-stored").count() == 1
    assert page.locator("table.events tbody tr").count() >= 1
    assert "Ashraf Ghani" in page.content()
    assert page.errors == []


def test_hostile_text_runs_no_script_in_the_browser(browser, tmp_path, artifacts):
    path = tmp_path / "hostile.db"
    with open_store(path) as store:
        store.add(resign_result())
        store.add(hostile_result())
    from newsgraph.store._store import event_key

    key = event_key(hostile_result().events[0].to_dict())
    pg = browser.new_page()
    fired: list[str] = []
    pg.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
    try:
        with Server(create_app(path)) as url:
            for target in [f"/events/{key}", "/actors/evil-co", "/agreements", "/?q=script",
                           f"/documents/{hostile_result().document.id}"]:
                pg.goto(url + target)
                assert pg.locator("script").count() == 0, target
            pg.screenshot(path=str(artifacts / "hostile.png"), full_page=True)
            assert "<script>alert" in pg.locator("main").inner_text()  # shown as text
    finally:
        pg.close()
    assert fired == []
