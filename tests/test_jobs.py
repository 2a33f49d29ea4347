"""ingest(): counts add up, duplicates are stored once with every source, workers agree with one process,
a document the pipeline fails on is recorded as rejected and the run goes on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.jobs import analyse_batch, estimate_total, ingest
from newsgraph.pipeline import Extractor
from newsgraph.records import Document
from newsgraph.store import open_store

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "The foreign minister of {c} resigned on Monday after talks with the rebels collapsed in the capital.",
    "Troops from {c} withdrew from the border region on Friday, the defence ministry said in a statement.",
    "The president of {c} met the UN envoy in Geneva on Tuesday to discuss a ceasefire with the rebels.",
]
COUNTRIES = ["Kenya", "Peru", "Nepal", "Chile", "Ghana", "Japan", "Spain", "Egypt", "Iraq", "Mali", "Laos", "Fiji"]


def _corpus(tmp_path, n: int = 24):
    lines = []
    for i in range(n):
        c = COUNTRIES[i % len(COUNTRIES)]
        text = " ".join(s.format(c=c) for s in SENTENCES) + f" It was report number {i}."
        lines.append(json.dumps({"text": text, "date": "2021-10-19"}))
    lines.insert(5, "{broken json")
    lines.append(lines[0])  # the same article again
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.model
@pytest.mark.parametrize("workers", [1, 2])
def test_counts_add_up_and_rerun_stores_nothing(tmp_path, extractor, workers):
    path = _corpus(tmp_path)
    with open_store(tmp_path / "s.db") as store:
        first = ingest([path], store=store, batch_size=5, workers=workers,
                       extractor=extractor if workers == 1 else None)
        assert (first.read, first.stored, first.duplicates, first.rejected) == (26, 24, 1, 1)
        assert first.read == first.stored + first.duplicates + first.rejected
        counts = store.counts()
        assert counts["documents"] == 24 and counts["rejected"] == 1
        sources = store.db.execute("SELECT COUNT(*) FROM document_sources").fetchone()[0]
        assert sources == 25  # the repeated line is a second source of the first article
        events = counts["events"]
        second = ingest([path], store=store, batch_size=5, extractor=extractor)
        assert (second.stored, second.duplicates, second.rejected) == (0, 25, 1)
        assert store.counts()["events"] == events


@pytest.mark.model
def test_two_workers_store_the_same_records_as_one(tmp_path, extractor):
    path = _corpus(tmp_path, n=12)
    dumps = []
    for workers in (1, 2):
        with open_store(tmp_path / f"w{workers}.db") as store:
            ingest([path], store=store, batch_size=4, workers=workers, extractor=extractor if workers == 1 else None)
            dumps.append(sorted(r["record"] for r in store.table_rows("events")))
    assert dumps[0] == dumps[1]


def _flaky_extractor(nlp, monkeypatch) -> Extractor:
    """An extractor whose stages fail on any text containing BOOM."""
    ex = Extractor(nlp)
    original = ex.analyse

    def flaky(document, doc, **kw):
        if "BOOM" in document.text:
            raise RuntimeError("stage exploded")
        return original(document, doc, **kw)

    monkeypatch.setattr(ex, "analyse", flaky)
    return ex


@pytest.mark.model
def test_a_pipeline_failure_becomes_a_rejection_not_a_crash(tmp_path, nlp, monkeypatch):
    ex = _flaky_extractor(nlp, monkeypatch)
    docs = [Document(text="The minister resigned on Monday.", source="ok"),
            Document(text="BOOM the minister resigned.", source="bad")]
    out = analyse_batch(docs, ex)
    assert type(out[0]).__name__ == "Result"
    assert type(out[1]).__name__ == "Rejected" and "stage exploded" in out[1].reason


def test_estimate_total(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n')
    assert estimate_total([tmp_path]) == 3
    assert estimate_total(["-"]) is None


def test_signatures_estimate_jaccard_similarity():
    from newsgraph.dedupe import NearDuplicateIndex, signature

    base = " ".join(f"word{i}" for i in range(400))
    near = base.replace("word200", "changed").replace("word300", "edited")
    other = " ".join(f"other{i}" for i in range(400))
    index = NearDuplicateIndex(0.85)
    index.add("base", signature(base))
    hit = index.find(signature(near))
    assert hit is not None and hit[0] == "base" and hit[1] > 0.85
    assert index.find(signature(other)) is None


def test_signatures_and_bands_are_datasketchs():
    # Stores written before the MinHash was computed here hold datasketch's signatures: both must agree.
    datasketch = pytest.importorskip("datasketch")
    from newsgraph.dedupe import NUM_PERM, _shingles, lsh_params, signature

    for text in ("", "a few words", "The council met on Monday and voted to delay the budget. " * 20,
                 " ".join(f"token{i}" for i in range(900))):
        expected = datasketch.MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32")
        expected.update_batch(_shingles(text))
        assert signature(text) == expected.hashvalues.astype("uint32").tobytes()
    for threshold in (0.5, 0.7, 0.85, 0.9):
        lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        assert lsh_params(threshold) == (lsh.b, lsh.r)


def test_near_duplicate_index_loads_no_scipy():
    code = ("import sys\nfrom newsgraph.dedupe import NearDuplicateIndex, signature\n"
            "NearDuplicateIndex(0.85).find(signature('one two three four five six'))\n"
            "print(sorted(m for m in ('scipy', 'datasketch') if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.model
def test_near_duplicates_are_stored_once_with_every_source(tmp_path, extractor):
    story = " ".join(s.format(c="Kenya").replace("Monday", f"Monday ({i} of 12)") for i in range(12) for s in SENTENCES)
    lines = [
        {"text": story + " Reporting by Reuters.", "date": "2021-10-19"},
        {"text": "UPDATED: " + story + " (AP)", "date": "2021-10-19"},  # the same wire story, republished
        {"text": " ".join(s.format(c="Peru") for s in SENTENCES), "date": "2021-10-19"},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    with open_store(tmp_path / "s.db") as store:
        report = ingest([path], store=store, batch_size=1, near_duplicates=0.85, extractor=extractor)
        assert (report.stored, report.near_duplicates) == (2, 1)
        assert report.read == report.stored + report.duplicates + report.near_duplicates + report.rejected
        near = store.db.execute("SELECT similarity, text_id FROM document_sources WHERE similarity IS NOT NULL").fetchall()
        assert len(near) == 1 and near[0][0] >= 0.85
        kenya = [e for e in store.events(modalities=None, negated=None) if "Kenya" in e["text"]]
        assert kenya and all(e["num_sources"] == 2 for e in kenya)
        again = ingest([path], store=store, near_duplicates=0.85, extractor=extractor)  # signatures persist
        assert again.stored == 0 and again.duplicates + again.near_duplicates == 3


@pytest.mark.model
def test_regression_extract_reports_a_pipeline_failure_as_a_rejection(tmp_path, nlp, monkeypatch):
    from newsgraph.jobs import extract_paths

    ex = _flaky_extractor(nlp, monkeypatch)
    (tmp_path / "a.txt").write_text("The minister resigned on Monday after the talks failed.")
    (tmp_path / "b.txt").write_text("BOOM the minister resigned on Monday after the talks failed.")
    out = list(extract_paths([tmp_path], extractor=ex))
    assert [type(x).__name__ for x in out] == ["Result", "Rejected"]
    assert "internal error in newsgraph: RuntimeError: stage exploded" in out[1].reason


def test_a_batch_goes_to_the_workers_in_parts_of_about_a_spacy_batch_in_order():
    from newsgraph.jobs import _split
    from newsgraph.pipeline import MAX_BATCH_CHARS

    docs = [Document(text="x" * 5_000 + str(i)) for i in range(32)]  # 160,000 characters
    parts = _split(docs, 2)
    assert len(parts) == 4  # not 2 of 80,000: a worker that is done takes the next part
    assert [d for part in parts for d in part] == docs
    assert all(sum(len(d.text) for d in part) <= MAX_BATCH_CHARS for part in parts)
    small = docs[:3]
    assert len(_split(small, 2)) == 2  # at least one part per worker while there are documents
    assert [d for part in _split(small, 2) for d in part] == small


def test_the_pool_parent_compiles_every_time_rule_before_the_workers_fork():
    from newsgraph.jobs import _compile_time_rules
    from newsgraph.time._rules import RULES

    _compile_time_rules()
    assert all(rule._compiled is not None for rule in RULES)
    assert all(rule._compiled.pattern == rule.pattern and rule._compiled.flags & re.I for rule in RULES)
