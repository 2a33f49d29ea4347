"""Requests and the one asked (issue #20): "X asked Y to do Z" and "X demanded that Y resign" ask for an act
and state nothing (attitude "request", which the corpus guidelines' statements leave out and PolNeAR counts);
"when asked about X, Y said ..." and "Y, asked whether ..., said ..." keep Y as the speaker of the answer, and
the question is the asker's, not Y's."""
from __future__ import annotations

import pytest


def test_a_request_is_its_own_attitude():
    from newsgraph.quotes._cues import attitude

    assert attitude("indirect", "ask", request=True) == "request"
    assert attitude("indirect", "ask", question=True, request=True) == "question"
    assert attitude("partial", "urge", request=True) == "statement"  # words in quotation marks are said


def test_a_request_verb_must_be_a_speech_verb():
    from newsgraph.quotes._cues import parse_cues

    base = ("SET speech_verbs say ask\nSET thought_verbs believe show hope\nSET belief_verbs believe\n"
            "SET finding_verbs show\nSET intention_verbs hope\nSET expression_verbs call\nSET speech_nouns claim\n"
            "SET as_it_verbs put\nSET asking_verbs ask\nSET withholding_verbs decline\nSET evidence_verbs suggest\n")
    words, _ = parse_cues(base + "SET request_verbs ask\n")
    assert words["request_verbs"] == {"ask"}
    with pytest.raises(ValueError, match="request_verbs holds beg"):
        parse_cues(base + "SET request_verbs ask beg\n")


@pytest.mark.model
def test_an_infinitive_or_a_mandative_clause_after_a_request_verb_is_a_request(nlp):
    from factories import quotes_by_text

    text = ("At one point, the general asked the governor to explain clearly what he wanted to achieve in the region. "
            "The city had asked that the new rule be suspended while the case proceeds. "
            "Opposition lawmakers demanded that the port authority charge every ship a fee. "
            "The senator demanded the agency release the full report.")
    quotes, _ = quotes_by_text(nlp, text)
    assert {words: q.attitude for words, q in quotes.items()} == {
        "to explain clearly what he wanted to achieve in the region": "request",
        "that the new rule be suspended while the case proceeds": "request",
        "that the port authority charge every ship a fee": "request",
        "the agency release the full report": "request"}


@pytest.mark.model
def test_a_tensed_clause_after_a_request_verb_stays_a_statement(nlp):
    from factories import quotes_by_text

    text = ("The envoy urged foreign visitors to leave the country, saying the two states stand close to open war. "
            "The minister asked whether the plan would pass.")
    quotes, _ = quotes_by_text(nlp, text)
    assert quotes["the two states stand close to open war"].attitude == "statement"
    assert quotes["whether the plan would pass"].attitude == "question"


@pytest.mark.model
def test_the_one_asked_answers_and_the_question_is_the_askers(nlp):
    from factories import quotes_by_text

    text = ("The minister, asked whether the talks would resume, said they would resume soon. "
            "He was asked by reporters whether the deal was dead. "
            "When asked about the strike, the mayor said the buses would run on Monday.")
    quotes, table = quotes_by_text(nlp, text)
    names = {a.id: a.name for a in table.actors}
    answer = quotes["they would resume soon"]
    assert answer.attitude == "statement" and answer.speaker_text == "The minister"
    asked = quotes["whether the talks would resume"]
    assert asked.attitude == "question" and asked.speaker is None and asked.speaker_text is None
    by_agent = quotes["whether the deal was dead"]
    assert by_agent.attitude == "question" and by_agent.speaker_text == "reporters"
    assert quotes["the buses would run on Monday"].speaker_text == "the mayor"
    assert "said they would resume soon" not in quotes
    assert names  # the actors stage ran


@pytest.mark.model
def test_asked_about_a_thing_reports_no_clause_of_the_one_asked(nlp):
    from factories import quotes_by_text

    # what the question was about, a question asked in a parenthesis and a clause under "given" are no words
    # of the one asked (each was given to them as a statement)
    text = ("When asked about exporters' complaints that inspections were taking longer since the quarrel started, "
            "she told firms to call the ministry. "
            "Both judges were also fairly silent during Monday's hearing (Justice Brown didn't ask a single question). "
            "Committee members will likely want to ask her for the agency's view on the crisis, given the large role "
            "the navy has played in escorting ships to the region.")
    quotes, _ = quotes_by_text(nlp, text)
    assert not [words for words, q in quotes.items() if q.cue == "ask"]


@pytest.mark.model
def test_a_longer_tag_after_a_quote_and_verbs_of_saying_the_lexicon_lacked(nlp):
    from factories import quotes_by_text

    text = ("“The deal is dead,” a top aide to the governor groused. "
            "“Will she be the next treasurer?” a Republican aide in the room wondered. "
            "The governor chided him, “You never learn.”")
    quotes, _ = quotes_by_text(nlp, text)
    assert quotes["The deal is dead,"].speaker_text == "a top aide to the governor"
    assert quotes["Will she be the next treasurer?"].speaker_text == "a Republican aide in the room"
    assert quotes["You never learn."].speaker_text == "The governor"


@pytest.mark.model
def test_a_naming_participle_and_a_participle_on_a_noun(nlp):
    from factories import quotes_by_text

    text = ("Smith has attacked Jones for weeks, calling him, among other things, “a failed businessman.” "
            "“Oh, let her decide,” said Vice President Mike Jones, urging those calling for Smith’s withdrawal to "
            "“give her time.”")
    quotes, _ = quotes_by_text(nlp, text)
    assert quotes["a failed businessman."].speaker_text == "Smith"
    assert quotes["give her time."].speaker_text == "Vice President Mike Jones"


@pytest.mark.model
def test_a_tag_inside_the_sentence_it_reports_speaks_it_and_the_quote_after(nlp):
    from factories import quotes_by_text

    # the parser hangs "argued" on "shows" (a clause of the host's verb); Smith argues, and the quote
    # after his sentence is his, not the earlier quote's speaker's
    text = ("“Big changes now are risky and unwise, in my view,” Jones wrote.  If anything, Smith argued in his "
            "email, the dispute shows why the board should adopt formal rules.  “Given this breach, is it wise for "
            "the board to keep such power?”")
    quotes, _ = quotes_by_text(nlp, text)
    assert quotes["the dispute shows why the board should adopt formal rules"].speaker_text == "Smith"
    assert quotes["Given this breach, is it wise for the board to keep such power?"].speaker_text == "Smith"
