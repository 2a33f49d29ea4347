"""The actors stage: dictionaries, label correction, clustering, coding and coreference."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.actors import Dictionary, load_dictionary, resolve
from newsgraph.actors._dictionaries import bundled, norm, parse_date_range, parse_petrarch, split_code

SAMPLE_DATE = dt.date(2021, 10, 19)


def make_doc(words, ents, pos=None, sent_starts=None):
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    n = len(words)
    pos = pos or ["PROPN" if w[:1].isupper() else "PUNCT" if not w.isalnum() else "NOUN" for w in words]
    sent_starts = sent_starts or [i == 0 or words[i - 1] == "." for i in range(n)]
    return Doc(nlp.vocab, words=words, ents=ents, pos=pos, sent_starts=sent_starts)


def by_name(table, part):
    return [a for a in table.actors if part.lower() in a.name.lower()]


# -- dictionaries ------------------------------------------------------------------------------------
def test_bundled_dictionaries_are_built_and_loadable():
    b = bundled()
    assert b.countries[norm("U.S.")] == b.countries[norm("the United States")] == b.countries["america"] == "USA"
    assert b.demonyms["american"] == "USA"  # not the Northern Mariana Islands
    assert b.demonyms["afghan"] == "AFG" and b.countries["kabul"] == "AFG"
    assert b.actors.lookup("Taliban").codes[0][0] == "AFGREB"
    assert b.actors.lookup("al-Qaeda") is b.actors.lookup("al Qaeda")
    assert b.actors.lookup("CBS News").codes[0][0] == "USAJRN"
    assert b.agents["secretary of state"] == "GOV" and b.agents["troops"] == "MIL"
    assert len(b.actors) > 10_000


def test_date_ranges_and_codes():
    assert parse_date_range("690101-070423") == ("1969-01-01", "2007-04-23")
    assert parse_date_range(">090120") == ("2009-01-20", None)
    assert parse_date_range("<950601") == (None, "1995-06-01")
    assert split_code("USAGOVBUS") == ("USA", "GOV")
    assert split_code("IGOUNO") == ("UNO", "GOV")  # PLOVER country field: UNO, EUR, IGO, NGO, IMG
    assert split_code("NGOHLHIRC") == ("NGO", "MED") and split_code("WAFREB") == (None, "REB")
    assert split_code("IMGMUSALQ") == ("IMG", "REB")
    assert split_code("AFGREB") == ("AFG", "REB")


PETRARCH = """\
# a comment
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
GONDOR_ [GON]
+MINAS_TIRITH_
<!-- a comment
over lines -->
ARGENTIN  [ARG]
"""


def test_petrarch_format(tmp_path):
    path = tmp_path / "tiny.actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    d = load_dictionary(path)
    gollum = d.lookup("Smeagol")
    assert gollum is d.lookup("Gollum")
    assert gollum.code_on(dt.date(1990, 1, 1)) == "HOB"
    assert gollum.code_on(dt.date(1997, 1, 1)) == "HOBGOV"
    assert gollum.code_on(dt.date(2005, 1, 1)) == "HOBREB"
    assert d.lookup("Minas Tirith").codes[0][0] == "GON"
    assert d.lookup("Argentina").codes[0][0] == "ARG"  # a TABARI stem
    assert parse_petrarch(["X_ [USA]"])[0].name == "X"


def test_yaml_and_csv_dictionaries(tmp_path):
    y = tmp_path / "actors.yaml"
    y.write_text("- name: Jane Roe\n  kind: person\n  country: GBR\n  sector: GOV\n  aliases: [J. Roe]\n"
                 "  start: 2020-01-01\n  end: 2022-12-31\n", encoding="utf-8")
    entry = load_dictionary(y).lookup("J. Roe")
    assert entry.name == "Jane Roe" and entry.kind == "person"
    assert entry.code_on(dt.date(2021, 5, 1)) == "GBRGOV"
    c = tmp_path / "actors.csv"
    c.write_text("name,code,kind,aliases\nNorthern Front,SYRREB,group,NF|The Front\n", encoding="utf-8")
    d = load_dictionary(c)
    assert isinstance(d, Dictionary) and d.lookup("NF").codes[0][0] == "SYRREB"


# -- resolve on hand-built docs ---------------------------------------------------------------------
def test_misspelt_surname_and_mislabelled_name_join_the_person():
    words = ["Ashraf", "Ghani", "met", "Zalmay", "Khalilzad", ".", "Khalizad", "thanked", "Ghani", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-GPE", "O"]
    table = resolve(make_doc(words, ents))
    assert not by_name(table, "Khalizad")
    [khalilzad] = by_name(table, "Khalilzad")
    assert "Khalizad" in khalilzad.aliases and khalilzad.mentions == 2
    [ghani] = by_name(table, "Ghani")
    assert ghani.kind == "person" and ghani.mentions == 2
    assert table.at_token(8) == ghani.id


def test_country_names_and_demonyms_are_one_country_actor():
    words = ["The", "United", "States", "and", "US", "and", "America", "and", "Uzbekistan", "."]
    ents = ["O", "B-GPE", "I-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-NORP", "O"]
    table = resolve(make_doc(words, ents))
    [us] = [a for a in table.actors if a.country == "USA"]
    assert us.id == "united-states" and us.kind == "country" and us.mentions == 3
    [uzb] = by_name(table, "Uzbekistan")
    assert uzb.kind == "country" and uzb.country == "UZB"


def test_user_dictionary_comes_first(tmp_path):
    y = tmp_path / "d.yaml"
    y.write_text("- name: Northern Front\n  code: SYRREB\n  kind: group\n", encoding="utf-8")
    words = ["Northern", "Front", "attacked", "."]
    table = resolve(make_doc(words, ["B-ORG", "I-ORG", "O", "O"]), dictionaries=[y])
    [front] = table.actors
    assert (front.kind, front.country, front.sector, front.code) == ("group", "SYR", "REB", "SYRREB")


# -- the model and the sample -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_table(nlp, sample_text):
    return resolve(nlp(sample_text), published=SAMPLE_DATE), nlp(sample_text)


@pytest.mark.model
@pytest.mark.parametrize("name,kind,country", [
    ("Khalilzad", "person", "USA"), ("Blinken", "person", "USA"), ("Thomas West", "person", "USA"),
    ("Ghani", "person", "AFG"), ("Biden", "person", "USA"), ("Uzbekistan", "country", "UZB"),
    ("United Arab Emirates", "country", "ARE"), ("CBS News", "organization", None),
    ("Taliban", ("group", "organization"), None), ("Qaeda", ("group", "organization"), None),
])
def test_sample_expected_actors(sample_table, name, kind, country):
    table, _doc = sample_table
    found = by_name(table, name)
    assert found, f"no actor named like {name!r}"
    kinds = kind if isinstance(kind, tuple) else (kind,)
    assert any(a.kind in kinds and (country is None or a.country == country) for a in found), found


@pytest.mark.model
def test_sample_forbidden_actors(sample_table):
    table, _doc = sample_table
    assert not by_name(table, "Khalizad")
    # word match: the expectation file's substring rule would also catch "AfGHANIstan" (reported upstream)
    ghani = [a for a in table.actors if "ghani" in a.name.lower().split()]
    assert ghani and all(a.kind == "person" for a in ghani)
    assert len([a for a in table.actors if a.kind == "country" and a.country == "USA"]) == 1
    [us] = [a for a in table.actors if a.kind == "country" and a.country == "USA"]
    # "US" in the envoy's own titles is part of his mention (corpus/GUIDELINES.md, section 1), not the country's
    assert us.name == "United States" and "U.S." in us.aliases and "US" not in us.aliases


@pytest.mark.model
def test_sample_codes_and_coreference(sample_table):
    table, doc = sample_table
    actor = {a.id: a for a in table.actors}
    [k] = by_name(table, "Khalilzad")
    assert k.code == "USAGOV"
    assert by_name(table, "Taliban")[0].code == "AFGREB"
    assert by_name(table, "CBS News")[0].sector == "JRN"
    kinds = {m.kind for m in table.mentions if m.actor == k.id}
    assert {"name", "title", "pronoun"} <= kinds
    # "the secretary announced" is Blinken; "Taliban forces drove" is the Taliban
    sec = next(t for t in doc if t.lower_ == "secretary" and doc[t.i - 1].lower_ == "the")
    assert "Blinken" in actor[table.at_token(sec.i)].name
    forces = next(t for t in doc if t.text == "forces" and doc[t.i - 1].text == "Taliban")
    assert actor[table.at_token(forces.i)].name == "Taliban"
    # "Afghan government" is Afghanistan's government, coded AFGGOV
    gov = next(t for t in doc if t.text == "government" and doc[t.i - 1].text == "Afghan")
    assert actor[table.at_token(gov.i)].code == "AFGGOV"
    # "He told Blinken" is Khalilzad; "Ghani and his top advisers" is Ghani
    he = next(t for t in doc if t.text == "He")
    assert table.at_token(he.i) == k.id
    his = next(t for t in doc if t.text == "his" and doc[t.i - 2].text == "Ghani")
    assert "Ghani" in actor[table.at_token(his.i)].name


@pytest.mark.model
def test_pipeline_sample_result_has_the_actors(sample_result):
    names = {a.name for a in sample_result.actors}
    assert any("Khalilzad" in n for n in names) and not any("Khalizad" in n for n in names)


# -- PLOVER coding conventions (regressions of the PLOVER gold actor-code misses) --------------------
def _code_of(nlp, text, part):
    table = resolve(nlp(text))
    hits = [a for a in table.actors if part.lower() in (a.name + " " + " ".join(a.aliases)).lower()]
    assert hits, [(a.name, a.aliases) for a in table.actors]
    # a name before a generic actor's, which may hold it in its own words ("activists from the Fatah Party")
    hits.sort(key=lambda a: a.name[:1].islower())
    from newsgraph.evaluation.plover import actor_sector, transnational_class

    a = hits[0]
    assert a.country is None or (len(a.country) == 3 and a.country not in ("UNO", "EUR", "IGO", "NGO", "IMG"))
    # the sector as the PLOVER scorer reads it (an IGO sector by its CAMEO code)
    return a.country or transnational_class(a.code), actor_sector({"sector": a.sector, "code": a.code}) or None


@pytest.mark.parametrize("text,part,country,sector", [
    ("Moscow rejected the proposal on Monday.", "Moscow", "RUS", "GOV"),  # capital as subject
    ("Clashes broke out in Baghdad on Sunday.", "Baghdad", "IRQ", "CVL"),  # a place: its people
    ("Texas sued the administration over the rule on Monday.", "Texas", "USA", "GOV"),  # a US state: its government
    ("Nigerians protested against the new law.", "Nigeria", "NGA", "CVL"),  # plural demonym
    ("Ethiopia reopened its borders to UN peacekeepers.", "peacekeepers", "UNO", "MIL"),
    ("Rebels in Darfur attacked a convoy.", "Rebels in Darfur", "SDN", "REB"),
    ("US and British forces entered the town.", "British", "GBR", "MIL"),
    ("Israeli police arrested two men.", "police", "ISR", "COP"),
    ("U.N. Secretary-General Kofi Annan announced the plan.", "Annan", "UNO", "GOV"),
    ("King Hassan of Morocco met the envoy.", "Hassan", "MAR", "GOV"),
    # the text calls it the capital: the seat of government; a regional capital is its people
    ("Gunmen fired rockets at the capital Kabul on Monday.", "Kabul", "AFG", "GOV"),
    ("Militants shelled the regional capital Juba on Monday.", "Juba", "SSD", "CVL"),
    ("Thousands marched in the capital city of Algiers on Friday.", "Algiers", "DZA", "GOV"),
    ("Brazil opened an embassy in Hanoi last year.", "Hanoi", "VNM", "GOV"),  # a diplomatic seat
    ("Strikers shut down Khatmandu on Tuesday.", "Khatmandu", "NPL", "GOV"),  # a spelling of Kathmandu
    # an unknown group takes the sector of the agent noun it modifies; a faith is REL
    ("Indian troops detained hundreds of Tamil civilian refugees.", "Tamil", "IND", "REF"),
    ("Police dispersed Moslem fundamentalist demonstrators in Cairo.", "Moslem", "EGY", "REL"),
    ("Moslem forces in Bosnia shelled the town.", "Moslem", "BIH", "REB"),
    # a demonym before a noun for ordinary people or their homes: the country's civilians
    ("Soldiers demolished Iraqi homes near the border.", "Iraqi homes", "IRQ", "CVL"),
    ("A Palestinian prisoner died in custody.", "Palestinian prisoner", "PSE", "CVL"),
])
def test_plover_actor_conventions(nlp, text, part, country, sector):
    got = _code_of(nlp, text, part)
    assert got[1] == sector and (country is None or got[0] == country), got


def test_us_state_that_acts_is_its_government(nlp):
    """A US state that acts stands for its government, as the annotators code it; a city is its people."""
    table = resolve(nlp("Texas sued the administration over the rule, and protesters marched in Chicago."))
    sectors = {a.name: a.sector for a in table.actors}
    assert sectors.get("Texas") == "GOV", sectors
    assert sectors.get("Chicago", "CVL") == "CVL", sectors


def test_body_named_by_people_words_is_civil_society():
    """A named body whose words tell only the people it gathers is civil society, not the civilians;
    a closer word of its name (a faith) tells more."""
    from newsgraph.actors._coding import org_sector

    agents = {"citizens": "CVL", "communities": "CVL", "catholic": "REL"}
    assert org_sector("Concerned Citizens of Ruritania", agents) == "SOC"
    assert org_sector("Federation of Catholic Communities", agents) == "REL"
    assert org_sector("Freedonia Archive", agents) is None


def test_country_tagged_person_stays_a_country(nlp):
    assert _code_of(nlp, "Benin opened its borders to West Africans.", "Benin")[0] == "BEN"


def test_igo_country_is_iso_or_null_and_code_carries_the_transnational_class(nlp):
    """Output contract: ``country`` is ISO 3166 alpha-3 or null; the UN's class is in its code."""
    table = resolve(nlp("The United Nations and Amnesty International criticised UN peacekeepers."))
    for a in table.actors:
        assert a.country is None or a.country.isalpha() and a.country not in ("UNO", "EUR", "IGO", "NGO", "IMG")
    un = next(a for a in table.actors if a.name.endswith("United Nations"))
    assert un.country is None and un.code.startswith("IGOUNO")
    amnesty = next(a for a in table.actors if "Amnesty" in a.name)
    assert amnesty.country is None and amnesty.code.startswith("NGO")
    blue = next(a for a in table.actors if "peacekeepers" in " ".join(a.aliases + [a.name]).lower()
                or a.sector == "MIL")
    assert blue.country is None and blue.code == "IGOUNOMIL"


