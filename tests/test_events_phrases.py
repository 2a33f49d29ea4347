"""Phrase entries of the lexicon (issue #17, session 19): a verb's type told by its object, written so
the learned proposer does not read it as the word's type ("fired the director" is a dismissal, "fired
rockets" an attack; "expressed concern" a criticism). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events import _lexicon
from newsgraph.events._propose import _word_features

from test_events import find, run


def test_a_phrase_entry_is_read_with_its_conditions():
    lex = _lexicon._parse("V fire SANCTION - 160 obj=PERSON,director phrase\nV fire ASSAULT - 190 prep=at\n")
    first, second = lex.verbs["fire"]
    assert first.phrase and first.obj == frozenset({"PERSON", "director"})
    assert not second.phrase


def test_a_phrase_needs_its_other_word():
    with pytest.raises(ValueError, match="phrase needs"):
        _lexicon._parse("V stand SUPPORT - 050 phrase\n")


def test_the_proposer_does_not_read_a_phrase_as_the_word():
    # the shipped lexicon's "fire" has ASSAULT entries and the SANCTION phrase: the word's features
    # name ASSAULT only, as before the phrase was written; "voice" has only its phrase and none
    fire = _word_features("fire", "VERB")
    assert "lex=ASSAULT" in fire and "lex=SANCTION" not in fire
    assert not any(f.startswith("lex=") for f in _word_features("voice", "VERB"))


@pytest.mark.model
def test_firing_a_named_person_is_a_dismissal(nlp):
    events = run(nlp, "The governor fired Walter Brennick on Friday.")
    e = find(events, "SANCTION")
    assert e.trigger["text"] == "fired"
    assert not any(x.event == "ASSAULT" for x in events)


@pytest.mark.model
def test_firing_an_official_is_a_dismissal(nlp):
    events = run(nlp, "The mayor fired the police chief after the report.")
    find(events, "SANCTION")


@pytest.mark.model
def test_firing_rockets_stays_an_attack(nlp):
    events = run(nlp, "Militants fired rockets at the town.")
    find(events, "ASSAULT")
    assert not any(x.event == "SANCTION" for x in events)


@pytest.mark.model
def test_voiced_concern_is_a_criticism(nlp):
    events = run(nlp, "Denmark expressed deep concern over the new border law.")
    e = find(events, "ACCUSE", mode="disapprove")
    assert e.actor == ["denmark"]


@pytest.mark.model
def test_expressing_support_is_no_criticism(nlp):
    events = run(nlp, "Denmark expressed support for the new border law.")
    assert not any(x.event == "ACCUSE" for x in events)


@pytest.mark.model
def test_warning_someone_not_to_act_is_a_request(nlp):
    events = run(nlp, "Canada warned Iran not to board the ship.")
    e = find(events, "REQUEST")
    assert e.actor == ["canada"] and e.recipient == ["iran"]
    assert not any(x.event == "THREATEN" for x in events)


@pytest.mark.model
def test_warning_that_stays_a_threat(nlp):
    events = run(nlp, "Denmark warned that it would retaliate.")
    find(events, "THREATEN")
    assert not any(x.event == "REQUEST" for x in events)


@pytest.mark.model
@pytest.mark.parametrize("text", ["The rebels carried out a strike on the depot.",
                                  "The air force conducted a strike on the base.",
                                  "The president ordered a strike on the camp."])
def test_a_strike_carried_out_conducted_or_ordered_is_an_attack(nlp, text):
    events = run(nlp, text)
    find(events, "ASSAULT")
    assert not any(x.event == "PROTEST" for x in events)


@pytest.mark.model
def test_a_strike_staged_stays_a_protest(nlp):
    find(run(nlp, "The union staged a strike on Monday."), "PROTEST", mode="strike")


@pytest.mark.model
def test_a_guilty_plea_is_a_conviction(nlp):
    events = run(nlp, "Smith pleaded guilty to two charges of fraud.")
    find(events, "SANCTION", mode="convict")
    assert not any(x.event == "REQUEST" for x in events)


@pytest.mark.model
def test_pleading_not_guilty_rejects_the_charges(nlp):
    events = run(nlp, "Both men have pleaded not guilty to the charges.")
    find(events, "REJECT")
    assert not any(x.event == "SANCTION" for x in events)


@pytest.mark.model
def test_pleading_with_someone_stays_a_request(nlp):
    events = run(nlp, "Smith pleaded with the judge for mercy.")
    find(events, "REQUEST")


@pytest.mark.model
def test_a_cancelled_summit_is_refused(nlp):
    events = run(nlp, "Brazil canceled the summit with Peru.")
    e = find(events, "REJECT", mode="meet")
    assert e.actor == ["brazil"] and e.recipient == ["peru"]
    assert not any(x.event == "SANCTION" for x in events)


@pytest.mark.model
def test_talks_called_off_are_refused_and_a_strike_called_off_is_conceded(nlp):
    find(run(nlp, "Chile called off the talks with Bolivia."), "REJECT", mode="meet")
    events = run(nlp, "The union called off the strike.")
    find(events, "CONCEDE")
    assert not any(x.event == "REJECT" for x in events)


@pytest.mark.model
def test_a_warning_against_an_act_is_a_request(nlp):
    events = run(nlp, "Germany warned Poland against closing the border.")
    e = find(events, "REQUEST")
    assert e.actor == ["germany"] and e.recipient == ["poland"]


@pytest.mark.model
def test_voting_a_measure_down_is_a_rejection(nlp):
    find(run(nlp, "The senate voted against the budget bill."), "REJECT")
    find(run(nlp, "The assembly voted down the plan."), "REJECT")


@pytest.mark.model
def test_a_cancelled_visit_stays_a_sanction(nlp):
    # a visit called off signals cooler relations (the PLOVER gold codes it SANCTION)
    events = run(nlp, "The Dutch minister cancelled a planned visit to Peru.")
    find(events, "SANCTION")
    assert not any(x.event == "REJECT" for x in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The governor fired back at the senator on Sunday.",
    "Dutch officials shot back at the ministry's critics on Tuesday.",
    "The chancellor hit back at the union on Monday.",
])
def test_a_retort_with_back_is_words_not_force(nlp, text):
    events = run(nlp, text)
    find(events, "ACCUSE", mode="disapprove")
    assert not any(x.event == "ASSAULT" for x in events)


@pytest.mark.model
def test_a_bill_killed_is_blocked_not_assaulted(nlp):
    events = run(nlp, "Senate Republicans killed the bill on Tuesday.")
    find(events, "REJECT")
    assert not any(x.event == "ASSAULT" for x in events)


@pytest.mark.model
def test_people_killed_stay_an_attack(nlp):
    events = run(nlp, "Gunmen killed three soldiers near the border on Tuesday.")
    find(events, "ASSAULT")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru's foreign ministry pushed back on the accusations from Chile on Monday.",
    "The Dutch government pushed back against the ministry's demand on Tuesday.",
])
def test_pushing_back_on_a_claim_refuses_it(nlp, text):
    find(run(nlp, text), "REJECT")


@pytest.mark.model
def test_a_plan_pushed_back_to_a_later_day_is_put_off(nlp):
    # the passive with a new date tells a delay, no refusal
    assert not any(x.event == "REJECT" for x in run(nlp, "The vote was pushed back to November."))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Trump and Xi have spoken by phone several times.",
    "Kerry spoke by phone Thursday to the Syrian opposition leader.",
    "The two leaders talked over the telephone on Monday.",
])
def test_speaking_by_phone_is_a_phone_call(nlp, text):
    # a call told by its medium, with or without "with": CONSULT phone (guidelines 2.2), as "phoned"
    e = find(run(nlp, text), "CONSULT")
    assert e.mode == "phone"


def test_speaking_is_a_call_only_with_the_phone_named():
    # the phrase reads "phone" or "telephone" as the noun after the verb's preposition; "speak" alone
    # stays a consultation only with "with" ("spoke out against" is a criticism: recall44)
    speak = _lexicon.lexicon().verbs["speak"]
    assert [(e.mode, e.obj, e.prep) for e in speak if e.type == "CONSULT"] == [
        ("phone", frozenset({"phone", "telephone"}), None), (None, None, "with")]
    assert all(e.phrase for e in speak if e.mode == "phone")
    assert all(e.prt == "out" and e.prep == "against" for e in speak if e.type != "CONSULT")


def _noun(pos, ent):
    from types import SimpleNamespace

    return SimpleNamespace(pos_=pos, ent_type_=ent)


@pytest.mark.parametrize("pos, ent, person", [
    ("PROPN", "PERSON", True),
    ("PROPN", "", True),      # a surname the recogniser leaves untagged
    ("PROPN", "ORG", True),   # or reads as an organisation
    ("PROPN", "GPE", False),  # a place
    ("PROPN", "NORP", False),
    ("PROPN", "PRODUCT", False),
    ("NOUN", "", False),      # a common noun ("fired rockets")
])
def test_a_proper_noun_of_no_other_kind_names_a_person(pos, ent, person):
    from newsgraph.events import _named_person

    assert _named_person(_noun(pos, ent)) is person


@pytest.mark.model
def test_firing_anyone_is_a_dismissal(nlp):
    events = run(nlp, "The minister said she would not fire anyone over the audit.")
    find(events, "SANCTION")
    assert not any(x.event == "ASSAULT" for x in events)


@pytest.mark.model
def test_ending_a_ban_is_a_concession(nlp):
    events = run(nlp, "Last spring the army chief ended a decades-old ban on beards.")
    find(events, "CONCEDE")
    assert not any(x.event == "SANCTION" for x in events)


@pytest.mark.model
def test_ending_relations_stays_a_sanction(nlp):
    events = run(nlp, "Ruritania ended relations with its neighbour.")
    find(events, "SANCTION")
    assert not any(x.event == "CONCEDE" for x in events)
