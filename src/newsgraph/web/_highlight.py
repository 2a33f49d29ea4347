"""A source sentence cut into segments, each marked as actor, recipient, trigger, date or plain text.

The store keeps no actor mention offsets, so actors are found by their names and aliases in the
sentence; the trigger comes from its document offsets (falling back to its text), the date from its
text. The template wraps marked segments in <mark>; Jinja escapes every segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["segments"]

# When two marks overlap, the one with the higher priority wins.
_PRIORITY = {"trigger": 4, "date": 3, "actor": 2, "recipient": 1}


def _find_all(text: str, needle: str, *, ignore_case: bool = False) -> Iterable[tuple[int, int]]:
    if not needle or not needle.strip():
        return []
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", flags)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _trigger_span(sentence: str, sentence_start: int | None, trigger: dict[str, Any] | None) -> tuple[int, int] | None:
    if not trigger:
        return None
    text = trigger.get("text") or ""
    span = trigger.get("span")
    if span and sentence_start is not None and len(span) == 2:
        start, end = int(span[0]) - sentence_start, int(span[1]) - sentence_start
        if 0 <= start < end <= len(sentence) and (not text or sentence[start:end] == text):
            return start, end
    found = list(_find_all(sentence, text, ignore_case=True))
    return found[0] if found else None


def segments(
    sentence: str,
    *,
    sentence_start: int | None = None,
    actors: Iterable[str] = (),
    recipients: Iterable[str] = (),
    trigger: dict[str, Any] | None = None,
    date_text: str | None = None,
) -> list[tuple[str, str | None]]:
    """``sentence`` as [(text, kind or None)], covering it exactly once, in order."""
    sentence = sentence or ""
    candidates: list[tuple[int, int, str]] = []
    t = _trigger_span(sentence, sentence_start, trigger)
    if t:
        candidates.append((t[0], t[1], "trigger"))
    if date_text:
        candidates += [(s, e, "date") for s, e in _find_all(sentence, date_text)][:1]
    for kind, names in (("actor", actors), ("recipient", recipients)):
        for name in sorted({n for n in names if n}, key=len, reverse=True):
            candidates += [(s, e, kind) for s, e in _find_all(sentence, name)]
    # Greedy by priority, then length: keep a mark only where nothing stronger is.
    candidates.sort(key=lambda c: (-_PRIORITY[c[2]], -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, kind in candidates:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, kind))
    taken.sort()
    out: list[tuple[str, str | None]] = []
    pos = 0
    for s, e, kind in taken:
        if s > pos:
            out.append((sentence[pos:s], None))
        out.append((sentence[s:e], kind))
        pos = e
    if pos < len(sentence):
        out.append((sentence[pos:], None))
    return out
