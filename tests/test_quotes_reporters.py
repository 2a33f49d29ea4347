"""Who said it (session 18): a surname the entity recogniser took for a place, the one who reports
in the sentence before a quote, and titles of works in quotation marks. Invented sentences only."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_a_place_the_tables_do_not_know_is_a_speakers_surname(nlp):
    from spacy.tokens import Span

    quotes, table = _quotes(nlp, "Quendry wrote that the council had lost the vote.", place="Quendry")
    assert _name(table, quotes["that the council had lost the vote"].speaker) == "Quendry"
    # the recogniser may call only the surname a place: "Rosa" has no entity type there
    quotes, table = _quotes(nlp, "Rosa Quendry wrote that the council had lost the vote.", place="Quendry")
    assert _name(table, quotes["that the council had lost the vote"].speaker) == "Rosa Quendry"

    from newsgraph.quotes._speaker import _no_place

    doc = nlp("Quendry wrote to Denver.")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 4, label="GPE")]
    assert _no_place(doc[0:1]) and not _no_place(doc[3:4])  # Denver is a city the tables know


@pytest.mark.model
def test_a_quote_after_a_reported_clause_is_the_reporters(nlp):
    """The sentence before a quote with no tag of its own reports what someone said: the quote is
    that reporter's, not the earlier speaker's."""
    text = ("“The budget is a mess,” Dana Marsh said on Monday.\n\n"
            "Tom Kessler said that the plan would not pass this year.\n\n"
            "“It has no votes in the chamber.”")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The budget is a mess,"].speaker) == "Dana Marsh"
    assert _name(table, quotes["It has no votes in the chamber."].speaker) == "Tom Kessler"


@pytest.mark.model
def test_a_quote_after_a_sentence_of_its_speaker_in_its_paragraph(nlp):
    text = ("“The budget is a mess,” Dana Marsh said on Monday.\n\n"
            "Tom Kessler rejected the plan on Tuesday. “It has no votes in the chamber.”")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["It has no votes in the chamber."].speaker) == "Tom Kessler"


@pytest.mark.model
def test_titles_of_works_in_quotation_marks_are_no_quotes(nlp):
    text = ("Dana Marsh told CBS's “Sunrise” that she would run. In his new book, “Drift,” "
            "Tom Kessler said the plan had failed. Kessler said of the episode, “I don't like it.”")
    quotes, _ = _quotes(nlp, text)
    assert "Sunrise" not in quotes and "Drift," not in quotes
    assert any(t.startswith("I don't like it") for t in quotes)  # a sentence after "episode" is speech


@pytest.mark.model
def test_title_words_between_the_verb_after_a_quote_and_the_name(nlp):
    # the parser reads "Mo." as the verb's punctuation, leaving "said" without a subject
    quotes, table = _quotes(nlp, "“The damage is done,” said pro-democracy legislator Dana Mo. “The vote is ours.”")
    assert _name(table, quotes["The damage is done,"].speaker).startswith("Dana Mo")  # the actors stage keeps the stop


@pytest.mark.model
def test_the_one_an_event_leads_to_speak_says_it(nlp):
    """`The loss led Republicans to say that ...`: the object of a verb of causing speaks, not the
    event in subject place; a verb of asking keeps its subject, and a participle after a verb of
    causing other than "leave" is the subject's own ("forced a vote, saying ...")."""
    quotes, table = _quotes(nlp, "The sudden drop in prices led Senator Tom Harlan to declare that the bill had failed.")
    assert _name(table, quotes["that the bill had failed"].speaker) == "Tom Harlan"
    quotes, table = _quotes(nlp, "The abrupt resignation prompted Dana Marsh to speculate that the agency was in trouble.")
    assert _name(table, quotes["that the agency was in trouble"].speaker) == "Dana Marsh"
    quotes, table = _quotes(nlp, "Senator Tom Harlan urged his colleagues to say that the bill had failed.")
    assert all(_name(table, q.speaker) == "Tom Harlan" for q in quotes.values())


def test_a_verb_of_causing_gives_its_object_as_speaker():
    """The rule on a hand-built parse (no model): "led" with object "Republicans" and the
    infinitive "to say" as its xcomp; "urged" in the same place keeps the subject."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.quotes._speaker import _caused_speaker

    vocab = spacy.blank("en").vocab  # English lexical attributes ("to" lower-cased), no pipeline

    def parse(verb: str, lemma: str) -> Doc:
        words = ["The", "loss", verb, "Republicans", "to", "say", "that", "it", "failed", "."]
        return Doc(vocab, words=words, heads=[1, 2, 2, 2, 5, 2, 8, 8, 5, 2],
                   deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "mark", "nsubj", "ccomp", "punct"],
                   pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"],
                   tags=["DT", "NN", "VBD", "NNPS", "TO", "VB", "IN", "PRP", "VBD", "."],
                   lemmas=["the", "loss", lemma, "Republicans", "to", "say", "that", "it", "fail", "."])

    doc = parse("led", "lead")
    assert _caused_speaker(doc[5], ()).text == "Republicans"
    assert _caused_speaker(doc[5], {3}) is None  # an object inside the quotation marks speaks no tag
    assert _caused_speaker(parse("urged", "urge")[5], ()) is None
