"""``nlp.span_text`` is ``doc[start:end].text`` read from the shared token list."""

import spacy

from newsgraph.nlp import span_text


def test_span_text_is_the_spans_text_for_every_span():
    nlp = spacy.blank("en")
    doc = nlp("The envoy\u2019s  talks in Doha, said Jane Roe-Smith (the U.N.) on Monday.\n\nThen he left.")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text, (start, end)
