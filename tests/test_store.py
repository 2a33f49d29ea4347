"""The SQLite store: migrations, idempotent writes, one real event with several sources, queries.
Results are built by hand: no model needed."""

from __future__ import annotations

import sqlite3

import pytest

from newsgraph.errors import StoreError
from newsgraph.records import Document, Result
from newsgraph.store import open_store
from newsgraph.store._schema import MIGRATIONS

from factories import ENVOY_TITLE, actor, event, quote, store_result, usa, when


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s.db") as s:
        yield s


def test_migrations_are_numbered_and_applied_once(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as s:
        assert s.version == MIGRATIONS[-1][0]
        assert s.migrate() == []  # nothing left to apply
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in db.execute("SELECT version FROM schema_migrations")] == [m[0] for m in MIGRATIONS]


def test_a_store_another_connection_locks_opens_once_the_lock_goes(tmp_path):
    import threading

    from newsgraph.store._store import Store

    path = tmp_path / "s.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")  # a new file, locked as by a second process creating it
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    with Store(path, timeout=10) as s:
        assert s.version == MIGRATIONS[-1][0]
    other.close()


def test_a_store_locked_past_the_timeout_gives_a_one_line_reason(tmp_path):
    from newsgraph.store._store import Store

    path = tmp_path / "s.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="another process held it locked for 0.2 s") as caught:
        Store(path, timeout=0.2)
    assert "\n" not in str(caught.value) and "newsgraph SQLite file" not in str(caught.value)
    other.execute("ROLLBACK")
    other.close()


def test_same_text_twice_is_stored_once_with_both_sources(store):
    assert store.add(store_result("Khalilzad resigned on Monday.")) is True
    assert store.add(store_result("Khalilzad resigned on Monday.", source="copy.txt")) is False
    counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] == 2 and counts["quotes"] == 1
    sources = {r["source"] for r in store.table_rows("document_sources")}
    assert sources == {"a.txt", "copy.txt"}


def test_one_real_event_reported_by_two_documents_has_two_sources(store):
    store.add(store_result("Khalilzad resigned on Monday.", source="a.txt"))
    store.add(store_result("The envoy Khalilzad quit on Monday.", source="b.txt"))
    store.add(store_result("Khalilzad stepped down.", source="c.txt", event_date="2020-01-01"))
    rows = store.events(event="RETREAT")
    assert [r["num_sources"] for r in rows] == [1, 2]  # ordered by date
    assert rows[1]["actor_names"] == ["Zalmay Khalilzad"]
    assert len(store.event_sources(rows[1]["key"])) == 2


def test_events_are_asserted_by_default_and_all_on_request(store):
    store.add(store_result("Khalilzad resigned on Monday."))
    assert {r["event"] for r in store.events()} == {"RETREAT"}
    assert {r["event"] for r in store.events(modalities=None, negated=None)} == {"RETREAT", "CONCEDE"}


def test_actor_filters_find_names_aliases_and_substrings(store):
    store.add(store_result("Khalilzad resigned on Monday."))
    assert store.find_actors("khalilzad") == ["zalmay-khalilzad"]
    assert store.find_actors("US") == ["united-states"]
    assert store.events(actor="Khalilzad")[0]["event"] == "RETREAT"
    assert store.events(actor="nobody at all") == []
    assert store.events(recipient="Khalilzad") == []
    assert len(store.timeline("United States")) == 1  # every modality in a timeline


def test_date_filters(store):
    store.add(store_result("Khalilzad resigned on Monday."))
    assert store.events(since="2021-10-19") == []
    assert len(store.events(since="2021-10", until="2021-10")) == 1
    assert store.events(until="2021-09") == []


def test_roles_quotes_who(store):
    store.add(store_result("Khalilzad resigned on Monday."))
    assert store.roles("Khalilzad")[0]["actor_name"] == "Zalmay Khalilzad"
    assert store.quotes("Khalilzad")[0]["text"] == "the right time"
    assert store.who(ENVOY_TITLE, on="2021-10-01")["answer"]["actor"] == "zalmay-khalilzad"
    assert store.who(ENVOY_TITLE, on="2021-11-01")["answer"] is None  # his term ended on 2021-10-19


def test_a_quote_in_two_pieces_keeps_its_link_in_the_store(store):
    text = "“It is time,” he said. “The work is done.”"
    result = store_result(text)
    first = quote("zalmay-khalilzad", "It is time,", span=(1, 12), cue="say")
    second = quote("zalmay-khalilzad", "The work is done.", span=(24, 41), cue="say", continues=(1, 12))
    result.quotes = [first, second]
    store.add(result)
    rows = store.quotes("Khalilzad")
    assert [r.get("continues") for r in rows] == [None, [1, 12]]


def test_rejected_inputs_are_recorded_and_cleared_when_read_later(store):
    store.reject("bad.txt", "binary data")
    store.reject("bad.txt", "empty")
    assert store.rejected()[0]["reason"] == "empty"
    store.add(store_result("Khalilzad resigned on Monday.", source="bad.txt"))
    assert store.rejected() == []


def test_a_failed_batch_stores_nothing(store):
    good = store_result("Khalilzad resigned on Monday.")
    bad = store_result("Another text.")
    bad.events[0].span = None  # type: ignore[assignment]  # breaks the insert half-way
    with pytest.raises(TypeError):
        store.add_many([good, bad])
    assert store.counts()["documents"] == 0


def test_many_documents_across_batch_boundaries_are_all_stored(store):
    results = [store_result(f"Text number {i}.") for i in range(250)]
    for i in range(0, 250, 32):
        store.add_many(results[i:i + 32])
    assert store.counts()["documents"] == 250
    assert store.counts()["events"] == 500


