"""Crash safety (issue 9, part 2): `newsgraph ingest` killed with SIGKILL at random points and restarted
until it completes. Every article ends stored exactly once, the SQLite file is sound, counts add up.

The articles are short (two or three sentences from templates here), so the run is dominated by the
start-up of each process (the spaCy model loads in ~1-2 s). ``kill_and_restart`` is also used by
``benchmarks/reliability.py``.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FIRST = ["Amina", "Carlos", "Yuki", "Olga", "Samuel", "Lena", "Ravi", "Fatima", "Jonas", "Mei", "Pedro", "Ines"]
LAST = ["Diallo", "Mendes", "Tanaka", "Petrova", "Okafor", "Fischer", "Sharma", "Haddad", "Berg", "Lin", "Costa", "Nowak"]
COUNTRIES = ["Kenya", "Peru", "Nepal", "Chile", "Ghana", "Japan", "Spain", "Egypt", "Iraq", "Mali", "Laos", "Fiji",
             "Norway", "Brazil", "India", "Canada", "Turkey", "Poland"]
TITLES = ["foreign minister", "defence minister", "prime minister", "trade envoy", "army chief", "finance minister"]
VERBS = ["met", "criticised", "visited", "thanked", "accused", "called", "praised", "warned"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THINGS = ["the border dispute", "a new trade deal", "the ceasefire", "fishing rights", "the refugee crisis",
          "gas prices", "the election", "a prisoner exchange"]
PLACES = ["Geneva", "Nairobi", "Lima", "Oslo", "Cairo", "Tokyo", "Madrid", "Delhi", "Ottawa", "Warsaw"]
MONTHS = ["March", "April", "May", "June"]


def short_article(i: int) -> str:
    """Two or three sentences, different enough from every other ``i`` not to be a near duplicate."""
    r = random.Random(i)
    a, b = r.sample(COUNTRIES, 2)
    name = f"{r.choice(FIRST)} {r.choice(LAST)}"
    sentences = [
        f"{a}'s {r.choice(TITLES)} {name} {r.choice(VERBS)} the {r.choice(TITLES)} of {b} in {r.choice(PLACES)} "
        f"on {r.choice(DAYS)}.",
        f"They discussed {r.choice(THINGS)} and {r.choice(THINGS)} for {r.randint(2, 9)} hours, officials in "
        f"{r.choice(PLACES)} said.",
        f"Talks on {r.choice(THINGS)} will resume in {r.choice(MONTHS)} {r.randint(2019, 2023)}, item {i}.",
    ]
    return " ".join(sentences[: 2 + i % 2])


@dataclass
class CrashCorpus:
    paths: list[Path]
    ids: set[str]  # distinct articles: what the store must hold in the end
    rejected: set[str]  # sources that must be in the rejected table
    lines: int  # inputs read in one full run


def crash_corpus(root: Path, n: int = 240) -> CrashCorpus:
    """``n`` articles in two JSON Lines files and a folder of .txt, with broken lines and repeats."""
    from newsgraph.records import document_id

    root.mkdir(parents=True, exist_ok=True)
    texts = [short_article(i) for i in range(n)]
    third = n // 3
    a, b = root / "a.jsonl", root / "b.jsonl"
    lines_a = [json.dumps({"text": t, "date": "2021-10-19", "title": f"Report {i}"}) for i, t in enumerate(texts[:third])]
    lines_b = [json.dumps({"text": t, "date": "2021-10-20"}) for t in texts[third: 2 * third]]
    for k in range(3):  # broken lines and repeats in each file
        lines_a.insert(7 + 11 * k, "{\"text\": \"broken" + str(k))
        lines_b.insert(5 + 13 * k, json.dumps({"title": f"no text {k}"}))
        lines_b.append(lines_a[k if k < 7 else k + 1])  # the same article again, from another file
    a.write_text("\n".join(lines_a) + "\n")
    b.write_text("\n".join(lines_b) + "\n")
    folder = root / "txt"
    folder.mkdir(exist_ok=True)
    for i, t in enumerate(texts[2 * third:], start=2 * third):
        (folder / f"{i:05d}.txt").write_text(t)
    (folder / "zz-empty.txt").write_text("")
    rejected = {f"{a}:{n_ + 1}" for n_, line in enumerate(lines_a) if "broken" in line} | {str(folder / "zz-empty.txt")}
    rejected |= {f"{b}:{n_ + 1}" for n_, line in enumerate(lines_b) if "no text" in line}
    return CrashCorpus([a, b, folder], {document_id(t) for t in texts}, rejected,
                       len(lines_a) + len(lines_b) + (n - 2 * third) + 1)


def _documents(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return -1  # not created or not migrated yet


@dataclass
class Campaign:
    kills: int = 0
    kills_before_writing: int = 0
    runs: int = 0
    completed: bool = False
    seconds: float = 0.0
    progress: list[int] = field(default_factory=list)  # documents stored after each kill
    last_summary: str = ""


def ingest_command(corpus: CrashCorpus, db: Path, batch_size: int) -> list[str]:
    return [sys.executable, "-m", "newsgraph", "ingest", *map(str, corpus.paths), "--db", str(db),
            "--batch-size", str(batch_size), "--no-progress"]


def kill_and_restart(corpus: CrashCorpus, db: Path, *, cycles: int = 20, batch_size: int = 3, seed: int = 9,
                     timeout: float = 600.0) -> Campaign:
    """Start the ingest, SIGKILL it at a random point, restart; ``cycles`` kills, then run it to the end.

    One kill in four lands at a random moment of start-up (model loading, opening and migrating the
    store); the others land a random delay after the process was seen committing a batch.
    """
    rng = random.Random(seed)
    campaign = Campaign()
    start = time.perf_counter()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    while not campaign.completed:
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"the ingest did not complete in {timeout} s ({campaign})")
        before = _documents(db)
        proc = subprocess.Popen(ingest_command(corpus, db, batch_size), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env, cwd=db.parent)
        campaign.runs += 1
        if campaign.kills < cycles:
            early = rng.random() < 0.25
            if early:
                time.sleep(rng.uniform(0.05, 1.5))
            else:
                while proc.poll() is None and _documents(db) <= max(before, 0):
                    time.sleep(0.02)
                time.sleep(rng.uniform(0.0, 0.4))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                proc.stderr.close()
                campaign.kills += 1
                campaign.kills_before_writing += _documents(db) <= max(before, 0)
                campaign.progress.append(_documents(db))
                continue
        _, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            raise AssertionError(f"ingest exited {proc.returncode}: {err.decode()[-2000:]}")
        campaign.last_summary = err.decode().strip().splitlines()[-1]
        campaign.completed = True
    campaign.seconds = time.perf_counter() - start
    return campaign


def check_store(db: Path, corpus: CrashCorpus) -> dict[str, object]:
    """The figures after a campaign; every one must be as the assertions in the test say."""
    con = sqlite3.connect(db)
    try:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        ids = {r[0] for r in q("SELECT id FROM documents")}
        duplicated = 0
        for table in ("events", "roles", "quotes", "timexes", "agreements"):
            duplicated += q(f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} GROUP BY document_id, record "  # noqa: S608
                            "HAVING COUNT(*) > 1)")[0][0]
        return {
            "integrity": q("PRAGMA integrity_check")[0][0],
            "foreign_key_errors": len(q("PRAGMA foreign_key_check")),
            "documents": len(ids),
            "lost": len(corpus.ids - ids),
            "unexpected": len(ids - corpus.ids),
            "duplicated_records": duplicated,
            "without_timexes": q("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM timexes t WHERE t.document_id = d.id)")[0][0],
            "without_source": q("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                                "(SELECT 1 FROM document_sources s WHERE s.document_id = d.id)")[0][0],
            "rejected": {r[0] for r in q("SELECT source FROM rejected")},
        }
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_at_random_points_loses_and_duplicates_nothing(tmp_path):
    # 300 documents: enough that the ingest is still running at the 20th kill on a fast machine (about
    # ten documents are stored between two kills)
    corpus = crash_corpus(tmp_path / "corpus", n=300)
    db = tmp_path / "store.db"
    campaign = kill_and_restart(corpus, db, cycles=20, batch_size=3, seed=int(os.environ.get("CRASH_SEED", "9")))
    assert campaign.kills == 20 and campaign.completed
    figures = check_store(db, corpus)
    assert figures["integrity"] == "ok"
    assert figures["foreign_key_errors"] == 0
    assert (figures["documents"], figures["lost"], figures["unexpected"]) == (len(corpus.ids), 0, 0)
    assert figures["duplicated_records"] == 0
    assert figures["without_timexes"] == 0  # every template has a day name: no half-written document
    assert figures["without_source"] == 0
    assert figures["rejected"] == corpus.rejected
    # progress never went backwards: what a killed run committed stayed committed
    assert campaign.progress == sorted(campaign.progress)
    # a last run over a complete store stores nothing and reads everything as already stored
    out = subprocess.run(ingest_command(corpus, db, 3), capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    summary = out.stderr.strip().splitlines()[-1]
    assert f"read {corpus.lines}: stored 0," in summary, summary
    assert check_store(db, corpus)["documents"] == len(corpus.ids)
