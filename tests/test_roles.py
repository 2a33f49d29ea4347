"""Roles: titles before names, appositions, predicates, ends and successions; the sample's roles."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.roles import extract_roles
from newsgraph.roles._titles import country_code, normalise_title

from factories import timex


def test_normalise_title():
    assert normalise_title("the deputy special representative for Afghanistan") == \
        "Deputy Special Representative for Afghanistan"


@pytest.mark.parametrize("name,code", [("US", "USA"), ("Afghan", "AFG"), ("France", "FRA"), ("Iraqi", "IRQ")])
def test_country_code(name, code):
    assert country_code(name) == code


def _roles(nlp, text, *, timexes=(), published=dt.date(2022, 3, 2)):
    from newsgraph.actors import resolve

    doc = nlp(text)
    table = resolve(doc)
    roles = extract_roles(doc, actors=table, timexes=list(timexes), events=[], published=published)

    def holder(role):
        a = table.get(role.actor)
        return (a.name if a else role.actor).lower()

    return [(holder(r), r) for r in roles]


def _find(roles, who, title):
    return [r for name, r in roles if who in name and title.lower() in r.title.lower()]


@pytest.mark.model
def test_title_before_name(nlp):
    roles = _roles(nlp, "French President Emmanuel Macron met Secretary of State Antony Blinken in Paris.")
    [macron] = _find(roles, "macron", "President")
    assert macron.country == "FRA" and macron.status == "current"
    assert _find(roles, "blinken", "Secretary of State")


def test_abbreviated_titles_read_as_the_title():
    from newsgraph.roles._titles import expand_abbreviation, is_title_head, is_title_word

    assert normalise_title("Lt. Gen.") == "Lieutenant General" and normalise_title("Sen.") == "Senator"
    assert expand_abbreviation("Rep.") == "representative" and expand_abbreviation("rep.") is None
    assert expand_abbreviation("Sen") is None  # without its full stop it is not the abbreviation
    assert is_title_head("Gov.") and is_title_head("Maj.") and not is_title_head("major")
    assert is_title_word("Lt.") and not is_title_word("Mr.")


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, status", [
    ("Sen. Lindsey Graham (R-S.C.) said he would vote no.", "graham", "Senator", "current"),
    ("Rep. Steve Israel, a New York Democrat, said no.", "israel", "Representative", "current"),
    ("Col. Andriy Lysenko said the troops had left.", "lysenko", "Colonel", "current"),
    ("Retired Lt. Gen. Mark Hertling said it.", "hertling", "Lieutenant General", "former"),
])
def test_abbreviated_title_before_name(nlp, text, who, title, status):
    roles = _roles(nlp, text)
    found = _find(roles, who, title)
    assert found and found[0].status == status, roles


@pytest.mark.model
def test_apposition(nlp):
    roles = _roles(nlp, "The talks were led by Wendy Sherman, the deputy secretary of state, on Monday.")
    assert _find(roles, "sherman", "Deputy Secretary of State")


@pytest.mark.model
def test_served_as_gives_former_roles(nlp):
    roles = _roles(nlp, "Ryan Crocker has served as US Ambassador to Syria, Ambassador to Lebanon and Kuwait.")
    for place in ("Syria", "Lebanon", "Kuwait"):
        found = _find(roles, "crocker", place)
        assert found and all(r.status == "former" for r in found), place


@pytest.mark.model
def test_resignation_ends_the_role_on_its_effective_date(nlp):
    text = ("British Foreign Secretary Mark Dunne tendered his resignation on Monday. "
            "His departure from the post of Foreign Secretary comes into effect on Friday.")
    friday = text.index("Friday")
    monday = text.index("Monday")
    timexes = [timex("Monday", "2022-02-28", start=monday), timex("Friday", "2022-03-04", start=friday)]
    roles = _roles(nlp, text, timexes=timexes)
    found = _find(roles, "dunne", "Foreign Secretary")
    assert found and found[0].end == "2022-03-04"


@pytest.mark.model
def test_successor_takes_the_role(nlp):
    text = ("Envoy Mark Dunne resigned on Monday. The deputy envoy, Lisa Brown, would now fulfill "
            "the role of Dunne.")
    roles = _roles(nlp, text)
    brown = [r for name, r in roles if "brown" in name and r.status in ("acting", "incoming")]
    assert brown and "envoy" in brown[0].title.lower()


# -- the sample ---------------------------------------------------------------------------------
def _match(result, who, title, **fields):
    def names(actor_id):
        a = result.actor(actor_id)
        return [a.name.lower(), *(x.lower() for x in a.aliases), a.id] if a else [str(actor_id)]

    out = []
    for r in result.roles:
        if any(who in n for n in names(r.actor)) and title.lower() in r.title.lower():
            if all(r.to_dict()[k] in (v if isinstance(v, (list, tuple)) else [v]) for k, v in fields.items()):
                out.append(r)
    return out


@pytest.mark.model
@pytest.mark.parametrize("who,title,fields", [
    ("thomas west", "special representative", {"status": ["acting", "incoming", "current"]}),
    ("blinken", "secretary of state", {}),
    ("ghani", "president", {}),
    ("khalilzad", "united nations", {"status": "former"}),
    ("khalilzad", "iraq", {"status": "former"}),
])
def test_sample_roles(sample_result, who, title, fields):
    assert _match(sample_result, who, title, **fields), [(r.actor, r.title, r.status) for r in sample_result.roles]


@pytest.mark.model
def test_sample_khalilzad_role_ends_with_the_resignation(sample_result):
    if not sample_result.timexes:
        pytest.skip("the time stage tagged no timexes: end dates come from them")
    assert _match(sample_result, "khalilzad", "special representative", end=["2021-10-18", "2021-10-19"])
