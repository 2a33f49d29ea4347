"""Descriptors of named persons are the persons' mentions, not groups of their own (issue #19, junk31):
"Rep. Jan Roe, Oklahoma Republican, said" is one person, not Roe and the party's people."""

from __future__ import annotations

import pytest

from newsgraph.actors import resolve


def _owners(nlp, text: str, word: str) -> list[tuple[str, str, str]]:
    """(kind, name, mention kind) of the actors with a mention that covers ``word``."""
    table = resolve(nlp(text))
    start = text.index(word)
    kinds = {a.id: (a.kind, a.name) for a in table.actors}
    return [(*kinds[m.actor], m.kind) for m in table.mentions if m.span[0] <= start < m.span[1]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rep. Tom Cole, Oklahoma Republican, said the resolution was too broad.",
    "Doug Heye said Eric Cantor, a Republican, was told of the inquiry by an official.",
])
def test_a_party_noun_equated_with_a_named_person_is_that_persons_title(nlp, text):
    owners = _owners(nlp, text, "Republican")
    assert owners and all(kind == "person" and mention == "title" for kind, _name, mention in owners)


@pytest.mark.model
def test_a_party_noun_for_its_people_stays_a_group(nlp):
    owners = _owners(nlp, "Republicans in the Senate blocked the bill on Tuesday.", "Republicans")
    assert [kind for kind, _n, _m in owners] == ["group"]


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    # a relative clause's copula: the description is the named person's, not a second person
    ("Vice Premier Liu He, who is China's top trade negotiator, said the talks went well.", "negotiator"),
    ("Mark Ellison, who's going to be Treasury Department budget adviser, met the mayor.", "adviser"),
    # a copula with a body's official ("a Pentagon aide"), which the composite step makes a person of its own
    ("Susan Rice was a Pentagon aide. She criticized the plan on Tuesday.", "aide"),
    ("Dana Whitfield is the highest-ranking U.S. official to tour the port in a decade.", "official"),
])
def test_an_officials_noun_equated_with_a_named_person_is_that_persons_title(nlp, text, word):
    owners = _owners(nlp, text, word)
    assert owners and all(kind == "person" and mention == "title" for kind, _name, mention in owners)
    assert not any(word in a.name for a in resolve(nlp(text)).actors)  # no record of the description's own


@pytest.mark.model
def test_an_officials_noun_in_a_denied_or_unrelated_clause_stays_apart(nlp):
    # a negated copula equates nothing; "who" of a clause about another noun neither
    text = "Michael Flynn, who is not the national security adviser, met a U.S. official who was in Moscow."
    owners = _owners(nlp, text, "official")
    assert owners and all(mention != "title" for _k, _n, mention in owners)
