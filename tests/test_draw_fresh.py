"""scripts/draw_fresh.py: fresh articles for an audit leave out every id the repository has used."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("draw_fresh", ROOT / "scripts" / "draw_fresh.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _article(aid: str, title: str = "Senate votes on a budget bill", size: int = 2000) -> dict:
    return {"id": aid, "title": title, "text": "x" * size}


def test_fresh_leaves_out_used_ids_short_long_and_opinion_pieces():
    mod = _script()
    articles = [_article(f"id{k:014d}") for k in range(20)]
    articles += [_article("short0000000000a", size=300), _article("long00000000000a", size=9000),
                 _article("opinion00000000a", title="Opinion: the budget is a mess"),
                 _article("label0000000000a", title="WATCH: senators argue")]
    used = {"id00000000000003", "id00000000000007"}
    drawn = [a["id"] for a in mod.fresh(articles, used, seed=5, n=30)]
    assert len(drawn) == 18
    assert not used & set(drawn)
    assert all(a.startswith("id") for a in drawn)


def test_fresh_is_the_seeds_order_whatever_the_input_order():
    mod = _script()
    articles = [_article(f"id{k:014d}") for k in range(30)]
    first = mod.fresh(articles, set(), seed=11, n=6)
    again = mod.fresh(list(reversed(articles)), set(), seed=11, n=6)
    other = mod.fresh(articles, set(), seed=12, n=6)
    assert [a["id"] for a in first] == [a["id"] for a in again]
    assert [a["id"] for a in first] != [a["id"] for a in other]


def test_used_ids_read_the_audits_the_corpus_and_the_docs(tmp_path):
    mod = _script()
    (tmp_path / "corpus" / "timex").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "corpus" / "splits.json").write_text(json.dumps({"train": ["trainid000000001"]}))
    (tmp_path / "corpus" / "audited.json").write_text(json.dumps({"sessions": {"1": {"blind": ["auditid000000001"]}}}))
    (tmp_path / "corpus" / "timex" / "annotations.jsonl").write_text(json.dumps({"id": "timexid000000001"}) + "\n")
    (tmp_path / "docs" / "notes.md").write_text("the article docsid0000000001 was read\n")
    news = tmp_path / "news"
    news.mkdir()
    (news / "annotation-pool.txt").write_text("poolid0000000001\n")
    used = mod.used_ids(tmp_path, news)
    assert {"trainid000000001", "auditid000000001", "timexid000000001", "docsid0000000001",
            "poolid0000000001"} <= used


def test_the_recorded_audits_are_articles_outside_the_corpus():
    audited = json.loads((ROOT / "corpus" / "audited.json").read_text(encoding="utf-8"))
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    in_corpus = {aid for ids in splits.values() for aid in ids}
    drawn = [aid for session in audited["sessions"].values() for ids in session.values() for aid in ids]
    assert drawn and len(drawn) == len(set(drawn))
    assert not in_corpus & set(drawn)
