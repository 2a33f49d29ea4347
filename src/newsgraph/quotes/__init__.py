"""Quotes: direct, partial and indirect speech with the speaker resolved to an actor.

``extract_quotes(doc, actors=table)`` returns :class:`~newsgraph.records.Quote` records whose
``span`` covers the quoted content (``text == doc.text[start:end]``), with the cue verb's lemma and
the speaker's actor id, resolved through the ActorTable (pronoun mentions included once the actors
stage provides them; a last-resort fallback to the most salient earlier person otherwise).

A speaker named by a proper name that the actors stage made no actor of (its entity recogniser often
misses a name beside a quotation mark) is added to the ActorTable as a new actor with its mention:
the one who speaks is an actor (corpus/GUIDELINES.md, section 5). Nothing else in the table changes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ._chooser import Candidate
from ._extract import Found, find_quotes, quote_candidates
from ._marks import find_quote_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..records import ActorTable, Quote

__all__ = ["extract_quotes", "find_quotes", "find_quote_spans", "Found", "quote_candidates", "Candidate"]


def extract_quotes(doc: "Doc", *, actors: "ActorTable") -> "list[Quote]":
    """Direct, partial and indirect quotes of ``doc``, in text order."""
    return [f.quote for f in find_quotes(doc, actors)]
