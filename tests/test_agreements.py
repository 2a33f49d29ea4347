"""Agreements: mentions gathered over the document, parties, dates and commitments."""

from __future__ import annotations

import pytest

from newsgraph.agreements import extract_agreements

from factories import timex


def _agreements(nlp, text, timexes=()):
    from newsgraph.actors import resolve

    doc = nlp(text)
    table = resolve(doc)
    out = extract_agreements(doc, actors=table, timexes=list(timexes), events=[], published=None)

    def name(actor_id):
        a = table.get(actor_id)
        return (a.name if a else str(actor_id)).lower()

    return out, name


@pytest.mark.model
def test_parties_date_and_commitments_across_sentences(nlp):
    text = ("Officials described a deal between Israel and Hamas to end the fighting. "
            "Under the agreement signed in May 2021, Hamas would stop firing rockets at Israel. "
            "Israel has also agreed to reopening the Kerem Shalom crossing.")
    i = text.index("May 2021")
    [deal], name = _agreements(nlp, text, [timex("May 2021", "2021-05", start=i)])
    parties = {name(p) for p in deal.parties}
    assert any("israel" in p for p in parties) and any("hamas" in p for p in parties)
    assert deal.date == "2021-05"
    by_party = {name(c.party): c for c in deal.commitments}
    assert any("hamas" in p and "rockets" in c.text for p, c in by_party.items())
    assert any("israel" in p and "Kerem Shalom" in c.text for p, c in by_party.items())


@pytest.mark.model
def test_every_sentence_speaking_of_the_deal_is_listed(nlp):
    text = ("Officials described a deal between Israel and Hamas to end the fighting. "
            "Under the agreement signed in May 2021, Hamas would stop firing rockets at Israel. "
            "Israel has also agreed to reopening the Kerem Shalom crossing.")
    [deal], _name = _agreements(nlp, text)
    sentences = [deal.span, *deal.also]
    assert len(set(sentences)) == len(sentences)  # the deal's own sentence is not listed again
    told = {text[s:e] for s, e in sentences}
    assert any(t.startswith("Officials described") for t in told)
    assert any(t.startswith("Under the agreement") for t in told)
    assert deal.to_dict()["also"] == [list(x) for x in deal.also]


@pytest.mark.model
def test_promise_kind(nlp):
    text = ("Russia and Ukraine signed a ceasefire agreement on Friday. "
            "Russia has promised that its troops will leave the region.")
    [deal], name = _agreements(nlp, text)
    assert any(c.kind == "promise" and "troops will leave" in c.text for c in deal.commitments)


@pytest.mark.model
def test_prospective_deal_is_not_an_agreement(nlp):
    agreements, _ = _agreements(nlp, "The two sides hope to reach a permanent ceasefire one day.")
    assert agreements == []


@pytest.mark.model
def test_named_agreement(nlp):
    agreements, _ = _agreements(nlp, "The United States left the Paris Agreement in 2020.")
    assert agreements and agreements[0].name and "Paris Agreement" in agreements[0].name


@pytest.mark.model
def test_sample_agreement(sample_result):
    def names(actor_id):
        a = sample_result.actor(actor_id)
        return " ".join([a.name, *a.aliases, a.id]).lower() if a else str(actor_id)

    hits = []
    for ag in sample_result.agreements:
        parties = " | ".join(names(p) for p in ag.parties)
        if "taliban" in parties and "united states" in parties:
            hits.append(ag)
    assert hits, [a.to_dict() for a in sample_result.agreements]
    ag = hits[0]
    if sample_result.timexes:
        assert ag.date and ag.date.startswith("2020-02")
    assert any("taliban" in names(c.party) and "al qaeda" in c.text.lower() for c in ag.commitments)
    assert any("united states" in names(c.party) and "5,000 prisoners" in c.text for c in ag.commitments)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru signed a trade agreement on Monday.",
    "The ceasefire that Chile and Peru reached last week held on Sunday.",
    "Chile withdrew from the Lake Treaty with Peru.",
    "Under the Lake Treaty, Chile would limit its fishing.",
    "Fishermen say the agreement that was signed in secret has held all winter.",
    "Officials in Lima said a temporary truce was reached overnight.",
    "Under a landmark fishing accord, Chile would limit its catch in the bay.",
    "The rebels came to an agreement with the army of Peru on Sunday.",
])
def test_a_deal_reported_as_reached_or_in_force_is_an_agreement(nlp, text):
    out, _name = _agreements(nlp, text)
    assert len(out) == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile hopes to reach a trade agreement with Peru.",
    "Chile and Peru did not sign the trade agreement.",
    "Chile could strike a deal with Peru if the talks go well.",
    "Officials in Chile held talks on a possible deal with Peru.",
    "Senators in Chile discussed the Lake Treaty with Peru.",
    "Chile may need Peru's help to implement any fishing agreement.",
    "There is no agreement between Chile and Peru on the border.",
    "Chile left the talks without a deal with Peru.",
    "Chile worked through the night to settle the last points and strike a deal with Peru.",
    "Chile is close to reaching a deal with Peru.",
    "If both sides agree, Chile is going to sign a deal with Peru.",
    "Delegates of Chile's Liberal Party met at the party's national convention in Valparaiso.",
    "Critics in Lima called it the worst fishing deal ever signed by Peru.",
    "Peru pressured Chile into signing a fishing deal with its neighbours.",
    "Give our negotiators some room to reach a deal with Peru.",
    "Tourists in Peru visited the old truce village on the border.",
    "Talks stalled when Chile looked to be on the verge of signing a fishing pact with Peru.",
])
def test_a_hoped_for_failed_or_topical_deal_is_not(nlp, text):
    out, _name = _agreements(nlp, text)
    assert out == []



