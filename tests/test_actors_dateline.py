"""A story's dateline as the country of what its text leaves unplaced (actors/_dateline.py, issue #19)."""

from __future__ import annotations

from newsgraph.actors import resolve
from newsgraph.actors._dateline import dateline_country, headline_country
from newsgraph.actors._dictionaries import bundled
from newsgraph.ingest._furniture import mask


def test_the_dateline_country_is_its_region_else_its_place():
    B = bundled()
    text = "OSLO (Wire) — Ferries stopped on Monday."
    assert dateline_country(text, B) == ("NOR", text.index("Ferries"))
    assert dateline_country("SPRINGFIELD, Ill. — A plant closed.", B)[0] == "USA"
    assert dateline_country("LIMASSOL, Cyprus (Wire) -- Boats came in.", B)[0] == "CYP"
    # a headline and a blank line before it
    assert dateline_country("Ferries stop for a week\n\nOSLO — Ferries stopped.", B)[0] == "NOR"


def test_a_line_whose_words_are_no_place_is_no_dateline():
    B = bundled()
    assert dateline_country("FILE - A ferry in port.", B) is None
    assert dateline_country("Jay Roe -- a profile of the ferry captain.", B) is None
    assert dateline_country("Ferries stopped in Oslo on Monday. Police said the port was shut.", B) is None
    assert dateline_country(None, B) is None
    # a headline's words before a dash: a dateline's place is in capitals or credited to a wire
    assert dateline_country("Oslo - a city of ferries\n\nFerries stopped.", B) is None
    assert dateline_country("Oslo (Wire) - Ferries stopped.", B)[0] == "NOR"
    # far down the text: a line of the story, not where it was filed
    assert dateline_country("Ferries stopped. " * 50 + "\n\nOSLO — Later news.", B) is None


def test_the_headline_country_is_the_one_country_it_names():
    B = bundled()
    assert headline_country("Floods cut roads across Norway", B) == "NOR"
    assert headline_country("Oslo ferry strike: owners say trade has stopped", B) == "NOR"
    assert headline_country("Norwegian ferries stay in port", B) == "NOR"
    assert headline_country("Norway\u2019s ferry strike ends", B) == "NOR"
    assert headline_country("U.S. ferry strike ends in Oslo", B) is None  # two countries
    assert headline_country("US-Norway talks resume", B) is None
    assert headline_country("Ferry strike ends after a week", B) is None
    assert headline_country(None, B) is None
    # a place's name that the bases hold as an actor of another country: that actor, not the place
    assert headline_country("Obama visits a ferry yard", B) is None
    assert headline_country("Obama visits Oslo", B) == "NOR"


def _resolve(nlp, text: str, *, dated: bool = True, title: str | None = None):
    masked = mask(text)  # as the pipeline parses it: the dateline blanked
    doc = nlp(masked)
    return doc, resolve(doc, text=text if dated else None, title=title)


def _country(doc, table, word: str):
    tok = next(t for t in doc if t.text == word)
    actor = table.get(table.at_token(tok.i))
    return actor.country if actor is not None else "no actor"


STORY = ("OSLO (Wire) — Police said on Monday that the ferries would stay in port for a week.\n\n"
         "Jay Roe, who runs a fish shop by the harbour, said trade had stopped.\n\n"
         "Marta Lind, a spokeswoman for the United Nations refugee agency, said the closure was regrettable.\n\n"
         "The boats were old.\n\nTheir owners were angry.\n\n"
         "Protesters gathered at the harbour on Tuesday.")


def test_agents_of_a_datelined_story_first_paragraphs_take_its_country(nlp):
    doc, table = _resolve(nlp, STORY)
    assert _country(doc, table, "Police") == "NOR"
    # further on, a story's agents are as often abroad: left open
    assert _country(doc, table, "Protesters") is None
    doc, table = _resolve(nlp, STORY, dated=False)
    assert _country(doc, table, "Police") is None


def test_a_person_nothing_places_takes_the_dateline_country_not_an_international_body_s(nlp):
    doc, table = _resolve(nlp, STORY)
    assert _country(doc, table, "Roe") == "NOR"
    assert _country(doc, table, "Lind") is None


HEADLINED = ("Ferries stayed in port across Norway on Monday, and Norwegian fishing boats stayed with them.\n\n"
             "Jay Roe, who runs a fish shop by the harbour, said trade had stopped.\n\n"
             "Marta Lind, a spokeswoman for the United Nations refugee agency, said the closure was regrettable.")


def test_without_a_dateline_a_person_nothing_places_takes_the_headline_country(nlp):
    doc, table = _resolve(nlp, HEADLINED, title="Ferry strike in Norway enters its second week")
    assert _country(doc, table, "Roe") == "NOR"
    assert _country(doc, table, "Lind") is None
    # a headline naming two countries, or none, places no one
    doc, table = _resolve(nlp, HEADLINED, title="Norway and Sweden ferry strike enters its second week")
    assert _country(doc, table, "Roe") is None
    doc, table = _resolve(nlp, HEADLINED)
    assert _country(doc, table, "Roe") is None


def test_a_headline_country_the_text_names_less_than_another_places_no_one(nlp):
    text = HEADLINED.replace("Norway on Monday, and Norwegian", "Sweden on Monday, and Swedish")
    doc, table = _resolve(nlp, text, title="Ferry strike in Norway enters its second week")
    assert _country(doc, table, "Roe") is None


# Halvorsen is told before the text names Norway: a sentence before that names it would place a titled
# person (``_link.place_by_earlier_sentences``), which is other evidence than the headline's
HEADED = ("Police said on Monday that the ferries would stay in port for a week.\n\n"
          "Jay Roe, who runs a fish shop by the harbour, said trade had stopped.\n\n"
          "Halvorsen, a fisherman, said on Tuesday that the boats were old.\n\n"
          "The strike is the longest in Norway since 1990, and Norwegian owners are angry.\n\n"
          "Their owners were angry.\n\nProtesters gathered at the harbour on Tuesday.")


def test_a_headline_places_the_persons_named_in_full_and_no_agent(nlp):
    doc, table = _resolve(nlp, HEADED, title="Ferry strike in Norway enters its second week")
    # a generic actor's country is not guessed from the story's main country, unlike a dateline's
    assert _country(doc, table, "Police") is None and _country(doc, table, "Protesters") is None
    assert _country(doc, table, "Roe") == "NOR"
    # a one-word name: a headline, which says less than a dateline, leaves it open
    one = table.get(table.at_token(next(t.i for t in doc if t.text == "Halvorsen")))
    assert one is not None and one.kind == "person" and one.country is None
    doc, table = _resolve(nlp, HEADED)
    assert _country(doc, table, "Police") is None
