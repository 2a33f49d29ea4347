"""The per-document token columns of ``nlp`` (``lowers``, ``token_array``) read what the Token attributes
give, and the actors loops that use them pick the same tokens as reading every Token would."""

import spacy

from newsgraph.nlp import ARRAY_COLUMNS, index_sentences, lowers, release, token_array, tokens

TEXT = ("The ENVOY\u2019s talks in Doha (Also on Radio Ruritania: McAdams Quits) ended. Said Jane Roe-Smith "
        "of the U.N. on Monday: \u201cWe LEFT.\u201d\n\nTester said Peabody would stay, and Rupert agreed.")


def _col(name: str) -> int:
    return ARRAY_COLUMNS.index(name)


def test_lowers_are_each_tokens_lower_case_form_and_are_released():
    doc = spacy.blank("en")(TEXT)
    assert lowers(doc) == [t.lower_ for t in doc]
    assert lowers(doc) is lowers(doc)  # built once per document
    release(doc)
    assert not any(key.startswith("newsgraph.") for key in doc.user_data if isinstance(key, str))


def test_token_array_flags_are_the_tokens_flags():
    doc = spacy.blank("en")(TEXT)
    arr = token_array(doc)
    assert arr.shape == (len(doc), len(ARRAY_COLUMNS))
    for t in tokens(doc):
        assert bool(arr[t.i, _col("IS_TITLE")]) == t.is_title
        assert bool(arr[t.i, _col("IS_UPPER")]) == t.is_upper
        assert bool(arr[t.i, _col("IS_PUNCT")]) == t.is_punct


def test_token_array_pos_and_entity_columns(nlp):
    doc = nlp(TEXT)
    arr = token_array(doc)
    for t in doc:
        assert arr[t.i, _col("POS")] == t.pos
        assert bool(arr[t.i, _col("ENT_TYPE")]) == bool(t.ent_type_)


def test_lone_proper_nouns_are_the_ones_the_token_reading_finds(nlp):
    from newsgraph.actors._mentions import _lone_proper_nouns

    doc = nlp(TEXT)
    expected = [t.i for t in doc if t.pos_ == "PROPN" and t.is_title and not t.ent_type_
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")]
    assert _lone_proper_nouns(doc) == expected


def test_related_story_link_reads_the_shared_words(nlp):
    from newsgraph.actors._mentions import _related_link

    doc = index_sentences(nlp("Officials met. ( Also on Radio Ruritania: Jane Roe resigns ) Then Jane Roe spoke."))
    words = [t.text for t in doc]
    inside, outside = words.index("Jane"), len(words) - 1 - words[::-1].index("Jane")
    assert _related_link(doc, inside)
    assert not _related_link(doc, outside)  # after the closing parenthesis
    assert not _related_link(doc, 0)


def test_collect_finds_a_dictionary_name_spacy_left_untagged(nlp):
    from newsgraph.actors import _lookup
    from newsgraph.actors._dictionaries import bundled
    from newsgraph.actors._mentions import collect

    B = bundled()
    doc = index_sentences(nlp("the talks went on , said officials of the united nations and NATO in brussels ."))
    found = {c.text for c in collect(doc, B, _lookup([], B))}
    assert "NATO" in found


def test_yes_no_question_reads_its_mark_from_the_documents_text(nlp):
    from newsgraph.events import _is_question

    doc = index_sentences(nlp("Did Ruritania close the border? Ruritania closed the border. "
                              "Whether the talks resume is unclear?\n\nWho sent the envoy to the summit?"))
    got = [_is_question(s) for s in doc.sents]
    # the test as it read the sentence's own text and every word before: the same answers
    words = [[t for t in s if not t.is_punct and not t.is_space] for s in doc.sents]
    old = [bool(w) and s.text.rstrip().rstrip("\"'\u201d\u2019 ").endswith("?") and (
        w[0].pos_ == "AUX" or w[0].lower_ in ("whether", "if")) for s, w in zip(doc.sents, words)]
    assert got == old
    assert got[0] and not got[1]


# -- the string columns (``labels``), the lemma column, and the readers that use them (session 17) --------

def test_labels_are_the_tokens_string_attributes_and_are_released(nlp):
    from newsgraph.nlp import LABELS, labels

    doc = nlp(TEXT)
    for name, attr in zip(LABELS, ("pos_", "tag_", "dep_", "ent_type_"), strict=True):
        assert labels(doc, name) == [getattr(t, attr) for t in doc]
        assert labels(doc, name) is labels(doc, name)  # built once per document
    release(doc)
    assert not any(key.startswith("newsgraph.") for key in doc.user_data if isinstance(key, str))


def test_labels_of_a_doc_built_by_hand_and_of_an_empty_doc():
    from spacy.tokens import Doc

    from newsgraph.nlp import labels

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Envoys", "met", "."], pos=["NOUN", "VERB", "PUNCT"], deps=["nsubj", "ROOT", "punct"],
              heads=[1, 1, 1])
    assert labels(doc, "POS") == ["NOUN", "VERB", "PUNCT"]
    assert labels(doc, "DEP") == ["nsubj", "ROOT", "punct"]
    assert labels(doc, "ENT_TYPE") == ["", "", ""]
    assert labels(Doc(vocab, words=[]), "POS") == []


