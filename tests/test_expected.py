"""The expectation-file scorer follows the rules of the file's "about" field. No model needed."""

from __future__ import annotations

from newsgraph.evaluation.expected import evaluate, matches

RESULT = {
    "actors": [
        {"id": "zalmay-khalilzad", "name": "Zalmay Khalilzad", "aliases": ["Khalilzad", "Khalizad"], "kind": "person", "country": "USA"},
        {"id": "taliban", "name": "Taliban", "aliases": [], "kind": "group", "country": "AFG"},
        {"id": "united-states", "name": "United States", "aliases": ["US"], "kind": "country", "country": "USA"},
    ],
    "events": [
        {"event": "RETREAT", "mode": "resign", "actor": ["zalmay-khalilzad"], "recipient": [],
         "date": {"value": "2021-10-18", "text": "Monday"}, "negated": False},
    ],
    "agreements": [
        {"parties": ["taliban", "united-states"], "date": "2020-02-29",
         "commitments": [{"party": "taliban", "text": "not allow al Qaeda to attack"},
                         {"party": "united-states", "text": "release 5,000 prisoners"}]},
    ],
    "timexes": [{"text": "early August", "value": "2021-08", "type": "DATE"}],
}


def test_tilde_is_a_case_insensitive_substring():
    assert matches(RESULT, "timexes", RESULT["timexes"][0], {"text~": "AUGUST"})
    assert not matches(RESULT, "timexes", RESULT["timexes"][0], {"text": "august"})


def test_actor_keys_match_any_name_or_alias_but_name_tilde_only_the_canonical_name():
    ev = RESULT["events"][0]
    assert matches(RESULT, "events", ev, {"actor~": "khalizad"})  # an alias counts
    actor = RESULT["actors"][0]
    assert not matches(RESULT, "actors", actor, {"name~": "Khalizad"})  # canonical name only
    assert matches(RESULT, "actors", actor, {"name~": "khalilzad"})


def test_a_list_means_any_one_except_parties():
    ev = RESULT["events"][0]
    assert matches(RESULT, "events", ev, {"event": ["CONCEDE", "RETREAT"]})
    assert matches(RESULT, "events", ev, {"date": ["2021-10-19", "2021-10-18"]})
    ag = RESULT["agreements"][0]
    assert matches(RESULT, "agreements", ag, {"parties~": ["Taliban", "United States"]})
    assert not matches(RESULT, "agreements", ag, {"parties~": ["Taliban", "Iran"]})


def test_dates_match_exactly_or_by_a_more_precise_value():
    ev = RESULT["events"][0]
    assert matches(RESULT, "events", ev, {"date": "2021-10"})
    assert matches(RESULT, "events", ev, {"date": "2021"})
    assert not matches(RESULT, "events", ev, {"date": "2021-1"})  # not a prefix at a boundary
    assert not matches(RESULT, "events", ev, {"date": "2021-10-18-x"})
    assert not matches(RESULT, "timexes", RESULT["timexes"][0], {"value": "2021-08-03"})  # less precise fails


def test_nested_commitments_must_each_match_some_commitment():
    ag = RESULT["agreements"][0]
    spec = {"commitments": [{"party~": "Taliban", "text~": "al Qaeda"}, {"party~": "United States", "text~": "5,000"}]}
    assert matches(RESULT, "agreements", ag, spec)
    spec["commitments"].append({"party~": "Taliban", "text~": "5,000"})
    assert not matches(RESULT, "agreements", ag, spec)


def test_missing_field_does_not_match():
    assert not matches(RESULT, "events", RESULT["events"][0], {"location": None})


def test_report_counts_and_last_line():
    spec = {
        "expect": {"events": [{"actor~": "Khalilzad", "event": "RETREAT"}, {"event": "ASSAULT"}],
                   "quotes": [{"speaker~": "Khalilzad"}]},
        "forbid": {"events": [{"actor~": "Khalilzad", "negated": False}], "actors": [{"name~": "Khalizad"}]},
    }
    report = evaluate(RESULT, spec)
    assert (report.held, report.total, report.forbidden_found) == (1, 3, 1)
    lines = report.lines()
    assert lines[-1] == "1/3 expectations held, 1 forbidden found"
    assert sum(line.startswith("miss: ") for line in lines) == 3


def test_fuzzy_keys_match_at_a_word_start_as_the_files_say():
    from newsgraph.evaluation.expected import _at_word_start

    assert not _at_word_start("Ghani", "Afghanistan")
    assert _at_word_start("Ghani", "Ashraf Ghani") and _at_word_start("resign", "resignation")
    assert _at_word_start("qaeda", "al-Qaeda") and _at_word_start("U.S.", "the U.S. envoy")
