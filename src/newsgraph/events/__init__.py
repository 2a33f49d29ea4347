"""Events: PLOVER 2.0 coding of each sentence's political events."""
from __future__ import annotations

__all__ = ["code"]


def code(doc, *, actors, timexes, published):
    return []