# -- unnamed agents ------------------------------------------------------------------------------------
def test_unnamed_agents_that_speak_or_act_are_actors(nlp):
    doc = nlp("A senior Afghan official said the talks had failed. The spokesman added that he was not "
              "worried. Protesters clashed with police in Kabul, according to witnesses.")
    table = resolve(doc)
    by_id = {a.id: a for a in table.actors}
    spokesman = table.at_token(next(t.i for t in doc if t.lower_ == "spokesman"))
    assert spokesman and by_id[spokesman].kind == "person" and by_id[spokesman].sector == "GOV"
    # the sentence names no country: the one before, in the same paragraph, places it (never the rest of
    # the article: a new paragraph leaves it unplaced, tests/test_actors_country_evidence.py)
    assert by_id[spokesman].country == "AFG"
    assert table.at_token(next(t.i for t in doc if t.lower_ == "he")) == spokesman  # a pronoun corefers
    protesters = by_id[table.at_token(next(t.i for t in doc if t.lower_ == "protesters"))]
    assert (protesters.kind, protesters.sector, protesters.id) == ("group", "CVL", "afg-cvl-protesters")
    police = by_id[table.at_token(next(t.i for t in doc if t.lower_ == "police"))]
    assert police.sector == "COP" and police.country == "AFG"
    assert table.at_token(next(t.i for t in doc if t.lower_ == "witnesses")) is not None


