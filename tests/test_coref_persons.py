"""A definite description of a person named before by what the text told of them ("the California
Democrat", "the former Massachusetts governor") refers to the one person whose words fit every word of
it (actors/_coref.py, ``resolve_described``; issues #19 and #20). The fast tests build their docs by
hand; the last ones parse invented sentences with the model."""

from __future__ import annotations

import datetime as dt

from newsgraph.actors._coref import Ref, described_evidence, legislator_words, resolve_described


def _doc(words: list[tuple[str, str, str, str, int]]):
    """A doc of (word, tag, pos, dep, head offset from the word) in one sentence."""
    import spacy
    from spacy.tokens import Doc

    n = len(words)
    heads = [i + w[4] for i, w in enumerate(words)]
    doc = Doc(spacy.blank("en").vocab, words=[w[0] for w in words], tags=[w[1] for w in words],
              pos=[w[2] for w in words], deps=[w[3] for w in words], heads=heads,
              sent_starts=[True] + [False] * (n - 1))
    return doc


# "Sen. Jan Roe ( D - Calif . ) and Kim Poe spoke , and the California Democrat said no ."
_SENTENCE = [
    ("Sen.", "NNP", "PROPN", "compound", 2), ("Jan", "NNP", "PROPN", "compound", 1),
    ("Roe", "NNP", "PROPN", "nsubj", 7), ("(", "-LRB-", "PUNCT", "punct", -1),
    ("D-Calif.", "NNP", "PROPN", "appos", -2), (")", "-RRB-", "PUNCT", "punct", -3),
    ("and", "CC", "CCONJ", "cc", -4), ("Kim", "NNP", "PROPN", "compound", 1),
    ("Poe", "NNP", "PROPN", "conj", -6), ("spoke", "VBD", "VERB", "ROOT", 0),
    (",", ",", "PUNCT", "punct", -1), ("and", "CC", "CCONJ", "cc", -2),
    ("the", "DT", "DET", "det", 2), ("California", "NNP", "PROPN", "compound", 1),
    ("Democrat", "NNP", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "conj", -6),
    ("no", "UH", "INTJ", "dobj", -1), (".", ".", "PUNCT", "punct", -8),
]


def _refs() -> list[Ref]:
    return [Ref(0, 3, "jan-roe", "person"), Ref(7, 9, "kim-poe", "person")]


def test_a_party_mark_and_a_state_beside_a_name_are_its_words():
    doc = _doc(_SENTENCE)
    ev = described_evidence(doc, _refs(), {}, set())
    assert {"democrat", "california"} <= set(ev["jan-roe"])
    assert "california" not in ev["kim-poe"]


# "Remarks by Governor Ada Pell of Ohio about Kim Poe angered state lawmakers ."
_BESIDE = [
    ("Remarks", "NNS", "NOUN", "nsubj", 10), ("by", "IN", "ADP", "prep", -1),
    ("Governor", "NNP", "PROPN", "compound", 2), ("Ada", "NNP", "PROPN", "compound", 1),
    ("Pell", "NNP", "PROPN", "pobj", -3), ("of", "IN", "ADP", "prep", -1), ("Ohio", "NNP", "PROPN", "pobj", -1),
    ("about", "IN", "ADP", "prep", -3), ("Kim", "NNP", "PROPN", "compound", 1), ("Poe", "NNP", "PROPN", "pobj", -2),
    ("angered", "VBD", "VERB", "ROOT", 0), ("state", "NN", "NOUN", "compound", 1),
    ("lawmakers", "NNS", "NOUN", "dobj", -2), (".", ".", "PUNCT", "punct", -3),
]


def test_the_words_beside_a_name_stop_at_a_preposition_before_it_and_go_on_after_of():
    # before the name a preposition ends its words ("by"); after it "of" carries on and "about" ends
    # them; the other person's words stop at the preposition before and the verb after
    doc = _doc(_BESIDE)
    ev = described_evidence(doc, [Ref(3, 5, "ada-pell", "person"), Ref(8, 10, "kim-poe", "person")], {}, set())
    read = {a: sorted(i for at in words.values() for i in at) for a, words in ev.items()}
    assert read == {"ada-pell": [2, 3, 4, 5, 6], "kim-poe": [8, 9]}


