"""One identity per person or body across documents: the Wikidata id an actor carries, the merge rule,
the store's identities (round trips, splits, the recorded decision, the migration), the CLI, the web's
actor page and the Parquet writer. Invented names and sentences; no model needed."""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from newsgraph.actors._dictionaries import Entry, load_dictionary
from newsgraph.actors._wikidata import wikidata_of
from newsgraph.cli import app
from newsgraph.errors import InputError, StoreError
from newsgraph.records import Document, Result
from newsgraph.store import open_store
from newsgraph.store._identity import IdentityIndex, Profile, merge_reason, profile_of
from newsgraph.store._schema import MIGRATIONS

from factories import actor, event, old_store, quote, role, when

QID = "Q98765431"


# -- the Wikidata id an actor carries ---------------------------------------------------------------
def _cluster(kind, texts, *, entry=None, iso=None):
    return SimpleNamespace(kind=kind, entry=entry, iso=iso, cands=[SimpleNamespace(text=t) for t in texts])


def _ctx(published=None):
    return SimpleNamespace(bundled=SimpleNamespace(country_wikidata={"ZZA": "Q4242"}), published=published)


def _minister():
    return Entry(name="Orla Vantreck", kind="person", wikidata=QID,
                 codes=[("ZZAGOV", "2015-03-01", "2019-06-30")], titles=["prime minister"])


def test_a_person_named_in_full_carries_the_entrys_id_whatever_the_date():
    cl = _cluster("person", ["Orla Vantreck", "Vantreck"], entry=_minister(), iso="ZZA")
    assert wikidata_of(cl, _ctx(dt.date(2024, 1, 5))) == QID


def test_a_bare_surname_carries_the_id_only_while_the_entry_holds_office():
    cl = _cluster("person", ["Vantreck"], entry=_minister(), iso="ZZA")
    assert wikidata_of(cl, _ctx(dt.date(2017, 5, 1))) == QID
    assert wikidata_of(cl, _ctx(dt.date(2023, 5, 1))) is None  # years after: may be anyone of that name
    assert wikidata_of(cl, _ctx(None)) is None


def test_no_id_when_the_text_gives_another_country_or_kind():
    assert wikidata_of(_cluster("person", ["Orla Vantreck"], entry=_minister(), iso="ZZB"), _ctx()) is None
    assert wikidata_of(_cluster("organization", ["Orla Vantreck"], entry=_minister()), _ctx()) is None


def test_a_country_carries_its_countrys_id():
    assert wikidata_of(_cluster("country", ["Zedland"], iso="ZZA"), _ctx()) == "Q4242"
    assert wikidata_of(_cluster("country", ["Elsewhere"], iso="ZZB"), _ctx()) is None


def test_the_bundled_dictionaries_carry_wikidata_ids():
    from newsgraph.actors._dictionaries import bundled

    b = bundled()
    assert b.country_wikidata["USA"] == "Q30"
    assert sum(1 for e in b.actors.entries if e.wikidata) > 500  # world leaders, US Congress and executive


def test_a_user_dictionary_gives_wikidata_ids_and_rejects_malformed_ones(tmp_path):
    good = tmp_path / "d.yaml"
    good.write_text("- {name: Orla Vantreck, country: ZZA, sector: GOV, wikidata: q98765431}\n")
    assert load_dictionary(good).lookup("Orla Vantreck").wikidata == QID
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: Orla Vantreck, wikidata: Vantreck}\n")
    with pytest.raises(InputError, match="not a Q-number"):
        load_dictionary(bad)


# -- the merge rule ---------------------------------------------------------------------------------------
def test_the_same_wikidata_id_merges_whatever_the_name():
    assert merge_reason(Profile("O. Vantreck", "person", "ZZA", QID), Profile("Orla Vantreck", "person", None, QID)) == "wikidata"
    assert merge_reason(Profile("Orla Vantreck", "person", "ZZA", QID),
                        Profile("Orla Vantreck", "person", "ZZA", "Q1")) is None  # two people of one name


def test_the_same_full_name_merges_when_nothing_conflicts():
    assert merge_reason(Profile("Orla Vantreck", "person", "ZZA"), Profile("Orla  vantreck", "person", None)) == "name"
    assert merge_reason(Profile("Zedland Workers' League", "group"), Profile("Zedland Workers' League", "organization")) == "name"


