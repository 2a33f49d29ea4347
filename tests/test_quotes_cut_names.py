"""Who speaks where the parse cuts the speaker's phrase apart: a title abbreviation cut from its name,
a hyphenated title split into subjects, people owned or counted read a second time, a people's own
plural as the speaker, and the "he" of a sentence that its own subject opens. Invented sentences only."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_a_title_abbreviation_cut_from_the_name_gives_the_name(nlp):
    quotes, table = _quotes(nlp, "“The candidates do not understand the army,” said Army Capt. Luis Ortega, "
                                 "who said he would not vote.")
    said = quotes["The candidates do not understand the army,"]
    assert _name(table, said.speaker) == "Luis Ortega"
    assert said.speaker_text == "Army Capt. Luis Ortega"


@pytest.mark.model
def test_a_hyphenated_title_split_into_subjects_leaves_the_name_as_the_speaker(nlp):
    quotes, table = _quotes(nlp, "On the morning show, co-host Mika Hallorsen asked Kessler whether the "
                                 "tariffs would stay.")
    assert _name(table, quotes["whether the tariffs would stay"].speaker) == "Mika Hallorsen"


@pytest.mark.model
def test_people_counted_among_an_owner_s_stay_the_speaker_when_read_again(nlp):
    from newsgraph.actors import resolve
    from newsgraph.quotes._speaker import speaker_of_phrase

    doc = nlp("Dana Marsh leads the polls. A majority of her backers say the race is hers to lose.")
    table = resolve(doc)
    majority = next(t for t in doc if t.lower_ == "majority")
    first = speaker_of_phrase(doc, table, majority)
    # the quotes stage asks of a cue's subject more than once: the second answer is the first one,
    # not the owner whose pronoun is the phrase's first actor
    assert speaker_of_phrase(doc, table, majority) == first
    assert _name(table, first) == "Dana Marsh's backers"


@pytest.mark.model
def test_a_people_s_adjective_is_part_of_the_owned_people_s_name(nlp):
    quotes, table = _quotes(nlp, "Senator Dana Marsh faces a hard race. Many of her Republican supporters say "
                                 "the primary will be close.")
    speaker = table.get(quotes["the primary will be close"].speaker)
    assert speaker.name == "Dana Marsh's Republican supporters" and speaker.kind == "group"


@pytest.mark.model
def test_a_people_named_by_its_plural_keeps_that_name(nlp):
    quotes, table = _quotes(nlp, "Some Americans say the war must end, and most Iranians said the deal helped them.")
    americans = table.get(quotes["the war must end"].speaker)
    assert (americans.name, americans.kind, americans.country, americans.sector) == ("Americans", "group", "USA", "CVL")
    assert _name(table, quotes["the deal helped them"].speaker) == "Iranians"


@pytest.mark.model
def test_he_is_the_one_who_opens_his_own_sentence(nlp):
    text = ("Sam Kessler said the plan was dead. Tom Fallon fired back: “As a friend of the party,” he wrote, "
            "“we know you want it to pass.”")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the plan was dead"].speaker) == "Sam Kessler"
    assert _name(table, quotes["we know you want it to pass."].speaker) == "Tom Fallon"


@pytest.mark.model
def test_a_people_named_by_a_noun_of_the_whole_keeps_the_text_s_words(nlp):
    from newsgraph.actors import resolve

    table = resolve(nlp("The Iranian people want change, the minister said, and Egyptian citizens marched on Friday."))
    people = {a.name: (a.kind, a.country, a.sector) for a in table.actors if a.sector == "CVL"}
    assert people.get("Iranian people") == ("group", "IRN", "CVL"), people
    assert people.get("Egyptian citizens") == ("group", "EGY", "CVL"), people