def test_the_string_memo_stays_within_its_bound(monkeypatch):
    from newsgraph import nlp as _nlp

    monkeypatch.setattr(_nlp, "_STRINGS", {})
    monkeypatch.setattr(_nlp, "_STRINGS_MAX", 4)
    doc = spacy.blank("en")("one two three four five six seven one two")
    assert lowers(doc) == [t.lower_ for t in doc]
    assert len(_nlp._STRINGS) <= 4


def test_lemma_column_lowers_lemmas_and_repairs_a_verb_that_lost_its_e():
    from spacy.tokens import Doc

    from newsgraph.events._lexicon import _lemma, lemma, lemmas

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Kyiv", "staged", "talks", "and", "hopes", "rose", "stags"],
              pos=["PROPN", "VERB", "NOUN", "CCONJ", "VERB", "VERB", "NOUN"],
              lemmas=["Kyiv", "stag", "talk", "and", "hop", "rise", "stag"])
    assert lemmas(doc) == ["kyiv", "stage", "talk", "and", "hope", "rise", "stag"]  # a noun keeps its lemma
    assert lemmas(doc) == [_lemma(t) for t in doc] == [lemma(t) for t in doc]
    assert lemmas(Doc(vocab, words=[])) == []


def test_lemma_column_is_each_tokens_lemma(nlp):
    from newsgraph.events._lexicon import _lemma, lemmas

    doc = nlp(TEXT + " The rebels staged raids, and the envoy hopes the ceasefire holds.")
    assert lemmas(doc) == [_lemma(t) for t in doc]


SENTENCES = ("Ruritania's army staged raids on the border town, and the envoy hopes talks resume.\n\n"
             "\u201cWe will not accept this,\u201d the minister told reporters in Doha on Monday after the "
             "attack on the convoy. Officials of the United Nations urged both sides to hold talks.")


def test_sentence_features_are_those_the_tokens_give(nlp):
    from newsgraph.events._lexicon import _lemma, lexicon
    from newsgraph.events._sentence import _ARG_DEPS, _CONTENT_POS, _QUOTES, features

    lex = lexicon()
    doc = index_sentences(nlp(SENTENCES))
    for sent in doc.sents:  # the features as they were read from each Token and the sentence's text
        out = {"bias"}
        for t in sent:
            lem = _lemma(t)
            if (t.pos_ in _CONTENT_POS and not t.is_stop) or t.dep_ == "neg":
                out.add(f"w={lem}")
            if t.ent_type_:
                out.add(f"ent={t.ent_type_}")
            if t.dep_ == "ROOT":
                out.add(f"root={lem}")
            if lem in lex.reporting:
                out.add("reporting")
            if t.dep_ in _ARG_DEPS:
                out.add(f"dep={t.dep_}|{_lemma(t.head)}")
        if any(ch in _QUOTES for ch in sent.text):
            out.add("quote")
        assert features(sent, lex) == sorted(out)


