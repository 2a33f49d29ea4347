"""A state's body named in each story's own word for the state ("Syrian government", "U.S. military") is one
identity across the store's documents, as it was under the actors stage's name ("Syria government"); a body
named so that is not the state's own (a US state's legislature) keeps its own name (session 44, lead; issue #19,
one identity)."""

from __future__ import annotations

import pytest

from newsgraph.records import Document, Result
from newsgraph.store import open_store
from newsgraph.store._identity import IdentityIndex, profile_of, state_body_key

from factories import actor, event, when


@pytest.mark.parametrize("name, ident, country, sector, key", [
    ("Syrian government", "syria-government", "SYR", "GOV", "syria government"),
    ("U.S. military", "united-states-military-2", "USA", "MIL", "united states military"),
    ("American military", "united-states-military", "USA", "MIL", "united states military"),
    ("Syria government", "syria-government", "SYR", "GOV", "syria government"),
    ("Kansas legislature", "kansas-legislature", "USA", "LEG", None),  # a body of its own
    ("Syrian government", "syrian-rebels", "SYR", "GOV", None),  # an id the stage gave another name
    ("Syrian army", "syria-military", "SYR", "MIL", None),  # not the sector's label
])
def test_the_key_of_a_state_body_is_the_stages_own_name(name, ident, country, sector, key):
    assert state_body_key(name, ident, "organization", country, sector) == key


def _story(text, name, local, *, published="2019-03-04"):
    doc = Document(text=text, published=published, title="A story", source=f"{local}-{len(text)}.txt")
    acted = event("e1", "ASSAULT", text, actor=[local], recipient=["rebels"], date=when(published))
    return Result(document=doc, actors=[actor(local, name, "organization", country="SYR", sector="GOV", mentions=2),
                                        actor("rebels", "Syrian rebels", "group", country="SYR", sector="REB")],
                  events=[acted])


def test_one_states_government_in_three_wordings_is_one_identity(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        store.add(_story("The Syria government shelled the rebels.", "Syria government", "syria-government"))
        store.add(_story("The Syrian government shelled the rebels again.", "Syrian government", "syria-government",
                         published="2019-03-05"))
        store.add(_story("Syria's government, which the story calls Syrian, struck.", "Syrian government",
                         "syria-government-2", published="2019-03-06"))
        [ident] = store.find_actors("Syrian government")
        assert store.actor(ident)["documents"] == 3
        assert [r["merged_by"] for r in store.actor_records(ident)] == [None, "name", "name"]


def test_the_parquet_writers_index_joins_them_too():
    index = IdentityIndex()
    first, _ = index.add("syria-government", profile_of({"id": "syria-government", "name": "Syrian government",
                                                         "kind": "organization", "country": "SYR", "sector": "GOV"}))
    second, how = index.add("syria-government", profile_of({"id": "syria-government-2", "name": "Syria government",
                                                             "kind": "organization", "country": "SYR", "sector": "GOV"}))
    assert second == first and how == "name"