def test_readonly_store_refuses_writes_and_missing_files(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "missing.db", readonly=True)
    path = tmp_path / "s.db"
    open_store(path).close()
    with open_store(path, readonly=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.add(store_result("x"))


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="can't open the store"):
        open_store(path)


def test_export_every_format(tmp_path, store):
    from newsgraph.export import export

    store.add(store_result("Khalilzad resigned on Monday."))
    for fmt in ("csv", "jsonl", "parquet"):
        written = dict(export(store, tmp_path / fmt, format=fmt))
        assert written[tmp_path / fmt / f"events.{fmt}"] == 2
    import csv

    rows = list(csv.DictReader(open(tmp_path / "csv" / "events.csv")))
    assert {r["event"] for r in rows} == {"RETREAT", "CONCEDE"}
    assert rows[0]["actor"] in ("zalmay-khalilzad", "united-states")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "parquet" / "actors.parquet").num_rows == 2


def test_commitments_are_linked_to_the_events_since_that_touch_them(store):
    from newsgraph.records import Agreement, Commitment

    taliban = actor("taliban", "Taliban", "group", mentions=1)
    us = usa(country=None, mentions=1)
    gov = actor("afghanistan-government", "Afghanistan government", "organization", mentions=1)
    deal_text = "Under the deal the Taliban would not allow attacks on US forces and the US agreed to a prisoner release."
    deal = Agreement(id="g1", text=deal_text, span=(0, len(deal_text)), parties=["taliban", "united-states"], date="2020-02",
                     commitments=[Commitment(party="taliban", text="would not allow attacks on US forces", span=(29, 64)),
                                  Commitment(party="united-states", text="a prisoner release", span=(84, 102))])
    store.add(Result(document=Document(text=deal_text, published="2020-03-01", source="deal.txt"),
                     actors=[taliban, us], agreements=[deal]))

    def report(text, published, *events):
        return Result(document=Document(text=text, published=published, source=f"{published}.txt"),
                      actors=[taliban, us, gov], events=list(events))

    def ev(i, kind, source, recipient, date, text, mode=None):
        return event(i, kind, text, mode=mode, actor=[source], recipient=[recipient], date=when(date))

    store.add(report("Taliban fighters attacked a US base in Helmand.", "2020-03-05",
                     ev("a", "ASSAULT", "taliban", "united-states", "2020-03-04", "Taliban fighters attacked a US base in Helmand.")))
    store.add(report("Kabul freed 400 Taliban prisoners.", "2020-09-04",
                     ev("b", "RETREAT", "afghanistan-government", "taliban", "2020-09-03", "Kabul freed 400 Taliban prisoners.",
                        mode="release")))
    store.add(report("The Taliban praised the weather.", "2020-05-01",
                     ev("c", "SUPPORT", "taliban", "united-states", "2020-05-01", "The Taliban praised the weather.")))
    store.add(report("Taliban fighters attacked a US convoy in 2019.", "2020-06-01",
                     ev("d", "ASSAULT", "taliban", "united-states", "2019-06-01", "Taliban fighters attacked a US convoy in 2019.")))
    [agreement] = store.agreements()
    no_attacks, release = agreement["commitments"]
    assert [e["text"] for e in no_attacks["events"]] == ["Taliban fighters attacked a US base in Helmand."]
    assert "ASSAULT" in no_attacks["events"][0]["because"]
    assert [e["text"] for e in release["events"]] == ["Kabul freed 400 Taliban prisoners."]
    assert store.agreements(links=False)[0]["commitments"][0].get("events") is None


def test_min_confidence_leaves_out_less_certain_events(store):
    result = store_result("Khalilzad resigned on Monday.")
    result.events[0].confidence, result.events[1].confidence = 0.9, 0.2
    store.add(result)
    everything = dict(modalities=None, negated=None)
    assert {r["event"] for r in store.events(**everything)} == {"RETREAT", "CONCEDE"}
    assert {r["event"] for r in store.events(**everything, min_confidence=0.5)} == {"RETREAT"}
    assert store.events(**everything, min_confidence=0.95) == []


def test_confident_filters_the_events_of_results_and_passes_rejections():
    from newsgraph.ingest import Rejected
    from newsgraph.jobs import confident

    result = store_result("Khalilzad resigned on Monday.")
    result.events[0].confidence, result.events[1].confidence = 0.9, 0.2
    items = confident([result, Rejected("x.txt", "empty")], 0.5)
    assert [e.event for e in items[0].events] == ["RETREAT"] and isinstance(items[1], Rejected)
    assert len(confident([store_result("x")], None)[0].events) == 2


def test_a_date_known_only_by_a_bound_keeps_reports_of_different_days_apart_and_sorts_at_its_day(tmp_path):
    from newsgraph.store._store import event_key

    def before(day: str) -> dict:
        return {"value": None, "text": None, "source": "document", "precision": "before", "start": None, "end": day}

    text = "The envoy resigned."
    a = event("e1", "RETREAT", text, actor=["zalmay-khalilzad"], date=before("2021-10-19")).to_dict()
    b = event("e1", "RETREAT", text, actor=["zalmay-khalilzad"], date=before("2016-05-02")).to_dict()
    assert event_key(a) != event_key(b)
    with open_store(tmp_path / "s.db") as s:
        s.add(store_result("The envoy resigned on Monday.", event_date="2021-10-25"))
        doc = Document(text=text, published="2021-10-21", source="b.txt")
        s.add(Result(document=doc, actors=[], events=[event("e9", "RETREAT", text, actor=["zalmay-khalilzad"],
                                                            date=before("2021-10-21"))]))
        days = [(e["date"].get("value") or "<" + e["date"]["end"]) for e in s.timeline("zalmay-khalilzad")]
    assert days == ["<2021-10-21", "2021-10-25"]
