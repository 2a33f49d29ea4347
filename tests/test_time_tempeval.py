"""The time stage against TempEval-3 gold (TimeBank + AQUAINT): figures stay above recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DATA, need

from newsgraph.evaluation.tempeval import evaluate, format_report, read_timeml, score, to_timeml, value_category

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


_DOC = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" functionInDocument="CREATION_TIME">'
        "20030514</TIMEX3></DCT><TEXT>The council &amp; the mayor met <TIMEX3 tid=\"t1\" type=\"DATE\" "
        'value="2003-05-13">yesterday</TIMEX3> and will vote <TIMEX3 tid="t2" type="DATE" value="2003-W21">next '
        'week</TIMEX3> on a plan debated for <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>. '
        'Talks ran <TIMEX3 tid="t4" type="DATE" value="2003-05-12">Monday</TIMEX3> into the night. '
        "A fee of $3 &lt; $5 was set.</TEXT></TimeML>")


def _gold_dir(tmp_path: Path, doc: str = _DOC) -> Path:
    gold = tmp_path / "gold" / "News"
    gold.mkdir(parents=True)
    (gold / "d1.tml").write_text(doc, encoding="utf-8")
    return tmp_path / "gold"


def test_written_timeml_reads_back_to_the_same_scores(tmp_path):
    gold_dir = _gold_dir(tmp_path)
    out = tmp_path / "system"
    figures = evaluate(gold_dir, use_parser=False, write_timeml=out)
    written = out / "News" / "d1.tml"
    system = read_timeml(written)
    gold = read_timeml(gold_dir / "News" / "d1.tml")
    # the text, entities and the creation date survive; the tags are the system's own
    assert system.text == gold.text and system.dct == gold.dct
    assert "&amp;" in written.read_text(encoding="utf-8") and "&lt;" in written.read_text(encoding="utf-8")
    assert [t.text for t in system.timexes] == ["yesterday", "next week", "two years", "Monday"]
    rescored = score(gold.timexes, system.timexes)
    assert rescored.value_ok == round(figures["overall"]["value"]["accuracy"] * rescored.matched)
    assert rescored.strict == 4


def test_to_timeml_keeps_the_first_of_overlapping_tags():
    class T:
        def __init__(self, span, type_, value, mod=None):
            self.span, self.type, self.value, self.mod = span, type_, value, mod

    text = "from early May to June"
    xml = to_timeml("x", text, [T((5, 14), "DATE", "2003-05", "START"), T((11, 14), "DATE", "2003-05"),
                                T((18, 22), "DATE", "2003-06")])
    assert xml.count("<TIMEX3") == 2
    assert '<TIMEX3 tid="t1" type="DATE" value="2003-05" mod="START">early May</TIMEX3>' in xml
    assert "<DCT>" not in xml


def test_mismatches_reconcile_with_the_scores(tmp_path):
    # one gold value the tagger disagrees with, one gold timex it does not see
    doc = _DOC.replace('value="2003-05-13">yesterday', 'value="2003-05-12">yesterday').replace(
        "A fee", 'A <TIMEX3 tid="t9" type="DATE" value="PRESENT_REF">modern</TIMEX3> fee')
    figures = evaluate(_gold_dir(tmp_path, doc), use_parser=False, errors=True)
    kinds = figures["error_summary"]["kinds"]
    overall = figures["overall"]
    assert kinds["missed"] == 1
    [wrong] = [m for m in figures["errors"] if m["kind"] == "value"]
    assert kinds["value"] == 1 and wrong["gold"]["text"] == "yesterday" and wrong["category"] == "other"
    matched = round(overall["relaxed"]["recall"] * overall["gold"])
    assert matched - kinds["value"] == round(overall["value"]["recall"] * overall["gold"])
    assert "mismatches: 1 missed" in format_report(figures)


def test_value_categories_describe_the_difference():
    assert value_category("1968", "DATE", "1968-XX", "DATE", "1968") == "gold pads with X"
    assert value_category("the 1960s", "DATE", "196X", "DATE", "196") == "gold pads with X"
    assert value_category("last week", "DATE", "1989-WXX", "DATE", "1989-W43") == "gold leaves the week open"
    assert value_category("this week", "DATE", "2000-W7", "DATE", "2000-W07") == "gold week number unpadded"
    assert value_category("Friday night", "TIME", "2000-01-07TNI", "DATE", "2000-01-07") == "part of day"
    assert value_category("Tuesday", "DATE", "1990-08-07", "DATE", "1990-08-14") == "weekday a week apart"
    assert value_category("last week", "DURATION", "P1W", "DATE", "1998-W33") == "duration against point"
    assert value_category("a year ago", "DATE", "1988", "DATE", "1988-Q3") == "coarser or finer"
    assert value_category("April", "DATE", "1988-04", "DATE", "1989-04") == "another year"
    assert value_category("13 years", "DURATION", "P12Y", "DURATION", "P13Y") == "other"


def test_cli_writes_the_mismatches(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", "tempeval", str(_gold_dir(tmp_path)), "--no-parser",
                                      "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert all({"kind", "doc", "context"} <= set(r) for r in lines)
    assert "mismatches:" in result.output
