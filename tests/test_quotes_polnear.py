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
    for key, floor in FLOORS["strict"].items():
        assert ours["strict"][key] >= floor, f"strict {key} {ours['strict'][key]} fell below its floor {floor}"
    peer = report.get("textacy", {})
    if "f1" in peer:  # textacy is a test extra; without it the margin is not checked
        assert report["f1_margin"] >= FLOORS["f1_margin_over_textacy"]


def test_name_words_leave_out_stop_and_title_words():
    from newsgraph.evaluation.polnear import name_words

    assert name_words("Senate Minority Leader Harry Reid (D-Nev.)") >= {"harry", "reid"}
    assert not name_words("the president") and not name_words("a spokesman")
    assert name_words("Mr. Obama's") == {"obama"}
    assert name_words("PENCE") == {"pence"}


def test_pronoun_sources_are_skipped_by_the_strict_scorer():
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    text = "He said A. Trump said B. The president said C."
    gold = [GoldQuote([(8, 9)], [(0, 2)]), GoldQuote([(22, 23)], [(11, 16)]), GoldQuote([(44, 45)], [(25, 38)])]
    preds = [_Pred((8, 9), "x", None, "Donald Trump"), _Pred((22, 23), "x", None, "Donald Trump"),
             _Pred((44, 45), "y", None, "Barack Obama")]
    strict = _Strict()
    strict.add(preds, gold, text)
    out = strict.result()
    # "He" is skipped; "Trump" shares a name word; "The president" has none, so no name can be right
    assert out["skipped_pronoun_sources"] == 1 and out["speaker_scored"] == 2 and out["generic_sources"] == 1
    assert out["speaker_accuracy"] == 0.5 and out["speaker_named"] == 1.0


def test_strict_scorer_counts_nested_and_fragment_predictions():
    """The overlap scorer folds a partial quote inside its indirect clause and credits the second half
    of a quote broken by "she said"; the strict scorer counts both as predictions of their own."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Tally

    gold = [GoldQuote([(0, 40)]), GoldQuote([(100, 120), (140, 160)])]
    preds = [_Pred((0, 40), None, None), _Pred((10, 20), None, None),  # nested partial
             _Pred((100, 120), None, None), _Pred((140, 160), None, None)]  # two halves of one quote
    tally = _Tally()
    tally.add(preds, gold, {})
    out = tally.result()
    assert out["precision"] == 1.0 and out["recall"] == 1.0
    assert out["strict"]["precision"] == 0.5 and out["strict"]["recall"] == 1.0


def test_errors_are_never_written_for_the_test_split(tmp_path):
    from newsgraph.errors import EvaluationError
    from newsgraph.evaluation.polnear import evaluate

    with pytest.raises(EvaluationError, match="test split"):
        evaluate(tmp_path, split="test", errors=tmp_path / "e.jsonl")


def test_report_without_textacy_says_why_and_keeps_both_tables():
    from newsgraph.evaluation.polnear import _Tally, format_report

    ours = _Tally().result()
    report = {"split": "dev", "documents": 0, "gold_quotes": 0, "newsgraph": ours,
              "textacy": {"error": "textacy unavailable: No module named 'textacy'"}}
    text = format_report(report)
    assert "strict" in text and "overlap" in text and "textacy unavailable" in text


def test_strict_scorer_lists_missed_spurious_and_wrong_speakers():
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    text = "Kim said A1. Lee said B22. The mayor said C."
    gold = [GoldQuote([(9, 11)], [(0, 3)]), GoldQuote([(22, 25)], [(13, 16)])]
    preds = [_Pred((9, 11), "x", None, "Ann Kim"), _Pred((40, 43), "y", None, "Bo Lee")]
    strict = _Strict()
    strict.add(preds, gold, text, "doc1")
    by_error = {row["error"]: row for row in strict.mismatches}
    assert set(by_error) == {"missed", "spurious"}  # Kim's is matched and right by name
    assert by_error["missed"]["text"] == "B22" and by_error["missed"]["source"] == "Lee"
    assert by_error["spurious"]["content"] == [40, 43] and by_error["spurious"]["speaker"] == "Bo Lee"


def test_strict_scorer_joins_a_piece_to_the_quote_it_continues():
    """A prediction whose `continues` names another's span is one attribution with it: it matches a gold
    quote in two fragments once, with the first piece's speaker; the unjoined figure is kept beside."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    gold = [GoldQuote([(100, 120), (140, 160)], [(125, 130)])]
    text = "x" * 125 + "Ann Kim" + "x" * 60
    preds = [_Pred((100, 120), "a", None, "Ann Kim"), _Pred((140, 160), "a", None, "Ann Kim", (100, 120))]
    strict = _Strict()
    strict.add(preds, gold, text)
    out = strict.result()
    assert out["predicted"] == 1 and out["matched"] == 1 and out["precision"] == 1.0
    assert out["pieces"] == 2 and out["pieces_joined"] == 1 and out["f1_unjoined"] < out["f1"]


