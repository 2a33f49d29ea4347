"""The web explorer and JSON API over a store (``newsgraph serve``).

FastAPI, Starlette, Jinja2 and uvicorn are imported only when an app is made, so ``import newsgraph``
and ``newsgraph --help`` stay fast.

    >>> from newsgraph.web import create_app
    >>> app = create_app("newsgraph.db", token="s3cret")      # an ASGI app (FastAPI)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._defaults import HOME_COUNTRY

if TYPE_CHECKING:  # pragma: no cover
    from fastapi import FastAPI

__all__ = ["create_app", "serve", "DEFAULT_MAX_UPLOAD_BYTES", "MAX_LIMIT"]

DEFAULT_MAX_UPLOAD_BYTES = 2_000_000
MAX_LIMIT = 500  # the largest page the API returns


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    model: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    extractor: Any = None,
    home_country: str | None = HOME_COUNTRY,
    dictionaries: Any = None,
) -> "FastAPI":
    """The FastAPI app over the store at ``db_path`` (created empty when missing).

    Pages and the JSON API read through a read-only connection opened per request. Uploaded articles
    are extracted on the spot with ``extractor`` (default: an ``Extractor`` for ``model``,
    ``home_country`` and ``dictionaries``, the user's actor dictionaries, loaded at the first upload;
    a dictionary that cannot be read is an InputError now) and stored only when the request carries ``token``; without a token set on the
    server nothing is ever stored.
    """
    from ._app import build_app

    from ..actors import load_dictionaries

    return build_app(db_path, token=token, model=model, max_upload_bytes=max_upload_bytes, extractor=extractor,
                     home_country=home_country, dictionaries=load_dictionaries(dictionaries))


def serve(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    model: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    home_country: str | None = HOME_COUNTRY,
    dictionaries: Any = None,
) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(db, token=token, model=model, max_upload_bytes=max_upload_bytes, home_country=home_country,
                     dictionaries=dictionaries)
    app.state.config.preload()  # the first upload need not wait for the model and the stages' tables
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