@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on Monday to reopen their border crossings.",
    "Chile and Peru have agreed on a joint plan for the river delta.",
    "Chile agreed with Peru to share the water of the border river.",
    "Fishermen are angry about the quotas agreed with Peru last year.",
    "Chile agreed to pay $2 million to settle the fishermen's claims.",
    "Peru lifted its tariffs on copper after Chile agreed to cut its duties on fish.",
    "Chile had signed a secret fishing roadmap with Peru.",
])
def test_a_deal_told_by_the_verb_alone_is_an_agreement(nlp, text):
    out, _name = _agreements(nlp, text)
    assert len(out) == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru agreed that the talks had been useful.",
    "Chile and Peru did not agree to reopen the border.",
    "Chile and Peru could agree to reopen the border next year.",
    "Chile and Peru hope to agree on a border next year.",
    "Chile agreed to reopen the border to trucks.",
    "Chile agreed with Peru, its minister said.",
    "If Chile and Peru agree to share the river, farmers will gain.",
    "The president of Chile signed an executive order on fishing.",
    "The president of Chile signed the fishing bill with a gold pen.",
])
def test_an_opinion_or_an_agreeing_only_wished_is_not(nlp, text):
    out, _name = _agreements(nlp, text)
    assert out == []


@pytest.mark.model
def test_verbal_agreement_has_both_sides_and_their_commitment(nlp):
    text = "Chile and Peru agreed on Monday to reopen their border crossings."
    [deal], name = _agreements(nlp, text)
    assert {name(p) for p in deal.parties} >= {"chile", "peru"}
    assert {name(c.party) for c in deal.commitments} >= {"chile", "peru"}
    assert all("reopen their border crossings" in c.text for c in deal.commitments)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru signed a border treaty in Lima on Monday. "
    "Under the treaty, Chile and Peru agreed to reopen their border crossings.",
    "Chile and Peru agreed to a temporary truce on the border on Sunday.",
    "Fishermen protested against the temporary accord agreed between Chile and Peru.",
])
def test_verbal_and_nominal_mentions_of_one_deal_merge(nlp, text):
    out, _name = _agreements(nlp, text)
    assert len(out) == 1


@pytest.mark.model
def test_parties_of_the_participle_that_made_the_deal(nlp):
    out, name = _agreements(nlp, "Fishermen protested against the accord signed between Chile and Peru.")
    assert len(out) == 1
    assert {name(p) for p in out[0].parties} >= {"chile", "peru"}


@pytest.mark.model
def test_the_record_points_at_the_mention_that_tells_the_deal_made(nlp):
    text = "Fishermen in the south talk about the fishing treaty every day. The treaty was signed in Lima."
    [deal], _name = _agreements(nlp, text)
    assert deal.text == "The treaty was signed in Lima."


@pytest.mark.model
def test_a_truce_does_not_refer_back_to_a_treaty(nlp):
    text = ("Chile and Peru signed a peace treaty in Lima in 1990. "
            "Years earlier, the truce that was struck after the border war had held for a decade.")
    out, _name = _agreements(nlp, text)
    assert len(out) == 2


def test_a_name_and_its_initials_are_one_deal():
    from newsgraph.agreements._extract import _same_name

    assert _same_name("Coastal Fishing Rights Treaty", "CFR Treaty")
    assert _same_name("ABC", "Atlantic Border Compact")
    assert not _same_name("Lima Treaty", "Oslo Treaty")
    assert not _same_name("CFR Treaty", "Coastal Fishing Treaty")


