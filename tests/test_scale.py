"""Scale-out paths: partitioned Parquet output (crash-safe by batch) and a Dask LocalCluster."""

from __future__ import annotations

import json

import pytest

from newsgraph.jobs import ingest
from newsgraph.store import ParquetStore

from test_jobs import SENTENCES, _corpus


@pytest.mark.model
def test_parquet_output_is_partitioned_and_idempotent(tmp_path, extractor):
    import pyarrow.dataset as ds

    path = _corpus(tmp_path, n=10)
    out = tmp_path / "pq"
    with ParquetStore(out) as store:
        report = ingest([path], store=store, batch_size=4, extractor=extractor)
    assert (report.stored, report.duplicates, report.rejected) == (10, 1, 1)
    docs = ds.dataset(out / "documents", partitioning="hive").to_table()
    assert docs.num_rows == 10 and set(docs.column("month").to_pylist()) == {"2021-10"}
    events = ds.dataset(out / "events", partitioning="hive").to_table()
    assert events.num_rows > 0
    rejected = ds.dataset(out / "rejected").to_table()
    assert rejected.num_rows == 1
    with ParquetStore(out) as store:  # a second run stores nothing again
        again = ingest([path], store=store, batch_size=4, extractor=extractor)
    assert again.stored == 0 and ds.dataset(out / "documents", partitioning="hive").to_table().num_rows == 10
    assert ds.dataset(out / "events", partitioning="hive").to_table().num_rows == events.num_rows


def test_parquet_orphans_of_a_crashed_batch_are_removed(tmp_path):
    out = tmp_path / "pq"
    (out / "events" / "month=2021-10").mkdir(parents=True)
    orphan = out / "events" / "month=2021-10" / "part-deadbeef.parquet"
    orphan.write_bytes(b"half written")
    ParquetStore(out).close()
    assert not orphan.exists()


@pytest.mark.model
@pytest.mark.slow
def test_dask_local_cluster_ingest_matches_one_process(tmp_path, extractor):
    distributed = pytest.importorskip("distributed")
    from newsgraph.store import open_store

    lines = [json.dumps({"text": " ".join(s.format(c=c) for s in SENTENCES), "date": "2021-10-19"})
             for c in ("Kenya", "Peru", "Nepal", "Chile")]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client, open_store(tmp_path / "dask.db") as store:
            report = ingest([path], store=store, batch_size=2, dask=client)
            dask_events = sorted(r["record"] for r in store.table_rows("events"))
    assert report.stored == 4
    with open_store(tmp_path / "one.db") as store:
        ingest([path], store=store, batch_size=2, extractor=extractor)
        assert sorted(r["record"] for r in store.table_rows("events")) == dask_events


def test_batches_close_at_a_count_or_a_character_budget_whichever_first(monkeypatch):
    from newsgraph.pipeline import Extractor
    from newsgraph.records import Document

    seen: list[list[int]] = []
    monkeypatch.setattr(Extractor, "_run_batch", lambda self, batch: (seen.append([len(d.text) for d in batch]) or batch))
    ex = Extractor(nlp=object())
    sizes = [100] * 5 + [1000] + [100] * 3 + [5000] + [10]
    out = list(ex.pipe([Document(text="x" * n) for n in sizes], batch_size=4, max_chars=1200))
    assert [len(d.text) for d in out] == sizes  # every document once, in order
    assert seen == [[100] * 4, [100, 1000, 100], [100, 100], [5000], [10]]
    assert all(sum(b) <= 1200 or len(b) == 1 for b in seen)
