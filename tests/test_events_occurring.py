"""An event noun told as having taken place (issue #17 recall, session 36): "the talks broke down in May",
"the chemical attack killed 80 people". With no party named such a noun was no candidate (a bare noun);
dated by a modifier of its own ("Friday's shooting") it is one, judged apart by the decider
(``events.OCCURRING_P``), with its own date and modality (session 37); as the subject of a verb of
beginning, going on, ending or doing harm, behind the switch ``events.OCCURRING_TOLD``. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import word_token as _word

from newsgraph import events
from newsgraph.events._coding import CODING
from newsgraph.events._occurring import told_as_occurring

from test_events_told_acts import candidates


def test_the_verbs_of_occurring():
    words = CODING.words["occurring"]
    assert {"begin", "end", "collapse", "break", "take", "kill", "last"} <= words
    # verbs that tell what is said or thought of an event, not that it took place
    assert not {"say", "be", "come", "seem", "show", "include"} & words


@pytest.mark.parametrize(("text", "word"), [
    ("The trade talks broke down in May.", "talks"),
    ("The chemical attack killed 80 people on Tuesday.", "attack"),
    ("Negotiations began on Monday in Geneva.", "Negotiations"),
    ("The clashes lasted more than an hour.", "clashes"),
    ("The official talks took place in Vienna.", "talks"),
])
def test_a_noun_told_as_having_taken_place(nlp, text, word):
    assert told_as_occurring(_word(nlp(text), word))


@pytest.mark.parametrize(("text", "word"), [
    ("Such attacks happen all over the world.", "attacks"),  # a kind, not one occurrence
    ("If talks fail, Congress will act.", "talks"),  # a condition
    ("A strike could happen at any time.", "strike"),  # told as possible
    ("The talks did not begin on Monday.", "talks"),  # denied
    ("The break in the talks lasted a week.", "talks"),  # not the verb's subject
    ("The talks broke a long silence.", "talks"),  # "break" with no particle: no ending told
    ("The attack took hours to plan.", "attack"),  # "take" with no "place"
    ("The talks were a failure.", "talks"),  # a copula tells what it was, not that it took place
])
def test_no_occurrence_told(nlp, text, word):
    assert not told_as_occurring(_word(nlp(text), word))


def test_an_occurrence_with_no_party_is_a_candidate_behind_its_switch(nlp, monkeypatch):
    assert not [e for e in candidates(nlp, "The trade talks broke down in May.") if e.trigger["text"] == "talks"]
    monkeypatch.setattr(events, "OCCURRING_TOLD", True)
    found = candidates(nlp, "The trade talks broke down in May.")
    assert [(e.event, e.trigger["text"]) for e in found] == [("CONSULT", "talks")]


def test_no_candidate_without_the_rule(nlp, monkeypatch):
    monkeypatch.setattr(events, "OCCURRING_TOLD", True)
    monkeypatch.setattr(events, "OCCURRING_P", None)
    found = candidates(nlp, "The trade talks broke down in May.")
    assert not [e for e in found if e.trigger["text"] == "talks"]


def _timex(text, words, value):
    from newsgraph.records import Timex

    at = text.index(words)
    return Timex(words, "DATE", value, (at, at + len(words)))


def _noun_candidate(nlp, text, word, timexes, published):
    from newsgraph.events import code

    from test_events import _table

    doc = nlp(text)
    collected: list = []
    code(doc, actors=_table(doc), timexes=timexes, published=published, collect=collected)
    return next(e for e, _names, _parts in collected if e.trigger["text"] == word)


@pytest.mark.parametrize(("text", "word", "mark"), [
    ("Friday's shooting left three people dead.", "shooting", "Friday"),
    ("Officials said the Aug. 21 attack was a crime.", "attack", "Aug."),
    ("Recent attacks alarmed the ministry.", "attacks", None),  # a relative word names no day
    ("Such weekly protests worry the mayor.", "protests", None),  # a kind
])
def test_the_date_modifier_of_an_event_noun(nlp, text, word, mark):
    from newsgraph.events._occurring import date_modifier

    found = date_modifier(_word(nlp(text), word))
    assert (found.text if found is not None else None) == mark


@pytest.mark.model
def test_a_dated_noun_takes_its_own_date_and_modality_not_its_clauses(nlp):
    # the saying is dated Monday; the attack, governed by the saying's clause, by its own modifier
    text = "The minister said on Monday that the Aug. 21 attack was a crime."
    timexes = [_timex(text, "on Monday", "2013-09-16"), _timex(text, "Aug. 21", "2013-08-21")]
    event = _noun_candidate(nlp, text, "attack", timexes, "2013-09-19")
    assert event.event == "ASSAULT" and event.date["value"] == "2013-08-21" and event.date["source"] == "timex"
    assert event.modality == "asserted"  # within about a month of the report (guidelines 2.4)


@pytest.mark.model
def test_a_dated_noun_long_before_the_report_is_historical(nlp):
    text = "Mourners remembered the Sept. 11, 2001, attacks at a memorial on Monday."
    timexes = [_timex(text, "Sept. 11, 2001", "2001-09-11"), _timex(text, "on Monday", "2017-09-11")]
    event = _noun_candidate(nlp, text, "attacks", timexes, "2017-09-11")
    assert event.date["value"] == "2001-09-11" and event.modality == "historical"


@pytest.mark.model
def test_an_occurrence_told_begun_long_ago_is_not_background(nlp, monkeypatch):
    monkeypatch.setattr(events, "OCCURRING_TOLD", True)
    text = "The protests began in March."
    timexes = [_timex(text, "March", "2019-03")]
    assert _noun_candidate(nlp, text, "protests", timexes, "2019-09-05").modality == "asserted"
    text = "The protests ended in March."
    timexes = [_timex(text, "March", "2019-03")]
    assert _noun_candidate(nlp, text, "protests", timexes, "2019-09-05").modality == "historical"


@pytest.mark.model
def test_a_noun_dated_after_the_report_is_no_occurrence(nlp):
    text = "Officials prepared for Friday's meeting."
    timexes = [_timex(text, "Friday", "2021-10-22")]
    from newsgraph.events import code

    from test_events import _table

    doc = nlp(text)
    collected: list = []
    code(doc, actors=_table(doc), timexes=timexes, published="2021-10-19", collect=collected)
    assert not [e for e, _n, _p in collected if e.trigger["text"] == "meeting"]


def test_a_noun_named_again_joins_the_earlier_events_also():
    from newsgraph.events import _named_again
    from newsgraph.records import Event

    first = Event(id="a", event="ASSAULT", span=(0, 40), text="Rebels attacked the town.", actor=["rebels"],
                  date={"value": None, "text": None, "source": "document", "precision": "before",
                        "start": None, "end": "2021-10-19"})
    again = Event(id="b", event="ASSAULT", span=(41, 90), text="Friday's attack killed nine.",
                  date={"value": "2021-10-15", "text": "Friday", "source": "timex", "precision": "day",
                        "start": "2021-10-15", "end": "2021-10-15"})
    _named_again(again, [first])
    _named_again(again, [first])
    assert first.also == [(41, 90)]  # once
    assert first.date["source"] == "document"  # the noun's date is not given to it (train: 4 dates lost)
