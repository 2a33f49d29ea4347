"""The library functions behind the commands: read paths, run the pipeline, store or yield results.

The CLI and the web UI call these; they never print.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._defaults import HOME_COUNTRY
from ._heap import settle
from .actors import Dictionary, load_dictionaries
from .ingest import DEFAULT_MAX_BYTES, Rejected, check_ref, load
from .pipeline import MAX_BATCH_CHARS, Extractor, parse_date
from .records import Document, Result

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

    from .dedupe import NearDuplicateIndex

__all__ = ["extract_paths", "ingest", "IngestReport"]


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    batch_size: int = 16,
    min_confidence: float | None = None,
    home_country: str | None = HOME_COUNTRY,
    dictionaries: Iterable[Dictionary | str | Path] | None = None,
    ref: str | None = None,
) -> Iterator[Result | Rejected]:
    """A Result per document read from the paths, in order, and a Rejected per input that could not be
    read or that the pipeline failed on (with the reason), so one bad input never stops the run.
    ``min_confidence`` leaves out the events whose confidence is below it; ``home_country`` and
    ``dictionaries`` (the user's actor dictionaries) are the extractor's
    (:class:`newsgraph.pipeline.Extractor`), used when no ``extractor`` is given (a given extractor keeps
    its own). A dictionary that cannot be read is an InputError before anything is read. ``ref`` is the
    user's own id for the one document of one text or HTML input (:func:`newsgraph.ingest.check_ref`)."""
    if published is not None:
        published = _published(published)
    if ref is not None:
        paths = list(paths)
        ref = check_ref(paths, ref)
    dicts = load_dictionaries(dictionaries)
    pending: list[Document] = []
    ex = extractor

    def drain() -> list[Result | Rejected]:
        nonlocal ex
        if not pending:
            return []
        ex = ex or Extractor(model=model, home_country=home_country, dictionaries=dicts)
        out = confident(analyse_batch(pending, ex), min_confidence)
        pending.clear()
        return out

    for item in load(paths, published=published, max_bytes=max_bytes, ref=ref):
        if isinstance(item, Rejected):
            yield from drain()  # keep the order: finish what was read before this rejection
            yield item
            continue
        pending.append(item)
        if len(pending) >= batch_size:
            yield from drain()
    yield from drain()


def _published(value: str) -> str:
    """A --published value as an ISO date; an empty or invalid one is an InputError, never ignored."""
    from .errors import InputError

    date = parse_date(value) if str(value).strip() else None
    if date is None:
        raise InputError(f"not a date: {value!r} (expected YYYY-MM-DD)")
    return date.isoformat()


@dataclass
class IngestReport:
    """What an ingest did. ``read == stored + duplicates + near_duplicates + rejected`` always holds."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0  # already in the store (same text): recorded as another source, not stored again
    near_duplicates: int = 0  # nearly the same text as a stored one (a republished wire story): another source
    rejected: int = 0
    seconds: float = 0.0
    total: int | None = None  # documents expected, when it could be estimated up front
    reasons: list[str] = field(default_factory=list)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        return (f"read {self.read}: stored {self.stored}, already stored {self.duplicates}, "
                f"near duplicates {self.near_duplicates}, rejected {self.rejected} "
                f"({self.seconds:.1f} s, {rate:.1f} documents/s)")


def confident(items: list[Result | Rejected], min_confidence: float | None) -> list[Result | Rejected]:
    """The items with each result's events of confidence below ``min_confidence`` left out."""
    if min_confidence:
        for r in items:
            if isinstance(r, Result):
                r.events = [e for e in r.events if e.confidence >= min_confidence]
    return items


def analyse_batch(documents: list[Document], extractor: Extractor) -> list[Result | Rejected]:
    """Results for a batch; a document the pipeline fails on becomes a Rejected with the error, so one
    bad article never stops a run (and the failure is recorded, not lost)."""
    try:
        return list(extractor.pipe(documents, batch_size=len(documents) or 1))
    except Exception:  # find the culprit: retry one by one
        out: list[Result | Rejected] = []
        for document in documents:
            try:
                out.append(extractor(document))
            except Exception as exc:  # noqa: BLE001 - recorded with its reason
                out.append(Rejected(document.source or document.id,
                                    f"internal error in newsgraph: {type(exc).__name__}: {exc}".splitlines()[0]))
        return out


# -- runners: where the batches are analysed ----------------------------------------------------
_WORKER_EXTRACTOR: Extractor | None = None
_WORKER_SETTING: tuple | None = None  # a Dask worker's: what its extractor was made for


def _worker_init(model: str | None, home_country: str | None = HOME_COUNTRY,
                 dictionaries: Sequence[Dictionary] = ()) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = Extractor(model=model, home_country=home_country, dictionaries=list(dictionaries))


def _worker_analyse(documents: list[Document], model: str | None = None, home_country: str | None = HOME_COUNTRY,
                    dictionaries: Sequence[Dictionary] = (), setting: tuple | None = None) -> list[Result | Rejected]:
    """A batch's results in a worker. A pool's worker has the extractor its initializer made; a Dask
    worker makes one at its first batch and again when a batch comes from a run of another ``setting``
    (model, home country, dictionaries), sharing the spaCy pipeline already loaded for the model."""
    global _WORKER_EXTRACTOR, _WORKER_SETTING
    if _WORKER_EXTRACTOR is None or (setting is not None and setting != _WORKER_SETTING):
        loaded = _WORKER_EXTRACTOR.nlp if _WORKER_EXTRACTOR is not None and _WORKER_SETTING and \
            _WORKER_SETTING[0] == model else None
        _WORKER_EXTRACTOR = Extractor(loaded, model=model, home_country=home_country, dictionaries=list(dictionaries))
        _WORKER_SETTING = setting
    out = analyse_batch(documents, _WORKER_EXTRACTOR)
    for r in out:  # the store keeps no mention offsets: don't ship them between processes
        if isinstance(r, Result):
            r.mentions = []
    return out


class _Done:
    def __init__(self, value: list[Result | Rejected]) -> None:
        self.value = value

    def result(self) -> list[Result | Rejected]:
        return self.value


class _LocalRunner:
    slots = 1

    def __init__(self, extractor: Extractor | None, model: str | None, home_country: str | None = HOME_COUNTRY,
                 dictionaries: Sequence[Dictionary] = ()) -> None:
        self.extractor, self.model, self.home_country = extractor, model, home_country
        self.dictionaries = list(dictionaries)

    def submit(self, documents: list[Document]) -> _Done:
        if self.extractor is None:
            self.extractor = Extractor(model=self.model, home_country=self.home_country,
                                       dictionaries=self.dictionaries)
        return _Done(analyse_batch(documents, self.extractor))

    def close(self) -> None:
        pass


class _Joined:
    """The results of a batch whose parts went to different workers, in the batch's order."""

    def __init__(self, futures: list) -> None:
        self.futures = futures

    def result(self) -> list[Result | Rejected]:
        return [item for future in self.futures for item in future.result()]


def _parts(documents: list[Document], n: int) -> list[list[Document]]:
    """The documents in at most ``n`` consecutive parts of about equal text length."""
    total = sum(len(d.text) for d in documents)
    parts: list[list[Document]] = [[]]
    done = 0
    for document in documents:
        if parts[-1] and len(parts) < n and done >= total * len(parts) / n:
            parts.append([])
        parts[-1].append(document)
        done += len(document.text)
    return parts


def _split(documents: list[Document], workers: int) -> list[list[Document]]:
    """A batch's parts for the workers: about a spaCy batch's text each (the extractor parses no more at
    once, so smaller parts cost no speed), at least one per worker. A worker that is done takes the next
    part, so the run ends with the workers at most a part apart, not half a batch."""
    chars = sum(len(d.text) for d in documents)
    return _parts(documents, max(workers, -(-chars // MAX_BATCH_CHARS)))


def _compile_time_rules() -> None:
    """Compile every time rule in the parent before the workers fork. A rule compiles its regex the first
    time it runs (start-up of a one-article process pays only for the rules it needs), so each forked
    worker compiled the same fifty-odd patterns again from its first documents; compiled here, once, the
    workers share them."""
    from .time._rules import RULES

    for rule in RULES:
        rule.finditer("")  # compiles the rule's pattern (the iterator is never read)


def _ready() -> None:
    """A task that does nothing: submitting it starts the worker processes."""


class _PoolRunner:
    """N worker processes; the parent is the one writer.

    Where processes fork, the parent loads the model and runs the stages once on a short text before the
    workers start, so each worker begins with the model, the stages' tables and compiled patterns in
    memory it shares with the others (until written), instead of loading them itself; the cyclic
    collector's generations are frozen over the fork so that it does not write to every shared object.
    The workers start at once and load nothing more while the writer reads the first batch. Each batch
    (one transaction) is split by text length into parts of at most a spaCy batch's text, at least one
    per worker; a worker takes the next part as it finishes one, so the last batches of a run leave no
    worker idle for long.
    """

    def __init__(self, workers: int, model: str | None, home_country: str | None = HOME_COUNTRY,
                 dictionaries: Sequence[Dictionary] = ()) -> None:
        import gc
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        dictionaries = list(dictionaries)
        extractor = Extractor(model=model, home_country=home_country, dictionaries=dictionaries)  # fail early, in the parent, with the install command
        fork = "fork" in multiprocessing.get_all_start_methods()
        if fork:
            extractor.warm()
            _compile_time_rules()
            gc.collect()
            gc.freeze()
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
                                        initializer=_worker_init, initargs=(model, home_country, dictionaries))
        try:
            self.pool.submit(_ready)  # forks the workers now (all of them, with "fork")
        finally:
            if fork:
                gc.unfreeze()
        self.workers = workers
        self.slots = workers * 2

    def submit(self, documents: list[Document]) -> _Joined:
        return _Joined([self.pool.submit(_worker_analyse, part) for part in _split(documents, self.workers)])

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _DaskRunner:
    """Batches sent to a Dask distributed cluster; workers return plain records, the client writes."""

    def __init__(self, address: str | Client, model: str | None, home_country: str | None = HOME_COUNTRY,
                 dictionaries: Sequence[Dictionary] = ()) -> None:
        import uuid

        from distributed import Client

        self.owned = isinstance(address, str)
        self.client: Client = Client(address) if isinstance(address, str) else address
        self.model, self.home_country = model, home_country
        # the dictionaries go to every worker once, not with each batch; a run's setting is its own, so a
        # worker that served another run (another home country, other dictionaries) makes a new extractor
        self.dictionaries = self.client.scatter(list(dictionaries), broadcast=True) if dictionaries else []
        self.setting = (model, home_country, uuid.uuid4().hex if dictionaries else None)
        self.slots = max(2, 2 * sum(self.client.nthreads().values()))

    def submit(self, documents: list[Document]):
        return self.client.submit(_worker_analyse, documents, self.model, self.home_country, self.dictionaries,
                                  self.setting, pure=False)

    def close(self) -> None:
        if self.owned:  # a client made here from an address; the cluster itself belongs to its owner
            self.client.close()


def estimate_total(paths: Iterable[str | Path]) -> int | None:
    """How many documents the paths hold, cheaply (files, and lines of uncompressed JSON Lines); None if unknown."""
    from .ingest._load import _SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for f in files:
            name = f.name.lower()
            if name.endswith((".gz", ".warc", ".rss", ".atom", ".xml")):
                return None
            if _SUFFIXES.get(f.suffix.lower()) == "jsonl" and f.suffix.lower() != ".json":
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def ingest(
    paths: Iterable[str | Path],
    *,
    store,  # newsgraph.store.Store
    published: str | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 32,
    workers: int = 1,
    dask: str | Client | None = None,
    near_duplicates: float | None = None,
    extractor: Extractor | None = None,
    on_progress: Callable[[IngestReport, str | None], None] | None = None,
    min_confidence: float | None = None,
    home_country: str | None = HOME_COUNTRY,
    dictionaries: Iterable[Dictionary | str | Path] | None = None,
    ref: str | None = None,
) -> IngestReport:
    """Read the paths into the store.

    Idempotent: a text already stored is not parsed again (its new source is recorded). Resumable:
    each batch is written in one transaction, so a crash loses at most the batches under way, which
    the next run does again. Rejected inputs go to the store's rejected table with the reason.
    ``workers`` > 1 analyses batches in that many processes; ``dask`` sends them to a Dask scheduler
    (an address, or a ``distributed.Client``). Either way this process is the one writer.
    ``near_duplicates`` (a Jaccard threshold such as 0.85; None = off) stores a near duplicate of a
    stored or pending text once, as another source of it with its similarity (MinHash LSH).
    ``min_confidence`` stores only the events whose confidence is at least that; ``home_country`` and
    ``dictionaries`` (the user's actor dictionaries) are the extractor's
    (:class:`newsgraph.pipeline.Extractor`), used when no ``extractor`` is given (a given extractor
    keeps its own). A dictionary that cannot be read is an InputError before anything is read. A text
    already stored is not read again, so a dictionary added later codes only the documents stored after.
    ``ref`` is the user's own id for the one document of one text or HTML input (as for
    :func:`extract_paths`). A text stored again under another ref keeps its first ref; the store records
    every ref it was read under (``document_refs``).
    """
    dicts = load_dictionaries(dictionaries)
    paths = list(paths)
    if ref is not None:
        ref = check_ref(paths, ref)
    report = IngestReport(total=estimate_total(paths) if on_progress else None)
    start = time.perf_counter()
    if published is not None:
        published = _published(published)
    runner: _DaskRunner | _PoolRunner | _LocalRunner
    if dask is not None:
        runner = _DaskRunner(dask, model, home_country, dicts)
    elif workers > 1:
        runner = _PoolRunner(workers, model, home_country, dicts)
    else:
        runner = _LocalRunner(extractor, model, home_country, dicts)
    try:
        writer = _Writer(store, runner, report, batch_size=batch_size, min_confidence=min_confidence,
                         on_progress=on_progress, near_duplicates=near_duplicates)
        for item in load(paths, published=published, max_bytes=max_bytes, ref=ref):
            writer.take(item)
        writer.finish()
    finally:
        runner.close()
    report.seconds = time.perf_counter() - start
    return report


class _Writer:
    """The one writer of an ingest: it takes what the loader reads, sends batches of new documents to the
    runner, and writes their results in the order they were sent.

    A document is new unless its text is stored or under way (a duplicate: its source is recorded) or,
    with ``near_duplicates``, nearly the same as a stored or pending text (recorded as another source of
    that one, with the similarity). A source of a document still under way waits in ``later_sources``
    until the document is written.
    """

    def __init__(self, store, runner, report: IngestReport, *, batch_size: int, min_confidence: float | None,
                 on_progress: Callable[[IngestReport, str | None], None] | None,
                 near_duplicates: float | None) -> None:
        self.store, self.runner, self.report = store, runner, report
        self.batch_size, self.min_confidence, self.on_progress = batch_size, min_confidence, on_progress
        self.inflight: collections.deque = collections.deque()  # (future, ids) in submission order
        self.inflight_ids: set[str] = set()
        # (id, source, similarity, text id, ref)
        self.later_sources: list[tuple[str, str, float | None, str | None, str | None]] = []
        self.batch: list[Document] = []
        self.signatures: dict[str, bytes] = {}  # of the documents under way
        self.index: NearDuplicateIndex | None = None
        if near_duplicates is not None:
            from .dedupe import NearDuplicateIndex

            self.index = NearDuplicateIndex(near_duplicates)
            for document_id, sig in store.signatures():
                self.index.add(document_id, sig)

    def take(self, item: Document | Rejected) -> None:
        """One item the loader read: recorded as a rejection or a source, or queued to be analysed."""
        self.report.read += 1
        if self.report.read == self.batch_size:
            settle()  # a held collector (_heap.py) runs again after a batch's worth, even if nothing is parsed here
        if isinstance(item, Rejected):
            self._reject(item)
        elif not (self._duplicate(item) or self._near_duplicate(item)):
            self.batch.append(item)
            self.inflight_ids.add(item.id)
            if len(self.batch) >= self.batch_size:
                self.submit()
            return
        self._progress(item.source)

    def finish(self) -> None:
        """Send the last batch and write every result still under way."""
        self.submit()
        while self.inflight:
            self.write_oldest()

    def _reject(self, item: Rejected) -> None:
        self.store.reject(item.source, item.reason)
        self.report.rejected += 1
        self.report.reasons.append(str(item))

    def _duplicate(self, item: Document) -> bool:
        """True (and its source recorded, now or once the original is written) when the text is known."""
        pending = item.id in self.inflight_ids
        if not pending and not self.store.has_document(item.id):
            return False
        self.report.duplicates += 1
        if item.source:
            self._add_source(item.id, item.source, None, None, item.ref, pending=pending)
        return True

    def _near_duplicate(self, item: Document) -> bool:
        """True (and recorded as another source of the original) when a stored or pending text is nearly
        the same; otherwise the item's signature joins the index."""
        if self.index is None:
            return False
        from .dedupe import signature

        sig = signature(item.text)
        hit = self.index.find(sig)
        if hit is None:
            self.index.add(item.id, sig)
            self.signatures[item.id] = sig
            return False
        self.report.near_duplicates += 1
        original, similarity = hit
        self._add_source(original, item.source or item.id, round(similarity, 3), item.id, item.ref,
                         pending=original in self.inflight_ids)
        return True

    def _add_source(self, document_id: str, source: str, similarity: float | None, text_id: str | None,
                    ref: str | None, *, pending: bool) -> None:
        if pending:  # the document is not written yet: record its source after it is
            self.later_sources.append((document_id, source, similarity, text_id, ref))
        else:
            self.store.add_source(document_id, source, similarity=similarity, text_id=text_id, ref=ref)

    def submit(self) -> None:
        """Send the batch to the runner, first writing the oldest results while every slot is taken."""
        if not self.batch:
            return
        while len(self.inflight) >= self.runner.slots:
            self.write_oldest()
        self.inflight.append((self.runner.submit(self.batch), [d.id for d in self.batch]))
        self.batch = []

    def write_oldest(self) -> None:
        """Write the results of the oldest batch under way (one transaction), then the sources that waited."""
        future, ids = self.inflight.popleft()
        items = confident(future.result(), self.min_confidence)  # a worker's exception surfaces here, never a hang
        for item in items:
            if isinstance(item, Rejected):
                self._reject(item)
        new = self.store.add_many([i for i in items if isinstance(i, Result)], signatures=self.signatures)
        self.report.stored += sum(new)
        self.report.duplicates += len(new) - sum(new)
        self.inflight_ids.difference_update(ids)
        for i in ids:
            self.signatures.pop(i, None)
        waiting, self.later_sources = self.later_sources, []
        for entry in waiting:
            document_id, source, similarity, text_id, ref = entry
            if document_id in self.inflight_ids:
                self.later_sources.append(entry)
            elif self.store.has_document(document_id):
                self.store.add_source(document_id, source, similarity=similarity, text_id=text_id, ref=ref)
        self._progress(None)

    def _progress(self, source: str | None) -> None:
        if self.on_progress:
            self.on_progress(self.report, source)
