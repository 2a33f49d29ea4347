"""The events stage's shortcuts of session 42 give what they replace: an event's date read with the document's
usable timexes made once (``dated_times``) and its picks made only where a sentence holds one, the
attribution features and the nameable-noun test read from the document's columns, each against the
reading it replaces, on texts written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.events import _compared_time, _date, _modal, _unnamed, dated_times
from newsgraph.nlp import index_sentences, release, span_tokens, tokens
from newsgraph.records import ActorTable
from newsgraph.time import tag

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 5, 17)
TEXT = ("Ruritanian troops shelled the port on Monday, officials said. Like last year, the council met in "
        "March and condemned the strikes. The envoy, who resigned in 2019, will visit Lyon next week. "
        "According to the agency, the rebels had attacked a convoy two days before the talks opened. "
        "Critics say the minister was warned. The report claims that police arrested dozens. The senator who "
        "said the vote was rigged blocked the bill.\n"
        "Protesters gathered outside the embassy on Tuesday and the guards fired into the crowd.")


def _parsed(nlp):
    doc = index_sentences(nlp(TEXT))
    return doc, tag(TEXT, published=PUBLISHED, doc=doc)


def _date_as_it_was(anchor, head, sent, timexes, published):
    # the reading before session 42: every filter per event, every pick's tokens read
    from newsgraph import events as ev

    usable = [t for t in timexes if t.type not in ("DURATION", "SET") and t.value and not t.value.endswith("_REF")]
    if usable:
        below = range(head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
        usable = [t for t in usable if (t.span[0] not in below or ev._governs(t, head, anchor))
                  and not _compared_time(t, sent.doc)]

    def pick(toks, source):
        if not toks:
            return None
        lo, hi = toks[0].sent.start_char, toks[0].sent.end_char
        near = [tx for tx in usable if lo <= tx.span[0] < hi]
        if not near:
            return None
        chars = [(t.idx, t.idx + len(t)) for t in toks]
        best = None
        for tx in near:
            if not any(a <= tx.span[0] < b for a, b in chars):
                continue
            rank = (source == "timex" and ev._describes_participant(tx, head, anchor), abs(tx.span[0] - anchor.idx))
            if best is None or rank < best[0]:
                best = (rank, tx)
        return None if best is None else ev._dated(best[1].value, best[1].text, source)

    told = ev._names_a_time(sent, timexes, published)
    own = ev._clause_tokens(head, own=True)
    return (pick(own, "timex") or ev._recent_stretch(anchor, head, own, timexes, published)
            or pick(list(head.subtree), "timex") or ev._measured_back(anchor, head, timexes, published)
            or pick(span_tokens(sent), "sentence") or ev._narrative(head, sent, usable, published, told=told)
            or ev._from_publication(head, published, anchor))


def test_an_event_s_date_with_the_document_s_usable_timexes_is_the_date_read_per_event(nlp):
    doc, timexes = _parsed(nlp)
    try:
        dated = dated_times(timexes, doc)
        assert dated and len(dated) < len(timexes)  # "two days" is a length, "last year" a time compared with
        assert not any(_compared_time(t, doc) for t in dated)
        read = 0
        for tok in tokens(doc):
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            head = tok if tok.pos_ == "VERB" else tok.head
            want = _date_as_it_was(tok, head, tok.sent, timexes, PUBLISHED)
            assert _date(tok, head, tok.sent, timexes, PUBLISHED, dated=dated) == want, tok.text
            assert _date(tok, head, tok.sent, timexes, PUBLISHED) == want, tok.text
            read += want is not None and want.get("source") in ("timex", "sentence")
        assert read  # some dates come from the picks, not only from the publication date
    finally:
        release(doc)


def _attribution_as_it_was(tok, rule: str, v) -> list[str]:
    # ``_modal._attribution`` before session 42, reading every word of the sentence through its Token
    names: list[str] = []
    if _modal.hedged(v, tok if tok.i != v.i else None):
        names.append("hedge")
    lex = _modal.lexicon()
    reporting = lex.reporting
    sent = tok.sent
    ancestors = set()
    path: list[str] = []
    up = tok
    for _ in range(10):
        if up.head.i == up.i:
            break
        head = up.head
        ancestors.add(head.i)
        path.append(up.dep_)
        lem = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lem in reporting:
            if up.dep_ not in ("ccomp", "parataxis"):
                names.append(f"anc={up.dep_ if up.dep_ in ('advcl', 'relcl', 'conj', 'xcomp') else 'other'}")
                if up.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
                    names.append("raise")
            else:
                # reached through a clause the rules' walk stops at: "said that after X attacked, ..."
                stop = next((d for d in path if d in ("advcl", "relcl", "acl")), None)
                if stop is not None:
                    names.append(f"anc_through={stop}")
            break
        if head.pos_ == "NOUN" and lem in _modal._REPORT_NOUNS:
            names.append("rnoun_anc")
            break
        up = head
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _modal._TO_REPORTED and any(
            c.dep_ == "auxpass" for c in v.head.children):
        names.append("raise")
    root = sent.root
    for h in {v.i: v, root.i: root}.values():
        for c in h.children:
            if c.dep_ in ("parataxis", "conj", "advcl") and c.i > tok.i and c.lemma_.lower() in reporting \
                    and c.pos_ == "VERB":
                names.append(f"final={c.dep_}")
    seen = set()
    for t in sent:
        if t.i == tok.i or t.i in ancestors:
            continue
        lem = t.lemma_.lower()
        side = "before" if t.i < tok.i else "after"
        if t.pos_ == "VERB" and lem in reporting:
            seen.add(f"word={side}")
        elif t.pos_ == "NOUN" and lem in _modal._REPORT_NOUNS:
            seen.add(f"noun={side}")
        elif t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            seen.add(f"according={side}")
    names.extend(sorted(seen))
    if not seen and not ancestors & {t.i for t in sent if t.lemma_.lower() in reporting} and sent.start > 0:
        # no source in the sentence: one named in the sentence before may carry over
        prev = tok.doc[sent.start - 1].sent
        if "\n" not in tok.doc[prev.end - 1:sent.start + 1].text and any(
                t.pos_ == "VERB" and t.lemma_.lower() in reporting for t in prev):
            names.append("prev")
    names = sorted(set(names))
    return [f"r_{n}" for n in names] + [f"r_{n}|{rule}" for n in names]


def test_the_attribution_features_read_from_the_columns_are_the_token_readings(nlp):
    doc = index_sentences(nlp(TEXT))
    try:
        marks = set()
        for tok in tokens(doc):
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            for rule in ("asserted", "reported"):
                got = _modal._attribution(tok, rule, tok)
                assert got == _attribution_as_it_was(tok, rule, tok), tok.text
                marks.update(n.split("|")[0] for n in got)
        # the sentence loop's marks are met: a reporting word, a report noun, "according to", and a source in
        # the sentence before ("prev")
        assert {"r_according=before", "r_prev"} <= marks, marks
        assert any(m.startswith("r_noun=") for m in marks) and any(m.startswith("r_word=") for m in marks), marks
    finally:
        release(doc)


def test_the_nameable_noun_test_reads_the_columns_as_the_tokens_read(nlp):
    doc = index_sentences(nlp(TEXT))
    try:
        table = _unnamed.ArgumentTable.over(ActorTable(actors=[], mentions=[]))
        for sent in doc.sents:
            want = any(t.pos_ == "NOUN" and ActorTable.at_token(table, t.i) is None and _unnamed._people(t)
                       for t in sent)
            assert _unnamed._may_name(sent, table) == want
        assert any(table.nameable.values())  # "officials", "protesters": nouns of people
    finally:
        release(doc)
