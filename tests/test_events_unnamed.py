"""Argument-only actors (``events._unnamed``): a phrase of people that an event's slot names and the actors
stage made no actor of becomes one, and leaves the table again when no event keeps it."""

from __future__ import annotations

import pytest

from newsgraph.events._unnamed import ArgumentTable
from newsgraph.records import Actor, ActorTable, Event, Mention

from factories import rules_events as _code


def _event(actor: list[str], recipient: list[str]) -> Event:
    return Event(id="e1", event="ASSAULT", span=(0, 10), text="", actor=actor, recipient=recipient)


def test_the_events_stage_table_shares_the_actors_tables_lists():
    base = ActorTable(actors=[Actor("chile", "Chile", "country")],
                      mentions=[Mention("chile", (0, 5), (0, 1), "Chile")])
    grown = ArgumentTable.over(base)
    grown.actors.append(Actor("suspects", "suspects", "group"))
    grown.by_token[3] = "suspects"
    assert base.get("suspects") is not None and base.at_token(3) == "suspects"


def test_argument_only_actors_the_events_keep_join_the_table_and_the_others_leave():
    from newsgraph.events._unnamed import settle

    base = ActorTable(actors=[Actor("chile", "Chile", "country")],
                      mentions=[Mention("chile", (0, 5), (0, 1), "Chile")])
    table = ArgumentTable.over(base)
    for ident, tok in (("kept", 3), ("gone", 5)):
        table.made[ident] = Actor(ident, ident, "group")
        table.made_mentions.append(Mention(ident, (tok * 4, tok * 4 + 3), (tok, tok + 1), ident, kind="title"))
        table.made_at[tok] = ident
    settle(table, [_event(["chile"], ["kept"])])
    assert [a.id for a in base.actors] == ["chile", "kept"]
    assert [m.actor for m in base.mentions] == ["chile", "kept"]
    assert base.at_token(5) is None and base.at_token(3) == "kept" and base.at_token(0) == "chile"


def test_argument_only_actors_are_seen_only_while_the_rules_name_parties():
    table = ArgumentTable.over(ActorTable(actors=[Actor("chile", "Chile", "country")],
                                          mentions=[Mention("chile", (0, 5), (0, 1), "Chile")]))
    table.made["rebels"] = Actor("rebels", "rebels", "group")
    table.made_at[3] = "rebels"
    assert table.at_token(3) is None and table.in_tokens(0, 4) == ["chile"]
    table.naming = True
    assert table.at_token(3) == "rebels" and table.actors_at(3) == ["rebels"]
    assert table.in_tokens(0, 4) == ["chile", "rebels"] and table.get("rebels") is not None


@pytest.mark.model
def test_a_group_an_act_is_done_to_becomes_its_recipient(nlp):
    events, table = _code(nlp, "Police in Paris shot the two suspects on Monday.",
                          {"Paris": ("france", "country", "FRA")})
    e = next(e for e in events if e.event == "ASSAULT")
    made = [table.get(a) for a in e.recipient]
    assert [(a.name, a.kind) for a in made if a is not None] == [("two suspects", "group")]


@pytest.mark.model
def test_people_an_actor_urges_take_the_sentences_country(nlp):
    events, table = _code(nlp, "Chinese President Xi Jinping called on citizens to join the effort.",
                          {"Xi Jinping": ("xi", "person", "CHN")})
    e = next(e for e in events if e.event == "REQUEST")
    assert e.actor == ["xi"]
    citizens = table.get(e.recipient[0]) if e.recipient else None
    assert citizens is not None and (citizens.name, citizens.country, citizens.sector) == ("citizens", "CHN", "CVL")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway called Chile a great trading partner.",  # a name given, no party
    "One of the gunmen killed Chile's ambassador.",  # the one picked out acts, not the group
])
def test_no_actor_is_made_where_the_phrase_is_no_party(nlp, text):
    events, table = _code(nlp, text, {"Norway" if "Norway" in text else "Chile": ("x", "country", None)})
    assert {a.id for a in table.actors} == {"x"}


@pytest.mark.model
def test_the_actors_stages_table_makes_no_argument_actor(nlp):
    from newsgraph.events._unnamed import unnamed_actor

    doc = nlp("Police shot the two suspects.")
    table = ActorTable()
    assert unnamed_actor(doc[4], table) == [] and table.actors == []


@pytest.mark.model
@pytest.mark.parametrize("text, named, kept", [
    ("Germany called on the candidates to end the dispute.", "Germany", True),
    ("Chinese President Xi Jinping warned the public against panic.", "Xi Jinping", False),
])
def test_a_request_keeps_the_people_its_actor_calls_on_only(nlp, text, named, kept):
    events, table = _code(nlp, text, {named: ("x", "country", None)})
    e = next(e for e in events if e.event == "REQUEST")
    assert bool(e.recipient) is kept


