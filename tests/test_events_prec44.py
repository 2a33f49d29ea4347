"""Classes of the fresh-news precision audit of session 44 (issue #17, precision), read in
events/_no_act.py: an inquiry named only as the topic of another noun ("the focus of the Russia
investigation"), "seize on" (to take something up) and a refusal to tell ("declined to explain", "declined
to offer details") tell no act. Invented sentences; the fast tests write the parse out."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events._no_act import declines_to_tell, inquiry_topic, seizes_on

_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, pos, lemmas=None, ents=None) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words], ents=ents)


# Parses written out: (words, heads, deps, pos), the inquiry's index, whether it is a topic.
_INQUIRIES = {
    # "Aides praised the focus of the Russia investigation ."
    "named, under a noun": ((["Aides", "praised", "the", "focus", "of", "the", "Russia", "investigation", "."],
                             [1, 1, 3, 1, 3, 7, 7, 4, 1],
                             ["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj", "punct"],
                             ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]), 7, True),
    # "Police spent a weekend of intense investigation ." (an unnamed inquiry told as going on)
    "unnamed, under a noun": ((["Police", "spent", "a", "weekend", "of", "intense", "investigation", "."],
                               [1, 1, 3, 1, 3, 6, 4, 1],
                               ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "punct"],
                               ["NOUN", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"]), 6, False),
    # "The senator spoke during the FBI investigation ."
    "named, under a verb": ((["The", "senator", "spoke", "during", "the", "FBI", "investigation", "."],
                             [1, 2, 2, 2, 6, 6, 3, 2],
                             ["det", "nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
                             ["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]), 6, False),
    # "The committee launched an investigation ."
    "launched": ((["The", "committee", "launched", "an", "investigation", "."], [1, 2, 2, 4, 2, 2],
                  ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                  ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]), 4, False),
    # the noun the inquiry hangs on is no inquiry
    "the other noun": ((["Aides", "praised", "the", "focus", "of", "the", "Russia", "investigation", "."],
                        [1, 1, 3, 1, 3, 7, 7, 4, 1],
                        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "compound", "pobj", "punct"],
                        ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT"]), 3, False),
}


@pytest.mark.parametrize("case", sorted(_INQUIRIES))
def test_a_named_inquiry_under_another_nouns_preposition_is_a_topic(case):
    (words, heads, deps, pos), at, topic = _INQUIRIES[case]
    assert inquiry_topic(_doc(words, heads=heads, deps=deps, pos=pos)[at]) is topic


def _seize(prep_word: str, obj: str, obj_ent: str | None):
    # "The campaign seized on/upon the <obj> ."
    words = ["The", "campaign", "seized", prep_word, "the", obj, "."]
    ents = [None] * len(words)
    if obj_ent:
        ents[5] = f"B-{obj_ent}"
    ents = [e or "O" for e in ents]
    return _doc(words, heads=[1, 2, 2, 2, 5, 3, 2], deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "punct"],
                pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
                lemmas=["the", "campaign", "seize", prep_word, "the", obj, "."], ents=ents)


@pytest.mark.parametrize(("prep", "obj", "ent", "taken_up"), [
    ("on", "reports", None, True),
    ("upon", "moment", None, True),
    ("on", "Friday", "DATE", False),  # "seized the tanker on Friday": a seizure and its day
    ("in", "strait", None, False),
])
def test_seize_on_is_to_take_up(prep, obj, ent, taken_up):
    assert seizes_on(_seize(prep, obj, ent)[2]) is taken_up


def _decline(verb: str, obj: str | None = None):
    # "He declined to <verb> [the <obj>] ."
    words = ["He", "declined", "to", verb] + (["the", obj] if obj else []) + ["."]
    n = len(words)
    heads = [1, 1, 3, 1] + ([5, 3] if obj else []) + [1]
    deps = ["nsubj", "ROOT", "aux", "xcomp"] + (["det", "dobj"] if obj else []) + ["punct"]
    pos = ["PRON", "VERB", "PART", "VERB"] + (["DET", "NOUN"] if obj else []) + ["PUNCT"]
    lemmas = ["he", "decline", "to", verb] + (["the", obj] if obj else []) + ["."]
    assert len(heads) == n
    return _doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(("verb", "obj", "tells"), [
    ("explain", None, True),
    ("identify", None, True),
    ("offer", "details", True),
    ("provide", "specifics", True),
    ("endorse", None, False),  # a refusal to act stays a rejection
    ("offer", "support", False),
    ("testify", None, False),
])
def test_a_refusal_to_tell_is_no_rejection(verb, obj, tells):
    assert declines_to_tell(_decline(verb, obj)[1]) is tells


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "told"), [
    ("Analysts said the focus of the Russia investigation had shifted to the campaign's finances.", "ACCUSE", False),
    ("The opposition quickly seized on the minister's remarks on Monday.", "COERCE", False),
    ("The ministry declined to explain how the officials reached their conclusion.", "REJECT", False),
    # the acts themselves stay
    ("The House Judiciary Committee launched an investigation into the minister on Tuesday.", "ACCUSE", True),
    ("Iranian commandos seized a British tanker in the strait on Friday.", "COERCE", True),
    ("The governor declined to endorse the senator's bill on Monday.", "REJECT", True),
])
def test_the_construction_tells_no_act(extractor, text, etype, told):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype for e in events) is told
