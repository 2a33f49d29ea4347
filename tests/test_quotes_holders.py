"""Who speaks when the parse hangs the verb of saying on someone else's clause: a participle after a
held clause, and a document whose author issued it. Invented sentences only (issue #20)."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_a_participle_after_a_held_clause_is_the_holders(nlp):
    text = ("Dana Marsh, who ran the county for a decade, believes most farmers aren't ready to sell, "
            "saying the price of land will keep rising.\n\n"
            "Governor Sam Kessler responded to claims that the agency had read his mail, saying, "
            "\"I have told the board that this will not stand.\"")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the price of land will keep rising"].speaker) == "Dana Marsh"
    assert _name(table, quotes["I have told the board that this will not stand."].speaker) == "Sam Kessler"


@pytest.mark.model
def test_a_participle_after_a_verb_of_saying_stays_the_reporters(nlp):
    # the one who reports goes on ("adding"), as before: the held-clause rule changes nothing here
    text = "Dana Marsh told the paper that Sam Kessler had no plan, adding that the vote would wait."
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["that the vote would wait"].speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_document_speaks_for_who_issued_it(nlp):
    text = ("The Halvorsen Institute issued a report on Friday that says the bridge was never inspected.\n\n"
            "The report also faults the city council. \"These failures put lives at risk,\" the report concludes.\n\n"
            "The Trade Council published a white paper on Sunday. The white paper said the talks had stalled.")
    quotes, table = _quotes(nlp, text)
    institute = quotes["the bridge was never inspected"].speaker
    assert _name(table, institute) == "Halvorsen Institute"
    # a later "the report" names it again: the first telling gives the author
    assert quotes["These failures put lives at risk,"].speaker == institute
    assert _name(table, quotes["the talks had stalled"].speaker) == "Trade Council"


@pytest.mark.model
def test_who_receives_or_dismisses_a_document_did_not_write_it(nlp):
    text = ("Dana Marsh received a threatening letter on Thursday. The letter, postmarked from Ohio, was sent to "
            "her office. The letter warned that harm would come to her staff.\n\n"
            "Sam Kessler dismissed a report that said the mayor would resign.")
    quotes, table = _quotes(nlp, text)
    assert quotes["that harm would come to her staff"].speaker is None
    assert quotes["that harm would come to her staff"].attributed_to == "The letter"
    assert quotes["the mayor would resign"].speaker is None


@pytest.mark.model
def test_it_after_a_document_speaks_for_the_documents_author(nlp):
    # issue #20 (session 34): "The statement said ... it said" - the "it" is the statement, not the body
    # named as a subject in between
    text = ("The Arcadian Defense Council issued a statement on Monday. The Vesna Bureau welcomed the strikes. "
            "The statement said the strikes hit weapons depots. "
            "\"The strikes are a warning to the killers,\" it said.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The strikes are a warning to the killers,"].speaker) == "Arcadian Defense Council"


@pytest.mark.model
def test_the_document_names_again_a_document_of_another_kind(nlp):
    # "the document" is no kind of its own: it names the letter told before, whose issuer speaks
    text = ("The Ministry of Trade released a letter to the committee on Sunday. "
            "\"The more they are offered, the more they want,\" the document said.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The more they are offered, the more they want,"].speaker) == "Ministry of Trade"


@pytest.mark.model
def test_part_of_a_statement_speaks_for_its_author(nlp):
    text = ("Some details came from a terse statement by Defense Minister Dana Marsh. "
            "\"The matter was referred to the inspector general on Sunday,\" part of the statement said.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The matter was referred to the inspector general on Sunday,"].speaker) == "Dana Marsh"
