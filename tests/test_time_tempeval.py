"""The time stage against TempEval-3 gold (TimeBank + AQUAINT): figures stay above recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, need

from newsgraph.evaluation.tempeval import evaluate, format_report, read_timeml, score

FLOORS = json.loads((Path(__file__).parent / "floors_time.json").read_text(encoding="utf-8"))


def _f1s(figures: dict) -> dict[str, float]:
    return {"strict_f1": figures["strict"]["f1"], "relaxed_f1": figures["relaxed"]["f1"],
            "type_f1": figures["type"]["f1"], "value_f1": figures["value"]["f1"]}


def test_tempeval_dev_set_above_floors():
    directory = need(DATA / "tempeval3" / "train")
    figures = evaluate(directory, use_parser=FLOORS["use_parser"])
    report = format_report(figures)
    assert figures["overall"]["gold"] == 1822
    for part, floors in FLOORS.items():
        if not isinstance(floors, dict):
            continue
        measured = _f1s(figures["overall"] if part == "overall" else figures["subsets"][part])
        for name, floor in floors.items():
            assert measured[name] >= floor, f"{part} {name} {measured[name]} < floor {floor}\n{report}"


def test_reader_offsets_and_scorer(tmp_path):
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
        "19980108</TIMEX3></DCT><TEXT>Sales &amp; profits fell <TIMEX3 tid=\"t1\" type=\"DATE\" "
        'value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks'
        "</TIMEX3>.</TEXT></TimeML>", encoding="utf-8")
    gold = read_timeml(tml)
    assert str(gold.dct) == "1998-01-08"
    assert [(t.text, t.value) for t in gold.timexes] == [("yesterday", "1998-01-07"), ("two weeks", "P2W")]
    assert all(gold.text[t.span[0]:t.span[1]] == t.text for t in gold.timexes)
    figures = evaluate(tmp_path, use_parser=False)["overall"]
    assert figures["strict"]["f1"] == 1.0 and figures["value"]["f1"] == 1.0

    class S:  # a system timex that overlaps the gold one with a wrong value
        def __init__(self, span, type_, value):
            self.span, self.type, self.value = span, type_, value

    s = gold.timexes[0].span
    c = score(gold.timexes, [S((s[0], s[1] + 1), "DATE", "1998-01-06")])
    assert (c.strict, c.relaxed_sys, c.relaxed_gold, c.type_ok, c.value_ok) == (0, 1, 1, 1, 0)