@pytest.mark.model
@pytest.mark.parametrize(("text", "when", "value"), [
    ("Farmers keep criticising unfair fishing deals as well as the tax the minister raised in May 2021.",
     "May 2021", "2021-05"),
    ("The union wants a wage deal that does more than the pay rise of March 2021.", "March 2021", "2021-03"),
])
def test_a_date_outside_the_deal_s_own_phrase_does_not_date_it(nlp, text, when, value):
    out, _name = _agreements(nlp, text, [timex(when, value, start=text.index(when))])
    assert out == []


@pytest.mark.model
def test_the_date_of_a_clause_that_tells_the_deal_s_past_dates_it(nlp):
    text = "Tourists visit the village where the truce that ended the border war in 1990 was kept."
    i = text.index("1990")
    out, _name = _agreements(nlp, text, [timex("1990", "1990", start=i)])
    assert [a.date for a in out] == ["1990"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "when", "value", "dated"), [
    ("Chile and Peru signed a fishing accord in 1998.", "1998", "1998", ["1998"]),
    ("On Friday, Chile and Peru sealed a fishing accord.", "Friday", "2021-05-14", ["2021-05-14"]),
    # a clause below the verb tells its own time
    ("Chile and Peru signed a fishing accord after the quarrel that began in 1998.", "1998", "1998", [None]),
])
def test_the_date_of_the_verb_that_made_the_deal_dates_it(nlp, text, when, value, dated):
    out, _name = _agreements(nlp, text, [timex(when, value, start=text.index(when))])
    assert [a.date for a in out] == dated


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru have been hammering out the fishing accord for a year.",
    "The rain paved the way to a fishing accord being signed between Chile and Peru.",
    "Chile wants a fishing accord that leaves the old quotas in place.",
])
def test_a_deal_still_being_made_or_only_leaving_something_is_none(nlp, text):
    out, _name = _agreements(nlp, text)
    assert out == []


@pytest.mark.model
def test_deals_cut_again_and_again_are_made(nlp):
    out, _name = _agreements(nlp, "Chile has been cutting secret deals with Peru.")
    assert len(out) == 1


@pytest.mark.model
def test_a_heading_names_no_deal(nlp):
    out, _name = _agreements(nlp, "Fishing Pact\n\nChile could always leave the agreement, the minister said.")
    assert out == []


@pytest.mark.model
def test_a_definite_mention_with_parties_of_its_own_refers_back(nlp):
    text = ("Peru quit the 1990 fishing treaty on Monday. The treaty, which Chile had signed with Peru, "
            "set quotas for anchovies.")
    out, _name = _agreements(nlp, text, [timex("1990", "1990", start=text.index("1990"))])
    assert len(out) == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fishermen protested against the accord that Chile reached with Peru.",
    "Fishermen protested against the accord, which was signed in Lima by Chile and Peru.",
    "Chile signed the fishing accord on Monday with Peru.",
])
def test_the_makers_and_the_other_side_of_a_deal_are_its_parties(nlp, text):
    out, name = _agreements(nlp, text)
    assert len(out) == 1
    assert {name(p) for p in out[0].parties} >= {"chile", "peru"}


@pytest.mark.model
def test_a_deal_labelled_by_a_party_is_its_own(nlp):
    text = "Chile and Peru signed a fishing treaty in Lima. Later, Bolivia quit the Argentina border accord."
    out, _name = _agreements(nlp, text)
    assert len(out) == 2


@pytest.mark.model
def test_a_deal_its_modifier_tells_made_is_one(nlp):
    out, name = _agreements(nlp, "Fishermen returned to sea after a UN-brokered truce between Chile and Peru.")
    assert len(out) == 1
    assert {name(p) for p in out[0].parties} >= {"chile", "peru"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "found"), [
    ("Chile has a fishing agreement with Peru.", 1),
    ("Chile does not have a fishing agreement with Peru.", 0),
    ("Chile has a fishing agreement in mind.", 0),
])
def test_a_deal_a_side_has_with_another_is_in_force(nlp, text, found):
    out, _name = _agreements(nlp, text)
    assert len(out) == found


@pytest.mark.model
@pytest.mark.parametrize(("text", "found"), [
    ("In May Chile worked out an arrangement with Peru to share the fishing grounds.", 1),
    ("Chile entered into a consent decree with the fishermen's union last year.", 1),
    ("There is a growing consensus that Chile and Peru should share the fishing grounds.", 0),
    ("Chile made arrangements for the summit with Peru.", 0),
])
def test_an_arrangement_or_consensus_is_a_deal_only_when_made(nlp, text, found):
    out, _name = _agreements(nlp, text)
    assert len(out) == found


