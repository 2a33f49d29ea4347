"""Session 47, meet47: the party of a planned meeting (issue #17, full F1).

A meeting agreed, planned or scheduled is AGREE, and a meeting between equals has every participant as
actor (``events._meeting_parties``). A noun of one side's stance whose clause is the meeting ("an offer by
X to meet with Y", "X's willingness to meet with Y") tells what X holds out to Y: Y stays the recipient
(``events._offered``). A verb's planned meeting ("X will meet with Y") keeps its co-actors."""

from __future__ import annotations

import pytest

from newsgraph.events import _offered
from newsgraph.records import Document


def _agree(extractor, text: str):
    result = extractor(Document(text=text, published="2018-03-10"))
    return next(e for e in result.events if e.event == "AGREE")


@pytest.mark.model
def test_an_offer_to_meet_keeps_the_other_side_as_recipient(extractor):
    e = _agree(extractor, "A senior official on Thursday conveyed Pyongyang's willingness to meet with "
                          "President Donald Trump.")
    assert e.actor == ["pyongyang"]
    assert e.recipient == ["donald-trump"]


@pytest.mark.model
def test_a_verb_s_planned_meeting_keeps_its_co_actors(extractor):
    e = _agree(extractor, "Prime Minister Boris Johnson will meet with Chancellor Angela Merkel in Berlin "
                          "on Friday.")
    assert sorted(e.actor) == ["angela-merkel", "boris-johnson"]
    assert e.recipient == []


@pytest.mark.model
def test_only_a_noun_s_meeting_clause_is_an_offer(nlp):
    doc = nlp("Her offer to meet with the envoy stands, and the minister plans to meet with him.")
    offer_meet, plan_meet = (t for t in doc if t.lemma_ == "meet")
    assert _offered(offer_meet)
    assert not _offered(plan_meet)
