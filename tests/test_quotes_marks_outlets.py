"""A double quotation mark typed against the word beside it (`said,"We`, `win,"she said`): the tokenizer
splits it off, so the cue verb and the speaker stay words of their own; and a news outlet the entity
recogniser takes for a place or a product speaks. Invented sentences only."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), [
    ('Roe said,"We will win."', ["Roe", "said", ",", '"', "We"]),
    ('"We will win,"she said.', ["win", ",", '"', "she", "said"]),
    ("Roe said:“We will win.”", ["said", ":", "“", "We"]),
    ('Rep. Dana Roe (R-S.C.):"We will win."', ["S.C.", "):", '"', "We"]),
    ("It is over!”Former aide Dana Roe said.", ["over", "!", "”", "Former"]),
    ('He spoke on "Face the Nation"on Sunday.', ["Nation", '"', "on"]),
])
def test_a_glued_quotation_mark_is_a_token_of_its_own(nlp, text, words):
    tokens = [t.text for t in nlp(text)]
    assert any(tokens[i:i + len(words)] == words for i in range(len(tokens)))


@pytest.mark.model
@pytest.mark.parametrize("text", ["The U.S. economy grew.", "a well-known e-mail at 10:30, said Roe",
                                  "It cost 3,000 dollars."])
def test_text_without_a_glued_mark_keeps_the_pipeline_s_tokens(nlp, text):
    import spacy

    plain = spacy.blank("en")
    assert [t.text for t in nlp(text)] == [t.text for t in plain(text)]


def test_the_glued_mark_rule_is_added_once():
    import spacy

    from newsgraph.nlp import split_glued_marks

    blank = spacy.blank("en")
    split_glued_marks(blank)
    pattern = blank.tokenizer.infix_finditer.__self__.pattern
    split_glued_marks(blank)
    assert blank.tokenizer.infix_finditer.__self__.pattern == pattern
    assert [t.text for t in blank('Roe said,"We')] == ["Roe", "said", ",", '"', "We"]


@pytest.mark.model
def test_a_quote_glued_to_the_bracket_and_colon_after_a_name_is_the_name_s(nlp):
    quotes, table = _quotes(nlp, 'Lawmakers reacted at once. Rep. Dana Roe (R-S.C.):"This bill will not pass '
                                 'the House this year."')
    assert _name(table, quotes["This bill will not pass the House this year."].speaker) == "Dana Roe"


@pytest.mark.model
def test_a_quote_glued_to_the_comma_before_it_keeps_its_speaker(nlp):
    quotes, table = _quotes(nlp, 'At the rally on Tuesday, Senator Dana Roe said,"We are going to win this '
                                 'state and we are going to win it big."')
    said = quotes["We are going to win this state and we are going to win it big."]
    assert _name(table, said.speaker) == "Dana Roe"


@pytest.mark.model
@pytest.mark.parametrize(("text", "said", "outlet"), [
    ("HuffPost asked the campaign whether the senator would vote for the bill.",
     "whether the senator would vote for the bill", "HuffPost"),
    ('As The Atlantic noted, "the race is far from over in the state."',
     "the race is far from over in the state.", "The Atlantic"),
])
def test_a_news_outlet_the_recogniser_misses_is_the_speaker(nlp, text, said, outlet):
    quotes, table = _quotes(nlp, text)
    actor = table.get(quotes[said].speaker)
    assert actor is not None and (actor.name, actor.kind) == (outlet, "organization")
