"""The FastAPI app: configuration, per-request read-only store, safe headers, size limit, errors."""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .._defaults import HOME_COUNTRY
from ..errors import StoreError
from ..store import Store
from ..time._period import date_label

log = logging.getLogger("newsgraph.web")

__all__ = ["build_app", "Config", "render", "read_store", "check_token", "SECURITY_HEADERS"]

HERE = Path(__file__).parent

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
     b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


@dataclass
class Config:
    db_path: str
    token: str | None
    model: str | None
    max_upload_bytes: int
    extractor: Any = None
    home_country: str | None = HOME_COUNTRY
    dictionaries: list = field(default_factory=list)  # the user's actor dictionaries, read
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get_extractor(self) -> Any:
        """The extractor, loaded at the first upload unless ``preload`` ran (the model loads once per
        process)."""
        with self.lock:
            if self.extractor is None:
                from ..pipeline import Extractor

                self.extractor = Extractor(model=self.model, home_country=self.home_country,
                                           dictionaries=self.dictionaries)
            return self.extractor

    def preload(self) -> None:
        """Load and warm the extractor now, in a background thread, so that the first upload costs what
        a later one does; an upload that comes meanwhile waits on the lock. A failure (no model) is
        logged here and raised again at the upload, with its reason."""
        def run() -> None:
            with self.lock:
                if self.extractor is not None:
                    return
                try:
                    from ..pipeline import Extractor

                    self.extractor = Extractor(model=self.model, home_country=self.home_country,
                                               dictionaries=self.dictionaries).warm()
                except Exception as exc:  # noqa: BLE001 - reported, and the upload raises it again
                    log.warning("newsgraph serve: could not preload the extractor: %s", exc)

        threading.Thread(target=run, name="newsgraph-preload", daemon=True).start()


class _SafeHeaders:
    """Adds the security headers to every response (pages, API, static files, errors)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _BodyLimit:
    """Refuses request bodies over the limit with 413 before they are read into memory, and NUL characters
    in the URL with 400."""

    def __init__(self, app: Any, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and (b"%00" in scope.get("query_string", b"") or "\x00" in scope.get("path", "")):
            response = JSONResponse({"detail": "a NUL character in the request"}, status_code=400)
            await response(scope, receive, send)
            return
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, receive, send, int(length) if length.isdigit() else None)
            return
        # No length given (chunked): read the body here, up to the limit, then replay it.
        messages: list[dict] = []
        seen = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                await self._refuse(scope, receive, send, None)
                return
            if not message.get("more_body"):
                break

        async def replay() -> dict:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: dict, receive: Any, send: Any, size: int | None) -> None:
        what = f"{size:,} bytes" if size is not None else "the request"
        message = f"too large: {what}, over the upload limit of {self.max_bytes:,} bytes"
        if scope.get("path", "").startswith("/api/"):
            response: Any = JSONResponse({"detail": message}, status_code=413)
        else:
            response = HTMLResponse(_env().get_template("upload.html").render(
                error=message, status=413, form={}, max_upload_bytes=self.max_bytes, token_set=None,
                title="Read an article"), status_code=413)
        await response(scope, receive, send)


_ENV: jinja2.Environment | None = None


def _env() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates")),
            autoescape=True,  # every template, whatever its name: article text never becomes markup
            undefined=jinja2.ChainableUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["q"] = lambda v: quote(str(v), safe="")
        env.filters["safe_url"] = _safe_url
        env.filters["date_label"] = date_label
        _ENV = env
    return _ENV


def _safe_url(value: Any) -> str | None:
    """A URL only when it is http(s): a javascript: or data: URL from an article is shown, never linked."""
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    config: Config = request.app.state.config
    context.setdefault("token_set", config.token is not None)
    context.setdefault("max_upload_bytes", config.max_upload_bytes)
    context["request_path"] = request.url.path
    return HTMLResponse(_env().get_template(name).render(**context), status_code=status_code)


def read_store(request: Request) -> Iterator[Store]:
    """A dependency: a read-only connection to the store for one request."""
    config: Config = request.app.state.config
    try:
        store = Store(config.db_path, readonly=True)
    except StoreError as exc:
        raise HTTPException(503, str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def check_token(config: Config, given: str | None) -> None:
    """Raise 403 unless storing is allowed: a token is set on the server and ``given`` matches it."""
    if config.token is None:
        raise HTTPException(403, "this server has no token set, so nothing is stored "
                                 "(start it with 'newsgraph serve --token SECRET' to allow storing)")
    if not given or not hmac.compare_digest(given.encode("utf-8"), config.token.encode("utf-8")):
        raise HTTPException(403, "wrong or missing token: storing an article needs the server's token")


def build_app(db_path: str | Path, *, token: str | None, model: str | None, max_upload_bytes: int,
              extractor: Any = None, home_country: str | None = HOME_COUNTRY,
              dictionaries: list | None = None) -> FastAPI:
    from .. import __version__
    from . import _api, _pages

    db_path = str(db_path)
    Store(db_path).close()  # create and migrate when missing; refuse a file that isn't a store
    config = Config(db_path=db_path, token=token or None, model=model, max_upload_bytes=max_upload_bytes,
                    extractor=extractor, home_country=home_country, dictionaries=list(dictionaries or ()))
    app = FastAPI(
        title="newsgraph",
        version=__version__,
        description="Events (PLOVER), roles, quotes and agreements read from political news, each with its "
                    "sources. Lists are paginated with `limit` and `offset`.",
        docs_url=None,  # FastAPI's Swagger page needs a CDN and inline script: /docs is our own page
        redoc_url=None,
    )
    app.state.config = config
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(_api.router)
    app.include_router(_pages.router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", exc.status_code, status=exc.status_code, message=str(exc.detail),
                      title=f"Error {exc.status_code}")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": errors}, status_code=422)
        lines = [f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}" for e in errors]
        return render(request, "error.html", 422, status=422, message="; ".join(lines), title="Invalid request")

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Any:
        return await http_error(request, HTTPException(exc.status_code, exc.detail))

    app.add_middleware(_BodyLimit, max_bytes=max_upload_bytes + 64 * 1024)  # room for the form's fields
    app.add_middleware(_SafeHeaders)
    return app