def test_the_same_name_with_another_country_or_kind_does_not_merge():
    assert merge_reason(Profile("Orla Vantreck", "person", "ZZA"), Profile("Orla Vantreck", "person", "ZZB")) is None
    assert merge_reason(Profile("Vantreck", "organization"), Profile("Vantreck", "person")) is None
    assert merge_reason(Profile("Zedland", "country", "ZZA"), Profile("Zedland", "organization", "ZZA")) is None


def test_conflicting_roles_do_not_merge():
    minister = frozenset({("prime minister", "ZZA", None, "current")})
    senator = frozenset({("senator", "ZZB", None, "current")})
    assert merge_reason(Profile("Orla Vantreck", "person", roles=minister),
                        Profile("Orla Vantreck", "person", roles=senator)) is None
    chair_a = frozenset({("chair", None, "Harbour Bank", "current")})
    chair_b = frozenset({("chair", None, "Inland Mills", "current")})
    assert merge_reason(Profile("Orla Vantreck", "person", roles=chair_a),
                        Profile("Orla Vantreck", "person", roles=chair_b)) is None
    assert merge_reason(Profile("Orla Vantreck", "person", roles=minister),
                        Profile("Orla Vantreck", "person", roles=minister)) == "name"


def test_a_bare_first_name_or_an_unnamed_agent_never_merges_by_name():
    assert merge_reason(Profile("Orla", "person"), Profile("Orla", "person")) is None
    assert merge_reason(Profile("officials", "group", "ZZA"), Profile("officials", "group", "ZZA")) is None


# -- the store ------------------------------------------------------------------------------------------
@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s.db") as s:
        yield s


def _story(text, *, name="Orla Vantreck", local="orla-vantreck", wikidata=QID, country="ZZA", kind="person",
           published="2019-03-04", title="A story"):
    doc = Document(text=text, published=published, title=title, source=f"{local}-{len(text)}.txt")
    met = event("e1", "CONSULT", text, actor=[local], recipient=["zedland"], date=when(published))
    return Result(document=doc,
                  actors=[actor(local, name, kind, country=country, wikidata=wikidata, mentions=2),
                          actor("zedland", "Zedland", "country", country="ZZA", mentions=1)],
                  events=[met], roles=[role(local, "Prime Minister", text, country=country)],
                  quotes=[quote(local, "we will talk", cue="said")])


def test_records_of_one_wikidata_id_are_one_actor_with_every_document(store):
    store.add(_story("Prime Minister Orla Vantreck met envoys of Zedland on Monday."))
    store.add(_story("Vantreck, the prime minister, met Zedland's envoys again.", name="O. Vantreck", local="o-vantreck",
                     published="2019-05-06"))
    [ident] = store.find_actors("O. Vantreck")
    assert store.find_actors("Orla Vantreck") == [ident]
    assert store.actor(ident)["documents"] == 2 and store.actor(ident)["wikidata"] == QID
    timeline = store.timeline(ident)
    assert len(timeline) == 2 and all(e["actor"] == [ident] for e in timeline)
    assert {r["actor"] for r in store.roles(ident)} == {ident} and len(store.roles(ident)) == 2
    assert [q["speaker"] for q in store.quotes("Orla Vantreck")] == [ident, ident]
    assert [r["merged_by"] for r in store.actor_records(ident)] == [None, "wikidata"]
    assert store.counts()["actors"] == 2  # the person and Zedland, nothing more


def test_one_real_event_reported_under_two_names_has_two_sources(store):
    store.add(_story("Orla Vantreck met Zedland on Monday."))
    store.add(_story("O. Vantreck met Zedland on Monday, a second outlet says.", name="O. Vantreck", local="o-vantreck"))
    [e] = store.events(actor="Orla Vantreck")
    assert e["num_sources"] == 2


def test_the_same_name_with_another_country_stays_two_actors(store):
    store.add(_story("Orla Vantreck met Zedland.", wikidata=None))
    store.add(_story("Orla Vantreck of Yonderland spoke.", wikidata=None, country="ZZB"))
    ids = store.find_actors("Orla Vantreck")
    assert len(ids) == 2 and set(ids) == {"orla-vantreck", "orla-vantreck-2"}
    assert [store.actor(i)["documents"] for i in ids] == [1, 1]


