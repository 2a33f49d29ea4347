"""Classes of the fresh-news precision audit of session 37 (issue #17, precision): a talk the press has
with someone is an interview, an executive order signed is the signer's own measure, and a raid by or
against armed forces is an attack (events/__init__.py: _press_interview, _signs_own_order, _armed_raid)."""

from __future__ import annotations

import pytest

from conftest import word_token
from newsgraph.records import Actor, ActorTable


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "interview"), [
    ("The AP spoke with a farmer in the village.", "spoke", True),
    ("CNN spoke to the former prisoner in August.", "spoke", True),
    ("The chief correspondent for Yahoo News spoke to the senator's aide.", "spoke", True),
    ("The foreign minister spoke with his Chinese counterpart.", "spoke", False),
    ("Merkel met with the French president in Paris.", "met", False),
])
def test_a_talk_the_press_holds_is_an_interview(nlp, text, word, interview):
    from newsgraph.events import _press_interview

    assert _press_interview(word_token(nlp(text), word)) is interview


@pytest.mark.model
@pytest.mark.parametrize(("text", "own"), [
    ("The president signed an executive order imposing new sanctions on the regime.", True),
    ("The governor signed a decree on Friday.", True),
    ("The two leaders signed a trade agreement in Beijing.", False),
    ("The president signed the bill into law.", False),
])
def test_an_order_signed_is_the_signers_own_measure(nlp, text, own):
    from newsgraph.events import _signs_own_order

    assert _signs_own_order(word_token(nlp(text), "signed")) is own


def _table(**sectors: str | None) -> ActorTable:
    return ActorTable(actors=[Actor(id=k, name=k, kind="group", sector=v) for k, v in sectors.items()])


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "recipient", "armed"), [
    ("The raid by the militiamen left four dead.", ["militia"], [], True),
    ("A soldier was wounded during the raid against the ISIS compound.", [], ["isis"], True),
    ("Russian jets carried out 57 air raids.", [], [], True),
    ("The FBI raid on the lawyer's office angered the president.", ["fbi"], ["lawyer"], False),
    ("Police raided homes in the district.", ["police"], [], False),
])
def test_a_raid_by_or_on_armed_forces_is_an_attack(nlp, text, actor, recipient, armed):
    from newsgraph.events import _armed_raid

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "raid")
    table = _table(militia="UAF", isis="REB", fbi="COP", lawyer="CVL", police="COP")
    assert _armed_raid(tok, actor, recipient, table) is armed
