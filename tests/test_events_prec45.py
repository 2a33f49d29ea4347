"""Classes of the fresh-news precision audit of session 45 (issue #17, precision), read in
events/_no_act.py: another sense of an event word (a deal struck or cut, an election won, tensions that
explode, a fact recognised, a view shared, words offered, "struck back" as a labour strike), a
warning that only foretells how things will turn out, and an act of force named as what a party
prevents. Invented sentences; the fast tests write the parse out."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events._no_act import (acknowledges, bursts_out, election_won, foretells, offers_word,
                                      other_sense, pact_struck, prevented, shares_view, strikes_back)
from newsgraph.records import ActorTable

_VOCAB = spacy.blank("en").vocab
_NO_ACTORS = ActorTable(actors=[], mentions=[])


def _doc(words, heads, deps, pos, lemmas=None, tags=None) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas or [w.lower() for w in words])


def _svo(subj: str, verb: str, verb_lemma: str, obj: str, obj_lemma: str | None = None) -> Doc:
    # "The <subj> <verb> a <obj> ."
    return _doc(["The", subj, verb, "a", obj, "."], heads=[1, 2, 2, 4, 2, 2],
                deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
                pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["the", subj.lower(), verb_lemma, "a", obj_lemma or obj.lower(), "."])


@pytest.mark.parametrize(("verb", "lemma", "obj", "struck"), [
    ("cut", "cut", "deal", True),
    ("struck", "strike", "bargain", True),
    ("struck", "strike", "compromise", True),
    ("struck", "strike", "convoy", False),  # a blow
    ("cut", "cut", "aid", False),  # a cut in relations
])
def test_a_deal_struck_or_cut_is_no_blow(verb, lemma, obj, struck):
    assert pact_struck(_svo("leaders", verb, lemma, obj)[2]) is struck


def test_a_deal_described_as_struck_is_no_strike():
    # "the deal struck on Sunday collapsed ."
    doc = _doc(["the", "deal", "struck", "on", "Sunday", "collapsed", "."], heads=[1, 5, 1, 2, 3, 5, 5],
               deps=["det", "nsubj", "acl", "prep", "pobj", "ROOT", "punct"],
               pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "VERB", "PUNCT"],
               tags=["DT", "NN", "VBN", "IN", "NNP", "VBD", "."],
               lemmas=["the", "deal", "strike", "on", "Sunday", "collapse", "."])
    assert pact_struck(doc[2])
    assert other_sense(doc[2], "PROTEST", _NO_ACTORS, noun=False)
    assert not other_sense(doc[2], "SUPPORT", _NO_ACTORS, noun=False)


def test_striking_back_tells_no_labour_strike():
    # "The ministry struck back at the critics ."
    doc = _doc(["The", "ministry", "struck", "back", "at", "the", "critics", "."], heads=[1, 2, 2, 2, 2, 6, 4, 2],
               deps=["det", "nsubj", "ROOT", "advmod", "prep", "det", "pobj", "punct"],
               pos=["DET", "NOUN", "VERB", "ADV", "ADP", "DET", "NOUN", "PUNCT"],
               lemmas=["the", "ministry", "strike", "back", "at", "the", "critic", "."])
    assert strikes_back(doc[2])
    assert other_sense(doc[2], "PROTEST", _NO_ACTORS, noun=False)
    workers = _doc(["The", "workers", "struck", "."], heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "punct"],
                   pos=["DET", "NOUN", "VERB", "PUNCT"], lemmas=["the", "worker", "strike", "."])
    assert not strikes_back(workers[2])


def test_beating_a_rival_by_votes_is_an_election_won():
    # "She beat her rival , 90 votes to 70 ."
    doc = _doc(["She", "beat", "her", "rival", ",", "90", "votes", "to", "70", "."],
               heads=[1, 1, 3, 1, 1, 6, 1, 6, 7, 1],
               deps=["nsubj", "ROOT", "poss", "dobj", "punct", "nummod", "npadvmod", "prep", "pobj", "punct"],
               pos=["PRON", "VERB", "PRON", "NOUN", "PUNCT", "NUM", "NOUN", "ADP", "NUM", "PUNCT"],
               lemmas=["she", "beat", "her", "rival", ",", "90", "vote", "to", "70", "."])
    assert election_won(doc[1])
    assert other_sense(doc[1], "ASSAULT", _NO_ACTORS, noun=False)
    # "Police beat the protesters ." stays an assault
    police = _svo("police", "beat", "beat", "protester")
    assert not election_won(police[2])


@pytest.mark.parametrize(("chamber", "won"), [("House", True), ("Senate", True), ("building", False),
                                              ("city", False)])
def test_taking_control_of_a_legislature_is_an_election_won(chamber, won):
    # "Republicans took control of the <chamber> ." ("of" on the verb, as the parser often reads it)
    doc = _doc(["Republicans", "took", "control", "of", "the", chamber, "."], heads=[1, 1, 1, 1, 5, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "ADP", "DET", "PROPN", "PUNCT"],
               lemmas=["republicans", "take", "control", "of", "the", chamber.lower(), "."])
    assert election_won(doc[1]) is won


@pytest.mark.parametrize(("subj", "figure"), [("tensions", True), ("anger", True), ("bomb", False),
                                              ("device", False)])
def test_tensions_that_explode_are_no_explosion(subj, figure):
    doc = _doc(["The", subj, "exploded", "."], heads=[1, 2, 2, 2], deps=["det", "nsubj", "ROOT", "punct"],
               pos=["DET", "NOUN", "VERB", "PUNCT"], lemmas=["the", subj, "explode", "."])
    assert bursts_out(doc[2]) is figure


def test_recognizing_that_is_acknowledging():
    # "The court recognized that the law applies ."
    doc = _doc(["The", "court", "recognized", "that", "the", "law", "applies", "."],
               heads=[1, 2, 2, 6, 5, 6, 2, 2],
               deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"],
               pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"],
               lemmas=["the", "court", "recognize", "that", "the", "law", "apply", "."])
    assert acknowledges(doc[2])
    assert not acknowledges(_svo("council", "recognized", "recognize", "government")[2])


@pytest.mark.parametrize(("obj", "view"), [("frustration", True), ("concern", True), ("goal", True),
                                           ("intelligence", False), ("report", False)])
def test_sharing_a_view_is_no_cooperation(obj, view):
    assert shares_view(_svo("governor", "shared", "share", obj)[2]) is view


@pytest.mark.parametrize(("obj", "told"), [("outline", True), ("glimpse", True), ("details", True),
                                           ("aid", False), ("asylum", False), ("support", False)])
def test_offering_words_is_no_offer_of_cooperation(obj, told):
    assert offers_word(_svo("minister", "offered", "offer", obj)[2]) is told


def _warned(subj_words, subj_pos, subj_lemmas, rest, rest_pos, rest_deps, rest_lemmas):
    # "Officials warned that <subject> would <rest> ." with the clause's verb first in ``rest``
    words = ["Officials", "warned", "that"] + subj_words + ["would"] + rest + ["."]
    n_subj = len(subj_words)
    verb = 3 + n_subj + 1
    heads = [1, 1, verb] + [3 + n_subj - 1] * (n_subj - 1) + [verb] + [verb] + [1] + [verb] * (len(rest) - 1) + [1]
    deps = ["nsubj", "ROOT", "mark"] + ["det"] * (n_subj - 1) + ["nsubj", "aux", "ccomp"] + rest_deps + ["punct"]
    pos = ["NOUN", "VERB", "SCONJ"] + subj_pos + ["AUX"] + rest_pos + ["PUNCT"]
    lemmas = ["official", "warn", "that"] + subj_lemmas + ["would"] + rest_lemmas + ["."]
    return _doc(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_warning_that_foretells_a_state_is_no_threat():
    # "Officials warned that the meeting would backfire ."
    doc = _warned(["the", "meeting"], ["DET", "NOUN"], ["the", "meeting"], ["backfire"], ["VERB"], [], ["backfire"])
    assert foretells(doc[1], _NO_ACTORS)
    assert other_sense(doc[1], "THREATEN", _NO_ACTORS, noun=False)


def test_a_warning_of_force_or_by_a_party_stays_a_threat():
    # "Officials warned that the collapse would bring retaliation ."
    force = _warned(["the", "collapse"], ["DET", "NOUN"], ["the", "collapse"], ["bring", "retaliation"],
                    ["VERB", "NOUN"], ["dobj"], ["bring", "retaliation"])
    assert not foretells(force[1], _NO_ACTORS)
    # "Officials warned that they would backfire ." (a pronoun: the warner's side may act)
    party = _warned(["they"], ["PRON"], ["they"], ["backfire"], ["VERB"], [], ["backfire"])
    assert not foretells(party[1], _NO_ACTORS)
    # "Officials warned Iran ." (a warning to someone)
    to_someone = _doc(["Officials", "warned", "Iran", "."], heads=[1, 1, 1, 1],
                      deps=["nsubj", "ROOT", "dobj", "punct"], pos=["NOUN", "VERB", "PROPN", "PUNCT"],
                      lemmas=["official", "warn", "iran", "."])
    assert not foretells(to_someone[1], _NO_ACTORS)


@pytest.mark.parametrize(("verb", "noun", "etype", "topic"), [
    ("combat", "bombings", "ASSAULT", True),
    ("deter", "threats", "THREATEN", True),
    ("condemned", "bombings", "ASSAULT", False),  # an attack told as having happened
    ("combat", "criticism", "ACCUSE", False),  # only acts of force
])
def test_an_act_of_force_prevented_is_a_topic(verb, noun, etype, topic):
    # "Troops will <verb> the <noun> ."
    doc = _doc(["Troops", "will", verb, "the", noun, "."], heads=[2, 2, 2, 4, 2, 2],
               deps=["nsubj", "aux", "ROOT", "det", "dobj", "punct"],
               pos=["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["troop", "will", {"condemned": "condemn"}.get(verb, verb), "the", noun, "."])
    assert prevented(doc[4], etype) is topic


def test_protected_from_an_attack_is_a_topic():
    # "They moved to protect the town from attack ."
    doc = _doc(["They", "moved", "to", "protect", "the", "town", "from", "attack", "."],
               heads=[1, 1, 3, 1, 5, 3, 3, 6, 1],
               deps=["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "pobj", "punct"],
               pos=["PRON", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
               lemmas=["they", "move", "to", "protect", "the", "town", "from", "attack", "."])
    assert prevented(doc[7], "ASSAULT")


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "told"), [
    ("Ms. Rossi beat the sitting mayor by 72 votes in the spring election.", "ASSAULT", False),
    ("Voters handed the opposition a landslide, and the Greens went on to take control of the Senate in May.",
     "COERCE", False),
    ("By the spring, tensions inside the coalition exploded.", "ASSAULT", False),
    ("The reform met stiff opposition from farmers' unions.", "CONSULT", False),
    ("The mayor said she shared her residents' frustration over the delays.", "COOPERATE", False),
    ("The court's old rulings recognized that settlers who were born overseas kept the rights of citizens.",
     "SUPPORT", False),
    ("The agency struck back on Friday in a long statement posted to its website.", "PROTEST", False),
    ("The coming talks will be long and difficult, the foreign minister warned in an interview on Monday.",
     "THREATEN", False),
    # the acts themselves stay
    ("Police beat the protesters outside the parliament on Tuesday.", "ASSAULT", True),
    ("The minister warned that Iran would face serious consequences if it seized another tanker.",
     "THREATEN", True),
    ("Italy and Spain recognized the new government in Tripoli on Monday.", "SUPPORT", True),
])
def test_the_construction_tells_no_act(extractor, text, etype, told):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype for e in events) is told
