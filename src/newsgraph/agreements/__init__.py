"""Agreements and the commitments of each party."""
from __future__ import annotations

__all__ = ["extract_agreements"]


def extract_agreements(doc, *, actors, timexes, events, published):
    return []