def test_proposer_words_and_dense_rows_are_those_the_tokens_give(nlp):
    import numpy

    from newsgraph.events._propose import POS, dense_rows, words

    doc = index_sentences(nlp(SENTENCES))
    for sent in doc.sents:
        toks = words(sent)
        assert [t.i for t in toks] == [t.i for t in sent if t.pos_ in POS]
        if toks:
            idx = [t.i for t in toks]
            expected = numpy.hstack([doc.tensor[idx], doc.tensor[[t.head.i for t in toks]]])
            assert numpy.array_equal(dense_rows(toks), expected)


def test_lowered_lemmas_and_the_contexts_that_read_them(nlp):
    from newsgraph.events._context import _INDEX, _KEYWORDS, contexts
    from newsgraph.events._lexicon import lowered_lemmas

    doc = index_sentences(nlp(SENTENCES + " Ruritania staged a military exercise near the border."))
    assert lowered_lemmas(doc) == [t.lemma_.lower() for t in doc]
    for sent in doc.sents:  # the contexts as they were read from each Token's lemma
        found, prev = set(), None
        for t in sent:
            lem = t.lemma_.lower()
            ctx = _INDEX.get(lem) or (_INDEX.get(f"{prev}_{lem}") if prev is not None else None)
            if ctx is not None:
                found.add(ctx)
            prev = lem
        assert contexts(sent) == [c for c in _KEYWORDS if c in found]


def test_compound_key_is_the_nearest_left_modifier_the_tokens_give(nlp):
    from newsgraph.events._lexicon import _lemma, compound_key

    doc = nlp(SENTENCES + " The opposition began a hunger strike after martial law and new peace talks.")
    keys = [compound_key(t) for t in doc]
    for t, key in zip(doc, keys, strict=True):  # as it was read from the Token's left children
        old = next((f"{_lemma(c)}_{_lemma(t)}" for c in reversed(list(t.lefts))
                    if c.dep_ in ("compound", "amod", "nmod")), None)
        assert key == old
    assert "hunger_strike" in keys and "martial_law" in keys


def _governor_from_tokens(n):
    """The noun's governing verb as it was read through Token attributes (``head``, ``dep_``)."""
    t = n
    for _ in range(3):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            t = t.head.head
        else:
            break
    if t.dep_ in ("dobj", "obj", "attr", "nsubjpass", "oprd"):
        return t.head if t.head.pos_ in ("VERB", "AUX") else None
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        return t.head.head
    return None


_TRIGGER_TEXT = (" The rebels launched ten days of war games and held talks with the envoy. The minister denied"
                 " attacking the convoy, and the council demanded the withdrawal of the troops. The sides signed"
                 " a ceasefire accord after a hunger strike; the general praised himself for the peace mission.")


def test_noun_governor_is_the_one_the_tokens_give(nlp):
    from newsgraph.events import _noun_governor

    doc = nlp(SENTENCES + _TRIGGER_TEXT)
    found = [_noun_governor(t) for t in doc]
    expected = [_governor_from_tokens(t) for t in doc]
    assert [g.i if g is not None else None for g in found] == [g.i if g is not None else None for g in expected]
    assert sum(g is not None for g in found) >= 5  # "launched ... days of war games", "held talks", ...


def test_triggers_read_from_the_columns_are_those_the_tokens_give(nlp, monkeypatch):
    """``_find_triggers`` reads part of speech, dependency, lemma and heads from the document's columns;
    with each column read swapped for its Token reading it finds the same triggers."""
    import newsgraph.events as ev
    from newsgraph.events._lexicon import lexicon

    doc = index_sentences(nlp(SENTENCES + _TRIGGER_TEXT))
    lex = lexicon()

    def triggers():
        return [[(t.tok.i, t.entry, t.noun, t.governor.i if t.governor is not None else None,
                  t.content.tok.i if t.content is not None else None, t.denied)
                 for t in ev._find_triggers(sent, lex)] for sent in doc.sents]

    found = triggers()
    assert sum(map(len, found)) >= 5
    monkeypatch.setattr(ev, "_noun_governor", _governor_from_tokens)
    monkeypatch.setattr(ev, "labels", lambda d, name: [getattr(t, name.lower() + "_") for t in d])
    monkeypatch.setattr(ev, "head_indices", lambda d: [t.head.i for t in d])
    assert triggers() == found


