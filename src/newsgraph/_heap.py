"""The cyclic garbage collector during start-up: held until the first document is read, then frozen.

Start-up (importing spaCy, loading the model, loading the stages' tables and patterns on the first
document) makes a million long-lived objects and almost no garbage: a full collection after the first
document finds nothing to free. The collector, triggered by the allocations, still walks the young objects
again and again and the whole heap in full collections, which cost a one-article ``newsgraph extract``
about 0.2 s of CPU (bare spaCy's load and parse pay about 0.09 s). So a command that owns its process
(``extract``, ``ingest``) holds the collector with :func:`hold`; the extractor calls :func:`settle` when its
first document is done, which moves every object made so far to the permanent generation (``gc.freeze``:
they live as long as the process, and the collector no longer walks them) and lets the collector run again
for what the later documents make. A warmed extractor (``Extractor.warm``: a server, a pool's workers, a
benchmark) has finished its start-up too, so ``warm`` freezes what exists then (:func:`startup_over`); a
library caller that calls neither :func:`hold` nor ``warm`` sees no change.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["hold", "settle", "held", "startup_over"]

_held = False


def hold() -> None:
    """Pause the automatic collector until :func:`settle` (a no-op if it is already paused)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def startup_over() -> None:
    """Move every object made so far to the permanent generation (``gc.freeze``): after a warm-up they are
    the model, the tables and the patterns, which live as long as the process. Without it the collector's
    full collections walk them again and again (about 240,000 objects, 95-100 ms each: most of what the
    collector costs the actors stage, the first stage to build the tokens that outlive a collection). A
    paused collector (:func:`hold`) is left to :func:`settle`."""
    if gc.isenabled():
        gc.freeze()


def settle() -> None:
    """If :func:`hold` paused the collector: freeze what start-up made and run the collector again."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def held() -> Iterator[None]:
    """The collector held from here until the first document is done, or at the latest until the end."""
    hold()
    try:
        yield
    finally:
        settle()
