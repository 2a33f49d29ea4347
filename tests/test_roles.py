"""Roles: titles before names, appositions, predicates, ends and successions; the sample's roles."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.roles import extract_roles
from newsgraph.roles._titles import country_code, normalise_title

from factories import timex


def test_normalise_title():
    assert normalise_title("the deputy special representative for Afghanistan") == \
        "Deputy Special Representative for Afghanistan"


@pytest.mark.parametrize("name,code", [("US", "USA"), ("Afghan", "AFG"), ("France", "FRA"), ("Iraqi", "IRQ")])
def test_country_code(name, code):
    assert country_code(name) == code


def _roles(nlp, text, *, timexes=(), published=dt.date(2022, 3, 2)):
    from newsgraph.actors import resolve

    doc = nlp(text)
    table = resolve(doc)
    roles = extract_roles(doc, actors=table, timexes=list(timexes), events=[], published=published)

    def holder(role):
        a = table.get(role.actor)
        return (a.name if a else role.actor).lower()

    return [(holder(r), r) for r in roles]


def _dated_roles(nlp, text, published):
    """The roles of ``text`` with the timexes the time stage finds in it, as of ``published``."""
    from newsgraph.time import tag

    return _roles(nlp, text, timexes=tag(text, published=published, doc=nlp(text)), published=published)


def _find(roles, who, title):
    return [r for name, r in roles if who in name and title.lower() in r.title.lower()]


@pytest.mark.model
def test_title_before_name(nlp):
    roles = _roles(nlp, "French President Emmanuel Macron met Secretary of State Antony Blinken in Paris.")
    [macron] = _find(roles, "macron", "President")
    assert macron.country == "FRA" and macron.status == "current"
    assert _find(roles, "blinken", "Secretary of State")


def test_abbreviated_titles_read_as_the_title():
    from newsgraph.roles._titles import expand_abbreviation, is_title_head, is_title_word

    assert normalise_title("Lt. Gen.") == "Lieutenant General" and normalise_title("Sen.") == "Senator"
    assert expand_abbreviation("Rep.") == "representative" and expand_abbreviation("rep.") is None
    assert expand_abbreviation("Sen") is None  # without its full stop it is not the abbreviation
    assert is_title_head("Gov.") and is_title_head("Maj.") and not is_title_head("major")
    assert is_title_word("Lt.") and not is_title_word("Mr.")


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, status", [
    ("Sen. Lindsey Graham (R-S.C.) said he would vote no.", "graham", "Senator", "current"),
    ("Rep. Steve Israel, a New York Democrat, said no.", "israel", "Representative", "current"),
    ("Col. Andriy Lysenko said the troops had left.", "lysenko", "Colonel", "current"),
    ("Retired Lt. Gen. Mark Hertling said it.", "hertling", "Lieutenant General", "former"),
    ("The judge reviewed the case of now deceased Sen. Carl Brennan of Idaho.", "brennan", "Senator", "former"),
    ("A plaque honours slain Amb. Ruth Calder in the hall.", "calder", "Ambassador", "former"),
])
def test_abbreviated_title_before_name(nlp, text, who, title, status):
    roles = _roles(nlp, text)
    found = _find(roles, who, title)
    assert found and found[0].status == status, roles


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    # a minister's portfolio stays in the title
    ("Italian Energy Minister Paolo Verdi said the plant would reopen.", "verdi", "Energy Minister"),
    ("U.S. Labor Secretary Thomas Reed said Wednesday the agency was ready.", "reed", "Labor Secretary"),
    ("Spanish Health Minister Ana Ruiz arrived in Madrid.", "ruiz", "Health Minister"),
    # an owner's clitic is not part of the title (after the head it is: "Head of Russia's ...")
    ("On Sunday the North's leader Kim Jong Un inspected a new dam.", "kim", "Leader"),
    ("Delta's president Ed Bastian said the airline would resume flights.", "bastian", "President"),
    ("Sergei Ivanov, head of Russia's investigative committee, said so.", "ivanov", "Head of Russia's Investigative Committee"),
])
def test_the_title_is_the_office_in_its_own_words(nlp, text, who, title):
    roles = _roles(nlp, text)
    assert [r.title for r in _find(roles, who, "")] == [title], roles


@pytest.mark.model
def test_apposition(nlp):
    roles = _roles(nlp, "The talks were led by Wendy Sherman, the deputy secretary of state, on Monday.")
    assert _find(roles, "sherman", "Deputy Secretary of State")


@pytest.mark.model
def test_served_as_gives_former_roles(nlp):
    roles = _roles(nlp, "Ryan Crocker has served as US Ambassador to Syria, Ambassador to Lebanon and Kuwait.")
    for place in ("Syria", "Lebanon", "Kuwait"):
        found = _find(roles, "crocker", place)
        assert found and all(r.status == "former" for r in found), place


@pytest.mark.model
def test_resignation_ends_the_role_on_its_effective_date(nlp):
    text = ("British Foreign Secretary Mark Dunne tendered his resignation on Monday. "
            "His departure from the post of Foreign Secretary comes into effect on Friday.")
    friday = text.index("Friday")
    monday = text.index("Monday")
    timexes = [timex("Monday", "2022-02-28", start=monday), timex("Friday", "2022-03-04", start=friday)]
    roles = _roles(nlp, text, timexes=timexes)
    found = _find(roles, "dunne", "Foreign Secretary")
    assert found and found[0].end == "2022-03-04"


@pytest.mark.model
def test_successor_takes_the_role(nlp):
    text = ("Envoy Mark Dunne resigned on Monday. The deputy envoy, Lisa Brown, would now fulfill "
            "the role of Dunne.")
    roles = _roles(nlp, text)
    brown = [r for name, r in roles if "brown" in name and r.status in ("acting", "incoming")]
    assert brown and "envoy" in brown[0].title.lower()


# -- the sample ---------------------------------------------------------------------------------
def _match(result, who, title, **fields):
    def names(actor_id):
        a = result.actor(actor_id)
        return [a.name.lower(), *(x.lower() for x in a.aliases), a.id] if a else [str(actor_id)]

    out = []
    for r in result.roles:
        if any(who in n for n in names(r.actor)) and title.lower() in r.title.lower():
            if all(r.to_dict()[k] in (v if isinstance(v, (list, tuple)) else [v]) for k, v in fields.items()):
                out.append(r)
    return out


@pytest.mark.model
@pytest.mark.parametrize("who,title,fields", [
    ("thomas west", "special representative", {"status": ["acting", "incoming", "current"]}),
    ("blinken", "secretary of state", {}),
    ("ghani", "president", {}),
    ("khalilzad", "united nations", {"status": "former"}),
    ("khalilzad", "iraq", {"status": "former"}),
])
def test_sample_roles(sample_result, who, title, fields):
    assert _match(sample_result, who, title, **fields), [(r.actor, r.title, r.status) for r in sample_result.roles]


@pytest.mark.model
def test_sample_khalilzad_role_ends_with_the_resignation(sample_result):
    if not sample_result.timexes:
        pytest.skip("the time stage tagged no timexes: end dates come from them")
    assert _match(sample_result, "khalilzad", "special representative", end=["2021-10-18", "2021-10-19"])


# -- the text's own wording: jobs, committee posts, status words, expected holders, term dates ------


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Nora Kell, a policy analyst at the Lindell Institute, said the plan would fail.", "kell", "Analyst"),
    ("Rep. Tom Varga, the ranking member on the House Foreign Affairs Committee, said no.", "varga",
     "Ranking Member"),
    ("Sen. Ada Price, the top Democrat on the Senate Armed Services Committee, disagreed.", "price",
     "Top Democrat"),
    ("The dinner was hosted by first lady Mira Olsen.", "olsen", "First Lady"),
    ("White House counsel Dale Fenn declined to comment.", "fenn", "Counsel"),
])
def test_job_and_committee_titles(nlp, text, who, title):
    assert _find(_roles(nlp, text), who, title), _roles(nlp, text)


@pytest.mark.model
def test_party_word_alone_is_no_office(nlp):
    roles = _roles(nlp, "Tom Varga, a Democrat from Ohio, voted against the bill.")
    assert not _find(roles, "varga", "Democrat")


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, status", [
    ("The deal was signed by then-Secretary of State John Harlow in Oslo.", "harlow", "Secretary of State", "former"),
    ("The letter was also signed by ex-President Maria Lund.", "lund", "President", "former"),
    ("President-elect Tom Varga met the outgoing cabinet on Monday.", "varga", "President", "incoming"),
])
def test_status_read_across_a_hyphen(nlp, text, who, title, status):
    found = _find(_roles(nlp, text), who, title)
    assert found and found[0].status == status, _roles(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Reporters met the likely prime minister, Anna Berg, on Monday.", "berg"),
    ("Supporters of presidential candidate Karl Dent gathered outside.", "dent"),
    ("Anna Berg is expected to become prime minister next month.", "berg"),
    ("Tom Varga could become speaker if the vote holds.", "varga"),
])
def test_expected_holders_and_candidates_get_no_role(nlp, text, who):
    roles = _roles(nlp, text)
    assert not [r for name, r in roles if who in name], roles


@pytest.mark.model
def test_will_become_is_incoming(nlp):
    [role] = _find(_roles(nlp, "Lisa Moor will become mayor in January."), "moor", "Mayor")
    assert role.status == "incoming"


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, start, end, status", [
    ("Anna Berg has been prime minister since October 2018.", "berg", "Prime Minister", "2018-10", None, "current"),
    ("Lisa Moor served as secretary of state from 2009 to 2013.", "moor", "Secretary of State", "2009", "2013",
     "former"),
    ("Tom Varga, who became mayor in 2015, spoke first.", "varga", "Mayor", "2015", None, "current"),
    ("Karl Dent took over as president in January 2009.", "dent", "President", "2009-01", None, "current"),
    ("Paul Rand, the top U.S. diplomat for Asia until last year, said no.", "rand", "Diplomat", None, "2018",
     "former"),
    # taking office and year ranges
    ("Karl Dent, secretary of state from 1973-77, opened the talks.", "dent", "Secretary of State", "1973", "1977",
     "former"),
    ("The protests challenge President Li Wen, who took power in 2012.", "li wen", "President", "2012", None,
     "current"),
    ("It is the biggest challenge to President Li Wen since he took power in 2012.", "li wen", "President", "2012",
     None, "current"),
    ("Karl Dent took office as governor in January 2009.", "dent", "Governor", "2009-01", None, "current"),
    ("Lisa Moor was deputy minister from 2016 to 2019 before she joined the bank.", "moor", "Deputy Minister", "2016",
     "2019", "former"),
])
def test_term_dates_from_the_sentence(nlp, text, who, title, start, end, status):
    published = dt.date(2019, 5, 2)
    roles = _dated_roles(nlp, text, published)
    found = _find(roles, who, title)
    assert found, roles
    assert (found[0].start, found[0].end, found[0].status) == (start, end, status)


def test_one_role_per_person_and_office():
    from newsgraph.records import Role
    from newsgraph.roles._extract import _merge_same_office

    def role(title, actor="a", span=(0, 10)):
        return Role(actor=actor, title=title, span=span, text="")

    merged = _merge_same_office([role("Professor", span=(50, 60)),
                                 role("Political Science Professor at Lindell College", span=(0, 10)),
                                 role("President"), role("Vice President"), role("Professor", actor="b")])
    titles = sorted((r.actor, r.title) for r in merged)
    assert titles == [("a", "Political Science Professor at Lindell College"), ("a", "President"),
                      ("a", "Vice President"), ("b", "Professor")]


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Officials said Sam Kessler, the nominee for attorney general, would testify.", "kessler", "Attorney General"),
    ("Sam Kessler, President Brandt's nominee for attorney general, will testify on Friday.", "kessler",
     "Attorney General"),
    ("Attorney general nominee Sam Kessler will testify on Friday.", "kessler", "Attorney General"),
    ("Brandt's pick for defense secretary, Sam Kessler, will testify on Friday.", "kessler", "Defense Secretary"),
])
def test_nominee_for_an_office_holds_it_as_nominee(nlp, text, who, title):
    roles = [(name, r) for name, r in _roles(nlp, text) if who in name]
    assert roles and all(r.title == title and r.status == "nominee" for _, r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize("text, who, titles", [
    ("Dana Marsh, the mayor of Phoenix and the chair of the water council, spoke later.", "marsh",
     {("Mayor of Phoenix", "current"), ("Chair of the Water Council", "current")}),
    ("Lisa Moor, a former state prosecutor and a law professor at Lindell University, said no.", "moor",
     {("State Prosecutor", "former"), ("Law Professor at Lindell University", "current")}),
])
def test_a_second_office_joined_to_an_apposition(nlp, text, who, titles):
    found = {(r.title, r.status) for name, r in _roles(nlp, text) if who in name}
    assert titles <= found, found


@pytest.mark.model
def test_one_article_for_two_titles_is_one_office_and_the_phrase_after_the_second_is_its_own(nlp):
    found = {r.title for name, r in _roles(nlp, "Sam Kessler, a former senator and ambassador to Turkey, agreed.")
             if "kessler" in name}
    assert "Senator" in found and "Senator to Turkey" not in found, found
    found = {r.title for name, r in _roles(nlp, "Dana Reyes, president and CEO of Lindell Foods, said no.")
             if "reyes" in name}
    assert len(found) == 1, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Calls for Prime Minister Sam Kessler to resign grew on Tuesday.",
    "Prime Minister Sam Kessler should now resign, the opposition said on Tuesday.",
    "Prime Minister Sam Kessler refused to step down on Tuesday.",
])
def test_an_end_only_asked_for_ends_no_term(nlp, text):
    published = dt.date(2019, 5, 2)
    [role] = _find(_dated_roles(nlp, text, published), "kessler", "Prime Minister")
    assert role.end is None and role.status == "current"


@pytest.mark.model
def test_an_end_that_happened_is_kept(nlp):
    published = dt.date(2019, 5, 2)
    text = "Prime Minister Sam Kessler resigned on Tuesday."
    [role] = _find(_dated_roles(nlp, text, published), "kessler", "Prime Minister")
    assert role.end == "2019-04-30" and role.status == "former"


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, end, status", [
    ("Earlier this month, President Dana Marsh fired Attorney General Tom Kessler.", "kessler", "Attorney General",
     "2018-11", "former"),
    ("The resignation of CIA Director Paul Varga on Friday surprised lawmakers.", "varga", "CIA Director",
     "2018-11-16", "former"),
    ("Governor Ann Moor said on Monday she had resigned as secretary of state.", "moor", "Secretary of State",
     "2018-11-19", "former"),
])
def test_an_end_that_happened_closes_the_office_it_names(nlp, text, who, title, end, status):
    published = dt.date(2018, 11, 21)
    roles = _dated_roles(nlp, text, published)
    [role] = _find(roles, who, title)
    assert (role.end, role.status) == (end, status)
    # the office the end names ends, not another one the same person holds
    assert all(r.end is None and r.status == "current" for r in _find(roles, who, "Governor"))


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Lawyers for ousted President Omar Haddad appealed the ruling on Monday.", "haddad", "President"),
    ("The fired FBI director Paul Varga testified on Monday.", "varga", "FBI Director"),
])
def test_an_office_someone_was_put_out_of_is_former(nlp, text, who, title):
    roles = [(name, r) for name, r in _roles(nlp, text) if who in name]
    assert [(r.title, r.status) for _, r in roles] == [(title, "former")], roles


@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Kimberly Shaw was a very good teacher, Dana Koll said.", "shaw"),
    ("Kimberly Shaw was a terrible negotiator, her rivals said.", "shaw"),
])
def test_a_judgement_of_how_someone_does_a_job_is_no_office(nlp, text, who):
    assert not [r for r in _roles(nlp, text) if who in r.actor], _roles(nlp, text)


@pytest.mark.model
def test_a_graded_adjective_leaves_a_real_office_alone(nlp):
    roles = _roles(nlp, "Kimberly Shaw, the new ambassador to Great Britain, arrived on Monday.")
    assert _find(roles, "shaw", "Ambassador")


@pytest.mark.model
def test_a_pronoun_inside_a_speakers_quotation_ends_no_term_of_the_speaker(nlp):
    text = ("Nora Pell, an attorney for the group, spoke to reporters.\n\n\"I heard from an official of the "
            "agency. He just retired in April,\" Pell said.")
    roles = [r for who, r in _dated_roles(nlp, text, dt.date(2014, 8, 27)) if "pell" in who]
    assert roles and all(r.end is None and r.status == "current" for r in roles), roles


@pytest.mark.model
def test_a_pronoun_outside_quotations_still_ends_a_term(nlp):
    text = "Defense Secretary Paul Rand met the envoy. He resigned on Tuesday, officials said."
    roles = [r for who, r in _dated_roles(nlp, text, dt.date(2014, 8, 27)) if "rand" in who]
    assert roles and roles[0].status == "former", roles


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Agency press secretary Dana Roe said the talks went on.", "roe", "Press Secretary"),
    ("The ministry's communications director, Omar Saleh, denied it.", "saleh", "Communications Director"),
])
def test_press_and_communications_stay_in_the_title(nlp, text, who, title):
    roles = _roles(nlp, text)
    assert _find(roles, who, title), roles


@pytest.mark.model
def test_a_partys_nominee_is_a_candidate_with_no_role(nlp):
    roles = _roles(nlp, "Dana Marsh, the Republican nominee for president in 2012, won only a third of the vote. "
                        "Sam Kessler, President Brandt's nominee for attorney general, met senators on Monday.")
    assert not _find(roles, "marsh", "president")
    [kessler] = _find(roles, "kessler", "attorney general")
    assert kessler.status == "nominee"


@pytest.mark.model
def test_an_office_on_a_condition_is_no_role(nlp):
    roles = _roles(nlp, "If elected, Dana Marsh would become the first female governor of the state. "
                        "Sam Kessler will become governor of the state in January.")
    assert not _find(roles, "marsh", "governor")
    assert _find(roles, "kessler", "governor")


@pytest.mark.model
def test_a_named_office_is_the_named_persons_not_the_namers(nlp):
    # the parser hangs the name on the first office ("Haspel" an nmod of "deputy", no object)
    roles = _roles(nlp, "In one message, Governor Ortiz named Gina Haspel, Brandt’s deputy at the tax office, "
                        "the new director of the office.")
    assert _find(roles, "haspel", "director of the office")
    assert not _find(roles, "ortiz", "director") and not _find(roles, "ortiz", "deputy")


@pytest.mark.model
def test_the_agent_of_another_verb_holds_no_office(nlp):
    roles = _roles(nlp, "“I am thankful to Governor Ortiz, and humbled by his faith in me, to be nominated to be "
                        "the next director of the tax office,” Lena Varga said.")
    assert not _find(roles, "ortiz", "director")


@pytest.mark.model
def test_nominating_gives_a_nominee(nlp):
    roles = _roles(nlp, "The governor said on Friday he is nominating Lena Varga as the next head of the port authority.")
    [varga] = _find(roles, "varga", "head of the port authority")
    assert varga.status == "nominee"


@pytest.mark.model
def test_a_title_stops_at_a_relative_clause_and_a_line_break(nlp):
    roles = _roles(nlp, "Ruth Adler, director of the Lake Institute, which studies water policy in the region, "
                        "said the rules would fail.")
    assert [r.title for r in [r for _, r in roles] if "Institute" in r.title] == ["Director of the Lake Institute"]
    roles = _roles(nlp, "Update at 9:10 a.m.: Talks Resumed Overnight\n\nForeign Minister Lena Varga says the talks "
                        "resumed.")
    assert [r.title for _, r in roles] == ["Foreign Minister"]


# -- session 19 (roles13): plural offices, long titles, verbs of leading, second offices, status -------------

def test_singular_head():
    from newsgraph.roles._titles import singular_head

    assert singular_head("senators") == "senator"
    assert singular_head("Secretaries") == "Secretary"
    assert singular_head("congresswomen") == "congresswoman"
    assert singular_head("Justices") == "Justice"
    assert singular_head("senator") is None and singular_head("news") is None
    # a capitalised plural (a headline's "Nominees", a transcript's capitals) gives a capitalised
    # singular: callers that ask which office compare the lower case
    assert singular_head("Nominees") == "Nominee" and singular_head("NOMINEES") == "Nominee"


@pytest.mark.model
def test_capitalised_party_nominees_before_names_hold_no_role(nlp):
    roles = _roles(nlp, "The Republican Nominees Tom Hollis and Mark Bright met donors in Ohio on Tuesday.")
    assert not _find(roles, "hollis", "Nominee") and not _find(roles, "bright", "Nominee")


@pytest.mark.model
def test_plural_office_before_a_list_of_names(nlp):
    roles = _roles(nlp, "The bill was drafted by former defense secretaries Tom Hollis and Mark Bright last week.")
    [hollis] = _find(roles, "hollis", "Secretary")
    [bright] = _find(roles, "bright", "Secretary")
    assert hollis.title == "Defense Secretary" and hollis.status == "former" and bright.status == "former"


@pytest.mark.model
def test_plural_noun_before_a_clause_subject_is_no_office(nlp):
    roles = _roles(nlp, "Despite the efforts of negotiators, Tom Hollis said the talks had failed.")
    assert not _find(roles, "hollis", "Negotiator")


@pytest.mark.model
def test_long_title_stops_before_its_places(nlp):
    roles = _roles(nlp, "Dana Pike, a senior analyst at the Lakeside Institute for Regional Studies at the "
                        "University of Northland in Harbor City, said the plan was weak.")
    [pike] = _find(roles, "pike", "Analyst")
    assert pike.title.startswith("Senior Analyst") and len(pike.title.split()) <= 14


@pytest.mark.model
def test_verb_of_leading_a_body_gives_its_office(nlp):
    roles = _roles(nlp, "Dana Pike, who heads the Northland Farmers Council, said the plan was weak. "
                        "Tom Hollis chaired the budget committee for a decade.")
    [pike] = _find(roles, "pike", "Head of")
    assert pike.status == "current"
    [hollis] = _find(roles, "hollis", "Chair of")
    assert hollis.status == "former"


@pytest.mark.model
def test_leading_a_deed_is_no_office(nlp):
    roles = _roles(nlp, "Tom Hollis led the talks and was commanding troops in the north. "
                        "The minister directed the agency to review the rules.")
    assert not _find(roles, "hollis", "Leader") and not _find(roles, "hollis", "Commander")


@pytest.mark.model
def test_second_office_at_another_time_in_an_apposition(nlp):
    roles = _roles(nlp, "Mark Bright, a former ambassador and later defense minister, spoke on Monday.")
    assert _find(roles, "bright", "Ambassador") and _find(roles, "bright", "Defense Minister")


@pytest.mark.model
def test_second_office_joined_to_a_word_that_is_no_office(nlp):
    roles = _roles(nlp, "Rep. Mark Bright, Ohio Republican and chairman of the House Budget Committee, "
                        "spoke on Monday.")
    assert _find(roles, "bright", "Chairman of the House Budget Committee")


@pytest.mark.model
def test_former_before_a_country_adjective(nlp):
    roles = _roles(nlp, "The report was praised by former Norwegian Prime Minister Erik Solvang on Monday.")
    [pm] = _find(roles, "solvang", "Prime Minister")
    assert pm.status == "former"


@pytest.mark.model
def test_relative_clause_of_a_passive_naming_dates_the_start(nlp):
    roles = _dated_roles(nlp, "A spokesman for Dana Pike, who was appointed special envoy in May 2019, declined "
                              "to comment.", dt.date(2021, 6, 1))
    [envoy] = _find(roles, "pike", "Special Envoy")
    assert envoy.start == "2019-05"


@pytest.mark.model
def test_office_opening_a_past_sentence_is_its_subjects_former_one(nlp):
    roles = _roles(nlp, "As mayor of Riverton in the 1990s, Dana Pike fought the state over water rights.")
    [mayor] = _find(roles, "pike", "Mayor of Riverton")
    assert mayor.status == "former" and "1990" not in mayor.title


@pytest.mark.model
def test_a_journey_is_no_end_of_term(nlp):
    text = ("Governor Dana Marsh said on Monday the plan would help. "
            "The governor will depart on Tuesday for a trade forum in Geneva.")
    tuesday = text.index("Tuesday")
    roles = _roles(nlp, text, timexes=[timex("Tuesday", "2022-03-01", start=tuesday)])
    [marsh] = _find(roles, "marsh", "Governor")
    assert marsh.status == "current" and marsh.end is None


@pytest.mark.model
def test_an_end_only_hoped_for_ends_no_term(nlp):
    roles = _roles(nlp, "Rebels counted on a quick ouster of Ruritanian President Omar Vell last year.")
    [vell] = _find(roles, "vell", "President")
    assert vell.status == "current" and vell.end is None


@pytest.mark.model
def test_a_past_holder_the_knowledge_base_dates_is_former(nlp):
    """The knowledge base's dated terms: a president whose every term ended before the report is a
    former one, however the sentence titles him; a term still open says nothing."""
    text = "Critics said the plan repeats the error President George W. Bush made with steel tariffs."
    [bush] = _find(_roles(nlp, text, published=dt.date(2018, 1, 23)), "bush", "President")
    assert bush.status == "former"
    [bush] = _find(_roles(nlp, text, published=dt.date(2003, 1, 23)), "bush", "President")
    assert bush.status == "current"


@pytest.mark.model
@pytest.mark.parametrize("text,school", [
    ("Ohio State University professor Dana Marsh said the ruling was odd.", "Ohio State University"),
    ("Brookings Institution senior fellow Dana Marsh said so.", "Brookings Institution"),
])
def test_a_school_before_the_title_is_its_organisation(nlp, text, school):
    [marsh] = _find(_roles(nlp, text), "marsh", "")
    assert marsh.organization == school and school.split()[0] not in marsh.title


@pytest.mark.model
def test_a_denied_office_is_no_role(nlp):
    assert not _find(_roles(nlp, "Dana Marsh is not the chairman of the club."), "marsh", "Chairman")


@pytest.mark.model
def test_only_is_no_title_word(nlp):
    [marsh] = _find(_roles(nlp, "The only senator who voted no, Dana Marsh, left early."), "marsh", "Senator")
    assert marsh.title == "Senator"


@pytest.mark.model
def test_in_favor_of_is_no_wish_for_an_end(nlp):
    """"in favor of" is a noun phrase, not a verb of wanting: the ouster it leads to is told as done."""
    text = "The air campaign tipped the war in favor of rebels who ousted dictator Omar Vell in 2011."
    roles = _roles(nlp, text, timexes=[timex("2011", "2011", start=text.index("2011"))])
    [vell] = _find(roles, "vell", "Dictator")
    assert vell.end == "2011"


def test_a_military_rank_is_no_role_beside_an_office():
    from newsgraph.records import Role
    from newsgraph.roles._extract import _drop_ranks, _is_rank

    assert _is_rank("General") and _is_rank("Lieutenant Colonel") and _is_rank("Vice Admiral")
    assert _is_rank("Lieutenant Commander") and not _is_rank("Commander")
    assert not _is_rank("Attorney General") and not _is_rank("Major League Umpire")

    def role(actor, title):
        return Role(actor=actor, title=title, span=(0, 10), text="")

    kept = _drop_ranks([role("a", "General"), role("a", "Chairman of the Joint Chiefs of Staff"),
                        role("b", "Colonel")])
    # a rank goes where its holder has an office; a rank alone is the person's one role and stays
    assert [(r.actor, r.title) for r in kept] == [("a", "Chairman of the Joint Chiefs of Staff"), ("b", "Colonel")]


@pytest.mark.model
@pytest.mark.parametrize("text, who, title, status", [
    # a status word further left than the title's own words, across words that are no title
    ("The court heard from former Acme campaign chairman Paul Mandel on Monday.", "mandel", "Chairman", "former"),
    # "then", "once" and a parse-stray "ex" before an apposition put its office in the past
    ("Reporters asked Dale Fenn, then CIA director, about the plan.", "fenn", "CIA Director", "former"),
    ("Lena Ortiz, once the chief of staff to Kovac, has held many posts.", "ortiz", "Chief of Staff", "former"),
    ("Rick Moss, the disgraced ex-lobbyist, spoke to reporters.", "moss", "Lobbyist", "former"),
    ("Sergei Volkov, a past adviser to the minister, says so.", "volkov", "Adviser", "former"),
    # the "former" of "former senator-turned-lobbyist" is the senator's
    ("The former senator-turned-lobbyist Rob Lane called her.", "lane", "Lobbyist", "current"),
])
def test_status_words_before_the_title(nlp, text, who, title, status):
    found = _find(_roles(nlp, text), who, title)
    assert found and found[0].status == status, found


@pytest.mark.model
def test_an_office_for_a_person_is_not_that_persons(nlp):
    roles = _roles(nlp, "A spokesman for Jon Belk declined to comment on Monday.")
    # the office is the unnamed spokesman's, never Belk's
    assert not [r for name, r in roles if name == "jon belk"], roles
    assert all(name.startswith("spokesman") for name, _ in roles), roles
    roles = _roles(nlp, "Tom Reyes, spokesman for U.N. Secretary-General Ana Lutz, said the plan failed.")
    assert [r.title for r in _find(roles, "lutz", "")] == ["U.N. Secretary-General"], roles


@pytest.mark.model
def test_a_rank_beside_an_office_gives_the_office(nlp):
    roles = _roles(nlp, "Gen. Mark Dale, chairman of the Joint Chiefs of Staff, spoke on Monday.")
    assert [r.title for r in _find(roles, "dale", "")] == ["Chairman of the Joint Chiefs of Staff"], roles


@pytest.mark.model
def test_a_party_label_is_not_part_of_an_elected_office(nlp):
    [gov] = _find(_roles(nlp, "GOP Gov. Dale Fenn of Ohio signed the bill."), "fenn", "")
    assert gov.title == "Governor" and gov.organization is None
    # a party's own office keeps its party
    [chair] = _find(_roles(nlp, "The state GOP chairman Tom Reyes said no."), "reyes", "")
    assert "GOP" in chair.title


@pytest.mark.model
def test_a_party_office_in_a_chamber_keeps_its_party(nlp):
    # the party word names the office ("Senate Democratic Leader"), where before an elected office it is the
    # holder's label ("Democratic Sen. X" holds the office of Senator)
    [leader] = _find(_roles(nlp, "Senate Democratic Leader Nora Quill said the vote would wait."), "quill", "")
    assert leader.title == "Senate Democratic Leader"
    [chair] = _find(_roles(nlp, "House Republican Conference Chairwoman Ada Brandt spoke first."), "brandt", "")
    assert chair.title == "House Republican Conference Chairwoman"
    [sen] = _find(_roles(nlp, "Democratic Sen. Paul Ostrander said no."), "ostrander", "")
    assert sen.title == "Senator"


def test_a_knowledge_base_name_matches_without_middle_initials():
    from newsgraph.roles._extract import _name_ends

    assert _name_ends("Barack H. Obama") == _name_ends("Barack Obama") == ("barack", "obama")
    assert _name_ends("James R. Clapper Jr.") == ("james", "clapper")
    assert _name_ends("Obama") == ("obama",) != _name_ends("Barack Obama")  # a surname alone is no match


@pytest.mark.model
def test_a_relative_clause_on_an_apposition_is_the_named_persons(nlp):
    # the helper who was a deputy is Lopez, not the possessor Kessler
    roles = _roles(nlp, "Maria Lopez, Mr. Kessler's trusted helper who was later a deputy chief of staff, spoke first.")
    assert _find(roles, "lopez", "Deputy Chief of Staff") and not _find(roles, "kessler", "Chief of Staff"), roles


@pytest.mark.model
def test_an_office_after_a_party_and_state_tag_is_the_members(nlp):
    roles = _roles(nlp, "Rep. Dan Ortiz, R-Ohio, chairman of the House Budget Committee, spoke first.")
    assert _find(roles, "ortiz", "Chairman of the House Budget Committee"), roles


@pytest.mark.model
def test_continuing_in_an_office_is_holding_it_now(nlp):
    roles = _roles(nlp, "Dan Ortiz will continue to serve as president through the spring, aides said.")
    [president] = _find(roles, "ortiz", "President")
    assert president.status == "current"  # not "incoming": the infinitive is of staying on


@pytest.mark.model
@pytest.mark.parametrize("text, who, titles", [
    # a superlative before the head ranks the person among others: a description, not an office
    ("Rob Lane, the most senior Republican in the chamber, left early.", "lane", []),
    # a suspicion describes a person; the rank stays the one role
    ("Investigators said the accused spy, Col. Ivan Petrenko, had passed papers to an agent.", "petrenko", ["Colonel"]),
    # a superlative inside the office's own object is no ranking of its holder
    ("Rob Lane, the head of the country's largest union, left early.", "lane", ["Head of the Country's Largest Union"]),
])
def test_descriptions_are_no_offices(nlp, text, who, titles):
    assert [r.title for r in _find(_roles(nlp, text), who, "")] == titles


# -- session 28 (roles33): a title's words are the office's, as the text gives them -----------------------
@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    # an age, an ordinal, a determiner and a describing adjective describe the holder, not the office
    ("Students gathered outside. A 19-year-old student leader, Ana Perez, spoke to the crowd.", "perez", "Student Leader"),
    ("The popular governor, Jane Holt, signed the bill on Monday.", "holt", "Governor"),
    ("Tom Vale became the sixth president of the republic in 2010.", "vale", "President of the Republic"),
    ("Another diplomat, Rita Moss, was hurt in the blast.", "moss", "Diplomat"),
    # an adjective of a noun's form sorts the office into its field and stays
    ("Rita Moss, a political analyst, said the vote was close.", "moss", "Political Analyst"),
    # a capitalised modifier the parse hangs on the title is part of the office's name
    ("On Sunday, Internal Affairs Minister Paul Omara said the attackers had fled.", "omara", "Internal Affairs Minister"),
    ("The brief was argued by Deputy Solicitor General Jeffrey Wall on Monday.", "wall", "Deputy Solicitor General"),
])
def test_a_title_is_the_office_without_its_holders_description(nlp, text, who, title):
    assert [r.title for r in _find(_roles(nlp, text), who, "")] == [title]


@pytest.mark.model
def test_a_title_never_opens_with_a_preposition(nlp):
    # the school before the title goes to the organisation; its "of" is no word of the office
    roles = _roles(nlp, "Kim Soto, a University of Oregon law professor, said the ruling was narrow.")
    [role] = _find(roles, "soto", "professor")
    assert not role.title.lower().startswith("of "), role


@pytest.mark.model
def test_a_senior_party_member_holds_no_office(nlp):
    # "senior" and "leading" describe a party member; "top" and "ranking" name a committee post
    roles = _roles(nlp, "Sen. Dick Farber, the senior Democrat on the panel, objected. Rep. Ann Pike, "
                        "the top Republican on the committee, agreed.")
    assert [r.title for r in _find(roles, "farber", "")] == ["Senator"], roles
    assert any("Top Republican" in r.title for r in _find(roles, "pike", "")), roles


@pytest.mark.model
def test_a_day_or_another_person_before_a_title_is_no_part_of_it(nlp):
    roles = _roles(nlp, "Speaking on Friday, Putin adviser Ivan Sokol said talks would go on.")
    assert [r.title for r in _find(roles, "sokol", "")] == ["Adviser"], roles


def test_public_offices_and_jobs_head_a_title():
    from newsgraph.roles._titles import is_title_head

    for word in ("sheriff", "inspector", "councilor", "chaplain", "registrar", "physician", "architect", "biographer"):
        assert is_title_head(word), word
    assert not is_title_head("politician")  # a description, which candidates share with holders


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Lena Ortiz, a county sheriff, said the road was closed.", "ortiz", "Sheriff"),
    ("Tom Reyes, an architect in Lisbon, said the bridge was safe.", "reyes", "Architect"),
])
def test_offices_and_jobs_outside_the_old_lexicon(nlp, text, who, title):
    assert any(title.lower() in r.title.lower() for r in _find(_roles(nlp, text), who, "")), _roles(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    ("Mara Quint, the co-chairman of the budget panel, said the vote would wait.", "quint", "co-chairman"),
    ("Paul Brant, a co-founder of the charity, said the money was gone.", "brant", "co-founder"),
])
def test_a_hyphenated_prefix_stays_on_the_office(nlp, text, who, title):
    # "co-" makes another office than the bare noun; the tokenizer splits it off the title
    titles = [r.title.lower() for r in _find(_roles(nlp, text), who, "")]
    assert any(t.startswith(title) for t in titles), titles


@pytest.mark.model
def test_a_person_told_only_by_an_office_tied_to_a_body_holds_it(nlp):
    roles = _roles(nlp, "A spokesman for the Danish Foreign Ministry said on Monday that the talks would resume.")
    assert [r.title for _, r in roles] == ["Spokesman for the Danish Foreign Ministry"], roles
    # a bare office says too little
    assert _roles(nlp, "An official said the talks would resume next week.") == []


@pytest.mark.model
def test_an_office_a_named_person_holds_is_not_given_again(nlp):
    roles = _roles(nlp, "Ministry spokesman Lars Holm said the talks would resume. The spokesman for the "
                        "ministry added that a date was set.")
    assert [(name, r.title) for name, r in roles] == [("lars holm", "Spokesman")], roles


@pytest.mark.model
@pytest.mark.parametrize("text, who, title", [
    # a title before a name whose office is of or to a body named with its article, or to a country
    ("Secretary of the Army John Harwell opened the hearing with a statement.", "harwell", "Secretary of the Army"),
    ("The talks brought together Undersecretary Ann Kessler and U.S. Ambassador to Syria Paul Fordham.", "fordham",
     "Ambassador to Syria"),
    ("US Ambassador to the United Nations Nora Halvey spoke on Friday.", "halvey", "Ambassador to the United Nations"),
    ("They met US Ambassador to Israel David Friedman in Jerusalem.", "friedman", "Ambassador to Israel"),
    ("On Friday she saw Special Envoy for Afghanistan and Pakistan Carl Holmgren.", "holmgren",
     "Special Envoy for Afghanistan and Pakistan"),
    ("It was a plan of White House chief of staff Denis McDonough and others.", "mcdonough", "Chief of Staff"),
    ("MP Tracey Ramsey said the tariffs were illegitimate.", "ramsey", "MP"),
    # the holder's own title, which the actors stage reads as a mention of the holder
    ("A source said that White House Chief of Staff Dan Keller had frozen the grant.", "keller",
     "Chief of Staff"),
    # an office told before a comma and a titled name, which the parse hangs on the verb
    ("She said so after meeting the chairman of the Joint Chiefs, General Mark Holloway, on Tuesday.", "holloway",
     "Chairman of the Joint Chiefs"),
    # an office after the name and a comma, which the parse makes the subject and the name an adverbial
    ("“He held my gaze,” Deborah Molingo, the chairwoman of Ohio’s Lorain County GOP, recalled "
     "of a May meeting.", "molingo", "Chairwoman"),
    # a named person the text also calls by a qualified office, and gives no office otherwise
    ("Ankara armed groups that sought to oust Bashar al-Assad, yet the Syrian president's hold on power was "
     "secured by Moscow.", "assad", "President"),
])
def test_roles_of_titles_before_names_and_of_offices_told_apart(nlp, text, who, title):
    roles = _roles(nlp, text)
    assert _find(roles, who, title), roles


@pytest.mark.model
def test_an_office_before_a_courtesy_title_is_another_persons(nlp):
    roles = _roles(nlp, "Mr. Sullivan is a foreign policy adviser to Mrs. Clinton.")
    assert not _find(roles, "clinton", "adviser"), roles


@pytest.mark.model
def test_a_bare_office_after_the_name_gives_no_role(nlp):
    # "the governor" alone says too little: the corpus records the office where the text says which
    roles = _roles(nlp, "Complicating the race is the candidacy of John Kasich. The governor's only victory has "
                        "come in his home state.")
    assert not _find(roles, "kasich", ""), roles


@pytest.mark.model
def test_a_list_after_an_office_and_a_comma_is_no_apposition(nlp):
    roles = _roles(nlp, "The decision was made by the chairman of the panel, Senator Bob Roe and Senator Ann Poe.")
    assert not _find(roles, "roe", "chairman"), roles


@pytest.mark.model
def test_a_countrys_office_is_the_person_the_knowledge_base_dates_in_it(nlp):
    """"Hungary's prime minister" in 2015 is Viktor Orban, whom the next sentence names without a title:
    the knowledge base's term (Prime Minister of Hungary, 2010-) joins them, and he holds the office."""
    from newsgraph.actors import resolve

    text = ("Hungary's prime minister says his government is working hard to control the border. Viktor Orban "
            "said the arrivals were a problem for Brussels, not for Budapest.")
    day = dt.date(2015, 9, 3)
    doc = nlp(text)
    table = resolve(doc, published=day)
    roles = extract_roles(doc, actors=table, timexes=[], events=[], published=day)
    orban = next(a for a in table.actors if "Orban" in a.name)
    assert any(m.actor == orban.id and "prime minister" in m.text for m in table.mentions)
    assert [(r.title, r.country) for r in roles if r.actor == orban.id] == [("Prime Minister", "HUN")]


