"""Events stage on the model sample (whole pipeline) and on the PLOVER gold records (quality floors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, SAMPLE_EXPECTED, need

FLOORS = json.loads((Path(__file__).parent / "floors_events.json").read_text(encoding="utf-8"))
GOLD = DATA / "event-coding" / "openeventdata-PLOVER" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"


def _expectations():
    return json.loads(need(SAMPLE_EXPECTED).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_dict(sample_result):
    return sample_result.to_dict()


def test_sample_forbidden_events_absent(sample_dict):
    from newsgraph.evaluation.expected import matches

    for spec in _expectations()["forbid"]["events"]:
        found = [e for e in sample_dict["events"] if matches(sample_dict, "events", e, spec)]
        assert not found, f"forbidden {spec} found: {found[0]['event']} {found[0]['actor']} {found[0]['text'][:80]}"


@pytest.mark.parametrize("index", range(5))
def test_sample_expected_event_types_and_actors(sample_dict, index):
    """Each expected event, with type, actor and recipient (dates are checked separately)."""
    from newsgraph.evaluation.expected import matches

    spec = _expectations()["expect"]["events"][index]
    spec = {k: v for k, v in spec.items() if k != "date"}
    assert any(matches(sample_dict, "events", e, spec) for e in sample_dict["events"]), spec


def test_sample_expected_events_with_dates(sample_dict):
    """With the time stage's dates; counts how many expected events hold in full (at least four)."""
    from newsgraph.evaluation.expected import matches

    specs = _expectations()["expect"]["events"]
    held = sum(any(matches(sample_dict, "events", e, s) for e in sample_dict["events"]) for s in specs)
    assert held >= 4, f"{held}/{len(specs)} expected events with dates"


def test_sample_events_are_well_formed(sample_dict):
    from newsgraph.events import TYPES

    text = need(SAMPLE_EXPECTED).with_suffix("").with_suffix(".txt").read_text(encoding="utf-8")
    ids = set()
    for e in sample_dict["events"]:
        assert e["event"] in TYPES
        assert e["modality"] in ("asserted", "reported", "future", "hypothetical", "historical")
        assert text[e["span"][0]:e["span"][1]] == e["text"]
        t0, t1 = e["trigger"]["span"]
        assert text[t0:t1] == e["trigger"]["text"]
        assert e["date"] is None or e["date"]["source"] in ("timex", "sentence", "narrative", "document")
        assert e["id"] not in ids
        ids.add(e["id"])


def test_plover_gold_floors(extractor):
    from newsgraph.evaluation import plover

    need(GOLD)
    report = plover.evaluate(GOLD, extractor=extractor)
    assert report["records"] == 322
    for key, floor in FLOORS["plover"].items():
        assert report[key] >= floor, f"{key} {report[key]} fell below its floor {floor}\n" + plover.format_report(report)
    for role, floors in FLOORS["plover_actor_codes"].items():
        for measure, floor in floors.items():
            got = report["actor_codes"][role][measure]
            assert got >= floor, f"actor codes {role} {measure} {got} fell below its floor {floor}\n" + \
                plover.format_report(report)
