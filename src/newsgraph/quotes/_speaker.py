"""From a noun phrase in the parse to an actor id: the helpers live in :mod:`newsgraph._parse`, which
roles/ and agreements/ share; re-exported here for the quotes stage."""

from __future__ import annotations

from .._parse import PERSON_PRONOUNS, actor_of_phrase, nearest_person, phrase_span, verb_subject

__all__ = ["actor_of_phrase", "phrase_span", "verb_subject", "PERSON_PRONOUNS", "nearest_person"]