@pytest.mark.model
def test_an_argument_only_group_takes_the_sector_of_its_words(nlp):
    events, table = _code(nlp, "Syrian troops attacked armed opposition groups near Aleppo on Monday.",
                          {"Syrian troops": ("syr", "group", "SYR")})
    e = next(e for e in events if e.event == "ASSAULT")
    groups = table.get(e.recipient[0]) if e.recipient else None
    # the guidelines' REB for the armed opposition, not the OPP of "opposition"
    assert groups is not None and (groups.name, groups.country, groups.sector) == ("armed opposition groups", "SYR", "REB")
    events, table = _code(nlp, "Germany called on the candidates to end the dispute.",
                          {"Germany": ("deu", "country", "DEU")})
    candidates = table.get(next(e for e in events if e.event == "REQUEST").recipient[0])
    assert candidates is not None and candidates.sector == "PTY"  # who runs for office holds none yet


@pytest.mark.model
@pytest.mark.parametrize("etype, kept", [("ASSAULT", True), ("ACCUSE", True), ("CONCEDE", False), ("MOBILIZE", False),
                                         ("REQUEST", False)])
def test_a_slot_takes_the_reading_with_argument_only_actors_and_the_decider_the_other(nlp, etype, kept):
    from newsgraph.events._unnamed import name_parties

    doc = nlp("The government shot the protesters.")
    table = ArgumentTable.over(ActorTable(actors=[Actor("gov", "government", "organization")],
                                          mentions=[Mention("gov", (4, 14), (1, 2), "government")]))
    event = Event(id="e1", event=etype, span=(0, 35), text=doc.text, actor=["gov"])

    def reread():  # the rules' reading with ``naming`` on: they make "protesters" the recipient
        assert table.naming
        table.made["protesters"] = Actor("protesters", "protesters", "group")
        return Event(id="e1", event=etype, span=(0, 35), text=doc.text, actor=["gov"], recipient=["protesters"]), None

    name_parties(event, doc[2], table, reread)
    assert not table.naming
    # every type's recipients but a verbal concession's, a mobilization's and a request's (only the people
    # urged or called on: the verb here is no asking verb) are argument-only recipients
    assert event.recipient == (["protesters"] if kept else [])
    assert table.read == ({"e1": (["gov"], [])} if kept else {})


@pytest.mark.model
@pytest.mark.parametrize("text, named, country", [
    ("The United States and other donors condemned the attack on Monday.",
     {"The United States": ("usa", "country", "USA")}, None),  # others like it: of many countries
    ("He urged Moscow and the separatists to honor the ceasefire in Ukraine.",
     {"Moscow": ("rus", "country", "RUS"), "Ukraine": ("ukr", "country", "UKR")}, "UKR"),  # not Moscow's
])
def test_a_group_coordinated_with_a_named_party_is_not_of_its_country(nlp, text, named, country):
    events, table = _code(nlp, text, named)
    made = [a for e in events for a in (*e.actor, *e.recipient) if a not in {i for i, _k, _c in named.values()}]
    assert made and {table.get(a).country for a in made} == {country}


@pytest.mark.model
@pytest.mark.parametrize("text, etype", [
    ("The ministry sued nine farm owners over the new border wall.", "ACCUSE"),
    ("Ruritania released four prisoners on Friday.", "RETREAT"),
])
def test_people_an_act_of_any_type_is_done_to_become_its_recipient(nlp, text, etype):
    named = {"The ministry": ("min", "organization", None)} if "ministry" in text else {
        "Ruritania": ("rur", "country", None)}
    events, table = _code(nlp, text, named)
    e = next(e for e in events if e.event == etype)
    made = [table.get(a) for a in e.recipient]
    assert [a.kind for a in made if a is not None] == ["group"]



@pytest.mark.model
@pytest.mark.parametrize("text, slot, name", [
    ("Ruiz's lawyers accused the prosecutor of misconduct on Tuesday.", "actor", "lawyers"),
    ("Ruiz's critics accused the prosecutor of misconduct on Tuesday.", "actor", "critics"),
    ("Police arrested Ruiz's allies on Monday.", "recipient", "allies"),
])
def test_people_in_a_relation_to_a_possessor_are_a_group_of_their_own(nlp, text, slot, name):
    # neither the possessor (who does not do the act, nor undergo it) nor no one
    events, table = _code(nlp, text, {"Ruiz": ("ruiz", "person", None)})
    parties = [a for e in events for a in getattr(e, slot)]
    assert "ruiz" not in parties
    made = [table.get(a) for a in parties]
    assert [(a.name, a.kind) for a in made if a is not None] == [(name, "group")]


@pytest.mark.model
def test_one_person_in_a_relation_to_a_possessor_makes_no_group(nlp):
    # "his son": one person, whom the text names elsewhere
    events, table = _code(nlp, "Ruiz's son accused the prosecutor of misconduct on Tuesday.",
                          {"Ruiz": ("ruiz", "person", None)})
    assert not [a for a in table.actors if a.kind == "group" or "son" in a.name]


@pytest.mark.model
def test_a_states_allies_are_states_governments(nlp):
    events, table = _code(nlp, "Ruritania's allies condemned the missile launch on Friday.",
                          {"Ruritania": ("rur", "country", None)})
    made = [table.get(a) for e in events for a in e.actor if a != "rur"]
    assert [(a.name, a.sector) for a in made if a is not None] == [("allies", "GOV")]
