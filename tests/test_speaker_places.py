"""The speakers the quotes stage names by a description ("congressional investigators said", "local media
said"), which the actors stage never saw, placed with the evidence the actors stage reads for an unnamed
agent (issue 19): the US Congress's word, else the country their sentence or the sentence before in their
paragraph names, for a noun with a sector; a noun of no sector, or a sentence that names no country,
places no one.

Every sentence is invented."""

from __future__ import annotations

import pytest

from newsgraph.records import Document


def speaker(extractor, text, part):
    result = extractor(Document(text=text, published="2019-06-01"))
    hits = [a for a in result.actors if part.lower() in a.name.lower()]
    assert hits, [(a.name, a.country, a.sector) for a in result.actors]
    return hits[0]


@pytest.mark.model
def test_congressional_speakers_are_the_us_congresss(extractor):
    a = speaker(extractor, "Congressional investigators said the agency had withheld documents for months.",
                "investigators")
    assert (a.country, a.sector) == ("USA", "LEG")


@pytest.mark.model
def test_a_described_speaker_takes_the_country_of_the_sentence_before_in_its_paragraph(extractor):
    text = "Israeli jets struck a school in Gaza on Monday. Local media said at least four children were killed."
    assert speaker(extractor, text, "local media").country == "PSE"


@pytest.mark.model
def test_a_new_paragraph_does_not_carry_the_country(extractor):
    text = "Israeli jets struck a school in Gaza on Monday.\n\nLocal media said at least four children were killed."
    assert speaker(extractor, text, "local media").country is None


@pytest.mark.model
def test_no_country_word_places_no_speaker(extractor):
    # the story's main country is no evidence of an unnamed speaker's (corpus/GUIDELINES.md)
    assert speaker(extractor, "A defense lobbyist said the budget would pass.", "lobbyist").country is None


@pytest.mark.model
def test_a_speaker_of_no_sector_is_not_placed_by_its_sentence(extractor):
    text = "Kenyan police arrested two men on Monday. Neighbors said the men had lived there for years."
    assert speaker(extractor, text, "neighbors").country is None
