"""scripts/train_events.py trains and chooses its models on a small corpus without writing anything."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys

import pytest
from conftest import DATA, ROOT, need


def _small_corpus(tmp_path, monkeypatch, n_train: int, n_dev: int):
    """The training script as a module and a corpus of the first train and dev articles, in ``tmp_path``."""
    need(DATA / "news" / "allsides-political-news" / "articles.jsonl")
    pytest.importorskip("sklearn")
    from newsgraph.corpus import load_corpus

    corpus = load_corpus(ROOT / "corpus")
    train = [i for i in corpus.ids("train")][:n_train]
    dev = [i for i in corpus.ids("dev")][:n_dev]
    (tmp_path / "annotations").mkdir()
    for i in train + dev:
        shutil.copy(ROOT / "corpus" / "annotations" / f"{i}.json", tmp_path / "annotations")
    (tmp_path / "splits.json").write_text(json.dumps({"train": train, "dev": dev, "test": []}))
    monkeypatch.setenv("NEWSGRAPH_CORPUS", str(tmp_path))
    spec = importlib.util.spec_from_file_location("train_events", ROOT / "scripts" / "train_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, load_corpus(tmp_path)


@pytest.mark.model
@pytest.mark.slow
def test_training_runs_on_a_small_corpus(tmp_path, monkeypatch, extractor, capsys):
    mod, small = _small_corpus(tmp_path, monkeypatch, 5, 3)
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
def test_samefact_training_chooses_on_a_small_corpus(tmp_path, monkeypatch, extractor, capsys):
    mod, small = _small_corpus(tmp_path, monkeypatch, 12, 3)
    try:
        fig = mod.train_samefact(small, extractor, dry=True)  # the shipped models, in sample
    finally:
        extractor.samefact_events, extractor.collect_samefact = True, None
    out = capsys.readouterr().out
    assert "same-fact pairs: train" in out and "chosen C" in out
    assert 0.0 < fig["type_p"] <= 1.0
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


def _train_events_module():
    spec = importlib.util.spec_from_file_location("train_events", ROOT / "scripts" / "train_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod



def test_the_deciders_rows_are_saved_without_the_actors_and_what_does_not_pickle(tmp_path):
    import pickle

    mod = _train_events_module()
    sets = {"train": [{"id": "a0", "labels": [1, 0], "actors": [{"name": "x"}], "doc": lambda: None}],
            "dev": [{"id": "b0", "labels": [0], "stacked": [(["bias", "type=ACCUSE"], None)]}]}
    path = tmp_path / "rows.pkl"
    mod.save_rows(path, sets, rows=[["bias"], ["bias"]], labels=[1, 0], c=0.1)
    saved = pickle.loads(path.read_bytes())
    assert saved["sets"]["train"] == [{"id": "a0", "labels": [1, 0]}]
    assert saved["sets"]["dev"] == sets["dev"]
    assert saved["labels"] == [1, 0] and saved["c"] == 0.1 and saved["rows"] == [["bias"], ["bias"]]


def _articles_without_text(monkeypatch, mod, n: int) -> list[str]:
    """``n`` article ids that ``mod.run`` reads as empty articles whose "doc" is the id itself, with the
    readings and the actor alignment stubbed, so a test sees which models ``run`` gives each article."""
    ids = [f"a{k}" for k in range(n)]
    monkeypatch.setattr(mod, "parsed", lambda *a: (ids, {i: {"text": "", "date": None} for i in ids}, ids))
    monkeypatch.setattr(mod.Reading, "from_result", staticmethod(lambda r: r))
    monkeypatch.setattr(mod.Reading, "from_annotation", staticmethod(lambda a: a))
    monkeypatch.setattr(mod, "align_actors", lambda *a: {})
    return ids


def test_each_fold_proposer_is_fitted_without_its_folds_articles_and_proposes_on_them(monkeypatch):
    import numpy

    mod = _train_events_module()
    folds = mod.FOLDS
    # 2 * FOLDS articles of three words each; a word's only feature names its article
    owner = [n for n in range(2 * folds) for _w in range(3)]
    rows = [["bias", f"art={n}"] for n in owner]
    labels = ["NONE", "ACCUSE", "NONE"] * (2 * folds)
    monkeypatch.setattr(mod, "_proposer_rows", lambda *a: (rows, labels, numpy.zeros((len(rows), 2)), owner))
    fitted = []

    def fit(rows_k, labels_k, c, dense):
        fitted.append({n for names in rows_k for n in names if n.startswith("art=")})
        assert len(dense) == len(rows_k) and c == 0.3
        return mod._linear.SoftmaxModel(classes=("NONE", "ACCUSE"), weights={"NONE": {}, "ACCUSE": {}}, about={})

    monkeypatch.setattr(mod, "_fit_softmax", fit)
    models = mod.fold_proposers(None, None, 0.3, 0.2)
    assert len(models) == folds and all(m.threshold == 0.2 for m in models)
    for k, seen in enumerate(fitted):
        assert seen == {f"art={n}" for n in range(2 * folds) if n % folds != k}

    # run() lets fold k's proposer propose on fold k's articles, and gives the extractor its own back
    ids = _articles_without_text(monkeypatch, mod, 2 * folds)
    used = {}

    class Extractor:
        propose_events = "own"

        def analyse(self, document, doc):
            used[doc] = self.propose_events

    class Corpus:
        annotations = {i: {} for i in ids}

    ex = Extractor()
    mod.run("train", Corpus(), ex, proposers=models)
    assert all(used[f"a{n}"] is models[n % folds] for n in range(2 * folds))
    assert ex.propose_events == "own"
    mod.run("dev", Corpus(), ex)
    assert set(used.values()) == {"own"}


def test_the_actor_filters_train_run_decides_each_article_with_event_models_that_never_saw_it(monkeypatch):
    import numpy

    mod = _train_events_module()
    folds = mod.FOLDS
    # fold deciders: each fitted on the rows of the other folds' articles, with the given threshold
    owner = [n for n in range(2 * folds) for _c in range(2)]
    rows = [["bias", f"art={n}"] for n in owner]
    labels = [1, 0] * (2 * folds)
    fitted = []

    def fit(rows_k, labels_k, c, dense, weights):
        fitted.append({n for names in rows_k for n in names if n.startswith("art=")})
        assert len(dense) == len(rows_k) == len(weights) and c == 0.1
        return mod._linear.LinearModel(weights={"bias": 0.0}, threshold=0.5, about={})

    monkeypatch.setattr(mod, "_fit", fit)
    deciders = mod.fold_deciders(rows, labels, owner, 0.1, numpy.zeros((len(rows), 2)), [1.0] * len(rows), 0.35)
    assert len(deciders) == folds and all(m.threshold == 0.35 for m in deciders)
    for k, seen in enumerate(fitted):
        assert seen == {f"art={n}" for n in range(2 * folds) if n % folds != k}

    # run() gives fold k's articles fold k's proposer, sentence coder and decider, then the extractor's own back
    from newsgraph import events

    ids = _articles_without_text(monkeypatch, mod, 2 * folds)
    own_decider = events.decider
    used = {}

    class Extractor:
        propose_events = "own proposer"
        sentence_events = "own coder"

        def analyse(self, document, doc):
            used[doc] = (self.propose_events, self.sentence_events, events.decider())

    class Corpus:
        annotations = {i: {} for i in ids}

    fm = [mod.FoldModels(proposer=f"proposer {k}", sentences=f"coder {k}", decider=deciders[k]) for k in range(folds)]
    ex = Extractor()
    mod.run("train", Corpus(), ex, events=False, fold_models=fm)
    assert all(used[f"a{n}"] == (f"proposer {n % folds}", f"coder {n % folds}", deciders[n % folds])
               for n in range(2 * folds))
    assert (ex.propose_events, ex.sentence_events, events.decider) == ("own proposer", "own coder", own_decider)
    # a fold without a proposer of its own (the shipped one in sample) keeps the extractor's
    mod.run("train", Corpus(), ex, events=False, fold_models=[mod.FoldModels(decider=d) for d in deciders])
    assert {u[0] for u in used.values()} == {"own proposer"} and {u[1] for u in used.values()} == {"own coder"}


def test_the_shipped_recipes_fold_deciders_are_calibrated_as_the_shipped_decider_is(monkeypatch):
    import math

    import numpy

    from newsgraph._linear import LinearModel

    mod = _train_events_module()
    owner = [n for n in range(2 * mod.FOLDS) for _c in range(2)]
    rows = [["bias", "lemma=warn" if c else "lemma=meet"] for _n in range(2 * mod.FOLDS) for c in range(2)]
    labels = [1, 0] * (2 * mod.FOLDS)
    raw = LinearModel(weights={"bias": -0.4, "lemma=warn": 1.5}, threshold=0.5, about={})
    monkeypatch.setattr(mod, "_fit", lambda *_a, **_k: raw)
    shipped = LinearModel(weights={}, threshold=0.2872, about={
        "C": 0.1, "calibration": {"a": 0.93677, "b": -0.11527, "threshold_before": 0.3}})
    deciders = mod.shipped_fold_deciders(shipped, rows, labels, owner, numpy.zeros((len(rows), 1)))
    assert len(deciders) == mod.FOLDS and all(m.threshold == 0.2872 for m in deciders)
    for names in (["bias"], ["bias", "lemma=warn"]):
        z = math.log(raw.probability(names) / (1 - raw.probability(names)))
        # the confidence is the shipped decider's map of the fold model's log-odds, not the raw probability
        assert deciders[0].probability(names) == pytest.approx(1 / (1 + math.exp(-(0.93677 * z - 0.11527))))
        assert (deciders[0].probability(names) >= 0.2872) == (raw.probability(names) >= 0.3)
    # a shipped decider with no calibration recorded: the fold models as fitted, at its threshold
    plain = LinearModel(weights={}, threshold=0.3, about={"C": 0.1})
    assert mod.shipped_fold_deciders(plain, rows, labels, owner, None)[0].probability(["bias"]) == pytest.approx(
        raw.probability(["bias"]))


def test_the_deciders_threshold_can_be_chosen_on_train_out_of_fold(monkeypatch):
    mod = _train_events_module()
    arts = [{"labels": [1, 0, 0]}, {"labels": []}, {"labels": [0, 1]}]
    # one out-of-fold probability per candidate, in the order the rows are built: cut back into articles
    probs = mod.by_article(arts, [0.9, 0.2, 0.4, 0.1, 0.6])
    assert probs == [[0.9, 0.2, 0.4], [], [0.1, 0.6]]

    # the threshold that keeps exactly the two events scores best; a tie goes to the lower threshold
    def figures(articles, p, th):
        kept = [(q >= th, y) for art, qs in zip(articles, p) for q, y in zip(qs, art["labels"])]
        right = sum(k and y for k, y in kept)
        return {"type_f1": right / max(1, sum(k for k, _y in kept)), "full_f1": right / 2}

    monkeypatch.setattr(mod, "_event_figures", figures)
    th, figs = mod.best_threshold(arts, probs)
    assert th == 0.45 and len(figs) == len(mod.THRESHOLDS)
    assert figs[mod.THRESHOLDS.index(th)] == {"type_f1": 1.0, "full_f1": 1.0}


def test_a_calibration_folded_into_the_decider_keeps_its_decisions_and_maps_its_confidence():
    import math

    from newsgraph._linear import LinearModel

    mod = _train_events_module()
    model = LinearModel(weights={"bias": -0.5, "lemma=attack": 2.0, "told=new": 0.4}, threshold=0.5, about={})
    folded, threshold = mod.calibrated(model, 0.35, 0.8, -0.3)
    for names in (["bias"], ["bias", "lemma=attack"], ["bias", "told=new"], ["bias", "lemma=attack", "told=new"]):
        z = math.log(model.probability(names) / (1 - model.probability(names)))
        assert folded.probability(names) == pytest.approx(1 / (1 + math.exp(-(0.8 * z - 0.3))))
        assert (model.probability(names) >= 0.35) == (folded.probability(names) >= threshold)
    assert threshold == pytest.approx(1 / (1 + math.exp(-(0.8 * math.log(0.35 / 0.65) - 0.3))), abs=1e-4)
    assert mod.calibrated(model, 0.35, 1.0, 0.0)[1] == 0.35  # the identity map changes nothing


def test_the_deciders_calibration_is_fitted_out_of_fold_and_undoes_an_over_or_under_confident_fit():
    import random

    pytest.importorskip("sklearn")
    mod = _train_events_module()
    # 30 articles of six candidates: the word tells an event 7 times in 10 ("x") or 3 in 10 ("y"); two
    # features of noise that a weakly regularised fit learns, and that tell nothing on unseen articles
    rng = random.Random(7)
    rows, labels, owner = [], [], []
    for k in range(30):
        for _j in range(6):
            x = rng.random() < 0.5
            rows.append(["bias", "lemma=x" if x else "lemma=y", f"noise={rng.randrange(12)}",
                         f"other={rng.randrange(12)}"])
            labels.append(int(rng.random() < (0.7 if x else 0.3)))
            owner.append(k)
    ones = [1.0] * len(rows)
    loose, _b = mod.calibration(rows, labels, owner, 100.0, None, ones)
    tight, _b = mod.calibration(rows, labels, owner, 0.1, None, ones)
    assert 0.0 < loose < 0.8  # too sure out of fold: the map narrows its log-odds
    assert tight > 1.2  # shrunk towards the base rate: the map widens them
    # one label only in a fold's training rows: no calibration
    assert mod.calibration(rows[:4], [0, 0, 0, 0], [0, 1, 2, 3], 1.0, None, [1.0] * 4) == (1.0, 0.0)


def test_the_deciders_c_is_the_one_with_the_lowest_log_loss_out_of_fold():
    import random

    pytest.importorskip("sklearn")
    mod = _train_events_module()
    rng = random.Random(5)
    rows, noisy, clean, owner = [], [], [], []
    for k in range(30):
        for _j in range(6):
            x = rng.random() < 0.5
            rows.append(["bias", "lemma=x" if x else "lemma=y", f"noise={rng.randrange(40)}",
                         f"other={rng.randrange(40)}"])
            noisy.append(int(rng.random() < (0.6 if x else 0.4)))
            clean.append(int(x))
            owner.append(k)
    ones = [1.0] * len(rows)
    # a weak signal among features of noise: the loosest fit learns the noise and scores worse out of fold
    c, probs = mod._c_by_log_loss("events", rows, noisy, owner, mod.FOLDS, None, ones)
    assert c < mod.C_GRID[-1]
    assert probs == mod._out_of_fold(rows, noisy, owner, mod.FOLDS, c, None, ones)
    # a word that tells the label every time: the loosest fit is the surest and the best
    assert mod._c_by_log_loss("events", rows, clean, owner, mod.FOLDS, None, ones)[0] == mod.C_GRID[-1]


def test_the_c_is_chosen_on_the_rows_a_fold_could_score_and_the_smallest_without_any():
    pytest.importorskip("sklearn")
    mod = _train_events_module()
    # five articles, one per fold; the only positive rows are article 0's, so the fold of article 0 fits on
    # one label and scores nothing, and every other fold is fitted and scored
    rows = [["bias", f"w={k % 2}"] for k in range(20)]
    labels = [1 if k < 2 else 0 for k in range(20)]
    owner = [k // 4 for k in range(20)]
    c, probs = mod._c_by_log_loss("test", rows, labels, owner, 5)
    assert c in mod.C_GRID
    assert [q is None for q in probs] == [k < 4 for k in range(20)]
    # one label in every fold's training rows: nothing scored, the smallest C
    c, probs = mod._c_by_log_loss("test", rows[:4], [0] * 4, [0, 1, 2, 3], 5)
    assert c == mod.C_GRID[0] and probs == [None] * 4


def _actor_articles(rng, n: int, real_x: float, real_y: float) -> list[dict]:
    """``n`` articles of eight collected actors ("x" real with the chance ``real_x``, "y" with ``real_y``,
    all of the rest group), two actors the filter does not decide on (one annotated, one junk), and forty
    annotated actors (most of them found by no one)."""
    arts = []
    for k in range(n):
        names, gids, labels = [], [], []
        for j in range(8):
            x = rng.random() < 0.5
            names.append(["bias", "group=rest", "kind=x" if x else "kind=y"])
            real = rng.random() < (real_x if x else real_y)
            gids.append(f"g{j}" if real else None)
            labels.append(int(real))
        arts.append({"id": f"a{k}", "gold": type("Gold", (), {"actors": [None] * 40})(),
                     "actors": [(None, ns) for ns in names], "gids": gids, "labels": labels,
                     "groups": ["rest"] * 8, "always_gids": ["g8", None]})
    return arts


def test_the_actor_filters_thresholds_lose_at_most_the_allowed_recall():
    mod = _train_events_module()
    import random

    arts = _actor_articles(random.Random(3), 20, 0.8, 0.2)
    probs = [[0.8 if "kind=x" in ns else 0.2 for _a, ns in art["actors"]] for art in arts]
    th, fig, base = mod._actor_thresholds(arts, probs)
    assert base["recall"] - fig["recall"] <= mod.ACTOR_RECALL_LOSS
    assert fig["junk_rate"] <= base["junk_rate"]
    assert th["subject"] == th["named"] == 0.0  # groups left out of ACTOR_GROUPS are never decided on


def test_the_actor_filter_is_chosen_on_train_out_of_fold_and_dev_only_measures_it(capsys):
    import random

    pytest.importorskip("sklearn")
    mod = _train_events_module()
    rng = random.Random(11)
    train = _actor_articles(rng, 30, 0.9, 0.1)
    dev = _actor_articles(rng, 6, 0.9, 0.1)
    first = mod.choose_actors({"train": train, "dev": dev}, dry=True, c=1.0)
    # the dev split's labels turned over: the same filter (its C given, its thresholds from train alone)
    upside = [dict(art, labels=[1 - y for y in art["labels"]], gids=[None if g else "g" for g in art["gids"]])
              for art in dev]
    second = mod.choose_actors({"train": train, "dev": upside}, dry=True, c=1.0)
    assert first.weights == second.weights and first.threshold == second.threshold
    out = capsys.readouterr().out
    assert "actors: train in folds" in out and "wrote" not in out
    # "y" actors are junk nine times in ten: the filter drops them and keeps the "x" ones
    assert first.probability(["bias", "group=rest", "kind=y"]) < first.threshold
    assert first.probability(["bias", "group=rest", "kind=x"]) >= first.threshold


def test_the_modality_scripts_reading_of_a_hedged_clause_is_the_pipelines(monkeypatch):
    from newsgraph._linear import SoftmaxModel

    spec = importlib.util.spec_from_file_location("train_modality", ROOT / "scripts" / "train_modality.py")
    mod = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "train_modality", mod)
    spec.loader.exec_module(mod)
    # a model that reads "asserted" unless the rules said historical
    model = SoftmaxModel(classes=("asserted", "historical", "reported"), about={},
                         weights={"asserted": {"bias": 1.0}, "historical": {"rule=historical": 3.0},
                                  "reported": {}})

    def row(*names: str):
        return mod.Row("a", 0, names, "reported", "asserted")

    assert mod.predict(model, row("rule=asserted")) == "asserted"
    # the pipeline (``_modal.relabel``) reads a hedged clause the model calls asserted as reported
    assert mod.predict(model, row("rule=asserted", mod.HEDGE)) == "reported"
    assert mod.predict(model, row("rule=historical", mod.HEDGE)) == "historical"
    assert mod.accuracy(model, [row("rule=asserted", mod.HEDGE), row("rule=asserted")]) == 0.5
