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


def _parse(spec: str) -> Doc:
    """A parse written out as "word/head/dep/POS/lemma" tokens, one after another."""
    words, heads, deps, pos, lemmas = zip(*(t.split("/") for t in spec.split()))
    return Doc(_VOCAB, words=list(words), heads=[int(h) for h in heads], deps=list(deps), pos=list(pos),
               lemmas=list(lemmas))


def test_an_act_avoided_is_not_done():
    # "the envoy avoided criticizing the king ."
    doc = _parse("the/1/det/DET/the envoy/2/nsubj/NOUN/envoy avoided/2/ROOT/VERB/avoid "
                 "criticizing/2/xcomp/VERB/criticize the/5/det/DET/the king/3/dobj/NOUN/king "
                 "./2/punct/PUNCT/.")
    assert avoided(doc[3])
    assert other_sense(doc[3], "ACCUSE", _NO_ACTORS, noun=False)
    # "the envoy avoided any criticism ." (the noun as the object)
    noun = _parse("the/1/det/DET/the envoy/2/nsubj/NOUN/envoy avoided/2/ROOT/VERB/avoid any/4/det/DET/any "
                  "criticism/2/dobj/NOUN/criticism ./2/punct/PUNCT/.")
    assert avoided(noun[4])
    assert other_sense(noun[4], "ACCUSE", _NO_ACTORS, noun=True)


def test_an_act_nearly_done_or_refrained_from_is_not_done():
    # "the cabinet came close to ordering troops in ."
    doc = _parse("the/1/det/DET/the cabinet/2/nsubj/NOUN/cabinet came/2/ROOT/VERB/come "
                 "close/2/advmod/ADV/close to/3/prep/ADP/to ordering/4/pcomp/VERB/order "
                 "troops/5/dobj/NOUN/troop in/5/prt/ADP/in ./2/punct/PUNCT/.")
    assert avoided(doc[5])
    # "the rebels refrained from attacking ."
    doc = _parse("the/1/det/DET/the rebels/2/nsubj/NOUN/rebel refrained/2/ROOT/VERB/refrain "
                 "from/2/prep/ADP/from attacking/3/pcomp/VERB/attack ./2/punct/PUNCT/.")
    assert avoided(doc[4])


def test_an_act_done_is_not_avoided():
    # "the envoy criticized the king ." and "the cabinet moved close to the border ."
    doc = _parse("the/1/det/DET/the envoy/2/nsubj/NOUN/envoy criticized/2/ROOT/VERB/criticize "
                 "the/4/det/DET/the king/2/dobj/NOUN/king ./2/punct/PUNCT/.")
    assert not avoided(doc[2]) and not avoided(doc[4])
    # "they went to talks ." ("to" on a verb of moving, no "close")
    doc = _parse("they/1/nsubj/PRON/they went/1/ROOT/VERB/go to/1/prep/ADP/to talks/2/pobj/NOUN/talk ./1/punct/PUNCT/.")
    assert not avoided(doc[3])


@pytest.mark.parametrize(("stop", "prep"), [("cessation", "of"), ("end", "to"), ("halt", "to")])
def test_an_act_named_as_what_stops_is_a_topic(stop, prep):
    # "they agreed a cessation of fighting ." / "an end to fighting" / "a halt to fighting"
    doc = _parse(f"they/1/nsubj/PRON/they agreed/1/ROOT/VERB/agree a/3/det/DET/a {stop}/1/dobj/NOUN/{stop} "
                 f"{prep}/3/prep/ADP/{prep} fighting/4/pobj/NOUN/fighting ./1/punct/PUNCT/.")
    assert ended(doc[5])
    assert other_sense(doc[5], "ASSAULT", _NO_ACTORS, noun=True)


def test_an_act_named_by_another_noun_is_not_ended():
    # "a round of fighting .": "round" is no noun of stopping
    doc = _parse("a/1/det/DET/a round/1/ROOT/NOUN/round of/1/prep/ADP/of fighting/2/pobj/NOUN/fighting "
                 "./1/punct/PUNCT/.")
    assert not ended(doc[3])


def test_a_guilty_plea_is_no_request():
    # "the aide entered a guilty plea ."
    doc = _parse("the/1/det/DET/the aide/2/nsubj/NOUN/aide entered/2/ROOT/VERB/enter a/5/det/DET/a "
                 "guilty/5/amod/ADJ/guilty plea/2/dobj/NOUN/plea ./2/punct/PUNCT/.")
    assert guilty_plea(doc[5])
    assert other_sense(doc[5], "REQUEST", _NO_ACTORS, noun=True)
    # "the mayor made a plea for calm ."
    doc = _parse("the/1/det/DET/the mayor/2/nsubj/NOUN/mayor made/2/ROOT/VERB/make a/4/det/DET/a "
                 "plea/2/dobj/NOUN/plea for/4/prep/ADP/for calm/5/pobj/NOUN/calm ./2/punct/PUNCT/.")
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
    doc = _parse(f"Ruritania/1/nsubj/PROPN/ruritania barred/1/ROOT/VERB/bar two/3/nummod/NUM/two "
                 f"lawmakers/1/dobj/NOUN/lawmaker from/1/prep/ADP/from {after}/4/pcomp/VERB/{after_lemma} "
                 f"./1/punct/PUNCT/.")
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
