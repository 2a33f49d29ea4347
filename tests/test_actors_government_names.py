"""A state's government under its other names ("the Assad regime", "the regime", "Assad's government") is one
record with the "<country> government" the text names, not one record per name; bare "police" are the one police
force named, and "the justices" the one supreme court (issue #19, duplicates)."""

from __future__ import annotations

import pytest

from newsgraph.actors import resolve


def _holders(table, text: str, words: str) -> set[str]:
    start = text.index(words)
    return {m.actor for m in table.mentions if m.span[0] <= start < m.span[1]}


@pytest.mark.model
def test_a_leaders_regime_is_the_government_named(nlp):
    text = ("The Syrian government denied on Monday that it had used chemical weapons. Western diplomats said "
            "the Assad regime had carried out the attack, and France called on President Bashar al-Assad to "
            "allow inspectors in.")
    table = resolve(nlp(text))
    government = _holders(table, text, "Syrian government")
    assert government and _holders(table, text, "Assad regime") == government, [
        (a.name, a.kind) for a in table.actors]
    # the leader himself stays a person of his own
    assert _holders(table, text, "Bashar al-Assad") - government


@pytest.mark.model
def test_a_bare_regime_after_the_government_is_the_government(nlp):
    text = ("The Syrian government rejected the report on Tuesday. Rebels in the north said the regime had "
            "shelled their positions again overnight.")
    table = resolve(nlp(text))
    government = _holders(table, text, "Syrian government")
    assert government and _holders(table, text, "regime") == government, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
def test_a_bare_regime_before_the_government_stays_apart(nlp):
    """Named before any government of a state, "the regime" joins none: its sentence alone placed it."""
    text = "Rebels said the regime had shelled the town overnight. On Tuesday the Syrian government rejected the report."
    table = resolve(nlp(text))
    assert not _holders(table, text, "regime") & _holders(table, text, "Syrian government")


@pytest.mark.model
def test_other_names_join_the_first_that_names_the_leader(nlp):
    """With no "<country> government" in the text, its other names are one record all the same."""
    text = "Human rights groups accused the Assad regime of torture on Monday. Assad's government denied the charge."
    table = resolve(nlp(text))
    regime = _holders(table, text, "Assad regime")
    assert regime and _holders(table, text, "Assad's government") == regime, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
def test_the_state_stays_apart_from_its_government(nlp):
    """The annotators code a state's government as the state as often as apart from it: the state's record
    keeps its own mentions, the government's names theirs."""
    text = ("Syria said on Monday it would attend the talks. The Syrian government also rejected the report, and "
            "the Assad regime blamed the rebels.")
    table = resolve(nlp(text))
    government = _holders(table, text, "Syrian government")
    assert _holders(table, text, "Assad regime") == government
    assert _holders(table, text, "Syria said") - government


@pytest.mark.model
def test_a_government_of_another_time_stays_apart(nlp):
    text = ("The Libyan government said on Monday it would hold elections in June. The former regime had banned "
            "every party, and the government now wants a new constitution.")
    table = resolve(nlp(text))
    assert not _holders(table, text, "former regime") & _holders(table, text, "Libyan government")


@pytest.mark.model
def test_bare_police_are_the_one_force_the_text_names(nlp):
    text = ("Police arrested two men near the stadium on Friday night, and the Paris police said on Saturday that "
            "both had been charged.")
    table = resolve(nlp(text))
    force = _holders(table, text, "Paris police")
    assert force and _holders(table, text, "Police arrested") == force, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
def test_police_of_several_places_stay_apart_from_a_force(nlp):
    """Bare "police" placed in two countries are two forces: neither is the one force named."""
    text = ("Police in London arrested two men. Police in New York said a third had fled, and the New York Police "
            "Department asked for help.")
    table = resolve(nlp(text))
    force = _holders(table, text, "New York Police Department")
    assert force and not _holders(table, text, "Police in London") & force


@pytest.mark.model
def test_the_justices_are_the_supreme_court_named(nlp):
    text = "The Supreme Court agreed on Monday to hear the case. The justices will rule by June."
    table = resolve(nlp(text))
    court = _holders(table, text, "Supreme Court")
    assert court and _holders(table, text, "justices") == court, [(a.name, a.kind) for a in table.actors]


@pytest.mark.model
def test_some_justices_or_two_courts_leave_the_justices_alone(nlp):
    """"The four liberal justices" are some of the court, and with two supreme courts which one is open."""
    for text in ("The Supreme Court agreed on Monday to hear the case. The four liberal justices dissented.",
                 "The Texas Supreme Court and the U.S. Supreme Court both heard the case. The justices will rule by June."):
        table = resolve(nlp(text))
        assert not _holders(table, text, "justices"), (text, [(a.name, a.kind) for a in table.actors])


@pytest.mark.model
def test_a_bare_high_court_is_the_supreme_court_named(nlp):
    """"The high court" far from the court's name is the same court; "a lower court" is another."""
    text = ("The Supreme Court agreed on Monday to hear the case.\n\nThe law was passed in 2019.\n\nIts critics sued at "
            "once.\n\nA lower court upheld it.\n\nThe high court will rule by June.")
    table = resolve(nlp(text))
    court = _holders(table, text, "Supreme Court")
    assert court and _holders(table, text, "high court") == court, [(a.name, a.kind) for a in table.actors]
    assert not _holders(table, text, "lower court") & court
