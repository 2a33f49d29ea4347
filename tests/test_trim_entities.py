"""``nlp.trim_entities`` keeps whitespace, such as the blanks of masked page furniture, out of entities."""

import spacy
from spacy.tokens import Span

from newsgraph.nlp import trim_entities


def _doc(text: str, spans: list[tuple[str, str]]):
    doc = spacy.blank("en")(text)
    ents = []
    for piece, label in spans:
        start = text.index(piece)
        ents.append(doc.char_span(start, start + len(piece), label=label, alignment_mode="expand"))
    doc.ents = ents
    return doc


def test_trailing_blanks_and_a_paragraph_break_leave_the_entity():
    text = "Leaders leave the Ocean Fishing Accord\n\n" + " " * 30 + "\n\nThe talks ended."
    doc = trim_entities(_doc(text, [("Ocean Fishing Accord\n\n" + " " * 30 + "\n\n", "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Ocean Fishing Accord", "ORG")]
    assert doc[doc.ents[0].end].ent_iob_ == "O"


def test_leading_blanks_of_a_masked_dateline_are_dropped():
    text = " " * 12 + "Governor Ann Vale's campaign said on Monday it would appeal."
    doc = trim_entities(_doc(text, [(" " * 12 + "Governor Ann Vale", "PERSON")]))
    assert [e.text for e in doc.ents] == ["Governor Ann Vale"]
    assert doc[0].ent_iob_ == "O"


def test_an_entity_ends_at_a_break_inside_it_and_one_of_blanks_is_dropped():
    text = "Said Rena Koss\n\nMarlow Trust spoke.   And then."
    doc = trim_entities(_doc(text, [("Rena Koss\n\nMarlow Trust", "PERSON"), ("   ", "ORG")]))
    assert [e.text for e in doc.ents] == ["Rena Koss"]


def test_a_double_space_inside_a_name_and_clean_entities_are_kept_as_they_are():
    text = "Minister Omar  Haddad met the Arctic Council in Oslo."
    doc = _doc(text, [("Omar  Haddad", "PERSON"), ("the Arctic Council", "ORG"), ("Oslo", "GPE")])
    before = list(doc.ents)
    after = trim_entities(doc).ents
    assert [(e.start, e.end, e.label_) for e in after] == [(e.start, e.end, e.label_) for e in before]


def test_a_document_without_whitespace_tokens_is_untouched():
    doc = _doc("Ministers met in Oslo.", [("Oslo", "GPE")])
    assert isinstance(trim_entities(doc).ents[0], Span)
    assert trim_entities(doc).ents[0].text == "Oslo"
