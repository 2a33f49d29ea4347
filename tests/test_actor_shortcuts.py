"""Shortcuts of the actors stage (issue #19) that must answer as what they replace: a span's root read from
the head column (``nlp.root_of``, spaCy's ``Span.root``), the test of whether a sentence names a country
before its countries are weighed (``names_a_country``), the person search of ``cluster_people``, the name
cleaning read from the part-of-speech column, and the word after a name read before its sentence (a one-word
name's dictionary extension, a home town). The docs are built by hand, so no model is loaded."""

from __future__ import annotations

import random

from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.lang.en import English

from newsgraph.actors._agents import context_country, names_a_country
from newsgraph.actors._mentions import _clean
from newsgraph.actors._people import _find_person, _home_town, _misspelling, _same_middle, edit_distance
from newsgraph.actors._cluster import Cluster
from newsgraph.nlp import root_of

_VOCAB = English().vocab  # English's word flags (is_title, is_punct, ...), no model


def test_root_of_is_spacy_s_span_root():
    rng = random.Random(32)
    words = ["Jay", "Roe", ",", "the", "envoy", ",", " ", "said", "it", "."]
    # a tree, then trees with two roots, punctuation and a space hanging in odd places
    cases = [[1, 7, 1, 4, 1, 1, 5, 7, 7, 7]]
    for _ in range(40):
        heads = []
        for i in range(len(words)):
            heads.append(i if i in (0, 7) else rng.choice([j for j in range(len(words)) if j != i and j in (0, 7)]
                                                         if rng.random() < 0.3 else [0, 7]))
        cases.append(heads)
    for heads in cases:
        doc = Doc(_VOCAB, words=words, heads=heads, deps=["dep"] * len(words))
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                assert root_of(doc, start, end).i == doc[start:end].root.i, (heads, start, end)


def test_names_a_country_is_where_the_sentence_s_countries_count():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randrange(1, 40)
        sent_of, s = [], 0
        for i in range(n):
            if i and rng.random() < 0.2:
                s += 1
            sent_of.append(s)
        iso_mentions = sorted((i, rng.choice(["FRA", "DEU", "USA"])) for i in rng.sample(range(n), rng.randrange(0, n + 1) // 3))
        for token in range(n):
            assert names_a_country(token, sent_of, iso_mentions) == (
                context_country(token, sent_of, iso_mentions) is not None)


def _find_person_before(people, words, start, said=None):
    """``_find_person`` as it read before its loop was tightened: the reference."""
    if not words:
        return None
    names = (lambda cl: said.get(id(cl), [])) if said is not None else Cluster.words
    best = None
    for cl in people:
        for ws in names(cl):
            if ws == words:
                return cl
            if len(words) > 1 and len(ws) > 1:
                if ws[-1] == words[-1] and (ws[0].startswith(words[0]) or words[0].startswith(ws[0])) and (
                        _same_middle(ws[1:-1], words[1:-1])):
                    return cl
                if len(ws) > len(words) and ws[-len(words):] == words:
                    return cl
            elif len(words) == 1:
                if ws[-1] == words[0] or (len(ws) > 1 and ws[0] == words[0] and best is None):
                    best = best or cl
    if best is not None or len(words) > 1:
        return best
    w = words[0]
    for cl in people:
        for ws in names(cl):
            if len(w) >= 5 and ws[-1][:1] == w[:1] and edit_distance(w, ws[-1], 2) <= _misspelling(w, ws[-1]):
                return cl
    return None


def test_find_person_finds_whom_it_found():
    rng = random.Random(19)
    vocab = ["jay", "j", "roe", "doe", "de", "durand", "etienne", "khalilzad", "khalizad", "h", "w", "bush", "george"]
    for _ in range(2000):
        people, said = [], {}
        for _k in range(rng.randrange(0, 5)):
            cl = Cluster("person")
            people.append(cl)
            said[id(cl)] = [[rng.choice(vocab) for _w in range(rng.randrange(1, 4))] for _n in range(rng.randrange(1, 3))]
        words = [rng.choice(vocab) for _w in range(rng.randrange(0, 4))]
        assert _find_person(people, words, 0, said) is _find_person_before(people, words, 0, said)


_QUOTES = set("\"'“”‘’«»`")


def _clean_before(doc, start, end):
    """``_clean`` as it read each token's ``pos_`` before it read the part-of-speech column: the reference."""
    toks = list(doc)
    while start < end and (toks[start].pos_ == "DET" or toks[start].is_punct or toks[start].text in _QUOTES):
        start += 1
    if end - start > 1 and toks[start].is_sent_start and toks[start].pos_ in ("AUX", "VERB", "ADV", "SCONJ", "INTJ"):
        start += 1
    for i in range(start + 1, end):
        if toks[i].is_quote or toks[i].text in _QUOTES:
            end = i
            break
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].is_punct and toks[end - 1].text != "."
                           or toks[end - 1].text in _QUOTES):
        end -= 1
    return start, end