def test_child_indices_are_the_tokens_children(nlp):
    from newsgraph.nlp import child_indices

    doc = nlp(SENTENCES + _TRIGGER_TEXT)
    for t in doc:
        assert child_indices(t) == [c.i for c in t.children]


def _arg_kind_from_tokens(tok):
    from newsgraph.events._propose import _ACTOR_ENTS

    if tok.ent_type_ in _ACTOR_ENTS:
        return tok.ent_type_
    if tok.pos_ == "PRON":
        return "PRON"
    for c in tok.children:
        if c.dep_ == "compound" and c.ent_type_ in _ACTOR_ENTS:
            return c.ent_type_
    return tok.pos_


def test_proposer_context_features_read_from_the_columns_are_those_the_tokens_give(nlp):
    """The proposer's context features of every word, with the children, labels and words read from the
    columns, against the features read through each child Token (the reading before the columns)."""
    from newsgraph.events._lexicon import lemma, lexicon
    from newsgraph.events._propose import _ARG_DEPS, _CLAUSE_DEPS, _arg_kind, _context_features

    doc = index_sentences(nlp(SENTENCES + _TRIGGER_TEXT + " The Kenyan army told Ruritania's envoy off."))
    lex = lexicon()
    for t in doc:
        assert _arg_kind(t) == _arg_kind_from_tokens(t)
        found = _context_features(t, lex, 1)
        lem, own = lemma(t), []
        for c in t.children:
            dep = c.dep_
            if dep in _ARG_DEPS:
                own.append(f"arg={dep}|{_arg_kind_from_tokens(c)}")
                if dep in ("dobj", "obj", "attr"):
                    own += [f"obj={lem}|{lemma(c)}", f"objlemma={lemma(c)}"]
            elif dep == "prep":
                own += [f"prep={lem}|{c.lower_}", f"prepw={c.lower_}"]
                own += [f"pobj={c.lower_}|{_arg_kind_from_tokens(p)}" for p in c.children if p.dep_ == "pobj"]
            elif dep in _CLAUSE_DEPS:
                own.append(f"child={dep}")
                if dep in ("prt", "neg", "aux"):
                    own.append(f"child={dep}|{c.lower_}")
                elif dep in ("xcomp", "ccomp"):
                    own.append(f"comp={lem}|{dep}")
            elif dep in ("amod", "compound") and t.pos_ == "NOUN":
                own.append(f"mod={lemma(c)}")
        assert found[:4] == [f"tag={t.tag_}", f"dep={t.dep_}", f"lemma_dep={lem}|{t.dep_}", "sent_no=1"]
        assert found[len(found) - len(own):] == own
        if t.head.i != t.i:
            assert f"head={lemma(t.head)}" in found and f"head_pos={t.head.pos_}" in found
            if t.head.pos_ == "ADP":
                assert f"prep_head={t.head.lower_}|{lemma(t.head.head)}" in found


def _tagged(words, pos, ents):
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents)


def test_bare_surname_the_tagger_reads_as_a_noun_is_a_mention():
    # a surname that opens a sentence is often tagged a common noun ("Roe on Friday rejected ...")
    from newsgraph.actors._mentions import Cand, bare_surnames

    doc = _tagged(["Senator", "Jane", "Roe", "spoke", ".", "Roe", "on", "Friday", "rejected", "it", ".",
                   "Trade", "fell", "."],
                  ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PRON", "PUNCT",
                   "NOUN", "VERB", "PUNCT"],
                  ["O", "B-PERSON", "I-PERSON"] + ["O"] * 11)
    got = bare_surnames(doc, [Cand(1, 3, "Jane Roe", "PERSON")], {"jane roe"})
    assert [(c.start, c.label) for c in got] == [(1, "PERSON"), (5, "PERSON")]


