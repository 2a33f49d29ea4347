"""`who TITLE --on DATE`: the holder on the date from the reports, ranked by status and dates; the knowledge
base's dated terms weighed with them; aliases joined; the office's country; impossible dates refused; the
same answer from the store, the CLI and the API. Stores are built from hand-made records with invented
people (no model), and the knowledge base is a hand-made one (``kb``; empty unless a test fills it)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.errors import QueryError
from newsgraph.records import Document, Result
from newsgraph.roles import _offices
from newsgraph.roles._offices import Term, generic_of, kb_terms, office_key
from newsgraph.store import open_store
from newsgraph.store._who import KB_WEIGHT, nearness, one_seat, same_person

from factories import actor, role, timex

SOS = "Secretary of State"


def report(text: str, published: str, people: list[tuple[str, str, str]], *, roles: list[dict], timexes=()) -> Result:
    """One article: ``people`` (id, name, country), one role record per ``roles`` entry (actor, title
    and any field of a role), the whole text its sentence."""
    actors = [actor(i, n, "person", country=c) for i, n, c in people]
    recs = [role(r.pop("actor"), r.pop("title"), text, **r) for r in [dict(x) for x in roles]]
    return Result(document=Document(text=text, published=published, source=f"{published}-{len(text)}.txt"),
                  actors=actors, roles=recs, timexes=list(timexes))


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "who.db") as s:
        yield s


SOURCES = {"dated": {"what": "terms dated to the day", "known_until": "2030-01-01"},
           "years": {"what": "terms known by their years", "known_until": "2022-10-10"},
           "phoenix": {"what": "open ends that know no end", "known_until": "2014-01-30"}}


@pytest.fixture(autouse=True)
def kb(monkeypatch) -> list[Term]:
    """The knowledge base the answers read: the terms a test appends (none by default), in place of the
    bundled one, whose real officeholders would stand beside the invented people."""
    terms: list[Term] = []
    monkeypatch.setattr(_offices, "_load", lambda: (SOURCES, tuple(terms)))
    return terms


def term(name: str, start: str | None, end: str | None, *, title: str = "Prime Minister", country: str = "NOR",
         source: str = "dated", wikidata: str | None = None) -> Term:
    return Term(title, office_key(title).key, country, (name,), wikidata, start, end, source)


def names(answer: dict) -> list[str]:
    return [h["name"] for h in answer["holders"]]


# -- dates ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("day, reason", [
    ("2021-13-45", "is not a date on the calendar"), ("2021-02-30", "is not a date on the calendar"),
    ("2021-10", "is not a date (expected YYYY-MM-DD)"), ("yesterday", "is not a date"),
])
def test_an_impossible_date_is_refused_with_its_reason(store, day, reason):
    with pytest.raises(QueryError, match=reason.replace("(", r"\(").replace(")", r"\)")) as err:
        store.who("President", on=day)
    assert "\n" not in str(err.value)


def test_an_unknown_country_or_a_title_naming_another_country_is_refused(store):
    with pytest.raises(QueryError, match="is not a country"):
        store.who("President", on="2015-01-01", country="Atlantis")
    with pytest.raises(QueryError, match="names ISR"):
        store.who("Prime Minister of Israel", on="2015-01-01", country="GBR")


# -- ranking by status and dates --------------------------------------------------------------------
def succession(store) -> None:
    """Nora Quill holds the office in 2012, Omar Reyes from 2013; later reports call her former."""
    q, r = ("nora-quill", "Nora Quill", "USA"), ("omar-reyes", "Omar Reyes", "USA")
    store.add(report("Secretary of State Nora Quill flew to Lima on Monday.", "2012-05-20", [q],
                     roles=[{"actor": "nora-quill", "title": SOS, "country": "USA"}]))
    store.add(report("Secretary of State Nora Quill spoke on Friday.", "2012-09-02", [q],
                     roles=[{"actor": "nora-quill", "title": SOS, "country": "USA"}]))
    for day in ("2013-04-02", "2013-08-19", "2014-02-11", "2014-10-30", "2015-06-01"):
        store.add(report(f"Secretary of State Omar Reyes met envoys on {day}.", day, [r],
                         roles=[{"actor": "omar-reyes", "title": SOS, "country": "USA"}]))
    store.add(report("Former Secretary of State Nora Quill wrote a book.", "2014-03-01", [q],
                     roles=[{"actor": "nora-quill", "title": SOS, "country": "USA", "status": "former"}]))


def test_the_holder_is_the_one_reported_current_near_the_date(store):
    succession(store)
    assert store.who(SOS, on="2012-06-01")["answer"]["name"] == "Nora Quill"
    assert store.who(SOS, on="2014-06-01")["answer"]["name"] == "Omar Reyes"
    # more reports of Reyes in all, but those near 2012 are Quill's
    assert names(store.who(SOS, on="2012-06-01"))[:2] == ["Nora Quill", "Omar Reyes"]


def test_a_former_report_before_the_date_is_against_and_shown_apart(store):
    succession(store)
    answer = store.who(SOS, on="2014-04-01")
    assert answer["answer"]["name"] == "Omar Reyes"
    quill = next(h for h in answer["holders"] if h["name"] == "Nora Quill")
    assert quill["against"] > 0.5 and quill["score"] < 0 and quill["reports_against"] == 1
    assert all(r["actor_name"] == "Omar Reyes" and r["weight"] > 0 for r in answer["reports"])
    # asked in 2012, the later "former" report is no evidence against her: she is the answer
    early = store.who(SOS, on="2012-06-01")
    assert early["answer"]["reports_against"] == 0


def test_dates_in_the_record_decide_over_nearness(store):
    store.add(report("Secretary of State Pia Lund, who served from 2009 until Jan. 10, spoke.", "2011-01-14",
                     [("pia-lund", "Pia Lund", "USA")],
                     roles=[{"actor": "pia-lund", "title": SOS, "country": "USA", "start": "2009-03-01",
                             "end": "2011-01-10"}]))
    store.add(report("Secretary of State Tom Aldo arrived.", "2011-02-20", [("tom-aldo", "Tom Aldo", "USA")],
                     roles=[{"actor": "tom-aldo", "title": SOS, "country": "USA"}]))
    assert store.who(SOS, on="2010-06-01")["answer"]["name"] == "Pia Lund"  # inside her dates, far from both
    answer = store.who(SOS, on="2011-01-15")  # a day from her report, after her end date
    assert answer["answer"]["name"] == "Tom Aldo"
    assert [r["actor_name"] for r in answer["conflicting"]] == []  # hers is against her, not against him
    assert "Pia Lund" not in names(answer)


def test_then_title_counts_at_the_time_its_sentence_speaks_of(store):
    text = "In 2009, then-Secretary of State Ida Berg visited Cairo."
    store.add(report(text, "2016-05-01", [("ida-berg", "Ida Berg", "USA")],
                     roles=[{"actor": "ida-berg", "title": SOS, "country": "USA", "status": "former"}],
                     timexes=[timex("2009", "2009", start=3)]))
    store.add(report("Secretary of State Max Ruiz spoke.", "2016-04-20", [("max-ruiz", "Max Ruiz", "USA")],
                     roles=[{"actor": "max-ruiz", "title": SOS, "country": "USA"}]))
    then = store.who(SOS, on="2009-07-01")
    assert then["answer"]["name"] == "Ida Berg" and "then-" in then["reports"][0]["reading"]
    assert store.who(SOS, on="2016-05-01")["answer"]["name"] == "Max Ruiz"


def test_a_holder_reported_in_office_before_and_after_the_date_is_the_holder_between(store):
    """Far from every report: Tia Sol is reported current a year before and a year after the date; a
    "former" report of Abe Nolan a month after the date outweighs her two far reports by nearness alone."""
    pres = "President"
    for day in ("2015-06-01", "2017-06-01"):
        store.add(report(f"President Tia Sol spoke on {day}.", day, [("tia-sol", "Tia Sol", "USA")],
                         roles=[{"actor": "tia-sol", "title": pres, "country": "USA"}]))
    store.add(report("Former President Abe Nolan wrote a book.", "2016-07-01", [("abe-nolan", "Abe Nolan", "USA")],
                     roles=[{"actor": "abe-nolan", "title": pres, "country": "USA", "status": "former"}]))
    answer = store.who(pres, on="2016-06-01")
    assert answer["answer"]["name"] == "Tia Sol" and answer["answer"]["reports"] == 2
    assert "no other holder reported between" in answer["reports"][0]["reading"]
    assert answer["reports"][0]["weight"] == 1.0
    # another holder reported in office between her two reports: no holder between
    store.add(report("President Lev Ash arrived.", "2016-01-10", [("lev-ash", "Lev Ash", "USA")],
                     roles=[{"actor": "lev-ash", "title": pres, "country": "USA"}]))
    rows = store.who(pres, on="2016-06-01")
    assert not any("between" in r["reading"] for r in rows["reports"] + rows["conflicting"])


def test_two_reports_farther_apart_than_a_term_make_no_holder_between(store):
    for day in ("2005-06-01", "2012-06-01"):
        store.add(report(f"President Tia Sol spoke on {day}.", day, [("tia-sol", "Tia Sol", "USA")],
                         roles=[{"actor": "tia-sol", "title": "President", "country": "USA"}]))
    answer = store.who("President", on="2008-06-01")
    assert answer["answer"]["name"] == "Tia Sol"  # the only holder reported, by nearness alone
    assert not any("between" in r["reading"] for r in answer["reports"])


def test_incoming_is_not_yet_the_holder(store):
    store.add(report("Vice President-elect Lea Moss met donors.", "2016-12-01", [("lea-moss", "Lea Moss", "USA")],
                     roles=[{"actor": "lea-moss", "title": "Vice President", "country": "USA", "status": "incoming"}]))
    store.add(report("Vice President Dan Orr left.", "2016-10-01", [("dan-orr", "Dan Orr", "USA")],
                     roles=[{"actor": "dan-orr", "title": "Vice President", "country": "USA"}]))
    assert store.who("Vice President", on="2016-11-25")["answer"]["name"] == "Dan Orr"


def test_nearness_halves_at_sixty_days():
    assert nearness(0) == 1 and nearness(60) == pytest.approx(0.5) and nearness(120) == pytest.approx(0.2)


# -- office keys ------------------------------------------------------------------------------------
def test_titles_of_one_office_share_a_key_and_a_vice_is_another_office():
    assert office_key("House Speaker") == office_key("Speaker of the House") == office_key("Speaker", "House")
    assert office_key("U.S. Secretary of State") == office_key("Secretary of State").__class__("secretary of state", "USA")
    assert office_key("Defense Secretary").key == office_key("Secretary of Defense").key
    assert office_key("Israeli Prime Minister") == office_key("Prime Minister of Israel")
    assert office_key("GOP Senator").key == "senator"
    assert generic_of("secretary", "secretary of state") and generic_of("speaker", "house speaker")
    assert not generic_of("president", "vice president") and not generic_of("leader", "senate majority leader")


def test_a_less_specific_title_adds_to_a_holder_but_makes_none(store):
    store.add(report("Secretary Ann Pike spoke.", "2015-03-01", [("ann-pike", "Ann Pike", "USA")],
                     roles=[{"actor": "ann-pike", "title": "Secretary", "country": "USA"}]))
    assert store.who(SOS, on="2015-03-01")["answer"] is None
    store.add(report("Secretary of State Ann Pike flew home.", "2015-01-01", [("ann-pike", "Ann Pike", "USA")],
                     roles=[{"actor": "ann-pike", "title": SOS, "country": "USA"}]))
    answer = store.who(SOS, on="2015-03-01")
    assert answer["answer"]["name"] == "Ann Pike" and answer["answer"]["reports"] == 2


# -- aliases ----------------------------------------------------------------------------------------
def test_names_of_one_person_are_one_holder_and_two_initials_are_two():
    assert same_person("Rosa Vega", "Rosa Maria Vega") and same_person("John K. Hale", "John Hale")
    assert same_person("Ayatollah Ali Nouri", "Ali Nouri") and same_person("Lin Mei", "Mei Lin")
    assert not same_person("George K. Hale", "George T. Hale") and not same_person("Rosa Vega", "Rita Vega")


def test_a_short_form_of_a_first_name_is_that_name():
    assert same_person("Dick Rowan", "Richard J. Rowan") and same_person("Bill Okafor", "William Okafor")
    assert not same_person("Bill Rowan", "Robert Rowan") and not same_person("Dick Rowan", "Richard Rowley")


def test_aliases_are_merged_into_one_holder(store):
    for day, name, ident in (("2013-03-01", "Rosa Vega", "rosa-vega"), ("2013-03-08", "Rosa Maria Vega", "rosa-maria-vega"),
                             ("2013-03-15", "Vega", "vega")):
        store.add(report(f"Secretary of State {name} met envoys.", day, [(ident, name, "USA")],
                         roles=[{"actor": ident, "title": SOS, "country": "USA"}]))
    store.add(report("Secretary of State Sam Holt spoke.", "2013-03-05", [("sam-holt", "Sam Holt", "USA")],
                     roles=[{"actor": "sam-holt", "title": SOS, "country": "USA"}]))
    answer = store.who(SOS, on="2013-03-10")
    top = answer["answer"]
    assert top["name"] in ("Rosa Vega", "Rosa Maria Vega") and set(top["ids"]) == {"rosa-vega", "rosa-maria-vega", "vega"}
    assert top["reports"] == 3 and len(answer["holders"]) == 2


# -- countries --------------------------------------------------------------------------------------
def prime_ministers(store) -> None:
    for day in ("2015-05-01", "2015-05-20", "2015-06-10"):
        store.add(report(f"Prime Minister Eli Dar spoke on {day}.", day, [("eli-dar", "Eli Dar", "ISR")],
                         roles=[{"actor": "eli-dar", "title": "Prime Minister", "country": "ISR"}]))
    store.add(report("British Prime Minister Kit Moor answered.", "2015-05-25", [("kit-moor", "Kit Moor", "GBR")],
                     roles=[{"actor": "kit-moor", "title": "Prime Minister", "country": "GBR"}]))


def test_the_office_of_the_country_asked(store):
    prime_ministers(store)
    default = store.who("Prime Minister", on="2015-05-25")
    assert default["country"] == "ISR" and default["answer"]["name"] == "Eli Dar"  # most support that day
    assert [o["name"] for o in default["other_countries"]] == ["Kit Moor"]
    assert names(store.who("Prime Minister", on="2015-05-25", country="GBR")) == ["Kit Moor"]
    assert names(store.who("Prime Minister", on="2015-05-25", country="United Kingdom")) == ["Kit Moor"]
    assert names(store.who("British Prime Minister", on="2015-05-25")) == ["Kit Moor"]
    assert store.who("Prime Minister", on="2015-05-25", country="FRA")["answer"] is None


def test_a_subdivisions_office_is_not_the_countrys(store):
    store.add(report("Kansas Secretary of State Ray Finch backed the law.", "2014-05-09",
                     [("ray-finch", "Ray Finch", "USA")], roles=[{"actor": "ray-finch", "title": SOS, "country": "USA"}]))
    store.add(report("Secretary of State Ola Brandt flew to Kiev.", "2014-04-01", [("ola-brandt", "Ola Brandt", "USA")],
                     roles=[{"actor": "ola-brandt", "title": SOS, "country": "USA"}]))
    assert names(store.who(SOS, on="2014-05-09")) == ["Ola Brandt"]


def test_a_holder_whose_name_is_no_name_is_left_out(store):
    store.add(report("President Vic Hale spoke.", "2014-01-10", [("x", "Vic Hale, current", "USA")],
                     roles=[{"actor": "x", "title": "President", "country": "USA"}]))
    assert store.who("President", on="2014-01-10")["answer"] is None


# -- the knowledge base weighed with the reports ----------------------------------------------------
PM = "Prime Minister"


def norway(store, day: str, name: str, ident: str, status: str = "current") -> None:
    store.add(report(f"Prime Minister {name} of Norway spoke on {day}.", day, [(ident, name, "NOR")],
                     roles=[{"actor": ident, "title": PM, "country": "NOR", "status": status}]))


def test_a_report_of_years_before_gives_way_to_the_term_that_holds_the_date(store, kb):
    """The store calls Tia Sol prime minister in 2012 and names no one later; the knowledge base has
    Ugo Vik taking office in 2014: on a day of 2016 he is the answer, from the knowledge base alone."""
    norway(store, "2012-03-01", "Tia Sol", "tia-sol")
    kb += [term("Tia Sol", "2009-10-01", "2014-03-01"), term("Ugo Vik", "2014-03-01", None)]
    answer = store.who(PM, on="2016-06-15", country="NOR")
    top = answer["answer"]
    assert top["name"] == "Ugo Vik" and top["support_from"] == "knowledge base" and top["actor"] is None
    assert top["support"] == KB_WEIGHT and top["reports"] == 0 and top["kb"]
    assert names(answer) == ["Ugo Vik"]  # her report says nothing of 2016: he took office between
    assert answer["kb"][0]["name"] == "Ugo Vik" and answer["kb"][0]["actor"] is None
    # the reports alone know only her
    alone = store.who(PM, on="2016-06-15", country="NOR", use_kb=False)
    assert alone["answer"]["name"] == "Tia Sol" and alone["answer"]["support_from"] == "reports"
    assert alone["use_kb"] is False and alone["kb"][0]["name"] == "Ugo Vik"  # shown beside all the same
    # in her term, her report and her term agree
    both = store.who(PM, on="2012-06-01", country="NOR")["answer"]
    assert both["name"] == "Tia Sol" and both["support_from"] == "both" and both["actor"] == "tia-sol"
    assert both["from_kb"] == KB_WEIGHT and both["from_reports"] == pytest.approx(nearness(92), abs=1e-4)


def test_reports_near_the_date_outweigh_one_term(store, kb):
    """The knowledge base weighs as much as one report on the day: two reports near the date of another
    holder outweigh it (a store of later news than the knowledge base's source, or a wrong term)."""
    kb.append(term("Ugo Vik", "2014-03-01", None))
    for day in ("2016-06-10", "2016-06-20"):
        norway(store, day, "Ada Berg", "ada-berg")
    answer = store.who(PM, on="2016-06-15", country="NOR")
    assert names(answer) == ["Ada Berg", "Ugo Vik"]
    assert answer["holders"][1]["support_from"] == "knowledge base"
    assert answer["answer"]["score"] > answer["holders"][1]["score"] == KB_WEIGHT


def test_a_term_that_ended_before_the_date_counts_against_its_holder(store, kb):
    """Tia Sol's report is nearer the date than Ada Berg's, but her term ended before it."""
    kb.append(term("Tia Sol", "2009-10-01", "2014-03-01"))
    norway(store, "2014-06-20", "Tia Sol", "tia-sol")
    norway(store, "2014-08-14", "Ada Berg", "ada-berg")
    answer = store.who(PM, on="2014-06-15", country="NOR")
    assert names(answer) == ["Ada Berg", "Tia Sol"]
    tia = answer["holders"][1]
    assert tia["against"] == KB_WEIGHT and "left office 2014-03-01" in tia["kb_readings"][0]
    assert store.who(PM, on="2014-06-15", country="NOR", use_kb=False)["answer"]["name"] == "Tia Sol"


def test_a_term_that_began_after_the_date_says_nothing_of_before_it(store, kb):
    """A source may list only a person's later term: Tia Sol's term from 2012 is no evidence she did not
    hold the office in 2005, nor is one that ended after its source stopped knowing."""
    kb += [term("Tia Sol", "2012", None, source="years"), term("Ada Berg", "2015-01-01", "2020-01-01")]
    norway(store, "2005-06-20", "Tia Sol", "tia-sol")
    top = store.who(PM, on="2005-06-15", country="NOR")["answer"]
    assert top["name"] == "Tia Sol" and top["against"] == 0 and top["support_from"] == "reports"
    norway(store, "2031-06-20", "Ada Berg", "ada-berg")  # after the source's 2030: she may be back
    assert store.who(PM, on="2031-06-15", country="NOR")["answer"]["against"] == 0


def test_a_term_known_by_its_years_or_left_open_by_phoenix_weighs_less(store, kb):
    kb += [term("Ugo Vik", "2015", None, source="years"), term("Eva Moe", "2011-05-01", None, source="phoenix")]
    unsure = store.who(PM, on="2015-06-15", country="NOR")["answer"]  # in his start year
    assert unsure["name"] == "Ugo Vik" and unsure["from_kb"] == KB_WEIGHT / 2
    assert "in a year of change" in unsure["kb_readings"][0]
    assert store.who(PM, on="2016-06-15", country="NOR")["answer"]["from_kb"] == KB_WEIGHT
    phoenix = store.who(PM, on="2011-05-01", country="NOR")["answer"]  # an open end that knows no end
    assert phoenix["name"] == "Eva Moe" and phoenix["from_kb"] == KB_WEIGHT / 2
    later = store.who(PM, on="2013-05-01", country="NOR")["answer"]  # two years on: less
    assert later["from_kb"] == pytest.approx(KB_WEIGHT / 2 / (1 + (2 / 4) ** 2), abs=1e-3)


def test_a_second_term_is_no_change_of_holder(store, kb):
    kb += [term("Tia Sol", "2009-10-01", "2013-10-01"), term("Tia Sol", "2013-10-01", "2017-10-01")]
    norway(store, "2012-01-10", "Tia Sol", "tia-sol")
    norway(store, "2016-01-10", "Ada Berg", "ada-berg", status="former")
    rows = store.who(PM, on="2016-06-15", country="NOR")["holders"]
    tia = rows[0]
    assert tia["name"] == "Tia Sol" and tia["support_from"] == "both" and tia["reports"] == 1


def test_an_office_of_several_seats_sets_no_report_aside(store, kb):
    """Two people's terms at once: a change of one says nothing of the other."""
    kb += [term("Ugo Vik", "2014-03-01", None, title="Senator"), term("Eva Moe", "2010-01-01", None, title="Senator")]
    assert not one_seat(list(kb)) and one_seat(kb[:1])
    store.add(report("Senator Tia Sol of Norway spoke.", "2012-03-01", [("tia-sol", "Tia Sol", "NOR")],
                     roles=[{"actor": "tia-sol", "title": "Senator", "country": "NOR"}]))
    answer = store.who("Senator", on="2016-06-15", country="NOR")
    tia = next(h for h in answer["holders"] if h["name"] == "Tia Sol")
    assert tia["from_reports"] > 0 and tia["against"] == 0


def test_the_bundled_knowledge_base_names_the_president(store, monkeypatch):
    """The real knowledge base: the US president on a day is named by its terms, matched to the holder
    the reports give."""
    import datetime as dt

    monkeypatch.undo()  # the bundled knowledge base
    held = kb_terms("president", "USA", dt.date(2014, 6, 1))
    assert held and all(sure for _t, sure in held)
    kb_name = held[0][0].names[0]
    store.add(report(f"President {kb_name} signed the bill.", "2014-06-02", [("p", kb_name, "USA")],
                     roles=[{"actor": "p", "title": "President", "country": "USA"}]))
    store.add(report("President Al Noon of the club spoke.", "2014-06-01", [("n", "Al Noon", "USA")],
                     roles=[{"actor": "n", "title": "President", "country": "USA"}]))
    alone = store.who("President", on="2014-06-01", use_kb=False)
    assert alone["answer"]["name"] == "Al Noon"  # the nearer report wins without the knowledge base
    answer = store.who("President", on="2014-06-01")
    assert answer["answer"]["name"] == kb_name and answer["answer"]["support_from"] == "both"
    assert answer["kb"][0]["actor"] == "p" and answer["kb"][0]["terms"][0]["source"]


# -- one answer everywhere --------------------------------------------------------------------------
def test_the_cli_the_api_and_the_store_give_the_same_answer(tmp_path, kb):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    path = tmp_path / "same.db"
    with open_store(path) as s:
        succession(s)
        prime_ministers(s)
        direct = s.who(SOS, on="2012-06-01")
    cli = CliRunner().invoke(app, ["who", SOS, "--on", "2012-06-01", "--db", str(path), "--format", "json"])
    assert cli.exit_code == 0, cli.output
    api = TestClient(create_app(path)).get("/api/who", params={"title": SOS, "on": "2012-06-01"})
    assert api.status_code == 200
    assert json.loads(cli.stdout) == api.json() == json.loads(json.dumps(direct))
    assert direct["answer"]["name"] == "Nora Quill"
    table = CliRunner().invoke(app, ["who", SOS, "--on", "2012-06-01", "--db", str(path)])
    assert table.stdout.startswith("Secretary of State (USA) on 2012-06-01: Nora Quill")
    page = TestClient(create_app(path)).get("/who", params={"title": SOS, "on": "2012-06-01"})
    assert "Secretary of State (USA) on 2012-06-01: Nora Quill" in page.text
    # an answer from the knowledge base alone, and the reports alone, the same everywhere
    kb.append(term("Ugo Vik", "2014-03-01", None))
    with open_store(path) as s:
        direct = s.who(PM, on="2016-06-15", country="NOR")
        alone = s.who(PM, on="2016-06-15", country="NOR", use_kb=False)
    params = {"title": PM, "on": "2016-06-15", "country": "NOR"}
    assert TestClient(create_app(path)).get("/api/who", params=params).json() == json.loads(json.dumps(direct))
    api_alone = TestClient(create_app(path)).get("/api/who", params={**params, "use_kb": "false"}).json()
    assert api_alone == json.loads(json.dumps(alone)) and alone["answer"] is None
    table = CliRunner().invoke(app, ["who", PM, "--on", "2016-06-15", "--country", "NOR", "--db", str(path)])
    assert table.stdout.startswith("Prime Minister (NOR) on 2016-06-15: Ugo Vik, from the knowledge base alone")
    page = TestClient(create_app(path)).get("/who", params=params)
    assert "Prime Minister (NOR) on 2016-06-15: Ugo Vik, from the knowledge base alone" in page.text
    no_kb = CliRunner().invoke(app, ["who", PM, "--on", "2016-06-15", "--country", "NOR", "--no-kb", "--db", str(path)])
    assert no_kb.stdout.startswith("Prime Minister (NOR) on 2016-06-15: no report in the store")
    for bad in ("2021-13-45", "2021-10"):
        r = TestClient(create_app(path)).get("/api/who", params={"title": SOS, "on": bad})
        assert r.status_code == 400 and "is not a date" in r.json()["detail"]
        out = CliRunner().invoke(app, ["who", SOS, "--on", bad, "--db", str(path)])
        assert out.exit_code == 2 and "is not a date" in out.output and len(out.output.strip().splitlines()) == 1
