"""Classes of the fresh-news precision audit of session 46 (issue #17, precision), read in
events/_no_act.py: acts not done (an act named as the subject of a prediction, what a party is loath to
do, what it has the authority to do), a claim about oneself told as an accusation, and a view held
told as a request or an announcement. Invented sentences; the fast tests write the parse out."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events._no_act import claims_own, holds_view, in_capacity, other_sense, predicted, reluctant
from newsgraph.records import ActorTable

_VOCAB = spacy.blank("en").vocab
_NO_ACTORS = ActorTable(actors=[], mentions=[])


def _doc(words, heads, deps, pos, lemmas=None, tags=None) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas or [w.lower() for w in words])


def _subject_of(subject: list[str], subject_tags: list[str], aux: str, verb: str, verb_lemma: str) -> Doc:
    # "<subject ...> <aux> <verb> jobs ." with the subject's last word its head
    n = len(subject)
    words = [*subject, aux, verb, "jobs", "."]
    heads = [n - 1] * (n - 1) + [n + 1, n + 1, n + 1, n + 1, n + 1]
    deps = ["det"] * (n - 1) + ["nsubj", "aux", "ROOT", "dobj", "punct"]
    pos = ["DET"] * (n - 1) + ["NOUN", "AUX", "VERB", "NOUN", "PUNCT"]
    tags = ["DT"] * (n - 1) + [*subject_tags[-1:], "MD", "VB", "NNS", "."]
    lemmas = [w.lower() for w in subject] + [aux, verb_lemma, "job", "."]
    return _doc(words, heads, deps, pos, lemmas, tags)


def test_an_act_named_as_the_subject_of_a_prediction_is_not_done():
    # "the tariffs would cost jobs ."
    doc = _subject_of(["the", "tariffs"], ["NNS"], "would", "cost", "cost")
    assert predicted(doc[1])
    # "the tariffs cost jobs ." (no modal): told as done
    done = _doc(["the", "tariffs", "cost", "jobs", "."], heads=[1, 2, 2, 2, 2],
                deps=["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                tags=["DT", "NNS", "VBD", "NNS", "."], lemmas=["the", "tariff", "cost", "job", "."])
    assert not predicted(done[1])


def test_a_gerund_and_its_conjunct_as_the_subject_of_a_prediction():
    # "blocking the bill or imposing tariffs could hurt farmers ."
    doc = _doc(["blocking", "the", "bill", "or", "imposing", "tariffs", "could", "hurt", "farmers", "."],
               heads=[7, 2, 0, 0, 0, 4, 7, 7, 7, 7],
               deps=["csubj", "det", "dobj", "cc", "conj", "dobj", "aux", "ROOT", "dobj", "punct"],
               pos=["VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
               tags=["VBG", "DT", "NN", "CC", "VBG", "NNS", "MD", "VB", "NNS", "."],
               lemmas=["block", "the", "bill", "or", "impose", "tariff", "could", "hurt", "farmer", "."])
    assert predicted(doc[0]) and predicted(doc[4])


@pytest.mark.parametrize(("verb", "verb_lemma", "said_of"), [
    ("held", "hold", None),  # "the summit will be held": a meeting arranged (guidelines 2.2)
    ("be", "be", "imminent"),  # "an offensive may be imminent": a hypothetical act (guidelines 2.4)
])
def test_a_prediction_that_the_act_takes_place_keeps_the_act(verb, verb_lemma, said_of):
    if said_of is None:
        # "the summit will be held ."
        doc = _doc(["the", "summit", "will", "be", "held", "."], heads=[1, 4, 4, 4, 4, 4],
                   deps=["det", "nsubjpass", "aux", "auxpass", "ROOT", "punct"],
                   pos=["DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT"], tags=["DT", "NN", "MD", "VB", "VBN", "."],
                   lemmas=["the", "summit", "will", "be", verb_lemma, "."])
    else:
        # "an offensive may be imminent ."
        doc = _doc(["an", "offensive", "may", "be", said_of, "."], heads=[1, 3, 3, 3, 3, 3],
                   deps=["det", "nsubj", "aux", "ROOT", "acomp", "punct"],
                   pos=["DET", "NOUN", "AUX", "AUX", "ADJ", "PUNCT"], tags=["DT", "NN", "MD", "VB", "JJ", "."],
                   lemmas=["an", "offensive", "may", verb_lemma, said_of, "."])
    assert not predicted(doc[1])


def test_a_known_act_whose_consequences_are_judged_stays():
    # "Ruritania 's test would not trigger sanctions ."
    doc = _doc(["Ruritania", "'s", "test", "would", "not", "trigger", "sanctions", "."],
               heads=[2, 0, 5, 5, 5, 5, 5, 5],
               deps=["poss", "case", "nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
               pos=["PROPN", "PART", "NOUN", "AUX", "PART", "VERB", "NOUN", "PUNCT"],
               tags=["NNP", "POS", "NN", "MD", "RB", "VB", "NNS", "."],
               lemmas=["Ruritania", "'s", "test", "would", "not", "trigger", "sanction", "."])
    assert not predicted(doc[2])


def _adjective_to(adj: str, verb: str, verb_lemma: str) -> Doc:
    # "Exporters are <adj> to <verb> partners ."
    return _doc(["Exporters", "are", adj, "to", verb, "partners", "."], heads=[1, 1, 1, 4, 2, 4, 1],
                deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
                pos=["NOUN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"],
                tags=["NNS", "VBP", "JJ", "TO", "VB", "NNS", "."],
                lemmas=["exporter", "be", adj, "to", verb_lemma, "partner", "."])


@pytest.mark.parametrize(("adj", "loath"), [("loath", True), ("reluctant", True), ("unwilling", True),
                                             ("unable", False),  # a failure is coded negated (guidelines 2.4)
                                             ("ready", False)])
def test_what_a_party_is_loath_to_do_is_not_done(adj, loath):
    doc = _adjective_to(adj, "accuse", "accuse")
    assert reluctant(doc[4]) is loath
    assert other_sense(doc[4], "ACCUSE", _NO_ACTORS, noun=False) is loath


def _noun_to(head_verb: str, head_lemma: str, noun: str) -> Doc:
    # "The prosecutor <head_verb> the <noun> to investigate and indict him ."
    return _doc(["The", "prosecutor", head_verb, "the", noun, "to", "investigate", "and", "indict", "him", "."],
                heads=[1, 2, 2, 4, 2, 6, 4, 6, 6, 8, 2],
                deps=["det", "nsubj", "ROOT", "det", "dobj", "aux", "acl", "cc", "conj", "dobj", "punct"],
                pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "CCONJ", "VERB", "PRON", "PUNCT"],
                lemmas=["the", "prosecutor", head_lemma, "the", noun, "to", "investigate", "and", "indict", "he",
                        "."])


def test_what_a_party_has_the_authority_to_do_is_not_done():
    doc = _noun_to("has", "have", "authority")
    assert in_capacity(doc[6]) and in_capacity(doc[8])
    assert other_sense(doc[8], "ACCUSE", _NO_ACTORS, noun=False)
    # "used the authority to ...": the power put to use
    used = _noun_to("used", "use", "authority")
    assert not in_capacity(used[6]) and not in_capacity(used[8])
    # "has the plan to ...": no power
    assert not in_capacity(_noun_to("has", "have", "plan")[6])


def _claimed(subject: str, subject_pos: str) -> Doc:
    # "The ministry claimed that <subject> was protecting the minority ."
    return _doc(["The", "ministry", "claimed", "that", subject, "was", "protecting", "the", "minority", "."],
                heads=[1, 2, 2, 6, 6, 6, 2, 8, 6, 2],
                deps=["det", "nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
                pos=["DET", "NOUN", "VERB", "SCONJ", subject_pos, "AUX", "VERB", "DET", "NOUN", "PUNCT"],
                lemmas=["the", "ministry", "claim", "that", subject.lower(), "be", "protect", "the", "minority",
                        "."])


def test_a_claim_about_oneself_is_no_accusation():
    doc = _claimed("it", "PRON")
    assert claims_own(doc[2])
    assert other_sense(doc[2], "ACCUSE", _NO_ACTORS, noun=False)
    assert not other_sense(doc[2], "REJECT", _NO_ACTORS, noun=False)  # a denial of one's doing is left alone
    # "claimed that the army was ...": the other is accused
    assert not claims_own(_claimed("army", "NOUN")[2])
    # "The militia claimed responsibility ."
    resp = _doc(["The", "militia", "claimed", "responsibility", "."], heads=[1, 2, 2, 2, 2],
                deps=["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                lemmas=["the", "militia", "claim", "responsibility", "."])
    assert claims_own(resp[2])


def test_a_verb_of_belief_holds_a_view():
    # "Moscow believes the opposition must join the government ."
    doc = _doc(["Moscow", "believes", "the", "opposition", "must", "join", "the", "government", "."],
               heads=[1, 1, 3, 5, 5, 1, 7, 5, 1],
               deps=["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["Moscow", "believe", "the", "opposition", "must", "join", "the", "government", "."])
    assert holds_view(doc[1])
    assert other_sense(doc[1], "REQUEST", _NO_ACTORS, noun=False)
    assert not holds_view(doc[5])


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "word", "told"), [
    ("The senator argued that imposing new tariffs on steel would cost thousands of jobs in the state.",
     "SANCTION", "imposing", False),
    ("The deputies said that blocking the bill would hurt farmers in the north.", "REJECT", "blocking", False),
    ("Exporters are loath to accuse their suppliers of fraud.", "ACCUSE", "accuse", False),
    ("The governor was reluctant to criticize the president over the floods.", "ACCUSE", "criticize", False),
    ("The prosecutor has the authority to investigate and indict the former minister.", "ACCUSE", "investigate",
     False),
    ("The Interior Ministry claimed on Monday that it was protecting the minority in the north.", "ACCUSE",
     "claimed", False),
    ("Moscow believes the opposition must join the government.", "REQUEST", "believes", False),
    ("The minister thought the envoy should resign over the scandal.", "REQUEST", "thought", False),
    ("The minister thought the envoy should resign over the scandal.", "RETREAT", "resign", False),
    ("Officials believe the rebels may have received weapons from abroad.", "AGREE", "believe", False),
    # the acts themselves stay
    ("The governor criticized the president over the floods on Monday.", "ACCUSE", "criticized", True),
    ("Moscow said the opposition must join the government.", "REQUEST", "said", True),
])
def test_the_construction_tells_no_act(extractor, text, etype, word, told):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype and e.trigger["text"] == word for e in events) is told
