"""The same-fact decision's pairs and features (events/_samefact.py), on hand-built parses (no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph._linear import LinearModel
from newsgraph.events._samefact import _Place, candidate_pairs, fold_same_facts, pair_features
from newsgraph.records import Event

# "Rebels attacked the town and shelled the base . The attack on the town killed 12 people .
#  Police arrested two men ."
WORDS = ["Rebels", "attacked", "the", "town", "and", "shelled", "the", "base", ".",
         "The", "attack", "on", "the", "town", "killed", "12", "people", ".",
         "Police", "arrested", "two", "men", "."]
HEADS = [1, 1, 3, 1, 1, 1, 7, 5, 1,
         10, 14, 10, 13, 11, 14, 16, 14, 14,
         19, 19, 21, 19, 19]
DEPS = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj", "punct",
        "det", "nsubj", "prep", "det", "pobj", "ROOT", "nummod", "dobj", "punct",
        "nsubj", "ROOT", "nummod", "dobj", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT",
       "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT",
       "PROPN", "VERB", "NUM", "NOUN", "PUNCT"]
LEMMAS = ["rebel", "attack", "the", "town", "and", "shell", "the", "base", ".",
          "the", "attack", "on", "the", "town", "kill", "12", "people", ".",
          "police", "arrest", "two", "man", "."]
STARTS = [True] + [False] * 8 + [True] + [False] * 8 + [True] + [False] * 4


def _doc() -> Doc:
    return Doc(English().vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS,
               sent_starts=STARTS)


def _event(doc: Doc, eid: str, i: int, etype: str, actor: list[str], recipient: list[str],
           confidence: float = 0.6, modality: str = "asserted") -> Event:
    tok = doc[i]
    sent = tok.sent
    return Event(id=eid, event=etype, span=(sent.start_char, sent.end_char), text=sent.text,
                 actor=actor, recipient=recipient, confidence=confidence, modality=modality,
                 trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok.text)]})


def _four(doc: Doc) -> list[Event]:
    return [_event(doc, "a", 1, "ASSAULT", ["rebels"], ["town"], 0.8),
            _event(doc, "b", 5, "ASSAULT", ["rebels"], ["base"], 0.6),
            _event(doc, "c", 10, "ASSAULT", [], ["town"], 0.5),
            _event(doc, "d", 19, "COERCE", ["police"], ["men"])]


def test_pairs_are_of_one_type_in_two_sentences():
    doc = _doc()
    events = _four(doc)
    # two attacks of one sentence are the rules' to fold; an arrest is of another type
    assert candidate_pairs(events, _Place(doc, events)) == [(0, 2), (1, 2)]


def test_pairs_across_sentences_need_no_shared_word_or_party():
    doc = _doc()
    apart = [_event(doc, "a", 1, "ASSAULT", ["rebels"], []), _event(doc, "c", 19, "ASSAULT", ["police"], [])]
    assert candidate_pairs(apart, _Place(doc, apart)) == [(0, 1)]


def test_an_attack_told_again_by_a_noun_that_points_back():
    doc = _doc()
    events = _four(doc)
    names = pair_features(events[0], events[2], _Place(doc, events))
    assert "gap=1" in names and "lemma=True" in names and "pos=vn" in names
    assert "reference=verb|back" in names and "reference_later=back" in names
    # the two sentences share "town" of {rebel, town} and {attack, town, 12, people}; so do the two
    # triggers' own phrases ("attacked the town", "attack on the town")
    assert "overlap=mid" in names and "nouns=1" in names and "arguments=same" in names
    assert "actor=one" in names and "recipient=same" in names
    assert "conf_hi=8" in names and "later_surer=False" in names
    assert not any(n.startswith("clause") for n in names)


def test_an_attack_told_by_its_toll():
    doc = _doc()
    events = [_event(doc, "a", 1, "ASSAULT", ["rebels"], ["town"]), _event(doc, "k", 14, "ASSAULT", [], ["people"])]
    names = pair_features(events[0], events[1], _Place(doc, events))
    assert "toll=False|True" in names and "reference_later=verb" in names
    assert "crossed=False" in names and "recipient=apart" in names


def test_a_pair_judged_one_fact_is_one_event_with_both_sentences():
    doc = _doc()
    events = [_event(doc, "a", 1, "ASSAULT", ["rebels"], [], 0.5),
              _event(doc, "c", 19, "ASSAULT", ["police"], ["rebels"], 0.9)]
    always = LinearModel(weights={"bias": 5.0}, threshold=0.5, about={})
    out = fold_same_facts(events, doc, always)
    assert [e.id for e in out] == ["c"]  # the more confident telling stays
    assert out[0].also == [events[0].span]
    assert out[0].actor == ["police"] and out[0].recipient == ["rebels"]


def test_two_tellings_of_one_modality_are_one_fact_and_the_kept_one_keeps_its_date():
    doc = _doc()
    always = LinearModel(weights={"bias": 5.0}, threshold=0.5, about={})
    first = _event(doc, "a", 1, "ASSAULT", ["rebels"], [], 0.7)
    first.date = {"value": "2024-03-04", "text": None, "source": "document", "precision": "day",
                  "start": None, "end": None}
    again = _event(doc, "c", 10, "ASSAULT", [], ["town"], 0.5)
    again.date = {"value": "2024-03-01", "text": "Friday", "source": "narrative", "precision": "day",
                  "start": None, "end": None}
    (one,) = fold_same_facts([first, again], doc, always)
    assert one.id == "a" and one.date["value"] == "2024-03-04" and one.recipient == ["town"]
    # an act done and the same act planned, told as background or on a source's word are two facts
    for other in ("future", "historical", "hypothetical", "reported"):
        two = [_event(doc, "a", 1, "ASSAULT", ["rebels"], [], 0.7),
               _event(doc, "c", 10, "ASSAULT", [], ["town"], 0.5, modality=other)]
        assert len(fold_same_facts(two, doc, always)) == 2


def test_no_model_merges_nothing_and_collects_the_pairs():
    doc = _doc()
    events = _four(doc)
    pairs: list = []
    assert fold_same_facts(events, doc, None, collect=pairs) == events
    assert [(i, j) for i, j, _names in pairs] == [(0, 2), (1, 2)]
    never = LinearModel(weights={"bias": -5.0}, threshold=0.5, about={})
    assert len(fold_same_facts(_four(doc), doc, never)) == 4


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
