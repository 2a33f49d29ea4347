"""Who did it to whom: the parse rules of ``events._arguments`` on invented sentences, with hand-made
ActorTables (the helpers of test_events.py)."""

from __future__ import annotations

import pytest

from test_events import find, run


@pytest.mark.parametrize("text", [
    "Norway signed a fishing treaty with Chile on Monday.",
    "Norway ratified a trade pact with Chile last week.",
    "Norway restored diplomatic relations with Chile.",
])
def test_an_agreement_made_with_another_party_has_both_as_actors(nlp, text):
    # guidelines 2.3 and 2.2: an agreement signed or relations set up are done by both sides
    e = find(run(nlp, text), "SUPPORT")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_cooperation_with_a_party_has_both_as_actors(nlp):
    e = find(run(nlp, "Norway is cooperating with Chile on fisheries."), "COOPERATE")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_what_one_side_shares_goes_to_the_other(nlp):
    e = find(run(nlp, "Norway shared intelligence with Chile."), "COOPERATE")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_praise_is_no_joint_act(nlp):
    e = find(run(nlp, "Norway praised Chile for its restraint."), "SUPPORT")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_an_unresolved_pronoun_of_a_second_conjunct_is_the_first_ones_subject(nlp):
    # the actors stage left "it" alone; the clause coordinated with "Norway said ..." is Norway's
    events = run(nlp, "Norway said on Monday that the talks had failed, and it threatened sanctions against Chile.")
    e = find(events, "THREATEN")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


@pytest.mark.parametrize("text", ["Norway said the best course was to urge Chile to withdraw.",
                                  "Norway said the plan would condemn Chile."])
def test_a_speech_act_reported_with_a_thing_as_subject_is_the_speakers(nlp, text):
    e = next(e for e in run(nlp, text) if e.event in ("REQUEST", "ACCUSE"))
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_reported_act_keeps_its_own_named_subject_and_force_is_not_the_speakers(nlp):
    e = find(run(nlp, "Norway said Chile would condemn Peru."), "ACCUSE")
    assert e.actor == ["chile"] and e.recipient == ["peru"]
    e = find(run(nlp, "Norway said the bomb attacked Chile."), "ASSAULT")
    assert e.actor == []


def test_members_a_subject_names_by_including_act_with_it(nlp):
    # "ministers" is no actor of this hand-made table: the named members are the actors
    e = find(run(nlp, "Several ministers, including Norway and Chile, condemned Peru on Monday."), "ACCUSE")
    assert e.actor == ["norway", "chile"] and e.recipient == ["peru"]


@pytest.mark.parametrize("text, etype", [("Norway refused to negotiate until Chile withdraws its troops.", "REJECT"),
                                         ("Norway agreed to lift the tariffs if Chile opens its ports.", "AGREE")])
def test_the_party_a_condition_is_set_to_is_the_recipient(nlp, text, etype):
    e = find(run(nlp, text), etype)
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_condition_with_no_party_gives_no_recipient(nlp):
    e = find(run(nlp, "Norway refused to negotiate until the storm passes."), "REJECT")
    assert e.recipient == []


@pytest.mark.parametrize("text, word", [("Norway called Chile a liar on Monday.", "liar"),
                                        ("Norway called Chile a reliable partner.", "partner")])
def test_what_the_subject_calls_the_object_is_the_subjects_act_on_it(nlp, text, word):
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "oprd"
    assert noun_arguments(tok, "ACCUSE", None, _table(doc)) == (["norway"], ["chile"])


def test_a_title_whose_holder_the_parser_hangs_under_its_to_phrase_is_the_holder(nlp):
    e = find(run(nlp, "Ambassador to the United Nations Jane Doe condemned Chile on Friday."), "ACCUSE")
    assert e.actor == ["jane-doe"] and e.recipient == ["chile"]
    # the state an envoy is sent to is not the envoy
    e = find(run(nlp, "The ambassador to Chile condemned Peru."), "ACCUSE")
    assert e.actor == [] and e.recipient == ["peru"]
