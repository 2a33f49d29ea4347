"""Verbal conflict the lexicon's conditions or its word list missed (session 37, verbal37): a naming whose
predicate the parser hangs from the object, an act told in a clause of time or contrast beside a request,
and the verbs and frames added to the lexicon. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word
from test_events import run

from newsgraph.events import _beside_clause, _find_triggers, _glued_predicate, _object_keys, _verb_entry
from newsgraph.events._lexicon import lexicon


def _types(events):
    return sorted(e.event for e in events)


_MOUTHPIECE = ('The fund gave money to the Policy Center, a monitor whose site called the country\'s press corps '
               '"the mouthpiece of the Right."')
_LOW_IQ = 'Roe wrote that he laughed when Ruritania\u2019s leader called "Senator Jay Roe a low IQ person, & worse."'
_FRIEND = ('The fund gave money to the Policy Center, a monitor whose site called the country\'s press corps '
           '"the best friend of the people."')


@pytest.mark.parametrize(("text", "judged"), [
    (_MOUTHPIECE, True),
    (_LOW_IQ, True),
    # an apposition is set off by a comma
    ("The minister called Jay Roe, a former senator, on Monday.", False),
])
def test_a_predicate_the_parser_hangs_from_the_object(nlp, text, judged):
    v = _word(nlp(text), "called")
    entry = _verb_entry(v, lexicon().verbs["call"])
    assert (entry is not None and entry.type == "ACCUSE") is judged


def test_the_parse_these_tests_read(nlp):
    # the rule reads the parser's apposition; the tests above mean it only while the model parses so
    doc = nlp(_MOUTHPIECE)
    obj = next(t for t in doc if t.dep_ == "dobj" and t.head.lower_ == "called")
    assert _glued_predicate(obj).text == "mouthpiece"
    doc = nlp("The minister called Jay Roe, a former senator, on Monday.")
    obj = next((t for t in doc if t.dep_ == "dobj"), None)
    assert obj is None or _glued_predicate(obj) is None


def test_a_glued_predicate_of_praise_is_support(nlp):
    v = _word(nlp(_FRIEND), "called")
    assert _verb_entry(v, lexicon().verbs["call"]).type == "SUPPORT"


@pytest.mark.parametrize(("text", "word", "beside"), [
    ("Ruritania urged Freedonia to halt its tests, while also calling on Sylvania to stop its drills.",
     "calling", True),
    ("After Jay Roe asked the party to help, he asked his donors to give more.", "asked", True),
    ("Ruritania threatened to leave the pact unless Freedonia agreed to new terms.", "agreed", False),
])
def test_a_clause_of_time_or_contrast(nlp, text, word, beside):
    tok = _word(nlp(text), word)
    assert tok.dep_ == "advcl"  # the parse the rule reads
    assert _beside_clause(tok) is beside


def test_an_act_beside_a_request_is_no_content_of_it(nlp):
    doc = nlp("Ruritania urged Freedonia to halt its tests, while also calling on Sylvania to stop its drills.")
    found = {t.tok.text: t.entry.type for t in _find_triggers(next(doc.sents), lexicon())}
    assert found.get("calling") == "REQUEST" and found.get("urged") == "REQUEST"
    # a condition stays the threat's content
    doc = nlp("Ruritania threatened to leave the pact unless Freedonia agreed to new terms.")
    assert "agreed" not in {t.tok.text for t in _find_triggers(next(doc.sents), lexicon())}


def test_a_complement_read_for_an_object(nlp):
    doc = nlp("Several officials who have spoken to reporters expressed dismay over how the agency handled it.")
    v = _word(doc, "expressed")
    assert "dismay" in _object_keys(v)
    assert _verb_entry(v, lexicon().verbs["express"]).type == "ACCUSE"


@pytest.mark.parametrize(("text", "etype"), [
    ("The journalist called out the president for his silence.", "ACCUSE"),
    ("The governor called out the National Guard after the riots.", "MOBILIZE"),
    ("The president instructed his government to help the victims.", "REQUEST"),
    ("The ambassador lobbied senators against the sanctions.", "REQUEST"),
    ("The ministry rebutted the allegations by the opposition.", "REJECT"),
    ("The senator's proposal was defeated in the chamber.", "REJECT"),
    ("The House impeached the president in December.", "ACCUSE"),
    ("Senate Republicans blocked the legislation on Monday.", "REJECT"),
])
def test_the_verbs_and_frames_added(nlp, text, etype):
    assert etype in _types(run(nlp, text))


@pytest.mark.parametrize("text", [
    "The rebels defeated the army near the border.",
    "The minister instructed the children in music.",
    'The troops took part in what the army called a "routine training mission" out of the base.',
])
def test_their_other_senses_are_no_such_acts(nlp, text):
    assert not {"REJECT", "REQUEST", "ACCUSE"} & set(_types(run(nlp, text)))