def test_two_actors_of_one_document_never_merge_into_one(store):
    text = "Orla Vantreck met Orla Vantreck's namesake."
    doc = Document(text=text, published="2019-03-04", source="x.txt")
    store.add(Result(document=doc, actors=[actor("orla-vantreck", "Orla Vantreck", "person"),
                                           actor("orla-vantreck-2", "Orla Vantreck", "person")]))
    assert len(store.find_actors("Orla Vantreck")) == 2


def _three(store):
    for n, day in enumerate(("2019-03-04", "2019-04-04", "2019-05-04")):
        store.add(_story(f"Story {n}: Orla Vantreck met Zedland.", wikidata=None, published=day, title=f"Story {n}"))
    return [d["id"] for d in store.documents()]


def _totals(store):
    db = store.db
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("document_actors", "events", "event_participants", "roles", "quotes")}


def test_a_split_moves_records_without_losing_or_duplicating_any(store):
    docs = _three(store)
    before = _totals(store)
    [created] = store.split_actor("orla-vantreck", documents=[docs[2][:10]])
    assert _totals(store) == before
    assert store.actor("orla-vantreck")["documents"] == 2 and store.actor(created)["documents"] == 1
    assert [e["document"] for e in store.timeline(created)] == [docs[2]]
    assert all(e["actor"] == ["orla-vantreck"] for e in store.timeline("orla-vantreck"))
    assert [r["document"] for r in store.roles(created)] == [docs[2]]
    assert [m["id"] for m in store.merged_actors()] == ["zedland", "orla-vantreck"]  # most documents first


def test_a_split_without_documents_gives_every_record_its_own_actor(store):
    _three(store)
    created = store.split_actor("orla-vantreck")
    assert len(created) == 2
    assert [m["id"] for m in store.merged_actors()] == ["zedland"]
    assert sorted(store.actor(i)["documents"] for i in ["orla-vantreck", *created]) == [1, 1, 1]


def test_a_split_holds_when_the_documents_are_stored_again(store):
    docs = _three(store)
    [created] = store.split_actor("orla-vantreck", documents=[docs[1]])
    result = _story("Story 1: Orla Vantreck met Zedland.", wikidata=None, published="2019-04-04", title="Story 1")
    assert result.document.id == docs[1]
    store.db.execute("DELETE FROM documents WHERE id = ?", (docs[1],))
    store.add(result)
    assert store.identities_of(docs[1])["orla-vantreck"] == created
    # a new document of that name still joins the original
    store.add(_story("Story 9: Orla Vantreck met Zedland.", wikidata=None, published="2019-09-09"))
    assert store.actor("orla-vantreck")["documents"] == 3


def test_splitting_what_cannot_be_split_is_a_clear_error(store):
    docs = _three(store)
    with pytest.raises(StoreError, match="no actor"):
        store.split_actor("nobody")
    with pytest.raises(StoreError, match="nothing would stay"):
        store.split_actor("orla-vantreck", documents=docs)
    [alone] = store.split_actor("orla-vantreck", documents=[docs[0]])
    with pytest.raises(StoreError, match="one document only"):
        store.split_actor(alone)
    with open_store(store.path, readonly=True) as readonly, pytest.raises(StoreError, match="read-only"):
        readonly.split_actor("orla-vantreck")


def test_an_old_store_is_migrated_with_its_data_and_given_identities(tmp_path):
    path = tmp_path / "old.db"
    db = old_store(path, 2)
    for n, (name, country) in enumerate((("Orla Vantreck", "ZZA"), ("Orla Vantreck", "ZZA"), ("Orla Vantreck", "ZZB"))):
        doc_id = f"d{n}"
        rec = {"id": "orla-vantreck", "name": name, "aliases": [], "kind": "person", "country": country,
               "sector": "GOV", "code": None, "mentions": 1}
        ev = {"id": "e1", "event": "CONSULT", "actor": ["orla-vantreck"], "recipient": [], "date": {"value": f"201{n}"},
              "modality": "asserted", "negated": False}
        db.execute("INSERT INTO documents(id, text, published, ingested_at) VALUES (?, 'a text', '2019-01-01', ?)",
                   (doc_id, f"2020-01-0{n + 1}"))
        db.execute("INSERT OR IGNORE INTO actors(id, name, kind, country) VALUES ('orla-vantreck', ?, 'person', ?)",
                   (name, country))
        db.execute("INSERT INTO document_actors VALUES (?, 'orla-vantreck', 1, ?)", (doc_id, json.dumps(rec)))
        cur = db.execute("INSERT INTO events(id, document_id, event_key, event, modality, negated, text, span_start, "
                         "span_end, record) VALUES ('e1', ?, 'old', 'CONSULT', 'asserted', 0, 'a text', 0, 6, ?)",
                         (doc_id, json.dumps(ev)))
        db.execute("INSERT INTO event_participants VALUES (?, 'orla-vantreck', 'actor')", (cur.lastrowid,))
    db.commit()
    db.close()
    with open_store(path) as s:
        assert s.version == MIGRATIONS[-1][0]
        assert s.counts()["documents"] == 3 and s.counts()["events"] == 3
        assert s.db.execute("SELECT COUNT(*) FROM document_actors").fetchone()[0] == 3
        assert sorted(s.actor(i)["documents"] for i in s.find_actors("Orla Vantreck")) == [1, 2]
        assert len(s.timeline("orla-vantreck")) == 2 and len(s.timeline("orla-vantreck-2")) == 1