def test_the_knowledge_base_gives_a_persons_offices_on_a_day():
    from newsgraph.roles._offices import kb_held, name_ends

    assert name_ends("Viktor Orbán") == name_ends("Viktor Orban") == ("viktor", "orban")
    assert ("prime minister", "HUN") in kb_held("Viktor Orban", dt.date(2015, 9, 3))
    assert kb_held("Viktor Orban", dt.date(1995, 1, 1)) == ()
    assert kb_held("Orban", dt.date(2015, 9, 3)) == ()  # one word names no one person


@pytest.mark.model
def test_the_roles_of_some_actors_are_those_the_whole_search_gives_them(nlp):
    """``only=`` (the pipeline's second pass, for the speakers the quotes stage adds) gives each person the
    roles the whole search gives them: through a title, an apposition, a predicate, an office opening the
    sentence, a verb of leading, an end; and where the office is another's (a succession) or the person
    has no name (an office alone, which is no one's where a named person holds it), through the whole
    search."""
    from newsgraph.actors import resolve

    text = ("Envoy Mark Dunne resigned on Monday. The deputy envoy, Lisa Brown, would now fulfill the role of Dunne. "
            "As mayor of Riverton in the 1990s, Dana Pike fought the state over water rights. "
            "Tom Reyes, spokesman for U.N. Secretary-General Ana Lutz, said the plan failed. "
            "A spokesman for the Danish Foreign Ministry said on Monday that the talks would resume. "
            "Sam Kessler was named defense secretary in 2019 and heads the Pentagon. Lars Holm, a spokesman "
            "for the Swedish Foreign Ministry, agreed. A spokesman for the Swedish Foreign Ministry added a date.")
    doc = nlp(text)
    table = resolve(doc)
    day = dt.date(2022, 3, 2)
    full = extract_roles(doc, actors=table, timexes=[], events=[], published=day)
    named = {table.get(r.actor).name: r for r in full if r.status == "acting" or "Danish" in r.title}
    assert "Lisa Brown" in named and any("Danish" in n for n in named), full  # a succession; an office alone
    assert [r.title for r in full if "Swedish" in r.title] == ["Spokesman for the Swedish Foreign Ministry"], full
    persons = [a.id for a in table.actors if a.kind == "person"]
    assert len({r.actor for r in full}) >= 6
    for p in persons:
        assert extract_roles(doc, actors=table, timexes=[], events=[], published=day, only={p}) == \
            [r for r in full if r.actor == p], table.get(p).name
    assert extract_roles(doc, actors=table, timexes=[], events=[], published=day, only=set(persons)) == full
    assert extract_roles(doc, actors=table, timexes=[], events=[], published=day, only=set()) == []


def test_the_terms_of_an_office_follow_the_knowledge_base_read(monkeypatch):
    """``kb_terms`` reads an index of the terms by office, made again when the knowledge base read is
    another (tests put their own in place of the bundled one)."""
    from newsgraph.roles import _offices
    from newsgraph.roles._offices import Term, kb_terms, office_key

    sources, bundled = _offices._load()
    assert [t for t, _ in kb_terms("president", "USA")] == [t for t in bundled if t.key == "president"
                                                           and t.country == "USA"]
    own = (Term("Prime Minister", office_key("Prime Minister").key, "NOR", ("Ola Nordmann",), None, "2001", None,
                "dated"),)
    monkeypatch.setattr(_offices, "_load", lambda: (sources, own))
    assert [t for t, _ in kb_terms("prime minister", "NOR")] == list(own)
    assert kb_terms("president", "USA") == []
