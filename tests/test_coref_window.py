"""Pronoun resolution looks its candidates up by bisection in the window of sentences before each
pronoun (actors/_coref.py, ``resolve_pronouns``): the same antecedents, in the same order, as a scan of
every earlier mention. The docs are built by hand, so no model is loaded."""

from __future__ import annotations

import random

from newsgraph.actors import _coref
from newsgraph.actors._coref import PRONOUNS, Ref, resolve_pronouns
from newsgraph.nlp import index_sentences, release, sentence_index

_NAMES = ["Ann", "Bob", "Ruritania", "Envoys", "Ministry"]
_VERBS = ["met", "said", "thanked", "left", "warned"]
_PRONOUNS = ["he", "she", "they", "him", "her", "them", "his", "its", "it"]


def _scan(doc, refs, claimed, sent_index):
    """The resolution as a scan of every mention before each pronoun (what the bisection must equal)."""
    refs = sorted(refs, key=lambda r: r.start)
    out = []
    live = list(refs)
    for t in doc:
        low = t.lower_
        if low == "it":
            if t.i not in claimed:
                ref = _coref._it_antecedent(doc, t, live)
                if ref is not None:
                    out.append((t.i, ref))
                    live.append(Ref(t.i, t.i + 1, ref.actor, ref.kind, ref.gender, sent_index[t.i], True, False))
            continue
        want = PRONOUNS.get(low)
        if want is None or t.i in claimed or t.pos_ not in ("PRON", "DET"):
            continue
        s = sent_index[t.i]
        before = [r for r in live if r.end <= t.i and s - r.sent <= _coref._WINDOW and _coref._compatible(r, want)]
        if low in _coref._OBJECT:
            before = [r for r in before if not (r.subject and doc[r.end - 1].head == t.head)]
        chosen = _scan_cataphor(doc, t, refs, want)
        _CATAPHORS[0] += chosen is not None
        if chosen is None and t.dep_ in _coref._SUBJ:
            chosen = _coref._governing_subject(t, before)
        if chosen is None and before:
            same = [r for r in before if r.sent == s]
            chosen = max(same or before, key=lambda r: _coref._score(r, t.i, r.sent == s))
        if chosen is not None:
            out.append((t.i, chosen))
            live.append(Ref(t.i, t.i + 1, chosen.actor, chosen.kind, chosen.gender, s, t.dep_ in _coref._SUBJ, False))
    return out


_CATAPHORS = [0]  # how often the cataphora test chose the antecedent in the scans


def _scan_cataphor(doc, t, refs, want):
    """The cataphora test as a scan of every name for each pronoun (what the bisection must equal)."""
    sent = t.sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in _coref._SUBJ), None)
    if subj is None or subj.i <= t.i:
        return None
    if any(r.end <= t.i and r.start >= sent.start and _coref._compatible(r, want) for r in refs):
        return None
    anc = t
    while anc.head.i != anc.i and anc.head.i != root.i:
        anc = anc.head
    if anc.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or anc.i > subj.i:
        return None
    for r in refs:
        if r.start <= subj.i < r.end and _coref._compatible(r, want):
            return r
    return None


def _story(seed: int):
    """Twelve invented sentences of "subject verb object ." with names and pronouns in either slot, half
    of them after a phrase "With A and B ," (a name, then a name or a pronoun, before the subject: the
    cataphora case),
    and the name mentions as refs (kinds and genders drawn at random)."""
    import spacy
    from spacy.tokens import Doc

    rng = random.Random(seed)
    words, heads, deps, pos, slots = [], [], [], [], []
    for _ in range(12):
        if rng.random() < 0.5:  # "With A and B ,": a prepositional phrase on the verb, before its subject
            at = len(words)
            first, second = rng.choice(_NAMES), rng.choice(_NAMES + _PRONOUNS)  # a name, then either
            words += ["With", first, "and", second, ","]
            heads += [at + 6, at, at + 1, at + 1, at + 6]  # the verb comes after the subject, at + 6
            deps += ["prep", "pobj", "cc", "conj", "punct"]
            pos += ["ADP", "PRON" if first in _PRONOUNS else "PROPN", "CCONJ",
                    "PRON" if second in _PRONOUNS else "PROPN", "PUNCT"]
            slots += [(at + 1, first, False), (at + 3, second, False)]
        base = len(words)
        subj, obj = (rng.choice(_NAMES + _PRONOUNS) for _ in range(2))
        words += [subj, rng.choice(_VERBS), obj, "."]
        heads += [base + 1, base + 1, base + 1, base + 1]
        deps += ["nsubj", "ROOT", "dobj", "punct"]
        pos += ["PRON" if subj in _PRONOUNS else "PROPN", "VERB", "PRON" if obj in _PRONOUNS else "PROPN", "PUNCT"]
        slots += [(base, subj, True), (base + 2, obj, False)]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    index_sentences(doc)
    sent_of = sentence_index(doc)
    refs = []
    for i, word, subject in slots:
        if word in _NAMES:
            kind = rng.choice(["person", "person", "country", "organization", "group"])
            gender = rng.choice(["M", "F", None]) if kind == "person" else None
            refs.append(Ref(i, i + 1, word.lower(), kind, gender, sent_of[i], subject, rng.random() < 0.2))
    rng.shuffle(refs)
    claimed = {i for i, word, _s in slots if word in _PRONOUNS and rng.random() < 0.1}
    return doc, refs, claimed, sent_of


def test_the_window_by_bisection_finds_what_a_scan_finds():
    found = 0
    for seed in range(40):
        doc, refs, claimed, sent_of = _story(seed)
        want = _scan(doc, refs, claimed, sent_of)
        assert resolve_pronouns(doc, refs, claimed, sent_of) == want
        found += len(want)
        release(doc)
    assert found > 100  # the stories give the window work to do
    assert _CATAPHORS[0] > 10  # and the cataphora test
