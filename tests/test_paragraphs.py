"""The one definition of a paragraph (newsgraph/_paragraphs.py): its three kinds of break, and the
stages that read it. Fast: no model; the sentences are invented."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph._paragraphs import Paragraphs, paragraph_breaks, paragraph_start, split_paragraphs

TEXT = ("The council met at noon.\nIts members voted\nafter a long debate.\n\n  The mayor left early.\u00a0\n"
        "“We are done,”\nshe said.")


def _firsts(text: str, breaks: str) -> list[str]:
    return [text[s:s + 7] for s in Paragraphs(text, breaks=breaks).starts]  # type: ignore[arg-type]


def test_a_sentence_paragraph_ends_at_a_blank_line_or_a_line_break_after_a_sentence():
    # the wrapped line ("Its members voted" / "after ...") stays in its paragraph; a no-break space
    # before the newline is a blank like any other; a closing quotation mark ends a sentence whatever
    # comes before it
    assert _firsts(TEXT, "sentence") == ["The cou", "Its mem", "  The m", "“We are", "she sai"]


def test_a_blank_paragraph_ends_at_blank_lines_only():
    assert _firsts(TEXT, "blank") == ["The cou", "  The m"]


def test_a_line_paragraph_ends_at_every_line_break_and_a_blank_line_is_one_break():
    assert _firsts(TEXT, "line") == ["The cou", "Its mem", "after a", "  The m", "“We are", "she sai"]
    assert len(paragraph_breaks("a\n\n \nb", breaks="line")) == 1


def test_a_break_ends_after_its_last_newline_and_belongs_to_the_paragraph_before():
    text = "One.\n\n  Two."
    assert paragraph_breaks(text, breaks="blank") == [(4, 6)]
    p = Paragraphs(text, breaks="blank")
    assert (p.starts, p.ends) == ([0, 6], [4, len(text)])
    assert [p.index(c) for c in (0, 4, 5, 6, 8)] == [0, 0, 0, 1, 1]
    assert (p.start(9), p.end(9), len(p)) == (6, len(text), 2)


def test_a_line_break_after_a_sentence_ends_nothing_before_a_blank_line_or_the_end():
    assert paragraph_breaks("Done.\n") == []
    assert paragraph_breaks("Done.\n \n") == [(5, 8)]  # the blank line, once


def test_split_paragraphs_leaves_out_the_empty_ones():
    assert split_paragraphs("\n\nFirst one.\n\n \n\nSecond\none.\n", breaks="blank") == ["First one.", "Second\none.\n"]
    assert split_paragraphs("First.\nSecond.") == ["First.", "Second."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. \n\u00a0\u201d", max_size=40), st.sampled_from(["sentence", "blank", "line"]))
def test_paragraph_start_agrees_with_paragraphs_outside_the_breaks(text, breaks):
    p = Paragraphs(text, breaks=breaks)
    inside = {c for s, e in paragraph_breaks(text, breaks=breaks) for c in range(s, e)}
    for c in range(len(text)):
        if c not in inside:
            assert paragraph_start(text, c, breaks=breaks) == p.start(c)
            assert p.start(c) <= c < p.end(c) or c == p.end(c) == len(text)


def test_the_parser_is_told_the_sentence_paragraphs():
    from newsgraph.nlp import mark_paragraphs

    nlp = spacy.blank("en")
    doc = mark_paragraphs(nlp("Talks ended in the U.S.\nDelegates left\nat dawn.\n\nNothing else happened."))
    assert [t.text for t in doc if t.is_sent_start and t.i] == ["Delegates", "Nothing"]
    assert mark_paragraphs(nlp("")) is not None


def test_coref_counts_paragraphs_as_lines():
    from spacy.tokens import Doc

    from newsgraph.actors._coref import paragraph_index

    words = ["A", "\n", "b", ".", "\n \n", "C", "d", "\u00a0\n", "E"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False] * len(words))
    assert paragraph_index(doc) == [0, 0, 1, 1, 1, 2, 2, 2, 3]


def test_quotation_marks_pair_across_a_line_break_after_a_sentence():
    # quotes._marks reads blank-line paragraphs: under "sentence" breaks this quote would be cut at
    # the line break inside it and its closing mark left over
    from newsgraph.quotes._marks import find_quote_spans

    text = 'The minister said "We won.\nThey lost," and left.'
    (span,) = find_quote_spans(text)
    assert text[span.start:span.end] == "We won.\nThey lost,"
    assert span.close_mark == text.index('," and') + 1
