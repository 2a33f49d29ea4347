"""The library functions behind the commands: read paths, run the pipeline, store or yield results.

The CLI and the web UI call these; they never print.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES, Rejected, load
from .pipeline import Extractor, parse_date
from .records import Document, Result

__all__ = ["extract_paths", "ingest", "IngestReport"]


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    batch_size: int = 16,
) -> Iterator[Result | Rejected]:
    """A Result per document read from the paths, and a Rejected per input that could not be read."""
    if published is not None:
        published = parse_date(published).isoformat()  # type: ignore[union-attr]
    pending: list[Document] = []
    ex = extractor
    for item in load(paths, published=published, max_bytes=max_bytes):
        if isinstance(item, Rejected):
            # keep order: finish what was read before this rejection
            if pending:
                ex = ex or Extractor(model=model)
                yield from ex.pipe(pending, batch_size=batch_size)
                pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            ex = ex or Extractor(model=model)
            yield from ex.pipe(pending, batch_size=batch_size)
            pending = []
    if pending:
        ex = ex or Extractor(model=model)
        yield from ex.pipe(pending, batch_size=batch_size)


@dataclass
class IngestReport:
    """What an ingest did. ``read == stored + duplicates + rejected`` always holds."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0  # already in the store (same text): recorded as another source, not stored again
    rejected: int = 0
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"read {self.read}: stored {self.stored}, already stored {self.duplicates}, "
                f"rejected {self.rejected} ({self.seconds:.1f} s, {rate:.1f} documents/s)")


def ingest(
    paths: Iterable[str | Path],
    *,
    store,  # newsgraph.store.Store
    published: str | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 32,
    extractor: Extractor | None = None,
    on_progress: Callable[[IngestReport, str | None], None] | None = None,
) -> IngestReport:
    """Read the paths into the store: idempotent (a text already stored is not parsed again) and
    resumable (each batch is one transaction, so a crash loses at most the batch under way, which
    the next run does again). Rejected inputs go to the store's rejected table with the reason.
    """
    report = IngestReport()
    start = time.perf_counter()
    if published is not None:
        published = parse_date(published).isoformat()  # type: ignore[union-attr]
    batch: list[Document] = []
    batch_ids: set[str] = set()
    later_sources: list[tuple[str, str]] = []  # duplicates inside the batch under way
    ex = extractor

    def flush() -> None:
        nonlocal ex, batch, batch_ids
        if not batch:
            return
        ex = ex or Extractor(model=model)
        results = list(ex.pipe(batch, batch_size=batch_size))
        new = store.add_many(results)
        report.stored += sum(new)
        report.duplicates += len(new) - sum(new)
        for document_id, source in later_sources:
            store.add_source(document_id, source)
        batch, batch_ids = [], set()
        later_sources.clear()
        if on_progress:
            on_progress(report, None)

    for item in load(paths, published=published, max_bytes=max_bytes):
        report.read += 1
        if isinstance(item, Rejected):
            store.reject(item.source, item.reason)
            report.rejected += 1
            report.reasons.append(str(item))
            if on_progress:
                on_progress(report, item.source)
            continue
        if item.id in batch_ids or store.has_document(item.id):
            report.duplicates += 1
            if item.source and item.id in batch_ids:
                later_sources.append((item.id, item.source))
            elif item.source:
                store.add_source(item.id, item.source)
            if on_progress:
                on_progress(report, item.source)
            continue
        batch.append(item)
        batch_ids.add(item.id)
        if len(batch) >= batch_size:
            flush()
    flush()
    report.seconds = time.perf_counter() - start
    return report
