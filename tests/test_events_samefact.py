"""The same-fact decision's pairs and features (events/_samefact.py), on hand-built parses (no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph._linear import LinearModel
from newsgraph.events._samefact import _Place, candidate_pairs, fold_same_facts, pair_features
from newsgraph.records import Event

# "Rebels attacked the town and shelled the base . Police arrested two men ."
WORDS = ["Rebels", "attacked", "the", "town", "and", "shelled", "the", "base", ".",
         "Police", "arrested", "two", "men", "."]
HEADS = [1, 1, 3, 1, 1, 1, 7, 5, 1, 10, 10, 12, 10, 10]
DEPS = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj", "punct",
        "nsubj", "ROOT", "nummod", "dobj", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT",
       "PROPN", "VERB", "NUM", "NOUN", "PUNCT"]
LEMMAS = ["rebel", "attack", "the", "town", "and", "shell", "the", "base", ".",
          "police", "arrest", "two", "man", "."]
STARTS = [True] + [False] * 8 + [True] + [False] * 4


def _doc() -> Doc:
    return Doc(English().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS,
               sent_starts=STARTS)


def _event(doc: Doc, eid: str, i: int, etype: str, actor: list[str], recipient: list[str],
           confidence: float = 0.6) -> Event:
    tok = doc[i]
    sent = tok.sent
    return Event(id=eid, event=etype, span=(sent.start_char, sent.end_char), text=sent.text,
                 actor=actor, recipient=recipient, confidence=confidence,
                 trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok.text)]})


def _three(doc: Doc) -> list[Event]:
    return [_event(doc, "a", 1, "ASSAULT", ["rebels"], ["town"], 0.8),
            _event(doc, "b", 5, "ASSAULT", ["rebels"], ["base"], 0.6),
            _event(doc, "c", 10, "COERCE", ["police"], ["men"])]


def test_pairs_are_of_one_type():
    doc = _doc()
    events = _three(doc)
    assert candidate_pairs(events, _Place(doc, events)) == [(0, 1)]


def test_pairs_across_sentences_need_a_lemma_or_a_party():
    doc = _doc()
    apart = [_event(doc, "a", 1, "ASSAULT", ["rebels"], []), _event(doc, "c", 10, "ASSAULT", ["police"], [])]
    assert candidate_pairs(apart, _Place(doc, apart)) == []
    shared = [_event(doc, "a", 1, "ASSAULT", ["rebels"], []), _event(doc, "c", 10, "ASSAULT", ["police"], ["rebels"])]
    assert candidate_pairs(shared, _Place(doc, shared)) == [(0, 1)]


def test_conjoined_verbs_of_one_sentence():
    doc = _doc()
    events = _three(doc)
    names = pair_features(events[0], events[1], _Place(doc, events))
    assert "gap=same" in names
    assert "clause=gov:conj" in names
    assert "actor=same" in names and "recipient=apart" in names
    assert "pos=vv" in names and "lemma=False" in names
    assert "conf_hi=8" in names and "later_surer=False" in names


def test_pair_across_sentences_has_no_clause_relation():
    doc = _doc()
    events = [_event(doc, "a", 1, "ASSAULT", ["rebels"], []), _event(doc, "c", 10, "ASSAULT", ["police"], ["rebels"])]
    names = pair_features(events[0], events[1], _Place(doc, events))
    assert "gap=1" in names and "crossed=True" in names
    assert not any(n.startswith("clause=") for n in names)


def test_a_pair_judged_one_fact_is_one_event_with_both_sentences():
    doc = _doc()
    events = [_event(doc, "a", 1, "ASSAULT", ["rebels"], [], 0.5),
              _event(doc, "c", 10, "ASSAULT", ["police"], ["rebels"], 0.9)]
    always = LinearModel(weights={"bias": 5.0}, threshold=0.5, about={})
    out = fold_same_facts(events, doc, always)
    assert [e.id for e in out] == ["c"]  # the more confident telling stays
    assert out[0].also == [events[0].span]
    assert out[0].actor == ["police"] and out[0].recipient == ["rebels"]


def test_no_model_merges_nothing_and_collects_the_pairs():
    doc = _doc()
    events = _three(doc)
    pairs: list = []
    assert fold_same_facts(events, doc, None, collect=pairs) == events
    assert [(i, j) for i, j, _names in pairs] == [(0, 1)]
    never = LinearModel(weights={"bias": -5.0}, threshold=0.5, about={})
    assert len(fold_same_facts(_three(doc), doc, never)) == 3


# Two tellings of one type in two sentences that share their party, for the pipeline's merge.
TWICE = ("Syrian rebels attacked a government base near Aleppo on Monday, officials said. "
         "The rebels attacked the base with rockets and mortars, the officials said.")


def _assaults(result):
    return [e for e in result.events if e.event == "ASSAULT"]


def test_the_pipeline_merges_the_pairs_its_model_judges_one_fact(nlp):
    from newsgraph.pipeline import Extractor
    from newsgraph.records import Document

    ex = Extractor(nlp)
    ex.samefact_events = False
    apart = _assaults(ex(Document(text=TWICE, published="2024-03-05")))
    assert len(apart) == 2
    ex.samefact_events = LinearModel(weights={"bias": 5.0}, threshold=0.5, about={})
    merged = _assaults(ex(Document(text=TWICE, published="2024-03-05")))
    assert len(merged) == 1
    (one,) = merged
    # the more confident telling stays and lists the other's sentence
    stay, gone = sorted(apart, key=lambda e: -e.confidence)
    assert one.span == stay.span and [tuple(s) for s in one.also] == [tuple(gone.span)]
