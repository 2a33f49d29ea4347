"""One person named by a country's or a US state's office or walk of life ("the British ambassador", "the
New Jersey governor", "an Iowa voter") is an actor of its own named in the text's words (corpus/GUIDELINES.md,
section 1: a generic actor keeps the text's words), not the government, business or civilians; the capital
left alone once that person is split off is no actor; and a misspelt surname joins a person only when the
two words are close for their length."""

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
    "The American president said the talks would resume.",  # a head of state by the title alone
])
def test_a_next_holder_and_a_head_of_state_stay_the_governments(nlp, text):
    actors = speaker_names(nlp, text)
    assert [name for name, (kind, _sector) in actors.items() if kind == "person"] == []
    assert "United States government" in actors


@pytest.mark.model
@pytest.mark.parametrize("text,name,gone", [
    ("The British ambassador said the talks would resume.", "British ambassador", "United Kingdom government"),
    ("An Iranian activist said the protests would go on.", "Iranian activist", "Iran civilians"),
])
def test_a_countrys_office_or_walk_of_life_is_one_person_in_the_texts_words(nlp, text, name, gone):
    actors = speaker_names(nlp, text)
    assert name in actors and actors[name][0] == "person"
    assert gone not in actors


@pytest.mark.model
def test_a_head_of_state_by_title_is_the_holder_named_before(nlp):
    text = ("French President Emmanuel Macron arrived in Berlin on Monday. The French president said the "
            "talks would resume.")
    actors = speaker_names(nlp, text)
    assert "Emmanuel Macron" in actors
    assert [name for name, (kind, _sector) in actors.items() if kind == "person"] == ["Emmanuel Macron"]


@pytest.mark.model
def test_the_capital_left_once_the_office_is_one_person_is_no_actor(nlp):
    # the ambassador is one person; the capital, read as the government only beside the office, is a place
    text = "The Israeli ambassador in Jerusalem said the talks would resume on Monday."
    actors = speaker_names(nlp, text)
    assert "Israeli ambassador" in actors
    assert "Israel government" not in actors


@pytest.mark.model
def test_a_countrys_office_with_a_holder_named_before_stays_the_holders(nlp):
    text = ("Israeli Ambassador Jane Roe spoke in New York on Monday. The Israeli ambassador said the vote "
            "would fail.")
    actors = speaker_names(nlp, text)
    assert "Israeli ambassador" not in actors and "Jane Roe" in actors


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The carrier said an Indonesian commander and a French co-pilot flew the jet.",  # another person's office
    "Reporters heard from a deputy Russian foreign minister on Tuesday.",  # the office's own word
])
def test_a_person_named_by_an_office_takes_no_title_from_the_words_beside_it(nlp, text):
    from newsgraph.roles import extract_roles

    doc = nlp(text)
    table = resolve(doc, published=DAY)
    assert [r.title for r in extract_roles(doc, actors=table)] == []
