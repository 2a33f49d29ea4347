"""The shared walks up the parse (``nlp.span_root``, ``nlp.climb``) and the events stage's per-document
readings (``_propose.propose_all``, ``_modal.dense_row`` with the sentence's row) give what the per-word
and per-sentence readings they replace give."""

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import climb, index_sentences, span_root

# "Deputy Mayor Jan Ode and local traders said in a note that talks failed ."
_WORDS = ["Deputy", "Mayor", "Jan", "Ode", "and", "local", "traders", "said", "in", "a", "note", "that",
          "talks", "failed", "."]
_HEADS = [1, 3, 3, 7, 3, 6, 3, 7, 7, 10, 8, 13, 13, 7, 7]
_DEPS = ["compound", "compound", "compound", "nsubj", "cc", "amod", "conj", "ROOT", "prep", "det", "pobj",
         "mark", "nsubj", "ccomp", "punct"]


def _doc():
    return Doc(spacy.blank("en").vocab, words=_WORDS, heads=_HEADS, deps=_DEPS)


def test_span_root_walks_up_from_the_last_word_while_the_head_stays_inside():
    doc = _doc()
    assert span_root(doc, 0, 4).i == 3  # "Deputy Mayor Jan Ode": Ode
    assert span_root(doc, 0, 2).i == 1  # "Deputy Mayor": its head (Ode) lies outside
    assert span_root(doc, 5, 7).i == 6  # "local traders"
    assert span_root(doc, 7, 8).i == 7  # one word, the root


def test_climb_goes_up_while_the_label_is_one_of_those_given():
    doc = _doc()
    assert climb(doc[6], ("conj",)).i == 3  # "traders" -> the list's first member, Ode
    assert climb(doc[10], ("prep", "pobj")).i == 7  # "note" <- in <- said
    assert climb(doc[12], ("conj",)).i == 12  # not a conjunct: itself
    assert climb(doc[7], ("ROOT",)).i == 7  # the root has no head to go to


TEXT = ("The ministers of Ruritania and Borduria met in Vask on Tuesday and agreed to reopen the border. "
        "Protesters marched on the parliament, and police fired tear gas.\n\n"
        "The opposition leader said he would sue the government.")


@pytest.mark.model
def test_propose_all_is_propose_sentence_by_sentence_to_the_last_bit(nlp):
    from newsgraph.events._lexicon import lexicon
    from newsgraph.events._propose import propose, propose_all, proposer

    model = proposer()
    if model is None:
        pytest.skip("no shipped proposer")
    doc = index_sentences(nlp(TEXT))
    sents = list(doc.sents)
    together = propose_all(sents, lexicon(), model)
    assert len(together) == len(sents)
    for k, sent in enumerate(sents):
        alone = propose(sent, lexicon(), model, k)
        assert together[k].keys() == alone.keys() and alone
        for i, p in alone.items():
            assert numpy.array_equal(together[k][i].values, p.values)
            assert (together[k][i].type, together[k][i].p) == (p.type, p.p)
    assert propose_all([], lexicon(), model) == []


@pytest.mark.model
def test_modality_dense_row_and_features_take_the_held_sentence_row_and_clause_verb(nlp):
    import datetime as dt

    from newsgraph.events import code
    from newsgraph.events import _modal
    from newsgraph.events._modality import clause_verb
    from newsgraph.events._sentence import dense_row as sentence_row
    from newsgraph.records import ActorTable

    doc = index_sentences(nlp(TEXT))
    events = code(doc, actors=ActorTable(), timexes=[], published=dt.date(2024, 3, 5))
    by_char = {t.idx: t for t in doc}
    assert events
    for e in events:
        tok = by_char[e.trigger["span"][0]]
        verb = clause_verb(tok)
        held = _modal.dense_row(tok, sentence_row(tok.sent), verb=verb)
        assert numpy.array_equal(held, _modal.dense_row(tok))
        assert _modal.features(e, tok, dt.date(2024, 3, 5), [], verb=verb) == _modal.features(
            e, tok, dt.date(2024, 3, 5), [])


def _evidence_from_tokens(tok):
    """``_cameo.evidence`` as it read the Tokens before it read the document's columns."""
    from newsgraph.events._cameo import cameo
    from newsgraph.events._lexicon import lemma

    table = cameo()
    blocks, own = table.blocks.get(lemma(tok)), table.verbs.get(lemma(tok))
    if not blocks and not own:
        return None, None
    kids = list(tok.children)
    preps = {c.lower_: c for c in kids if c.dep_ in ("prep", "prt", "agent", "dative")}
    verb_type = None
    for etype, prep in own or ():
        if prep is None or prep in preps:
            verb_type = etype
            if prep is not None:
                break
    objects = {w for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass", "attr") for w in (c.lower_, lemma(c))}
    for block in blocks or ():
        for p in table.patterns.get(block, ()):
            if p.obj is not None and objects & p.obj:
                return verb_type, p.type
            if p.prep is not None and p.prep in preps:
                pobjs = {w for x in preps[p.prep].children if x.dep_ == "pobj" for w in (x.lower_, lemma(x))}
                if p.pobj is None or pobjs & p.pobj:
                    return verb_type, p.type
    return verb_type, None


@pytest.mark.model
def test_cameo_evidence_read_from_the_columns_is_what_the_tokens_give(nlp):
    from newsgraph.events._cameo import evidence

    doc = index_sentences(nlp(TEXT + " Borduria asked for a retrial and called for calm. The rebels gave up "
                              "their arms, appealed to the court and accused the army of torture."))
    verbs = [t for t in doc if t.pos_ == "VERB"]
    found = [evidence(t) for t in verbs]
    assert found == [_evidence_from_tokens(t) for t in verbs]
    assert any(f != (None, None) for f in found)


@pytest.mark.model
def test_a_sentences_clause_words_are_read_once_per_head(nlp):
    from newsgraph.events import _clause_tokens, _Sentence

    doc = index_sentences(nlp(TEXT))
    sent = next(iter(doc.sents))
    here = _Sentence("key", sent, [], [], None)
    heads = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    assert heads
    for head in heads:
        assert [t.i for t in here.clause(head)] == [t.i for t in _clause_tokens(head, own=True)]
        assert here.clause(head) is here.clause(head)