@pytest.mark.model
@pytest.mark.parametrize(("text", "sides"), [
    ("Chile has a fishing agreement with Peru.", {"chile", "peru"}),
    ("In May Chile worked out an arrangement with Peru to share the fishing grounds.", {"chile", "peru"}),
    ("Last year Ohio entered into a consent decree with the Sierra Club over its wells.", {"ohio", "sierra club"}),
    ("Officials said the army of Chile cut a quiet deal with Peru last spring.", {"peru"}),
    ("Peru pointed to an accord Chile made with the World Bank in May.", {"chile", "world bank"}),
])
def test_the_subject_of_a_verb_that_makes_or_holds_the_deal_is_a_side(nlp, text, sides):
    [deal], name = _agreements(nlp, text)
    assert {name(p) for p in deal.parties} >= sides


@pytest.mark.model
def test_a_broker_named_in_a_modifier_is_no_side(nlp):
    [deal], name = _agreements(nlp, "Fishermen returned to sea after a Qatari-brokered truce between Chile and Peru.")
    assert {name(p) for p in deal.parties} == {"chile", "peru"}


@pytest.mark.model
def test_a_deal_only_aimed_at_names_no_side(nlp):
    out, name = _agreements(nlp, "Ohio became the third state to reach a settlement.")
    assert all("ohio" not in {name(p) for p in d.parties} for d in out)


@pytest.mark.model
def test_leaders_who_sign_for_their_states_give_the_states(nlp):
    text = ("Chile and Peru are neighbours. The fishing treaty signed by Chilean President Gabriel Boric "
            "and Peruvian President Dina Boluarte took effect in May.")
    [deal], name = _agreements(nlp, text)
    assert {name(p) for p in deal.parties} == {"chile", "peru"}


def _agreements_with_events(nlp, text, events):
    from newsgraph.actors import resolve

    doc = nlp(text)
    return extract_agreements(doc, actors=resolve(doc), timexes=[], events=events, published=None)


@pytest.mark.model
def test_undated_deal_takes_the_date_of_the_event_that_made_it(nlp):
    from factories import event, when

    text = "Norway and Sweden have reached a fishing accord, officials said."
    i = text.index("reached")
    made = event("e1", "AGREE", text, date=when("2030-03-04", source="document"),
                 trigger={"text": "reached", "span": [i, i + len("reached")]})
    [deal] = _agreements_with_events(nlp, text, [made])
    assert deal.date == "2030-03-04"
    # an event of another word in the sentence dates nothing
    said = text.index("said")
    other = event("e2", "CONSULT", text, date=when("2030-03-04", source="document"),
                  trigger={"text": "said", "span": [said, said + 4]})
    [deal] = _agreements_with_events(nlp, text, [other])
    assert deal.date is None


@pytest.mark.model
def test_deal_in_force_takes_no_date_from_an_event(nlp):
    from factories import event, when

    text = "Norway withdrew from the fishing accord with Sweden on Monday."
    i = text.index("withdrew")
    left = event("e1", "RETREAT", text, date=when("2030-03-04"),
                 trigger={"text": "withdrew", "span": [i, i + len("withdrew")]})
    [deal] = _agreements_with_events(nlp, text, [left])
    assert deal.date is None


@pytest.mark.model
def test_a_treaty_a_side_is_committed_to_is_in_force(nlp):
    out, name = _agreements(nlp, "Norway is committed to the fishing treaty with Sweden, the minister said.")
    assert len(out) == 1 and any("sweden" in name(p) for p in out[0].parties)
    # committed to a deal not yet made: an aim
    out, _ = _agreements(nlp, "Norway is committed to a fishing deal with Sweden, the minister said.")
    assert out == []


@pytest.mark.model
def test_a_treaty_a_side_adheres_to_is_in_force(nlp):
    out, name = _agreements(nlp, "Norway adheres to the fishing treaty with Sweden, the minister said.")
    assert len(out) == 1 and any("sweden" in name(p) for p in out[0].parties)


@pytest.mark.model
def test_the_owner_of_a_side_is_no_side(nlp):
    out, name = _agreements(nlp, "The truce between Israel and Gaza's Hamas rulers was signed on Friday in Cairo.")
    assert len(out) == 1
    parties = [name(p) for p in out[0].parties]
    assert any("israel" in p for p in parties) and any("hamas" in p for p in parties)
    assert not any(p == "gaza" or "palestin" in p for p in parties)