def test_unnamed_agent_keeps_the_texts_own_words_regression(nlp):
    """'a spokesman' was named 'United States spokesman' after the context's country; the name says
    only what the text says, and a country only its own sentence gives is its code."""
    doc = nlp("The United States sent troops. A senior administration official said the plan would work.")
    table = resolve(doc)
    official = table.get(table.at_token(next(t.i for t in doc if t.lower_ == "official")))
    assert official.name == "senior administration official" and official.country is None
    doc = nlp("A senior administration official said the United States would send troops.")
    table = resolve(doc)
    official = table.get(table.at_token(next(t.i for t in doc if t.lower_ == "official")))
    assert official.name == "senior administration official" and official.country == "USA"
    doc = nlp("The talks ended. Officials in Kabul said they would resume.")
    table = resolve(doc)
    officials = table.get(table.at_token(next(t.i for t in doc if t.lower_ == "officials")))
    # the phrase states the country, in its own words ("in Kabul"), which the name keeps
    assert officials.name == "officials in Kabul" and officials.country == "AFG"


def test_agent_nouns_that_are_no_argument_make_no_actor(nlp):
    doc = nlp("The meeting of officials ended early.")
    table = resolve(doc)
    assert table.at_token(next(t.i for t in doc if t.lower_ == "officials")) is None


