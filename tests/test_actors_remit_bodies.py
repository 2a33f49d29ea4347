"""A body named for the country it works on (issue 19; country35's lead): "the Turkish Program" of a think
tank, "an Israel advocacy group" are not that country's, and neither are the people who run them; a
body's own noun after its country's word ("the Egyptian Initiative for Personal Rights") keeps it.

Every sentence is invented; the names are made up but for one public body's."""

from __future__ import annotations

import datetime as dt

import pytest


def _coded(nlp, text: str) -> dict[str, str | None]:
    from newsgraph.actors import resolve

    return {a.name: a.country for a in resolve(nlp(text), published=dt.date(2019, 6, 1)).actors}


@pytest.mark.model
def test_a_programme_named_for_a_country_is_not_that_country_s(nlp):
    coded = _coded(nlp, '"Erdogan won far less than he wanted," said Jay Roe, director of the Turkish Program '
                        "at the Roe Institute.")
    assert coded.get("Jay Roe") != "TUR", coded
    assert coded.get("Turkish Program") != "TUR", coded


@pytest.mark.model
def test_the_president_of_a_country_s_advocacy_group_is_not_of_that_country(nlp):
    coded = _coded(nlp, '"I wish everybody would list me as an adviser," joked Jay Roe, president of liberal Israel '
                        "advocacy group Roe Street, who has briefed members of Congress.")
    assert coded.get("Jay Roe") != "ISR", coded


@pytest.mark.model
def test_a_body_s_own_noun_after_its_country_s_word_keeps_the_country(nlp):
    coded = _coded(nlp, "The Egyptian Initiative for Personal Rights said on Monday that the arrests were unlawful.")
    assert coded.get("Egyptian Initiative for Personal Rights") == "EGY", coded
