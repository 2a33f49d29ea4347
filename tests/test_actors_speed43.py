"""Session 43's trims of the actors stage (speed43): each answer is the one the reading it replaces gave,
pinned here against that reading on documents built by hand (no spaCy model). The paragraph index's own
tests are in ``test_paragraph_index.py``."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph import nlp
from newsgraph.actors import _lookup
from newsgraph.actors import _people
from newsgraph.actors._cluster import Cluster
from newsgraph.actors._dictionaries import Dictionary, Entry
from newsgraph.actors._mentions import Cand
from newsgraph.actors._others import _ELECTORAL_WORDS, _LEGISLATIVE_WORDS, _business_words
from newsgraph.actors._people import _in_office_then, _officeholder_cluster, _spaced_initials


def test_strings_reads_only_the_ids_its_memo_lacks(monkeypatch):
    vocab = spacy.blank("en").vocab
    words = ["Ruritania", "votes", "RURITANIA", "Xland", "votes", "Ruritania", "Zed", "Xland"]
    ids = [vocab.strings.add(w) for w in words]
    doc = Doc(vocab, words=["x"])
    for lower in (False, True):
        want = [w.lower() if lower else w for w in words]
        memo = nlp._LOWERED if lower else nlp._STRINGS
        memo.clear()
        memo[ids[1]] = want[1]  # one id known, the others new, some of them twice
        assert nlp.strings(doc, ids, lower=lower) == want
        assert all(memo[h] == w for h, w in zip(ids, want))
        assert nlp.strings(doc, ids, lower=lower) == want  # every id known now
        # a memo that fills up starts again in the middle of a document: the answers do not change
        monkeypatch.setattr(nlp, "_STRINGS_MAX", 2)
        memo.clear()
        assert nlp.strings(doc, ids, lower=lower) == want
        assert len(memo) <= 2
        monkeypatch.setattr(nlp, "_STRINGS_MAX", 32768)
    assert nlp.strings(doc, []) == []


def _business_by_word(doc, start: int, end: int) -> tuple[int, int]:
    """The word-by-word count ``_business_words`` made before session 43."""
    lemmas, words = [t.lemma_.lower() for t in doc], [t.lower_ for t in doc]
    legislative = electoral = 0
    for i in range(start, end):
        lemma = lemmas[i]
        if lemma in _ELECTORAL_WORDS:
            electoral += 1
        elif lemma in _LEGISLATIVE_WORDS or lemma == "house" and not (i > 0 and words[i - 1] == "white"):
            legislative += 1
    return legislative, electoral


def test_business_words_count_as_the_word_by_word_reading():
    assert not _ELECTORAL_WORDS & _LEGISLATIVE_WORDS  # what counting each list apart relies on
    assert "house" not in _ELECTORAL_WORDS | _LEGISLATIVE_WORDS
    # "House Republicans passed the bill before the White House vote ; the campaign and the Senate race ."
    words = ["House", "Republicans", "passed", "the", "bill", "before", "the", "White", "House", "vote", ";",
             "the", "campaign", "and", "the", "Senate", "race", ".", "House"]
    lemmas = ["House", "Republicans", "pass", "the", "bill", "before", "the", "White", "House", "vote", ";",
              "the", "campaign", "and", "the", "Senate", "race", ".", "house"]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert _business_words(doc, start, end) == _business_by_word(doc, start, end), (start, end)
    assert _business_words(doc, 0, len(doc)) == (5, 2)


def test_joined_initials_are_searched_only_in_a_name_with_a_stop():
    asked: list[str] = []
    ctx = SimpleNamespace(lookup_entry=lambda text: asked.append(text) or "found")
    assert _spaced_initials("George Roe", ctx) is None and asked == []  # type: ignore[arg-type]
    assert _spaced_initials("George H. Roe", ctx) is None and asked == []  # type: ignore[arg-type]
    assert _spaced_initials("George H.W. Roe", ctx) == "found"  # type: ignore[arg-type]
    assert asked == ["George H. W. Roe"]


def test_the_bundled_answer_to_a_name_is_kept_across_documents_until_an_entry_is_added():
    guard = Entry(name="Ruritanian Guard", kind="organization", codes=[("RUR", None, None)])
    actors = Dictionary([guard])
    B = SimpleNamespace(actors=actors)
    asked: list[str] = []
    lookup = actors.lookup

    def counted(text):
        asked.append(text)
        return lookup(text)

    actors.lookup = counted  # type: ignore[method-assign]
    assert _lookup([], B)("Ruritanian Guard") is guard  # type: ignore[arg-type]
    assert _lookup([], B)("Jay Roe") is None  # type: ignore[arg-type]
    assert asked == ["Ruritanian Guard", "Jay Roe"]
    # the next document's questions: answered from the dictionary's derived answers
    second = _lookup([], B)  # type: ignore[arg-type]
    assert second("Ruritanian Guard") is guard and second("Jay Roe") is None
    assert asked == ["Ruritanian Guard", "Jay Roe"]
    # an entry added empties them: "Jay Roe" is a person now
    roe = Entry(name="Jay Roe", kind="person")
    actors.add(roe)
    assert actors.derived == {}
    assert _lookup([], B)("Jay Roe") is roe  # type: ignore[arg-type]
    assert asked[-1] == "Jay Roe"
    # a user dictionary is asked first, in each document, whatever the bundled actors answered before
    user = Dictionary([Entry(name="Ruritanian Guard", kind="group")])
    assert _lookup([user], B)("Ruritanian Guard") is user.entries[0]  # type: ignore[arg-type]


def test_a_surnames_officeholders_on_the_day_are_read_once_per_document(monkeypatch):
    holder = Entry(name="Jay Roe", kind="person", titles=["president"], codes=[("RURGOV", "2010-01-01", None)])
    former = Entry(name="Ann Roe", kind="person", titles=["senator"], codes=[("RURLEG", "1990-01-01", "1999-12-31")])
    reads: list[int] = []

    def index():
        reads.append(1)
        return {"roe": [holder, former]}

    monkeypatch.setattr(_people, "_surname_index", index)
    known: dict = {}
    day = dt.date(2018, 5, 1)
    for _ in range(3):  # no "president" before the surname in the text: no cluster, the holders kept
        assert _officeholder_cluster([], ["roe"], None, 0, day, {}, None, known) is None
    assert reads == [1] and known == {"roe": [holder]}
    assert _officeholder_cluster([], ["roe"], None, 0, day, {}) is None  # without a memo: read again
    assert reads == [1, 1]


def _in_office_then_by_token(cl: Cluster, doc, entry: Entry, loose: bool = True) -> bool:
    """``_in_office_then`` as it read the sentence's Tokens before session 43."""
    from newsgraph.actors._dictionaries import split_code
    from newsgraph.actors._people import _argument_of, _plural_title
    from newsgraph.nlp import clause_verb, span_root

    terms = [(int(c[1][:4]), int(c[2][:4])) for c in entry.codes
             if c[1] and c[2] and split_code(c[0])[1] == "GOV"]
    for c in cl.cands:
        sent = doc[c.start].sent
        if _plural_title(doc, c.start, c.end) or loose and any(
                t.lower_ == "under" for t in doc[max(c.start - 2, sent.start):c.start]):
            return True
        verb = _argument_of(span_root(doc, c.start, c.end))
        for t in sent:
            if len(t.text) == 4 and t.text.isdigit() and any(a <= int(t.text) <= b for a, b in terms) and (
                    loose or verb is not None and clause_verb(t).i == verb):
                return True
    return False