def test_bare_surname_of_a_one_word_person_name_is_a_mention():
    # "Roe" tagged PERSON in one sentence and untagged in the next is the same person
    from newsgraph.actors._mentions import Cand, bare_surnames

    doc = _tagged(["Roe", "spoke", ".", "Then", "Roe", "left", "."],
                  ["PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "PUNCT"],
                  ["B-PERSON"] + ["O"] * 6)
    got = bare_surnames(doc, [Cand(0, 1, "Roe", "PERSON")], {"roe"})
    assert [c.start for c in got] == [0, 4]


def test_surname_the_tagger_reads_as_a_thing_or_another_word_is_a_mention():
    # "Roe" tagged a product, a modal read into "May said": surnames of full names tagged PERSON
    from newsgraph.actors._mentions import Cand, bare_surnames

    doc = _tagged(["Jane", "Roe", "met", "Ann", "May", ".", "Roe", "left", ".", "May", "said", "so", "in", "May",
                   ",", "and", "May", "5", "."],
                  ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "VERB",
                   "ADV", "ADP", "PROPN", "PUNCT", "CCONJ", "PROPN", "NUM", "PUNCT"],
                  ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PRODUCT", "O", "O", "O", "O", "O",
                   "O", "B-DATE", "O", "O", "B-DATE", "I-DATE", "O"])
    got = bare_surnames(doc, [Cand(0, 2, "Jane Roe", "PERSON"), Cand(3, 5, "Ann May", "PERSON")],
                        {"jane roe", "ann may"})
    # the month after "in" and the date "May 5" stay dates
    assert [c.start for c in got] == [0, 3, 6, 9]


def test_misread_word_needs_a_full_name_and_stands_alone():
    # a one-word PERSON tag is too weak to turn a title of a work into a person; a surname next to a
    # proper noun or a hyphen is part of another name or a modifier ("anti-Roe")
    from newsgraph.actors._mentions import Cand, bare_surnames

    words = ["Roe", "spoke", ".", "Roe", "left", ".", "anti", "-", "Roe", "rallies", "."]
    pos = ["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "ADJ", "PUNCT", "ADJ", "NOUN", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "B-WORK_OF_ART", "O", "O", "O", "O", "O", "O", "O"]
    got = bare_surnames(_tagged(words, pos, ents), [Cand(0, 1, "Roe", "PERSON")], {"roe"})
    assert [c.start for c in got] == [0]
    got = bare_surnames(_tagged(words, pos, ents), [Cand(0, 1, "Roe", "PERSON")], {"jay roe"})
    assert [c.start for c in got] == [0, 3]


def test_hyphenated_surname_is_person_evidence_but_not_a_particle():
    from newsgraph.actors._mentions import Cand, person_evidence

    names, words = person_evidence([Cand(0, 4, "Ann Roe-Doe", "PERSON"), Cand(5, 9, "Omar al-Roe", "PERSON")])
    assert names == {"ann roe doe", "omar al roe"}
    assert "roe doe" in words and "al roe" not in words


def test_hyphenated_surname_tagged_an_organisation_is_the_person():
    from newsgraph.actors import _lookup
    from newsgraph.actors._dictionaries import bundled
    from newsgraph.actors._kinds import type_names
    from newsgraph.actors._mentions import Cand, person_evidence

    doc = _tagged(["Ann", "Roe", "-", "Doe", "spoke", ".", "Roe", "-", "Doe", "left", "."],
                  ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                  ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"])
    cands = [Cand(0, 4, "Ann Roe-Doe", "PERSON"), Cand(6, 9, "Roe-Doe", "ORG")]
    pnames, pwords = person_evidence(cands)
    got = type_names(doc, cands, bundled(), [], _lookup([], bundled()), pnames, pwords, None)
    assert [c.kind for c in got] == ["person", "person"]
