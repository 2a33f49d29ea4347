"""Session 47, country47 (issue #19): a person's name that spaCy cut at a hyphen ("Moon Jae" of "Moon Jae-in")
is read whole, and a rank the police share with the forces ("officer", "lieutenant", "Cmdr.") is the police's
where the rank's phrase, else its sentence or the one before, names the police and nothing military."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.actors._mentions import _hyphened_end
from newsgraph.records import Document


@pytest.mark.parametrize("text, name_words, end", [
    ("President Moon Jae-in said so.", 3, 5),  # "Moon Jae" + "-in"
    ("Leader Kim Jong-un said so.", 3, 5),
    ("A George Bush-era rule.", 3, 3),  # a modifier's suffix, not a given name
    ("Jay Roe - in short - said so.", 3, 3),  # a dash with spaces
    ("Jay Roe-led talks ended.", 2, 2),  # a long surname and a modifier
])
def test_a_name_cut_at_a_hyphen_ends_after_the_syllable(text, name_words, end):
    toks = list(spacy.blank("en")(text))
    assert _hyphened_end(toks, name_words) == end


def _actor(result, name):
    found = [a for a in result.actors if a.name == name]
    assert found, [(a.name, a.sector) for a in result.actors]
    return found[0]


def test_a_korean_given_name_is_read_whole(extractor):
    result = extractor(Document(text="South Korean President Moon Jae-in met envoys in Seoul on Monday. Moon said "
                                     "talks would go on.", published="2018-05-06"))
    assert _actor(result, "Moon Jae-in").country == "KOR"


@pytest.mark.parametrize("text, name, sector", [
    # the police department before the rank
    ("Los Angeles Police Department Cmdr. Jay Roe said the suspect fled on foot. Roe said officers searched the "
     "area.", "Jay Roe", "COP"),
    # the police the sentence names
    ("Police Chief Kay Doe said his officers arrived within minutes.", "officers", "COP"),
    # a military word in the rank's phrase keeps the forces' sector
    ("Army Capt. Jay Roe said the convoy was attacked near the base. Roe said two soldiers were hurt.", "Jay Roe",
     "MIL"),
])
def test_a_rank_the_police_share_takes_the_body_it_hangs_on(extractor, text, name, sector):
    result = extractor(Document(text=text, published="2019-05-06"))
    assert _actor(result, name).sector == sector


@pytest.mark.parametrize("text, base_name, aliases, renamed", [
    ("Lindsay Graham", "Lindsey Graham", [], "Lindsey Graham"),  # a letter off the first name
    ("Bashir al-Assad", "Bashar al-Assad", [], "Bashar al-Assad"),
    ("Lindsey Graham", "Lindsey Graham", [], None),  # the text spells the base's name
    ("Julian Castro", "Julián Castro", [], None),  # accents alone
    ("Viktor Yanukovich", "Viktor Yanukovych", ["Victor Yanukovich"], None),  # an alias is a letter off: the text's stays
    ("Joan Roe", "John Roe", [], None),  # a short first name may be another's
    ("Lindsay Grahams", "Lindsey Graham", [], None),  # the surname differs
])
def test_a_misspelt_full_name_takes_the_bases_spelling(text, base_name, aliases, renamed):
    from newsgraph.actors._dictionaries import Entry
    from newsgraph.actors._people import _base_spelling

    assert _base_spelling(text, Entry(base_name, aliases=aliases, kind="person")) == renamed


@pytest.mark.parametrize("text, found", [
    ("Lindsay Graham", "Lindsey Graham"),  # the bases' person a letter off
    ("Lindsey Graham", None),  # the bases' own spelling: the look-up's, not this fallback's
    ("Lindsay Grahamm", None),  # no base person bears the surname
])
def test_a_misspelt_full_name_finds_the_bases_person(text, found):
    from newsgraph.actors._people import _misspelt_names

    entry = _misspelt_names(text)
    assert (entry.name if entry else None) == found
