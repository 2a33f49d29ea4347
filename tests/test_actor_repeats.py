"""Work the actors stage no longer repeats (issue #19) gives what it gave: the composites' blocked tokens
are read through a view of the sets instead of their union made per name, an agent phrase's mentions are
filtered only when its noun can refer back, the paragraph index and the actors' words are made only
when a noun can refer back, and ``Extractor.warm`` builds the office holders' index that
only a dated document reads; the title words, a name's shape and the memoised names read as before. The docs are
built by hand, so no model is loaded."""

from __future__ import annotations

import random
from types import SimpleNamespace

from newsgraph.actors._cluster import Cluster
from newsgraph.actors._composites import _Either
from newsgraph.actors._coref import Ref, described_agent, may_refer_back, paragraph_index
from newsgraph.actors._link import _referable, _referred_back

from test_coref_described import A_OFFICIAL, BARE_POLICE, THE, THE_PLURAL, _doc


def test_either_is_the_union_at_the_time_of_asking():
    rng = random.Random(27)
    for _ in range(200):
        sets = [set(rng.sample(range(60), rng.randrange(0, 12))) for _ in range(3)]
        view = _Either(*sets)
        union = set().union(*sets)
        assert all((i in view) == (i in union) for i in range(-2, 64))
        sets[2].update(range(50, 55))  # the set grows, as ``claimed`` does in find_composites
        assert all(i in view for i in range(50, 55))
    assert 3 not in _Either()


def _clusters() -> list[Cluster]:
    named = Cluster("person")
    named.id, named.cands = "doe", [object()]  # a named person: no agent refers back to one
    unnamed = Cluster("person")
    unnamed.id = "official"
    body = Cluster("organization")
    body.id = "ministry"
    return [named, unnamed, body]


def test_referable_is_the_filter_it_replaces():
    clusters = _clusters()
    refs = [Ref(0, 1, "doe", "person"), Ref(2, 3, "official", "person"), Ref(4, 5, "ministry", "organization"),
            Ref(6, 7, "official", "person"), Ref(8, 9, "gone", "group")]
    for person in (True, False):
        allowed = {cl.id for cl in clusters if (cl.kind == "person") == person and not (person and cl.cands)}
        assert list(_referable(refs, clusters, person)) == [r for r in refs if r.actor in allowed]


def test_described_agent_reads_the_mentions_only_for_a_noun_that_refers_back():
    doc = _doc([A_OFFICIAL, THE])
    par = paragraph_index(doc)
    refs = [Ref(0, 2, "a-official", "person")]
    read: list[Ref] = []

    def counted():
        for r in refs:
            read.append(r)
            yield r

    found = described_agent(doc, 5, counted(), {}, par)  # "the official" refers back to "An official"
    assert found is not None and found.actor == "a-official" and read == refs
    assert found == described_agent(doc, 5, list(refs), {}, par)
    read.clear()
    assert described_agent(doc, 1, counted(), {}, par) is None  # "An official": no description of one before
    assert read == []  # turned away by its determiner before any mention is read


def test_may_refer_back_reads_the_noun_s_own_words():
    doc = _doc([A_OFFICIAL, THE, THE_PLURAL, BARE_POLICE])
    heads = {1: False, 5: True, 9: True, 13: True}  # "An official", "The official", "The officials", "Police"
    assert {i: may_refer_back(doc[i]) for i in heads} == heads
    bare = _doc([[("Officials", "NNS", "NOUN", "nsubj", "official"), ("said", "VBD", "VERB", "ROOT", "say"),
                  (".", ".", "PUNCT", "punct", ".")]])
    assert not may_refer_back(bare[0])  # a bare noun that names no body: as often new ones


def test_referred_back_makes_the_paragraphs_and_words_only_for_a_noun_that_refers_back():
    doc = _doc([A_OFFICIAL, THE])
    official = Cluster("person")
    official.id = "a-official"
    by_id = {"a-official": official}
    refs = [Ref(0, 2, "a-official", "person")]
    ctx = SimpleNamespace(doc=doc)
    cache: dict = {}
    assert _referred_back(ctx, 1, True, refs, by_id, [official], cache) is None  # type: ignore[arg-type]
    assert cache == {}  # "An official" cannot refer back: neither the paragraphs nor the words are made
    assert _referred_back(ctx, 5, True, refs, by_id, [official], cache) is official  # type: ignore[arg-type]
    assert cache["paragraph"] is paragraph_index(doc) and cache["words"] == {}


