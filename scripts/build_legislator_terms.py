#!/usr/bin/env python
"""Build src/newsgraph/data/actors/legislator_terms.json: the state and the party of each term in
Congress of the members that us-congress-legislators lists (legislators-current.yaml), and the party of
each term of its presidents and vice presidents (executive.yaml, no state), by Wikidata id.

    python scripts/build_legislator_terms.py [--shared ../shared/data/actors] [--out src/newsgraph/data/actors]

The actors stage reads them to tell that a person named before is "the Texas Republican" or "the
California Democrat" (actors/_coref.py, ``resolve_described``) on the article's date. Each term is
[start, end, state's postal code or "", party] (the party as the file gives it: "Democrat", "Republican",
"Independent"). Compact and deterministic.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def build(shared: Path) -> dict[str, list[list[str]]]:
    import yaml

    out: dict[str, list[list[str]]] = {}
    for fname in ("executive.yaml", "legislators-current.yaml"):
        people = yaml.safe_load((shared / "us-congress-legislators" / fname).read_text(encoding="utf-8"))
        for p in people:
            qid = (p.get("id") or {}).get("wikidata")
            terms = [[t["start"], t["end"], t.get("state", ""), t["party"]] for t in p.get("terms", []) if t.get("party")]
            if qid and terms:
                out[qid] = sorted(out.get(qid, []) + terms)
    return dict(sorted(out.items()))


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=root.parent / "shared" / "data" / "actors")
    ap.add_argument("--out", type=Path, default=root / "src" / "newsgraph" / "data" / "actors")
    args = ap.parse_args()
    path = args.out / "legislator_terms.json"
    path.write_text(json.dumps(build(args.shared), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
