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
