"""A state's government under its other names ("the Assad regime", "the regime", "Assad's government") is one
record with the "<country> government" the text names, not one record per name; bare "police" are the one police
force named, and "the justices" or "the high court" the one supreme court (issue #19, duplicates)."""

from __future__ import annotations

import pytest

from factories import holders
from newsgraph.actors import resolve


def _ids(table, text: str, words: str) -> set[str]:
    return {a.id for a in holders(table, text, words)}


@pytest.mark.model
@pytest.mark.parametrize("text, named, other", [
    # a leader's regime is the government the text names
    ("The Syrian government denied on Monday that it had used chemical weapons. Western diplomats said the Assad "
     "regime had carried out the attack, and France called on President Bashar al-Assad to allow inspectors in.",
     "Syrian government", "Assad regime"),
    # a bare regime named after the government
    ("The Syrian government rejected the report on Tuesday. Rebels in the north said the regime had shelled their "
     "positions again overnight.", "Syrian government", "regime"),
    # with no "<country> government" in the text, its other names are one record all the same
    ("Human rights groups accused the Assad regime of torture on Monday. Assad's government denied the charge.",
     "Assad regime", "Assad's government"),
    # bare "police" are the one force the text names
    ("Police arrested two men near the stadium on Friday night, and the Paris police said on Saturday that both "
     "had been charged.", "Paris police", "Police arrested"),
    # "the justices" are the supreme court named
    ("The Supreme Court agreed on Monday to hear the case. The justices will rule by June.", "Supreme Court",
     "justices"),
    # "the high court" far from the court's name is the same court
    ("The Supreme Court agreed on Monday to hear the case.\n\nThe law was passed in 2019.\n\nIts critics sued at "
     "once.\n\nA lower court upheld it.\n\nThe high court will rule by June.", "Supreme Court", "high court"),
])
def test_another_name_is_the_body_named(nlp, text, named, other):
    table = resolve(nlp(text))
    body = _ids(table, text, named)
    assert body and _ids(table, text, other) == body, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
@pytest.mark.parametrize("text, named, other", [
    # named before any government of a state, "the regime" joins none: its sentence alone placed it
    ("Rebels said the regime had shelled the town overnight. On Tuesday the Syrian government rejected the "
     "report.", "Syrian government", "regime"),
    # a government of another time
    ("The Libyan government said on Monday it would hold elections in June. The former regime had banned every "
     "party, and the government now wants a new constitution.", "Libyan government", "former regime"),
    # the annotators code a state's government as the state as often as apart from it: the state keeps its own
    ("Syria said on Monday it would attend the talks. The Syrian government also rejected the report, and the "
     "Assad regime blamed the rebels.", "Assad regime", "Syria said"),
    # the leader stays a person of his own
    ("Human rights groups accused the Assad regime of torture on Monday. President Bashar al-Assad denied the "
     "charge.", "Assad regime", "Bashar al-Assad"),
    # bare "police" placed in two countries are two forces: neither is the one force named
    ("Police in London arrested two men. Police in New York said a third had fled, and the New York Police "
     "Department asked for help.", "New York Police Department", "Police in London"),
    # "a lower court" is another court
    ("The Supreme Court agreed on Monday to hear the case.\n\nThe law was passed in 2019.\n\nIts critics sued at "
     "once.\n\nA lower court upheld it.\n\nThe high court will rule by June.", "Supreme Court", "lower court"),
])
def test_another_body_stays_apart(nlp, text, named, other):
    table = resolve(nlp(text))
    body = _ids(table, text, named)
    assert body and not _ids(table, text, other) & body, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
def test_some_justices_or_two_courts_leave_the_justices_alone(nlp):
    """"The four liberal justices" are some of the court, and with two supreme courts which one is open."""
    for text in ("The Supreme Court agreed on Monday to hear the case. The four liberal justices dissented.",
                 "The Texas Supreme Court and the U.S. Supreme Court both heard the case. The justices will rule by June."):
        table = resolve(nlp(text))
        assert not _ids(table, text, "justices"), (text, [(a.name, a.kind) for a in table.actors])