@pytest.mark.model
def test_a_deal_with_no_side_named_takes_the_sides_of_its_event(nlp):
    from factories import event

    text = "Hours after signing the accord, the minister left the capital."
    i = text.index("signing")
    made = event("e1", "AGREE", text, actor=["norway"], recipient=["sweden"],
                 trigger={"text": "signing", "span": [i, i + len("signing")]})
    [deal] = _agreements_with_events(nlp, text, [made])
    assert deal.parties == ["norway", "sweden"]


@pytest.mark.model
def test_a_broker_of_the_event_is_no_side(nlp):
    from factories import event

    text = "The accord was brokered by Norway last week, officials said."
    i = text.index("brokered")
    made = event("e1", "AGREE", text, actor=["norway"],
                 trigger={"text": "brokered", "span": [i, i + len("brokered")]})
    [deal] = _agreements_with_events(nlp, text, [made])
    assert "norway" not in deal.parties


@pytest.mark.model
def test_making_deals_as_a_habit_is_no_deal(nlp):
    out, _ = _agreements(nlp, "He said that making deals in diplomacy is harder than in business.")
    assert out == []
    out, _ = _agreements(nlp, "Norway has been cutting deals with Sweden for years, officials said.")
    assert len(out) == 1


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("Officials from Chile, Peru and ten other nations reached a trade deal on Monday.", {"chile", "peru"}),
    ("Brazil, Chile, Peru and Mexico signed an accord in Lima on Tuesday.", {"brazil", "chile", "peru", "mexico"}),
])
def test_every_side_coordinated_or_named_as_origin_is_a_party(nlp, text, sides):
    [deal], name = _agreements(nlp, text)
    assert {name(p) for p in deal.parties} == sides


@pytest.mark.model
def test_a_side_included_in_a_coordinated_group_is_a_party(nlp):
    text = "Brazil and other exporters, including Chile, agreed to cut output."
    [deal], name = _agreements(nlp, text)
    assert {"brazil", "chile"} <= {name(p) for p in deal.parties}


@pytest.mark.model
def test_the_same_kind_of_deal_told_again_without_sides_is_one_deal(nlp):
    text = ("Chile and Peru reached a cease-fire deal on Monday. Fighting resumed on Wednesday near the border. "
            "On Friday, rebels violated a cease-fire deal signed in May 2021, officials said.")
    i = text.index("May 2021")
    [deal], name = _agreements(nlp, text, [timex("May 2021", "2021-05", start=i)])
    assert {name(p) for p in deal.parties} == {"chile", "peru"}
    assert len(deal.also) == 1


@pytest.mark.model
def test_a_deal_made_before_another_act_is_made_and_one_awaited_is_not(nlp):
    [deal], name = _agreements(nlp, "The talks ended on Friday, before Chile and Peru announced an agreement on fishing rights.")
    assert {name(p) for p in deal.parties} == {"chile", "peru"}
    out, _ = _agreements(nlp, "Officials will wait before Chile and Peru sign an agreement on fishing rights.")
    assert out == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "given", "given_for"), [
    ("Kenya signed a deal with Ethiopia on Monday, which lifted sanctions on Ethiopia in exchange for limits "
     "on its dam.", ("kenya", "lifted sanctions on Ethiopia"), ("ethiopia", "limits on its dam")),
    ("Peru and Chile signed a fisheries treaty in March. Under the treaty, Chile lifted its tariffs on Peru "
     "in return for access to the southern ports.", ("chile", "lifted its tariffs on Peru"),
     ("peru", "access to the southern ports")),
])
def test_each_half_of_an_exchange_is_a_side_s_commitment(nlp, text, given, given_for):
    [deal], name = _agreements(nlp, text)
    made = [(name(c.party), c.text) for c in deal.commitments]
    assert any(p == given[0] and given[1] in t for p, t in made)
    assert (given_for[0], given_for[1]) in made


@pytest.mark.model
def test_an_exchange_whose_sides_are_untold_gives_no_commitment(nlp):
    text = "Peru signed a fisheries treaty in March, which offered relief in exchange for a smaller fleet."
    [deal], _name = _agreements(nlp, text)
    assert deal.commitments == []


def test_the_other_side_is_told_only_by_a_two_sided_deal():
    from newsgraph.agreements._extract import _other

    assert _other(["a", "b"], "a") == "b"
    assert _other(["a", "b", "c"], "a") is None
    assert _other(["a", "b"], "c") is None
    assert _other(["a", "b"], None) is None


