"""The actors stage's cheaper readings (issue #19) give what the readings they replace gave: the name
checks of ``collect`` read the document's lower-case words, ``cluster_people`` keeps each cluster's name
words, and ``context_country`` finds a sentence's country mentions by bisection."""

from __future__ import annotations

import random
from collections import Counter

import spacy

from newsgraph.actors._agents import context_country
from newsgraph.actors._cluster import Cluster
from newsgraph.actors._dictionaries import bundled, norm
from newsgraph.actors._mentions import Cand, _model_of_aircraft, _no_actor_here, _reporting_credit
from newsgraph.actors._people import _find_person
from newsgraph.nlp import lowers, tokens

TEXTS = [
    "Jane Quill reported from Ruritania. Dana Roe contributed to this report. Ed Wu contributed reporting.",
    "Jay Roe reported from the capital that talks had failed, and REUTERS/Jane Quill took the photo.",
    "The minister said on Twitter that a Black Hawk helicopter and Boeing jets landed (Wire) near Osprey.",
    "Acme/Handout said Roe posted to YouTube; access to YouTube was cut, AP / File said.",
]


def _scan_country(token, sent_of, iso_mentions, exclude=None):
    """``context_country`` as it read every mention of the document (the reading it replaces)."""
    skip = {exclude} if isinstance(exclude, str) else set(exclude or ())
    s = sent_of[token]
    pool = [(i, iso) for i, iso in iso_mentions if sent_of[i] == s and iso not in skip]
    if not pool:
        return None
    counts = Counter(iso for _i, iso in pool)
    return max(counts, key=lambda iso: (counts[iso], -min(abs(i - token) for i, c in pool if c == iso)))


def test_context_country_by_bisection_is_the_scan():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 80)
        sent_of, s = [], 0
        for _i in range(n):
            s += rng.random() < 0.15  # sentences of a few tokens, in order
            sent_of.append(s)
        at = sorted(rng.sample(range(n), rng.randint(0, min(n, 12))))
        mentions = [(i, rng.choice(["IRN", "USA", "FRA"])) for i in at]
        token = rng.randrange(n)
        exclude = rng.choice([None, "IRN", {"USA", "FRA"}])
        assert context_country(token, sent_of, mentions, exclude) == _scan_country(token, sent_of, mentions, exclude)


def _cluster(*names: str) -> Cluster:
    cl = Cluster("person")
    cl.cands = [Cand(k, k + 1, name, "PERSON") for k, name in enumerate(names)]
    return cl


def test_find_person_with_the_kept_words_is_the_one_without():
    people = [_cluster("George W. Bush", "Bush"), _cluster("Jane Roe-Smith"), _cluster("Etienne de Durand"),
              _cluster("Zalmay Khalilzad", "Khalilzad"), _cluster("George H. W. Bush")]
    said = {id(cl): [norm(c.text).split() for c in cl.cands] for cl in people}
    queries = ["Bush", "George Bush", "de Durand", "Khalizad", "Roe Smith", "Jane Roe-Smith", "George H. Bush",
               "Zalmay", "Durand", "Nobody", "George"]
    for q in queries:
        words = norm(q).split()
        assert _find_person(people, words, 0, said) is _find_person(people, words, 0)
    assert _find_person(people, norm("Khalizad").split(), 0, said) is people[3]  # a misspelt surname


def _old_reporting_credit(toks, end: int) -> bool:
    """``_reporting_credit`` reading each Token's ``lower_`` and ``text`` (the reading it replaces)."""
    verb, nxt = toks[end], toks[end + 1]
    if verb.lower_ == "reported" and nxt.lower_ == "from":
        for t in toks[end + 3:min(len(toks), end + 7)]:
            if t.lower_ in ("that", "on", "in", "about"):
                return False
            if t.text in (".", ","):
                return True
        return False
    if verb.lower_ == "contributed":
        if nxt.lower_ == "reporting":
            return True
        return (nxt.lower_ == "to" and end + 3 < len(toks) and toks[end + 2].lower_ == "this"
                and toks[end + 3].lower_ in ("report", "article", "story"))
    return False


def test_name_checks_read_the_lower_case_words_as_the_tokens_give_them():
    nlp = spacy.blank("en")
    lookup = bundled().actors.lookup
    found = Counter()
    for text in TEXTS:
        doc = nlp(text)
        toks, low = tokens(doc), lowers(doc)
        for end in range(len(doc) - 2):
            credit = _reporting_credit(doc, end)
            assert credit == _reporting_credit(doc, end, low) == _old_reporting_credit(toks, end)
            found["credit"] += credit
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 3) + 1):
                no_actor = _no_actor_here(doc, start, end, lookup)
                assert no_actor == _no_actor_here(doc, start, end, lookup, toks, low)
                assert _model_of_aircraft(toks, start, end, lookup) == _model_of_aircraft(toks, start, end, lookup, low)
                found["no actor"] += no_actor
    assert found["credit"] >= 3 and found["no actor"] >= 5  # the texts do hold credits and furniture
