"""The proposer's type against the lexicon's (issue #17 (a), session 28): where the lexicon gives a
word only its unconditional reading ("vow" AGREE) and the learned proposer, reading the word's use,
chooses another type, the proposer's type is the trigger's; a reading a condition selects and a trigger
holding another event as its content keep the lexicon's. Invented sentences."""

from __future__ import annotations

import dataclasses

import pytest

from conftest import word_token as _word

from newsgraph.events import OVERRULE_LEXICON, _find_triggers, _plain_entry
from newsgraph.events._lexicon import lexicon


def test_the_overruling_is_off_in_the_pipeline():
    # on dev it puts the date accuracy under its floor (docs/evaluation.md, "Session 28, type32")
    assert OVERRULE_LEXICON is False


def test_a_plain_entry_is_the_words_unconditional_reading():
    lex = lexicon()
    vow = next(e for e in lex.verbs["vow"] if e.type == "AGREE")
    assert _plain_entry(vow, lex)
    # a reading selected by a condition: an object predicate, a named object, a particle
    assert not any(_plain_entry(e, lex) for e in lex.verbs["call"] if e.type == "ACCUSE")
    assert not any(_plain_entry(e, lex) for e in lex.verbs["fire"] if e.type == "SANCTION")
    # an entry a rule made from another ("pulled out of the treaty": SANCTION) is not the lexicon's own
    assert not _plain_entry(dataclasses.replace(vow, type="SANCTION"), lex)


def _types(doc, proposed: dict[str, str], overrule: bool = True) -> dict[str, tuple[str, bool]]:
    chosen = {_word(doc, w).i: t for w, t in proposed.items()}
    return {t.tok.text: (t.entry.type, t.proposed)
            for t in _find_triggers(next(iter(doc.sents)), lexicon(), chosen, overrule=overrule)}


@pytest.mark.model
def test_the_proposers_type_replaces_an_unconditional_entry(nlp):
    doc = nlp("The rebel commander vowed to punish the villagers.")
    assert _types(doc, {})["vowed"] == ("AGREE", False)
    assert _types(doc, {"vowed": "THREATEN"})["vowed"] == ("THREATEN", True)
    # the proposer reading the lexicon's own type changes nothing
    assert _types(doc, {"vowed": "AGREE"})["vowed"] == ("AGREE", False)
    # without ``overrule`` (the pipeline's default, ``OVERRULE_LEXICON``) the lexicon's type stands
    assert _types(doc, {"vowed": "THREATEN"}, overrule=False)["vowed"] == ("AGREE", False)


@pytest.mark.model
def test_a_conditional_reading_keeps_the_lexicons_type(nlp):
    doc = nlp("The governor fired the director of the port authority on Friday.")
    assert _types(doc, {"fired": "ASSAULT"})["fired"] == ("SANCTION", False)


@pytest.mark.model
def test_a_trigger_with_a_content_keeps_the_lexicons_type(nlp):
    doc = nlp("The opposition demanded the withdrawal of the troops.")
    plain = _types(doc, {})["demanded"]
    assert _types(doc, {"demanded": "ACCUSE"})["demanded"] == plain
