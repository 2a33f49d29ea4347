"""Session 46, junk46 (issue #19): a state named past the lede only where talk, a statement or cooperation
happens is a setting; the actor filter reads the word each mention hangs on (``gov=``), and its C is chosen on
train out of fold by the thresholds' own junk rule, not by the log-loss."""

from __future__ import annotations

import random

import pytest
from test_train import _actor_articles, _train_events_module

from newsgraph.actors._keep import _governors
from newsgraph.records import Document, Mention

_HEADING = "Russia Moves Troops\n"
_VENUE = "Russia said on Monday its move is a response to NATO exercises in Poland."


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    # past the lede, named only where the exercises (cooperation) happen: a setting
    (_HEADING + "Russia said on Monday it would hold new military exercises near the Ukraine border. The move, "
     "the minister said, is a response to NATO exercises in Poland.", False),
    # in the lede, of a text with a heading or of one line: the PLOVER records code such a place as a party
    (_HEADING + _VENUE + " The minister said more troops would follow.", True),
    (_VENUE, True),
])
def test_a_state_past_the_lede_only_where_cooperation_happens_is_a_setting(extractor, text, kept):
    result = extractor(Document(text=text, published="2019-05-06"))
    assert ("Poland" in [a.name for a in result.actors]) is kept, [a.name for a in result.actors]


def _mention(doc, words: str, kind: str = "name") -> Mention:
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None, words
    return Mention(actor="a", span=(start, start + len(words)), tokens=(span.start, span.end), text=words, kind=kind)


@pytest.mark.model
@pytest.mark.parametrize("text, words, feature", [
    # a subject: the verb's lemma
    ("Jane Roe said the plan would fail.", "Jane Roe", "gov=nsubj_say"),
    # after a preposition: the preposition and the word it hangs on
    ("Mr. Doe was named ambassador to Ruritania last year.", "Ruritania", "gov=to_ambassador"),
    # a later member of a list: read at the list's head
    ("The group said it made the weapons to use against Ruritania and Freedonia.", "Freedonia",
     "gov=against_use"),
])
def test_the_word_a_mention_hangs_on_is_a_feature(nlp, text, words, feature):
    doc = nlp(text)
    assert feature in _governors([_mention(doc, words)], doc)


@pytest.mark.model
def test_a_pronoun_gives_no_governor(nlp):
    doc = nlp("She said the plan would fail.")
    assert _governors([_mention(doc, "She", kind="pronoun")], doc) == []


def test_a_governing_word_enters_the_filter_only_from_several_train_articles():
    mod = _train_events_module()
    rows = [["bias", "gov=nsubj_say", "gov=dobj_sue", "word=x"]] * 2 + [["bias", "gov=nsubj_say"]]
    words = mod._common_words(rows, [0, 1, 2])
    assert "gov=nsubj_say" in words  # three articles
    assert "gov=dobj_sue" not in words and "word=x" not in words  # two


def test_the_actor_filters_c_gives_the_lowest_junk_in_folds_at_the_allowed_recall_loss(capsys):
    pytest.importorskip("sklearn")
    mod = _train_events_module()
    arts = _actor_articles(random.Random(46), 30, 0.8, 0.3)
    rows = [names for art in arts for _a, names in art["actors"]]
    owner = [k for k, art in enumerate(arts) for _ in art["actors"]]
    labels = [y for art in arts for y in art["labels"]]
    c, th, fig, base = mod._c_by_junk_rule(arts, rows, labels, owner)
    # each C of the grid on its own: its out-of-fold rows and the thresholds' rule
    each = {}
    for c_try in mod.C_GRID:
        flat = iter(mod._out_of_fold(rows, labels, owner, mod.ACTOR_FOLDS, c_try))
        probs = [[next(flat) for _ in art["actors"]] for art in arts]
        each[c_try] = mod._actor_thresholds(arts, probs)
    assert c in mod.C_GRID and (th, fig) == each[c][:2]
    assert all((fig["junk_rate"], -fig["recall"]) <= (f["junk_rate"], -f["recall"]) for _t, f, _b in each.values())
    assert base["recall"] - fig["recall"] <= mod.ACTOR_RECALL_LOSS + 1e-9
    # a C given is the only one tried
    assert mod._c_by_junk_rule(arts, rows, labels, owner, (0.3,))[0] == 0.3
    assert "actors: C=0.3, train in folds" in capsys.readouterr().out
