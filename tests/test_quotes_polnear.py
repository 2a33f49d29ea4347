"""PolNeAR dev (bounded subset): quote attribution must stay above its recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, need

FLOORS = json.loads((Path(__file__).with_name("floors_quotes.json")).read_text(encoding="utf-8"))


def test_read_ann(tmp_path):
    from newsgraph.evaluation.polnear import _read_ann

    ann = tmp_path / "x_ab12.ann"
    ann.write_text("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tsome text more\n"
                   "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
                   encoding="utf-8")
    [gold] = _read_ann(ann)
    assert gold.content == [(11, 20), (25, 30)] and gold.sources == [(0, 5)] and gold.cue == [(6, 10)]


def test_overlap_rule_is_one_to_one():
    from newsgraph.evaluation.polnear import GoldQuote, _match, _Pred

    gold = [GoldQuote([(0, 100)]), GoldQuote([(200, 210)])]
    preds = [_Pred((0, 60), None, None), _Pred((40, 100), None, None), _Pred((150, 260), None, None)]
    pairs = _match(preds, gold)
    assert len(pairs) == 2  # (0,60)->(0,100); (150,260) shares all of the short gold span (200,210)


def test_missing_folder_is_a_clear_error(tmp_path):
    from newsgraph.errors import EvaluationError
    from newsgraph.evaluation.polnear import load_split

    with pytest.raises(EvaluationError, match="not a PolNeAR folder"):
        load_split(tmp_path)


@pytest.mark.model
@pytest.mark.slow
def test_polnear_dev_floors(nlp):
    from newsgraph.evaluation.polnear import evaluate, format_report

    directory = need(DATA / "quotes" / "polnear")
    report = evaluate(directory, split="dev", limit=FLOORS["limit"])
    print(format_report(report))
    ours = report["newsgraph"]
    for key, floor in FLOORS["newsgraph"].items():
        assert ours[key] >= floor, f"{key} {ours[key]} fell below its floor {floor}"
    peer = report.get("textacy", {})
    if "f1" in peer:  # textacy is a test extra; without it the margin is not checked
        assert report["f1_margin"] >= FLOORS["f1_margin_over_textacy"]
