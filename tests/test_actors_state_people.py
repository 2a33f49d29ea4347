"""One person named by a US state's office or walk of life ("the New Jersey governor", "an Iowa voter") is
an actor of its own named in the text's words (corpus/GUIDELINES.md, section 1: a generic actor keeps the
text's words), not the United States' government, business or civilians; and a misspelt surname joins a
person only when the two words are close for their length."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import resolve
from newsgraph.actors._people import _misspelling, fuzzy_person

DAY = dt.date(2016, 2, 4)


def test_two_edits_are_a_misspelling_only_between_long_surnames():
    assert _misspelling("khalizad", "khalilzad") == 2  # long words: two edits allowed
    assert _misspelling("francis", "franco") == 1  # one short word: "Franco" is not "Francis" misspelt
    assert fuzzy_person("khalizad", {"khalilzad"})
    assert not fuzzy_person("francis", {"franco"})
    assert fuzzy_person("francos", {"franco"})  # one edit still joins


def speaker_names(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    table = resolve(nlp(text), published=DAY)
    return {a.name: (a.kind, a.sector) for a in table.actors}


@pytest.mark.model
@pytest.mark.parametrize("text,name,kind", [
    ("The New Jersey governor said he would not run again. Voters were unsurprised.", "New Jersey governor",
     "person"),
    ("An Iowa voter said the debate changed her mind.", "Iowa voter", "person"),
    ("The New York businessman said he would self-fund his campaign.", "New York businessman", "person"),
])
def test_a_us_states_office_or_walk_of_life_is_one_person_in_the_texts_words(nlp, text, name, kind):
    actors = speaker_names(nlp, text)
    assert name in actors and actors[name][0] == kind
    assert "United States government" not in actors and "United States civilians" not in actors


@pytest.mark.model
def test_two_states_governors_are_two_people(nlp):
    actors = speaker_names(nlp, "The Ohio governor met the Texas governor in Dallas on Monday.")
    assert {"Ohio governor", "Texas governor"} <= set(actors)


@pytest.mark.model
def test_a_states_office_with_a_holder_named_before_stays_the_holders(nlp):
    # the description refers back to the senator named before: no person of its own
    text = ("Sen. Lindsey Graham of South Carolina spoke on Monday. The South Carolina senator said the bill "
            "would fail.")
    actors = speaker_names(nlp, text)
    assert "South Carolina senator" not in actors and "Lindsey Graham" in actors


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ohio's next governor will face a deficit, the report said.",  # no holder yet
    "The American ambassador said the talks would resume.",  # a country's own office, not a state's
])
def test_a_next_holder_and_a_national_office_stay_the_governments(nlp, text):
    actors = speaker_names(nlp, text)
    assert [name for name, (kind, _sector) in actors.items() if kind == "person"] == []
    assert "United States government" in actors
