"""A later definite agent noun refers back to the one agent of that noun named just before
(actors/_coref.py, ``described_agent``; issue #19). The docs are built by hand, so no model is loaded."""

from __future__ import annotations

from newsgraph.actors._coref import Ref, described_agent, paragraph_index


def _doc(sentences: list[list[tuple[str, str, str, str, str]]], breaks: int = 0):
    """Sentences of (word, tag, pos, dep, lemma), each headed by its verb (the word with dep ROOT), with
    ``breaks`` paragraph breaks before the last sentence, each after a divider line ("*": a tokenizer
    never puts two whitespace tokens side by side); nouns hang from the next verb."""
    import spacy
    from spacy.tokens import Doc

    words, tags, pos, deps, lemmas, heads = [], [], [], [], [], []
    for n, sent in enumerate(sentences):
        if n == len(sentences) - 1:
            for _ in range(breaks):
                words.append("*"), tags.append("NFP"), pos.append("PUNCT"), deps.append("punct")
                lemmas.append("*"), heads.append(None)
                words.append("\n\n"), tags.append("_SP"), pos.append("SPACE"), deps.append("dep")
                lemmas.append("\n\n"), heads.append(None)
        base = len(words)
        root = base + next(i for i, w in enumerate(sent) if w[3] == "ROOT")
        for i, (w, tag, p, dep, lemma) in enumerate(sent):
            words.append(w), tags.append(tag), pos.append(p), deps.append(dep), lemmas.append(lemma)
            heads.append(base + i + 1 if dep == "det" else root)
    heads = [h if h is not None else i + 1 for i, h in enumerate(heads)]
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, lemmas=lemmas, heads=heads)


A_OFFICIAL = [("An", "DT", "DET", "det", "an"), ("official", "NN", "NOUN", "nsubj", "official"),
              ("spoke", "VBD", "VERB", "ROOT", "speak"), (".", ".", "PUNCT", "punct", ".")]
THE = [("The", "DT", "DET", "det", "the"), ("official", "NN", "NOUN", "nsubj", "official"),
       ("said", "VBD", "VERB", "ROOT", "say"), (".", ".", "PUNCT", "punct", ".")]
THE_PLURAL = [("The", "DT", "DET", "det", "the"), ("officials", "NNS", "NOUN", "nsubj", "official"),
              ("said", "VBD", "VERB", "ROOT", "say"), (".", ".", "PUNCT", "punct", ".")]


def _later(doc) -> int:
    return [t.i for t in doc if t.lemma_ == "official"][-1]


def test_the_official_refers_back_to_the_one_official_before():
    doc = _doc([A_OFFICIAL, THE])
    ref = Ref(1, 2, "dnk-official", "person")
    assert described_agent(doc, _later(doc), [ref], {}, paragraph_index(doc)) is ref


def test_the_official_stays_alone_with_two_officials_before_another_number_or_too_far():
    doc = _doc([A_OFFICIAL, A_OFFICIAL, THE])
    two = [Ref(1, 2, "dnk-official", "person"), Ref(5, 6, "swe-official", "person")]
    assert described_agent(doc, _later(doc), two, {}, paragraph_index(doc)) is None
    doc = _doc([A_OFFICIAL, THE_PLURAL])
    assert described_agent(doc, _later(doc), [Ref(1, 2, "dnk-official", "person")], {}, paragraph_index(doc)) is None
    doc = _doc([A_OFFICIAL, THE], breaks=3)
    assert paragraph_index(doc)[_later(doc)] == 3
    assert described_agent(doc, _later(doc), [Ref(1, 2, "dnk-official", "person")], {}, paragraph_index(doc)) is None


PLACED_POLICE = [("Danish", "JJ", "ADJ", "amod", "danish"), ("police", "NNS", "NOUN", "nsubj", "police"),
                 ("arrived", "VBD", "VERB", "ROOT", "arrive"), (".", ".", "PUNCT", "punct", ".")]
# a dash opens the line (as in a list of updates), so the paragraph break hangs from it, not from the noun
BARE_POLICE = [("--", ":", "PUNCT", "punct", "--"), ("Police", "NNS", "NOUN", "nsubj", "police"), ("said", "VBD", "VERB", "ROOT", "say"),
               (".", ".", "PUNCT", "punct", ".")]


def _police(doc) -> int:
    return [t.i for t in doc if t.lemma_ == "police"][-1]


def test_bare_police_is_the_police_named_with_a_country_however_far_back():
    # issue #19 (coref25): "Danish police ... Police said", paragraphs apart: one police, one actor
    doc = _doc([PLACED_POLICE, BARE_POLICE], breaks=4)
    ref = Ref(0, 2, "danish-police", "group")
    assert described_agent(doc, _police(doc), [ref], {}, paragraph_index(doc)) is ref


def test_bare_police_far_back_is_neither_a_bare_police_nor_a_named_force():
    doc = _doc([PLACED_POLICE, BARE_POLICE], breaks=4)
    # an earlier bare "police" states nothing more than the noun: no reason to join it
    alone = Ref(1, 2, "cop-police", "group")
    assert described_agent(doc, _police(doc), [alone], {}, paragraph_index(doc)) is None
    # a force's own name ("Danish Police", an organisation) is reached only within the window
    named = Ref(0, 2, "danish-police-service", "organization")
    words = {"danish-police-service": {"danish police"}}
    assert described_agent(doc, _police(doc), [named], words, paragraph_index(doc)) is None
    doc = _doc([PLACED_POLICE, BARE_POLICE], breaks=1)
    assert described_agent(doc, _police(doc), [named], words, paragraph_index(doc)) is named
