"""Who speaks when the parse hangs a quote on a clause next to the tag's: a second clause coordinated
with the cue's, a participle that turns to someone before a whole quote. Invented sentences only (issue #20)."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_a_second_clause_with_its_own_subject_owns_its_partial_quote(nlp):
    text = ("Dana Marsh proposed a debate in Denver on the evening of April 4 - but the Kessler campaign "
            "rejected the idea as \"ludicrous\" because a game would be on that night.")
    quotes, table = _quotes(nlp, text)
    assert "Kessler" in (_name(table, quotes["ludicrous"].speaker) or "")


@pytest.mark.model
def test_a_cue_that_reports_a_clause_goes_on_through_the_coordination(nlp):
    # "but since the court found that ...": the replier's words go on; the court says nothing here
    text = ("The rules may vary among the states, Ms. Dana Marsh replied, but since the Supreme Court found "
            "in 2018 that the Ohio clinic licensing law \u201cserved no medical purpose and its costs were "
            "undue, that ruling should plainly govern Iowa's matching law.\u201d")
    quotes, table = _quotes(nlp, text)
    undue = next(q for t, q in quotes.items() if t.startswith("served no medical purpose"))
    assert _name(table, undue.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_participle_that_turns_to_someone_speaks_a_whole_quote(nlp):
    text = ("Former Secretary of State Dana Marsh famously clashed with Kessler during the Senate hearing, "
            "chiding him, \u201cWhy does any of this matter to us now?\u201d when questioned about the "
            "attacks.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Why does any of this matter to us now?"].speaker) == "Dana Marsh"
