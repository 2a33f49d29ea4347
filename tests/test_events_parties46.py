"""Session 46, parties46: the recipient an event of the right type takes (issue #17, full F1).

What "X agreed that ..." agrees on is a proposition: its content clause's parties are no recipient, for the
rules (``events._arguments.agrees_that``) as for the learned filler. A content clause whose subject names a
party is about that party, not about those its act is done to or for ("argued that X would be bad for Y":
X), as it already was not about its object. The first party named after a MOBILIZE's trigger is where the
forces go, no recipient ("deployed warplanes to Syria"); the side they are aimed at by "against" still is."""

from __future__ import annotations

import pytest

from newsgraph.events._arguments import agrees_that

from factories import rules_events as _code


@pytest.mark.model
def test_the_parties_of_a_proposition_agreed_are_no_recipient(nlp):
    events, _table = _code(nlp, "The two leaders agreed on Sunday that Serbia's borders must be respected.",
                           {"two leaders": ("leaders", "group", None), "Serbia": ("serbia", "country", "SRB")})
    e = next(e for e in events if e.event == "AGREE")
    assert e.actor == ["leaders"]
    assert e.recipient == []


@pytest.mark.model
def test_a_proposition_agreed_holds_the_filler_back(nlp):
    # the learned filler would otherwise give the clause's party the empty recipient slot
    doc = nlp("The two leaders agreed on Sunday that Serbia's borders must be respected.")
    verb = next(t for t in doc if t.lemma_ == "agree")
    assert agrees_that(verb, "AGREE")
    assert not agrees_that(verb, "SUPPORT")


@pytest.mark.model
def test_agreeing_to_an_act_or_with_a_party_is_no_proposition(nlp):
    doc = nlp("Serbia agreed to withdraw its troops, and Kosovo agreed with the mediators.")
    for verb in (t for t in doc if t.lemma_ == "agree"):
        assert not agrees_that(verb, "AGREE")


@pytest.mark.model
def test_a_named_clause_subject_is_the_one_accused_not_whom_the_act_is_for(nlp):
    events, _table = _code(nlp, "The FBI is investigating whether Ivan Petrov funneled money to the Rifle Association.",
                           {"FBI": ("fbi", "organization", "USA"), "Ivan Petrov": ("petrov", "person", "RUS"),
                            "Rifle Association": ("nra", "organization", "USA")})
    e = next(e for e in events if e.event == "ACCUSE")
    assert e.actor == ["fbi"]
    assert e.recipient == ["petrov"]


@pytest.mark.model
def test_a_clause_with_no_named_subject_still_gives_its_preposition_party(nlp):
    # "promised to continue aid to Mozambique": the clause has no subject of its own; its "to" party stays
    events, _table = _code(nlp, "Japan promised to continue its aid to Mozambique next year.",
                           {"Japan": ("japan", "country", "JPN"), "Mozambique": ("mozambique", "country", "MOZ")})
    e = next(e for e in events if e.event == "AGREE")
    assert e.recipient == ["mozambique"]


@pytest.mark.model
def test_the_place_forces_are_sent_to_is_no_recipient_of_a_mobilization(nlp):
    # the first party named after the trigger (the CAMEO coders' target) is, for a MOBILIZE, where the forces go
    events, _table = _code(nlp, "Moscow deployed more warplanes to Syria on Monday.",
                           {"Moscow": ("russia", "country", "RUS"), "Syria": ("syria", "country", "SYR")})
    e = next(e for e in events if e.event == "MOBILIZE")
    assert e.actor == ["russia"]
    assert e.recipient == []


@pytest.mark.model
def test_the_side_forces_are_massed_against_stays_the_recipient(nlp):
    events, _table = _code(nlp, "Moscow massed troops against Ukraine on Monday.",
                           {"Moscow": ("russia", "country", "RUS"), "Ukraine": ("ukraine", "country", "UKR")})
    e = next(e for e in events if e.event == "MOBILIZE")
    assert e.recipient == ["ukraine"]


@pytest.mark.model
def test_the_side_a_mobilization_is_aimed_at_however_deep_its_against_phrase(nlp):
    # "mobilized reservists for a possible war against X": the PLOVER records' target
    events, _table = _code(nlp, "Britain mobilized army reservists for a possible war against Iraq on Tuesday.",
                           {"Britain": ("britain", "country", "GBR"), "Iraq": ("iraq", "country", "IRQ")})
    e = next(e for e in events if e.event == "MOBILIZE")
    assert e.actor == ["britain"]
    assert e.recipient == ["iraq"]
