"""Who did it to whom, session 35 (issue #17, docs/evaluation.md "Session 35, args35"): the parse rules of
``events._arguments`` on invented sentences, with the hand-made ActorTables of test_events.py."""

from __future__ import annotations

from test_events import find, run


def test_a_relative_clause_on_a_description_is_about_the_name_it_describes(nlp):
    # a train sentence of this shape (a named group, "the militant Islamic faction that won elections and took
    # control") gave the description's adjective's actor as the doer
    e = find(run(nlp, "Talks stalled after Norway, the oil-rich Nordic kingdom that has long criticized Chile, "
                      "walked out."), "ACCUSE")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_relative_clause_on_a_decision_that_sums_up_the_clause_is_not_about_the_name(nlp):
    # "X will not meet Y, a decision that drew criticism": the criticism is of what X did
    events = run(nlp, "Norway will not meet Chile, a decision that has drawn criticism from Sweden.")
    assert all("chile" not in e.actor for e in events)


def test_the_target_of_a_threatened_act_is_the_threats_recipient(nlp):
    # "threatened a nuclear strike on Y": the story's recipient was given before
    e = find(run(nlp, "On Monday Norway threatened a military strike on Chile."), "THREATEN")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_members_a_subject_names_by_such_as_act_with_it(nlp):
    e = find(run(nlp, "Several lawmakers, such as Jane Doe, praised Chile on Monday."), "SUPPORT")
    assert "jane-doe" in e.actor and e.recipient == ["chile"]


def test_a_possessors_people_are_not_the_possessor(nlp):
    # "Mr. X's campaign manager was urging Y", "her allies called on her": not the possessor (the
    # table's "Jane Doe's" was the actor) but the group of her allies, an actor of its own
    e = find(run(nlp, "Jane Doe's allies urged Chile to withdraw its troops."), "REQUEST")
    assert e.actor == ["allies"] and e.recipient == ["chile"]


def test_a_possessors_people_named_in_apposition_are_that_person(nlp):
    e = find(run(nlp, "Jane Doe's eldest son, John Roe, urged Chile to withdraw its troops."), "REQUEST")
    assert e.actor == ["john-roe"] and e.recipient == ["chile"]


def test_a_possessors_office_holder_stays_the_possessor_where_nothing_else_is_named(nlp):
    # a title of office ("Chile's foreign minister") is no relation: the actors stage reads it by its state
    e = find(run(nlp, "Chile's foreign minister urged Norway to withdraw its troops."), "REQUEST")
    assert e.actor == ["chile"] and e.recipient == ["norway"]
