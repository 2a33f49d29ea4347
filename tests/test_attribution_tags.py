"""``nlp.attribution_tags``: a sentence-final attribution tag the parser hung as an apposition gets its subject back."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import attribution_tags


VOCAB = spacy.blank("en").vocab  # with the English lexical attributes (``lower_``)


def _doc(words, heads, deps, pos):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# "Rebels shelled Marlow , a senior official told the agency ." with "official" hung on "Marlow"
TAG = (["Rebels", "shelled", "Marlow", ",", "a", "senior", "official", "told", "the", "agency", "."],
       [1, 1, 1, 2, 6, 6, 2, 1, 9, 7, 1],
       ["nsubj", "ROOT", "dobj", "punct", "det", "amod", "appos", "ccomp", "det", "dobj", "punct"],
       ["NOUN", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])


def test_the_tag_takes_the_phrase_as_its_subject():
    doc = attribution_tags(_doc(*TAG))
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "told")
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "shelled")


def test_a_real_apposition_of_the_subject_closed_by_a_comma_stays():
    # "Jay Roe , an expert , said it ." : "expert" describes the subject
    words = ["Jay", "Roe", ",", "an", "expert", ",", "said", "it", "."]
    heads = [1, 6, 1, 4, 1, 1, 6, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"]
    doc = attribution_tags(_doc(words, heads, deps, pos))
    assert (doc[4].dep_, doc[4].head.text) == ("appos", "Roe")


def test_a_name_right_after_a_quote_keeps_its_description():
    # '" Fine , " Jay Roe , an expert said .' with the closing comma left out: Roe speaks the quote
    words = ['"', "Fine", ",", '"', "Jay", "Roe", ",", "an", "expert", "said", "."]
    heads = [1, 9, 1, 1, 5, 1, 5, 8, 5, 9, 9]
    deps = ["punct", "ccomp", "punct", "punct", "compound", "npadvmod", "punct", "det", "appos", "ROOT", "punct"]
    pos = ["PUNCT", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = attribution_tags(_doc(words, heads, deps, pos))
    assert (doc[8].dep_, doc[8].head.text) == ("appos", "Roe")


@pytest.mark.parametrize("change", ["verb", "subject", "comma"])
def test_other_shapes_stay(change):
    words, heads, deps, pos = (list(x) for x in TAG)
    if change == "verb":  # not a verb of saying: "a senior official visited the agency"
        words[7] = "visited"
    elif change == "subject":  # the described noun is itself the subject
        deps[2], heads[2], deps[0] = "nsubj", 1, "npadvmod"
    else:  # a phrase with a comma of its own holds the shape, it is not the tag's subject
        words[5] = ","
        pos[5] = "PUNCT"
    doc = attribution_tags(_doc(words, heads, deps, pos))
    assert doc[6].dep_ == "appos"


@pytest.mark.model
def test_the_loaded_pipeline_gives_the_tag_its_subject(nlp):
    doc = nlp("The strikes killed 42 soldiers near Marlow, the Ruritanian Observatory for Rights said Monday.")
    said = next(t for t in doc if t.text == "said")
    assert "newsgraph_attribution_tags" in nlp.pipe_names
    assert any(c.dep_ == "nsubj" and c.text == "Observatory" for c in said.children)
