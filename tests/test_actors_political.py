"""Which actors are political actors (actors/_political.py) and where their country comes from: the
mention roles, the filter, the US institutions, party-state tags, appositives and sentence context.

The docs are built by hand (words, heads, dependency labels), so no model is loaded."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.actors._agents import context_country
from newsgraph.actors._coding import read_title
from newsgraph.actors._dictionaries import Entry, bundled, split_code
from newsgraph.actors._people import _dated_person, party_state
from newsgraph.actors._political import (event_named, judge, left_to_rules, mention_role, named_in, no_actor_name,
                                         ordinary_place, political)
from newsgraph.records import Actor, ActorTable, Event, Mention


def parsed(words, heads, deps, pos=None, ents=None, tags=None):
    """A doc with the given parse: ``heads`` as token indices (a root is its own head)."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    pos = pos or ["PROPN" if w[:1].isupper() else "PUNCT" if not w.isalnum() else "NOUN" for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents, tags=tags)


def table_of(doc, *actors):
    """An ActorTable from (Actor, [(start, end, kind), ...]) pairs over ``doc``'s tokens."""
    mentions = []
    for actor, spans in actors:
        for s, e, kind in spans:
            span = doc[s:e]
            mentions.append(Mention(actor=actor.id, span=(span.start_char, span.end_char), tokens=(s, e),
                                    text=span.text, kind=kind))
    return ActorTable(actors=[a for a, _s in actors], mentions=mentions)


# "Envoys met in Vienna ." / "Vienna rejected the plan ."
MET_IN = (["Envoys", "met", "in", "Vienna", "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
          ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "B-GPE", "O"])