def _agent_at(nlp, text, word):
    doc = nlp(text)
    table = resolve(doc)
    return table.get(table.at_token(next(t.i for t in doc if t.lower_ == word)))


def test_counted_people_are_a_group_of_their_own_and_statistics_are_none(nlp):
    """'12 people' killed and 'four people' arrested are groups (the annotators code counted victims),
    one per count; 'people' alone and a toll of ten thousand or more are no actor."""
    doc = nlp("Gunmen killed 12 people in the market. Police arrested four people. "
              "The war has killed more than 300,000 people, and people fled.")
    table = resolve(doc)
    twelve = _agent_at_doc(table, doc, "people", 0)
    four = _agent_at_doc(table, doc, "people", 1)
    assert twelve is not None and four is not None and twelve.id != four.id
    assert twelve.kind == "group"
    assert _agent_at_doc(table, doc, "people", 2) is None and _agent_at_doc(table, doc, "people", 3) is None


def test_a_counted_group_no_event_uses_is_dropped(nlp):
    import newsgraph

    r = newsgraph.extract("About 2,000 people attended the concert on Sunday.", published="2020-05-01")
    assert not any("people" in a.name for a in r.actors)
    r = newsgraph.extract("Gunmen killed 12 people in the market on Sunday.", published="2020-05-01")
    assault = next(e for e in r.events if e.event == "ASSAULT")
    # named in the text's words, with those after the noun (the annotators' "all 150 people on board")
    assert [a.name for a in r.actors if a.id in assault.recipient] == ["12 people in the market"]


