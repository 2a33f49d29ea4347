"""Roles: who held which office when."""
from __future__ import annotations

__all__ = ["extract_roles"]


def extract_roles(doc, *, actors, timexes, events, published):
    return []
