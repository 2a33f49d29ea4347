"""Throughput of newsgraph against bare spaCy, side by side in one process.

    python benchmarks/throughput.py [-n 500] [--repeats 3] [--workers 2] [--corpus PATH]
        [--whole/--no-whole] [--in-process/--no-in-process] [--whole-n 200] [--pairs short,many,ingest,bare]
        [--short PATH]

On the first N articles of the AllSides corpus (../shared/data/news/allsides-political-news/articles.jsonl)
it times, alternating, (a) bare spaCy ``nlp.pipe`` with the same model on the same texts and (b) the full
newsgraph pipeline (``Extractor.pipe``: the same spaCy call plus every stage), and prints articles per
second (medians over the repeats), the ratio (b)/(a) of throughputs, each stage's share of (b), and the
peak resident memory. The two paths are interleaved in chunks of 64 articles, so drifts in the speed of
a shared machine touch both alike. With ``--workers N`` it also times ``ingest`` into a temporary store
with 1 and N worker processes and prints the speed-up.

Before that (``--whole``, on by default) it times whole processes the way a user runs them, each beside
its baseline (see ``_whole.py``): ``newsgraph extract`` on one short article against a bare spaCy process
that loads the same model and parses the same text; ``newsgraph extract`` over the first ``--whole-n``
articles (default 200, written to a temporary JSON Lines file) against bare spaCy's ``nlp.pipe`` over the
same texts; and ``newsgraph ingest --workers 2`` against ``--workers 1`` on those articles, each run into a
fresh SQLite file; and, as the ceiling beside which that speed-up is read, bare spaCy over the same texts in
two forked processes against one (``--pairs`` picks some of the four). A quick run: ``--no-in-process --whole-n 20 --repeats 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
DEFAULT_CORPUS = SHARED / "data" / "news" / "allsides-political-news" / "articles.jsonl"
DEFAULT_SHORT = SHARED / "samples" / "khalilzad-resignation.txt"


def peak_rss_mb() -> float:
    """Peak resident set size of this process since the last reset (Linux VmHWM), in MiB."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def read_articles(path: Path, n: int) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= n:
                break
            obj = json.loads(line)
            if obj.get("text", "").strip():
                out.append(obj)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="articles (default 500; 0 = the whole corpus)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--chunk", type=int, default=64,
                        help="articles per interleaving step of (a) and (b) (default 64)")
    parser.add_argument("--workers", type=int, default=0, help="also time ingest with 1 and N workers")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None)
    parser.add_argument("--worker-memory", default="", metavar="N1,N2",
                        help="ingest N1 then N2 articles with --workers (2 if unset) in fresh processes and print "
                             "each worker's peak RSS: flat memory means the same figure for both")
    parser.add_argument("--whole", action=argparse.BooleanOptionalAction, default=True,
                        help="time whole processes (extract, ingest) beside their baselines (default: on)")
    parser.add_argument("--in-process", action=argparse.BooleanOptionalAction, default=True,
                        help="time bare spaCy and newsgraph side by side in this process (default: on)")
    parser.add_argument("--whole-n", type=int, default=200,
                        help="articles for the whole-process extract and ingest runs (default 200)")
    parser.add_argument("--whole-workers", type=int, default=2,
                        help="workers of the ingest compared with one worker (default 2)")
    parser.add_argument("--pairs", default="short,many,ingest,bare",
                        help="which whole-process pairs to time: short (one article), many (--whole-n articles), "
                             "ingest (2 workers against 1), bare (bare spaCy in 2 forked processes against 1: the "
                             "machine's ceiling for ingest's speed-up); default all four")
    parser.add_argument("--short", type=Path, default=DEFAULT_SHORT,
                        help="the short article of the one-article runs (default: the Khalilzad sample)")
    parser.add_argument("--ingest-only", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ingest_only:
        return _ingest_only(args)
    if args.worker_memory:
        return _worker_memory(args)
    if args.whole:
        _whole_processes(args)
    if args.in_process:
        _in_process(args)
    return 0


def _whole_processes(args) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _whole import measure, pairs, write_corpus

    # An installed package is compiled to bytecode at install time, as spaCy's is; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile newsgraph's modules in every process and charge it ~0.2 s
    # that no user pays. Compile them once, as pip does.
    import compileall
    import newsgraph

    compileall.compile_dir(str(Path(newsgraph.__file__).parent), quiet=1)
    articles = read_articles(args.corpus, args.whole_n)
    print(f"whole processes: {args.repeats} repeats, alternating, after one untimed run of each command; "
          f"{len(articles)} articles, {sum(len(a['text']) for a in articles) / 1e6:.2f} M characters; "
          f"python {sys.executable}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "articles.jsonl"
        write_corpus(articles, corpus)
        todo = pairs(folder, short=args.short, corpus=corpus, n=len(articles), model=args.model,
                     batch_size=args.batch_size, workers=args.whole_workers)
        wanted = {p.strip() for p in args.pairs.split(",") if p.strip()}
        keys = ("short", "many", "ingest", "bare")
        unknown = wanted - set(keys)
        if unknown:
            raise SystemExit(f"--pairs: unknown {', '.join(sorted(unknown))} (use {', '.join(keys)})")
        todo = [pair for key, pair in zip(keys, todo, strict=True) if key in wanted]
        measure(folder, todo, args.repeats, log=lambda line: print(line, flush=True))


def _in_process(args) -> None:
    from newsgraph.nlp import load_model
    from newsgraph.pipeline import Extractor
    from newsgraph.records import Document

    articles = read_articles(args.corpus, args.n or 10**9)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} articles, {chars / 1e6:.2f} M characters, from {args.corpus}")
    import spacy

    from newsgraph.nlp import DEFAULT_MODEL

    nlp = spacy.load(args.model or DEFAULT_MODEL)  # (a): bare spaCy, the pipeline exactly as shipped
    ex = Extractor(load_model(args.model))  # (b): newsgraph's own load of the same model
    print(f"model: {nlp.meta['name']} {nlp.meta['version']}; (a) pipes {', '.join(nlp.pipe_names)}; "
          f"(b) pipes {', '.join(ex.nlp.pipe_names)}; batch size {args.batch_size}; {args.repeats} repeats, alternating")
    # warm up both paths on a few texts; newsgraph's as a server or an ingest's workers start (``warm``:
    # what a dated document reads, which the first timed repeat would otherwise pay)
    list(nlp.pipe(texts[:8]))
    list(ex.warm().pipe([Document(text=t) for t in texts[:8]]))

    # The machine is shared and its speed drifts over minutes, so the two paths are interleaved chunk by
    # chunk (the order flipping every chunk) and each repeat's time is the sum over chunks.
    chunk = max(1, args.chunk)
    spans = [(i, min(i + chunk, len(texts))) for i in range(0, len(texts), chunk)]
    bare, full = [], []
    stage_totals: dict[str, list[float]] = {}
    reset_peak()
    for r in range(args.repeats):
        t_bare = t_full = 0.0
        totals: dict[str, float] = {}
        for k, (lo, hi) in enumerate(spans):
            for path in (("a", "b") if (k + r) % 2 == 0 else ("b", "a")):
                if path == "a":
                    start = time.perf_counter()
                    for _doc in nlp.pipe(texts[lo:hi], batch_size=args.batch_size):
                        pass
                    t_bare += time.perf_counter() - start
                else:
                    documents = [Document(text=a["text"], published=a.get("date"), title=a.get("title"))
                                 for a in articles[lo:hi]]
                    start = time.perf_counter()
                    for result in ex.pipe(documents, batch_size=args.batch_size):
                        for stage, seconds in result.timings.items():
                            totals[stage] = totals.get(stage, 0.0) + seconds
                    t_full += time.perf_counter() - start
        bare.append(t_bare)
        full.append(t_full)
        for stage, seconds in totals.items():
            stage_totals.setdefault(stage, []).append(seconds)
    peak = peak_rss_mb()

    n = len(texts)
    a_rate = n / statistics.median(bare)
    b_rate = n / statistics.median(full)
    print(f"(a) bare spaCy nlp.pipe : {a_rate:7.2f} articles/s  (median of {', '.join(f'{t:.1f}' for t in bare)} s)")
    print(f"(b) newsgraph pipeline  : {b_rate:7.2f} articles/s  (median of {', '.join(f'{t:.1f}' for t in full)} s)")
    ratios = sorted(b / f for b, f in zip(bare, full))
    print(f"ratio (b)/(a) of throughputs: {b_rate / a_rate:.3f}  (per repeat: {', '.join(f'{x:.3f}' for x in ratios)})")
    print(f"peak RSS of this process, both paths: {peak:.0f} MiB (per-worker memory: --worker-memory)")
    from newsgraph._embed import installed

    for k, memo in enumerate(installed(ex.nlp)):
        print(f"embedding memo {k + 1}: {len(memo.index)} rows held, {memo.computed} of {memo.lookups} token rows "
              f"computed ({100 * memo.computed / max(1, memo.lookups):.1f}%), the rest gathered")
    total_full = statistics.median(full)
    print("stage shares of (b), medians:")
    parse = statistics.median(stage_totals.get("nlp", [0.0]))
    for stage, values in stage_totals.items():
        med = statistics.median(values)
        extra = f"  ({100 * med / parse:5.1f}% of the spaCy parse)" if stage != "nlp" and parse else ""
        print(f"  {stage:<11} {med:8.2f} s  {100 * med / total_full:5.1f}%{extra}")

    if args.workers:
        from newsgraph.jobs import ingest
        from newsgraph.store import open_store

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            with open(corpus, "w", encoding="utf-8") as fh:
                for a in articles:
                    fh.write(json.dumps({"text": a["text"], "date": a.get("date"), "title": a.get("title")}) + "\n")
            rates = {}
            for workers in (1, args.workers):
                runs = []
                for r in range(args.repeats):
                    with open_store(Path(tmp) / f"w{workers}-{r}.db") as store:
                        report = ingest([corpus], store=store, workers=workers, batch_size=args.batch_size,
                                        extractor=ex if workers == 1 else None)
                    runs.append(report.seconds)
                rates[workers] = n / statistics.median(runs)
                print(f"ingest with {workers} worker{'s' if workers > 1 else ''}: {rates[workers]:7.2f} articles/s "
                      f"(median of {', '.join(f'{t:.1f}' for t in runs)} s)")
            print(f"speed-up {args.workers} workers / 1: {rates[args.workers] / rates[1]:.2f}x on {os.cpu_count()} cores")


def _ingest_only(args) -> int:
    """One ingest of the first N articles with N workers, in this fresh process; print peak RSS figures."""
    import resource

    from newsgraph.jobs import ingest
    from newsgraph.store import open_store

    articles = read_articles(args.corpus, args.ingest_only)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({"text": a["text"], "date": a.get("date"), "title": a.get("title")}) + "\n")
        with open_store(Path(tmp) / "s.db") as store:
            report = ingest([corpus], store=store, workers=max(2, args.workers), batch_size=args.batch_size)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"articles": len(articles), "seconds": report.seconds, "stored": report.stored,
                      "worker_peak_rss_mib": children, "writer_peak_rss_mib": peak_rss_mb()}))
    return 0


def _worker_memory(args) -> int:
    import subprocess

    sizes = [int(x) for x in args.worker_memory.split(",") if x.strip()]
    workers = max(2, args.workers)
    print(f"peak resident memory with {workers} workers, each size in a fresh process:")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--ingest-only", str(n), "--workers", str(workers),
                              "--batch-size", str(args.batch_size), "--corpus", str(args.corpus)],
                             capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        fig = json.loads(out)
        print(f"  {fig['articles']:5d} articles: {fig['articles'] / fig['seconds']:6.2f} articles/s, "
              f"peak RSS per worker {fig['worker_peak_rss_mib']:.0f} MiB, writer {fig['writer_peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