def _agent_at_doc(table, doc, word, nth):
    tok = [t for t in doc if t.lower_ == word][nth]
    return table.get(table.at_token(tok.i)) if table.at_token(tok.i) is not None else None


@pytest.mark.parametrize("text,word", [
    ("Rebels stormed the barracks at dawn and took six soldiers hostage.", "barracks"),
    ("The minister said new settlements would be annexed next year.", "settlements"),
    ("Warplanes pounded the northern town on Monday, residents said.", "warplanes"),
    ("The government agreed to sell fighter jets to the island.", "jets"),
    ("The aircraft crashed in a field shortly after take-off.", "aircraft"),
])
def test_things_the_agent_nouns_name_are_no_actors(nlp, text, word):
    """Places, agreements and craft with no state named are things, not unnamed groups."""
    assert _agent_at(nlp, text, word) is None


def test_settlements_named_with_a_demonym_are_no_group(nlp):
    table = resolve(nlp("The minister vowed to annex Ruritanian settlements and Israeli settlements in the valley."))
    assert not any("settlements" in a.name.lower() for a in table.actors)


@pytest.mark.model
def test_a_people_named_as_a_side_has_no_sector(nlp):
    # "the Ruritanians" as a party to talks: the country and no sector, as the annotators code a side;
    # a number of them ("four Ruritanians") and the bare plural stay civilians
    table = resolve(nlp("The envoy said the Palestinians had rejected the plan."))
    side = [a for a in table.actors if a.country == "PSE" and a.kind == "group"]
    assert [a.sector for a in side] == [None], [(a.name, a.sector) for a in table.actors]
    table = resolve(nlp("Four Palestinians were wounded near the crossing on Monday."))
    assert [a.sector for a in table.actors if a.country == "PSE" and a.kind == "group"] == ["CVL"]
    # a phrase after the plural places a part of the people: no side
    table = resolve(nlp("The envoy said the Palestinians of the southern hills had rejected the plan."))
    assert [a.sector for a in table.actors if a.country == "PSE" and a.kind == "group"] == ["CVL"]


def test_a_side_and_its_bare_plural_are_one_actor():
    from newsgraph.actors._composites import Composites, _one_people

    both = Composites()
    side = both.get(("PSE", "side"), "PSE", "CVL", None)
    side.sector, side.extra = None, [(2, 3, "demonym")]
    both.get(("PSE", "CVL"), "PSE", "CVL", "Palestine").extra = [(9, 10, "demonym")]
    _one_people(both)
    assert list(both.clusters) == [("PSE", "side")] and len(side.extra) == 2 and side.sector is None
    # civilians a noun of theirs names ("Palestinian homes") keep the side's mentions, as civilians
    named = Composites()
    named.get(("PSE", "side"), "PSE", "CVL", None).extra = [(2, 3, "demonym")]
    people = named.get(("PSE", "CVL"), "PSE", "CVL", "Palestine")
    people.extra = [(9, 11, "name")]
    _one_people(named)
    assert list(named.clusters) == [("PSE", "CVL")] and len(people.extra) == 2 and people.sector == "CVL"


def test_craft_of_a_named_state_stand_for_its_forces_and_are_no_person(nlp):
    ships = _agent_at(nlp, "Some Iranian ships approached the tanker, the navy said.", "ships")
    assert ships is None or ships.kind != "person"
    plane = _agent_at(nlp, "An aircraft of the Syrian air force bombed the market on Friday.", "aircraft")
    assert plane is None or plane.kind != "person"


def test_think_tanks_are_civil_society(nlp):
    tanks = _agent_at(nlp, "Think tanks in the capital criticized the plan.", "tanks")
    assert tanks is not None and tanks.sector == "SOC"


def test_possessive_owner_keeps_its_pronoun_regression(nlp):
    doc = nlp("Ashraf Ghani fled. His advisers said he left on Sunday.")
    table = resolve(doc)
    his = next(t for t in doc if t.lower_ == "his")
    assert "Ghani" in table.get(table.at_token(his.i)).name


@pytest.mark.parametrize("text,part,country", [
    ("Iraqi Kurds protested against the government in Baghdad.", "Kurds", "IRQ"),  # a group: the context
    ("Ethnic Albanians in south Serbia demanded autonomy.", "Serbia", "SRB"),  # a minority where it lives
    ("Albanians of southern Serbia demanded autonomy.", "Serbia", "SRB"),
])
def test_groups_without_a_country_take_the_context(nlp, text, part, country):
    assert _code_of(nlp, text, part)[0] == country


