"""Classes of the fresh-news precision audit of session 47 (issue #17, precision): an act avoided or
nearly done and an act named as what stops (events/_no_act.py), a guilty plea told as a request, and a
bar on entry told as a restriction at home (``events._bars_entry``). Invented sentences; the fast tests
write the parse out."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events import _bars_entry
from newsgraph.events._no_act import avoided, ended, guilty_plea, other_sense
from newsgraph.records import ActorTable

_VOCAB = spacy.blank("en").vocab
_NO_ACTORS = ActorTable(actors=[], mentions=[])


def _doc(words, heads, deps, pos, lemmas=None, tags=None) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas or [w.lower() for w in words])


def test_an_act_avoided_is_not_done():
    # "the envoy avoided criticizing the king ."
    doc = _doc(["the", "envoy", "avoided", "criticizing", "the", "king", "."], heads=[1, 2, 2, 2, 5, 3, 2],
               deps=["det", "nsubj", "ROOT", "xcomp", "det", "dobj", "punct"],
               pos=["DET", "NOUN", "VERB", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["the", "envoy", "avoid", "criticize", "the", "king", "."])
    assert avoided(doc[3])
    assert other_sense(doc[3], "ACCUSE", _NO_ACTORS, noun=False)
    # "the envoy avoided any criticism ." (the noun as the object)
    noun = _doc(["the", "envoy", "avoided", "any", "criticism", "."], heads=[1, 2, 2, 4, 2, 2],
                deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["the", "envoy", "avoid", "any", "criticism", "."])
    assert avoided(noun[4])
    assert other_sense(noun[4], "ACCUSE", _NO_ACTORS, noun=True)


def test_an_act_nearly_done_or_refrained_from_is_not_done():
    # "the cabinet came close to ordering troops in ."
    doc = _doc(["the", "cabinet", "came", "close", "to", "ordering", "troops", "in", "."],
               heads=[1, 2, 2, 2, 3, 4, 5, 5, 2],
               deps=["det", "nsubj", "ROOT", "advmod", "prep", "pcomp", "dobj", "prt", "punct"],
               pos=["DET", "NOUN", "VERB", "ADV", "ADP", "VERB", "NOUN", "ADP", "PUNCT"],
               lemmas=["the", "cabinet", "come", "close", "to", "order", "troop", "in", "."])
    assert avoided(doc[5])
    # "the rebels refrained from attacking ."
    doc = _doc(["the", "rebels", "refrained", "from", "attacking", "."], heads=[1, 2, 2, 2, 3, 2],
               deps=["det", "nsubj", "ROOT", "prep", "pcomp", "punct"], pos=["DET", "NOUN", "VERB", "ADP", "VERB", "PUNCT"],
               lemmas=["the", "rebel", "refrain", "from", "attack", "."])
    assert avoided(doc[4])


def test_an_act_done_is_not_avoided():
    # "the envoy criticized the king ." and "the cabinet moved close to the border ."
    doc = _doc(["the", "envoy", "criticized", "the", "king", "."], heads=[1, 2, 2, 4, 2, 2],
               deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["the", "envoy", "criticize", "the", "king", "."])
    assert not avoided(doc[2]) and not avoided(doc[4])
    # "they went to talks ." ("to" on a verb of moving, no "close")
    doc = _doc(["they", "went", "to", "talks", "."], heads=[1, 1, 1, 2, 1],
               deps=["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["PRON", "VERB", "ADP", "NOUN", "PUNCT"],
               lemmas=["they", "go", "to", "talk", "."])
    assert not avoided(doc[3])


@pytest.mark.parametrize(("stop", "prep"), [("cessation", "of"), ("end", "to"), ("halt", "to")])
def test_an_act_named_as_what_stops_is_a_topic(stop, prep):
    # "they agreed a cessation of fighting ." / "an end to fighting" / "a halt to fighting"
    doc = _doc(["they", "agreed", "a", stop, prep, "fighting", "."], heads=[1, 1, 3, 1, 3, 4, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
               pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               lemmas=["they", "agree", "a", stop, prep, "fighting", "."])
    assert ended(doc[5])
    assert other_sense(doc[5], "ASSAULT", _NO_ACTORS, noun=True)


def test_an_act_named_by_another_noun_is_not_ended():
    # "a round of fighting ." and "the end of the week" has no event noun, but "the scene of fighting" is no stop
    doc = _doc(["a", "round", "of", "fighting", "."], heads=[1, 1, 1, 2, 1],
               deps=["det", "ROOT", "prep", "pobj", "punct"], pos=["DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               lemmas=["a", "round", "of", "fighting", "."])
    assert not ended(doc[3])


def test_a_guilty_plea_is_no_request():
    # "the aide entered a guilty plea ."
    doc = _doc(["the", "aide", "entered", "a", "guilty", "plea", "."], heads=[1, 2, 2, 5, 5, 2, 2],
               deps=["det", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
               pos=["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
               lemmas=["the", "aide", "enter", "a", "guilty", "plea", "."])
    assert guilty_plea(doc[5])
    assert other_sense(doc[5], "REQUEST", _NO_ACTORS, noun=True)
    # "the mayor made a plea for calm ."
    doc = _doc(["the", "mayor", "made", "a", "plea", "for", "calm", "."], heads=[1, 2, 2, 4, 2, 4, 5, 2],
               deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
               pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               lemmas=["the", "mayor", "make", "a", "plea", "for", "calm", "."])
    assert not guilty_plea(doc[4])
    assert not other_sense(doc[4], "REQUEST", _NO_ACTORS, noun=True)


@pytest.mark.parametrize(("after", "after_lemma", "refused"), [
    ("entering", "enter", True),
    ("visiting", "visit", True),
    ("travelling", "travel", False),  # a travel ban on one's own detainees restricts them at home
    ("using", "use", False),  # "banned companies from using the network": a sanction
])
def test_a_bar_on_entry_is_a_refusal(after, after_lemma, refused):
    # "Ruritania barred two lawmakers from <after> ."
    doc = _doc(["Ruritania", "barred", "two", "lawmakers", "from", after, "."], heads=[1, 1, 3, 1, 1, 4, 1],
               deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pcomp", "punct"],
               pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "VERB", "PUNCT"],
               lemmas=["ruritania", "bar", "two", "lawmaker", "from", after_lemma, "."])
    assert _bars_entry(doc[1]) is refused


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "word", "told"), [
    ("The senators have avoided criticizing the president over the tariffs.", "ACCUSE", "criticizing", False),
    ("The president avoided any direct criticism of Beijing, but compared the trade ties with Ruritania "
     "unfavourably.", "ACCUSE", "criticism", False),
    ("Ruritania and the rebels extended their truce on Monday, the longest cessation of fighting since the "
     "conflict began in June.", "ASSAULT", "fighting", False),
    ("Ruritania on Thursday barred two lawmakers from entering the country.", "REJECT", "barred", True),
    ("Ruritania on Thursday barred two lawmakers from entering the country.", "COERCE", "barred", False),
    # the acts themselves stay
    ("Ruritania and the rebels extended their truce on Monday, the longest cessation of fighting since the "
     "conflict began in June.", "RETREAT", "truce", True),
    ("The senators criticized the president over the tariffs on Monday.", "ACCUSE", "criticized", True),
])
def test_the_construction_tells_no_act(extractor, text, etype, word, told):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype and e.trigger["text"] == word for e in events) is told
