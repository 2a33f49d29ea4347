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


def _parties(nlp, text: str, named: dict[str, tuple[str, str, str | None]], etype: str) -> tuple[list, list]:
    """(actor, recipient) of the rules' first event of ``etype`` in ``text``."""
    events, _table = _code(nlp, text, named)
    e = next(e for e in events if e.event == etype)
    return e.actor, e.recipient


_MOSCOW = {"Moscow": ("russia", "country", "RUS"), "Syria": ("syria", "country", "SYR"),
           "Ukraine": ("ukraine", "country", "UKR")}


@pytest.mark.model
def test_the_parties_of_a_proposition_agreed_are_no_recipient(nlp):
    assert _parties(nlp, "The two leaders agreed on Sunday that Serbia's borders must be respected.",
                    {"two leaders": ("leaders", "group", None), "Serbia": ("serbia", "country", "SRB")},
                    "AGREE") == (["leaders"], [])


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
    assert _parties(nlp, "The FBI is investigating whether Ivan Petrov funneled money to the Rifle Association.",
                    {"FBI": ("fbi", "organization", "USA"), "Ivan Petrov": ("petrov", "person", "RUS"),
                     "Rifle Association": ("nra", "organization", "USA")}, "ACCUSE") == (["fbi"], ["petrov"])


@pytest.mark.model
def test_a_clause_with_no_named_subject_still_gives_its_preposition_party(nlp):
    # "promised to continue aid to X": the clause has no subject of its own; its "to" party stays
    assert _parties(nlp, "Japan promised to continue its aid to Mozambique next year.",
                    {"Japan": ("japan", "country", "JPN"), "Mozambique": ("mozambique", "country", "MOZ")},
                    "AGREE")[1] == ["mozambique"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "recipient"), [
    # the first party named after the trigger (the CAMEO coders' target) is where the forces go
    ("Moscow deployed more warplanes to Syria on Monday.", []),
    # the side they are aimed at stays, however deep its "against" phrase (the PLOVER records' targets)
    ("Moscow massed troops against Ukraine on Monday.", ["ukraine"]),
    ("Moscow mobilized army reservists for a possible war against Ukraine on Tuesday.", ["ukraine"]),
])
def test_a_mobilization_is_aimed_at_the_side_against_it_not_where_its_forces_go(nlp, text, recipient):
    assert _parties(nlp, text, {w: v for w, v in _MOSCOW.items() if w in text}, "MOBILIZE") == (["russia"], recipient)