@pytest.mark.parametrize("words,heads,deps,pos,name", [
    # "Roe signed it in 1994 ." / "Doe met Roe in 1994 ." / "Under Roe , taxes rose in 2003 ." (invented)
    (["Roe", "signed", "it", "in", "1994", "."], [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "PRON", "ADP", "NUM", "PUNCT"], (0, 1)),
    (["Doe", "met", "Roe", "in", "1994", "."], [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "PROPN", "ADP", "NUM", "PUNCT"], (2, 3)),
    (["Under", "Roe", ",", "taxes", "rose", "in", "2003", "."], [4, 0, 4, 4, 4, 4, 5, 4],
     ["prep", "pobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"],
     ["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "ADP", "NUM", "PUNCT"], (1, 2)),
    (["Roe", "left", "in", "２０２０", "."], [1, 1, 1, 2, 1],  # full-width digits: a word of four digits too
     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "NUM", "PUNCT"], (0, 1)),
])
def test_a_past_officeholders_time_in_office_reads_as_the_tokens_did(words, heads, deps, pos, name):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    nlp.index_sentences(doc)
    cl = Cluster("person")
    cl.cands = [Cand(name[0], name[1], words[name[0]], "PERSON")]
    for codes in ([("RURGOV", "1993-01-01", "2001-01-20")], [("RURGOV", "2015-01-01", "2021-01-20")],
                  [("RURLEG", "1993-01-01", "2001-01-20")]):
        entry = Entry(name="Jay Roe", kind="person", codes=codes)
        for loose in (True, False):
            assert _in_office_then(cl, doc, entry, loose) == _in_office_then_by_token(cl, doc, entry, loose)
    nlp.release(doc)
