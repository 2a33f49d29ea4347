"""Who speaks when the tag of a quote is set after or inside the clause it reports, inverted after
the quote, or leads into the next quote with a colon; a denied verb of saying. Invented sentences
only (issue #20)."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_a_tag_after_or_inside_the_clause_gives_its_own_subject(nlp):
    # the parser reads the clause's noun as a second subject of "said" / "suggested"
    text = ("The collapse of the deal signals \u201cthe beginning of the end\u201d for the council, said Dana Marsh, "
            "a lawyer in Denver.\n\n"
            "Voters, Sam Kessler suggested, don\u2019t have to worry that big banks can influence politicians.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the beginning of the end"].speaker) == "Dana Marsh"
    worry = next(q for t, q in quotes.items() if "have to worry" in t)
    assert _name(table, worry.speaker) == "Sam Kessler"


@pytest.mark.model
def test_a_name_before_its_own_clause_keeps_speaking(nlp):
    # a name, not a noun, as the subject before the comma: no tag closes the sentence
    text = ("Dana Marsh, whose backers include farmers and students, said closed primaries -- those open only "
            "to party members -- shut out many voters.")
    quotes, table = _quotes(nlp, text)
    assert [_name(table, q.speaker) for q in quotes.values()] == ["Dana Marsh"]


@pytest.mark.model
def test_an_inverted_tag_read_as_an_object_speaks(nlp):
    text = ("The coverage was harsh. \u201cGun owners should leave their weapons at home,\u201d opined "
            "Cleveland's Plain Dealer.\n\n"
            "\u201cIt's about time we had a woman running this country,\u201d exhorted the host, actress "
            "Dana Marsh.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Gun owners should leave their weapons at home,"].speaker) == "Plain Dealer"
    assert _name(table, quotes["It's about time we had a woman running this country,"].speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_tag_with_a_colon_gives_the_next_quote_not_the_one_before(nlp):
    text = ("\u201cWe are refugees,\u201d Ms. Dana Marsh said. \u201cWe are not criminals.\u201d Mr. Sam Kessler said: "
            "\u201cThe attack was the work of criminals.\u201d")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["We are not criminals."].speaker) == "Dana Marsh"
    assert _name(table, quotes["The attack was the work of criminals."].speaker) == "Sam Kessler"


@pytest.mark.model
def test_a_denied_verb_of_saying_is_no_tag(nlp):
    text = ("Mr. Dana Marsh seemed to mock the plan, saying at one point, \u201cThe answer is not simply to "
            "yell.\u201d But Mr. Sam Kessler, again, did not respond in kind.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The answer is not simply to yell."].speaker) == "Dana Marsh"
