"""The whole-process benchmark's baseline scripts run as written (they are strings, so nothing else checks them)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _whole import Side, child_env, pairs, timed, write_corpus  # noqa: E402


@pytest.mark.model
def test_bare_spacy_in_forked_processes_runs_with_one_and_two_processes(tmp_path):
    texts = [{"text": f"The minister met the envoy in the capital on day {i}.", "date": None, "title": None}
             for i in range(9)]
    corpus = tmp_path / "a.jsonl"
    write_corpus(texts, corpus)
    short = tmp_path / "short.txt"
    short.write_text("The minister met the envoy.", encoding="utf-8")
    todo = pairs(tmp_path, short=short, corpus=corpus, n=len(texts), model=None, batch_size=4, workers=2)
    title, two, one = todo[-1]
    assert "forked processes" in title and two.argv[-1] == "2" and one.argv[-1] == "1"
    env = child_env(tmp_path)
    for side in (two, one):
        timed(side, env, tmp_path, side.argv[-1])
        assert len(side.wall) == 1 and side.cpu[0] > 0


def test_a_side_records_nothing_when_asked_not_to(tmp_path):
    side = Side("python", [sys.executable, "-c", "pass"])
    timed(side, child_env(tmp_path), tmp_path, "x", record=False)
    assert side.wall == [] and side.cpu == []