def test_title_with_its_own_country_is_not_another_countrys_holder_regression(nlp):
    doc = nlp("Putin offered to negotiate with the president of Armenia.")
    table = resolve(doc)
    pres = next(t for t in doc if t.lower_ == "president")
    putin = next(a for a in table.actors if "Putin" in a.name)
    assert table.at_token(pres.i) != putin.id
    assert table.get(table.at_token(pres.i)).country == "ARM"


def test_untitled_country_is_never_another_persons_title_country_regression(nlp):
    table = resolve(nlp("President Francois Mitterand welcomed South African leader F.W. de Klerk."))
    assert next(a for a in table.actors if "Mitterand" in a.name).country != "ZAF"


def test_igos_the_phoenix_file_lacks(nlp):
    table = resolve(nlp("European Community foreign ministers met OSCE observers."))
    assert any(a.code and a.code.startswith("IGOEUR") and a.country is None for a in table.actors)


@pytest.mark.parametrize("text,part,country,sector", [
    ("Sen. Jon Tester said the plan would fail.", "Tester", "USA", "LEG"),
    ("Rep. Jim Jordan said he disagreed.", "Jordan", "USA", "LEG"),
    ("Gov. Jerry Brown signed the bill on Friday.", "Brown", None, "GOV"),
])
def test_abbreviated_titles_are_titles(nlp, text, part, country, sector):
    got = _code_of(nlp, text, part)
    assert got[1] == sector and (country is None or got[0] == country), got


def test_collective_agent_is_no_she_regression(nlp):
    table = resolve(nlp("Sen. Claire McCaskill scolded him: \u201cThe scientific community is against you,\u201d she said."))
    she = [m.actor for m in table.mentions if m.text == "she"]
    assert she == ["claire-mccaskill"], [(m.text, m.actor) for m in table.mentions]


def test_modified_vague_nouns_and_short_org_names_are_actors(nlp):
    table = resolve(nlp("Several environmental groups said the plan failed. The mining giant Peabody Energy "
                        "was sued. In a statement, Peabody said it would fight."))
    texts = {m.text: m.actor for m in table.mentions}
    assert any(t.endswith("environmental groups") for t in texts), texts
    assert texts.get("Peabody") == texts.get("Peabody Energy") is not None, texts
    table = resolve(nlp("Many people said the plan failed."))
    assert not table.actors


def test_relative_who_is_a_mention_of_the_person_it_modifies(nlp):
    table = resolve(nlp("Mr. Obama, who spoke on Monday, said the plan would work. "
                        "Some economists who argue that taxes should be low disagreed."))
    who = [m.actor for m in table.mentions if m.text == "who"]
    assert len(who) == 2 and who[0] == "barack-h-obama" and "economists" in who[1], who


def test_insiders_are_speakers_for_they(nlp):
    table = resolve(nlp("Trump demeaned women, according to show insiders. They said he rated contestants."))
    they = [m.actor for m in table.mentions if m.text == "They"]
    assert they and "insiders" in they[0], [(m.text, m.actor) for m in table.mentions]


def test_undated_reading_takes_the_office_still_held():
    from newsgraph.actors import Entry

    e = Entry(name="X", codes=[("JORELI", "1980-01-01", "2000-01-01"), ("JORGOV", "1999-02-07", None),
                               ("JORELI", None, None)], kind="person")
    assert e.code_on(None) == "JORGOV"
    assert Entry(name="Y", codes=[("GRCGOV", "1981-10-21", "1989-07-02"), ("GRCELI", None, None)]).code_on(None) == "GRCELI"


@pytest.mark.parametrize("text,part,sector", [
    ("The minister allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally.", "Fazl", "OPP"),
    ("Activists from the defeated Fatah Party staged rallies in Gaza.", "Fatah", "OPP"),
    ("The opposition Labour Party called a strike.", "Labour", "OPP"),
    ("The ruling Labour Party called a strike.", "Labour", "PTY"),
])
def test_opposition_leaders_and_parties(nlp, text, part, sector):
    assert _code_of(nlp, text, part)[1] == sector


@pytest.mark.model
def test_country_of_the_principal_a_person_serves(nlp):
    table = resolve(nlp('"It is over," said Marta Quell, a spokeswoman for Senator Mitch McConnell.'),
                    published=dt.date(2019, 5, 1))
    assert by_name(table, "Quell")[0].country == "USA"
    # a country the phrase is about is no principal
    table = resolve(nlp('"It is over," said Marta Quell, an expert on North Korea.'), published=dt.date(2019, 5, 1))
    assert by_name(table, "Quell")[0].country is None


@pytest.mark.model
def test_no_country_from_the_rest_of_the_document(nlp):
    # a person whose title gives no sector of public life is not placed by another paragraph (their own
    # paragraph's one country places them: tests/test_actors_mention_sentences.py)
    table = resolve(nlp("Iran rejected the offer.\nTom Brill said the talks were over."),
                    published=dt.date(2019, 5, 1))
    assert by_name(table, "Brill")[0].country is None


