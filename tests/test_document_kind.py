"""A document's kind, news or opinion (``ingest._kind``): the publisher's label, the address's section and
the words of the text; stored, migrated and filtered on."""

from __future__ import annotations

import json

from factories import old_store, store_result
from typer.testing import CliRunner

from newsgraph._linear import LinearModel
from newsgraph.cli import app
from newsgraph.ingest._kind import document_kind, kind_model, kind_tokens, label_of, section_of
from newsgraph.records import Document
from newsgraph.store import open_store
from newsgraph.store._schema import MIGRATIONS

NEWS = "The council voted on Tuesday to raise the fee, officials said. The mayor said the vote was close."
ARGUED = "I think we should stop pretending. Why do we keep doing this? My answer: we should not."


def _words_model(threshold: float = 0.5) -> LinearModel:
    # first-person words and question marks argue; "said" reports
    return LinearModel(weights={"bias": -1.0, "w=I": 1.5, "w=we": 1.0, "w=?": 0.5, "w=said": -2.0},
                       threshold=threshold, about={})


def test_a_publishers_label_before_the_headline_makes_an_opinion_piece():
    assert label_of("Opinion: The council got it wrong", NEWS) == "Opinion:"
    assert label_of(None, "COMMENTARY | Why the fee is a mistake\n\nThe council ...") == "COMMENTARY |"
    assert label_of("Editorial - A fee too far", NEWS) == "Editorial -"
    # a word inside the headline, or a label further down, is no label
    assert label_of("Council weighs opinion of residents", NEWS) is None
    assert label_of(None, "Council raises fee\n\nOpinion: some residents disagree") is None


def test_an_opinion_section_in_the_address():
    assert section_of("https://example.com/opinion/2019/01/02/fee") == "opinion"
    assert section_of("https://example.com/commentisfree/2019/jan/02/fee") == "commentisfree"
    assert section_of("https://example.com/2019/01/02/opinions") == "opinions"
    assert section_of("https://example.com/blogs/politics/2019/fee") is None
    assert section_of("https://example.com/news/opinion-poll-shows-lead") is None
    assert section_of(None) is None


def test_the_words_decide_a_plain_text_and_say_how_sure_they_are():
    model = _words_model()
    kind, evidence = document_kind(ARGUED, model=model)
    assert kind == "opinion" and evidence[0].startswith("words: ")
    kind, evidence = document_kind(NEWS, model=model)
    assert kind == "news" and evidence == [f"words: {model.probability(['bias', 'w=said']):.2f}"]
    assert kind_tokens("I said: why? We said \u201cno\u201d.") == {"I", "said", "why", "?", "We", "\u201c", "no", "\u201d"}


def test_a_label_or_a_section_is_enough_whatever_the_words():
    model = _words_model()
    kind, evidence = document_kind(NEWS, title="Opinion: The fee", model=model)
    assert kind == "opinion" and evidence == ["label: Opinion:"]
    kind, evidence = document_kind(NEWS, url="https://example.com/opinion/fee", model=model)
    assert kind == "opinion" and evidence == ["section: opinion"]


def test_the_shipped_model_says_what_it_was_trained_and_chosen_on():
    model = kind_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert "trained_on" in model.about and "chosen_on" in model.about
    assert model.about["figures"]["pool train+dev, labels, sections and words"]["f1"] > 0.8


def test_the_document_record_carries_its_kind():
    d = Document(text=NEWS, kind="news", kind_evidence=["words: 0.02"])
    assert d.to_dict()["kind"] == "news" and d.to_dict()["kind_evidence"] == ["words: 0.02"]
    assert Document(text=NEWS).to_dict()["kind"] is None


def _stored(path, kinds):
    with open_store(path) as s:
        for n, kind in enumerate(kinds):
            r = store_result(f"{NEWS} Report number {n}.", source=f"{n}.txt", event_date=f"2021-10-1{n}")
            r.document.kind = kind
            s.add(r)


def test_events_filtered_by_the_kind_of_their_documents(tmp_path):
    path = tmp_path / "s.db"
    _stored(path, ["news", "opinion"])
    with open_store(path, readonly=True) as s:
        assert sorted(d["kind"] for d in s.documents()) == ["news", "opinion"]
        every = s.events(modalities=None, negated=None)
        news = s.events(modalities=None, negated=None, kind="news")
        opinion = s.events(modalities=None, negated=None, kind="opinion")
    # the resignation told on two days is two events; the future concession, one event reported twice
    assert len(every) == 3 and len(news) == len(opinion) == 2
    assert {e["date"]["value"] for e in news} == {"2021-10-10", "2021-09"}
    assert {e["date"]["value"] for e in opinion} == {"2021-10-11", "2021-09"}
    runner = CliRunner()
    out = runner.invoke(app, ["events", "--db", str(path), "--kind", "opinion", "--all", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert {e["date"]["value"] for e in json.loads(out.output)} == {"2021-10-11", "2021-09"}
    bad = runner.invoke(app, ["events", "--db", str(path), "--kind", "rumour"])
    assert bad.exit_code != 0


def test_an_older_store_is_given_the_kind_of_each_stored_document(tmp_path):
    path = tmp_path / "old.db"
    db = old_store(path, 3)
    db.execute("INSERT INTO documents(id, title, url, text, ingested_at) VALUES "
               "('d1', 'Opinion: The fee', NULL, ?, 'then'), ('d2', 'Council raises fee', ?, ?, 'then')",
               (NEWS, "https://example.com/news/fee", NEWS))
    db.commit()
    db.close()
    with open_store(path) as s:
        assert s.version == MIGRATIONS[-1][0]
        kinds = {d["id"]: d["kind"] for d in s.documents()}
    assert kinds == {"d1": "opinion", "d2": "news"}
