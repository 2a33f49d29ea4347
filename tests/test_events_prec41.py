"""Classes of the fresh-news precision audit of session 41 (issue #17, precision): "charge" in the sense
of command, a lead or a price is no accusation (events/__init__.py: _charge_no_accusation)."""

from __future__ import annotations

import pytest

from conftest import word_token


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "other"), [
    ("The colonel in charge of the base said the soldiers were safe.", "charge", True),
    ("The governor took charge of the relief effort after the flood.", "charge", True),
    ("Texas led the charge against the new rule in the courts.", "charge", True),
    ("The new law stops insurers from charging higher premiums to older drivers.", "charging", True),
    ("The contractor was charging the city about $3 million a year for the work.", "charging", True),
    ("Prosecutors charged the mayor with fraud on Monday.", "charged", False),
    ("The senator charged that the agency had hidden the documents.", "charged", False),
    ("The governor was charged for his role in the scheme.", "charged", False),
    ("The prosecutor, who led the bribery charge against the governor, resigned.", "charge", False),
    ("He denied the charge of fraud in court.", "charge", False),
])
def test_charge_as_command_lead_or_price_is_no_accusation(nlp, text, word, other):
    from newsgraph.events import _charge_no_accusation

    assert _charge_no_accusation(word_token(nlp(text), word)) is other



@pytest.mark.model
@pytest.mark.parametrize(("text", "press"), [
    ("The ministry did not respond to the agency's request for comment on Friday.", True),
    ("Several requests for comment from reporters went unanswered.", True),
    ("Egypt filed a request for an emergency meeting of the council.", False),
    ("The governor rejected the union's request for higher pay.", False),
])
def test_a_request_for_comment_is_the_press_asking(nlp, text, press):
    from newsgraph.events import _asks_comment

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "request")
    assert _asks_comment(tok) is press
