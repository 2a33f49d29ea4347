"""The actors table's token index (records.ActorTable): made when a table is made, or, for a table the
actor filters make (``ActorTable.unindexed``), at its first read, with the same answers; and the
spelling table of the bundled persons (``Dictionary.lookup_spelling``). No model is loaded."""

from __future__ import annotations

from newsgraph.actors._dictionaries import Dictionary, Entry, _fold
from newsgraph.events._unnamed import ArgumentTable
from newsgraph.records import Actor, ActorTable, Mention


def _parts() -> tuple[list[Actor], list[Mention]]:
    # "Ana Ruiz met Li Wen ; the two leaders spoke": a person each, and one span naming both
    actors = [Actor(id="ana-ruiz", name="Ana Ruiz", kind="person"), Actor(id="li-wen", name="Li Wen", kind="person")]
    mentions = [Mention("ana-ruiz", (0, 8), (0, 2), "Ana Ruiz", "name"),
                Mention("li-wen", (13, 19), (3, 5), "Li Wen", "name"),
                Mention("ana-ruiz", (22, 37), (6, 9), "the two leaders", "description"),
                Mention("li-wen", (22, 37), (6, 9), "the two leaders", "description")]
    return actors, mentions


def test_an_unindexed_table_makes_its_index_at_the_first_read_with_the_same_answers():
    actors, mentions = _parts()
    made = ActorTable(actors=actors, mentions=mentions)
    late = ActorTable.unindexed(list(actors), list(mentions))
    assert late._tokens is None and late._shared is None  # nothing made yet
    for i in range(11):
        assert late.at_token(i) == made.at_token(i)
        assert late.actors_at(i) == made.actors_at(i)
    assert late.in_tokens(0, 11) == made.in_tokens(0, 11) == ["ana-ruiz", "li-wen"]
    assert late.by_token == made.by_token and late.shared == made.shared
    assert late.actors_at(7) == ["ana-ruiz", "li-wen"]


def test_an_unindexed_table_reads_its_mentions_as_they_are_at_the_first_read():
    actors, mentions = _parts()
    late = ActorTable.unindexed(actors, mentions[:2])
    late.mentions.append(mentions[2])
    assert late.at_token(7) == "ana-ruiz"
    made = ActorTable(actors=actors, mentions=mentions[:2])
    made.mentions.append(mentions[2])  # a table made with its index keeps the one made then
    assert made.at_token(7) is None


def test_an_index_set_by_hand_stays_and_the_other_half_is_made():
    actors, mentions = _parts()
    late = ActorTable.unindexed(actors, mentions)
    late.by_token = {0: "li-wen"}
    assert late.at_token(0) == "li-wen" and late.at_token(3) is None
    assert late.shared == ActorTable(actors=actors, mentions=mentions).shared


def test_the_events_stages_table_shares_the_index_of_the_table_it_reads():
    actors, mentions = _parts()
    table = ActorTable(actors=actors, mentions=mentions)
    over = ArgumentTable.over(table)
    assert over.by_token is table.by_token and over.shared is table.shared
    over.by_token[10] = "li-wen"
    assert table.at_token(10) == "li-wen"
    empty = ActorTable()
    assert ArgumentTable.over(empty).by_token is empty.by_token


def _fold_letter_by_letter(key: str) -> str:  # _fold as written before its shortcut for a name with no "y"
    head, _sp, last = key.rpartition(" ")
    chars = list(last)
    for k in range(1, len(chars) - 1):
        if chars[k] == "y" and chars[k - 1] in "bcdfghjklmnpqrstvwxz" and chars[k + 1] in "bcdfghjklmnpqrstvwxz":
            chars[k] = "i"
    return f"{head} {''.join(chars)}"


def test_a_fold_is_the_same_with_or_without_a_y_in_the_last_word():
    for key in ("oleh zhytnyk", "ivan sydorchuk", "petra novak", "ana maria lopez", "yuri kravets", "tomas dyvk",
                "mary smyth", "kyle myrna", "a b", "solo"):
        assert _fold(key) == _fold_letter_by_letter(key)


def test_the_spelling_table_is_made_once_and_answers_a_surname_spelt_with_i():
    d = Dictionary()
    d.add(Entry(name="Oleh Zhytnyk", kind="person", exact=True))
    assert d._folded is None
    table = d.spellings()
    assert d.spellings() is table
    assert d.lookup_spelling("Oleh Zhitnyk") is not None
    d.add(Entry(name="Mila Brysk", kind="person", exact=True))  # an entry added: the table is made again
    assert d._folded is None and d.lookup_spelling("Mila Brisk") is not None
