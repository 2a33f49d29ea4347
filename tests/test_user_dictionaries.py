"""The user's actor dictionaries from the CLI (`--dictionary` on extract, ingest and serve), the library
(`newsgraph.extract(..., dictionaries=...)`, `Extractor`, `ingest`) and the web app: read once, before the
model and any document; a file that cannot be read is one line; every way in codes the same actors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.actors import Dictionary, load_dictionaries, load_dictionary
from newsgraph.cli import app
from newsgraph.errors import InputError

# An invented body, alias and spokesman: no bundled dictionary knows them, so only the user's codes them.
DICTIONARY = """\
- name: Vantoro Unity Front
  aliases: [VUF]
  kind: group
  country: KEN
  sector: REB
  wikidata: Q99999991
- name: Halden Mereweather
  kind: person
  country: KEN
  sector: GOV
"""
TEXT = ("The Vantoro Unity Front accused the army of shelling villages near the border on Monday. "
        "Halden Mereweather, who speaks for the cabinet, rejected the charge and said the VUF had staged the attacks.")


@pytest.fixture()
def dictionary(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def _coded(actors) -> dict:
    return {a["name"]: (a["kind"], a["country"], a["sector"], a.get("wikidata")) for a in actors}


WANTED = {"Vantoro Unity Front": ("group", "KEN", "REB", "Q99999991"),
          "Halden Mereweather": ("person", "KEN", "GOV", None)}


# -- reading the files (no model) ----------------------------------------------------------------------
@pytest.mark.parametrize("name,content,reason", [
    ("missing.yaml", None, "actor dictionary not found"),
    ("nameless.yaml", "- kind: group\n", "has no name"),
    ("broken.yaml", "{a: [1\n", "not YAML"),
    ("empty.yaml", "[]\n", "no actor records"),
    ("scalars.yaml", "- one\n- two\n", "expected a list of actor records"),
    ("header.csv", "name,code\n", "no actor records"),
    ("article.txt", "The minister resigned on Monday.\nHe said nothing more.\n", "gives no actor a [CODE]"),
])
def test_a_file_that_is_no_dictionary_is_refused_with_its_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=reason.replace("[", r"\[")):
        load_dictionary(path)


def test_json_is_read_as_yaml_and_petrarch_files_with_codes_still_load(tmp_path):
    j = tmp_path / "actors.json"
    j.write_text(json.dumps([{"name": "Vantoro Unity Front", "country": "KEN", "sector": "REB"}]), encoding="utf-8")
    assert load_dictionary(j).lookup("Vantoro Unity Front").codes[0][0] == "KENREB"
    p = tmp_path / "actors.txt"
    p.write_text("VANTORO_UNITY_FRONT [KENREB]\n+VUF\n", encoding="utf-8")
    assert load_dictionary(p).lookup("VUF").codes[0][0] == "KENREB"


def test_dictionaries_load_in_order_and_objects_pass_through(dictionary):
    given = Dictionary()
    loaded = load_dictionaries([dictionary, given])
    assert loaded[1] is given and loaded[0].lookup("VUF").name == "Vantoro Unity Front"
    assert load_dictionaries(None) == [] and len(load_dictionaries(dictionary)) == 1


def test_the_extractor_reads_its_dictionaries_before_the_model(dictionary, tmp_path):
    from newsgraph.pipeline import Extractor

    ex = Extractor(object(), dictionaries=[dictionary])  # type: ignore[arg-type]
    assert [d.lookup("Halden Mereweather").country for d in ex.dictionaries] == ["KEN"]
    with pytest.raises(InputError, match="not found"):
        Extractor(model="no_such_model_installed", dictionaries=[tmp_path / "missing.yaml"])


def test_an_edited_dictionary_file_is_another_setting(dictionary):
    import os

    from newsgraph.pipeline import _dictionaries_key

    before = _dictionaries_key([dictionary])
    assert _dictionaries_key([dictionary]) == before
    os.utime(dictionary, ns=(1, 1))
    assert _dictionaries_key([dictionary]) != before
    d = Dictionary()
    assert _dictionaries_key([d]) == (d,) != _dictionaries_key([Dictionary()])


@pytest.mark.parametrize("command", ["extract", "ingest", "serve"])
def test_a_bad_dictionary_option_is_one_line_before_anything_is_read(runner, tmp_path, command):
    (tmp_path / "a.txt").write_text("The minister resigned.")
    paths = [] if command == "serve" else [str(tmp_path / "a.txt")]
    store = ["--db", str(tmp_path / "s.db")] if command != "extract" else []
    result = runner.invoke(app, [command, *paths, "--dictionary", str(tmp_path / "missing.yaml"), *store])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"newsgraph: --dictionary: actor dictionary not found: {tmp_path / 'missing.yaml'}"
    assert not (tmp_path / "s.db").exists()


# -- with the model: every way in codes the same actors ---------------------------------------------------
@pytest.mark.model
def test_the_library_codes_the_dictionarys_actors(nlp, dictionary):
    import newsgraph

    plain = newsgraph.extract(TEXT, published="2024-03-04")
    assert {a.name: a.country for a in plain.actors}.get("Vantoro Unity Front") is None
    result = newsgraph.extract(TEXT, published="2024-03-04", dictionaries=[dictionary])
    coded = _coded(a.to_dict() for a in result.actors)
    assert {k: coded[k] for k in WANTED} == WANTED
    assert "VUF" not in coded  # the alias is a mention of the body, not an actor of its own
    front = next(a for a in result.actors if a.name == "Vantoro Unity Front")
    assert any(e.event == "ACCUSE" and front.id in e.actor for e in result.events)


@pytest.mark.model
def test_extract_and_ingest_take_the_dictionary_option(runner, nlp, dictionary, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = runner.invoke(app, ["extract", str(article), "--published", "2024-03-04", "--format", "jsonl",
                              "--dictionary", str(dictionary)])
    assert out.exit_code == 0, out.output
    coded = _coded(json.loads(out.stdout)["actors"])
    assert {k: coded[k] for k in WANTED} == WANTED
    db = tmp_path / "s.db"
    stored = runner.invoke(app, ["ingest", str(article), "--published", "2024-03-04", "--db", str(db),
                                 "--dictionary", str(dictionary)])
    assert stored.exit_code == 0, stored.output
    from newsgraph.store import open_store

    with open_store(db, readonly=True) as store:
        actors = store.table_rows("actors")
    coded = _coded(actors)
    assert {k: coded[k] for k in WANTED} == WANTED


@pytest.mark.model
def test_ingest_workers_read_with_the_dictionaries(nlp, dictionary, tmp_path):
    from newsgraph.jobs import ingest
    from newsgraph.store import open_store

    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"text": f"{TEXT} It was report number {i}.", "date": "2024-03-04"}) + "\n"
                            for i in range(4)), encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = ingest([path], store=store, batch_size=2, workers=2, dictionaries=[dictionary])
        assert report.stored == 4
        actors = store.table_rows("actors")
    fronts = [a for a in actors if a["name"] == "Vantoro Unity Front"]
    assert fronts and all((a["country"], a["sector"]) == ("KEN", "REB") for a in fronts)


@pytest.mark.model
def test_the_web_app_reads_uploads_with_the_dictionaries(nlp, dictionary, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsgraph.pipeline import Extractor
    from newsgraph.web import create_app

    app_ = create_app(tmp_path / "w.db", dictionaries=[dictionary])
    assert isinstance(app_.state.config.get_extractor(), Extractor)  # the session's model, loaded once
    r = TestClient(app_).post("/api/extract", json={"text": TEXT, "published": "2024-03-04"})
    assert r.status_code == 200, r.text
    coded = _coded(r.json()["result"]["actors"])
    assert {k: coded[k] for k in WANTED} == WANTED


def test_a_dask_worker_makes_a_new_extractor_when_a_run_of_another_setting_comes(monkeypatch, dictionary):
    import newsgraph.jobs as jobs

    made = []

    class FakeExtractor:
        def __init__(self, nlp=None, *, model=None, home_country=None, dictionaries=()):
            self.nlp = nlp if nlp is not None else object()
            self.home_country, self.dictionaries = home_country, dictionaries
            made.append(self)

    monkeypatch.setattr(jobs, "Extractor", FakeExtractor)
    monkeypatch.setattr(jobs, "analyse_batch", lambda documents, extractor: [])
    monkeypatch.setattr(jobs, "_WORKER_EXTRACTOR", None)
    monkeypatch.setattr(jobs, "_WORKER_SETTING", None)
    dicts = load_dictionaries([dictionary])
    jobs._worker_analyse([], None, "USA", [], (None, "USA", None))
    jobs._worker_analyse([], None, "USA", [], (None, "USA", None))
    assert len(made) == 1  # one run: one extractor
    jobs._worker_analyse([], None, "GBR", dicts, (None, "GBR", "run-2"))
    assert len(made) == 2 and made[1].home_country == "GBR" and made[1].dictionaries == dicts
    assert made[1].nlp is made[0].nlp  # the model the worker loaded serves the new setting
