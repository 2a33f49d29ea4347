"""Ranks outside the forces: "a police lieutenant", "TSA officer Jay Roe", "Los Angeles Police Department Cmdr.
Jay Roe", "Sgt. Jay Roe of the city police said about 200 officers ...". The agent dictionary makes an
"officer", a "lieutenant" or a "commander" a soldier, and a rank before a name makes its bearer one; the
police use the same words. The body the rank hangs on decides: where the person's or the group's own phrase (the
words around the rank, an appositive, an "of" or "with" phrase) names the police and nothing military, the
actor is the police's (the guidelines' COP); where the phrase names no body, the sentence, or the one before,
that names the police and nothing military does ("Police Chief Jay Roe said his officers ...").
"""

from __future__ import annotations

from ._cluster import Cluster, Context
from ._coding import code_of
from ..nlp import tokens

__all__ = ["police_ranks"]

# The ranks and posts the forces and the police share (the agent dictionary's MIL, or a rank before a name)
_RANKS = frozenset({"officer", "officers", "lieutenant", "lieutenants", "lt", "captain", "captains", "capt",
                    "commander", "commanders", "cmdr", "chief", "chiefs", "sergeant", "sergeants", "sgt"})
# Words that name the police or a body of law enforcement in a rank's own phrase
_POLICE = frozenset({"police", "policeman", "policemen", "policewoman", "cop", "cops", "sheriff", "lapd", "nypd",
                     "tsa", "enforcement", "constabulary", "gendarmerie"})
# Words that make the phrase the forces' all the same ("an Army officer", "a military police captain")
_FORCES = frozenset({"army", "military", "navy", "naval", "marine", "marines", "air", "soldier", "soldiers",
                     "troops", "pentagon", "defense", "defence", "guard", "corps", "battalion", "brigade",
                     "regiment", "infantry", "forces", "militia", "rebel", "rebels"})


def police_ranks(ctx: Context, clusters: list[Cluster]) -> None:
    """Recode as the police's (COP) each person or group coded MIL whose phrases hold a rank the police
    share and nothing military, where those phrases name the police, else their sentences or the ones
    before do, and nothing military. A base's person keeps its sector."""
    toks = None
    for cl in clusters:
        if cl.sector != "MIL" or cl.kind not in ("person", "group") or cl.entry is not None or cl.armed_figure:
            continue
        if toks is None:
            toks = tokens(ctx.doc)
        spans = [(c.start, c.end) for c in cl.cands] + [(s, e) for s, e, k in cl.extra if k != "pronoun"]
        words: set[str] = set()
        for start, end in spans:
            words |= _phrase_words(toks, start, end)
        if not words & _RANKS or words & _FORCES:
            continue
        if not words & _POLICE:
            # "Police Chief Jay Roe said his officers ...", "police officers cordoned off the street. One
            # officer shouted ...": the police the sentence or the one before names
            words = _sentence_words(toks, [start for start, _end in spans])
        if words & _POLICE and not words & _FORCES:
            cl.sector = "COP"
            cl.code = code_of(cl.iso, "COP")


def _sentence_words(toks: list, starts: list[int]) -> set[str]:
    """The lower-case words of the sentences of the mentions starting at ``starts`` and of the sentence
    before each."""
    words: set[str] = set()
    for start in starts:
        sent = toks[start].sent
        words.update(t.lower_ for t in sent)
        if sent.start > 0:
            words.update(t.lower_ for t in toks[sent.start - 1].sent)
    return words


def _phrase_words(toks: list, start: int, end: int) -> set[str]:
    """The lower-case words of a mention's phrase: the mention, the words before it up to its sentence's
    start or a verb, comma or other clause edge (a rank and a body before a name), and the phrase its head
    rules (an appositive, an "of" or "with" phrase)."""
    words = {toks[i].lower_.rstrip(".") for i in range(start, end)}
    sent_start = toks[start].sent.start
    i = start - 1
    while i >= sent_start and start - i <= 6 and toks[i].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT", "DET") \
            and toks[i].text not in (",", ";", "(", ")", "\u2014", "--"):
        words.add(toks[i].lower_.rstrip("."))
        i -= 1
    head = toks[start]
    while start <= head.head.i < end and head.head.i != head.i:
        head = head.head
    for child in head.children:
        if child.dep_ in ("appos", "prep", "compound", "amod", "poss", "nmod") and child.i >= end:
            words |= {t.lower_.rstrip(".") for t in child.subtree}
    if head.dep_ == "appos":
        words |= {t.lower_.rstrip(".") for t in head.head.subtree if t.i < start or t.i >= end}
    return words
