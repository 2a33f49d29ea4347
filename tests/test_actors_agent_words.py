"""An unnamed agent keeps the words after its noun that say which ones ("officials in both cities",
"a source familiar with the talks"), as the corpus guidelines name a generic actor in the text's own
words; words that tell when or how ("officials at the time") are no part of its name. Invented
sentences only (issue #20)."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes
from newsgraph.actors import resolve


def _named(nlp, text: str, word: str) -> str | None:
    doc = nlp(text)
    table = resolve(doc)
    found = table.at_token(next(t.i for t in doc if t.lower_ == word))
    return _name(table, found)


@pytest.mark.model
@pytest.mark.parametrize("text, word, name", [
    ("Both towns want the fair. Officials in both towns said they were ready.", "officials",
     "officials in both towns"),
    ("A source familiar with the talks said the deal was close.", "source", "source familiar with the talks"),
    ("Critics of the plan said it would fail.", "critics", "critics of the plan"),
    ("The talks ended. Officials in Kabul said they would resume.", "officials", "officials in Kabul"),
])
def test_the_words_that_say_which_ones_are_part_of_the_name(nlp, text, word, name):
    assert _named(nlp, text, word) == name


@pytest.mark.model
@pytest.mark.parametrize("text, word, name", [
    ("The plan drew fire. Officials at the time said nobody had told them.", "officials", "officials"),
    ("The plan drew fire. Officials in a statement said nobody had told them.", "officials", "officials"),
])
def test_words_that_tell_when_or_how_are_not(nlp, text, word, name):
    assert _named(nlp, text, word) == name


@pytest.mark.model
def test_a_group_opening_its_sentence_speaks_for_itself(nlp):
    # "Officials", capitalised only as the sentence's first word, is no surname of the one other group
    # whose name ends in "officials"
    text = ("Mexican officials met on Monday. Officials in the border states said \u201cwe were never told "
            "about the plan.\u201d")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["we were never told about the plan."].speaker) == "officials in the border states"


@pytest.mark.model
def test_an_unnamed_person_carries_no_transcript_label(nlp):
    # the label's word ends the name of an unnamed person, who did not say what follows it
    text = ("An official familiar with the investigation said the man had fled.\n\n"
            "INVESTIGATION: The police searched the house on Monday.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the man had fled"].speaker) == "official familiar with the investigation"
    assert not any("searched the house" in t for t in quotes)
