"""The hand-annotated modern-news timex check (corpus/timex): it is the seeded draw, holds no test-split
article, and every annotation is well formed (scripts/measure_timex_news.py scores it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from newsgraph.time import VALID_VALUE

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("measure_timex_news", ROOT / "scripts" / "measure_timex_news.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_news_timex_check_is_the_seeded_draw_of_train_and_dev_only():
    mod = _script()
    records = [json.loads(line) for line in mod.ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    halves = mod.halves()
    assert [r["id"] for r in records] == halves["tuning"] + halves["check"] + halves["fresh"]
    assert {r["id"]: r["half"] for r in records} == {i: h for h, ids in halves.items() for i in ids}
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    assert not set(splits["test"]) & {r["id"] for r in records}
    # the fresh half lies outside the corpus altogether
    assert len(set(halves["fresh"])) == 12
    assert not set(halves["fresh"]) & {i for ids in splits.values() for i in ids}


def test_every_news_timex_annotation_is_well_formed():
    mod = _script()
    for line in (mod.ANNOTATIONS.read_text(encoding="utf-8").splitlines()
                 + mod.DOUBLE.read_text(encoding="utf-8").splitlines()):
        r = json.loads(line)
        assert set(r) == {"id", "half", "published", "text_sha1", "timexes"}, r["id"]
        spans = [t["span"] for t in r["timexes"]]
        assert spans == sorted(spans), r["id"]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), r["id"]
        for t in r["timexes"]:
            assert set(t) == {"span", "type", "value"}, r["id"]
            assert t["type"] in mod.TYPES and 0 <= t["span"][0] < t["span"][1], (r["id"], t)
            assert VALID_VALUE.match(t["value"]), (r["id"], t)


def test_the_second_annotation_reads_articles_of_the_first():
    # the agreement figure pairs each doubly annotated article with its first reading: same id, half,
    # publication date and text
    mod = _script()
    first = {r["id"]: r for r in map(json.loads, mod.ANNOTATIONS.read_text(encoding="utf-8").splitlines())}
    second = [json.loads(line) for line in mod.DOUBLE.read_text(encoding="utf-8").splitlines()]
    assert len(second) == 8
    assert sorted(r["half"] for r in second) == ["check"] * 4 + ["fresh"] * 4
    for r in second:
        assert {k: r[k] for k in ("half", "published", "text_sha1")} == {
            k: first[r["id"]][k] for k in ("half", "published", "text_sha1")}, r["id"]


def test_a_working_line_anchors_to_the_timex_inside_its_quote():
    mod = _script()
    from newsgraph.corpus.anchor import TextIndex

    index = TextIndex("He left on Friday. Police said Friday that he left.")
    assert mod.anchor_line(index, "DATE 2020-01-03 | Police said [[Friday]] that") == {
        "span": [31, 37], "type": "DATE", "value": "2020-01-03"}
    index = TextIndex("The worst day since Sept. 11, [2001], he said.")
    assert mod.anchor_line(index, "DATE 2001-09-11 | since [[Sept. 11, [2001]]], he")["span"] == [20, 36]
    index = TextIndex("He left on Friday. Police said Friday that he left.")
    for bad in ("DATE 2020-01-03 | [[Friday]]", "MONTH 2020-01 | said [[Friday]] that", "DATE x | said Friday that"):
        try:
            mod.anchor_line(index, bad)
        except Exception as exc:  # noqa: BLE001 - any refusal with a reason
            assert str(exc)
        else:
            raise AssertionError(f"accepted {bad!r}")


def test_the_tempeval_halves_are_fixed_by_the_file_name_hash():
    spec = importlib.util.spec_from_file_location("tempeval_halves", ROOT / "scripts" / "tempeval_halves.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    # the split depends on the name alone, not on the order or the number of the files
    assert [mod.half(n) for n in ("wsj_0918", "APW19980301.0720", "AP900815-0044")] == ["H0", "H0", "H0"]
    assert mod.half("wsj_0918") == mod.half("wsj_0918")
    names = [p.stem for p in mod.DEFAULT_DIR.rglob("*.tml")]
    if names:  # the TempEval-3 files, where ../shared holds them: 121 files in H0, 135 in H1
        assert [mod.half(n) for n in names].count("H0") == 121 and len(names) == 256