# -- actors at the annotators' granularity: people of a country, what a person's name owns ----------------
def _actor_at(table, doc, word, nth=0):
    i = [t.i for t in doc if t.text == word][nth]
    return table.get(table.at_token(i))


def test_officials_of_a_country_are_not_its_government(nlp):
    """'Syrian officials' are a group of their own (the annotators' convention), not the Syrian
    government, nor Syria; a body ('the Syrian government') and the armed forces stay one composite."""
    doc = nlp("Syrian officials accused Jordan of closing the border. The Syrian government denied it. "
              "A Syrian official said talks would resume. Syrian troops and the Syrian army moved north.")
    table = resolve(doc)
    officials = _actor_at(table, doc, "officials")
    government = _actor_at(table, doc, "government")
    official = _actor_at(table, doc, "official")
    assert (officials.name, officials.kind, officials.country, officials.sector) == (
        "Syrian officials", "group", "SYR", "GOV")
    assert government.id != officials.id and government.kind == "organization"
    assert (official.kind, official.country, official.sector) == ("person", "SYR", "GOV")
    assert official.id not in (officials.id, government.id)
    assert _actor_at(table, doc, "troops").id == _actor_at(table, doc, "army").id


def test_a_ministry_named_by_its_country_is_a_body_of_its_own(nlp):
    """"Norway's foreign ministry" is not the Norwegian government: the annotators keep ministries apart."""
    doc = nlp("Norway's foreign ministry condemned the attack. The Norwegian government imposed sanctions, "
              "and the Swedish foreign ministry summoned the envoy.")
    table = resolve(doc)
    ministry = _actor_at(table, doc, "ministry")
    government = _actor_at(table, doc, "government")
    swedish = _actor_at(table, doc, "ministry", 1)
    assert (ministry.kind, ministry.country) == ("organization", "NOR")
    assert ministry.name == "Norway Foreign Ministry"
    assert government.id != ministry.id and swedish.country == "SWE" and swedish.id != ministry.id
    assert swedish.name == "Swedish Foreign Ministry"


def test_allies_of_a_state_are_a_group_of_no_one_country(nlp):
    doc = nlp("U.S. allies criticized the decision, and NATO allies rejected it.")
    table = resolve(doc)
    allies = _actor_at(table, doc, "allies")
    assert (allies.name, allies.kind, allies.country, allies.sector) == ("U.S. allies", "group", None, "GOV")
    assert _actor_at(table, doc, "allies", 1).id != allies.id
    assert not by_name(table, "United States")


def test_what_a_persons_name_owns_is_its_own_actor(nlp):
    """'the Halvorsen administration', 'Halvorsen's campaign', 'Halvorsen aides' are not the person
    Halvorsen; their country is the owner's, their kind and sector the noun's."""
    doc = nlp("President Ingrid Halvorsen of Norway met the envoy on Monday. The Halvorsen administration "
              "imposed sanctions on the company. Halvorsen aides said the talks failed. Halvorsen's campaign "
              "accused the rival of lying. Senior Halvorsen administration officials denied it.")
    table = resolve(doc, published=dt.date(2020, 5, 1))
    person = _actor_at(table, doc, "Ingrid")
    admin = _actor_at(table, doc, "administration")
    aides = _actor_at(table, doc, "aides")
    campaign = _actor_at(table, doc, "campaign")
    officials = _actor_at(table, doc, "officials")
    assert person.kind == "person" and person.country == "NOR"
    assert (admin.name, admin.kind, admin.country, admin.sector) == (
        "Halvorsen administration", "organization", "NOR", "GOV")
    assert (aides.name, aides.kind, aides.country) == ("Halvorsen aides", "group", "NOR")
    assert (campaign.kind, campaign.country, campaign.sector) == ("organization", "NOR", "PTY")
    assert (officials.kind, officials.country, officials.sector) == ("group", "NOR", "GOV")
    assert len({person.id, admin.id, aides.id, campaign.id, officials.id}) == 5
    # the owner's name inside the phrase is no mention of the owner
    assert table.at_token(next(t.i for t in doc if t.text == "Halvorsen" and t.nbor(1).text == "administration"
                               )) == admin.id


def test_a_persons_regime_or_government_is_the_states_government(nlp):
    """'the Halvorsen regime', 'the Halvorsen government': the government the person heads, an actor
    apart from the person (the corpus codes "the Assad regime" as the Syrian government)."""
    doc = nlp("President Ingrid Halvorsen of Norway spoke on Monday. Critics accused the Halvorsen regime "
              "of torture, and the Halvorsen government denied it.")
    table = resolve(doc, published=dt.date(2020, 5, 1))
    person = _actor_at(table, doc, "Ingrid")
    regime = _actor_at(table, doc, "regime")
    government = _actor_at(table, doc, "government")
    assert (regime.kind, regime.country, regime.sector) == ("organization", "NOR", "GOV")
    assert (government.kind, government.country, government.sector) == ("organization", "NOR", "GOV")
    assert person.id not in (regime.id, government.id)


