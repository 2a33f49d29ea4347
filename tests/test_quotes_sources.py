"""Who said it: unnamed agents named with whom they speak for, the authors of polls and reports, and
speakers that a quote's own sentence gives without a verb of saying. Invented sentences only."""

from __future__ import annotations

import pytest

from newsgraph.quotes import extract_quotes


def _quotes(nlp, text):
    from newsgraph.actors import resolve

    doc = nlp(text)
    table = resolve(doc)
    quotes = extract_quotes(doc, actors=table)
    return {q.text: q for q in quotes}, table


def _name(table, actor_id):
    actor = table.get(actor_id) if actor_id else None
    return actor.name if actor else None


@pytest.mark.model
def test_an_agent_keeps_the_words_of_whom_it_speaks_for(nlp):
    text = ("A spokeswoman for Senator Dana Marsh said the vote would go ahead on Monday.\n\n"
            "An aide to Governor Sam Kessler said the budget plan was already dead.\n\n"
            "A spokesman for Kessler said the governor would sign the bill anyway.")
    quotes, table = _quotes(nlp, text)
    marsh = quotes["the vote would go ahead on Monday"]
    assert _name(table, marsh.speaker) == "spokeswoman for Senator Dana Marsh"
    assert table.get(marsh.speaker).kind == "person"
    assert _name(table, quotes["the budget plan was already dead"].speaker) == "aide to Governor Sam Kessler"
    kessler = quotes["the governor would sign the bill anyway"]
    # two owners are two actors, never one "spokesman" for both
    assert _name(table, kessler.speaker) == "spokesman for Kessler" and kessler.speaker != marsh.speaker


@pytest.mark.model
def test_agents_named_by_different_words_are_different_actors(nlp):
    from newsgraph.actors import resolve

    doc = nlp("Federal officials said the bridge was closed. Senior officials said the ferry was late. "
              "The officials said the roads would reopen. Leaders of the association said they would appeal.")
    table = resolve(doc)
    at = {t.text: table.get(table.at_token(t.i)) for t in doc if t.lower_ in ("officials", "leaders")}
    names = [table.get(table.at_token(t.i)).name.lower() for t in doc if t.lower_ == "officials"]
    assert names[0] == "federal officials" and names[1] == "senior officials"
    assert names[2] == names[1]  # a bare phrase refers back to the last one of its noun
    assert at["Leaders"].name.lower() == "leaders of the association"  # the body they lead is part of the name


@pytest.mark.model
def test_an_agent_without_an_owner_keeps_its_own_words(nlp):
    quotes, table = _quotes(nlp, "A spokesman said the talks would resume on Monday in the capital.")
    assert _name(table, quotes["the talks would resume on Monday in the capital"].speaker) == "spokesman"


@pytest.mark.model
def test_a_poll_speaks_for_the_body_its_phrase_names(nlp):
    text = ("The Morning Tide survey said the race had tightened sharply in the last week.\n\n"
            "A report released by the Hanford Institute said the program had cost far more than planned.")
    quotes, table = _quotes(nlp, text)
    survey = quotes["the race had tightened sharply in the last week"]
    assert _name(table, survey.speaker) == "Morning Tide" and table.get(survey.speaker).kind == "organization"
    report = quotes["the program had cost far more than planned"]
    assert _name(table, report.speaker) == "Hanford Institute"
    assert report.speaker_text == "A report"  # the phrase without its participle


@pytest.mark.model
def test_a_poll_whose_author_the_text_does_not_name_has_no_speaker(nlp):
    # who cites a poll did not run it
    text = "Marsh pointed to a new poll on Tuesday.\n\nThe poll found that voters were split on the levy."
    quotes, _ = _quotes(nlp, text)
    poll = next(q for t, q in quotes.items() if "split on the levy" in t)
    assert poll.speaker is None and poll.speaker_text == "The poll"


@pytest.mark.model
def test_a_verb_before_a_comma_that_takes_only_the_quote_cues_it(nlp):
    text = "Dana Marsh shot back, “Governor Kessler called them out. They must have been crushed by that.”"
    quotes, table = _quotes(nlp, text)
    quote = next(iter(quotes.values()))
    assert _name(table, quote.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_quote_after_a_clause_of_no_speaker_goes_on_with_the_last_one(nlp):
    text = ("“It is a huge night,” said Dana Marsh, a strategist for the Kessler campaign. Unless the others "
            "quit soon, “it is very hard to see how she loses the race.”")
    quotes, table = _quotes(nlp, text)
    second = quotes["it is very hard to see how she loses the race."]
    assert _name(table, second.speaker) == "Dana Marsh"
