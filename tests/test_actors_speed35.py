"""speedactors35's shortcuts in the actors stage give the answers of the longer ways they replace."""

from __future__ import annotations

import datetime as dt
import itertools

import spacy
from spacy.tokens import Doc

from newsgraph.actors._dictionaries import Dictionary, Entry
from newsgraph.nlp import index_sentences, release, root_of


def _doc() -> Doc:
    # "The former foreign minister of Ruritania , Jay Roe , met the prime minister ." with a hand-made
    # parse: spans with one word hanging outside them, with several, and with the sentence's root
    words = ["The", "former", "foreign", "minister", "of", "Ruritania", ",", "Jay", "Roe", ",", "met", "the",
             "prime", "minister", "."]
    heads = [3, 3, 3, 10, 3, 4, 3, 8, 3, 3, 10, 13, 13, 10, 10]
    deps = ["det", "amod", "amod", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT", "det",
            "amod", "dobj", "punct"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * 14)


def test_root_of_is_spacys_span_root_for_every_span():
    doc = _doc()
    index_sentences(doc)
    try:
        for start, end in itertools.combinations(range(len(doc) + 1), 2):
            assert root_of(doc, start, end).i == doc[start:end].root.i, (start, end)
    finally:
        release(doc)


def test_a_dictionary_answers_again_after_an_entry_is_added():
    d = Dictionary([Entry(name="Ruritanian Navy", codes=[("RUTMIL", None, None)], kind="organization")])
    assert d.lookup("Ruritania Coast Guard") is None  # the answer is kept ...
    guard = Entry(name="Ruritania Coast Guard", codes=[("RUTMIL", None, None)], kind="organization")
    d.add(guard)
    assert d.lookup("Ruritania Coast Guard") is guard  # ... and dropped when the dictionary grows
    assert d.lookup("the Ruritanian Navy") is d.lookup("Ruritanian Navy") is d.entries[0]


def test_kb_held_reads_a_names_terms_as_a_pass_over_every_term_does():
    from newsgraph.roles._offices import _named_spans, kb_held

    names = sorted({ends for _f, _l, ends, _k, _c in _named_spans() if len(ends) == 2})[:60]
    days = [dt.date(1995, 1, 1), dt.date(2008, 6, 30), dt.date(2015, 9, 3), dt.date(2021, 1, 20)]
    for ends in names:
        for day in days:
            every = tuple((key, country) for first, last, e, key, country in _named_spans()
                          if e == ends and not (first and day < first) and not (last and day > last))
            assert kb_held(" ".join(ends), day) == every
