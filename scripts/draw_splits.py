"""Draw the corpus splits once, at random by article, before any article is annotated.

The annotation pool (600 ids) is taken in blocks in file order: the first 320 ids (the articles
annotated first) are split 192/64/64 into train/dev/test and the remaining 280 ids 168/56/56, each
block shuffled with a fixed seed, so every prefix of the pool that gets annotated is split about
60/20/20. The result is corpus/splits.json, which is data: it is never redrawn.

    python scripts/draw_splits.py            # prints the splits; --write writes corpus/splits.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.corpus._articles import load_pool  # noqa: E402

SEED = 20261203
BLOCKS = ((320, (192, 64, 64)), (280, (168, 56, 56)))


def draw(pool: list[str]) -> dict[str, list[str]]:
    rng = random.Random(SEED)
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    start = 0
    for size, (tr, dv, te) in BLOCKS:
        block = pool[start:start + size]
        labels = ["train"] * tr + ["dev"] * dv + ["test"] * te
        rng.shuffle(labels)
        for i, label in zip(block, labels):
            splits[label].append(i)
        start += size
    return splits


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--write", action="store_true")
    args = p.parse_args()
    splits = draw(load_pool())
    text = json.dumps(splits, indent=1) + "\n"
    if args.write:
        (ROOT / "corpus" / "splits.json").write_text(text)
    print({k: len(v) for k, v in splits.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
