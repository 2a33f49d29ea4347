"""scripts/train_events.py trains and chooses its models on a small corpus without writing anything."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys

import pytest
from conftest import DATA, ROOT, need


@pytest.mark.model
@pytest.mark.slow
def test_training_runs_on_a_small_corpus(tmp_path, monkeypatch, extractor, capsys):
    need(DATA / "news" / "allsides-political-news" / "articles.jsonl")
    pytest.importorskip("sklearn")
    from newsgraph.corpus import load_corpus

    corpus = load_corpus(ROOT / "corpus")
    train = [i for i in corpus.ids("train")][:5]
    dev = [i for i in corpus.ids("dev")][:3]
    (tmp_path / "annotations").mkdir()
    for i in train + dev:
        shutil.copy(ROOT / "corpus" / "annotations" / f"{i}.json", tmp_path / "annotations")
    (tmp_path / "splits.json").write_text(json.dumps({"train": train, "dev": dev, "test": []}))
    monkeypatch.setenv("NEWSGRAPH_CORPUS", str(tmp_path))
    spec = importlib.util.spec_from_file_location("train_events", ROOT / "scripts" / "train_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    small = load_corpus(tmp_path)
    flags = (extractor.decide_actors, extractor.decide_events)
    try:
        proposer = mod.train_proposer(small, extractor)
        assert "NONE" in proposer.classes
        assert proposer.about["trained_on"].startswith("corpus train split")
        mod.train_events(small, extractor, dry=True)
        mod.train_actors(small, extractor, dry=True)
    finally:
        extractor.decide_actors, extractor.decide_events = flags
        extractor.collect = extractor.collect_actors = None
    out = capsys.readouterr().out
    assert "actors: dev with the filter" in out and "events: dev with the decider" in out
    assert "proposer: C=" in out
    assert "wrote" not in out  # a dry run writes nothing


@pytest.mark.model
@pytest.mark.slow
def test_modality_training_fits_on_a_small_corpus(tmp_path, monkeypatch, extractor):
    need(DATA / "news" / "allsides-political-news" / "articles.jsonl")
    pytest.importorskip("sklearn")
    from newsgraph.corpus import load_corpus

    corpus = load_corpus(ROOT / "corpus")
    train = [i for i in corpus.ids("train")][:4]
    spec = importlib.util.spec_from_file_location("train_modality", ROOT / "scripts" / "train_modality.py")
    mod = importlib.util.module_from_spec(spec)
    # the script's dataclasses look their module up by name while they are built
    monkeypatch.setitem(sys.modules, "train_modality", mod)
    spec.loader.exec_module(mod)
    (tmp_path / "annotations").mkdir()
    for i in train:
        shutil.copy(ROOT / "corpus" / "annotations" / f"{i}.json", tmp_path / "annotations")
    (tmp_path / "splits.json").write_text(json.dumps({"train": train, "dev": [], "test": []}))
    small = load_corpus(tmp_path)
    saved = extractor.modality_events
    extractor.modality_events = False
    try:
        got = mod.rows("train", small, extractor)
    finally:
        extractor.modality_events = saved
    assert got and all(r.article in train for r in got)
    feats, gold, rule = [list(r.names) for r in got], [r.gold for r in got], [r.rule for r in got]
    assert all(f"rule={r}" in names for names, r in zip(feats, rule))
    assert mod.union(got, got) == sorted(set(got), key=lambda r: (r.article, r.gold_index, r.names))
    assert all(r.dense is not None and r.dense.ndim == 1 for r in got)
    if len(set(gold)) > 2:
        model = mod.fit(got, 1.0, 0.1)
        assert 0.0 <= mod.accuracy(model, got) <= 1.0
        assert set(model.classes) == set(gold) and model.dense.shape == (len(got[0].dense), len(model.classes))
    assert extractor.collect_modality is None


def test_a_rare_types_events_weigh_more_in_the_deciders_fit_capped():
    spec = importlib.util.spec_from_file_location("train_events", ROOT / "scripts" / "train_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    # candidates per type: ACCUSE 8, REQUEST 4, PROTEST 2, COOPERATE 1 (median 3)
    types = ["ACCUSE"] * 8 + ["REQUEST"] * 4 + ["PROTEST"] * 2 + ["COOPERATE"]
    rows = [["bias", f"type={t}", "lemma=x"] for t in types]
    labels = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1]
    weights = mod.rare_weights(rows, labels, cap=2.0)
    assert weights[0] == 1.0 and weights[8] == 1.0  # a common type's event: as it is
    assert weights[12] == pytest.approx(1.5)  # the median count over the type's
    assert weights[14] == 2.0  # the rarest: capped
    assert weights[13] == 1.0 and weights[1] == 1.0  # a candidate that is no event: as it is
