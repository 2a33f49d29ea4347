"""What a cue reports when the parser also hangs the clause before it on it, and a verb of saying the parser
leaves without a subject. Invented sentences only (issue #20, session 44)."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_the_clause_before_a_semicolon_is_not_what_the_next_cue_reports(nlp):
    # "most said they had lost faith": the cue reports the clause after it; the narrator tells the one before
    text = ("Turnout among young voters fell sharply across the state; most said they had lost faith in both "
            "parties.")
    quotes, _ = _quotes(nlp, text)
    assert "they had lost faith in both parties" in quotes
    assert not any(t.startswith("Turnout") for t in quotes)


@pytest.mark.model
def test_a_narrated_sentence_before_a_semicolon_is_not_the_named_speakers(nlp):
    text = "Union leaders have long opposed the deal; Dana Marsh says the new terms will protect workers."
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the new terms will protect workers"].speaker) == "Dana Marsh"
    assert not any(t.startswith("Union leaders") for t in quotes)


@pytest.mark.model
@pytest.mark.parametrize("text, before", [
    ("The deal is dead, Dana Marsh said: the votes are simply not there.", "The deal is dead"),
    ("The governor is so stubborn, Dana Marsh said, that the budget may never pass.",
     "The governor is so stubborn"),
])
def test_a_tag_set_off_by_punctuation_still_reports_the_words_before_it(nlp, text, before):
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes[before].speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_verb_of_saying_hung_loosely_on_the_verb_before_takes_its_subject(nlp):
    # the parser reads "exasperated" as the main verb and hangs "responded" on it without a subject; the
    # question asked the sentence before is the senator's, the answer Kessler's
    text = ("Senator Ron Walsh kept asking her why the agency had waited so long. Dana Kessler, exasperated, "
            "famously responded: \"What difference does any of this make now?\"")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["What difference does any of this make now?"].speaker) == "Dana Kessler"
    assert _name(table, quotes["why the agency had waited so long"].speaker) == "Ron Walsh"