def test_the_state_party_noun_refers_to_the_one_person_it_fits():
    doc = _doc(_SENTENCE)
    found = resolve_described(doc, _refs(), {}, set(), [0] * len(doc))
    assert [(s, e, r.actor) for s, e, r in found] == [(12, 15, "jan-roe")]


def test_two_persons_who_fit_leave_the_description_unresolved():
    doc = _doc(_SENTENCE)
    known = {"kim-poe": ["california", "democrat"]}
    assert resolve_described(doc, _refs(), {}, set(), [0] * len(doc), known=known) == []


def test_no_person_who_fits_leaves_it_unresolved():
    words = [w if w[0] != "D-Calif." else ("R-Ohio", *w[1:]) for w in _SENTENCE]
    doc = _doc(words)
    assert resolve_described(doc, _refs(), {}, set(), [0] * len(doc)) == []


def test_the_legislators_base_gives_state_and_party_on_the_articles_date():
    # the base's first senator of Washington since 2001 (Wikidata Q22250)
    words = legislator_words("Q22250", dt.date(2015, 6, 1))
    assert words == ["washington", "democrat"]
    assert legislator_words("Q22250", dt.date(1990, 6, 1)) == []  # before the first term: not yet a member
    assert legislator_words("Q0", dt.date(2015, 6, 1)) == []


def _mentions(extractor, text: str) -> dict[str, list[str]]:
    from newsgraph.records import Document

    r = extractor(Document(text=text, published="2016-05-01"))
    return {a.name: [m.text for m in r.mentions if m.actor == a.id] for a in r.actors}


def test_the_california_democrat_is_the_senator_named_with_that_mark(extractor):
    m = _mentions(extractor, "Sen. Jane Roberts (D-Calif.) criticized the plan on Tuesday. Rep. Tom Bell, "
                             "R-Wis., defended it. The California Democrat said the plan would fail.")
    assert "The California Democrat" in m["Jane Roberts"]
    assert not any(name in ("Democrat", "California") for name in m)


def test_the_former_governor_of_a_state_is_the_one_who_governed_it(extractor):
    m = _mentions(extractor, "Former Massachusetts Gov. Jon Miller spoke in Ohio. Florida Gov. Rick Lane also "
                             "spoke there. The former Massachusetts governor said he would run again.")
    assert "The former Massachusetts governor" in m["Jon Miller"]
    assert "The former Massachusetts governor" not in m.get("Rick Lane", [])


def test_an_ordinal_sets_the_described_person_apart():
    words = [w if w[0] != "California" else ("other", "JJ", "ADJ", "amod", 1) for w in _SENTENCE]
    words = [w if w[0] != "D-Calif." else ("D-Calif.", *w[1:]) for w in words]
    doc = _doc(words)
    known = {"jan-roe": ["other"]}  # even when the word is beside the name
    assert resolve_described(doc, _refs(), {}, set(), [0] * len(doc), known=known) == []
    words = [w if w[0] != "other" else ("Golden", "JJ", "ADJ", "amod", 1) for w in words]
    known = {"jan-roe": ["golden"]}
    assert [r.actor for _s, _e, r in resolve_described(_doc(words), _refs(), {}, set(), [0] * len(doc),
                                                          known=known)] == ["jan-roe"]


# "Billionaire investor Tom Reyes , 72 , met Ann Cole . The billionaire said no ." in one sentence
_TRADE = [
    ("Billionaire", "NNP", "PROPN", "compound", 2), ("investor", "NN", "NOUN", "compound", 1),
    ("Tom", "NNP", "PROPN", "compound", 1), ("Reyes", "NNP", "PROPN", "nsubj", 5),
    (",", ",", "PUNCT", "punct", -1), ("met", "VBD", "VERB", "ROOT", 0),
    ("Ann", "NNP", "PROPN", "compound", 1), ("Cole", "NNP", "PROPN", "dobj", -2),
    ("and", "CC", "CCONJ", "cc", -3), ("the", "DT", "DET", "det", 1),
    ("billionaire", "NN", "NOUN", "nsubj", 1), ("said", "VBD", "VERB", "conj", -6),
    ("no", "UH", "INTJ", "dobj", -1), (".", ".", "PUNCT", "punct", -7),
]


def _trade_refs() -> list[Ref]:
    return [Ref(2, 4, "tom-reyes", "person"), Ref(6, 8, "ann-cole", "person")]


