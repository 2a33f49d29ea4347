"""Concurrency (issue 9, part 3): readers during an ingest never see a half-written document and never
get "database is locked"; two ingests against one store at the same time serialise (SQLite's
BEGIN IMMEDIATE with a busy timeout) and together store every article exactly once.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factories import timex
from test_reliability_crash import check_store, crash_corpus, ingest_command


def test_stores_wait_for_the_writer_instead_of_failing(tmp_path):
    from newsgraph.store import open_store

    with open_store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_store(tmp_path / "s.db", readonly=True) as reader:
        assert reader.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def _reader(db: Path, stop: threading.Event, seen: dict, errors: list) -> None:
    """Read in a loop: each pass is one read transaction that looks at every document twice."""
    from newsgraph.store import open_store

    try:
        store = open_store(db, readonly=True)
    except Exception as exc:  # noqa: BLE001 - reported by the test
        errors.append(f"open: {exc!r}")
        return
    db_ = store.db
    try:
        while not stop.is_set():
            try:
                db_.execute("BEGIN")
                per_doc = "SELECT d.id, (SELECT COUNT(*) FROM events e WHERE e.document_id = d.id), " \
                          "(SELECT COUNT(*) FROM timexes t WHERE t.document_id = d.id), " \
                          "(SELECT COUNT(*) FROM document_sources s WHERE s.document_id = d.id) FROM documents d"
                first = db_.execute(per_doc).fetchall()
                time.sleep(0.01)  # the writer commits meanwhile
                second = db_.execute(per_doc).fetchall()
                db_.execute("COMMIT")
                if [tuple(r) for r in first] != [tuple(r) for r in second]:
                    errors.append("a read transaction saw the store change")
                half = [r[0] for r in first if r[2] == 0 or r[3] == 0]
                if half:
                    errors.append(f"half-written documents: {half[:3]}")
                seen["max"] = max(seen.get("max", 0), len(first))
                seen["passes"] = seen.get("passes", 0) + 1
                # the query API too (each call its own statements)
                store.events(modalities=None, negated=None, limit=50)
                store.documents(limit=20)
                store.counts()
            except sqlite3.OperationalError as exc:
                errors.append(f"{exc}")
                if db_.in_transaction:
                    db_.execute("ROLLBACK")
    finally:
        store.close()


@pytest.mark.slow
def test_readers_during_an_ingest_see_whole_documents_and_are_never_locked_out(tmp_path):
    corpus = crash_corpus(tmp_path / "corpus", n=60)
    db = tmp_path / "store.db"
    from newsgraph.store import open_store

    open_store(db).close()  # created and migrated, so readers can open it from the start
    writer = subprocess.Popen(ingest_command(corpus, db, 2), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                              cwd=tmp_path)
    stop, seen, errors = threading.Event(), {}, []
    threads = [threading.Thread(target=_reader, args=(db, stop, seen, errors)) for _ in range(3)]
    for t in threads:
        t.start()
    cli_runs = []
    try:
        while writer.poll() is None:  # another process reading through the command line meanwhile
            cli = subprocess.run([sys.executable, "-m", "newsgraph", "events", "--db", str(db), "--all",
                                  "--format", "jsonl"], capture_output=True, text=True, timeout=60)
            cli_runs.append((cli.returncode, cli.stderr.strip()))
            time.sleep(0.2)
    finally:
        stop.set()
        for t in threads:
            t.join(60)
    _, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err.decode()
    assert not errors, errors[:5]
    assert seen["passes"] > 5 and 0 < seen["max"] <= len(corpus.ids)
    assert cli_runs and all(code == 0 for code, _ in cli_runs), cli_runs[:3]
    assert not any("locked" in message for _, message in cli_runs)
    figures = check_store(db, corpus)
    assert figures["integrity"] == "ok" and figures["documents"] == len(corpus.ids)


def _stored(summary: str) -> int:
    match = re.search(r"stored (\d+)", summary)
    assert match, summary
    return int(match.group(1))


@pytest.mark.slow
def test_two_ingests_at_once_serialise_and_store_each_article_once(tmp_path):
    corpus = crash_corpus(tmp_path / "corpus", n=60)
    db = tmp_path / "store.db"  # not created yet: both processes create and migrate it at once
    procs = [subprocess.Popen(ingest_command(corpus, db, 2), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                              cwd=tmp_path) for _ in range(2)]
    outs = [p.communicate(timeout=300)[1].decode() for p in procs]
    # What happens: both run to the end; SQLite serialises their transactions (BEGIN IMMEDIATE waits up to
    # the busy timeout), and each article is stored by whichever process commits it first.
    assert [p.returncode for p in procs] == [0, 0], outs
    summaries = [o.strip().splitlines()[-1] for o in outs]
    assert sum(_stored(s) for s in summaries) == len(corpus.ids), summaries
    figures = check_store(db, corpus)
    assert figures["integrity"] == "ok" and figures["foreign_key_errors"] == 0
    assert (figures["documents"], figures["lost"], figures["duplicated_records"]) == (len(corpus.ids), 0, 0)
    assert figures["rejected"] == corpus.rejected
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == \
            con.execute("SELECT COUNT(DISTINCT version) FROM schema_migrations").fetchone()[0]


class _CommitAfterFirstSelect:
    """A connection that lets another writer commit a document right after its first SELECT."""

    def __init__(self, db, hook) -> None:
        self._db, self._hook, self.calls = db, hook, 0

    def execute(self, sql, *args):
        cursor = self._db.execute(sql, *args)
        if sql.lstrip().upper().startswith("SELECT"):
            self.calls += 1
            if self.calls == 1:
                cursor = _Fetched(cursor.fetchall())
                self._hook()
        return cursor

    def __getattr__(self, name):
        return getattr(self._db, name)


class _Fetched(list):
    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)


def _one_document_result(i: int):
    from newsgraph.records import Document, Result

    text = f"Talks resumed on Monday, report {i}."
    return Result(document=Document(text=text, source=f"r{i}"),
                  timexes=[timex("Monday", "2021-10-18", start=16)])


def test_bug_counts_mixed_two_states_of_the_store_during_an_ingest(tmp_path):
    from newsgraph.store import open_store

    db = tmp_path / "s.db"
    with open_store(db) as writer:
        writer.add(_one_document_result(0))
        with open_store(db, readonly=True) as reader:
            reader.db = _CommitAfterFirstSelect(reader.db, lambda: writer.add(_one_document_result(1)))
            counts = reader.counts()
            assert reader.db.calls > 1
        # one state: the document and its timex, both counted before the other was committed
        assert (counts["documents"], counts["timexes"]) == (1, 1)
        assert writer.counts()["documents"] == 2