@pytest.mark.model
def test_the_owner_of_an_exchanged_thing_who_is_no_side_does_not_commit(nlp):
    text = ("Kenya and Ethiopia signed a prisoner deal on Monday, which secured John Omondi's release in exchange "
            "for the release of two pilots.")
    [deal], name = _agreements(nlp, text)
    assert all(c.party in deal.parties for c in deal.commitments)
    assert "john omondi" not in {name(c.party) for c in deal.commitments}


@pytest.mark.model
@pytest.mark.parametrize(("text", "purpose"), [
    ("Chile and Peru signed an agreement on Monday to share the fishing grounds of the bay.",
     "share the fishing grounds"),
    ("Chile and Peru reached a deal to open two border crossings.", "open two border crossings"),
])
def test_what_a_deal_is_for_is_each_side_s_commitment(nlp, text, purpose):
    [deal], name = _agreements(nlp, text)
    committed = {name(c.party) for c in deal.commitments if purpose in c.text}
    assert committed == {"chile", "peru"}


@pytest.mark.model
def test_an_aim_told_beside_a_deal_is_no_commitment(nlp):
    text = "Chile and Peru signed a fishing treaty in May. Chile still hopes for a deal to share the bay."
    [deal], _name = _agreements(nlp, text)
    assert not any("share the bay" in c.text for c in deal.commitments)


@pytest.mark.model
def test_a_term_the_deal_sets_binds_the_side_it_names(nlp):
    text = ("Chile and Peru signed a fishing treaty in May. The treaty requires Peru to close its northern "
            "harbour in winter. The treaty also caps the catch of anchovies at a million tonnes.")
    [deal], name = _agreements(nlp, text)
    bound = {(name(c.party), c.text.split()[0]) for c in deal.commitments}
    assert ("peru", "requires") in bound and ("chile", "requires") not in bound
    assert {("chile", "caps"), ("peru", "caps")} <= bound  # a thing limited names no one side: each is bound


@pytest.mark.model
def test_a_term_only_proposed_is_no_commitment(nlp):
    text = "Chile and Peru signed a fishing treaty in May. A new treaty would require Peru to close its harbour."
    out, _name = _agreements(nlp, text)
    assert not any("require" in c.text for deal in out for c in deal.commitments)


def test_a_state_and_its_government_are_one_side():
    from newsgraph.agreements._extract import _Cluster, _one_side_per_state
    from newsgraph.records import Actor, ActorTable, Commitment

    table = ActorTable(actors=[Actor("chile", "Chile", "country", country="CHL"),
                               Actor("chile-gov", "Chilean government", "organization", country="CHL", sector="GOV"),
                               Actor("peru-gov", "Peruvian government", "organization", country="PER", sector="GOV"),
                               Actor("chile-navy", "Chilean navy", "organization", country="CHL", sector="MIL")])
    c = _Cluster(parties=["chile-gov", "peru-gov", "chile", "chile-navy"],
                 commitments=[Commitment("chile-gov", "open the ports")])
    _one_side_per_state(c, table)
    assert c.parties == ["peru-gov", "chile", "chile-navy"]  # no state of Peru among the sides: its government stays
    assert c.commitments[0].party == "chile"



@pytest.mark.model
def test_leaders_who_make_a_deal_make_it_for_their_states(nlp):
    text = ("Chile and Peru ended a long quarrel over the bay. Chilean President Marco Salas and Peruvian "
            "President Ana Ruiz signed a fishing treaty in Lima.")
    [deal], name = _agreements(nlp, text)
    assert {name(p) for p in deal.parties} == {"chile", "peru"}


@pytest.mark.model
def test_officials_named_by_a_common_noun_of_no_state_in_the_text_are_no_side(nlp):
    out, name = _agreements(nlp, "Negotiators signed a fishing deal in Lima after months of talks.")
    assert len(out) == 1 and out[0].parties == []


@pytest.mark.model
def test_two_deals_of_one_maker_with_other_states_are_two(nlp):
    text = "Chile struck a fishing deal with Peru on Monday, and Chile signed a trade agreement with Bolivia on Tuesday."
    out, name = _agreements(nlp, text)
    assert sorted(sorted(name(p) for p in deal.parties) for deal in out) == [["bolivia", "chile"], ["chile", "peru"]]


@pytest.mark.model
def test_the_deal_does_not_refer_back_to_a_roadmap_signed(nlp):
    text = ("Chile and Peru signed a fishing treaty in May. Bolivia signed a roadmap with Ecuador on Friday. "
            "The deal caps the catch of anchovies at a million tonnes.")
    out, name = _agreements(nlp, text)
    held = {tuple(sorted(name(p) for p in deal.parties)): deal for deal in out}
    assert any("caps" in c.text for c in held[("chile", "peru")].commitments)
    assert not any("caps" in c.text for c in held[("bolivia", "ecuador")].commitments)


