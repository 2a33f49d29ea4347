"""``actors._coref.paragraph_index`` is made once per document (session 30, speed30): the unnamed agents and
the titled persons placed by the sentence before read the same list, which ``nlp.release`` drops."""

import spacy
from spacy.tokens import Doc

from newsgraph.actors._coref import paragraph_index
from newsgraph.nlp import PARAGRAPH_INDEX, release


def _doc():
    nlp = spacy.blank("en")
    words = ["Roe", "resigns", "\n", "Officials", "said", "so", ".", "\n", "They", "left", "."]
    spaces = [True, False, False, True, True, False, False, False, True, False, False]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def test_paragraph_index_is_kept_for_the_document_and_released():
    doc = _doc()
    first = paragraph_index(doc)
    assert first == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]  # a break's whitespace token is its paragraph's
    assert paragraph_index(doc) is first  # the second caller reads the kept list
    release(doc)
    assert PARAGRAPH_INDEX not in doc.user_data
    assert paragraph_index(doc) == first and paragraph_index(doc) is not first


def test_paragraph_index_of_an_empty_document():
    assert paragraph_index(Doc(spacy.blank("en").vocab, words=[])) == []
