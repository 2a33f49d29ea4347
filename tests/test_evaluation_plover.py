"""The PLOVER gold records read the way PLOVER 2.0 codes a visit (no model needed)."""

from __future__ import annotations

from newsgraph.evaluation.plover import visit_convention


def _record(mode, source, target):
    return {"id": "r", "event": "CONSULT", "mode": mode, "text": "Norway hosted Chile.",
            "source": [{"actorText": s} for s in source], "target": [{"actorText": t} for t in target]}


def test_a_visit_coded_by_its_host_has_the_visitor_as_source():
    # PLOVER 2.0 and the corpus guidelines (2.3): the visitor is the actor, the host the recipient
    out = visit_convention(_record("host", ["Norway"], ["Chile"]))
    assert [e["actorText"] for e in out["source"]] == ["Chile"]
    assert [e["actorText"] for e in out["target"]] == ["Norway"]
    assert out["mode"] == "visit"


def test_other_records_and_a_hosts_mediation_are_left_as_written():
    record = _record("phone", ["Norway"], ["Chile"])
    assert visit_convention(record) is record
    # a host that brings two parties together is their broker, the actor as the corpus codes it
    record = _record("host", ["Norway"], ["Chile", "Peru"])
    assert visit_convention(record) is record