def test_bare_administration_is_the_documents_administration(nlp):
    doc = nlp("The Halvorsen administration imposed sanctions on Monday. Critics said the administration "
              "had acted too late, and his administration defended the move.")
    table = resolve(doc, published=dt.date(2020, 5, 1))
    ids = {table.at_token(t.i) for t in doc if t.text == "administration"}
    assert len(ids) == 1 and None not in ids


def test_bare_administration_is_the_sitting_presidents(nlp):
    doc = nlp("President Ingrid Halvorsen of Norway spoke on Monday. The administration said it would "
              "lift the sanctions. A senior administration official said the decision was final.")
    table = resolve(doc, published=dt.date(2020, 5, 1))
    admin = _actor_at(table, doc, "administration")
    official = _actor_at(table, doc, "official")
    assert (admin.name, admin.kind, admin.country, admin.sector) == (
        "Halvorsen administration", "organization", "NOR", "GOV")
    assert (official.kind, official.country, official.sector) == ("person", "NOR", "GOV")
    # with no president named, no country is guessed for it
    doc = nlp("The administration said it would lift the sanctions.")
    admin = _actor_at(resolve(doc), doc, "administration")
    assert admin.kind == "organization" and admin.country is None


@pytest.mark.model
def test_events_of_an_administration_have_the_administration_as_actor(nlp):
    import newsgraph

    r = newsgraph.extract("The Halvorsen administration imposed sanctions on Iran on Monday. "
                          "President Ingrid Halvorsen of Norway met the envoy.", published="2020-05-01")
    sanction = next(e for e in r.events if e.event == "SANCTION")
    actor = next(a for a in r.actors if a.id == sanction.actor[0])
    assert actor.name == "Halvorsen administration", [(a.id, a.name) for a in r.actors]


def test_a_sector_word_before_a_thing_makes_no_composite(nlp):
    """'military aid', 'the refugee crisis', 'government bonds': the sector word before a noun of an act, a
    thing or a place names what an actor does or owns; the name before it stays the country's, and
    no 'military' or 'refugees' actor is made of the phrase. A noun of people still takes the sector
    from its modifier ('rebel commanders')."""
    doc = nlp("Norwegian military aid to Chile ended last year. The Peruvian refugee crisis deepened, "
              "and Russian government bonds fell. Syrian rebel commanders met on Monday.")
    table = resolve(doc)
    aid = _actor_at(table, doc, "aid")
    crisis = _actor_at(table, doc, "crisis")
    bonds = _actor_at(table, doc, "bonds")
    assert aid is None and crisis is None and bonds is None
    commanders = _actor_at(table, doc, "commanders")
    assert commanders is not None and commanders.sector == "REB"


@pytest.mark.model
def test_a_civil_craft_is_no_composite(nlp):
    """'an Iranian tanker', 'a Ukrainian airliner': a civil craft is a thing, not its owners nor its
    passengers; the demonym stays a mention of the country. Warplanes still stand for the armed forces."""
    doc = nlp("Guards seized a Chilean tanker in the strait. A Norwegian airliner landed safely. "
              "Peruvian warplanes bombed the camp on Monday.")
    table = resolve(doc)
    tanker = _actor_at(table, doc, "Chilean")
    assert tanker is not None and tanker.kind == "country" and tanker.country == "CHL"
    assert _actor_at(table, doc, "tanker") is None
    airliner = _actor_at(table, doc, "Norwegian")
    assert airliner is not None and airliner.kind == "country" and airliner.country == "NOR"
    assert _actor_at(table, doc, "airliner") is None
    warplanes = _actor_at(table, doc, "warplanes")
    assert warplanes is not None and warplanes.sector == "MIL" and warplanes.country == "PER"


def test_a_different_middle_initial_is_another_person():
    # a son named after his father: the same first and last names, another middle initial
    words = ["George", "H.", "W.", "Bush", "praised", "George", "W.", "Bush", ".", "George", "Bush", "smiled", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O",
            "B-PERSON", "I-PERSON", "O", "O"]
    table = resolve(make_doc(words, ents))
    people = [a for a in table.actors if a.kind == "person"]
    assert len(people) == 2
    assert {table.at_token(0), table.at_token(5)} == {a.id for a in people}
    # the initials written together, or a middle name for its initial, are the same person
    words = ["John", "Q.", "Roe", "met", "John", "Quincy", "Roe", "and", "Ann", "B.C.", "Doe", "met", "Ann", "B.",
             "C.", "Doe", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON",
            "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]
    table = resolve(make_doc(words, ents))
    assert len([a for a in table.actors if a.kind == "person"]) == 2
