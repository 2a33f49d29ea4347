"""``actors._coref.paragraph_index`` is made once per document (session 30, speed30): the unnamed agents and
the titled persons placed by the sentence before read the same object, which ``nlp.release`` drops. Since
session 43 (speed43) it finds a token's paragraph when asked, by the token's offset, instead of building
every token's: the answers are those of the sorted search over the offsets' column it replaces."""

import numpy
import spacy
from spacy.attrs import IDX
from spacy.tokens import Doc

from newsgraph._paragraphs import Paragraphs
from newsgraph.actors._coref import paragraph_index
from newsgraph.nlp import PARAGRAPH_INDEX, doc_text, release


def _doc():
    nlp = spacy.blank("en")
    words = ["Roe", "resigns", "\n", "Officials", "said", "so", ".", "\n", "They", "left", "."]
    spaces = [True, False, False, True, True, False, False, False, True, False, False]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _column(doc) -> list[int]:
    """Every token's paragraph as the column the index was before session 43."""
    starts = Paragraphs(doc_text(doc), breaks="line").starts
    return (numpy.searchsorted(starts, doc.to_array(IDX), side="right") - 1).tolist()


def test_paragraph_index_is_kept_for_the_document_and_released():
    doc = _doc()
    first = paragraph_index(doc)
    assert list(first) == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]  # a break's whitespace token is its paragraph's
    assert len(first) == len(doc) and first[-1] == 2 and first[3:5] == [1, 1]
    assert paragraph_index(doc) is first  # the second caller reads the kept index
    release(doc)
    assert PARAGRAPH_INDEX not in doc.user_data
    again = paragraph_index(doc)
    assert list(again) == list(first) and again is not first


def test_paragraph_index_answers_as_the_column_it_replaces():
    nlp = spacy.blank("en")
    text = ("Headline of the day\n\nBYLINE\nThe minister said on Monday.  \n \n  Officials agreed.\n"
            "A last line\n\n\n")
    doc = nlp(text)
    assert list(paragraph_index(doc)) == _column(doc)
    assert [paragraph_index(doc)[i] for i in range(len(doc))] == _column(doc)


def test_paragraph_index_of_an_empty_document():
    assert list(paragraph_index(Doc(spacy.blank("en").vocab, words=[]))) == []
