"""An event told in the first person inside a quotation is the speaker's act.

"“We urge the administration to act,” said the chamber's president": the actors stage cannot resolve
"we" or "I" (nobody is named in the quote), but the quotes stage knows who speaks. The corpus
guidelines (2.3) code the actor all the same where the text names it elsewhere, and for a quotation
that is its speaker.
"""

from __future__ import annotations

from ..nlp import tokens
from ..records import Event, Quote

__all__ = ["speaking_actors"]

FIRST_PERSON = frozenset({"i", "we"})
# How the trigger reaches the clause whose subject does it: "we will continue to urge", "I met and
# thanked him", "we have decided to withdraw".
_CLIMB = frozenset({"xcomp", "conj"})


def _subject(tok):
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def speaking_actors(events: list[Event], quotes: list[Quote], doc) -> int:
    """Give each event without an actor whose trigger lies in a quotation with a speaker, and whose
    subject is "I" or "we", that speaker as actor; the number of events changed."""
    spoken = [(q.span, q.speaker) for q in quotes if q.speaker and q.kind in ("direct", "partial")]
    if not spoken:
        return 0
    toks = tokens(doc)
    starts = {t.idx: t for t in toks}
    changed = 0
    for e in events:
        span = e.trigger["span"] if e.trigger else None
        if e.actor or not span:
            continue
        speaker = next((who for (a, b), who in spoken if a <= span[0] < b), None)
        tok = starts.get(span[0])
        if speaker is None or tok is None or speaker in e.recipient:
            continue
        subj = _subject(tok)
        if subj is not None and subj.lower_ in FIRST_PERSON:
            e.actor = [speaker]
            changed += 1
    return changed
