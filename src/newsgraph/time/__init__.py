"""Time expressions (TIMEX3): tagging and normalisation against the document date.

``tag(text, published=, doc=)`` finds every time expression in a text and gives each a TimeML TIMEX3
type and value resolved against the publication date, with tense awareness when a spaCy Doc of the same
text is passed. ``normalise`` reads one expression; ``infer_published`` guesses a missing date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records import Timex
from ._infer import infer_published as _infer
from ._normalise import VALID_VALUE
from ._tagger import tag as _tag

__all__ = ["tag", "infer_published", "normalise", "VALID_VALUE"]


def tag(text: str, *, published: dt.date | None, doc: Any = None) -> list[Timex]:
    """Every time expression in ``text`` as a Timex; spans are character offsets into ``text``.

    An empty text gives an empty list. A failure inside the tagger is a bug and propagates: the
    pipeline records the document as rejected with the reason, instead of storing it without dates.
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        published = None
    return _tag(text, published=published, doc=doc)


def normalise(expression: str, *, published: dt.date | None,
              tense: str | None = None) -> tuple[str, str, str | None] | None:
    """The (type, value, mod) of one time expression, or None when it is not one.

    ``tense`` ("past", "present" or "future") says which way to resolve a weekday or a month named
    without its year; without it the expression is read as in a neutral clause.
    """
    if not isinstance(expression, str) or not expression.strip():
        return None
    if not isinstance(published, dt.date):
        published = None
    elif isinstance(published, dt.datetime):
        published = published.date()
    forced = tense if tense in ("past", "present", "future") else None
    found = _tag(expression.strip(), published=published, tense=lambda start, end: forced)
    if not found:
        return None
    best = max(found, key=lambda t: t.span[1] - t.span[0])
    return (best.type, best.value, best.mod)


def infer_published(text: str) -> dt.date | None:
    """The publication date a text gives away (a dateline, weekday-date pairs, ...), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _infer(text)