def test_a_trade_noun_alone_is_the_person_the_text_gave_it():
    doc = _doc(_TRADE)
    found = resolve_described(doc, _trade_refs(), {}, set(), [0] * len(doc))
    assert [(s, e, r.actor) for s, e, r in found] == [(9, 11, "tom-reyes")]


def test_a_trade_noun_no_person_was_given_stays_unresolved():
    words = [w if w[0] != "Billionaire" else ("Retired", "JJ", "ADJ", "amod", 2) for w in _TRADE]
    doc = _doc(words)
    assert resolve_described(doc, _trade_refs(), {}, set(), [0] * len(doc)) == []


def _age_doc(age: str):
    # "Tom Reyes , 72 , met Ann Cole and the AGE - year - old said no ."
    return _doc([
        ("Tom", "NNP", "PROPN", "compound", 1), ("Reyes", "NNP", "PROPN", "nsubj", 4),
        (",", ",", "PUNCT", "punct", -1), ("72", "CD", "NUM", "appos", -2), ("met", "VBD", "VERB", "ROOT", 0),
        ("Ann", "NNP", "PROPN", "compound", 1), ("Cole", "NNP", "PROPN", "dobj", -2),
        ("and", "CC", "CCONJ", "cc", -3), ("the", "DT", "DET", "det", 5), (age, "CD", "NUM", "nummod", 2),
        ("-", "HYPH", "PUNCT", "punct", 1), ("year", "NN", "NOUN", "npadvmod", 2), ("-", "HYPH", "PUNCT", "punct", 1),
        ("old", "JJ", "ADJ", "nsubj", 1), ("said", "VBD", "VERB", "conj", -10), (".", ".", "PUNCT", "punct", -11),
    ])


def test_an_age_is_the_person_of_that_age():
    doc = _age_doc("72")
    refs = [Ref(0, 2, "tom-reyes", "person"), Ref(5, 7, "ann-cole", "person")]
    assert [(s, e, r.actor) for s, e, r in resolve_described(doc, refs, {}, set(), [0] * len(doc))] == [
        (8, 14, "tom-reyes")]
    doc = _age_doc("45")
    assert resolve_described(doc, refs, {}, set(), [0] * len(doc)) == []


def test_a_vice_president_is_not_the_president_nor_a_party_title_another_partys_holder():
    from newsgraph.actors._coref import resolve_titles

    # "Vice President Mike Pence met Xi and the Republican president spoke ." with Pence's head "vice president"
    words = [
        ("Vice", "NNP", "PROPN", "compound", 1), ("President", "NNP", "PROPN", "compound", 2),
        ("Mike", "NNP", "PROPN", "compound", 1), ("Pence", "NNP", "PROPN", "nsubj", 1),
        ("met", "VBD", "VERB", "ROOT", 0), ("Xi", "NNP", "PROPN", "dobj", -1), ("and", "CC", "CCONJ", "cc", -2),
        ("the", "DT", "DET", "det", 2), ("Republican", "JJ", "ADJ", "amod", 1), ("president", "NN", "NOUN", "nsubj", 1),
        ("spoke", "VBD", "VERB", "conj", -6), (".", ".", "PUNCT", "punct", -7),
    ]
    doc = _doc(words)
    refs = [Ref(2, 4, "pence", "person"), Ref(5, 6, "xi", "person")]
    sents = [0] * len(doc)
    assert resolve_titles(doc, refs, {"pence": ["vice president"]}, set(), sents) == []

    def told(actor: str) -> set[str]:
        return {"xi": {"communist"}, "roe": {"democrat"}}.get(actor, set())

    # the holder of the title whose party the text does not tell
    assert [r.actor for _s, _e, r in resolve_titles(doc, refs, {"xi": ["president"]}, set(), sents, told=told)] == [
        "xi"]
    # a holder of another party is left out
    refs = [Ref(2, 4, "pence", "person"), Ref(5, 6, "roe", "person")]
    assert resolve_titles(doc, refs, {"roe": ["president"]}, set(), sents, told=told) == []


