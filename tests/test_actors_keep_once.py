"""The actor filter's shared readings (actors/_keep.py): one token-to-sentence table per document
(``nlp.sentence_index``) and, within one ``keep`` decision, each actor's place test and each mention's
role worked out once. The docs are built by hand, so no model is loaded."""

from __future__ import annotations

from collections import Counter

from newsgraph import _linear
from newsgraph.actors import _keep
from newsgraph.actors._political import is_place, mention_role
from newsgraph.nlp import index_sentences, release, sentence_index
from newsgraph.records import Actor, ActorTable, Mention

# "Vienna rejected the plan . Envoys met in Vienna ." as two parsed sentences
WORDS = ["Vienna", "rejected", "the", "plan", ".", "Envoys", "met", "in", "Vienna", "."]
HEADS = [1, 1, 3, 1, 1, 6, 6, 6, 7, 6]
DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
POS = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
ENTS = ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]


def _doc():
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ENTS)


def _table(doc) -> ActorTable:
    vienna = Actor(id="vienna", name="Vienna", kind="group", country="AUT")
    envoys = Actor(id="envoys", name="Envoys", kind="group")
    spans = [("vienna", 0, 1, "name"), ("vienna", 8, 9, "name"), ("envoys", 5, 6, "description")]
    mentions = [Mention(actor=a, span=(doc[s:e].start_char, doc[s:e].end_char), tokens=(s, e), text=doc[s:e].text,
                        kind=k) for a, s, e, k in spans]
    return ActorTable(actors=[vienna, envoys], mentions=mentions)


def test_sentence_index_is_the_table_index_sentences_keeps():
    doc = _doc()
    want = [0] * 5 + [1] * 5
    assert sentence_index(doc) == want  # a doc not indexed: built, not kept
    assert "sent" not in doc.user_token_hooks
    index_sentences(doc)
    kept = sentence_index(doc)
    assert kept == want and sentence_index(doc) is kept
    release(doc)
    assert sentence_index(doc) is not kept and sentence_index(doc) == want


def test_keep_reads_each_place_and_role_once_per_actor(monkeypatch):
    doc = _doc()
    table = _table(doc)
    places: Counter = Counter()
    roles: Counter = Counter()

    def counted_place(actor, mentions):
        places[actor.id] += 1
        return is_place(actor, mentions)

    def counted_role(d, start, end, *, place=False):
        roles[start, end, place] += 1
        return mention_role(d, start, end, place=place)

    # a filter that judges every group, so the rules, the subject test and the features all ask
    model = _linear.LinearModel(weights={"bias": 0.0}, threshold=0.5, about={})
    monkeypatch.setattr(_keep, "keeper", lambda: model)
    monkeypatch.setattr(_keep, "is_place", counted_place)
    monkeypatch.setattr(_keep, "mention_role", counted_role)
    collected: list = []
    _keep.keep(table, doc, collect=collected)
    assert [a.id for a, _names in collected] == ["vienna", "envoys"]
    assert places == {"vienna": 1, "envoys": 1}
    assert roles and set(roles.values()) == {1}
    # the same features as each function reads alone, with readings of its own
    alone = {a.id: _keep.features(a, [m for m in table.mentions if m.actor == a.id], doc, sentence_index(doc))
             for a in table.actors}
    assert {a.id: names[:len(alone[a.id])] for a, names in collected} == alone


def test_each_mention_role_is_read_once_per_document_and_released(monkeypatch):
    from newsgraph.actors import _political

    doc = _doc()
    table = _table(doc)
    reads: Counter = Counter()
    plain = _political._mention_role

    def counted(d, start, end, place):
        reads[start, end, place] += 1
        return plain(d, start, end, place)

    monkeypatch.setattr(_political, "_mention_role", counted)
    named = _political.event_named(table, doc, [])
    _political.left_to_rules(table, doc, {"vienna", "envoys"})
    dropped = _political.judge(table, doc, keep=named)
    again = _political.judge(table, doc, keep=named)
    assert dropped == again
    assert reads and set(reads.values()) == {1}
    # the same roles as a reading without the memo, and the memo goes with the document's other columns
    assert all(mention_role(doc, s, e, place=p) == plain(doc, s, e, p) for s, e, p in reads)
    release(doc)
    mention_role(doc, 8, 9, place=True)
    assert reads[8, 9, True] == 2


def test_collecting_applies_the_rules_and_never_the_model(monkeypatch):
    """The training script collects the rows the filter meets in a run: an actor a rule drops is gone and
    not collected, and the model (here one that judges every actor junk) drops nothing, since the
    alignment of an actor it dropped would read as junk."""
    doc = _doc()
    table = _table(doc)
    model = _linear.LinearModel(weights={"bias": -10.0}, threshold=0.5, about={})
    monkeypatch.setattr(_keep, "keeper", lambda: model)
    assert _keep.keep(table, doc, settings={"envoys"}).actors == []  # the model and the rule drop both
    collected: list = []
    kept = _keep.keep(table, doc, collect=collected, settings={"envoys"})
    assert [a.id for a in kept.actors] == ["vienna"]
    assert [a.id for a, _names in collected] == ["vienna"]


def test_the_token_offsets_are_read_at_the_first_trigger_looked_up():
    """``event_named`` hands ``_done_in`` an empty list of token offsets, filled at the first trigger a
    mention's sentence has: the answers are those of the offsets read beforehand."""
    from types import SimpleNamespace

    from newsgraph.actors._political import _done_in

    doc = _doc()
    table = _table(doc)
    subject, place = table.mentions[0], table.mentions[1]  # "Vienna rejected", "met in Vienna"
    met = SimpleNamespace(trigger={"span": (doc[6].idx, doc[6].idx + 3)}, span=(doc[5].idx, len(doc.text)),
                          event="CONSULT", mode="visit")
    offsets = [t.idx for t in doc]
    starts: list[int] = []
    assert not _done_in(doc, subject, [met], starts, acts=None)  # no place: no trigger looked up
    assert starts == []
    for acts in (None, frozenset({"CONSULT"}), frozenset({"ASSAULT"})):
        starts = []
        assert _done_in(doc, place, [met], starts, acts=acts) == _done_in(doc, place, [met], offsets, acts=acts)
        assert starts == ([] if acts == frozenset({"ASSAULT"}) else offsets)
    assert _done_in(doc, place, [met], [], acts=None)
