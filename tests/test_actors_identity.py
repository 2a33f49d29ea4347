"""One actor per person or body inside a document (issue #19, "one identity"): the bases' two entries of one
body, a body's shorter name, and an unnamed person's description that the text gave one named person before
(actors/_others.py ``_same_bodies`` and ``_fuller_names``, actors/_identity.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors._dictionaries import Entry
from newsgraph.actors._mentions import Cand
from newsgraph.actors._others import _fuller_names, _linked, _same_bodies


def _entry(name: str, code: str, *aliases: str) -> Entry:
    return Entry(name, [(code, None, None)], list(aliases), "organization")


def test_entries_of_one_code_that_share_a_name_or_the_initials_are_one_body():
    assert _linked(_entry("U.S. Department of Defense", "USAMIL", "Defense Department"),
                   _entry("United States Military", "USAMIL", "Pentagon", "Defense Department"))
    assert _linked(_entry("The Security Council", "IGOUNO"), _entry("UN Security Council", "IGOUNO", "Security Council"))
    assert _linked(_entry("Iaea", "IGOUNOIAE"), _entry("International Atomic Energy Agency", "IGOUNOIAE"))
    # an entry of a family of bodies (many aliases) shares one name with each: not one body with each
    family = _entry("United States Military", "USAMIL", *[f"Command {n}" for n in range(11)], "Joint Chiefs of Staff")
    assert not _linked(_entry("Joint Chiefs of Staff", "USAMIL"), family)
    # one code, no name in common: two bodies of one government
    assert not _linked(_entry("White House", "USAGOV"), _entry("Department of State", "USAGOV", "State Department"))
    # one name, two codes: not the same body
    assert not _linked(_entry("Supreme Court", "USAJUD"), _entry("Supreme Court", "ISRJUD"))


def test_the_text_names_the_first_of_one_bodys_entries():
    dod = _entry("U.S. Department of Defense", "USAMIL", "Defense Department")
    mil = _entry("United States Military", "USAMIL", "Pentagon", "Defense Department")
    state = _entry("Department of State", "USAGOV", "State Department")
    cands = [Cand(0, 1, "Pentagon", "ORG", "organization", entry=mil),
             Cand(5, 7, "Defense Department", "ORG", "organization", entry=dod),
             Cand(9, 11, "State Department", "ORG", "organization", entry=state)]
    assert _same_bodies(cands) == {id(dod): id(mil)}


def test_a_shorter_name_ending_one_longer_name_is_that_body():
    full = Cand(0, 3, "House Judiciary Committee", "ORG", "organization")
    short = Cand(8, 10, "Judiciary Committee", "ORG", "organization")
    company = Cand(12, 14, "Ardisam Inc.", "ORG", "organization")
    bare = Cand(20, 21, "Ardisam", "ORG", "organization")
    assert _fuller_names([full, short, company, bare]) == {id(short): full, id(bare): company}
    # two longer names end so: which one is meant is not sure
    senate = Cand(4, 7, "Senate Judiciary Committee", "ORG", "organization")
    assert id(short) not in _fuller_names([full, senate, short])


# -- with the model ---------------------------------------------------------------------------------
def _actors(nlp, text: str):
    from newsgraph.actors import resolve

    table = resolve(nlp(text), published=dt.date(2014, 5, 1))
    return {a.id: sorted(m.text for m in table.mentions if m.actor == a.id) for a in table.actors}


def _of(actors: dict[str, list[str]], mention: str) -> list[str]:
    return [a for a, ms in actors.items() if mention in ms]


@pytest.mark.model
def test_the_pentagon_and_the_defense_department_are_one_actor_with_the_entries_linked(nlp, monkeypatch):
    from newsgraph.actors import _others

    monkeypatch.setattr(_others, "LINK_ENTRIES", True)
    actors = _actors(nlp, "The Pentagon said on Monday it would send more troops to Poland. The Defense Department "
                          "announced the move after talks with Warsaw.")
    assert _of(actors, "Pentagon") == _of(actors, "Defense Department") != []


@pytest.mark.model
def test_a_definite_description_given_before_to_one_person_is_that_person(nlp):
    actors = _actors(nlp, "White House spokesman Jay Carney expected the talks to go on into the night. Reporters "
                          "asked again. The White House spokesman declined to comment on the report. A White House "
                          "spokesman said later that there was no plan.")
    carney = _of(actors, "Jay Carney")
    assert len(carney) == 1 and actors[carney[0]].count("White House spokesman") == 1
    # the indefinite one may be another spokesman
    assert [a for a, ms in actors.items() if "White House spokesman" in ms and a != carney[0]]


@pytest.mark.model
def test_a_description_two_persons_fit_stays_apart(nlp):
    actors = _actors(nlp, "White House spokesman Jay Carney met White House spokesman Josh Earnest on Monday. "
                          "The White House spokesman declined to comment on the report.")
    described = _of(actors, "White House spokesman")
    assert described and not set(described) & set(_of(actors, "Jay Carney") + _of(actors, "Josh Earnest"))


@pytest.mark.model
def test_a_bare_title_is_left_to_the_title_steps(nlp):
    # "the prime minister" says nothing the title does not: another prime minister may be meant
    actors = _actors(nlp, "Prime Minister Benjamin Netanyahu met Egyptian officials on Monday. Egypt's government "
                          "sent a delegation. The prime minister of Egypt spoke later.")
    assert not [m for m in actors[_of(actors, "Benjamin Netanyahu")[0]] if "Egypt" in m]


@pytest.mark.model
def test_a_definite_kind_of_body_is_the_one_body_of_that_kind_named_before(nlp):
    actors = _actors(nlp, "The National Association of Home Builders said on Monday that sales fell. The trade group "
                          "blamed higher rates. The Global Times said China would respond. The Chinese newspaper "
                          "called the move a provocation.")
    assert "trade group" in actors[_of(actors, "National Association of Home Builders")[0]]
    assert "Chinese newspaper" in actors[_of(actors, "Global Times")[0]]


@pytest.mark.model
def test_a_kind_of_body_two_bodies_fit_stays_apart(nlp):
    actors = _actors(nlp, "The Global Times and the People's Daily said China would respond. The newspaper called "
                          "the move a provocation.")
    assert not [a for a in _of(actors, "Global Times") if "newspaper" in actors[a]]



def test_a_handle_is_the_account_of_the_one_person_whose_names_it_spells():
    from types import SimpleNamespace

    from newsgraph.actors._cluster import Cluster
    from newsgraph.actors._people import merge_handles

    def person(*names: str, start: int, entry: Entry | None = None) -> Cluster:
        cl = Cluster("person")
        cl.cands = [SimpleNamespace(text=n, start=start + k) for k, n in enumerate(names)]
        cl.entry = entry
        return cl

    roe = person("Roe", "Roe", start=0, entry=Entry("Jan K. Roe", [("USAGOV", None, None)], [], "person"))
    lee = person("Ann Lee", start=10)
    handles = [person(h, start=20 + k) for k, h in enumerate(("@realJanRoe", "@AnnLee", "@SenLee", "@nytimes"))]
    clusters = [roe, lee, *handles]
    merge_handles(clusters)
    # the first and last names of the text's or the entry's name, the middle left out
    assert [c.text for c in roe.cands] == ["Roe", "Roe", "@realJanRoe"]
    assert [c.text for c in lee.cands] == ["Ann Lee", "@AnnLee"]
    # a surname alone is too weak; a handle of no one stays apart
    assert clusters == [roe, lee, handles[2], handles[3]]
    # a handle two persons fit is no one's
    two = [person("Jan Roe", start=0), person("Jan Roe", start=5), person("@JanRoe", start=9)]
    merge_handles(two)
    assert len(two) == 3


# -- groups named twice in the same words (no model) ------------------------------------------------------
_POLICE = ("COP", "police", False, "", "")


def _group(iso: str | None, key: tuple, *starts: int):
    from newsgraph.actors._cluster import Cluster

    cl = Cluster("group")
    cl.iso, cl.group_key, cl.extra = iso, key, [(s, s + 1, "title") for s in starts]
    return cl


def test_agents_groups_of_one_noun_placed_in_one_country_are_one():
    from newsgraph.actors._identity import merge_same_groups

    later, first = _group("FRA", _POLICE, 20), _group("FRA", _POLICE, 5, 9)
    merge_same_groups([later, first])
    assert first.extra == [(5, 6, "title"), (9, 10, "title"), (20, 21, "title")] and later.extra == []


def test_groups_of_two_countries_or_of_other_words_stay_apart():
    from newsgraph.actors._identity import merge_same_groups

    groups = [_group("USA", _POLICE, 5), _group("GBR", _POLICE, 20), _group("USA", ("COP", "police", False, "", "riot"), 30),
              _group("USA", None, 40)]
    merge_same_groups(groups)
    assert [len(g.extra) for g in groups] == [1, 1, 1, 1]


def test_an_unplaced_group_joins_the_one_placed_group_of_its_words_and_no_one_of_two():
    from newsgraph.actors._identity import merge_same_groups

    unplaced, placed = _group(None, _POLICE, 2), _group("USA", _POLICE, 10)
    merge_same_groups([unplaced, placed])
    assert unplaced.extra == [] and len(placed.extra) == 2
    groups = [_group(None, _POLICE, 2), _group("USA", _POLICE, 10), _group("GBR", _POLICE, 20)]
    merge_same_groups(groups)
    assert [len(g.extra) for g in groups] == [1, 1, 1]


@pytest.mark.model
def test_a_group_named_again_in_the_same_words_in_its_country_is_one_actor(nlp):
    actors = _actors(nlp, "Police arrested two men on Monday after a shooting at a concert hall. The men were held "
                          "overnight. In Paris, police said the men were armed and had planned the attack for weeks.")
    assert _of(actors, "Police") == _of(actors, "police") != []
    # police of two cities stay two, and the police no sentence placed joins neither
    actors = _actors(nlp, "Police arrested two men on Monday. Police in London and police in New York said they were "
                          "on alert.")
    assert len({*_of(actors, "Police"), *_of(actors, "Police in London"), *_of(actors, "police in New York")}) == 3
