"""The exception tree. The library raises these; only the CLI turns them into one-line messages."""

from __future__ import annotations

__all__ = ["NewsgraphError", "InputError", "ModelNotFound", "StoreError", "EvaluationError", "QueryError"]


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """A document could not be read: empty, binary, wrong encoding, too large, malformed."""


class ModelNotFound(NewsgraphError):
    """The spaCy pipeline asked for is not installed (the message carries the install command)."""


class StoreError(NewsgraphError):
    """The store could not be opened, migrated or written."""


class EvaluationError(NewsgraphError):
    """An evaluation set or expectation file could not be read."""


class QueryError(NewsgraphError):
    """A query's arguments cannot be answered: an impossible date, an unknown country, no title."""
