"""Session 44, parties44: the parties of events of the right type (issue #17, full F1).

A phrase of people that a state's name or adjective modifies, and that the actors stage made no actor
of, is a party of its own of that state, not the state ("his Russian counterpart", "the Turkish guards":
``events._unnamed.national_people``); a body or a craft so modified stays the state's."""

from __future__ import annotations

import pytest

from newsgraph.events._unnamed import ArgumentTable, national_people
from newsgraph.records import Actor, ActorTable, Mention

from factories import rules_events as _code


def _parties(table, ids: list[str]) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.country) for a in map(table.get, ids) if a is not None]


@pytest.mark.model
def test_a_counterpart_a_demonym_modifies_is_a_person_of_that_state(nlp):
    events, table = _code(nlp, "Secretary Jane Roe and her Russian counterpart announced an agreement on Saturday.",
                          {"Jane Roe": ("roe", "person", "USA"), "Russian": ("russia", "country", "RUS")})
    e = next(e for e in events if e.event == "SUPPORT")
    assert "russia" not in e.actor
    assert ("Russian counterpart", "person", "RUS") in _parties(table, e.actor)


@pytest.mark.model
def test_people_a_demonym_modifies_are_a_group_of_that_state(nlp):
    events, table = _code(nlp, "The gunmen attacked the Turkish guards at the border crossing on Monday.",
                          {"Turkish": ("turkey", "country", "TUR")})
    e = next(e for e in events if e.event == "ASSAULT")
    assert _parties(table, e.recipient) == [("Turkish guards", "group", "TUR")]


@pytest.mark.model
def test_a_body_or_a_craft_a_demonym_modifies_stays_the_state(nlp):
    events, table = _code(nlp, "Rebels attacked Greek banks and a Ukrainian airliner on Monday.",
                          {"Greek": ("greece", "country", "GRC"), "Ukrainian": ("ukraine", "country", "UKR")})
    e = next(e for e in events if e.event == "ASSAULT")
    assert not [p for p in _parties(table, e.recipient) if p[1] != "country"]


@pytest.mark.model
def test_a_state_beside_another_party_makes_no_group(nlp):
    # "Trump administration officials": a party that is no state modifies the phrase, which the rules read
    # as before (the modifiers' actors)
    doc = nlp("Trump administration officials met the envoy.")
    table = ArgumentTable.over(ActorTable(
        actors=[Actor("trump", "Trump", "person", country="USA"), Actor("usa", "United States", "country")],
        mentions=[Mention("trump", (0, 5), (0, 1), "Trump")]))
    table.naming = True
    assert national_people(doc[2], table) == []


@pytest.mark.model
def test_no_group_is_made_while_the_rules_do_not_name_parties(nlp):
    doc = nlp("The gunmen attacked the Turkish guards.")
    start = doc.text.index("Turkish")
    table = ArgumentTable.over(ActorTable(actors=[Actor("turkey", "Turkey", "country", country="TUR")],
                                          mentions=[Mention("turkey", (start, start + 7), (4, 5), "Turkish")]))
    assert national_people(doc[5], table) == []
    table.naming = True
    made = national_people(doc[5], table)
    assert [(table.get(a).name, table.get(a).country) for a in made] == [("Turkish guards", "TUR")]
