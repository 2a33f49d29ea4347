"""ActorTable lookups of a description of a set: one span, a mention of each member (records.py)."""

from __future__ import annotations

from newsgraph.records import Actor, ActorTable, Mention


def _mention(actor: str, start: int, end: int) -> Mention:
    return Mention(actor=actor, span=(start * 5, end * 5), tokens=(start, end), text="x")


def test_a_span_two_actors_share_gives_both_and_other_tokens_one():
    table = ActorTable(actors=[], mentions=[_mention("doe", 0, 1), _mention("doe", 4, 7), _mention("roe", 4, 7),
                                            _mention("roe", 9, 10)])
    assert table.actors_at(5) == ["doe", "roe"] and table.at_token(5) == "doe"
    assert table.actors_at(0) == ["doe"] and table.actors_at(9) == ["roe"] and table.actors_at(8) == []
    assert table.in_tokens(4, 7) == ["doe"]  # the first lookups are unchanged


def test_nested_mentions_of_two_actors_are_no_set():
    # "the Obama administration" inside a longer phrase of another actor: different spans, one actor a token
    table = ActorTable(actors=[], mentions=[_mention("obama", 1, 2), _mention("admin", 0, 3)])
    assert table.actors_at(1) == ["obama"] and table.actors_at(0) == ["admin"]


def test_get_finds_the_first_actor_of_an_id_and_one_appended_later():
    doe, roe = Actor(id="doe", name="Jane Doe", kind="person"), Actor(id="roe", name="Roe", kind="person")
    table = ActorTable(actors=[doe, Actor(id="doe", name="Doe again", kind="person")], mentions=[])
    assert table.get("doe") is doe and table.get("roe") is None and table.get(None) is None
    table.actors.append(roe)  # the quotes stage adds a speaker after the first lookups
    assert table.get("roe") is roe and table.get("doe") is doe
