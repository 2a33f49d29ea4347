"""Who speaks when the speaker's phrase names someone by their relation to another ("his friend X"), and
which member of Congress "the Florida senator" is. Invented sentences; the recogniser's slips are made by
hand (issue #20)."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import actor_name as _name


def _quotes(nlp, text: str, ents: dict[str, str], published: dt.date | None = None):
    """The quotes by their words and the actor table, with the entities ``ents`` (words -> label) set
    where the recogniser would slip."""
    from newsgraph.actors import resolve
    from newsgraph.quotes import extract_quotes

    doc = nlp(text)
    spans = []
    for words, label in ents.items():
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)] + spans
    table = resolve(doc, published=published) if published else resolve(doc)
    return {q.text: q for q in extract_quotes(doc, actors=table)}, table


@pytest.mark.model
def test_a_name_after_a_relation_noun_speaks_whatever_the_recogniser_calls_it(nlp):
    text = ("Governor Tom Hale left office in May. \u201cThere was always another plan on his desk,\u201d his "
            "friend Dawit Alemu told a radio station.")
    quotes, table = _quotes(nlp, text, {"Dawit Alemu": "PRODUCT"})
    assert _name(table, quotes["There was always another plan on his desk,"].speaker) == "Dawit Alemu"


@pytest.mark.model
def test_the_owner_of_a_friend_is_not_the_speaker(nlp):
    # the recogniser joins the college and the friend's name: the phrase's only actor is "his" owner
    text = ("Peter Vance joined a rowing club at college. \u201cThat was the first time he defied anyone,\u201d "
            "said his closest friend at Bucknell, Robert Kellerman, who later became a lawyer.")
    quotes, table = _quotes(nlp, text, {"Bucknell, Robert Kellerman": "ORG"})
    assert _name(table, quotes["That was the first time he defied anyone,"].speaker) != "Peter Vance"


@pytest.mark.model
def test_the_florida_senator_is_the_member_seated_for_florida(nlp):
    # not the senator named last ("Sen. Joni Ernst, R-Iowa"): the legislators' base seats Rubio for Florida
    text = ("Marco Rubio campaigned in Des Moines on Monday beside Sen. Joni Ernst, R-Iowa. The Florida "
            "senator said afterwards that his chances looked strong, and \u201cthe caucuses will tell us the "
            "rest.\u201d")
    quotes, table = _quotes(nlp, text, {}, published=dt.date(2016, 1, 26))
    spoken = next(q for t, q in quotes.items() if "caucuses will tell" in t)
    assert _name(table, spoken.speaker) == "Marco Rubio"