def test_warm_builds_the_office_holders_index(monkeypatch):
    from newsgraph.actors._people import _holder_index
    from newsgraph.pipeline import Extractor

    ex = Extractor(nlp=object())
    monkeypatch.setattr(Extractor, "__call__", lambda self, document: None)  # no model: the stages are not run
    _holder_index.cache_clear()
    assert _holder_index.cache_info().currsize == 0
    assert ex.warm() is ex
    assert _holder_index.cache_info().currsize == 1
    assert _holder_index()  # the bases hold dated office holders


def _title_doc(words, tags):
    import spacy
    from spacy.tokens import Doc

    n = len(words)  # every word hangs from the verb before the full stop
    return Doc(spacy.blank("en").vocab, words=words, heads=[n - 2] * n, deps=["dep"] * (n - 2) + ["ROOT", "punct"],
               tags=tags)


def test_words_before_a_name_with_no_agent_phrase_read_no_title():
    from newsgraph.actors._coding import Title, _read_words_before
    from newsgraph.actors._dictionaries import bundled

    B = bundled()
    posted = _title_doc(["Norwegian", "Ambassador", "to", "Chile", "Jay", "Roe", "spoke", "."],
                        ["JJ", "NNP", "IN", "NNP", "NNP", "NNP", "VBD", "."])
    title = Title()
    _read_words_before(title, posted, 0, 4, B, B.actors.lookup, set())
    # the office's words before "to" are read, and the country after it is where it is posted
    assert title.sector is not None and title.heads == ["ambassador"] and title.country == "NOR"
    assert title.excluded == {"CHL"} and title.window == (0, 4)
    for i in (2, 4):  # "to Chile" alone, and no words at all: no agent phrase, so no title
        title = Title()
        _read_words_before(title, posted, i, 4, B, B.actors.lookup, set())
        assert title == Title()


def test_words_before_a_name_with_no_agent_phrase_make_no_span():
    from newsgraph.actors._coding import Title, _read_words_before
    from newsgraph.actors._dictionaries import bundled
    from newsgraph.nlp import tokens

    doc = _title_doc(["Big", "Tuesday", "Jay", "Roe", "spoke", "."], ["NNP", "NNP", "NNP", "NNP", "VBD", "."])
    tokens(doc)

    class NoSlices:  # the doc's shared token list, but a slice of it fails the test
        user_data = doc.user_data

        def __len__(self):
            return len(doc)

        def __getitem__(self, key):
            assert not isinstance(key, slice), "a Span was made"
            return doc[key]

    B = bundled()
    title = Title()
    _read_words_before(title, NoSlices(), 0, 2, B, B.actors.lookup, set())
    assert title == Title()


def test_title_words_read_from_the_shared_lists_as_from_the_tokens():
    from newsgraph.actors._coding import Title, _read_words_before, _title_start
    from newsgraph.actors._dictionaries import bundled

    B = bundled()
    doc = _title_doc(["He", "met", "former", "Deputy", "Prime", "Minister", "Jay", "Roe", "."],
                     ["PRP", "VBD", "JJ", "NNP", "NNP", "NNP", "NNP", "NNP", "."])
    assert _title_start(doc, 6, B, set()) == 2  # "former" and the capitalised office words, not "met"
    posted = _title_doc(["Ruritanian", "trade", "envoy", "to", "Chile", "Jay", "Roe", "spoke", "."],
                        ["JJ", "NN", "NN", "IN", "NNP", "NNP", "NNP", "VBD", "."])
    title = Title()
    _read_words_before(title, posted, 0, 5, B, B.actors.lookup, set())
    # the title's text is the words before "to", as the Span's text was
    assert title.text == "Ruritanian trade envoy" and title.heads == ["envoy"] and title.excluded == {"CHL"}


def test_a_one_word_org_name_is_judged_no_person_without_its_tokens():
    from newsgraph.actors._dictionaries import bundled
    from newsgraph.actors._kinds import _person_shaped
    from newsgraph.actors._mentions import Cand

    B = bundled()
    # a stand-in doc that has no tokens at all: the one-word name leaves before any is read
    assert not _person_shaped(object(), Cand(0, 1, "Acme", "ORG"), ["acme"], B.actors.lookup, B)
    doc = _title_doc(["Jay", "Roe", "spoke", "."], ["NNP", "NNP", "VBD", "."])
    assert _person_shaped(doc, Cand(0, 2, "Jay Roe", "ORG"), ["jay", "roe"], B.actors.lookup, B)


def test_memoised_slug_and_name_kind_sector():
    from newsgraph.actors._coding import org_sector, slug

    for _ in range(2):  # the second answer comes from the memo
        assert slug("Jay Roe's Party") == "jay-roes-party" and slug("!!!") == "actor"
        assert org_sector("Kyodo News Agency") == "JRN"