def test_clean_reads_the_part_of_speech_column_as_the_tokens():
    rng = random.Random(3)
    pool = [("the", "DET", "DT"), ("Say", "VERB", "VB"), ("Mexico", "PROPN", "NNP"), ("'s", "PART", "POS"),
            ("“", "PUNCT", "``"), (".", "PUNCT", "."), (",", "PUNCT", ","), ("News", "PROPN", "NNP"),
            ("Also", "ADV", "RB"), ("Roe", "PROPN", "NNP"), ("'", "PUNCT", "''")]
    symbols = StringStore()
    for _ in range(300):
        picked = [rng.choice(pool) for _w in range(rng.randrange(1, 7))]
        doc = Doc(_VOCAB, words=[w for w, _p, _t in picked], pos=[p for _w, p, _t in picked],
                  tags=[t for _w, _p, t in picked], sent_starts=[True] + [rng.random() < 0.2 for _w in picked[1:]])
        pos = [symbols.as_int(p) for _w, p, _t in picked]
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                assert _clean(doc, start, end, list(doc), pos) == _clean_before(doc, start, end)


def _extension_before(doc, start, end, lookup_entry, agents, toks, low):
    """``_dictionary_extension`` as it read before it tested the word after the name first: the reference."""
    if end - start != 1:
        return end
    if lookup_entry(doc[start:end].text) is not None:
        return end
    sent_end = toks[start].sent.end
    best = end
    for stop in range(end + 1, min(end + 3, sent_end) + 1):
        t = toks[stop - 1]
        if not (t.is_title or t.is_upper) or t.is_punct:
            break
        whole = not t.ent_type_ or stop == len(doc) or toks[stop].ent_iob_ != "I"
        entry = lookup_entry(doc[start:stop].text)
        if low[stop - 1] in agents:
            break
        if whole and entry is not None and entry.kind in ("organization", "group"):
            best = stop
    return best


def _home_town_before(doc, i, B):
    """``_home_town`` as it read the sentence before the comma: the reference."""
    toks = list(doc)
    sent_end = toks[i - 1].sent.end if i > 0 else len(doc)
    if i >= sent_end or toks[i].text != ",":
        return None
    i += 1
    if i + 1 < sent_end and toks[i].like_num and toks[i + 1].text == ",":
        i += 2
    if i >= sent_end or toks[i].lower_ not in ("of", "from"):
        return None
    i += 1
    start = i
    while i < sent_end and toks[i].ent_type_ in ("GPE", "LOC") and (toks[i].is_title or toks[i].is_upper):
        i += 1
    if i == start or i < sent_end and toks[i].is_title and not toks[i].is_punct:
        return None
    return B.places.get(doc[start:i].text.lower())


def test_a_name_s_next_word_is_read_first_as_the_sentence_was():
    from types import SimpleNamespace

    from newsgraph.actors._mentions import _dictionary_extension
    from newsgraph.nlp import index_sentences, lowers, tokens

    rng = random.Random(11)
    pool = ["Islamic", "State", "Roe", "said", ",", "42", "of", "Lyon", "ISIS", "the", ".", "Group"]
    known = {"islamic state": "group", "roe": "person", "islamic state group": "organization", "lyon": "place"}
    lookup = lambda text: SimpleNamespace(kind=known[text.lower()]) if text.lower() in known else None  # noqa: E731
    B = SimpleNamespace(places={"lyon": "FRA"})
    fixed = [["Jay", "Roe", ",", "of", "Lyon", ",", "said", "."], ["Roe", ",", "42", ",", "of", "Lyon", "."],
             ["Islamic", "State", "Group", "said", "."], ["the", "Islamic", "State", "ISIS", "."], ["Roe", ","]]
    for k in range(400):
        words = fixed[k] if k < len(fixed) else [rng.choice(pool) for _w in range(rng.randrange(1, 9))]
        ents = ["B-GPE" if w == "Lyon" else "O" for w in words]
        breaks = [False] * (len(words) - 1) if k < len(fixed) else [rng.random() < 0.25 for _w in words[1:]]
        doc = Doc(_VOCAB, words=words, ents=ents, sent_starts=[True] + breaks)
        index_sentences(doc)
        toks, low = tokens(doc), lowers(doc)
        for start in range(len(doc)):
            for end in range(start + 1, min(start + 3, len(doc)) + 1):
                assert _dictionary_extension(doc, start, end, lookup, {"group": "x"}, toks, low) == (
                    _extension_before(doc, start, end, lookup, {"group": "x"}, toks, low))
        for i in range(len(doc) + 1):
            assert _home_town(doc, i, B) == _home_town_before(doc, i, B)