def test_deals_whose_sides_name_different_states_are_apart():
    from newsgraph.agreements._extract import _states_apart, _unnamed_officials
    from newsgraph.records import Actor, ActorTable

    table = ActorTable(actors=[Actor("chile", "Chile", "country", country="CHL"),
                               Actor("peru", "Peru", "country", country="PER"),
                               Actor("bolivia", "Bolivia", "country", country="BOL"),
                               Actor("opp", "the opposition", "group", country="BOL", sector="OPP"),
                               Actor("neg", "negotiators", "group", country="CHL", sector="GOV")])
    assert _states_apart(["chile", "peru"], ["chile", "bolivia"], table)
    assert not _states_apart(["chile", "peru"], ["chile"], table)  # one side told again
    assert not _states_apart(["chile", "peru"], ["chile", "opp"], table)  # a group beside a state: maybe one deal
    assert _unnamed_officials(table.get("neg")) and not _unnamed_officials(table.get("opp"))


@pytest.mark.model
def test_agreeing_to_the_deal_itself_or_with_a_side_is_no_term(nlp):
    text = ("Chile and Peru signed a fishing treaty in May. Bolivia later agreed to the treaty. "
            "Under the treaty, Peru agreed with Chile to close its harbour at night.")
    [deal], name = _agreements(nlp, text)
    assert "bolivia" in {name(p) for p in deal.parties}  # a side of the deal, with no term of its own
    texts = [c.text for c in deal.commitments]
    assert not any(t.startswith(("to the treaty", "with Chile")) for t in texts)
    assert any("close its harbour" in t for t in texts)


def test_a_complement_that_names_a_side_or_the_deal_is_no_term():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.agreements._extract import _no_term

    words = ["X", "agreed", "with", "Y", "to", "the", "plan", "to", "leave", "against", "advice", "on", "rates"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 1, 6, 4, 8, 1, 1, 9, 1, 11],
              deps=["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "aux", "xcomp", "prep", "pobj", "prep", "pobj"],
              lemmas=["X", "agree", "with", "Y", "to", "the", "plan", "to", "leave", "against", "advice", "on", "rate"])
    assert _no_term(doc[2]) and _no_term(doc[4]) and _no_term(doc[9])  # a side, the deal, a circumstance
    assert not _no_term(doc[8]) and not _no_term(doc[11])  # what is agreed: "to leave", "on rates"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru is committed to the peace treaty with Chile, the minister said on Monday.",
    "Chile signed a fishing treaty with Ecuador in 1990. Last year Peru withdrew from the treaty.",
    "Chile signed a fishing treaty with Ecuador in 1990. Peru has honoured the treaty ever since.",
])
def test_who_holds_keeps_or_leaves_a_deal_is_its_party(nlp, text):
    out, name = _agreements(nlp, text)
    assert any("peru" in {name(p) for p in deal.parties} for deal in out)


@pytest.mark.model
def test_who_only_would_break_a_deal_is_no_party(nlp):
    text = ("Chile signed a fishing treaty with Ecuador in 1990. Experts say Peru would violate the treaty "
            "if it were bound by it.")
    out, name = _agreements(nlp, text)
    assert out and not any("peru" in {name(p) for p in deal.parties} for deal in out)


def test_the_verb_by_which_a_side_holds_or_leaves_a_deal():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.agreements._extract import _holding_verb

    words = ["X", "pulled", "out", "of", "the", "pact", "and", "Y", "praised", "the", "deal"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 1, 8, 1, 10, 8],
              deps=["nsubj", "ROOT", "prt", "prep", "det", "pobj", "cc", "nsubj", "conj", "det", "dobj"],
              pos=["PROPN", "VERB", "ADP", "ADP", "DET", "NOUN", "CCONJ", "PROPN", "VERB", "DET", "NOUN"],
              lemmas=["X", "pull", "out", "of", "the", "pact", "and", "Y", "praise", "the", "deal"])
    assert getattr(_holding_verb(doc[5]), "i", None) == 1  # "pulled out of the pact"
    assert _holding_verb(doc[10]) is None  # praising a deal binds no one to it


@pytest.mark.model
def test_the_deal_refers_back_to_the_deal_made_not_to_one_only_named(nlp):
    text = ("Chile and Peru signed a fishing treaty in May. Chile would have a deal with Bolivia one way or another, "
            "its minister said. The treaty caps the catch of anchovies at a million tonnes.")
    out, name = _agreements(nlp, text)
    [deal] = [d for d in out if "peru" in {name(p) for p in d.parties}]
    assert any("caps" in c.text for c in deal.commitments)
    assert "bolivia" not in {name(p) for p in deal.parties}