# -- the command line ---------------------------------------------------------------------------------------
def test_the_cli_lists_merged_actors_and_splits_one(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as s:
        docs = _three(s)
    runner = CliRunner()
    listed = runner.invoke(app, ["actors", "merged", "--db", str(path), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = {r["id"]: r for r in json.loads(listed.output)}
    assert set(rows) == {"orla-vantreck", "zedland"}
    assert rows["orla-vantreck"]["documents"] == 3 and rows["orla-vantreck"]["merged_by"] == "name"
    records = runner.invoke(app, ["actors", "merged", "orla-vantreck", "--db", str(path), "--format", "json"])
    assert [r["document"] for r in json.loads(records.output)] == docs
    split = runner.invoke(app, ["actors", "split", "orla-vantreck", "--document", docs[0][:12], "--db", str(path)])
    assert split.exit_code == 0, split.output
    assert split.stdout.startswith("orla-vantreck-2\tOrla Vantreck\t1 document")
    bad = runner.invoke(app, ["actors", "split", "orla-vantreck", "--document", "zzzz", "--db", str(path)])
    assert bad.exit_code == 1 and "matches 0 of the documents" in bad.output
    missing = runner.invoke(app, ["actors", "merged", "nobody", "--db", str(path)])
    assert missing.exit_code == 1 and "no actor with id 'nobody'" in missing.output


# -- the web's actor page -------------------------------------------------------------------------------------
def test_the_actor_page_shows_one_actor_with_every_document(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    path = tmp_path / "s.db"
    with open_store(path) as s:
        s.add(_story("Prime Minister Orla Vantreck met Zedland.", title="First story"))
        s.add(_story("O. Vantreck met Zedland again.", name="O. Vantreck", local="o-vantreck", title="Second story",
                     published="2019-06-01"))
    page = TestClient(create_app(path)).get("/actors/orla-vantreck")
    assert page.status_code == 200
    assert "First story" in page.text and "Second story" in page.text
    assert f"https://www.wikidata.org/wiki/{QID}" in page.text
    assert 'Events over time <span class="count">2</span>' in page.text
    assert 'Documents <span class="count">2</span>' in page.text


# -- the Parquet writer ------------------------------------------------------------------------------------
def test_parquet_rows_carry_wikidata_and_one_identity_across_documents_and_openings(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from newsgraph.store import ParquetStore

    folder = tmp_path / "pq"
    with ParquetStore(folder) as s:
        s.add_many([_story("Orla Vantreck met Zedland."),
                    _story("O. Vantreck met Zedland.", name="O. Vantreck", local="o-vantreck")])
    with ParquetStore(folder) as s:
        s.add_many([_story("Orla Vantreck met Zedland once more.", wikidata=None)])
    rows = [r for part in sorted(folder.glob("actors/**/*.parquet")) for r in pq.read_table(part).to_pylist()]
    people = [r for r in rows if r["kind"] == "person"]
    assert len(people) == 3 and {r["identity"] for r in people} == {"orla-vantreck"}
    assert sorted(str(r["wikidata"]) for r in people) == ["None", QID, QID]


def test_the_index_keeps_two_records_of_one_document_apart():
    index = IdentityIndex()
    first, _ = index.add("a", profile_of({"name": "Orla Vantreck", "kind": "person"}))
    second, how = index.add("b", profile_of({"name": "Orla Vantreck", "kind": "person"}), taken={first})
    assert second != first and how is None
    third, how = index.add("c", profile_of({"name": "Orla Vantreck", "kind": "person"}))
    assert (third, how) == (first, "name")
