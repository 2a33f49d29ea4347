"""Roles: who held which office when.

``extract_roles(doc, actors=, timexes=, events=, published=)`` returns
:class:`~newsgraph.records.Role` records: the office title (normalised), the holder's actor id,
organisation and country (ISO 3166 alpha-3) where the text gives them, start and end dates where the
text fixes them (from the timexes), and a status relative to the document date.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._extract import find_roles

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..records import ActorTable, Event, Role, Timex

__all__ = ["extract_roles"]


def extract_roles(doc: "Doc", *, actors: "ActorTable", timexes: "list[Timex] | None" = None,
                  events: "list[Event] | None" = None, published: Any = None,
                  only: "set[str] | frozenset[str] | None" = None) -> "list[Role]":
    """Officeholders of ``doc``: one record per actor and title, in text order. With ``only`` (actor
    ids), the records of those actors alone, the same as the whole document's, found without looking
    for the others' (the pipeline asks so for the speakers the quotes stage adds)."""
    return find_roles(doc, actors=actors, timexes=timexes or [], events=events or [], published=published,
                      only=only)
