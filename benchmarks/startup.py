"""Where the start-up of ``newsgraph extract`` goes, phase by phase, in fresh processes.

    python benchmarks/startup.py [FILE] [--repeats 7]

Each repeat is a new Python process (this checkout's ``src`` first on the path, its own bytecode cache,
as ``throughput.py --whole`` runs them) that times with ``time.process_time`` (CPU seconds, steadier than
the wall clock on a shared machine): importing ``newsgraph.cli``, importing spaCy, ``load_model()``, then
the first and the second ``Extractor`` call on FILE (default: a one-sentence text), with the cyclic
collector held until the first document is done, as ``extract`` holds it (``_heap.py``). It prints the medians.
The first document pays for what loads on first use (the stages' modules, the bundled tables, cold memos);
the second shows what a document costs once they are loaded.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "The Taliban attacked a police station in Kabul on Monday, officials said.\n"
PHASES = ["import newsgraph.cli", "import spacy", "load_model()", "first document", "second document"]

_PROBE = """\
import sys, time
T = time.process_time
t0 = T()
import newsgraph.cli  # noqa: F401
from newsgraph._heap import hold
hold()  # as the extract command does: the collector waits until the first document is done
t1 = T()
import spacy  # noqa: F401
t2 = T()
from newsgraph.nlp import load_model
nlp = load_model()
t3 = T()
from newsgraph.pipeline import Extractor
from newsgraph.records import Document
extractor = Extractor(nlp)
with open(sys.argv[1], encoding="utf-8") as fh:
    text = fh.read()
extractor(Document(text=text))
t4 = T()
extractor(Document(text=text))
t5 = T()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="the text to read (default: one sentence)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _whole import child_env

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = args.file or folder / "sentence.txt"
        if args.file is None:
            path.write_text(SENTENCE, encoding="utf-8")
        env = child_env(folder)
        rows = []
        for r in range(args.repeats + 1):  # the first run fills the bytecode cache and is not counted
            out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], env=env, capture_output=True,
                                 text=True, check=True).stdout
            if r:
                rows.append([float(x) for x in out.split()])
    print(f"CPU seconds, medians of {len(rows)} fresh processes, on {args.file or 'one sentence'}:")
    for k, phase in enumerate(PHASES):
        values = [row[k] for row in rows]
        print(f"  {phase:<20} {statistics.median(values):7.3f}  (from {min(values):.3f} to {max(values):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
