"""newsgraph: political news -> sourced, dated, structured data (PLOVER events, roles, quotes, agreements).

The public API is small and importing it is cheap: spaCy loads only when a document is read.

    >>> import newsgraph
    >>> result = newsgraph.extract(text, published="2021-10-19")
    >>> store = newsgraph.open_store("newsgraph.db")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._cpu import prefer_row_invariant_kernels
from .errors import EvaluationError, InputError, ModelNotFound, NewsgraphError, StoreError
from .records import Actor, Agreement, Commitment, Document, Event, Quote, Result, Role, Timex

prefer_row_invariant_kernels()  # before anything loads numpy (none of the above does): see _cpu.py

__version__ = "0.1.0"

__all__ = [
    "extract",
    "open_store",
    "load",
    "Extractor",
    "Store",
    "Document",
    "Result",
    "Actor",
    "Event",
    "Role",
    "Quote",
    "Agreement",
    "Commitment",
    "Timex",
    "NewsgraphError",
    "InputError",
    "ModelNotFound",
    "StoreError",
    "EvaluationError",
    "__version__",
]

if TYPE_CHECKING:  # pragma: no cover
    from .ingest import load
    from .pipeline import Extractor, extract
    from .store import Store, open_store


def __getattr__(name: str) -> Any:
    # Lazy: `import newsgraph` must not import spaCy or the store.
    if name in ("extract", "Extractor"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("open_store", "Store"):
        from . import store

        return getattr(store, name)
    if name == "load":
        from .ingest import load

        return load
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