def test_a_wrong_join_costs_the_second_attribution():
    """Joined pieces that PolNeAR holds to be two attributions match one of them only: the other is missed."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    gold = [GoldQuote([(0, 20)]), GoldQuote([(40, 60)])]
    preds = [_Pred((0, 20), None, None), _Pred((40, 60), None, None, None, (0, 20))]
    strict = _Strict()
    strict.add(preds, gold, "x" * 70)
    out = strict.result()
    assert out["predicted"] == 1 and out["matched"] == 1 and out["recall"] == 0.5


def test_a_continues_naming_no_prediction_leaves_the_piece_alone():
    from newsgraph.evaluation.polnear import _Pred, join_pieces

    preds = [_Pred((0, 10), None, None), _Pred((20, 30), None, None, None, (5, 8)),
             _Pred((40, 50), None, None, None, (20, 30)), _Pred((60, 70), None, None, None, (40, 50))]
    joined = join_pieces(preds)
    assert [p.pieces() for p in joined] == [[(0, 10)], [(20, 30), (40, 50), (60, 70)]]


def test_speaker_words_count_only_where_no_actor_speaks():
    """`speaker_accuracy` judges the actor's name alone; `speaker_accuracy_words` also takes a quote
    without an actor by the words the text names its speaker with, and never overrides a wrong actor."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    text = "The report said A. Kim said B."
    gold = [GoldQuote([(16, 17)], [(0, 10)]), GoldQuote([(28, 29)], [(19, 22)])]
    preds = [_Pred((16, 17), None, None, None, words="the report"),
             _Pred((28, 29), "x", None, "Bo Lee", words="Kim")]
    strict = _Strict()
    strict.add(preds, gold, text)
    out = strict.result()
    assert out["speaker_accuracy"] == 0.0 and out["speaker_accuracy_words"] == 0.5


def test_a_source_with_no_name_word_is_listed_as_generic_even_without_a_speaker():
    """The errors file names the scorer's own limit first: a Source with no name word ("the mayor")
    is wrong whatever the output gives, with a speaker or without one."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    text = "The mayor said A1. Lee said B22."
    gold = [GoldQuote([(15, 17)], [(0, 9)]), GoldQuote([(28, 31)], [(19, 22)])]
    preds = [_Pred((15, 17), None, None, None), _Pred((28, 31), None, None, None)]
    strict = _Strict()
    strict.add(preds, gold, text, "doc1")
    why = {row["source"]: row["why"] for row in strict.mismatches if row["error"] == "speaker"}
    assert why == {"The mayor": "generic source", "Lee": "no speaker"}


def test_a_quote_no_actor_speaks_is_judged_by_the_words_it_is_attributed_to():
    """The output's speaker is an actor's name, else its `attributed_to` (a document, unnamed people):
    `speaker_accuracy` reads both, `speaker_accuracy_actors` an actor's name alone."""
    from newsgraph.evaluation.polnear import GoldQuote, _Pred, _Strict

    text = "The audit said A. Kim said B. He said C."
    gold = [GoldQuote([(15, 16)], [(0, 9)]), GoldQuote([(27, 28)], [(18, 21)]), GoldQuote([(38, 39)], [(30, 32)])]
    preds = [_Pred((15, 16), None, None, "The audit", words="The audit", actor=False),
             _Pred((27, 28), "x", None, "Kim", words="Kim"), _Pred((38, 39), None, None, None, words="He")]
    strict = _Strict()
    strict.add(preds, gold, text)
    out = strict.result()
    assert out["speaker_accuracy"] == 1.0 and out["speaker_accuracy_actors"] == 0.5
    assert out["without_speaker"] == 0 and out["without_actor"] == 1
