"""Issue #19 (the actors stage's share of the parse): a name's dictionary entry is read once per document,
and the paragraph of each token comes from a running count of line breaks. Both give what they gave."""

from __future__ import annotations

from bisect import bisect_left

import spacy
from spacy.tokens import Doc

from newsgraph.actors import Dictionary, Entry, _lookup
from newsgraph.actors._coref import paragraph_index
from newsgraph.actors._dictionaries import bundled


class _Counting(Dictionary):
    """A user dictionary that counts the questions it is asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def lookup(self, text: str) -> Entry | None:
        self.asked.append(text)
        return super().lookup(text)


def test_a_name_is_looked_up_once_per_resolve_and_answers_alike():
    user = _Counting()
    user.add(Entry(name="Ruritanian Guard", codes=[("RURMIL", None, None)], kind="organization"))
    B = bundled()
    lookup_entry = _lookup([user], B)
    first = lookup_entry("Ruritanian Guard")
    assert first is not None and first.name == "Ruritanian Guard"
    assert lookup_entry("Ruritanian Guard") is first
    assert lookup_entry("Zorblax Quux") is None and lookup_entry("Zorblax Quux") is None
    assert user.asked == ["Ruritanian Guard", "Zorblax Quux"]
    # the bundled actors still answer after a user dictionary that knows nothing of the name
    assert lookup_entry("NATO") is B.actors.lookup("NATO")
    # a new resolve asks again: the answers are kept for one document only
    _lookup([user], B)("Ruritanian Guard")
    assert user.asked.count("Ruritanian Guard") == 2


def test_paragraph_index_counts_the_line_breaks_before_each_token():
    words = ["Ada", "spoke", ".", "\n\n", "Bo", "left", ".", " ", "Cy", "came", "\n", "Di"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False] * len(words))
    breaks = [i for i, w in enumerate(words) if "\n" in w]
    assert list(paragraph_index(doc)) == [bisect_left(breaks, i) for i in range(len(doc))]
    assert list(paragraph_index(doc)) == [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2]
    assert list(paragraph_index(Doc(spacy.blank("en").vocab, words=[]))) == []
