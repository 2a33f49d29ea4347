"""One list of object-control verbs for events and roles (coding.txt ``object_control``): the object of "appointed
X to negotiate" does the infinitive's act, as the object of "asked X to serve as envoy" holds the office. Invented
sentences."""

from __future__ import annotations

import pytest

from newsgraph.events._coding import CODING
from newsgraph.roles import _extract as roles_extract

from factories import rules_events


def test_roles_and_events_read_one_list():
    assert roles_extract._OBJECT_CONTROL is CODING.words["object_control"]
    assert {"tell", "ask", "appoint", "tap"} <= CODING.words["object_control"]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["appointed", "tapped", "chose"])
def test_the_object_of_a_verb_of_appointing_does_the_act_of_its_infinitive(nlp, verb):
    text = f"The president {verb} Senator Ruth Okafor to negotiate with the rebel leaders."
    events, _ = rules_events(nlp, text, {"president": ("president", "person", None),
                                         "Ruth Okafor": ("okafor", "person", None),
                                         "rebel leaders": ("rebels", "group", None)})
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and consult[0].actor == ["okafor"]
