"""Session 47, junk47 (issue #19): a state or a body named only as where a diplomat is posted ("the ambassador
to the United Nations") is the diplomat's title, no actor of its own; a city, a province or a federation's state
that the rules keep only because it is a verb's subject is a place the sentence describes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.actors._keep import posting_place, subject_place
from newsgraph.records import Document, Mention


def _mention(doc, words: str, kind: str = "name", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    span = doc.char_span(start, start + len(words))
    assert span is not None, words
    return Mention(actor="a", span=(start, start + len(words)), tokens=(span.start, span.end), text=words, kind=kind)


_BODY = SimpleNamespace(id="a", kind="organization", sector="IGO", name="United Nations")
_STATE = SimpleNamespace(id="a", kind="country", sector=None, name="Canada")


@pytest.mark.model
@pytest.mark.parametrize("text, actor, words, posted", [
    # after the noun of the post, in apposition to the diplomat's name
    ("Jane Roe, the U.S. envoy to the United Nations, said the vote would wait.", _BODY, ["United Nations"],
     True),
    # before the name, and a later member of a list of postings
    ("Former envoy to Canada and Mexico Jan Doe criticized the plan on Monday.", _STATE, ["Canada"], True),
    ("The Freedonian ambassador to Canada told reporters the talks had stalled.", _STATE, ["Canada"], True),
    # an act of the body's own, or a mention of another form, keeps it
    ("The United Nations said the vote would wait. Jane Roe, the ambassador to the United Nations, agreed.",
     _BODY, ["United Nations", "United Nations"], False),
    # "of" names the diplomat's own state, a party; "to" under another noun is no posting
    ("Jan Doe, the ambassador of Canada, said the talks had stalled.", _STATE, ["Canada"], False),
    ("The minister sent a letter to Canada on Monday.", _STATE, ["Canada"], False),
])
def test_a_state_or_body_named_only_where_a_diplomat_is_posted(nlp, text, actor, words, posted):
    doc = nlp(text)
    mentions = [_mention(doc, w, nth=k) for k, w in enumerate(words)]
    assert posting_place(actor, mentions, doc) is posted


@pytest.mark.model
def test_a_pronoun_keeps_the_posting_place(nlp):
    doc = nlp("Jan Doe, the ambassador to Canada, said it would reply.")
    mentions = [_mention(doc, "Canada"), _mention(doc, "it", kind="pronoun")]
    assert posting_place(_STATE, mentions, doc) is False


def test_a_person_is_never_a_posting_place():
    person = SimpleNamespace(id="a", kind="person", sector="GOV", name="Jan Doe")
    assert posting_place(person, [], None) is False


@pytest.mark.model
def test_the_pipeline_keeps_the_diplomat_and_drops_the_body_of_the_post(extractor):
    text = ("Jane Roe, the U.S. envoy to the United Nations, said on Monday that Washington would not "
            "back the resolution.")
    names = [a.name for a in extractor(Document(text=text, published="2019-05-06")).actors]
    assert "United Nations" not in names, names
    assert any("Roe" in n for n in names), names


@pytest.mark.model
@pytest.mark.parametrize("text, actor, words, place", [
    # described: the subject of "be", of a passive, or a name beside a person's
    ("Wisconsin is a key state in the race.", SimpleNamespace(id="a", kind="group", sector="GOV", name="Wisconsin"),
     "Wisconsin", True),
    ("Melbourne was spared by the storm on Friday.", SimpleNamespace(id="a", kind="group", sector="CVL",
                                                                     name="Melbourne"), "Melbourne", True),
    # acting: the subject of another verb
    ("Geneva rejected the plan on Friday.", SimpleNamespace(id="a", kind="group", sector="CVL", name="Geneva"),
     "Geneva", False),
    # a state or a capital stands for its government ("Canada said", "Kabul said"); a group named by its people
    # is no place
    ("Canada is a key partner.", _STATE, "Canada", False),
    ("Kabul is a crowded city.", SimpleNamespace(id="a", kind="group", sector="CVL", name="Kabul"), "Kabul", False),
    ("Wisconsin officials are worried.", SimpleNamespace(id="a", kind="group", sector="GOV",
                                                         name="Wisconsin officials"), "Wisconsin officials", False),
])
def test_a_subject_place_is_a_described_city_province_or_federations_state(nlp, text, actor, words, place):
    doc = nlp(text)
    assert subject_place(actor, [_mention(doc, words)], doc) is place


@pytest.mark.model
@pytest.mark.parametrize("text, name, kept", [
    # a place the sentence describes: no act, no record uses it
    ("Jane Roe leads the race in the Midwest. Wisconsin is a key state in her bid for the nomination, "
     "her aides believe.", "Wisconsin", False),
    # a state of a federation that acts: an event uses it
    ("Wisconsin sued the Environmental Protection Agency on Monday over the new rule.", "Wisconsin", True),
])
def test_the_pipeline_drops_a_place_that_is_only_a_subject(extractor, text, name, kept):
    names = [a.name for a in extractor(Document(text=text, published="2019-05-06")).actors]
    assert (name in names) is kept, names
