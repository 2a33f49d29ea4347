""""The two sides", "both countries": the pair the story has just named (events/_speakers.py,
pair_parties)."""

from __future__ import annotations

from newsgraph.events._speakers import pair_parties
from newsgraph.records import Event
from test_events import _table


def _event(doc, etype: str, word: str, actor: list[str], recipient: list[str] | None = None) -> Event:
    tok = next(t for t in doc if t.text == word)
    return Event(id=f"{etype}{tok.i}", event=etype, mode=None, span=(0, len(doc.text)), text="",
                 actor=list(actor), recipient=list(recipient or []),
                 trigger={"text": word, "span": [tok.idx, tok.idx + len(word)]})


def test_both_sides_are_the_last_two_parties_named(nlp):
    doc = nlp("Fighting between Norway and Chile went on. The United Nations urged both sides to stop.")
    urged = _event(doc, "REQUEST", "urged", ["united-nations"])
    assert pair_parties([urged], doc, _table(doc)) == 1
    assert urged.recipient == ["norway", "chile"]


def test_the_two_countries_as_subject_are_the_actors(nlp):
    doc = nlp("Norway talked with Chile on Monday. The two countries agreed to meet again in May.")
    agreed = _event(doc, "AGREE", "agreed", [])
    pair_parties([agreed], doc, _table(doc))
    assert agreed.actor == ["norway", "chile"]


def test_both_sides_of_a_body_and_named_roles_are_left_alone(nlp):
    doc = nlp("Norway clashed with Chile. Peru urged both sides of the aisle to act.")
    urged = _event(doc, "REQUEST", "urged", ["peru"])
    assert pair_parties([urged], doc, _table(doc)) == 0 and urged.recipient == []
    doc = nlp("Norway clashed with Chile. Peru urged both sides to stop.")
    urged = _event(doc, "REQUEST", "urged", ["peru"], ["bolivia"])
    assert pair_parties([urged], doc, _table(doc)) == 0 and urged.recipient == ["bolivia"]
