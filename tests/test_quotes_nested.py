"""Who said it when an outlet reports the words (session 18, quotes12): "X quoted Y as saying",
"..., reports the AP" after a sentence with its own speaker, and a time word glued to the front of
a speaker phrase. Invented sentences only."""

from __future__ import annotations

import pytest

from newsgraph.quotes import extract_quotes


def _quotes(nlp, text):
    from newsgraph.actors import resolve

    doc = nlp(text)
    table = resolve(doc)
    return extract_quotes(doc, actors=table), table


def _name(table, actor_id):
    actor = table.get(actor_id) if actor_id else None
    return actor.name if actor else None


@pytest.mark.model
def test_the_one_quoted_as_saying_speaks_not_the_paper(nlp):
    quotes, table = _quotes(nlp, "The Daily Mirror quoted Maria Lopez as saying that the bridge had collapsed at noon.")
    assert [q.text for q in quotes] == ["that the bridge had collapsed at noon"]
    assert _name(table, quotes[0].speaker) == "Maria Lopez"
    quotes, table = _quotes(nlp, "“I asked her where she had gone,” The Observer quoted the nurse as saying.")
    assert len(quotes) == 1 and quotes[0].speaker_text == "the nurse"


@pytest.mark.model
def test_an_outlet_reporting_a_sentence_with_its_own_speaker_gives_no_second_quote(nlp):
    quotes, table = _quotes(nlp, "Governor Tom Alvey told farmers Friday that drought and debt are the "
                                 "region’s real enemies, reports The Associated Press.")
    assert [q.text for q in quotes] == ["that drought and debt are the region’s real enemies"]
    assert _name(table, quotes[0].speaker) == "Tom Alvey"


@pytest.mark.model
def test_the_outlets_trailing_attribution_is_no_words_of_the_speaker(nlp):
    quotes, table = _quotes(nlp, "Defense Minister Karl Brandt said Monday that the new border posts would "
                                 "open next spring, the Associated Press reported.")
    assert [q.text for q in quotes] == ["that the new border posts would open next spring"]


@pytest.mark.model
def test_a_time_word_before_the_speaker_is_not_in_its_text(nlp):
    quotes, _ = _quotes(nlp, "Sunday Treasury Secretary Paul Ames said the tariffs would stay in place.")
    assert quotes[0].speaker_text == "Treasury Secretary Paul Ames"


@pytest.mark.model
def test_a_dateline_hung_on_the_speaker_is_not_in_its_text(nlp):
    quotes, table = _quotes(nlp, "PARIS (Reuters) - French Finance Minister Paul Ames said on Friday the tariffs "
                                 "would stay in place.")
    assert quotes[0].speaker_text == "French Finance Minister Paul Ames"
    assert _name(table, quotes[0].speaker) == "Paul Ames"


@pytest.mark.model
def test_according_to_an_outlet_is_not_the_speaker_of_a_reported_clause_without_subject(nlp):
    quotes, table = _quotes(nlp, "In Lima, Pedro Salas, the incoming trade minister, said Tuesday he was glad "
                                 "to see the two countries sign a deal, according to Reuters.")
    assert all(_name(table, q.speaker) != "Reuters" for q in quotes)