REJECTED = (["Vienna", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
            ["PROPN", "VERB", "DET", "NOUN", "PUNCT"], ["B-GPE", "O", "O", "O", "O"])


def test_place_of_an_act_is_a_place_and_a_capital_that_acts_is_a_subject():
    assert mention_role(parsed(*MET_IN), 3, 4, place=True) == "place"
    assert mention_role(parsed(*REJECTED), 0, 1, place=True) == "subject"


def test_party_prepositions_possessors_and_modifiers():
    # "Ministers imposed sanctions on Ruritania ."
    doc = parsed(["Ministers", "imposed", "sanctions", "on", "Ruritania", "."], [1, 1, 1, 2, 3, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"])
    assert mention_role(doc, 4, 5, place=True) == "party"
    # "Ruritania 's decision angered allies ."
    doc = parsed(["Ruritania", "'s", "decision", "angered", "allies", "."], [2, 0, 3, 3, 3, 3],
                 ["poss", "case", "nsubj", "ROOT", "dobj", "punct"])
    assert mention_role(doc, 0, 1, place=True) == "party"
    # "Zealotic fundamentalism spread ." : a name inside another noun phrase
    doc = parsed(["Zealotic", "fundamentalism", "spread", "."], [1, 2, 2, 2], ["amod", "nsubj", "ROOT", "punct"],
                 ["ADJ", "NOUN", "VERB", "PUNCT"])
    assert mention_role(doc, 0, 1) == "modifier"


def test_a_name_modifying_an_agent_noun_stands_where_the_noun_stands():
    # "The U.N. envoy arrived ." : the U.N. acts through its envoy
    doc = parsed(["The", "U.N.", "envoy", "arrived", "."], [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"],
                 ["DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert mention_role(doc, 1, 2) == "subject"


def test_of_locates_a_place_and_takes_a_party_otherwise():
    # "the president of Ruritania spoke ."
    doc = parsed(["the", "president", "of", "Ruritania", "spoke", "."], [1, 4, 1, 2, 4, 4],
                 ["det", "nsubj", "prep", "pobj", "ROOT", "punct"])
    assert mention_role(doc, 3, 4, place=True) == "place"
    assert mention_role(doc, 3, 4, place=False) == "party"


def test_address_after_a_person_and_the_one_told_are_read():
    # "Jane Roe , D-Ohio , said ." : the state is an address, no actor
    doc = parsed(["Jane", "Roe", ",", "Ohio", ",", "said", "."], [1, 5, 1, 1, 1, 5, 5],
                 ["compound", "nsubj", "punct", "appos", "punct", "ROOT", "punct"],
                 ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"])
    assert mention_role(doc, 3, 4, place=True) == "place"
    # "She told reporters ." : the addressee of a statement
    doc = parsed(["She", "told", "reporters", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                 ["PRON", "VERB", "NOUN", "PUNCT"])
    doc[1].lemma_ = "tell"
    assert mention_role(doc, 2, 3) == "subject"


def test_filter_drops_a_place_of_an_act_and_an_object_only_agent():
    doc = parsed(["Envoys", "met", "in", "Vienna", "and", "protected", "civilians", "."],
                 [1, 1, 1, 2, 1, 1, 5, 1], ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj", "punct"],
                 ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "NOUN", "PUNCT"],
                 ["O", "O", "O", "B-GPE", "O", "O", "O", "O"])
    envoys = Actor(id="envoys", name="envoys", kind="group")
    vienna = Actor(id="vienna", name="Vienna", kind="group", country="AUT")
    civilians = Actor(id="civilians", name="civilians", kind="group")
    table = table_of(doc, (envoys, [(0, 1, "title")]), (vienna, [(3, 4, "name")]), (civilians, [(6, 7, "title")]))
    assert judge(table, doc) == {"vienna": "no argument", "civilians": "unnamed"}
    assert [a.id for a in political(table, doc).actors] == ["envoys"]
    # what a record uses stays, and so does every actor named in an event's sentence
    assert [a.id for a in political(table, doc, keep={"vienna"}).actors] == ["envoys", "vienna"]
    sentence = (0, len(doc.text))
    assert named_in(table, [sentence]) == {"envoys", "vienna", "civilians"}
    assert len(political(table, doc, keep=named_in(table, [sentence])).actors) == 3


def _event(doc, etype, trigger):
    tok = doc[trigger]
    return Event(id="e", event=etype, span=(0, len(doc.text)), text=doc.text,
                 trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok.text)]})


def test_an_ordinary_place_in_an_event_sentence_is_left_to_the_rules():
    # "Envoys met in Lyon ." : a city is where the talks happen, not a party to them
    words = ["Envoys", "met", "in", "Lyon", "."]
    doc = parsed(words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "B-GPE", "O"])
    envoys = Actor(id="envoys", name="envoys", kind="group")
    lyon = Actor(id="lyon", name="Lyon", kind="group", country="FRA")
    table = table_of(doc, (envoys, [(0, 1, "title")]), (lyon, [(3, 4, "name")]))
    assert ordinary_place(lyon, [m for m in table.mentions if m.actor == "lyon"])
    met = _event(doc, "CONSULT", 1)
    assert named_in(table, [met.span]) == {"envoys", "lyon"}
    assert event_named(table, doc, [met]) == {"envoys"}
    assert [a.id for a in political(table, doc, keep=event_named(table, doc, [met])).actors] == ["envoys"]
    # a capital can stand for its government, but not as a meeting's venue
    vienna = Actor(id="vienna", name="Vienna", kind="group", country="AUT")
    doc = parsed(["Envoys", "met", "in", "Vienna", "."], [1, 1, 1, 2, 1], ["nsubj", "ROOT", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "B-GPE", "O"])
    table = table_of(doc, (vienna, [(3, 4, "name")]))
    assert not ordinary_place(vienna, table.mentions)
    assert event_named(table, doc, [_event(doc, "CONSULT", 1)]) == set()


def _visit(doc, trigger):
    return dataclasses.replace(_event(doc, "CONSULT", trigger), mode="visit")


def test_a_state_or_capital_an_event_is_done_in_stays_named_and_a_venue_does_not():
    # "The envoy arrived in Vienna ." : a visit's place is its host
    doc = parsed(["The", "envoy", "arrived", "in", "Vienna", "."], [1, 2, 2, 2, 3, 2],
                 ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
                 ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "B-GPE", "O"])
    vienna = Actor(id="vienna", name="Vienna", kind="group", country="AUT")
    table = table_of(doc, (vienna, [(4, 5, "name")]))
    assert event_named(table, doc, [_visit(doc, 2)]) == {"vienna"}
    assert event_named(table, doc, [_event(doc, "CONSULT", 2)]) == set()
    # "Ruritania lifted a curfew in Zealotia ." : the state the act is done in, its trigger further up
    doc = parsed(["Ruritania", "lifted", "a", "curfew", "in", "Zealotia", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    state = Actor(id="state", name="Zealotia", kind="country", country="ZZZ")
    table = table_of(doc, (state, [(5, 6, "name")]))
    assert event_named(table, doc, [_event(doc, "CONCEDE", 1)]) == {"state"}
    # the same state as the place of a summit, which is held there and done to no one
    doc = parsed(["Leaders", "held", "a", "summit", "in", "Zealotia", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "O", "B-GPE", "O"])
    table = table_of(doc, (state, [(5, 6, "name")]))
    assert event_named(table, doc, [_event(doc, "CONSULT", 3)]) == set()
    # a state that is a party to the talks stays: "Leaders held talks with Zealotia ."
    doc = parsed(["Leaders", "held", "talks", "with", "Zealotia", "."], [1, 1, 1, 2, 3, 1],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "B-GPE", "O"])
    table = table_of(doc, (state, [(4, 5, "name")]))
    assert event_named(table, doc, [_event(doc, "CONSULT", 2)]) == {"state"}


def test_an_ordinary_place_where_force_is_used_stays_named_in_the_event_sentence():
    # "Police imposed a curfew in Lyon ." : the city stands for the people the curfew is imposed on
    doc = parsed(["Police", "imposed", "a", "curfew", "in", "Lyon", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], ["O", "O", "O", "O", "O", "B-GPE", "O"])
    lyon = Actor(id="lyon", name="Lyon", kind="group", country="FRA")
    table = table_of(doc, (lyon, [(5, 6, "name")]))
    assert event_named(table, doc, [_event(doc, "COERCE", 1)]) == {"lyon"}
    # the same sentence told as a meeting's venue would not keep it
    assert event_named(table, doc, [_event(doc, "CONSULT", 1)]) == set()


def test_groups_and_named_persons_of_an_event_sentence_are_left_to_the_rules():
    # "Ruritania sent four warships to the Zealotic coast ." : the state stays, the things it sent and
    # the name inside another phrase are judged by the rules (no subject; an unnamed thing)
    doc = parsed(["Ruritania", "sent", "four", "warships", "to", "the", "Zealotic", "coast", "."],
                 [1, 1, 3, 1, 1, 7, 7, 4, 1],
                 ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "amod", "pobj", "punct"],
                 ["PROPN", "VERB", "NUM", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"])
    state = Actor(id="state", name="Ruritania", kind="country")
    ships = Actor(id="ships", name="four warships", kind="group")
    zealots = Actor(id="zealots", name="Zealotic", kind="group")
    un = Actor(id="un", name="United Nations", kind="organization")
    table = table_of(doc, (state, [(0, 1, "name")]), (ships, [(2, 4, "title")]), (zealots, [(6, 7, "name")]),
                     (un, [(6, 7, "name")]))
    named = event_named(table, doc, [_event(doc, "MOBILIZE", 1)])
    assert named == {"state", "ships", "zealots", "un"}
    assert left_to_rules(table, doc, named) == {"ships", "zealots"}
    kept = political(table, doc, keep=named - left_to_rules(table, doc, named))
    assert [a.id for a in kept.actors] == ["state", "un"]


def test_an_unnamed_person_of_an_event_sentence_is_left_to_the_rules():
    # "The minister named a second envoy ." : an unnamed person the sentence only acts upon goes
    doc = parsed(["The", "minister", "named", "a", "second", "envoy", "."], [1, 2, 2, 5, 5, 2, 2],
                 ["det", "nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"])
    minister = Actor(id="minister", name="minister", kind="person")
    envoy = Actor(id="envoy", name="second envoy", kind="person")
    table = table_of(doc, (minister, [(0, 2, "title")]), (envoy, [(3, 6, "title")]))
    named = event_named(table, doc, [_event(doc, "CONSULT", 2)])
    assert named == {"minister", "envoy"}
    assert left_to_rules(table, doc, named) == {"minister", "envoy"}
    kept = political(table, doc, keep=named - left_to_rules(table, doc, named))
    # the unnamed subject acts in the sentence and stays; the one only named as the object goes
    assert [a.id for a in kept.actors] == ["minister"]
    # what a record uses stays
    kept = political(table, doc, keep={"envoy"} | (named - left_to_rules(table, doc, named)))
    assert [a.id for a in kept.actors] == ["minister", "envoy"]


def test_a_body_named_only_as_a_venue_is_left_to_the_rules():
    # "Ministers spoke at the Zealot Institute ." : the institute is where the speech is given
    doc = parsed(["Ministers", "spoke", "at", "the", "Zealot", "Institute", "."], [1, 1, 1, 5, 5, 2, 1],
                 ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"])
    institute = Actor(id="inst", name="Zealot Institute", kind="organization")
    table = table_of(doc, (institute, [(4, 6, "name")]))
    assert left_to_rules(table, doc, {"inst"}) == {"inst"}
    # "Ministers met the Zealot Institute ." : a body that is a party stays named in the sentence
    doc = parsed(["Ministers", "met", "the", "Zealot", "Institute", "."], [1, 1, 4, 4, 1, 1],
                 ["nsubj", "ROOT", "det", "compound", "dobj", "punct"])
    table = table_of(doc, (institute, [(3, 5, "name")]))
    assert left_to_rules(table, doc, {"inst"}) == set()


def test_a_law_or_an_event_is_no_actor_even_as_a_subject():
    # "The Zealot Protection Act requires a vote ." : a law, not an actor, though the verb's subject
    doc = parsed(["The", "Zealot", "Protection", "Act", "requires", "a", "vote", "."], [3, 3, 3, 4, 4, 6, 4, 4],
                 ["det", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "punct"])
    law = Actor(id="law", name="Zealot Protection Act", kind="organization")
    table = table_of(doc, (law, [(1, 4, "name")]))
    assert mention_role(doc, 1, 4) == "subject"
    assert judge(table, doc) == {"law": "no actor"}
    assert left_to_rules(table, doc, {"law"}) == {"law"}
    # a person whose surname is such a word is a person
    assert not no_actor_name(Actor(id="p", name="Andrew Law", kind="person"))
    assert no_actor_name(Actor(id="w", name="the Second Zealot War", kind="organization"))


def test_filter_keeps_a_state_that_acts():
    doc = parsed(*REJECTED)
    vienna = Actor(id="austria", name="Austria", kind="country", country="AUT")
    table = table_of(doc, (vienna, [(0, 1, "name")]))
    assert political(table, doc) is table


# -- country and sector from evidence ---------------------------------------------------------------
def test_legislature_code_is_the_legislature():
    assert split_code("USAGOVLEG") == ("USA", "LEG")
    assert split_code("EGYGOVJUD") == ("EGY", "JUD")
    assert split_code("USAGOVBUS") == ("USA", "GOV")


def test_us_institutions_are_in_the_knowledge_base():
    actors = bundled().actors
    assert actors.lookup("Justice Department").codes[0][0] == "USAGOV"
    assert actors.lookup("the House").codes[0][0] == "USALEG"
    assert actors.lookup("Republicans").kind == "group" and actors.lookup("GOP").codes[0][0] == "USAPTY"
    # the administration, not the Phoenix entry of the president that lists it as an alias
    assert actors.lookup("Obama administration").name == "Obama administration"


def test_party_state_tag_after_a_name():
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("Jane Roe, D-N.Y., said it.")
    assert party_state(doc, 2) == "N.Y."
    doc = nlp("Sen. Jon Doe (R-Utah) voted no.")
    assert party_state(doc, 3) == "Utah"
    assert party_state(nlp("Jane Roe, a teacher, said it."), 2) is None


def test_undated_phoenix_root_with_dated_offices_is_a_person():
    entry = Entry(name="Rafi Tehrani", codes=[("IRNGOV", "2013-08-03", None)], kind="organization")
    assert _dated_person(entry, "Rafi Tehrani")
    assert not _dated_person(entry, "Tehrani")  # one word: too weak to take an organisation's entry
    assert not _dated_person(Entry(name="Ruritanian Army", codes=[("RURMIL", None, None)], kind="organization"),
                             "Ruritanian Army")


def test_appositive_noun_gives_the_country():
    # "Avi Tal , an Israeli expert , said ."
    words = ["Avi", "Tal", ",", "an", "Israeli", "expert", ",", "said", "."]
    doc = parsed(words, [1, 7, 1, 5, 5, 1, 1, 7, 7],
                 ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct"],
                 ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"],
                 ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "O"])
    B = bundled()
    title = read_title(doc, 0, 2, B, B.actors.lookup, set())
    assert title.country == "ISR" and title.sector is None


@pytest.mark.parametrize("sentence_of_token, expected", [(0, "IRN"), (1, None)])
def test_context_country_is_the_sentence_only(sentence_of_token, expected):
    sent_of = {0: 0, 5: 0, 20: 1, 30: 1}
    mentions = [(5, "IRN")]  # the only country named is in the first sentence
    token = 0 if sentence_of_token == 0 else 20
    assert context_country(token, sent_of, mentions) == expected


def test_context_country_never_takes_the_rest_of_the_document():
    sent_of = {0: 0, 5: 0, 20: 1}
    assert context_country(20, sent_of, [(5, "IRN")]) is None
    assert context_country(0, sent_of, [(5, "IRN")], exclude="IRN") is None


def test_learned_filter_judges_each_group_apart(monkeypatch):
    from newsgraph import _linear
    from newsgraph.actors import _keep

    def judging(**weights):
        # a filter that judges every actor junk but for the groups given a weight
        model = _linear.LinearModel(weights={"bias": -10.0, **weights}, threshold=0.5, about={})
        monkeypatch.setattr(_keep, "keeper", lambda: model)

    austria = Actor(id="austria", name="Austria", kind="country", country="AUT")
    acts = parsed(*REJECTED)
    table = table_of(acts, (austria, [(0, 1, "name")]))
    assert _keep.named_subject(austria, table.mentions, acts)
    judging(**{"group=subject": 30.0})  # subjects left alone
    assert [a.id for a in _keep.keep(table, acts).actors] == ["austria"]
    judging()  # a subject is judged like any actor
    assert _keep.keep(table, acts).actors == []
    located = parsed(*MET_IN)
    table = table_of(located, (austria, [(3, 4, "name")]))
    assert not _keep.named_subject(austria, table.mentions, located)
    judging(**{"group=subject": 30.0})
    assert _keep.keep(table, located).actors == []
    # what a record uses always stays; a name in an event's sentence is judged in its own group
    assert [a.id for a in _keep.keep(table, located, keep={"austria"}).actors] == ["austria"]
    judging(**{"group=named": 30.0})  # "met" tells an event, done in the place (setting_state leaves it)
    assert [a.id for a in _keep.keep(table, located, named={"austria"}, acts={located[1].idx}).actors] == ["austria"]
    collected: list = []
    _keep.keep(table, located, decide=False, collect=collected, named={"austria"})
    assert "group=named" in collected[0][1] and "named|kind=country" in collected[0][1]


def test_filter_reads_a_name_met_only_in_the_heading():
    import spacy

    from newsgraph.actors._keep import features

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruritania = Actor(id="r", name="Ruritania", kind="country", country="RUR")

    def names_of(text):
        doc = nlp(text)
        table = table_of(doc, (ruritania, [(t.i, t.i + 1, "name") for t in doc if t.text == "Ruritania"]))
        return features(ruritania, table.mentions, doc, [0] * len(doc))

    assert "heading_only" in names_of("Attack in Ruritania\nGunmen fired on a bus on Monday.")
    assert "in_heading" in names_of("Attack in Ruritania\nRuritania said it would respond.")
    # a text of one line (a wire sentence) has no heading
    assert "heading_only" not in names_of("Gunmen attacked a bus in Ruritania on Monday.")
    assert "word=ruritania" in names_of("Gunmen attacked a bus in Ruritania on Monday.")


def test_state_named_only_in_the_heading_goes(monkeypatch):
    import spacy

    from newsgraph import _linear
    from newsgraph.actors import _keep

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    # a filter that keeps every actor it judges: only the heading rule drops anything
    model = _linear.LinearModel(weights={"bias": 10.0}, threshold=0.5, about={})
    monkeypatch.setattr(_keep, "keeper", lambda: model)
    ruritania = Actor(id="r", name="Ruritania", kind="country", country="RUR")

    def kept(text, keep=frozenset()):
        doc = nlp(text)
        table = table_of(doc, (ruritania, [(t.i, t.i + 1, "name") for t in doc if t.text == "Ruritania"]))
        return [a.id for a in _keep.keep(table, doc, keep=keep).actors]

    assert kept("Attack in Ruritania\nGunmen fired on a bus on Monday.") == []
    assert kept("Attack in Ruritania\nGunmen fired on a bus on Monday.", keep={"r"}) == ["r"]  # a record uses it
    assert kept("Attack in Ruritania\nRuritania said it would respond.") == ["r"]
    assert kept("Gunmen attacked a bus in Ruritania on Monday.") == ["r"]  # one line: no heading


def _keeping_filter(monkeypatch):
    """A filter that keeps every actor it judges: only the deterministic rules drop anything."""
    from newsgraph import _linear
    from newsgraph.actors import _keep

    model = _linear.LinearModel(weights={"bias": 10.0}, threshold=0.5, about={})
    monkeypatch.setattr(_keep, "keeper", lambda: model)
    return _keep


def test_people_of_a_city_named_only_inside_other_phrases_go(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    geneva = Actor(id="geneva", name="Geneva", kind="group", country="CHE", sector="CVL")
    # "The Geneva talks stalled ." : inside another phrase
    inside = parsed(["The", "Geneva", "talks", "stalled", "."], [2, 2, 3, 3, 3],
                    ["det", "compound", "nsubj", "ROOT", "punct"], ["DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    table = table_of(inside, (geneva, [(1, 2, "name")]))
    assert _keep.place_people_setting(geneva, table.mentions, inside)
    assert _keep.keep(table, inside, named={"geneva"}).actors == []
    assert [a.id for a in _keep.keep(table, inside, keep={"geneva"}).actors] == ["geneva"]  # a record uses it
    # "Envoys met in Geneva ." : where an act happens, which the PLOVER records code as its target
    located = parsed(["Envoys", "met", "in", "Geneva", "."], [1, 1, 1, 2, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    table = table_of(located, (geneva, [(3, 4, "name")]))
    assert not _keep.place_people_setting(geneva, table.mentions, located)
    # "Geneva rejected the plan ." : the city acts and stays
    acts = parsed(["Geneva", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    table = table_of(acts, (geneva, [(0, 1, "name")]))
    assert [a.id for a in _keep.keep(table, acts).actors] == ["geneva"]
    # a state named inside another phrase is no people of a place: the rules and the filter judge it
    swiss = Actor(id="switzerland", name="Switzerland", kind="country", country="CHE")
    table = table_of(inside, (swiss, [(1, 2, "name")]))
    assert not _keep.place_people_setting(swiss, table.mentions, inside)


def test_people_of_a_city_named_only_as_where_something_is_go_from_an_event_sentence(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    geneva = Actor(id="geneva", name="Geneva", kind="group", country="CHE", sector="CVL")
    # "Envoys met in Geneva ." : the venue of the act, no party to it
    located = parsed(["Envoys", "met", "in", "Geneva", "."], [1, 1, 1, 2, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    table = table_of(located, (geneva, [(3, 4, "name")]))
    met = {located[1].idx}
    assert _keep.place_people_venue(geneva, table.mentions, located)
    assert _keep.place_people_venue(geneva, table.mentions, located, acts=met, venues=met)  # talks there
    assert _keep.keep(table, located, named={"geneva"}, acts=met, venues=met).actors == []
    assert [a.id for a in _keep.keep(table, located, named={"geneva"}, keep={"geneva"}).actors] == ["geneva"]
    # named in no event's sentence, only where something is: the venue too (session 33, junk33), unless an
    # act of another kind is done there
    assert _keep.keep(table, located).actors == []
    assert [a.id for a in _keep.keep(table, located, acts=met).actors] == ["geneva"]
    # an act of another kind done there (a clash, a curfew, a protest, a visit): the PLOVER records' target
    assert not _keep.place_people_venue(geneva, table.mentions, located, acts=met)
    assert [a.id for a in _keep.keep(table, located, named={"geneva"}, acts=met).actors] == ["geneva"]
    # "Talks in Geneva resumed ." : a venue, unless the act is other than talk ("Clashes in Geneva resumed .")
    talks = parsed(["Talks", "in", "Geneva", "resumed", "."], [3, 0, 1, 3, 3],
                   ["nsubj", "prep", "pobj", "ROOT", "punct"], ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"])
    mentions = table_of(talks, (geneva, [(2, 3, "name")])).mentions
    assert _keep.place_people_venue(geneva, mentions, talks, acts={talks[0].idx}, venues={talks[0].idx})
    assert not _keep.place_people_venue(geneva, mentions, talks, acts={talks[0].idx})
    # "Residents in Geneva waited ." : a noun for people there, the place's people
    residents = parsed(["Residents", "in", "Geneva", "waited", "."], [3, 0, 1, 3, 3],
                       ["nsubj", "prep", "pobj", "ROOT", "punct"], ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"])
    assert not _keep.place_people_venue(geneva, table_of(residents, (geneva, [(2, 3, "name")])).mentions, residents)
    # "Geneva rejected the plan ." : the city acts and stays
    acts = parsed(["Geneva", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    table = table_of(acts, (geneva, [(0, 1, "name")]))
    assert not _keep.place_people_venue(geneva, table.mentions, acts)
    assert [a.id for a in _keep.keep(table, acts, named={"geneva"}).actors] == ["geneva"]
    # "Envoys met with Geneva ." : a party's preposition
    party = parsed(["Envoys", "met", "with", "Geneva", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert not _keep.place_people_venue(geneva, table_of(party, (geneva, [(3, 4, "name")])).mentions, party)
    # a state is judged by setting_state, not by this rule
    swiss = Actor(id="switzerland", name="Switzerland", kind="country", country="CHE")
    assert not _keep.place_people_venue(swiss, table_of(located, (swiss, [(3, 4, "name")])).mentions, located)


def test_a_party_adjective_of_a_contest_goes_and_one_of_people_stays(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    party = Actor(id="gop", name="Republican", kind="group", country="USA", sector="PTY")
    # "The Republican primary tightened and they ran ." : an attribute of a contest, no people (the
    # pronoun the coreference joined to it refers to someone else)
    primary = parsed(["The", "Republican", "primary", "tightened", "and", "they", "ran", "."],
                     [2, 2, 3, 3, 3, 6, 3, 3], ["det", "amod", "nsubj", "ROOT", "cc", "nsubj", "conj", "punct"],
                     ["DET", "ADJ", "NOUN", "VERB", "CCONJ", "PRON", "VERB", "PUNCT"])
    table = table_of(primary, (party, [(1, 2, "name"), (5, 6, "pronoun")]))
    assert _keep.party_word_setting(party, table.mentions, primary)
    assert _keep.keep(table, primary).actors == []
    assert [a.id for a in _keep.keep(table, primary, keep={"gop"}).actors] == ["gop"]  # a record uses it
    # "Republican senators voted ." : a noun for people, a group the annotators code
    senators = parsed(["Republican", "senators", "voted", "."], [1, 2, 2, 2], ["amod", "nsubj", "ROOT", "punct"],
                      ["ADJ", "NOUN", "VERB", "PUNCT"], tags=["JJ", "NNS", "VBD", "."])
    table = table_of(senators, (party, [(0, 1, "name")]))
    assert not _keep.party_word_setting(party, table.mentions, senators)
    # "A Republican objected ." : the word stands for a person
    objected = parsed(["A", "Republican", "objected", "."], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"],
                      ["DET", "PROPN", "VERB", "PUNCT"])
    table = table_of(objected, (party, [(1, 2, "name")]))
    assert not _keep.party_word_setting(party, table.mentions, objected)
    # "Sen. Roe , Ohio Republican , objected ." : the word describes the named person
    described = parsed(["Sen.", "Roe", ",", "Ohio", "Republican", ",", "objected", "."], [1, 6, 1, 4, 1, 1, 6, 6],
                       ["compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"],
                       ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                       ents=["O", "B-PERSON", "O", "B-GPE", "O", "O", "O", "O"])
    table = table_of(described, (party, [(4, 5, "name")]))
    assert _keep.party_word_setting(party, table.mentions, described)
    # "Republicans" is a name of the party's people, not its bare adjective
    members = Actor(id="reps", name="Republicans", kind="group", country="USA", sector="PTY")
    table = table_of(primary, (members, [(1, 2, "name")]))
    assert not _keep.party_word_setting(members, table.mentions, primary)


def test_the_american_public_goes_and_a_counted_group_stays(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    public = Actor(id="us-civilians", name="United States civilians", kind="group", country="USA", sector="CVL")
    # "Americans worry about prices ."
    worry = parsed(["Americans", "worry", "about", "prices", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                   tags=["NNPS", "VBP", "IN", "NNS", "."])
    table = table_of(worry, (public, [(0, 1, "demonym")]))
    assert _keep.home_public(public, table.mentions, worry)
    assert _keep.keep(table, worry).actors == []
    assert [a.id for a in _keep.keep(table, worry, keep={"us-civilians"}).actors] == ["us-civilians"]
    # "the American people" : the same public
    people = parsed(["the", "American", "people", "voted", "."], [2, 2, 3, 3, 3],
                    ["det", "amod", "nsubj", "ROOT", "punct"], ["DET", "ADJ", "NOUN", "VERB", "PUNCT"])
    table = table_of(people, (public, [(0, 3, "name")]))
    assert _keep.home_public(public, table.mentions, people)
    # "Four Americans were freed ." : a counted group the story follows
    freed = parsed(["Four", "Americans", "were", "freed", "."], [1, 3, 3, 3, 3],
                   ["nummod", "nsubjpass", "auxpass", "ROOT", "punct"], ["NUM", "PROPN", "AUX", "VERB", "PUNCT"])
    table = table_of(freed, (public, [(1, 2, "demonym")]))
    assert not _keep.home_public(public, table.mentions, freed)
    # "Americans for Reform said ." : the start of a body's name, not the public
    body = parsed(["Americans", "for", "Reform", "said", "."], [3, 0, 1, 3, 3],
                  ["nsubj", "prep", "pobj", "ROOT", "punct"], ["PROPN", "ADP", "PROPN", "VERB", "PUNCT"])
    table = table_of(body, (public, [(0, 1, "demonym")]))
    assert not _keep.home_public(public, table.mentions, body)
    # one of the country's states taken for its people is no demonym: "Texas voted ."
    voted = parsed(["Texas", "voted", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"], ["PROPN", "VERB", "PUNCT"])
    texas = Actor(id="texas", name="Texas", kind="group", country="USA", sector="CVL")
    table = table_of(voted, (texas, [(0, 1, "name")]))
    assert not _keep.home_public(texas, table.mentions, voted)
    # another country's people stay for the rules and the filter to judge
    others = Actor(id="ruritanians", name="Iran civilians", kind="group", country="IRN", sector="CVL")
    table = table_of(worry, (others, [(0, 1, "demonym")]))
    assert not _keep.home_public(others, table.mentions, worry)


def test_another_countrys_public_that_is_only_a_subject_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    public = Actor(id="britons", name="United Kingdom civilians", kind="group", country="GBR", sector="CVL")
    # "Britons worry about prices ." in American news: a people's mood, no record uses it
    worry = parsed(["Britons", "worry", "about", "prices", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                   tags=["NNPS", "VBP", "IN", "NNS", "."])
    table = table_of(worry, (public, [(0, 1, "demonym")]))
    assert _keep.foreign_public(public, table.mentions, worry, "USA")
    assert _keep.keep(table, worry, home="USA").actors == []
    # an event or a quote that uses it keeps it
    assert [a.id for a in _keep.keep(table, worry, keep={"britons"}, home="USA").actors] == ["britons"]
    # the home public is home_public's; a group named by its name or with no sector stays
    assert not _keep.foreign_public(public, table.mentions, worry, "GBR")
    assert not _keep.foreign_public(public, table_of(worry, (public, [(0, 1, "name")])).mentions, worry, "USA")
    regime = Actor(id="britons", name="Britons", kind="group", country="GBR")
    assert not _keep.foreign_public(regime, table.mentions, worry, "USA")
    # "Ethnic Britons vowed to fight ." coded as another state's people: a minority, a party that stays
    ethnic = parsed(["Ethnic", "Britons", "vowed", "to", "fight", "."], [1, 2, 2, 4, 2, 2],
                    ["amod", "nsubj", "ROOT", "aux", "xcomp", "punct"], ["ADJ", "PROPN", "VERB", "PART", "VERB", "PUNCT"])
    minority = Actor(id="britons", name="Ruritania civilians", kind="group", country="FRA", sector="CVL")
    assert not _keep.foreign_public(minority, table_of(ethnic, (minority, [(0, 2, "demonym")])).mentions, ethnic,
                                    "USA")


def test_the_home_capital_taken_for_its_people_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "Envoys met in Washington ." : the capital's people, a group the composites made of a place
    located = parsed(["Envoys", "met", "in", "Washington", "."], [1, 1, 1, 2, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    people = Actor(id="washington", name="Washington", kind="group", country="USA", sector="CVL")
    table = table_of(located, (people, [(3, 4, "name")]))
    assert _keep.home_capital_people(people, table.mentions)
    assert _keep.keep(table, located, named={"washington"}).actors == []
    assert [a.id for a in _keep.keep(table, located, keep={"washington"}).actors] == ["washington"]
    # the government the capital stands for, and another country's capital, stay
    government = Actor(id="us-gov", name="United States government", kind="organization", country="USA",
                       sector="GOV")
    table = table_of(located, (government, [(3, 4, "name")]))
    assert not _keep.home_capital_people(government, table.mentions)
    kabul = Actor(id="kabul", name="Kabul", kind="group", country="AFG", sector="CVL")
    table = table_of(located, (kabul, [(3, 4, "name")]))
    assert not _keep.home_capital_people(kabul, table.mentions)


def test_the_home_country_is_a_setting(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    assert _keep.home_country("USA") == "USA" == _keep.HOME_COUNTRY
    assert _keep.home_country("gbr") == "GBR" == _keep.home_country("United Kingdom") == _keep.home_country("British")
    assert _keep.home_country("none") is None and _keep.home_country("") is None and _keep.home_country(None) is None
    with pytest.raises(ValueError):
        _keep.home_country("Atlantis")
    # "Britons worry about prices ." read as British news: the home public goes; as American news it stays
    worry = parsed(["Britons", "worry", "about", "prices", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                   tags=["NNPS", "VBP", "IN", "NNS", "."])
    britons = Actor(id="gb-civilians", name="United Kingdom civilians", kind="group", country="GBR", sector="CVL")
    table = table_of(worry, (britons, [(0, 1, "demonym")]))
    assert _keep.home_public(britons, table.mentions, worry, "GBR")
    assert _keep.keep(table, worry, home="GBR").actors == []
    assert not _keep.home_public(britons, table.mentions, worry)
    # as American news another country's public that is only a subject goes too (foreign_public)
    assert _keep.foreign_public(britons, table.mentions, worry) and _keep.keep(table, worry).actors == []
    # no home country: the American public and Washington stay for the filter to judge
    americans = Actor(id="us-civilians", name="United States civilians", kind="group", country="USA", sector="CVL")
    worry_us = parsed(["Americans", "worry", "about", "prices", "."], [1, 1, 1, 2, 1],
                      ["nsubj", "ROOT", "prep", "pobj", "punct"], ["PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
                      tags=["NNPS", "VBP", "IN", "NNS", "."])
    table = table_of(worry_us, (americans, [(0, 1, "demonym")]))
    assert _keep.home_public(americans, table.mentions, worry_us)
    assert not _keep.home_public(americans, table.mentions, worry_us, None)
    assert not _keep.foreign_public(americans, table.mentions, worry_us, None)
    capital = Actor(id="washington", name="Washington", kind="group", country="USA", sector="CVL")
    located = parsed(["Envoys", "met", "in", "Washington", "."], [1, 1, 1, 2, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    table = table_of(located, (capital, [(3, 4, "name")]))
    assert not _keep.home_capital_people(capital, table.mentions, None)
    # ("met" tells an event done there: no setting either)
    assert [a.id for a in _keep.keep(table, located, named={"washington"}, home=None,
                                     acts={located[1].idx}).actors] == ["washington"]


def test_a_body_named_only_in_a_named_persons_description_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    body = Actor(id="policy-council", name="Policy Council", kind="organization", country="USA", sector="GOV")
    # "Jan Roe , head of the Policy Council , spoke ."
    words = ["Jan", "Roe", ",", "head", "of", "the", "Policy", "Council", ",", "spoke", "."]
    heads = [1, 9, 1, 1, 3, 7, 7, 4, 1, 9, 9]
    deps = ["compound", "nsubj", "punct", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    table = table_of(doc, (body, [(6, 8, "name")]))
    assert _keep.body_in_persons_title(body, table.mentions, doc)
    assert _keep.keep(table, doc).actors == []
    assert [a.id for a in _keep.keep(table, doc, keep={"policy-council"}).actors] == ["policy-council"]
    # with the person in the table, the body's words become the person's title mention
    roe = Actor(id="jan-roe", name="Jan Roe", kind="person", country="USA")
    kept = _keep.keep(table_of(doc, (roe, [(0, 2, "name")]), (body, [(6, 8, "name")])), doc)
    assert [a.id for a in kept.actors] == ["jan-roe"]
    assert [(m.actor, m.text, m.kind) for m in kept.mentions] == [("jan-roe", "Jan Roe", "name"),
                                                                   ("jan-roe", "Policy Council", "title")]
    assert (kept.actors[0].sector, kept.actors[0].code) == ("GOV", "USAGOV")  # the post's sector, none before
    # a think tank the person speaks for stays: the annotators code it as often as not
    tank = dataclasses.replace(body, sector="SOC")
    assert not _keep.body_in_persons_title(tank, table_of(doc, (tank, [(6, 8, "name")])).mentions, doc)
    # "Members of the Policy Council spoke .": members of it act; no person's description
    words = ["Members", "of", "the", "Policy", "Council", "spoke", "."]
    doc = parsed(words, [5, 0, 4, 4, 1, 5, 5], ["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"],
                 ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PUNCT"])
    table = table_of(doc, (body, [(3, 5, "name")]))
    assert not _keep.body_in_persons_title(body, table.mentions, doc)
    # "The Policy Council objected .": the body acts
    doc = parsed(["The", "Policy", "Council", "objected", "."], [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"],
                 ["DET", "PROPN", "PROPN", "VERB", "PUNCT"])
    table = table_of(doc, (body, [(1, 3, "name")]))
    assert not _keep.body_in_persons_title(body, table.mentions, doc)


def test_a_body_named_only_inside_a_named_persons_title_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    chamber = Actor(id="assembly", name="Assembly", kind="organization", country="USA", sector="LEG")
    # "Assembly Majority Leader Jan Roe spoke .": the chamber's name is part of Roe's title
    words = ["Assembly", "Majority", "Leader", "Jan", "Roe", "spoke", "."]
    heads = [2, 2, 4, 4, 5, 5, 5]
    deps = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    table = table_of(doc, (chamber, [(0, 1, "name")]))
    assert _keep.body_in_persons_name(chamber, table.mentions, doc)
    assert _keep.keep(table, doc).actors == []
    assert [a.id for a in _keep.keep(table, doc, keep={"assembly"}).actors] == ["assembly"]
    # a party the events' filler gave an act stays: the PLOVER records code the body as the act's party
    assert [a.id for a in _keep.keep(table, doc, filled={"assembly"}).actors] == ["assembly"]
    # a think tank there stays: the annotators code it as often as not
    tank = dataclasses.replace(chamber, sector="SOC")
    assert not _keep.body_in_persons_name(tank, table_of(doc, (tank, [(0, 1, "name")])).mentions, doc)
    # "The League 's envoy , Ann Poe , arrived .": a possessor of a title in apposition to the name
    league = Actor(id="league", name="League", kind="organization", sector="IGO")
    words = ["The", "League", "'s", "envoy", ",", "Ann", "Poe", ",", "arrived", "."]
    heads = [1, 3, 1, 8, 3, 6, 3, 3, 8, 8]
    deps = ["det", "poss", "case", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "punct"]
    pos = ["DET", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["O", "B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    assert _keep.body_in_persons_name(league, table_of(doc, (league, [(1, 2, "name")])).mentions, doc)
    # "The League 's envoys arrived .": no named person
    doc = parsed(["The", "League", "'s", "envoys", "arrived", "."], [1, 3, 1, 4, 4, 4],
                 ["det", "poss", "case", "nsubj", "ROOT", "punct"], ["DET", "PROPN", "PART", "NOUN", "VERB", "PUNCT"])
    assert not _keep.body_in_persons_name(league, table_of(doc, (league, [(1, 2, "name")])).mentions, doc)
    # "Jan Roe , an adviser to the League , left .": after a title noun in apposition, with "to"
    words = ["Jan", "Roe", ",", "an", "adviser", "to", "the", "League", ",", "left", "."]
    heads = [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    council = Actor(id="council", name="League", kind="organization", country="USA", sector="GOV")
    assert _keep.body_in_persons_name(council, table_of(doc, (council, [(7, 8, "name")])).mentions, doc)
    # an international body or a party after the name stays: the annotators code it about as often as not
    assert not _keep.body_in_persons_name(league, table_of(doc, (league, [(7, 8, "name")])).mentions, doc)
    # "Jan Roe , a member of the League community , left .": the body's own people, no title of it
    words = ["Jan", "Roe", ",", "a", "member", "of", "the", "League", "community", ",", "left", "."]
    heads = [1, 10, 1, 4, 1, 4, 8, 8, 5, 1, 10, 10]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "compound", "pobj", "punct", "ROOT",
            "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "NOUN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    group = Actor(id="league-people", name="League", kind="group", country="USA", sector="GOV")
    assert not _keep.body_in_persons_name(group, table_of(doc, (group, [(7, 8, "name")])).mentions, doc)
    # a second mention where the body acts keeps it: "The League objected ."
    words = ["Jan", "Roe", ",", "an", "adviser", "to", "the", "League", ",", "left", ".", "The", "League",
             "objected", "."]
    heads = [1, 9, 1, 4, 1, 4, 7, 5, 1, 9, 9, 12, 13, 13, 13]
    deps = ["compound", "nsubj", "punct", "det", "appos", "prep", "det", "pobj", "punct", "ROOT", "punct", "det",
            "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "VERB", "PUNCT", "DET", "PROPN",
           "VERB", "PUNCT"]
    doc = parsed(words, heads, deps, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 13)
    table = table_of(doc, (council, [(7, 8, "name"), (12, 13, "name")]))
    assert not _keep.body_in_persons_name(council, table.mentions, doc)
    # "Sen. Jan Roe of Ohio , the top Republican on the Assembly , spoke .": a party's word made a post
    words = ["Sen.", "Jan", "Roe", "of", "Ohio", ",", "the", "top", "Republican", "on", "the", "Assembly", ",",
             "spoke", "."]
    heads = [2, 2, 13, 2, 3, 4, 8, 8, 4, 8, 11, 9, 4, 13, 13]
    deps = ["compound", "compound", "nsubj", "prep", "pobj", "punct", "det", "amod", "appos", "prep", "det", "pobj",
            "punct", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "ADP", "DET", "PROPN", "PUNCT",
           "VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "B-NORP", "O", "O", "B-ORG", "O", "O", "O"]
    doc = parsed(words, heads, deps, pos, ents)
    assert _keep.body_in_persons_name(chamber, table_of(doc, (chamber, [(11, 12, "name")])).mentions, doc)


def test_a_journalist_no_record_uses_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "The senator told the anchor Jan Roe ." : the one told, a journalist who neither acts nor speaks
    doc = parsed(["The", "senator", "told", "the", "anchor", "Jan", "Roe", "."], [1, 2, 2, 4, 2, 6, 4, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "compound", "appos", "punct"],
                 ["DET", "NOUN", "VERB", "DET", "NOUN", "PROPN", "PROPN", "PUNCT"],
                 ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    anchor = Actor(id="roe", name="Jan Roe", kind="person", country="USA", sector="JRN")
    senator = Actor(id="senator", name="senator", kind="person", country="USA", sector="LEG")
    table = table_of(doc, (senator, [(0, 2, "title")]), (anchor, [(3, 7, "name")]))
    assert _keep.journalist_aside(anchor)
    assert not _keep.journalist_aside(senator)
    assert [a.id for a in _keep.keep(table, doc).actors] == ["senator"]
    # a quote's speaker, an event's party or a role holder stays
    assert [a.id for a in _keep.keep(table, doc, keep={"roe"}).actors] == ["senator", "roe"]
    # a media outlet is a body, not a journalist: the rule leaves it to the filter
    outlet = Actor(id="net", name="Ruritania Network", kind="organization", sector="JRN")
    assert not _keep.journalist_aside(outlet)


def test_journalists_only_told_something_go(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "The envoy told reporters it ended ." : the journalists are the audience, neither act nor speak
    doc = parsed(["The", "envoy", "told", "reporters", "it", "ended", "."], [1, 2, 2, 2, 5, 2, 2],
                 ["det", "nsubj", "ROOT", "dobj", "nsubj", "ccomp", "punct"],
                 ["DET", "NOUN", "VERB", "NOUN", "PRON", "VERB", "PUNCT"])
    press = Actor(id="press", name="reporters", kind="group", sector="JRN")
    envoy = Actor(id="envoy", name="envoy", kind="person", country="RUR", sector="GOV")
    table = table_of(doc, (envoy, [(0, 2, "title")]), (press, [(3, 4, "title")]))
    assert _keep.press_told(press, [m for m in table.mentions if m.actor == "press"], doc)
    assert not _keep.press_told(envoy, [m for m in table.mentions if m.actor == "envoy"], doc)
    assert [a.id for a in _keep.keep(table, doc).actors] == ["envoy"]
    assert [a.id for a in _keep.keep(table, doc, keep={"press"}).actors] == ["envoy", "press"]  # a record uses it
    # a named outlet told something is left to the filter: the annotators code it as often as not
    outlet = Actor(id="net", name="Ruritania Network", kind="organization", sector="JRN")
    assert not _keep.press_told(outlet, table_of(doc, (outlet, [(3, 4, "name")])).mentions, doc)
    # "Reporters asked the envoy ." : the journalists act
    doc = parsed(["Reporters", "asked", "the", "envoy", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"],
                 ["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not _keep.press_told(press, table_of(doc, (press, [(0, 1, "title")])).mentions, doc)
    # "The envoy thanked reporters ." : another verb's object is no audience of a statement
    doc = parsed(["The", "envoy", "thanked", "reporters", "."], [1, 2, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj", "punct"],
                 ["DET", "NOUN", "VERB", "NOUN", "PUNCT"])
    assert not _keep.press_told(press, table_of(doc, (press, [(3, 4, "title")])).mentions, doc)


def test_a_state_that_is_a_subject_only_inside_a_list_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "Freedonia , Ruritania and Sylvania hold claims ." : the later members of a list of states
    doc = parsed(["Freedonia", ",", "Ruritania", "and", "Sylvania", "hold", "claims", "."], [5, 0, 0, 2, 2, 5, 5, 5],
                 ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj", "punct"],
                 ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
                 ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    states = [Actor(id=n.lower(), name=n, kind="country", country=n[:3].upper()) for n in ("Freedonia", "Ruritania", "Sylvania")]
    table = table_of(doc, *((a, [(i, i + 1, "name")]) for a, i in zip(states, (0, 2, 4))))
    mentions = {a.id: [m for m in table.mentions if m.actor == a.id] for a in states}
    assert [_keep.listed_state(a, mentions[a.id], doc) for a in states] == [False, True, True]
    assert all(_keep.named_subject(a, mentions[a.id], doc) for a in states)
    assert [a.id for a in _keep.keep(table, doc).actors] == ["freedonia"]
    # an event's or a quote's party stays
    assert [a.id for a in _keep.keep(table, doc, keep={"sylvania"}).actors] == ["freedonia", "sylvania"]
    # a group or a body in the list is not a state: the rule leaves it
    group = dataclasses.replace(states[1], kind="group")
    assert not _keep.listed_state(group, mentions["ruritania"], doc)
    # "Freedonia and Ruritania met Sylvania ." : an object in no list stays
    doc = parsed(["Freedonia", "and", "Ruritania", "met", "Sylvania", "."], [3, 0, 0, 3, 3, 3],
                 ["nsubj", "cc", "conj", "ROOT", "dobj", "punct"], ["PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                 ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O"])
    assert not _keep.listed_state(states[2], table_of(doc, (states[2], [(4, 5, "name")])).mentions, doc)


def test_an_uncoded_subject_or_body_of_an_event_sentence_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "Zorblax shares dropped ." / "Zorblax rejected the plan ." : a name that the coding places in no
    # country and no sector, no record uses, goes whether it is a subject or named in an event's sentence
    doc = parsed(["Zorblax", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                 ["B-ORG", "O", "O", "O", "O"])
    firm = Actor(id="firm", name="Zorblax", kind="organization")
    table = table_of(doc, (firm, [(0, 1, "name")]))
    assert _keep.named_subject(firm, table.mentions, doc)
    assert _keep.uncoded_party(firm, "subject") and _keep.uncoded_party(firm, "named")
    assert _keep.keep(table, doc).actors == []
    assert _keep.keep(table, doc, named={"firm"}).actors == []
    # what a record uses stays
    assert [a.id for a in _keep.keep(table, doc, keep={"firm"}).actors] == ["firm"]
    # a sector keeps it, and so does a state; a country keeps a group or a person (the PLOVER records
    # code the country)
    for coded in (dataclasses.replace(firm, sector="BUS"), dataclasses.replace(firm, kind="country"),
                  dataclasses.replace(firm, kind="group", country="RUR")):
        assert not _keep.uncoded_party(coded, "subject")
        assert [a.id for a in _keep.keep(table_of(doc, (coded, [(0, 1, "name")])), doc).actors] == ["firm"]
    assert not _keep.uncoded_party(dataclasses.replace(firm, kind="person", country="RUR"), "subject")
    # the rest are the learned filter's; a person named in an event's sentence is the rules'
    assert not _keep.uncoded_party(firm, "rest")
    person = Actor(id="p", name="Zorblax", kind="person")
    assert _keep.uncoded_party(person, "subject") and not _keep.uncoded_party(person, "named")


def test_an_organisation_with_a_country_but_no_sector_goes_unless_named_as_a_body(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # "The Zorblax rejected the plan ." : a thing (a product, a programme, a ship) the coding gave a country
    # from the words around it but no sector goes when it is a subject or named in an event's sentence
    doc = parsed(["The", "Zorblax", "rejected", "the", "plan", "."], [1, 2, 2, 4, 2, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj", "punct"], ["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                 ["O", "B-ORG", "O", "O", "O", "O"])
    thing = Actor(id="t", name="Zorblax", kind="organization", country="RUR")
    table = table_of(doc, (thing, [(1, 2, "name")]))
    assert _keep.uncoded_party(thing, "subject") and _keep.uncoded_party(thing, "named")
    assert _keep.keep(table, doc).actors == []
    assert [a.id for a in _keep.keep(table, doc, keep={"t"}).actors] == ["t"]
    # the rest are the learned filter's
    assert not _keep.uncoded_party(thing, "rest")
    # a name with a word for a body, or a place, stays: the PLOVER records code it as a source or target
    body = dataclasses.replace(thing, name="Zorblax Liberation Movement")
    assert not _keep.uncoded_party(body, "subject") and not _keep.uncoded_party(body, "named")
    assert not _keep.uncoded_party(thing, "subject", place=True)


def _lemmatised(words, heads, deps, pos, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_state_named_only_as_a_setting_of_an_event_sentence_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    state = Actor(id="f", name="Freedonia", kind="country", country="FRD")
    # "Envoys traveled to Freedonia ." : where someone goes
    went = _lemmatised(["Envoys", "traveled", "to", "Freedonia", "."], [1, 1, 1, 2, 1],
                       ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                       ["envoy", "travel", "to", "Freedonia", "."])
    table = table_of(went, (state, [(3, 4, "name")]))
    assert _keep.setting_state(state, table.mentions, went)
    assert _keep.keep(table, went, named={"f"}).actors == []
    assert [a.id for a in _keep.keep(table, went, named={"f"}, keep={"f"}).actors] == ["f"]  # a record uses it
    assert [a.id for a in _keep.keep(table, went).actors] == ["f"]  # not named in an event's sentence
    # "Envoys wrote to Freedonia ." : a party the act is addressed to
    wrote = _lemmatised(["Envoys", "wrote", "to", "Freedonia", "."], [1, 1, 1, 2, 1],
                        ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                        ["envoy", "write", "to", "Freedonia", "."])
    assert not _keep.setting_state(state, table_of(wrote, (state, [(3, 4, "name")])).mentions, wrote)
    # "Rebels shelled bases in Freedonia ." : the place of the bases, unless the shelling is an event
    bases = _lemmatised(["Rebels", "shelled", "bases", "in", "Freedonia", "."], [1, 1, 1, 2, 3, 1],
                        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                        ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
                        ["rebel", "shell", "base", "in", "Freedonia", "."])
    mentions = table_of(bases, (state, [(4, 5, "name")])).mentions
    assert _keep.setting_state(state, mentions, bases)
    assert not _keep.setting_state(state, mentions, bases, acts={bases[1].idx})  # the act is done there
    # "Troops in Freedonia waited ." : the people there
    troops = _lemmatised(["Troops", "in", "Freedonia", "waited", "."], [3, 0, 1, 3, 3],
                         ["nsubj", "prep", "pobj", "ROOT", "punct"], ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                         ["troop", "in", "Freedonia", "wait", "."])
    assert not _keep.setting_state(state, table_of(troops, (state, [(2, 3, "name")])).mentions, troops)
    # "Freedonia signed the pact ." : the state acts
    signed = _lemmatised(["Freedonia", "signed", "the", "pact", "."], [1, 1, 3, 1, 1],
                         ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
                         ["Freedonia", "sign", "the", "pact", "."])
    table = table_of(signed, (state, [(0, 1, "name")]))
    assert not _keep.setting_state(state, table.mentions, signed)
    assert [a.id for a in _keep.keep(table, signed, named={"f"}).actors] == ["f"]


def test_a_state_where_another_owners_things_are_is_a_setting(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    import spacy
    from spacy.tokens import Doc

    def shelled(owner: str, dep: str, pos: str, label: str, place: str = "Freedonia"):
        words = ["Rebels", "shelled", owner, "bases", "in", place, "."]
        return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1],
                   deps=["nsubj", "ROOT", dep, "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", pos, "NOUN", "ADP", "PROPN", "PUNCT"],
                   lemmas=["rebel", "shell", owner.lower(), "base", "in", place, "."],
                   ents=["O", "O", label, "O", "O", "B-GPE", "O"])

    state = Actor(id="f", name="Freedonia", kind="country", country="FRD")
    # "Rebels shelled Zorblaxian bases in Freedonia .": the bases are another people's, the state only
    # where they stand, though the shelling is an event
    doc = shelled("Zorblaxian", "amod", "ADJ", "B-NORP")
    assert _keep.setting_state(state, table_of(doc, (state, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})
    # "Rebels shelled their bases in Freedonia .": a possessor owns them
    doc = shelled("their", "poss", "PRON", "O")
    assert _keep.setting_state(state, table_of(doc, (state, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})
    # "Rebels shelled army bases in Freedonia .": no owner named, the act is done to the place
    doc = shelled("army", "compound", "NOUN", "O")
    assert not _keep.setting_state(state, table_of(doc, (state, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})
    # "Rebels shelled French bases in France .": the place's own state owns them
    france = Actor(id="f", name="France", kind="country", country="FRA")
    doc = shelled("French", "amod", "ADJ", "B-NORP", place="France")
    assert not _keep.setting_state(france, table_of(doc, (france, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})


def test_a_citys_people_where_another_owners_things_are_is_a_setting(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    import spacy
    from spacy.tokens import Doc

    def shut(owner: str, dep: str, pos: str, label: str):
        words = ["Officials", "shut", owner, "consulate", "in", "Geneva", "."]
        return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1],
                   deps=["nsubj", "ROOT", dep, "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", pos, "NOUN", "ADP", "PROPN", "PUNCT"],
                   lemmas=["official", "shut", owner.lower(), "consulate", "in", "Geneva", "."],
                   ents=["O", "O", label, "O", "O", "B-GPE", "O"])

    geneva = Actor(id="geneva", name="Geneva", kind="group", country="CHE", sector="CVL")
    # "Officials shut the Zorblaxian consulate in Geneva .": the consulate is another people's, the city
    # only where it stands, though the closing is an act done there
    doc = shut("Zorblaxian", "amod", "ADJ", "B-NORP")
    mentions = table_of(doc, (geneva, [(5, 6, "name")])).mentions
    assert _keep.place_people_venue(geneva, mentions, doc, acts={doc[1].idx})
    assert _keep.keep(table_of(doc, (geneva, [(5, 6, "name")])), doc, named={"geneva"}, acts={doc[1].idx}).actors == []
    # "Officials shut its consulate in Geneva .": a possessor owns it
    doc = shut("its", "poss", "PRON", "O")
    assert _keep.place_people_venue(geneva, table_of(doc, (geneva, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})
    # "Officials shut a consulate in Geneva .": no owner named, the act is done in the place
    doc = shut("a", "det", "DET", "O")
    assert not _keep.place_people_venue(geneva, table_of(doc, (geneva, [(5, 6, "name")])).mentions, doc,
                                        acts={doc[1].idx})
    # "Officials shut the Swiss consulate in Geneva .": the city's own state owns it
    doc = shut("Swiss", "amod", "ADJ", "B-NORP")
    assert not _keep.place_people_venue(geneva, table_of(doc, (geneva, [(5, 6, "name")])).mentions, doc,
                                        acts={doc[1].idx})


def test_a_place_on_the_verb_whose_object_another_owner_has_is_a_setting(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    import spacy
    from spacy.tokens import Doc

    def on_verb(verb: str, lemma: str, owner: str, dep: str, pos: str, label: str):
        # the parse hangs "in Geneva" on the verb, not on the noun
        words = ["Officials", verb, owner, "consulate", "in", "Geneva", "."]
        return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4, 1],
                   deps=["nsubj", "ROOT", dep, "dobj", "prep", "pobj", "punct"],
                   pos=["NOUN", "VERB", pos, "NOUN", "ADP", "PROPN", "PUNCT"],
                   lemmas=["official", lemma, owner.lower(), "consulate", "in", "Geneva", "."],
                   ents=["O", "O", label, "O", "O", "B-GPE", "O"])

    geneva = Actor(id="geneva", name="Geneva", kind="group", country="CHE", sector="CVL")
    state = Actor(id="geneva", name="Geneva", kind="country", country="CHE")
    # "Officials shut the Zorblaxian consulate in Geneva .": the act is done to the owner's consulate
    doc = on_verb("shut", "shut", "Zorblaxian", "amod", "ADJ", "B-NORP")
    mentions = table_of(doc, (geneva, [(5, 6, "name")])).mentions
    assert _keep.place_people_venue(geneva, mentions, doc, acts={doc[1].idx})
    assert _keep.setting_state(state, table_of(doc, (state, [(5, 6, "name")])).mentions, doc, acts={doc[1].idx})
    # "Officials shut a consulate in Geneva .": no owner named, the act is done in the place
    doc = on_verb("shut", "shut", "a", "det", "DET", "O")
    assert not _keep.place_people_venue(geneva, table_of(doc, (geneva, [(5, 6, "name")])).mentions, doc,
                                        acts={doc[1].idx})
    # "Officials visited the Zorblaxian consulate in Geneva .": a visit's place is its host
    doc = on_verb("visited", "visit", "Zorblaxian", "amod", "ADJ", "B-NORP")
    assert not _keep.place_people_venue(geneva, table_of(doc, (geneva, [(5, 6, "name")])).mentions, doc,
                                        acts={doc[1].idx})


def test_a_state_named_only_in_its_affairs_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    import spacy
    from spacy.tokens import Doc

    def before(noun: str, lemma: str, tag: str = "NN"):
        words = ["Rallies", "preceded", "the", "Freedonian", noun, "."]
        return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 1],
                   deps=["nsubj", "ROOT", "det", "amod", "dobj", "punct"],
                   pos=["NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"], tags=["NNS", "VBD", "DT", "JJ", tag, "."],
                   lemmas=["rally", "precede", "the", "freedonian", lemma, "."],
                   ents=["O", "O", "O", "B-NORP", "O", "O"])

    state = Actor(id="f", name="Freedonia", kind="country", country="FRD")
    # "Rallies preceded the Freedonian election .": the state's contest, no act of the state
    doc = before("election", "election")
    table = table_of(doc, (state, [(3, 4, "demonym")]))
    assert _keep.affair_word(state, table.mentions, doc)
    assert _keep.keep(table, doc, named={"f"}).actors == []
    assert [a.id for a in _keep.keep(table, doc, keep={"f"}).actors] == ["f"]  # a record uses it
    # "... the Freedonian war .": a war named by one state's word is where it is fought
    doc = before("war", "war")
    assert _keep.affair_word(state, table_of(doc, (state, [(3, 4, "demonym")])).mentions, doc)
    # "... the Freedonian airstrikes .": an act of the state's
    doc = before("airstrikes", "airstrike", "NNS")
    assert not _keep.affair_word(state, table_of(doc, (state, [(3, 4, "demonym")])).mentions, doc)
    # "... the Freedonian vote .": a body's vote is its own act, and a state's no affair of this list
    doc = before("vote", "vote")
    assert not _keep.affair_word(state, table_of(doc, (state, [(3, 4, "demonym")])).mentions, doc)
    # "Freedonia rejected the plan .": the state acts
    acts = parsed(["Freedonia", "rejected", "the", "plan", "."], [1, 1, 3, 1, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct"], ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not _keep.affair_word(state, table_of(acts, (state, [(0, 1, "name")])).mentions, acts)


def _consult(doc, trigger: int, actor=(), recipient=()) -> Event:
    tok = doc[trigger]
    return Event(id="e", event="CONSULT", span=(0, len(doc.text)), text=doc.text, actor=list(actor),
                 recipient=list(recipient), trigger={"text": tok.text, "span": [tok.idx, tok.idx + len(tok.text)]})


def test_a_city_that_an_event_has_only_as_its_setting_leaves_the_event_and_the_table(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    geneva = Actor(id="geneva", name="Geneva", kind="group", country="CHE", sector="CVL")
    envoys = Actor(id="envoys", name="envoys", kind="group")
    # "Envoys held a meeting in Geneva ." : where the meeting is, not a party to it
    held = parsed(["Envoys", "held", "a", "meeting", "in", "Geneva", "."], [1, 1, 3, 1, 3, 4, 1],
                  ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                  ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    table = table_of(held, (envoys, [(0, 1, "title")]), (geneva, [(5, 6, "name")]))
    event = _consult(held, 1, actor=["envoys"], recipient=["geneva"])
    assert _keep.setting_participants([event], table, held) == {"geneva"}
    assert event.actor == ["envoys"] and event.recipient == []
    kept = _keep.keep(table, held, keep={"envoys"}, settings={"geneva"})
    assert [a.id for a in kept.actors] == ["envoys"]
    # another record that uses it keeps it
    assert [a.id for a in _keep.keep(table, held, keep={"envoys", "geneva"}, settings={"geneva"}).actors] == [
        "envoys", "geneva"]
    # "Envoys arrived in Geneva ." : the place phrase is on the trigger, the act is done there
    arrived = parsed(["Envoys", "arrived", "in", "Geneva", "."], [1, 1, 1, 2, 1],
                     ["nsubj", "ROOT", "prep", "pobj", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    table = table_of(arrived, (envoys, [(0, 1, "title")]), (geneva, [(3, 4, "name")]))
    event = _consult(arrived, 1, actor=["envoys"], recipient=["geneva"])
    assert _keep.setting_participants([event], table, arrived) == set()
    assert event.recipient == ["geneva"]
    # "Envoys criticized the government in Geneva ." : the place's government, a party
    gov = parsed(["Envoys", "criticized", "the", "government", "in", "Geneva", "."], [1, 1, 3, 1, 3, 4, 1],
                 ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                 ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    table = table_of(gov, (envoys, [(0, 1, "title")]), (geneva, [(5, 6, "name")]))
    event = _consult(gov, 1, actor=["envoys"], recipient=["geneva"])
    assert _keep.setting_participants([event], table, gov) == set() and event.recipient == ["geneva"]
    # "Envoys met at the Geneva headquarters ." : a word inside a phrase for a thing
    hq = parsed(["Envoys", "met", "at", "the", "Geneva", "headquarters", "."], [1, 1, 1, 5, 5, 2, 1],
                ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
                ["NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"])
    table = table_of(hq, (envoys, [(0, 1, "title")]), (geneva, [(4, 5, "name")]))
    event = _consult(hq, 1, actor=["envoys", "geneva"])
    assert _keep.setting_participants([event], table, hq) == {"geneva"} and event.actor == ["envoys"]
    # "Envoys met Geneva Democrats ." : a modifier of a word for people
    dem = parsed(["Envoys", "met", "Geneva", "Democrats", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "compound", "dobj", "punct"], ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
                 tags=["NNS", "VBD", "NNP", "NNPS", "."])
    table = table_of(dem, (envoys, [(0, 1, "title")]), (geneva, [(2, 3, "name")]))
    event = _consult(dem, 1, actor=["envoys"], recipient=["geneva"])
    assert _keep.setting_participants([event], table, dem) == set()
    # an act of force done there: the PLOVER records code the place as its target
    shelled = parsed(["Rebels", "shelled", "camps", "in", "Geneva", "."], [1, 1, 1, 2, 3, 1],
                     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    table = table_of(shelled, (envoys, [(0, 1, "title")]), (geneva, [(4, 5, "name")]))
    event = dataclasses.replace(_consult(shelled, 1, actor=["envoys"], recipient=["geneva"]), event="ASSAULT")
    assert _keep.setting_participants([event], table, shelled) == set() and event.recipient == ["geneva"]
    # a state is no city's people: left to the events' own evidence
    state = Actor(id="geneva", name="Geneva", kind="country", country="CHE")
    table = table_of(held, (envoys, [(0, 1, "title")]), (state, [(5, 6, "name")]))
    assert _keep.setting_participants([_consult(held, 1, ["envoys"], ["geneva"])], table, held) == set()


def test_an_unnamed_agent_only_in_a_quotation_goes(monkeypatch):
    _keep = _keeping_filter(monkeypatch)
    # '" Our troops must come home , " Roe said .': "troops" is a noun of what the speaker says
    words = ['"', "Our", "troops", "must", "come", "home", ",", '"', "Roe", "said", "."]
    doc = parsed(words, [4, 2, 4, 4, 9, 4, 9, 9, 9, 9, 9],
                 ["punct", "poss", "nsubj", "aux", "ccomp", "advmod", "punct", "punct", "nsubj", "ROOT", "punct"],
                 ["PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADV", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"])
    troops = Actor(id="troops", name="troops", kind="group", country="USA", sector="MIL")
    roe = Actor(id="roe", name="Roe", kind="person", country="USA", sector="LEG")
    table = table_of(doc, (troops, [(2, 3, "title")]), (roe, [(8, 9, "name")]))
    quoted = [(doc[1].idx, doc[5].idx + len("home"))]  # the quote's content
    mentions = [m for m in table.mentions if m.actor == "troops"]
    assert _keep.quoted_agent(troops, mentions, quoted)
    assert [a.id for a in _keep.keep(table, doc, quoted=quoted).actors] == ["roe"]
    assert [a.id for a in _keep.keep(table, doc).actors] == ["troops", "roe"]  # no quotation known
    assert [a.id for a in _keep.keep(table, doc, quoted=quoted, keep={"troops"}).actors] == ["troops", "roe"]
    # a name inside the quotation stays ("Ruritania must ..."), and so does the speaker outside it
    named = Actor(id="troops", name="Ruritanian troops", kind="group", country="RUR", sector="MIL")
    assert not _keep.quoted_agent(named, [dataclasses.replace(m, kind="demonym") for m in mentions], quoted)
    assert not _keep.quoted_agent(roe, [m for m in table.mentions if m.actor == "roe"], quoted)
    # a state or a body is no unnamed agent: the other rules and the filter judge it
    state = Actor(id="troops", name="Ruritania", kind="country", country="RUR")
    assert not _keep.quoted_agent(state, mentions, quoted)
    # an agent met in the story's own words too (here a pronoun after the quotation) stays
    outside = Mention(actor="troops", span=(doc[8].idx, doc[8].idx + 3), tokens=(8, 9), text="Roe", kind="pronoun")
    assert not _keep.quoted_agent(troops, [*mentions, outside], quoted)


def _adjective_doc(words, heads, deps, tags, lemmas):
    import spacy
    from spacy.tokens import Doc

    pos = ["ADJ" if t == "JJ" else "NOUN" if t.startswith("NN") else "VERB" if t.startswith("VB") else "DET"
           for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_a_group_named_only_by_an_adjective_of_a_thing_goes_and_one_of_people_stays():
    from newsgraph.actors._political import not_parties, thing_adjective

    # "Police dispersed the anti-American protests and the Arab allies objected ."
    words = ["Police", "dispersed", "the", "anti-American", "protests", "and", "the", "Arab", "allies", "objected", "."]
    heads = [1, 1, 4, 4, 1, 1, 8, 8, 9, 1, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "dobj", "cc", "det", "amod", "nsubj", "conj", "punct"]
    tags = ["NNS", "VBD", "DT", "JJ", "NNS", "CC", "DT", "JJ", "NNS", "VBD", "."]
    lemmas = ["police", "disperse", "the", "anti-american", "protest", "and", "the", "arab", "ally", "object", "."]
    doc = _adjective_doc(words, heads, deps, tags, lemmas)
    idea = Actor(id="anti-american", name="anti-American", kind="group")
    arab = Actor(id="arab", name="Arab", kind="group")
    table = table_of(doc, (idea, [(3, 4, "name"), (9, 10, "pronoun")]), (arab, [(7, 8, "name")]))
    by = {a: [m for m in table.mentions if m.actor == a] for a in ("anti-american", "arab")}
    assert thing_adjective(idea, by["anti-american"], doc)  # a pronoun joined to it does not keep it
    assert not thing_adjective(arab, by["arab"], doc)  # "allies" names people
    assert not_parties(table, doc) == {"anti-american"}
    # a country or a body named by the same adjective is no such group; nor is an adjective that acts
    assert not thing_adjective(dataclasses.replace(idea, kind="country"), by["anti-american"], doc)
    assert not thing_adjective(idea, [Mention(actor="anti-american", span=(0, 6), tokens=(0, 1), text="Police")], doc)


@pytest.mark.parametrize("head, lemma, people", [
    ("nomination", "nomination", False), ("effort", "effort", False), ("government", "government", True),
    ("contender", "contender", True), ("churches", "church", True), ("critics", "critic", True),
    ("trio", "trio", True), ("chairman", "chairman", True)])
def test_which_nouns_name_people(head, lemma, people):
    from newsgraph.actors._political import _people_noun

    doc = _adjective_doc(["the", "Republican", head], [2, 2, 2], ["det", "amod", "ROOT"], ["DT", "JJ", "NN"],
                         ["the", "republican", lemma])
    assert _people_noun(doc[2]) is people


def test_a_seat_of_government_named_only_as_a_place_or_a_prize_goes():
    from newsgraph.actors._political import not_parties, seat_place

    # "Roe ran for the White House and the White House officials met at the Kremlin ."
    words = ["Roe", "ran", "for", "the", "White", "House", "and", "the", "White", "House", "officials", "met", "at",
             "the", "Kremlin", "."]
    heads = [1, 1, 1, 5, 5, 2, 1, 10, 9, 10, 11, 1, 11, 14, 12, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "cc", "det", "compound", "compound", "nsubj", "conj",
            "prep", "det", "pobj", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NNP", "NNP", "CC", "DT", "NNP", "NNP", "NNS", "VBD", "IN", "DT", "NNP", "."]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[10], lemmas[11] = "run", "official", "meet"
    doc = _adjective_doc(words, heads, deps, tags, lemmas)
    house = Actor(id="white-house", name="White House", kind="organization")
    kremlin = Actor(id="kremlin", name="Kremlin", kind="organization")
    prize = table_of(doc, (house, [(4, 6, "name")]), (kremlin, [(14, 15, "name")]))
    assert not_parties(prize, doc) == {"white-house", "kremlin"}
    # "White House officials": the building names the people who act, and stays
    people = table_of(doc, (house, [(4, 6, "name"), (8, 10, "name")]))
    assert not seat_place(house, people.mentions, doc)
    # another body named after "for" is no seat
    body = Actor(id="acme", name="Acme Party", kind="organization")
    assert not seat_place(body, table_of(doc, (body, [(4, 6, "name")])).mentions, doc)


def test_a_seat_named_before_a_meeting_goes_though_the_agent_table_knows_a_cabinet_meeting():
    from newsgraph.actors._political import _people_noun, seat_place

    # "Roe spoke during an Oval Office meeting ." ("a cabinet meeting" in the agent table makes "meeting"
    # an agent noun's head word)
    words = ["Roe", "spoke", "during", "an", "Oval", "Office", "meeting", "."]
    heads = [1, 1, 1, 6, 5, 6, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"]
    tags = ["NNP", "VBD", "IN", "DT", "NNP", "NNP", "NN", "."]
    lemmas = ["roe", "speak", "during", "an", "oval", "office", "meeting", "."]
    doc = _adjective_doc(words, heads, deps, tags, lemmas)
    assert _people_noun(doc[6])  # why the seat rule names meetings itself
    seat = Actor(id="oval-office", name="Oval Office", kind="organization")
    assert seat_place(seat, table_of(doc, (seat, [(4, 6, "name")])).mentions, doc)


def test_whoever_holds_a_post_is_no_person_and_one_the_story_names_stays():
    from newsgraph.actors._political import generic_holder, not_parties

    # "Every new mayor learns fast , and the new mayor named an aide ."
    words = ["Every", "new", "mayor", "learns", "fast", ",", "and", "the", "new", "mayor", "named", "an", "aide", "."]
    heads = [2, 2, 3, 3, 3, 3, 3, 9, 9, 10, 3, 12, 10, 3]
    deps = ["det", "amod", "nsubj", "ROOT", "advmod", "punct", "cc", "det", "amod", "nsubj", "conj", "det", "dobj",
            "punct"]
    pos = ["DET", "ADJ", "NOUN", "VERB", "ADV", "PUNCT", "CCONJ", "DET", "ADJ", "NOUN", "VERB", "DET", "NOUN",
           "PUNCT"]
    doc = parsed(words, heads, deps, pos=pos)
    anyone = Actor(id="new-mayor", name="new mayor", kind="person")
    named = Actor(id="the-new-mayor", name="new mayor", kind="person")
    aide = Actor(id="aide", name="aide", kind="person")
    table = table_of(doc, (anyone, [(1, 3, "title")]), (named, [(8, 10, "title")]), (aide, [(12, 13, "title")]))
    assert not_parties(table, doc) == {"new-mayor"}
    # "the new mayor" is the one the story speaks of; "an aide" says nothing of a holder in general
    assert not generic_holder(named, [m for m in table.mentions if m.actor == "the-new-mayor"], doc)
    assert not generic_holder(aide, [m for m in table.mentions if m.actor == "aide"], doc)
    # one definite mention more makes it a person the story names
    both = table_of(doc, (anyone, [(1, 3, "title"), (8, 10, "title")]))
    assert not generic_holder(anyone, both.mentions, doc)
    # a named person is never read so
    person = Actor(id="jane-roe", name="Jane Roe", kind="person")
    assert not generic_holder(person, table_of(doc, (person, [(1, 3, "name")])).mentions, doc)


def test_a_holder_to_come_after_a_or_the_is_no_person():
    from newsgraph.actors._political import generic_holder

    # "A future governor could act , but the next governor must wait ."
    words = ["A", "future", "governor", "could", "act", ",", "but", "the", "next", "governor", "must", "wait", "."]
    heads = [2, 2, 4, 4, 4, 4, 4, 9, 9, 11, 11, 4, 4]
    deps = ["det", "amod", "nsubj", "aux", "ROOT", "punct", "cc", "det", "amod", "nsubj", "aux", "conj", "punct"]
    pos = ["DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = parsed(words, heads, deps, pos=pos)
    future = Actor(id="future-governor", name="future governor", kind="person")
    assert generic_holder(future, table_of(doc, (future, [(1, 3, "title")])).mentions, doc)
    nxt = Actor(id="next-governor", name="next governor", kind="person")
    assert generic_holder(nxt, table_of(doc, (nxt, [(8, 10, "title")])).mentions, doc)


def test_a_bare_mass_noun_object_is_no_person_and_a_counted_one_stays():
    from newsgraph.actors._political import mass_noun_person, not_parties

    # "Troops fired artillery and a gunner shot a guard ."
    words = ["Troops", "fired", "artillery", "and", "a", "gunner", "shot", "a", "guard", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "det", "nsubj", "conj", "det", "dobj", "punct"]
    pos = ["NOUN", "VERB", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "NN", "CC", "DT", "NN", "VBD", "DT", "NN", "."]
    doc = parsed(words, heads, deps, pos=pos, tags=tags)
    thing = Actor(id="artillery", name="artillery", kind="person")
    gunner = Actor(id="gunner", name="gunner", kind="person")
    guard = Actor(id="guard", name="guard", kind="person")
    table = table_of(doc, (thing, [(2, 3, "title")]), (gunner, [(5, 6, "title")]), (guard, [(8, 9, "title")]))
    assert not_parties(table, doc) == {"artillery"}
    # "a guard" is one person (a determiner); "a gunner" is a subject
    assert not mass_noun_person(guard, [m for m in table.mentions if m.actor == "guard"], doc)
    assert not mass_noun_person(gunner, [m for m in table.mentions if m.actor == "gunner"], doc)
    # a group is never read so
    group = Actor(id="artillery-group", name="artillery", kind="group")
    assert not mass_noun_person(group, table_of(doc, (group, [(2, 3, "title")])).mentions, doc)


def test_a_bare_post_said_whose_it_is_stays_a_person():
    from newsgraph.actors._political import mass_noun_person

    # "Gunmen tried to kill deputy governor of the region ." (a headline's style drops the article)
    words = ["Gunmen", "tried", "to", "kill", "deputy", "governor", "of", "the", "region", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 8, 6, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "compound", "dobj", "prep", "det", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PART", "VERB", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["NNS", "VBD", "TO", "VB", "NN", "NN", "IN", "DT", "NN", "."]
    doc = parsed(words, heads, deps, pos=pos, tags=tags)
    governor = Actor(id="deputy-governor", name="deputy governor", kind="person")
    assert not mass_noun_person(governor, table_of(doc, (governor, [(4, 6, "title")])).mentions, doc)


def test_a_faiths_name_is_no_party_and_its_followers_stay():
    from newsgraph.actors._political import faith_name, not_parties

    # "The envoy praised Islam , and Muslims welcomed it ."
    words = ["The", "envoy", "praised", "Islam", ",", "and", "Muslims", "welcomed", "it", "."]
    heads = [1, 2, 2, 2, 2, 2, 7, 2, 7, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "dobj", "punct"]
    doc = parsed(words, heads, deps)
    faith = Actor(id="islam", name="Islam", kind="organization")
    followers = Actor(id="muslims", name="Muslims", kind="group")
    table = table_of(doc, (faith, [(3, 4, "name"), (8, 9, "pronoun")]), (followers, [(6, 7, "name")]))
    assert not_parties(table, doc) == {"islam"}
    assert not faith_name(followers, [m for m in table.mentions if m.actor == "muslims"], doc)
    # a body one mention of which has a name of its own is no faith's name
    both = table_of(doc, (faith, [(3, 4, "name"), (6, 7, "name")]))
    assert not faith_name(faith, both.mentions, doc)
