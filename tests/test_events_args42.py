"""Who moved the forces, session 42 (issue #17, docs/evaluation.md "Session 42, args42"): a MOBILIZE's
subject forces are its actor's own, on invented sentences with the hand-made ActorTables of test_events.py."""

from __future__ import annotations

from test_events import _table, find, run

from newsgraph.events import _own_forces


def _forces(nlp, text):
    # the rules' reading, then the step that follows the learned filler in a full run
    doc = nlp(text)
    e = find(run(nlp, text), "MOBILIZE")
    tok = next(t for t in doc if t.idx == e.trigger["span"][0])
    _own_forces(e, tok, _table(doc))
    return e


def test_the_forces_a_passive_mobilize_moves_are_its_actors_own(nlp):
    e = _forces(nlp, "Norwegian troops have been massed along the coast, two officials said.")
    assert e.actor == ["norwegian"] and e.recipient == []


def test_the_party_the_forces_are_sent_against_stays_the_recipient(nlp):
    e = _forces(nlp, "Norwegian soldiers were deployed against the Chilean rebels on Friday.")
    assert e.actor == ["norwegian"] and e.recipient == ["chilean"]


def test_a_recipient_that_is_not_the_subject_is_left_alone(nlp):
    # only the clause's subject is the forces: a recipient named elsewhere keeps its role, and the actor stays
    # unnamed ("do not guess")
    doc = nlp("Norwegian troops have been massed near Chile, two officials said.")
    e = find(run(nlp, doc.text), "MOBILIZE")
    e.actor, e.recipient = [], ["chile"]
    _own_forces(e, next(t for t in doc if t.idx == e.trigger["span"][0]), _table(doc))
    assert e.actor == [] and e.recipient == ["chile"]