def test_a_definite_mention_does_not_refer_back_to_a_deal_of_other_states():
    from types import SimpleNamespace

    from newsgraph.agreements._extract import _Cluster, _Mention, _refers_to
    from newsgraph.records import Actor, ActorTable

    table = ActorTable(actors=[Actor("chile", "Chile", "country", country="CHL"),
                               Actor("peru", "Peru", "country", country="PER"),
                               Actor("bolivia", "Bolivia", "country", country="BOL"),
                               Actor("ecuador", "Ecuador", "country", country="ECU")])
    deal = SimpleNamespace(lemma_="deal", lower_="deal")

    def told(parties):
        return _Mention(deal, None, parties, None, True, False, [])  # type: ignore[arg-type]

    made = _Cluster()
    made.add(told(["chile", "peru"]))
    assert not _refers_to(told(["bolivia", "ecuador"]), made, table)  # "the new deal with Bolivia and Ecuador"
    assert _refers_to(told(["peru"]), made, table)  # one side told again
    assert _refers_to(told([]), made, table)


@pytest.mark.model
def test_a_side_bound_in_the_paragraph_after_the_deal_takes_the_term(nlp):
    text = ("Chile and Peru signed a fishing treaty in May.\n\n"
            "The treaty caps the catch of anchovies at a million tonnes.\n\n"
            "Peru will be required to close its harbour at night. Peru also agreed to buy wheat from Canada.")
    [deal], name = _agreements(nlp, text)
    texts = {c.text: name(c.party) for c in deal.commitments}
    assert any("close its harbour" in t and p == "peru" for t, p in texts.items())
    assert not any("wheat" in t for t in texts)  # agreeing past the deal's paragraph may be another deal


@pytest.mark.model
def test_a_side_that_gets_one_half_of_an_exchange_gives_the_other(nlp):
    text = ("Chile and Peru signed a fisheries treaty in March, and Peru will receive access to the southern "
            "ports in exchange for limits on its fleet.")
    [deal], name = _agreements(nlp, text)
    made = [(name(c.party), c.text) for c in deal.commitments]
    assert ("peru", "limits on its fleet") in made
    assert ("chile", "access to the southern ports") in made
    assert not any(p == "peru" and "receive" in t for p, t in made)  # what Peru gets is no term of Peru's


@pytest.mark.model
def test_what_the_deal_includes_is_a_term_and_its_members_are_none(nlp):
    text = ("Chile and Peru signed a fishing treaty in May. The treaty also includes tougher quotas on "
            "anchovies for Peru.")
    [deal], name = _agreements(nlp, text)
    assert {name(c.party) for c in deal.commitments if "tougher quotas" in c.text} == {"peru"}
    text = "Chile and Peru signed a fishing treaty in May. The treaty includes Chile, Peru and Ecuador."
    [deal], _name = _agreements(nlp, text)
    assert deal.commitments == []
    text = "Chile and Peru signed a fishing treaty in May. Chile is open to a treaty that includes quotas on tuna."
    out, _name = _agreements(nlp, text)
    assert not any("quotas" in c.text for deal in out for c in deal.commitments)  # a deal only thought of


@pytest.mark.model
def test_a_term_told_by_an_apposition_on_the_deal(nlp):
    text = "Peru made a fishing treaty with Chile, one that outlined new quotas for the anchovy fleet."
    [deal], _name = _agreements(nlp, text)
    assert any("new quotas" in c.text for c in deal.commitments)


@pytest.mark.model
def test_what_a_side_does_in_a_clause_under_the_deal_is_its_term(nlp):
    text = "Chile and Peru signed a fishing treaty under which Bolivia was to give up its claim to the bay."
    [deal], name = _agreements(nlp, text)
    assert {name(c.party) for c in deal.commitments if "give up its claim" in c.text} == {"bolivia"}
    assert "bolivia" in {name(p) for p in deal.parties}
    text = "Chile and Peru signed a fishing treaty under which Bolivia did not give up its claim to the bay."
    out, _name = _agreements(nlp, text)
    assert not any("claim" in c.text for deal in out for c in deal.commitments)


@pytest.mark.model
def test_a_list_of_purposes_the_parser_hangs_on_the_verb_is_one_term(nlp):
    text = "Chile and Peru reached agreement on Friday on a deal to open the border, cut tariffs and restore flights."
    [deal], name = _agreements(nlp, text)
    terms = {name(c.party): c.text for c in deal.commitments}
    assert "restore flights" in terms.get("chile", "") and "open the border" in terms.get("chile", "")
