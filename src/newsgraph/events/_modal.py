"""The learned modality of a kept event: asserted, reported, future, hypothetical or historical.

The rules (``_modality.py``) read the clause: its tense, modal verbs, the verb that governs it ("said",
"plans", "if"), and the event's own date. They miss background told without a date of its own ("had
fired the director", "the 2015 deal") and confuse an act the reporter states with one a source states.
A multinomial logistic model trained on the annotated corpus's train split
(``scripts/train_modality.py``) decides from the rules' reading and the evidence around the trigger:
its tense and auxiliaries, the verbs above it, the words of its sentence that place it in time or on a
source, how far its date lies from the report's, and where the sentence stands in the story. Negation
stays with the rules.

The model is a JSON file of feature weights (``data/events/modality.json``, see ``newsgraph._linear``);
without it the rules' reading stands.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .._linear import SoftmaxModel, bucket, load_softmax_file
from ..records import Event
from ._decide import in_quotation

__all__ = ["features", "modality_model", "relabel", "MODEL_FILE", "CLASSES"]

MODEL_FILE = "modality.json"
CLASSES = ("asserted", "reported", "future", "hypothetical", "historical")

# Words of a sentence that place an act in time, on a source, or in possibility.
_CUES = frozenset({
    "ago", "last", "earlier", "former", "previously", "once", "since", "then", "first", "until", "before",
    "after", "during", "later", "still", "now", "recently", "already", "again", "years", "decade", "decades",
    "history", "historic", "past", "era", "war", "according", "reportedly", "allegedly", "said", "says",
    "told", "reported", "claimed", "alleged", "sources", "officials", "statement", "will", "would", "could",
    "might", "may", "should", "can", "must", "if", "unless", "whether", "plan", "plans", "planned",
    "expected", "scheduled", "next", "upcoming", "tomorrow", "possible", "potential", "threat", "risk",
    "today", "yesterday", "week", "month", "year", "tonight", "this", "when", "while", "as",
})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _days_before(value: str | None, published: dt.date | None) -> int | None:
    """Days from the end of the dated period to the report (negative: after the report)."""
    if not value or published is None:
        return None
    m = _DATE.match(value)
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2) or 12)
    day = int(m.group(3) or 28)
    try:
        end = dt.date(year, month, day)
    except ValueError:
        return None
    return (published - end).days


def features(event: Event, tok: Any, published: dt.date | None) -> list[str]:
    """The names of the binary features of one kept event whose trigger is the token ``tok``."""
    rule = event.modality
    out = ["bias", f"rule={rule}", f"type={event.event}", f"type_rule={event.event}|{rule}",
           f"neg={event.negated}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"rule_tag={rule}|{tok.tag_}"]
    # the auxiliaries of the trigger and of the verb it hangs from
    head = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i else tok
    for v in {tok.i: tok, head.i: head}.values():
        for c in v.children:
            if c.dep_ in ("aux", "auxpass"):
                out.append(f"aux={c.lower_}")
            elif c.dep_ == "neg":
                out.append("neg_child")
            elif c.dep_ == "mark":
                out.append(f"mark={c.lower_}")
            elif c.dep_ == "prep" and c.lower_ in ("in", "since", "during", "after", "before", "until", "by"):
                out.append(f"prep={c.lower_}")
    up = tok
    for depth in range(3):
        if up.head.i == up.i:
            break
        up = up.head
        if up.pos_ in ("VERB", "AUX"):
            out.append(f"gov{depth}={up.lemma_.lower()}")
            out.append(f"govtag={up.tag_}")
    sent = tok.sent
    words = {t.lower_ for t in sent}
    out.extend(f"w={w}" for w in sorted(words & _CUES))
    years = [int(y) for y in _YEAR.findall(sent.text)]
    if published is not None and years:
        gap = published.year - min(years)
        out.append(f"year_gap={bucket(gap, (-1, 0, 1, 2, 5, 10))}")
    out.append(f"in_quote={in_quotation(tok, sent)}")
    date: dict[str, Any] = dict(event.date or {})
    out.append(f"date_source={date.get('source')}")
    days = _days_before(date.get("value") or date.get("end"), published)
    if days is not None:
        out.append(f"days={bucket(days, (-31, -2, 0, 3, 14, 35, 120, 400, 2000))}")
        out.append(f"rule_days={rule}|{bucket(days, (-2, 0, 14, 35, 400))}")
    if date.get("end") and not date.get("value"):
        out.append("bounded")
    # where the sentence stands in the story: the lede tells the news, the end background
    start = sent.start_char
    out.append(f"offset={bucket(start // 200, (0, 1, 3, 6, 12, 25))}")
    return out


def modality_model() -> SoftmaxModel | None:
    """The shipped modality model, or None when the package has none."""
    return load_softmax_file("events", MODEL_FILE)


def relabel(events: list[Event], by_char: dict, published: dt.date | None, model: SoftmaxModel | None,
            collect: list | None = None) -> None:
    """Set each event's modality to ``model``'s choice, in place; with ``collect``, append (event id,
    the rules' modality, features) of each event first (for training; ``model`` may then be None)."""
    for e in events:
        trig = e.trigger["span"] if e.trigger else None
        tok = by_char.get(trig[0]) if trig else None
        if tok is None:
            continue
        names = features(e, tok, published)
        if collect is not None:
            collect.append((e.id, e.modality, names))
        if model is not None:
            e.modality = model.classes[int(model.vector(names).argmax())]
