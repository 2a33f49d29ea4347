"""Agreements and the commitments of each party.

``extract_agreements(doc, actors=, timexes=, events=, published=)`` returns
:class:`~newsgraph.records.Agreement` records gathered from the whole document (one per thing
agreed, however often and however differently it is mentioned), with the parties' actor ids, the
date signed (from the timexes), and each party's commitments (obligation, promise or concession,
with the conditions stated).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._extract import AGREEMENT_NOUNS, find_agreements

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..records import ActorTable, Agreement, Event, Timex

__all__ = ["extract_agreements", "AGREEMENT_NOUNS"]


def extract_agreements(doc: "Doc", *, actors: "ActorTable", timexes: "list[Timex] | None" = None,
                       events: "list[Event] | None" = None, published: Any = None) -> "list[Agreement]":
    """The agreements ``doc`` reports, each with its parties, date and commitments."""
    return find_agreements(doc, actors=actors, timexes=timexes or [], events=events or [], published=published)
