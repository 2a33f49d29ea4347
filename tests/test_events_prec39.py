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
