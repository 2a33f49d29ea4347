"""Classes of the fresh-news precision audit of session 39 (issue #17, precision): "demonstrate" with
something shown is no demonstration (events/__init__.py: _shows)."""

from __future__ import annotations

import pytest

from conftest import word_token


@pytest.mark.model
@pytest.mark.parametrize(("text", "shows"), [
    ("The speech demonstrated a sharp break with the old policy.", True),
    ("Moscow said the talks had demonstrated its good faith.", True),
    ("The minister demonstrated that the new scheme works.", True),
    ("Thousands of students demonstrated against the new tax on Sunday.", False),
    ("Farmers demonstrated outside the parliament building.", False),
])
def test_demonstrate_with_something_shown_is_no_demonstration(nlp, text, shows):
    from newsgraph.events import _shows

    assert _shows(word_token(nlp(text), "demonstrated")) is shows


@pytest.mark.model
@pytest.mark.parametrize(("text", "withholds"), [
    ("The rebels hoped to deny the governor a second term.", True),
    ("A win in both states would let them deny the senator any chance of victory.", True),
    ("The senator denied the charges on Monday.", False),
    ("He denied his aide had leaked the memo.", False),
    ("The activists were denied entry at the border.", False),
])
def test_deny_with_two_objects_withholds_and_is_no_denial(nlp, text, withholds):
    from newsgraph.events import _withholds

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "deny")
    assert _withholds(tok) is withholds
