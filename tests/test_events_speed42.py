"""The events stage's shortcuts of session 42: an event's date read with the document's usable timexes made
once (``dated_times``) and its picks made only where a sentence holds one, the attribution features and the
nameable-noun test read from the document's columns. The dates and features asserted are the readings the
shortcuts had to keep (checked then against the code they replace, and the dev and train evaluations byte for
byte), on texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events import _compared_time, _date, _modal, _unnamed, dated_times
from newsgraph.nlp import index_sentences, release, tokens
from newsgraph.records import ActorTable
from newsgraph.time import tag

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 17)
TEXT = ("Ruritanian troops shelled the port on Monday, officials said. Like last year, the council met in "
        "March and condemned the strikes. The envoy, who resigned in 2019, will visit Lyon next week. "
        "According to the agency, the rebels had attacked a convoy two days before the talks opened. "
        "Critics say the minister was warned. The report claims that police arrested dozens. The senator who "
        "said the vote was rigged blocked the bill.\n"
        "Protesters gathered outside the embassy on Tuesday and the guards fired into the crowd.")


def _parsed(nlp):
    doc = index_sentences(nlp(TEXT))
    return doc, tag(TEXT, published=PUBLISHED, doc=doc)


def test_an_event_s_date_with_the_document_s_usable_timexes_is_the_date_read_per_event(nlp):
    doc, timexes = _parsed(nlp)
    try:
        dated = dated_times(timexes, doc)
        assert dated and len(dated) < len(timexes)  # "two days" is a length, "last year" a time compared with
        assert not any(_compared_time(t, doc) for t in dated)
        got = {}
        for tok in tokens(doc):
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            head = tok if tok.pos_ == "VERB" else tok.head
            date = _date(tok, head, tok.sent, timexes, PUBLISHED, dated=dated)
            # the list made once per document gives what the per-event filters give
            assert _date(tok, head, tok.sent, timexes, PUBLISHED) == date, tok.text
            got.setdefault(tok.text, date)
        # the clause's own time, the sentence's time for a conjoined clause, the story's day for a verb of saying
        assert (got["met"]["value"], got["met"]["source"]) == ("2024-03", "timex")
        assert (got["condemned"]["value"], got["condemned"]["source"]) == ("2024-03", "sentence")
        assert (got["gathered"]["value"], got["gathered"]["source"]) == ("2024-05-14", "timex")
        assert (got["fired"]["value"], got["fired"]["source"]) == ("2024-05-14", "sentence")
        assert got["resigned"]["value"] == "2019"
        assert got["claims"]["source"] == "document"
    finally:
        release(doc)


def test_the_attribution_features_read_from_the_columns_are_the_token_readings(nlp):
    doc = index_sentences(nlp(TEXT))
    try:
        marks = set()
        for tok in tokens(doc):
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            for rule in ("asserted", "reported"):
                got = _modal._attribution(tok, rule, tok)
                # each feature twice, alone and with the rules' reading
                assert sorted(n + "|" + rule for n in got if "|" not in n) == sorted(n for n in got if "|" in n)
                marks.update(n.split("|")[0] for n in got)
                if tok.text == "attacked":
                    assert "r_according=before" in got, got
                if tok.text == "arrested":
                    assert "r_noun=before" in got, got
        # the sentence loop's marks are met: a reporting word, a report noun, "according to", and a source in
        # the sentence before ("prev")
        assert {"r_according=before", "r_prev"} <= marks, marks
        assert any(m.startswith("r_noun=") for m in marks) and any(m.startswith("r_word=") for m in marks), marks
    finally:
        release(doc)


def test_the_nameable_noun_test_reads_the_columns_as_the_tokens_read(nlp):
    doc = index_sentences(nlp(TEXT))
    try:
        table = _unnamed.ArgumentTable.over(ActorTable(actors=[], mentions=[]))
        for sent in doc.sents:
            want = any(t.pos_ == "NOUN" and ActorTable.at_token(table, t.i) is None and _unnamed._people(t)
                       for t in sent)
            assert _unnamed._may_name(sent, table) == want
        assert any(table.nameable.values())  # "officials", "protesters": nouns of people
    finally:
        release(doc)