# "Sen. Jan Roe spoke , and the California Democrat said no ."
_UNTOLD = [
    ("Sen.", "NNP", "PROPN", "compound", 2), ("Jan", "NNP", "PROPN", "compound", 1),
    ("Roe", "NNP", "PROPN", "nsubj", 1), ("spoke", "VBD", "VERB", "ROOT", 0),
    (",", ",", "PUNCT", "punct", -1), ("and", "CC", "CCONJ", "cc", -2),
    ("the", "DT", "DET", "det", 2), ("California", "NNP", "PROPN", "compound", 1),
    ("Democrat", "NNP", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "conj", -6),
    ("no", "UH", "INTJ", "dobj", -1), (".", ".", "PUNCT", "punct", -8),
]


def test_a_politician_whose_party_the_text_does_not_tell_is_the_party_noun_just_after():
    doc = _doc(_UNTOLD)
    refs = [Ref(0, 3, "jan-roe", "person")]
    assert [(s, e, r.actor) for s, e, r in resolve_described(doc, refs, {}, set(), [0] * len(doc))] == [
        (6, 9, "jan-roe")]
    # a party or a state the base gives her that is not the description's: not her
    for known in (["texas", "democrat"], ["california", "republican"]):
        assert resolve_described(doc, refs, {}, set(), [0] * len(doc), known={"jan-roe": known}) == []
    # a person of no political office or party: not her either
    words = [w if w[0] != "Sen." else ("Dr.", *w[1:]) for w in _UNTOLD]
    doc = _doc(words)
    assert resolve_described(doc, refs, {}, set(), [0] * len(doc)) == []
    # a candidate with no seat of a state is no "California Democrat"
    words = [w if w[0] != "Sen." else ("candidate", "NN", "NOUN", "compound", 2) for w in _UNTOLD]
    doc = _doc(words)
    assert resolve_described(doc, refs, {}, set(), [0] * len(doc)) == []


# "Obama met Assad . The president spoke ." with the title nine sentences after the names
_FAR = [
    ("Obama", "NNP", "PROPN", "nsubj", 1), ("met", "VBD", "VERB", "ROOT", 0), ("Assad", "NNP", "PROPN", "dobj", -1),
    (".", ".", "PUNCT", "punct", -2), ("The", "DT", "DET", "det", 1), ("president", "NN", "NOUN", "nsubj", 1),
    ("spoke", "VBD", "VERB", "conj", -5), (".", ".", "PUNCT", "punct", -1),
]


def test_a_bare_title_far_from_any_holder_is_the_officeholder_the_list_gives_on_the_day():
    from newsgraph.actors._coref import resolve_titles

    doc = _doc(_FAR)
    refs = [Ref(0, 1, "obama", "person"), Ref(2, 3, "assad", "person")]
    sents = [0, 0, 0, 0, 9, 9, 9, 9]
    heads = {"assad": ["president"]}  # the text titled Assad president, Obama not
    countries = {"obama": "USA", "assad": "SYR"}

    def run(kb: dict[str, str | None], iso_at: dict[int, str] | None = None) -> list[str]:
        return [r.actor for _s, _e, r in resolve_titles(doc, refs, heads, set(), sents, countries, iso_at or {},
                                                        in_office=lambda title: kb if title == "president" else {})]

    # the list knows no holder: the one person the text titled so, where no other country is named near
    assert run({}) == ["assad"]
    assert run({}, {4: "USA"}) == []
    # the list's one holder among the persons named, though the text titled another so
    assert run({"obama": "USA"}) == ["obama"]
    # two holders: the one whose country the sentence names before the title; neither named, nor more often
    # the article's
    assert run({"obama": "USA", "assad": "SYR"}, {4: "USA"}) == ["obama"]
    assert run({"obama": "USA", "assad": "SYR"}, {4: "SYR"}) == ["assad"]
    # a country named after the title is the sentence's target, not the holder's
    assert run({"obama": "USA", "assad": "SYR"}, {6: "SYR"}) == []
    assert run({"obama": "USA", "assad": "SYR"}) == []


def test_the_officeholders_list_gives_a_person_the_office_on_the_articles_date_only():
    from newsgraph.actors._cluster import Cluster
    from newsgraph.actors._link import office_holders

    trump = Cluster("person")
    trump.id, trump.name, trump.wikidata = "donald-trump", "Donald Trump", "Q22686"
    assert office_holders("president", [trump], dt.date(2017, 4, 7)) == {"donald-trump": "USA"}
    assert office_holders("president", [trump], dt.date(2016, 4, 7)) == {}
    assert office_holders("prime minister", [trump], dt.date(2017, 4, 7)) == {}
    assert office_holders("president", [trump], None) == {}
