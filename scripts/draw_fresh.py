"""Draw fresh AllSides articles for a blind or precision audit: news no rule was written against.

    python scripts/draw_fresh.py --seed 3939 -n 5 --out /tmp/audit/in.jsonl
    python scripts/draw_fresh.py --seed 3940 -n 40 --exclude audit_ids.json --out /tmp/prec/in.jsonl --ids prec_ids.json

An article is fresh when no part of the repository has used it: it is not in the corpus pool
(``annotation-pool.txt``, ``corpus/splits.json``, ``corpus/skipped.json``), not in the modern-news timex set
(``corpus/timex``), not audited before (``corpus/audited.json``), and its id is not named anywhere under
``docs/`` or ``tests/``. Of those, the ones of 1,500 to 6,000 characters whose title does not announce an
opinion piece ("Opinion", "Analysis", "Commentary", "Editorial", or a capitalised label and a colon) are
sorted by id and shuffled with the seed, and the first N are written (JSON Lines, the
articles as they are in the corpus file: the output stays outside the repository, since the texts belong
to their publishers). Record the ids drawn in ``corpus/audited.json`` once the audit is done, so the next
draw leaves them out.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
NEWS = SHARED / "data" / "news" / "allsides-political-news"
_ID = re.compile(r"\b[A-Za-z0-9]{16}\b")
_OPINION = re.compile(r"opinion|analysis|commentary|editorial", re.I)
_LABEL = re.compile(r"^[A-Z]{3,}:")


def _strings(value: Any, into: set[str]) -> None:
    if isinstance(value, str):
        into.add(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, into)
    elif isinstance(value, list):
        for v in value:
            _strings(v, into)


def used_ids(root: Path = ROOT, news: Path = NEWS) -> set[str]:
    """Every article id some part of the repository has used (see the module's docstring)."""
    used: set[str] = set()
    pool = news / "annotation-pool.txt"
    if pool.exists():
        used.update(pool.read_text(encoding="utf-8").split())
    for name in ("splits.json", "skipped.json", "audited.json"):
        path = root / "corpus" / name
        if path.exists():
            _strings(json.loads(path.read_text(encoding="utf-8")), used)
    for path in (root / "corpus" / "timex").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                _strings(json.loads(line).get("id"), used)
    for folder in ("docs", "tests"):
        for path in (root / folder).rglob("*"):
            if path.is_file() and path.suffix in (".md", ".py", ".json", ".jsonl", ".txt"):
                used.update(_ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return used


def fresh(articles: list[dict[str, Any]], used: set[str], seed: int, n: int,
          shortest: int = 1500, longest: int = 6000) -> list[dict[str, Any]]:
    """The first ``n`` of the unused news articles of a fitting length, in the seed's order."""
    pick = [a for a in articles
            if a["id"] not in used and shortest <= len(a.get("text") or "") <= longest
            and not _OPINION.search(a.get("title") or "") and not _LABEL.match(a.get("title") or "")]
    pick.sort(key=lambda a: a["id"])
    random.Random(seed).shuffle(pick)
    return pick[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("-n", type=int, default=5, help="how many articles (default 5)")
    ap.add_argument("--exclude", action="append", default=[],
                    help="a JSON list of ids to leave out too (another draw of the same audit), repeatable")
    ap.add_argument("--out", required=True, help="JSON Lines file of the articles drawn (keep it outside the repository)")
    ap.add_argument("--ids", default="", help="also write the ids drawn here, as a JSON list")
    args = ap.parse_args(argv)
    articles = [json.loads(line) for line in (NEWS / "articles.jsonl").open(encoding="utf-8") if line.strip()]
    used = used_ids()
    for path in args.exclude:
        _strings(json.loads(Path(path).read_text(encoding="utf-8")), used)
    drawn = fresh(articles, used, args.seed, args.n)
    with open(args.out, "w", encoding="utf-8") as out:
        for article in drawn:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    if args.ids:
        Path(args.ids).write_text(json.dumps([a["id"] for a in drawn]) + "\n", encoding="utf-8")
    for article in drawn:
        print(article["id"], article.get("date"), article.get("source"), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
