"""Classes of the fresh-news precision audit of session 43 (issue #17, precision): to concede a point
("conceded that his party's hands were tied") is a statement, no concession (events/__init__.py:
_grants_point; its parse cases sit with session 42's word readings in test_events_prec42.py); an attack
whose every party is in politics (a senator, a minister, a party's legislators) is a criticism, not
violence (_political_quarrel); a party's own measure under the verb of a plan ("plans
to impose tariffs", "planned to demonstrate") is that act to come, not a threat (_planned_own).
Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.records import ActorTable

from factories import actor


@pytest.mark.model
def test_a_conceded_point_gives_no_concede(extractor):
    from newsgraph.records import Document

    text = "The minister conceded that the port tax needed another look before the spring session."
    events = extractor(Document(text=text, published="2020-03-02")).events
    assert not any(e.event == "CONCEDE" for e in events)


def _parties(*specs) -> ActorTable:
    return ActorTable(actors=[actor(aid, aid, kind, sector=sector) for aid, kind, sector in specs])


@pytest.mark.parametrize(("actors", "recipients", "quarrel"), [
    (["speaker"], ["minister"], True),  # a legislator and a minister
    (["republicans"], ["judge"], True),  # a party's legislators and a judge
    (["speaker"], ["caucus"], True),  # a caucus is its legislators
    (["former-senator"], ["minister"], True),
    (["gunmen"], ["minister"], False),  # armed men attack anyone
    (["army"], ["rebels"], False),
    (["minister"], ["protesters"], False),
    (["state"], ["minister"], False),  # a state's attack is its forces'
    (["speaker"], [], False),  # no one attacked: nothing to say it is words
    (["speaker"], ["unknown"], False),
])
def test_an_attack_between_politicians_is_a_quarrel(actors, recipients, quarrel):
    from newsgraph.events import _political_quarrel

    table = _parties(("speaker", "person", "LEG"), ("minister", "person", "GOV"), ("judge", "person", "JUD"),
                     ("former-senator", "person", "ELI"), ("republicans", "group", "LEG"),
                     ("caucus", "organization", "LEG"), ("gunmen", "group", "UAF"), ("army", "organization", "MIL"),
                     ("rebels", "group", "REB"), ("protesters", "group", "CVL"), ("state", "country", None))
    assert _political_quarrel(actors, recipients, table) is quarrel


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "gone"), [
    ("Senator Mary Jones attacked Attorney General Tom Reed during a hearing on Tuesday.", "ACCUSE", "ASSAULT"),
    ("Republican senators have been attacking Ambassador Jane Doe since her appearance on Sunday.", "ACCUSE",
     "ASSAULT"),
    ("Gunmen attacked Senator Mary Jones outside her office on Tuesday, wounding two of her aides.",
     "ASSAULT", None),
])
def test_an_attack_by_a_senator_on_a_minister_is_a_criticism(extractor, text, etype, gone):
    from newsgraph.records import Document

    events = extractor(Document(text=text, published="2020-03-02")).events
    assert any(e.event == etype and e.trigger["text"].startswith("attack") for e in events)
    assert gone is None or not any(e.event == gone for e in events)


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "word"), [
    ("The government plans to impose new tariffs on steel imports from Ruritania next month.", "SANCTION",
     "impose"),
    ("Organisers had planned to demonstrate outside the ministry on Friday.", "PROTEST", "demonstrate"),
    ("Ruritania and Freedonia each planned to deploy two ships to the strait.", "MOBILIZE", "deploy"),
])
def test_a_planned_own_measure_is_the_act_to_come(nlp, text, etype, word):
    from test_events_told_acts import candidates

    found = candidates(nlp, text)
    e = next(x for x in found if x.event == etype)
    assert e.trigger["text"] == word and e.modality == "future"
    assert not [x for x in found if x.event == "THREATEN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ruritania plans to impose restrictions on the labour market for Freedonia's workers.",  # PLOVER: a threat
    "The general vowed to impose new tariffs on Ruritania's steel.",  # a vow stays the threat
])
def test_a_planned_restriction_or_a_vow_stays_a_threat(nlp, text):
    from test_events_told_acts import candidates

    assert [x for x in candidates(nlp, text) if x.event == "THREATEN"]
