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
    # "but since the court ruled that ...": the replier's words go on; the court says nothing here
    text = ("They could be different in different states, Ms. Dana Marsh replied, but since the Supreme Court "
            "ruled in 2016 that the Texas admitting privileges law \u201cwas medically unnecessary and its burdens "
            "were undue, that holding should clearly apply to Louisiana's identical law.\u201d")
    quotes, table = _quotes(nlp, text)
    undue = next(q for t, q in quotes.items() if t.startswith("was medically unnecessary"))
    assert _name(table, undue.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_participle_that_turns_to_someone_speaks_a_whole_quote(nlp):
    text = ("Former Secretary of State Dana Marsh famously clashed with Kessler during the Senate hearing, "
            "chiding him, \u201cWhat difference at this point does it make?\u201d when questioned about the "
            "attacks.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["What difference at this point does it make?"].speaker) == "Dana Marsh"
