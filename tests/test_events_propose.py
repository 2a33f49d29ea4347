"""The learned trigger proposer and the CAMEO verb evidence it reads: the mechanisms, independent of
the shipped weights."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest
from conftest import DATA, ROOT, need

from newsgraph._linear import SoftmaxModel
from newsgraph.events import _cameo, _propose
from newsgraph.events._propose import NONE, Proposal


def test_softmax_probabilities_and_threshold():
    m = SoftmaxModel.from_dict({"classes": ["NONE", "ASSAULT", "CONSULT"], "threshold": 0.4,
                                "weights": {"NONE": {"bias": 1.0}, "ASSAULT": {"lemma=bomb": 3.0},
                                            "CONSULT": {"lemma=talk": 2.0}}})
    assert m.threshold == 0.4
    p = m.probabilities(["bias", "lemma=bomb", "unseen"])
    assert sum(p.values()) == pytest.approx(1.0)
    assert max(p, key=p.get) == "ASSAULT"
    assert m.probabilities(["bias"])["NONE"] > 0.5
    r = Proposal(m.classes, m.vector(["bias", "lemma=bomb", "unseen"]))
    assert r.type == "ASSAULT" and r.chosen(0.4) == "ASSAULT" and r.chosen(0.99) is None
    assert r.prob("ASSAULT") == pytest.approx(p["ASSAULT"]) and r.prob("PROTEST") == 0.0
    assert r.probs == pytest.approx(p)
    # the reading never chooses NONE, even when NONE is the most probable class
    assert Proposal(m.classes, m.vector(["bias"])).type != NONE


def test_cameo_table_reads_blocks_verbs_and_patterns():
    table = _cameo._parse("# c\nB ASK ask petition\nV ask 020 REQUEST -\nV ask 020 REQUEST - prep=for\n"
                          "P ASK 0213 REQUEST - obj=extradition\nP ASK 090 ACCUSE investigate prep=about pobj=death\n")
    assert table.blocks["petition"] == ["ASK"]
    assert ("REQUEST", "for") in table.verbs["ask"]
    pats = table.patterns["ASK"]
    assert pats[0].obj == frozenset({"extradition"}) and pats[1].prep == "about"
    with pytest.raises(ValueError, match="line 1"):
        _cameo._parse("X what\n")


def test_the_shipped_cameo_table_is_built_from_its_sources():
    need(DATA / "actors" / "phoenix-petrarch2" / "CAMEO.2.0.txt")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_cameo_verbs.py"), "--check",
                           "--shared", str(DATA.parent)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    table = _cameo.cameo()
    assert len(table.blocks) > 500 and len(table.verbs) > 500 and sum(map(len, table.patterns.values())) > 2000
    assert {t for v in table.verbs.values() for t, _p in v} <= set(_propose.ROOT_CAMEO)


def test_every_plover_type_has_a_root_cameo_code():
    from newsgraph.events import TYPES

    assert set(_propose.ROOT_CAMEO) == set(TYPES)


def test_the_shipped_proposer_is_well_formed():
    path = resources.files("newsgraph") / "data" / "events" / _propose.MODEL_FILE
    if not path.is_file():
        pytest.skip("no proposer shipped")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["classes"][0] == NONE or NONE in data["classes"]
    assert 0.0 < data["threshold"] < 1.0
    assert data["about"]["trained_on"].startswith("corpus train split")


SENTENCE = "Rebel fighters besieged the government garrison near the border on Monday, officials said."


@pytest.mark.model
def test_cameo_evidence_reads_the_verb_and_its_object(nlp):
    doc = nlp("The minister asked for the extradition of the suspect.")
    asked = next(t for t in doc if t.lemma_ == "ask")
    verb_type, _pattern = _cameo.evidence(asked)
    assert verb_type == "REQUEST"
    assert _cameo.evidence(next(t for t in doc if t.lemma_ == "minister")) == (None, None)


@pytest.mark.model
def test_a_proposed_word_becomes_a_trigger_with_its_arguments(extractor, monkeypatch):
    """A word the lexicon does not know is coded when the proposer chooses it, with the parse's
    arguments; with the proposer off it is not."""
    from newsgraph.events import _lexicon
    from newsgraph.records import Document

    assert "besiege" not in _lexicon.lexicon().verbs
    model = SoftmaxModel(classes=(NONE, "ASSAULT"), about={}, threshold=0.5,
                         weights={NONE: {"bias": 2.0}, "ASSAULT": {"lemma=besiege": 6.0}})
    doc = Document(text=SENTENCE, published="2019-05-06")
    was = extractor.propose_events, extractor.decide_events
    try:
        extractor.decide_events = False
        extractor.propose_events = model
        found = [e for e in extractor(doc).events if e.trigger["text"] == "besieged"]
        assert [e.event for e in found] == ["ASSAULT"]
        assert found[0].cameo == _propose.ROOT_CAMEO["ASSAULT"]
        assert found[0].actor, "the subject is the actor"
        extractor.propose_events = False
        assert not [e for e in extractor(doc).events if e.trigger["text"] == "besieged"]
    finally:
        extractor.propose_events, extractor.decide_events = was


@pytest.mark.model
def test_the_cached_reading_equals_the_reading_of_the_training_features(nlp):
    """``propose`` sums a word's own features once per word; the result is what the features the
    trainer sees give."""
    from newsgraph.events._lexicon import lexicon

    lex = lexicon()
    model = SoftmaxModel(classes=(NONE, "ASSAULT", "CONSULT"), about={}, threshold=0.3,
                         weights={NONE: {"bias": 1.0, "pos=NOUN": 0.5}, "ASSAULT": {"lemma=attack": 2.0, "dep=ROOT": 0.7},
                                  "CONSULT": {"lex=CONSULT": 1.5, "prepw=with": 0.9}})
    doc = nlp("The rebels attacked the town after talks with the army failed, and attacked it again.")
    sent = next(iter(doc.sents))
    for _ in range(2):  # the second pass reads the cache
        readings = _propose.propose(sent, lex, model, 0)
        for tok in _propose.words(sent):
            want = model.probabilities(_propose.features(tok, lex, 0))
            assert readings[tok.i].probs == pytest.approx(want)


def test_the_dense_part_adds_its_scores_and_round_trips():
    import numpy as np

    data = {"classes": ["NONE", "ASSAULT"], "threshold": 0.5,
            "weights": {"NONE": {"bias": 0.5}, "ASSAULT": {}},
            "dense": {"weights": [[0.0, 2.0], [0.0, -1.0]], "bias": [0.0, -0.5]}}
    m = SoftmaxModel.from_dict(data)
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    assert m.dense_scores(x) == pytest.approx(np.array([[0.0, 1.5], [0.0, -1.5]]))
    plain = SoftmaxModel.from_dict({k: v for k, v in data.items() if k != "dense"})
    assert plain.dense_scores(x) == pytest.approx(np.zeros((2, 2)))
    # a vector that favours ASSAULT moves the reading towards it
    base = m.dense_scores(x)
    assert m.probabilities(["bias"], base[0])["ASSAULT"] > plain.probabilities(["bias"])["ASSAULT"]
    assert m.probabilities(["bias"], base[1])["ASSAULT"] < plain.probabilities(["bias"])["ASSAULT"]


@pytest.mark.model
def test_the_reading_adds_the_parser_vectors_of_the_word_and_its_head(nlp):
    import numpy as np

    from newsgraph.events._lexicon import lexicon

    lex = lexicon()
    doc = nlp("The rebels attacked the town after talks with the army failed.")
    sent = next(iter(doc.sents))
    toks = _propose.words(sent)
    x = _propose.dense_rows(toks)
    assert x.shape == (len(toks), 2 * doc.tensor.shape[1])
    width = x.shape[1]
    rng = np.random.default_rng(0)
    m = SoftmaxModel(classes=(NONE, "ASSAULT"), about={}, threshold=0.3,
                     weights={NONE: {"bias": 1.0}, "ASSAULT": {"lemma=attack": 2.0}},
                     dense=rng.normal(size=(width, 2)), dense_bias=np.zeros(2))
    readings = _propose.propose(sent, lex, m, 0)
    for k, tok in enumerate(toks):
        want = m.probabilities(_propose.features(tok, lex, 0), m.dense_scores(x[k:k + 1])[0])
        assert readings[tok.i].probs == pytest.approx(want)
    doc.tensor = np.zeros((0, 0), dtype="float32")  # a document without vectors reads the features alone
    assert _propose.dense_rows(toks) is None
