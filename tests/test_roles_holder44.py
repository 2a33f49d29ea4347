"""Whose office a sentence tells, session 44 (issue #20, docs/evaluation.md "Session 44, lead"): the object of
"asked / assigned / tapped X to serve as Y" holds Y, not the one who asks; "replaced X with Y" gives the one who
replaces nothing; a "he" in someone's quoted words is not the speaker, so holds no office as the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from test_roles import _dated_roles, _find, _roles


@pytest.mark.model
@pytest.mark.parametrize("text, holder, other, title", [
    ("President Ann Moreau asked Senator Paul Devlin to serve as ambassador to Canada.",
     "devlin", "moreau", "ambassador"),
    ("The governor, Ann Moreau, tapped Paul Devlin to take over as chief of staff on Monday.",
     "devlin", "moreau", "chief of staff"),
    ("Prime Minister Ann Moreau appointed Paul Devlin to be her chief negotiator.",
     "devlin", "moreau", "negotiator"),
])
def test_the_object_of_a_verb_of_appointing_holds_the_office(nlp, text, holder, other, title):
    roles = _roles(nlp, text)
    assert _find(roles, holder, title)
    assert not _find(roles, other, title)


@pytest.mark.model
def test_the_subject_holds_the_office_where_the_verb_is_no_appointing(nlp):
    roles = _roles(nlp, "Paul Devlin narrowly defeated Carl Ruiz to become chairman of the party on Saturday.")
    assert _find(roles, "devlin", "chairman")
    assert not _find(roles, "ruiz", "chairman")


@pytest.mark.model
@pytest.mark.parametrize("text, speaker_titles, holder, title", [
    # "replaced X with Y": the one who replaces takes neither office
    ("Paul Devlin, the commander in the north, was under pressure. The defence minister, Ann Moreau, "
     "could end up replacing him with Carl Ruiz, the army's chief of staff.",
     ("chief of staff", "commander"), None, None),
    # a "he" in quoted words stands for someone other than the speaker named outside them
    ('President Ann Moreau said Friday she would name Paul Devlin as her new envoy. '
     '"He will be a great envoy," Moreau said.', ("envoy",), "devlin", "envoy"),
])
def test_the_one_who_replaces_or_speaks_takes_no_office(nlp, text, speaker_titles, holder, title):
    roles = _roles(nlp, text)
    assert not any(_find(roles, "moreau", t) for t in speaker_titles)
    if holder:
        assert _find(roles, holder, title)


@pytest.mark.model
def test_an_end_only_raised_as_an_idea_ends_no_term(nlp):
    roles = _dated_roles(nlp, "Speculation was fueled by a television report that Mr. Baker last month broached firing "
                        "Gen. Paul R. Devlin Jr., the current commander in the north.", dt.date(2017, 8, 4))
    found = _find(roles, "devlin", "commander")
    assert found and all(r.status == "current" and r.end is None for r in found)
