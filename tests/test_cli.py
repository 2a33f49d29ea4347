"""The command line end to end on the sample article (the model loads once per session)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

from conftest import SAMPLE, SAMPLE_EXPECTED, need

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
SECTIONS = ["document", "actors", "events", "roles", "quotes", "agreements", "timexes"]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_help_is_instant_and_does_not_import_spacy():
    code = ("import sys; from typer.testing import CliRunner; from newsgraph.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "[CliRunner().invoke(app, [c, '--help']) for c in ('extract', 'ingest', 'events', 'eval')]; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'trafilatura', 'pyarrow')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_import_newsgraph_is_light():
    code = "import sys, newsgraph; print('spacy' in sys.modules, callable(newsgraph.extract))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


@pytest.mark.model
def test_extract_prints_contract_json_with_every_section(runner, nlp):
    result = runner.invoke(app, ["extract", str(need(SAMPLE)), "--published", "2021-10-19"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == SECTIONS
    assert data["document"]["published"] == "2021-10-19"
    assert data["document"]["published_inferred"] is False
    text = SAMPLE.read_text(encoding="utf-8")
    for section in ("events", "roles", "quotes", "agreements", "timexes"):
        for rec in data[section]:
            start, end = rec["span"]
            assert 0 <= start <= end <= len(text)
    for t in data["timexes"]:
        assert text[t["span"][0]:t["span"][1]] == t["text"]
    for q in data["quotes"]:
        assert text[q["span"][0]:q["span"][1]] == q["text"]


@pytest.mark.model
def test_extract_formats(runner, nlp, tmp_path):
    sample = str(need(SAMPLE))
    jsonl = runner.invoke(app, ["extract", sample, sample, "--format", "jsonl", "--published", "2021-10-19"])
    assert jsonl.exit_code == 0
    lines = jsonl.stdout.strip().splitlines()
    assert len(lines) == 2 and all(list(json.loads(x)) == SECTIONS for x in lines)
    table = runner.invoke(app, ["extract", sample, "--format", "table", "--published", "2021-10-19"])
    assert table.exit_code == 0 and "actors" in table.stdout and "Khalilzad" in table.stdout
    timeline = runner.invoke(app, ["extract", sample, "--format", "timeline", "--published", "2021-10-19"])
    assert timeline.exit_code == 0 and timeline.stdout.startswith("# ")


@pytest.mark.model
def test_extract_reports_bad_inputs_and_fails_only_when_nothing_was_read(runner, nlp, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary" * 50)
    mixed = runner.invoke(app, ["extract", str(bad), str(need(SAMPLE)), "--format", "jsonl"])
    assert mixed.exit_code == 0
    assert "bad.txt: binary data" in mixed.stderr
    only_bad = runner.invoke(app, ["extract", str(bad)])
    assert only_bad.exit_code == 1
    assert only_bad.stderr.strip().splitlines()[-1] == "newsgraph: nothing could be read (1 input rejected)"


def test_missing_model_is_one_clear_error_with_the_install_command(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The minister resigned on Monday after the talks with the rebels failed.")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--model", "no_such_model_xyz"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no_such_model_xyz" in lines[0] and "pip install" in lines[0]


def test_bad_published_date_is_one_line(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The minister resigned.")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "yesterday"])
    assert result.exit_code == 1 and "not a date" in result.stderr


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_an_unknown_home_country_is_refused_in_one_line(runner, tmp_path, command):
    (tmp_path / "a.txt").write_text("The minister resigned.")
    store = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    result = runner.invoke(app, [command, str(tmp_path / "a.txt"), "--home-country", "Atlantis", *store])
    assert result.exit_code == 2 and "unknown home country 'Atlantis'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "s.db").exists()


def test_the_extractor_takes_the_home_country_as_a_code():
    from newsgraph.pipeline import Extractor

    assert Extractor(object(), home_country="gbr").home_country == "GBR"  # type: ignore[arg-type]
    assert Extractor(object()).home_country == "USA"  # type: ignore[arg-type]
    assert Extractor(object(), home_country="none").home_country is None  # type: ignore[arg-type]


@pytest.mark.model
def test_ingest_twice_stores_once_and_queries_answer(runner, nlp, tmp_path):
    db = tmp_path / "s.db"
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    args = ["ingest", str(need(SAMPLE)), str(bad), "--published", "2021-10-19", "--db", str(db)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "stored 1, already stored 0, near duplicates 0, rejected 1" in first.stderr
    second = runner.invoke(app, args)
    assert "stored 0, already stored 1, near duplicates 0, rejected 1" in second.stderr
    import sqlite3

    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT reason FROM rejected").fetchone()[0].startswith("empty")
    timeline = runner.invoke(app, ["timeline", "--db", str(db)])
    assert timeline.exit_code == 0
    for command in (["events"], ["events", "--all", "--format", "json"], ["roles"], ["quotes"], ["agreements"],
                    ["who", "Secretary", "--on", "2021-10-19"]):
        out = runner.invoke(app, [*command, "--db", str(db)])
        assert out.exit_code == 0, (command, out.output)
    unknown = runner.invoke(app, ["timeline", "Nobody Atall", "--db", str(db)])
    assert unknown.exit_code == 1 and "no actor matches" in unknown.stderr
    exported = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--output", str(tmp_path / "x")])
    assert exported.exit_code == 0 and (tmp_path / "x" / "events.jsonl").exists()


def test_queries_on_a_missing_store_say_what_to_do(runner, tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "newsgraph ingest" in result.stderr


@pytest.mark.model
def test_eval_expected_on_the_sample_holds_its_floor(runner, nlp):
    result = runner.invoke(app, ["eval", "expected", str(need(SAMPLE_EXPECTED))])
    assert result.exit_code == 0, result.output
    last = result.stdout.strip().splitlines()[-1]
    held, rest = last.split("/", 1)
    total = int(rest.split()[0])
    forbidden = int(rest.split(", ")[1].split()[0])
    assert total == 37
    assert int(held) >= FLOORS["sample_expectations_held"], result.stdout
    assert forbidden <= FLOORS["sample_forbidden_found_max"], result.stdout


def test_doctor_reports_each_check(runner):
    result = runner.invoke(app, ["doctor"])
    assert "Python" in result.stdout and "SQLite" in result.stdout
    assert result.exit_code == 0, result.stdout


@pytest.mark.model
def test_regression_sentences_do_not_run_across_paragraph_breaks(nlp):
    doc = nlp("He told the minister it was \u201cthe right time\u201d to go.\n\nCBS News viewed a copy of the "
              "letter in which the envoy outlined the\nwork he had done.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0].endswith("to go.")
    assert sents[1].startswith("CBS News") and "outlined the\nwork" in sents[1]  # a single newline is no break


@pytest.mark.model
def test_indexed_sentences_answer_as_spacy_does(nlp):
    from newsgraph.nlp import index_sentences

    text = "The envoy resigned on Monday. He will leave on Tuesday!\n\nTalks stalled. Troops withdrew in August."
    plain, indexed = nlp(text), index_sentences(nlp(text))
    assert [s.text for s in plain.sents] == [s.text for s in indexed.sents]
    for a, b in zip(plain, indexed):
        assert (a.sent.start, a.sent.end) == (b.sent.start, b.sent.end)
    for start, end in [(0, 3), (3, 9), (5, 12), (len(plain) - 2, len(plain))]:
        assert (plain[start:end].sent.start, plain[start:end].sent.end) == (indexed[start:end].sent.start, indexed[start:end].sent.end)


@pytest.mark.parametrize("args, message", [
    (["who", "President", "--on", "2021-13-45"], "--on '2021-13-45' is not a date on the calendar"),
    (["who", "President", "--on", "2021-10"], "--on '2021-10' is not a date (expected YYYY-MM-DD)"),
    (["events", "--since", "2021-02-30"], "--since '2021-02-30' is not a date on the calendar"),
    (["events", "--until", "last week"], "--until 'last week' is not a date"),
])
def test_bad_date_options_are_refused_in_one_line(runner, tmp_path, args, message):
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "none.db").exists()


def test_good_partial_dates_pass_the_date_options(runner, tmp_path):
    db = tmp_path / "s.db"
    from newsgraph.store import open_store

    with open_store(db):
        pass
    result = runner.invoke(app, ["events", "--since", "2021", "--until", "2021-10", "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_timeline_lines_show_a_bound_as_a_bound():
    from newsgraph.output import timeline_lines

    events = [{"event": "COERCE", "actor_names": ["police"], "text": "Police arrested the protesters.", "span": [0, 9],
               "date": {"value": None, "start": None, "end": "2021-10-19", "precision": "before"}},
              {"event": "CONSULT", "actor_names": ["envoy"], "text": "The envoy met the minister in May.", "span": [0, 9],
               "date": {"value": "2021-05"}}]
    lines = timeline_lines(events)
    assert lines[0].startswith("2021-05 ") and lines[2].startswith("<2021-10-19 ")


def test_quotes_command_shows_the_speaker_in_the_texts_own_words(runner, tmp_path):
    from factories import quote, resign_result
    from newsgraph.store import open_store

    result = resign_result()
    result.quotes = [quote(None, "the talks would go on", kind="indirect", cue="say", speaker_text="a ministry spokeswoman")]
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(result)
    out = runner.invoke(app, ["quotes", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "speaker_text" in out.output and "a ministry spokeswoman" in out.output


def test_the_extract_table_gives_a_quote_no_actor_speaks_in_the_texts_words():
    from rich.console import Console

    from factories import quote, resign_result
    from newsgraph.output import result_tables

    result = resign_result()
    result.quotes = [quote(None, "the levy had failed", kind="indirect", cue="find", speaker_text="the audit",
                           attributed_to="the audit"),
                     quote(None, "it would rain", kind="indirect", cue="say", speaker_text="he")]
    console = Console(record=True, width=200)
    result_tables(result, console)
    lines = console.export_text().splitlines()
    found = next(r for r in lines if "the levy had failed" in r)
    assert found.split("\u2502")[1].strip() == "\u201cthe audit\u201d"
    said = next(r for r in lines if "it would rain" in r)
    assert said.split("\u2502")[1].strip() == ""  # an unresolved "he" names nobody
