"""A US body's bare name in a story whose own words make it another state's body (issue 19, country37):
"the Supreme Court" of a story headlined "Canada's Supreme Court ...", and the sentences it stands in. A
bare first naming, or one qualified by the US anywhere, keeps the bases' American body. And a stance
before an agent noun ("Pro-Brexit campaigners") is no body's name: the people the noun names are the actor.

Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest


def _table(nlp, text: str, title: str | None = None):
    from newsgraph.actors import resolve

    return resolve(nlp(text), published=dt.date(2019, 6, 1), title=title)


def _coded(nlp, text: str, title: str | None = None) -> dict[str, str | None]:
    return {a.name: a.country for a in _table(nlp, text, title).actors}


@pytest.mark.model
def test_a_headline_that_names_another_state_s_court_places_the_bare_court(nlp):
    coded = _coded(nlp, "The Supreme Court ruled on Tuesday that Parliament must vote on the pipeline.",
                   title="In Canada's Supreme Court ruling, a win for the pipeline")
    assert coded.get("Supreme Court") == "CAN", coded
    assert coded.get("Parliament") == "CAN", coded


@pytest.mark.model
def test_without_the_headline_the_bare_court_is_the_american_one(nlp):
    coded = _coded(nlp, "The Supreme Court ruled on Tuesday that the pipeline may go ahead.")
    assert coded.get("Supreme Court") == "USA", coded


@pytest.mark.model
def test_a_bare_first_naming_keeps_the_american_court(nlp):
    coded = _coded(nlp, "The Supreme Court ruled on Monday that the ban may stand. The Pakistani Supreme "
                        "Court ruled on a different case last year.")
    assert coded.get("Supreme Court") == "USA", coded


@pytest.mark.model
def test_a_naming_qualified_by_the_us_keeps_the_american_court(nlp):
    coded = _coded(nlp, "The Supreme Court ruled on Tuesday that the pipeline may go ahead.",
                   title="UK Supreme Court ruling echoes a U.S. Supreme Court case")
    assert coded.get("Supreme Court") == "USA", coded


def test_foreign_aliases_reads_the_headline_words():
    from newsgraph.actors._abroad import _title_namings
    from newsgraph.actors._dictionaries import bundled

    B = bundled()
    assert _title_namings("In UK Supreme Court ruling, a blow", "supreme court", B) == ["GBR"]
    assert _title_namings("Israel's Supreme Court halts demolition", "supreme court", B) == ["ISR"]
    assert _title_namings("Supreme Court halts demolition", "supreme court", B) == [None]
    assert _title_namings("Court halts demolition", "supreme court", B) == []
    # a US state's name that is also a country's, or ends in one, is the US state's
    assert _title_namings("Georgia Supreme Court upholds map", "supreme court", B) == ["USA"]
    assert _title_namings("New Mexico Senate passes bill", "senate", B) == ["USA"]


@pytest.mark.model
def test_a_stance_before_an_agent_noun_is_no_body(nlp):
    names = {a.name.lower(): a.kind for a in _table(nlp, "Pro-Brexit campaigners attacked the ruling on Tuesday.").actors}
    assert "pro-brexit" not in names, names
    assert names.get("pro-brexit campaigners") == "group", names


@pytest.mark.model
def test_a_stance_before_a_noun_no_agent_phrase_reads_keeps_its_name(nlp):
    # "rebels" after "an attack by" is no argument of a verb: the agent phrases would leave no actor
    names = [a.name.lower() for a in _table(nlp, "The garrison beat back an assault by pro-Russian rebels near "
                                                 "the depot late Saturday.").actors]
    assert any("pro-russian" in n for n in names), names
