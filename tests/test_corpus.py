"""The annotated corpus: well formed against the article texts, splits fixed and disjoint, and the
anchoring, matching and scoring code that builds and reads it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import DATA, ROOT, need

from newsgraph.corpus import _schema as S
from newsgraph.corpus import check_record, load_corpus
from newsgraph.corpus._compare import (RActor, RAgreement, Reading, RQuote, align_actors, date_verdict, match_agreements,
                                       match_events)
from newsgraph.corpus._score import Tally, kappa, prf
from newsgraph.corpus.anchor import AnchorError, TextIndex, anchor

ARTICLES = DATA / "news" / "allsides-political-news" / "articles.jsonl"
CORPUS = ROOT / "corpus"


# -- the corpus itself ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def texts(corpus):
    from newsgraph.corpus._articles import load_articles

    need(ARTICLES)
    ids = set(corpus.annotations) | set(corpus.double) | {s["id"] for s in corpus.skipped}
    return {i: a["text"] for i, a in load_articles(ARTICLES, ids).items()}


def test_splits_are_disjoint_and_cover_the_pool(corpus):
    from newsgraph.corpus._articles import load_pool

    sets = {k: set(v) for k, v in corpus.splits.items()}
    assert set(sets) == {"train", "dev", "test"}
    assert not (sets["train"] & sets["dev"] or sets["train"] & sets["test"] or sets["dev"] & sets["test"])
    pool = load_pool(need(DATA / "news" / "allsides-political-news" / "annotation-pool.txt"))
    assert set().union(*sets.values()) == set(pool)


def test_splits_are_the_seeded_draw(corpus):
    import importlib.util

    spec = importlib.util.spec_from_file_location("draw_splits", ROOT / "scripts" / "draw_splits.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from newsgraph.corpus._articles import load_pool

    pool = load_pool(need(DATA / "news" / "allsides-political-news" / "annotation-pool.txt"))
    assert mod.draw(pool) == corpus.splits


def test_every_annotation_is_well_formed(corpus, texts):
    problems = []
    for aid, rec in corpus.annotations.items():
        assert aid in texts, f"{aid} is not an article of articles.jsonl"
        problems += check_record(rec, texts[aid])
        for e in rec.get("events", []):
            assert e["type"] in S.TYPES
    for aid, recs in corpus.double.items():
        assert len(recs) >= 2, f"{aid}: a double annotation needs two annotators"
        assert len({r["annotator"] for r in recs}) == len(recs)
        for rec in recs:
            problems += check_record(rec, texts[aid])
        assert aid in corpus.annotations or aid in {s["id"] for s in corpus.skipped}
    assert not problems, "\n".join(problems[:20])


def _strings(value, keys=None):
    """Every string in a record, however deep; with ``keys``, only the values of those keys."""
    if isinstance(value, str):
        if keys is None:
            yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if keys is not None and k in keys and isinstance(v, str):
                yield v
            else:
                yield from _strings(v, keys)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, keys)


_NAME_KEYS = frozenset({"name", "organization", "title", "office"})  # an actor's name, a role's title


def test_annotations_hold_no_article_text(corpus, texts):
    # Offsets and codes only: names and titles are short; no sentence of an article is in a record.
    for aid, rec in corpus.annotations.items():
        sentences = [s.strip() for s in texts[aid].replace("\n", ". ").split(". ") if len(s.strip()) > 60]
        for value in _strings(rec):
            assert len(value) <= 100, f"{aid}: a string of {len(value)} characters in the annotation"
        # a long name ("... Institute of Politics at the University of ...") may be all of a fragment
        # between two full stops: a sentence is text only where it is more than one name or title
        names = set(_strings(rec, _NAME_KEYS))
        raw = json.dumps(rec, ensure_ascii=False)
        found = [s for s in sentences if s in raw and not any(s in n for n in names)]
        assert not found, f"{aid}: an article sentence is in the annotation"


def test_skipped_articles_have_a_reason_and_no_annotation(corpus):
    for s in corpus.skipped:
        assert s["reason"].strip()
        assert s["id"] not in corpus.annotations


# -- anchoring ------------------------------------------------------------------------------------
TEXT = ("Rouhani rejects talks\n\nIranian President Hassan Rouhani on Tuesday rejected talks with the "
        "United States. \u201cWe will not negotiate under pressure,\u201d Rouhani said.\n\nOfficials in "
        "Washington said the U.S. would keep its sanctions. Officials in Tehran disagreed.")
ART = {"id": "X" * 16, "date": "2019-09-26", "text": TEXT}


def _raw(**changes):
    raw = {
        "id": "X" * 16, "annotator": "t",
        "actors": [
            {"key": "rouhani", "name": "Hassan Rouhani", "kind": "person", "country": "IRN", "sector": "GOV",
             "mentions": ["Iranian President Hassan Rouhani", "Rouhani"]},
            {"key": "usa", "name": "United States", "kind": "country", "country": "USA", "sector": None,
             "mentions": ["the United States", "the U.S."]},
            {"key": "usofficials", "name": "U.S. officials", "kind": "group", "country": "USA", "sector": "GOV",
             "mentions": [{"text": "Officials", "in": "Officials in Washington"}]},
        ],
        "events": [{"quote": "on Tuesday rejected talks with the United States", "trigger": "rejected",
                    "type": "REJECT", "mode": "meet", "actor": ["rouhani"], "actor_text": ["Rouhani"],
                    "recipient": ["usa"], "recipient_text": ["the United States"], "date": "2019-09-24",
                    "date_text": "on Tuesday", "modality": "asserted", "negated": False,
                    "also": ["Rouhani rejects talks"]}],
        "roles": [{"actor": "rouhani", "title": "President", "organization": None, "country": "IRN",
                   "status": "current", "quote": "Iranian President Hassan Rouhani"}],
        "quotes": [{"speaker": "rouhani", "kind": "direct", "content": "We will not negotiate ... pressure,"}],
    }
    raw.update(changes)
    return raw


def test_anchor_turns_quotes_into_offsets():
    rec, problems = anchor(_raw(), ART)
    assert problems == []
    assert check_record(rec, TEXT) == []
    rouhani = rec["actors"][0]
    # the longest mention wins: "Rouhani" inside the full name is not a second mention
    assert [TEXT[s:e] for s, e in rouhani["mentions"]] == ["Rouhani", "Iranian President Hassan Rouhani", "Rouhani"]
    officials = rec["actors"][2]
    assert [TEXT[s:e] for s, e in officials["mentions"]] == ["Officials"]
    assert officials["mentions"][0][0] == TEXT.index("Officials in Washington")
    ev = rec["events"][0]
    assert TEXT[slice(*ev["trigger"])] == "rejected"
    assert TEXT[slice(*ev["actor_spans"][0])] == "Rouhani"
    assert ev["actor_spans"][0][0] > TEXT.index("Hassan")  # the occurrence nearest the trigger
    assert TEXT[slice(*ev["date"]["span"])] == "on Tuesday"
    assert TEXT[slice(*ev["also"][0])] == "Rouhani rejects talks"
    q = rec["quotes"][0]
    assert TEXT[slice(*q["span"])] == "We will not negotiate under pressure,"  # typed with a plain quote
    assert "text" not in json.dumps(rec).replace('"text_sha1"', "")


@pytest.mark.parametrize("change, message", [
    ({"events": [{"quote": "talks", "trigger": "talks", "type": "REJECT", "modality": "asserted",
                  "date": "unknown"}]}, "occurs 2 times"),
    ({"events": [{"quote": "rejected talks", "trigger": "rejected", "type": "REJECT", "mode": "withdraw",
                  "modality": "asserted", "date": "unknown"}]}, "not a mode of REJECT"),
    ({"events": [{"quote": "rejected talks", "trigger": "rejected", "type": "REFUSE",
                  "modality": "asserted", "date": "unknown"}]}, "not a PLOVER 2.0 type"),
    ({"events": [{"quote": "rejected talks", "trigger": "rejected", "type": "REJECT",
                  "modality": "asserted", "date": "2019-13-01"}]}, "is not YYYY"),
    ({"events": [{"quote": "rejected talks", "trigger": "rejected", "type": "REJECT", "actor": ["iran"],
                  "modality": "asserted", "date": "unknown"}]}, "not the key of an actor"),
    ({"quotes": [{"speaker": "rouhani", "kind": "direct", "content": "We shall fight"}]}, "not in the text"),
    ({"roles": [{"actor": "rouhani", "title": "President", "status": "likely", "quote": "President"}]},
     "status 'likely'"),
])
def test_anchor_refuses_what_it_cannot_place_or_is_not_a_code(change, message):
    _rec, problems = anchor(_raw(**change), ART)
    assert any(message in p for p in problems), problems


def test_text_index_forgives_typography_but_not_words():
    ix = TextIndex("He said \u201cno\u201d \u2013 twice.\n\nThen  left.")
    assert ix.find_all('said "no" - twice') == [(3, 20)]
    assert ix.find_all("Then left") == [(23, 33)]
    with pytest.raises(AnchorError):
        ix.unique("said yes", "quote")


# -- matching and scoring -------------------------------------------------------------------------
def _reading(rec):
    return Reading.from_annotation(rec)


def test_a_reading_against_itself_scores_one():
    rec, _ = anchor(_raw(), ART)
    t = Tally()
    t.add(_reading(rec), _reading(rec), TEXT)
    f = t.figures()
    assert f["events"]["full"]["f1"] == 1.0 and f["events"]["date_accuracy"] == 1.0
    assert f["actors"]["junk_rate"] == 0.0 and f["actors"]["country_accuracy"] == 1.0
    assert f["roles"]["f1"] == 1.0 and f["quotes"]["speaker_accuracy"] == 1.0
    assert t.errors == []


def test_wrong_recipient_is_a_type_match_but_not_a_full_one():
    gold, _ = anchor(_raw(), ART)
    other, _ = anchor(_raw(), ART)
    other["events"][0]["recipient"] = ["usofficials"]
    other["events"][0]["date"]["value"] = "2019-09-25"
    other["actors"].append({"key": "junk", "name": "Tuesday", "kind": "person", "country": None,
                            "sector": None, "mentions": [[TEXT.index("Tuesday"), TEXT.index("Tuesday") + 7]]})
    t = Tally()
    t.add(_reading(gold), _reading(other), TEXT)
    f = t.figures()
    assert f["events"]["type"]["f1"] == 1.0 and f["events"]["full"]["f1"] == 0.0
    assert f["events"]["date_wrong"] == 1.0
    assert (f["actors"]["junk"], f["actors"]["junk_rate"]) == (1, 0.25)
    assert {e["error"] for e in t.errors} == {"wrong_arguments", "date_wrong", "junk"}


def test_an_actor_split_over_two_output_actors_counts_one_duplicate():
    gold, _ = anchor(_raw(), ART)
    other, _ = anchor(_raw(), ART)
    # the output splits Rouhani: the full name and the first surname go to one actor, the surname after
    # the quote to another; the scorer pairs the gold actor with the one of more mentions
    rouhani = other["actors"][0]
    said = [m for m in rouhani["mentions"] if TEXT[m[0]:m[1]] == "Rouhani"][-1]
    rouhani["mentions"].remove(said)
    other["actors"].append({"key": "rouhani2", "name": "Rouhani", "kind": "person", "country": "IRN",
                            "sector": "GOV", "mentions": [said]})
    t = Tally()
    t.add(_reading(gold), _reading(other), TEXT)
    a = t.figures()["actors"]
    assert (a["duplicates"], a["duplicate_rate"], a["junk_rate"], a["matched"]) == (1, 0.25, 0.0, 3)
    dup = [e for e in t.errors if e["error"] == "duplicate"]
    assert [(e["gold"], e["system"], e["kept"]) for e in dup] == [("Hassan Rouhani", "Rouhani", "Hassan Rouhani")]
    t = Tally()
    t.add(_reading(gold), _reading(gold), TEXT)
    assert t.figures()["actors"]["duplicates"] == 0


def test_date_accuracy_is_also_given_by_how_the_date_was_found():
    gold, _ = anchor(_raw(), ART)
    other, _ = anchor(_raw(), ART)
    other["events"][0]["date"]["value"] = "2019-09-25"
    o = _reading(other)
    o = dataclasses.replace(o, events=[dataclasses.replace(o.events[0], date_source="sentence")])
    t = Tally()
    t.add(_reading(gold), o, TEXT)
    assert t.figures()["events"]["date_by_source"] == {"sentence": {"events": 1, "accuracy": 0.0}}
    assert [e["found_source"] for e in t.errors if e["error"] == "date_wrong"] == ["sentence"]
    t = Tally()
    t.add(_reading(gold), _reading(gold), TEXT)
    assert t.figures()["events"]["date_by_source"] == {"none": {"events": 1, "accuracy": 1.0}}


def test_a_date_claimed_for_an_event_the_annotators_could_not_date_is_counted():
    gold, _ = anchor(_raw(), ART)
    gold["events"][0]["date"] = {"span": None, "value": "unknown"}
    claimed, _ = anchor(_raw(), ART)
    o = _reading(claimed)
    o = dataclasses.replace(o, events=[dataclasses.replace(o.events[0], date="2019-09-24", date_source="document")])
    t = Tally()
    t.add(_reading(gold), o, TEXT)
    e = t.figures()["events"]
    assert (e["date_claimed_unknown"], e["undatable_events"], e["date_claimed_by_source"]) == (1.0, 1, {"document": 1})
    assert e["dated_events"] == 0  # no fixed date to be right or wrong about
    assert [x["found"] for x in t.errors if x["error"] == "date_claimed"] == ["2019-09-24"]
    bounded = dataclasses.replace(o, events=[dataclasses.replace(o.events[0], date=None,
                                                                 bounds=(None, "2019-09-24"))])
    t = Tally()
    t.add(_reading(gold), bounded, TEXT)  # "before publication" claims no date
    e = t.figures()["events"]
    assert (e["date_claimed_unknown"], e["undatable_events"], e["date_claimed_by_source"]) == (0.0, 1, {})
    assert not [x for x in t.errors if x["error"] == "date_claimed"]


def test_quote_errors_list_missed_and_spurious_quotes():
    text = "Ann said the talks would go on. Polls show most voters back the plan."
    gold = Reading("d", None, [], [], [], [RQuote(None, "indirect", (9, 30), 0)], [])
    found = Reading("d", None, [], [], [], [RQuote(None, "indirect", (43, 68), 0)], [])
    t = Tally(keep_errors=True)
    t.add(gold, found, text)
    errs = {e["error"]: e for e in t.errors if e["section"] == "quotes"}
    assert errs["missed"]["gold_text"] == "the talks would go on"
    assert errs["spurious"]["system_text"] == "most voters back the plan"
    assert t.figures()["quotes"]["f1"] == 0.0


def test_an_agreement_matches_by_any_sentence_that_speaks_of_it():
    gold = Reading("d", None, [], [], [], [], [RAgreement(["a", "b"], (100, 150))])
    said_elsewhere = Reading("d", None, [], [], [], [], [RAgreement(["a", "b"], (0, 50))])
    assert match_agreements(gold, said_elsewhere) == []
    also = Reading("d", None, [], [], [], [], [RAgreement(["a", "b"], (0, 50), 0, [(120, 160)])])
    assert len(match_agreements(gold, also)) == 1


def test_an_agreement_matches_its_own_sentence_before_one_it_is_also_named_in():
    gold = Reading("d", None, [], [], [], [], [RAgreement(["a", "b"], (100, 150))])
    other = Reading("d", None, [], [], [], [], [RAgreement(["c"], (0, 50), 0, [(120, 160)]),
                                                RAgreement(["a", "b"], (110, 160), 1)])
    assert [s.index for _g, s in match_agreements(gold, other)] == [1]


def test_parties_and_date_of_a_matched_agreement_are_scored():
    def actor(key):
        return RActor(key, key, "country", None, None, [])

    gold = Reading("d", None, [actor("a"), actor("b")], [], [], [],
                   [RAgreement(["a", "b"], (100, 150), date="2019-05", commitments=[("a", (130, 150)), ("b", (160, 170))])])
    found = Reading("d", None, [actor("a"), actor("c")], [], [], [],
                    [RAgreement(["a", "c"], (90, 120), 0, [], "2019-05-02", [("a", (125, 140)), ("c", (160, 170))])])
    t = Tally()
    t._agreements(gold, found, {"a": "a", "c": None}, "")
    f = t.figures()["agreements"]
    assert (f["party_recall"], f["party_precision"], f["parties_exact"]) == (0.5, 0.5, 0.0)
    assert (f["date_accuracy"], f["dated"]) == (1.0, 1)
    assert (f["commitment_recall"], f["commitment_precision"], f["commitments"]) == (0.5, 0.5, 2)
    assert [e["error"] for e in t.errors] == ["wrong_parties", "missed_commitment"]


def test_meeting_participants_compare_as_one_set():
    gold, _ = anchor(_raw(), ART)
    gold["events"][0].update(type="CONSULT", mode=None, actor=["rouhani", "usa"], recipient=[])
    other = json.loads(json.dumps(gold))
    other["events"][0].update(actor=["rouhani"], recipient=["usa"])
    g, o = _reading(gold), _reading(other)
    pairs = match_events(g, o, align_actors(g, o))
    assert len(pairs) == 1
    t = Tally()
    t.add(g, o, TEXT)
    assert t.figures()["events"]["full"]["f1"] == 1.0


def test_a_gold_event_pairs_first_with_the_output_event_at_its_own_trigger():
    from newsgraph.corpus._compare import REvent

    # the annotators coded the act at its second telling (50-58) and listed the first (5-12) in ``also``
    gold = Reading("d", None, [], [REvent("ASSAULT", None, ["a"], [], [(50, 58), (5, 12)], (40, 90), "2024-03-03",
                                          "asserted", False, 0)], [], [], [])
    at_first = REvent("ASSAULT", None, ["x"], [], [(5, 12)], (0, 30), "2024-03-05", "asserted", False, 0)
    at_own = REvent("ASSAULT", None, ["y"], [], [(50, 58)], (40, 90), "2024-03-03", "asserted", False, 1)
    other = Reading("d", None, [], [at_first, at_own], [], [], [])
    pairs = match_events(gold, other, {})
    assert [(g.index, s.index) for g, s in pairs] == [(0, 1)]
    # a full match still comes first, whichever mention it is at
    full = REvent("ASSAULT", None, ["a"], [], [(5, 12)], (0, 30), "2024-03-05", "asserted", False, 0)
    pairs = match_events(gold, Reading("d", None, [], [full, at_own], [], [], []), {"a": "a", "y": None})
    assert [(g.index, s.index) for g, s in pairs] == [(0, 0)]


def test_measures():
    assert prf(1, 2, 4) == {"precision": 0.25, "recall": 0.5, "f1": 0.3333, "tp": 1, "gold": 2, "system": 4}
    assert kappa([("a", "a"), ("b", "b")]) == 1.0
    assert kappa([("a", "b"), ("b", "a")]) == -1.0
    assert date_verdict("2019-09", "2019-09-24") == "right"
    assert date_verdict("2019-09-24", "2019") == "right"  # an interval that contains the date
    assert date_verdict("2019-09-24", "2019-09-25") == "wrong"
    assert date_verdict("2019-09-24", None) == "undated"
    assert date_verdict(None, "2019") is None
    assert date_verdict("2020-03", "2020-W10") == "right"  # 2 to 8 March
    assert date_verdict("2020-03", "2020-W14") == "wrong"  # 30 March to 5 April: not inside, not around
    assert date_verdict("2014-09-09", "2014-09-09TAF") == "right"
    assert date_verdict("2018-07", "2018-SU") == "right" and date_verdict("2018-02", "2018-SU") == "wrong"
    # a date known only by a bound: right when the gold days lie within it
    assert date_verdict("2021-10-19", None, (None, "2021-10-19")) == "right"  # before publication, on the day
    assert date_verdict("2016-05", None, (None, "2021-10-19")) == "right"
    assert date_verdict("2021-10-20", None, (None, "2021-10-19")) == "wrong"
    assert date_verdict("2021-10", None, (None, "2021-10-19")) == "wrong"  # the month runs past the bound
    assert date_verdict("2021-11-02", None, ("2021-10-19", None)) == "right"  # after publication
    assert date_verdict("2021-10-19", None, (None, None)) == "undated"
    assert date_verdict("2019-09-24", "PRESENT_REF") == "undated"


def test_stats_and_agreement_on_a_small_corpus(tmp_path):
    need(ARTICLES)
    from newsgraph.corpus import stats
    from newsgraph.corpus._articles import load_articles

    first = next(iter(load_articles(ARTICLES).values()))
    text = first["text"]
    word = text.split()[3]
    raw = {"id": first["id"], "annotator": "a", "actors": [
        {"key": "k", "name": word, "kind": "group", "country": None, "sector": None, "mentions": [word]}],
        "events": [], "roles": [], "quotes": []}
    rec, problems = anchor(raw, first)
    assert not problems
    (tmp_path / "annotations").mkdir()
    (tmp_path / "double").mkdir()
    (tmp_path / "annotations" / f"{first['id']}.json").write_text(json.dumps(rec))
    for who in ("a", "b"):
        (tmp_path / "double" / f"{first['id']}.{who}.json").write_text(json.dumps({**rec, "annotator": who}))
    (tmp_path / "splits.json").write_text(json.dumps({"train": [first["id"]], "dev": [], "test": []}))
    s = stats(load_corpus(tmp_path), articles=ARTICLES)
    assert s["articles"] == 1 and s["splits"] == {"train": 1, "dev": 0, "test": 0}
    assert s["double_annotated"] == 1 and s["agreement"]["actor_country"] == 1.0


# -- newsgraph on the dev split -------------------------------------------------------------------
FLOORS = json.loads((Path(__file__).parent / "floors_corpus.json").read_text(encoding="utf-8"))
CEILINGS = ("junk_rate", "actors.junk", "date_claimed_unknown")  # figures that must not rise


@pytest.mark.model
@pytest.mark.slow
def test_dev_split_above_floors(extractor, corpus):
    need(ARTICLES)
    from newsgraph.corpus import evaluate, format_report

    figures, _ = evaluate("dev", corpus=corpus, extractor=extractor)
    report = format_report(figures)
    assert figures["articles"] >= FLOORS["articles"], report
    for path, floor in FLOORS["floors"].items():
        value = figures
        for key in path.split("."):
            value = value[key]
        if path.endswith(CEILINGS):
            assert value <= floor, f"{path} {value} > ceiling {floor}\n{report}"
        else:
            assert value >= floor, f"{path} {value} < floor {floor}\n{report}"


def test_term_dates_compare_at_the_annotation_precision():
    from newsgraph.corpus._score import _same_date

    assert _same_date("2018-10", "2018-10-02") and _same_date(None, None)
    assert not _same_date("2018-10", "2018") and not _same_date(None, "2018") and not _same_date("2018", None)


def test_figures_by_confidence_rematch_at_each_setting_and_calibrate():
    import dataclasses

    gold, _ = anchor(_raw(), ART)
    g = _reading(gold)
    right = dataclasses.replace(g.events[0], confidence=0.95, index=0)
    wrong = dataclasses.replace(g.events[0], type="ACCUSE", confidence=0.45, index=1)
    # a second copy of the right event, less sure: it matches nothing while the first stands
    again = dataclasses.replace(g.events[0], confidence=0.35, index=2)
    o = dataclasses.replace(g, events=[right, wrong, again])
    t = Tally()
    t.add(g, o, TEXT)
    e = t.figures()["events"]
    steps = {row["min_confidence"]: row for row in e["by_confidence"]}
    assert steps[0.3]["type"]["system"] == 3 and steps[0.3]["type"]["tp"] == 1
    assert steps[0.5]["type"]["system"] == 1 and steps[0.5]["type"]["precision"] == 1.0
    assert steps[0.9]["full"]["tp"] == 1 and steps[0.9]["type"]["recall"] == 1.0
    cal = e["calibration"]
    assert [(b["from"], b["events"], b["matched"]) for b in cal["bins"]] == [(0.3, 1, 0.0), (0.4, 1, 0.0),
                                                                            (0.9, 1, 1.0)]
    assert cal["ece"] == pytest.approx((0.35 + 0.45 + 0.05) / 3, abs=1e-4)


def test_an_annotators_reading_has_no_confidence_figures():
    rec, _ = anchor(_raw(), ART)
    t = Tally()
    t.add(_reading(rec), _reading(rec), TEXT)
    assert "by_confidence" not in t.figures()["events"]
