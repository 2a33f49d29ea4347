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
