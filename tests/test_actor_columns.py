"""The actors stage's column readings (session 20, speed15) give what the Token readings they replace
give: mentions inside event sentences by bisection, the lower-case singular nouns from one column, the
head walks of ``span_root``, ``mention_role`` and the cataphor check, the memoised office holder, and
(session 23, speed25) a party's legislative and electoral words counted from the lemma column."""

import random

import spacy
from spacy.tokens import Doc

from newsgraph.actors._coref import Ref, _cataphor
from newsgraph.actors._others import _ELECTORAL_WORDS, _LEGISLATIVE_WORDS, _business_words
from newsgraph.actors._owned import _lower_singular_nouns
from newsgraph.actors._people import _one_holder
from newsgraph.actors._political import mention_role, named_in
from newsgraph.nlp import index_sentences, span_root
from newsgraph.records import ActorTable, Mention

# "In his letter , Mayor Jan Ode noted that the administration failed ."
_WORDS = ["In", "his", "letter", ",", "Mayor", "Jan", "Ode", "noted", "that", "the", "administration",
          "failed", "."]
_HEADS = [7, 2, 0, 7, 6, 6, 7, 7, 11, 10, 11, 7, 7]
_DEPS = ["prep", "poss", "pobj", "punct", "compound", "compound", "nsubj", "ROOT", "mark", "det", "nsubj",
         "ccomp", "punct"]
_TAGS = ["IN", "PRP$", "NN", ",", "NNP", "NNP", "NNP", "VBD", "IN", "DT", "NN", "VBD", "."]


def _doc():
    return index_sentences(Doc(spacy.blank("en").vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, tags=_TAGS))


def test_named_in_by_bisection_is_the_scan_over_every_span():
    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 40)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 6)))]
        mentions = [Mention(actor=f"a{k}", span=(s, s + 3), tokens=(0, 1), text="x")
                    for k, s in enumerate(rng.randint(0, 250) for _ in range(12))]
        table = ActorTable(actors=[], mentions=mentions)
        scan = {m.actor for m in mentions if any(s <= m.span[0] < e for s, e in spans)}
        assert named_in(table, spans) == scan


def test_lower_singular_nouns_are_the_tokens_read_one_by_one():
    every = frozenset({"", "letter", "administration", "mayor", "in"})  # ("": no lemmatizer, no lemma)

    def one_by_one(doc, lemmas):
        return [(t.i, t.lemma_.lower()) for t in doc if t.is_lower and t.tag_ == "NN" and t.lemma_.lower() in lemmas]

    doc = _doc()
    assert _lower_singular_nouns(doc, every) == one_by_one(doc, every)
    assert [i for i, _lemma in _lower_singular_nouns(doc, every)] == [2, 10]
    # the lemmas as a Token gives them, lower-cased
    lemmas = [w.lower() for w in _WORDS]
    lemmas[10] = "Administration"
    doc = Doc(spacy.blank("en").vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, tags=_TAGS, lemmas=lemmas)
    assert _lower_singular_nouns(doc, every) == one_by_one(doc, every)
    assert _lower_singular_nouns(doc, every) == [(2, "letter"), (10, "administration")]
    assert _lower_singular_nouns(doc, frozenset({"administration"})) == [(10, "administration")]
    # a word not in lower case is left out whatever its lemma ("Letter" opening a line, tagged NN)
    words = list(_WORDS)
    words[2] = "Letter"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=_HEADS, deps=_DEPS, tags=_TAGS, lemmas=lemmas)
    assert _lower_singular_nouns(doc, every) == one_by_one(doc, every) == [(10, "administration")]
    assert _lower_singular_nouns(Doc(spacy.blank("en").vocab, words=[]), every) == []


def _walk(doc, start, end):  # span_root as it read Token heads, from the last word up
    root = doc[end - 1]
    while start <= root.head.i < end and root.head.i != root.i:
        root = root.head
    return root


def test_span_root_from_the_head_column_is_the_token_walk():
    doc = _doc()
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_root(doc, start, end) == _walk(doc, start, end)


def test_mention_role_reads_the_heads_from_the_column():
    doc = _doc()
    assert mention_role(doc, 4, 7) == "subject"  # "Mayor Jan Ode noted"
    assert mention_role(doc, 2, 3) == "place"  # "in his letter"
    assert mention_role(doc, 1, 2) == "party"  # "his"


def test_cataphor_finds_the_subject_a_phrase_before_it_anticipates():
    doc = _doc()
    ode = Ref(4, 7, "jan-ode", "person", "M", 0, True)
    assert _cataphor(doc, doc[1], [ode], "M", 0) is ode  # "In his letter, ... Ode noted"
    assert _cataphor(doc, doc[1], [ode], "F", 0) is None


def test_one_holder_memoised_gives_the_uncached_answer():
    for surname, day in (("biden", "2022-05-01"), ("trump", "2018-01-01"), ("nobody", "2020-01-01")):
        assert _one_holder(surname, day) is _one_holder.__wrapped__(surname, day)


def _business_by_tokens(span, doc):  # _business_words as it read each Token's lemma_ and the word before
    legislative = electoral = 0
    for t in span:
        lemma = t.lemma_.lower()
        if lemma in _ELECTORAL_WORDS:
            electoral += 1
        elif lemma in _LEGISLATIVE_WORDS or lemma == "house" and not (t.i > 0 and doc[t.i - 1].lower_ == "white"):
            legislative += 1
    return legislative, electoral


def test_business_words_from_the_columns_are_the_tokens_read_one_by_one():
    # "The White House met the House caucus . Senators voted on the Bill before the Campaign ."
    words = ["The", "White", "House", "met", "the", "House", "caucus", ".", "Senators", "voted", "on", "the",
             "Bill", "before", "the", "Campaign", "."]
    lemmas = ["the", "White", "House", "meet", "the", "House", "caucus", ".", "senator", "vote", "on", "the",
              "Bill", "before", "the", "Campaign", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    for start, end in ((0, len(doc)), (0, 8), (8, len(doc)), (2, 3), (5, 5)):
        assert _business_words(doc, start, end) == _business_by_tokens(doc[start:end], doc)
    # "White House" is the executive, "House" alone the chamber; "Bill" and "Campaign" by their lemma
    assert _business_words(doc, 0, 8) == (2, 0)
    assert _business_words(doc, 0, len(doc)) == (4, 1)
