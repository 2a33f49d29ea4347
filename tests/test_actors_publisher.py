"""The article's own publisher (actors/_publisher.py): the outlet the Document's url names, dropped where the
story names it only as the one told, interviewed or the source ("told CNN" in a CNN story)."""

from __future__ import annotations

from test_actors_political import _keeping_filter, parsed, table_of

from newsgraph.actors._publisher import own_outlet_told, publisher_names
from newsgraph.records import Actor, Document

CNN = Actor(id="cnn", name="CNN", kind="organization", sector="JRN")
ENVOY = Actor(id="envoy", name="envoy", kind="person", country="RUR", sector="GOV")


def _told():
    # "The envoy told CNN ."
    return parsed(["The", "envoy", "told", "CNN", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
                  ["DET", "NOUN", "VERB", "PROPN", "PUNCT"])


def test_the_publisher_comes_from_the_url_domain():
    assert "cnn" in publisher_names("https://www.cnn.com/2020/01/01/politics/story.html")
    # a subdomain is its domain's outlet
    assert publisher_names("http://politicalticker.blogs.cnn.com/x") == publisher_names("https://edition.cnn.com/")
    assert {"reuters", "thomsonreuters"} <= publisher_names("uk.reuters.com/article/x")
    assert {"associatedpress", "ap"} <= publisher_names("https://apnews.com/article/x")
    # "the" and punctuation are not part of the name
    assert "washingtontimes" in publisher_names("https://www.washingtontimes.com/news/")
    assert publisher_names("https://example.org/news") == frozenset()
    assert publisher_names(None) == publisher_names("") == frozenset()
    # a domain that only ends like a known one is another site
    assert publisher_names("https://notcnn.com/x") == frozenset()


def test_the_own_publisher_only_told_something_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    doc = _told()
    table = table_of(doc, (ENVOY, [(0, 2, "title")]), (CNN, [(3, 4, "name")]))
    cnn = [m for m in table.mentions if m.actor == "cnn"]
    assert own_outlet_told(CNN, cnn, doc, publisher_names("https://www.cnn.com/x"))
    assert [a.id for a in _keep.keep(table, doc, publisher=publisher_names("https://www.cnn.com/x")).actors] == ["envoy"]
    # another outlet's story: CNN told something is left to the filter (annotated as often as not)
    assert not own_outlet_told(CNN, cnn, doc, publisher_names("https://www.foxnews.com/x"))
    assert [a.id for a in _keep.keep(table, doc, publisher=publisher_names("https://www.foxnews.com/x")).actors] == [
        "envoy", "cnn"]
    # no url, no publisher
    assert [a.id for a in _keep.keep(table, doc).actors] == ["envoy", "cnn"]
    # a record that uses it keeps it
    assert [a.id for a in _keep.keep(table, doc, keep={"cnn"}, publisher=frozenset({"cnn"})).actors] == ["envoy", "cnn"]
    # a person of the same name is no outlet
    person = Actor(id="cnn", name="CNN", kind="person")
    assert not own_outlet_told(person, cnn, doc, frozenset({"cnn"}))


def test_the_own_publisher_as_a_source_or_interviewer_goes():
    cnn = frozenset({"cnn"})
    # "according to CNN , talks resumed ."
    doc = parsed(["According", "to", "CNN", ",", "talks", "resumed", "."], [5, 0, 1, 5, 5, 5, 5],
                 ["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
                 ["VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    assert own_outlet_told(CNN, table_of(doc, (CNN, [(2, 3, "name")])).mentions, doc, cnn)
    # "he said in an interview with CNN ."
    doc = parsed(["He", "said", "in", "an", "interview", "with", "CNN", "."], [1, 1, 1, 4, 2, 4, 5, 1],
                 ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                 ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert own_outlet_told(CNN, table_of(doc, (CNN, [(6, 7, "name")])).mentions, doc, cnn)
    # "CNN reported the strike ."
    doc = parsed(["CNN", "reported", "the", "strike", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                 ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert own_outlet_told(CNN, table_of(doc, (CNN, [(0, 1, "name")])).mentions, doc, cnn)
    # "a deal with CNN": a "with" that hangs on no interview is no interview
    doc = parsed(["He", "signed", "a", "deal", "with", "CNN", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert not own_outlet_told(CNN, table_of(doc, (CNN, [(5, 6, "name")])).mentions, doc, cnn)


def test_the_own_publisher_that_acts_stays():
    cnn = frozenset({"cnn"})
    # "CNN sued the envoy ."
    doc = parsed(["CNN", "sued", "the", "envoy", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                 ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not own_outlet_told(CNN, table_of(doc, (CNN, [(0, 1, "name")])).mentions, doc, cnn)
    # told something once and acting once: it acts
    doc = parsed(["The", "envoy", "told", "CNN", ".", "CNN", "sued", "him", "."], [1, 2, 2, 2, 2, 6, 6, 6, 6],
                 ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"])
    assert not own_outlet_told(CNN, table_of(doc, (CNN, [(3, 4, "name"), (5, 6, "name")])).mentions, doc, cnn)


def test_an_outlet_told_something_in_its_own_story_is_no_actor(extractor):
    text = ("Senator Jane Roe told CNN on Sunday that the Senate would pass the bill. Roe said in an interview "
            "with CNN that she opposed new sanctions on Iran.")
    names = [a.name for a in extractor(Document(text=text, published="2020-01-01",
                                                url="https://edition.cnn.com/2020/01/01/politics/x.html")).actors]
    assert "CNN" not in names and "Jane Roe" in names
    # the publisher that acts stays: an event uses it
    text = "CNN sued the White House on Tuesday over the ban on its reporter."
    result = extractor(Document(text=text, published="2020-01-01", url="https://www.cnn.com/2020/x.html"))
    assert "CNN" in [a.name for a in result.actors]
