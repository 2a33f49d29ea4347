"""The learned fallback sector (actors/_sectors.py): features of an actor the rules leave with no sector,
the reader of the model file's format, and what the fallback changes and leaves. No spaCy model: the
documents are built by hand."""

from __future__ import annotations

import json

from newsgraph._linear import SoftmaxModel
from newsgraph.actors._sectors import NONE, features, fill_sectors, predict
from newsgraph.records import Actor, ActorTable, Mention

# "Jay Roe , a pharmacist , laughed ." and "Ghana protested ." (invented)
WORDS = ["Jay", "Roe", ",", "a", "pharmacist", ",", "laughed", ".", "Ghana", "protested", "."]
HEADS = [1, 6, 1, 4, 1, 1, 6, 6, 9, 9, 9]
DEPS = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "nsubj", "ROOT", "punct"]
POS = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
LEMMAS = ["Jay", "Roe", ",", "a", "pharmacist", ",", "laugh", ".", "Ghana", "protest", "."]


def _doc():
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS,
               sent_starts=[True] + [False] * 7 + [True, False, False])


def _table(doc, sector: str | None = None) -> ActorTable:
    roe = Actor(id="roe", name="Jay Roe", kind="person", country="USA", sector=sector, code="USA")
    ghana = Actor(id="ghana", name="Ghana", kind="country", country="GHA", code="GHA")
    spans = [("roe", 0, 2, "name"), ("ghana", 8, 9, "name")]
    mentions = [Mention(actor=a, span=(doc[s:e].start_char, doc[s:e].end_char), tokens=(s, e), text=doc[s:e].text,
                        kind=k) for a, s, e, k in spans]
    return ActorTable(actors=[roe, ghana], mentions=mentions)


# the model file's format, as scripts/train_sectors.py writes it
_FILE = {"about": {}, "threshold": 0.6, "classes": [NONE, "CVL", "GOV"],
         "weights": {NONE: {"bias": 0.5}, "CVL": {"mod=pharmacist": 3.0}, "GOV": {"head=minister": 3.0}}}


def _model(threshold: float = 0.6) -> SoftmaxModel:
    return SoftmaxModel.from_dict(json.loads(json.dumps({**_FILE, "threshold": threshold})))


def test_features_read_the_words_beside_the_name():
    doc = _doc()
    table = _table(doc)
    names = features(table.actors[0], table.mentions[:1], doc)
    for name in ("kind=person", "country=yes", "mention=name", "head=roe", "mod=pharmacist", "verb=laugh"):
        assert name in names
    assert not any(n.startswith("name=") for n in names)  # a person's name words are no evidence


def test_reader_and_threshold():
    model = _model()
    assert model.classes == (NONE, "CVL", "GOV") and model.threshold == 0.6
    assert predict(model, ["bias", "mod=pharmacist"]) == "CVL"
    assert predict(model, ["bias"]) is None  # NONE is the likeliest: no sector
    assert predict(_model(0.99), ["bias", "mod=pharmacist"]) is None  # under the threshold: stays null


def test_fill_sectors_codes_the_unplaced_actor_and_leaves_states():
    doc = _doc()
    table = _table(doc)
    fill_sectors(table, doc, model=_model())
    roe, ghana = table.actors
    assert (roe.sector, roe.code) == ("CVL", "USACVL")
    assert (ghana.sector, ghana.code) == (None, "GHA")


def test_fill_sectors_keeps_a_rule_sector():
    doc = _doc()
    table = _table(doc, sector="GOV")
    fill_sectors(table, doc, model=_model())
    assert table.actors[0].sector == "GOV"


def test_collecting_changes_nothing():
    doc = _doc()
    table = _table(doc)
    rows: list = []
    fill_sectors(table, doc, model=_model(), collect=rows)
    assert [a.id for a, _names in rows] == ["roe"]  # the state is never collected
    assert table.actors[0].sector is None and table.actors[0].code == "USA"


def test_without_a_model_nothing_changes():
    doc = _doc()
    table = _table(doc)
    fill_sectors(table, doc, model=None)
    assert table.actors[0].sector is None


def test_a_class_threshold_overrides_the_one_threshold():
    data = {**_FILE, "threshold": 0.6, "thresholds": {"CVL": 0.999}}
    model = SoftmaxModel.from_dict(json.loads(json.dumps(data)))
    assert model.class_threshold("CVL") == 0.999 and model.class_threshold("GOV") == 0.6
    assert predict(model, ["bias", "mod=pharmacist"]) is None  # CVL's own threshold is not reached
    assert predict(model, ["bias", "head=minister"]) == "GOV"  # GOV has none of its own: the model's 0.6
    assert _model().class_threshold("CVL") == 0.6  # a file without per-class thresholds


def test_collecting_takes_the_rule_coded_actors_too():
    doc = _doc()
    table = _table(doc, sector="GOV")
    rows: list = []
    fill_sectors(table, doc, model=_model(), collect=rows)
    assert [(a.id, a.sector) for a, _names in rows] == [("roe", "GOV")]  # the rows tell the rules' sector
