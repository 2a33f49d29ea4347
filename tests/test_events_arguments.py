"""Who did it to whom: the parse rules of ``events._arguments`` on invented sentences, with hand-made
ActorTables (the helpers of test_events.py)."""

from __future__ import annotations

import pytest

from test_events import find, run


@pytest.mark.parametrize("text", [
    "Norway signed a fishing treaty with Chile on Monday.",
    "Norway ratified a trade pact with Chile last week.",
    "Norway restored diplomatic relations with Chile.",
])
def test_an_agreement_made_with_another_party_has_both_as_actors(nlp, text):
    # guidelines 2.3 and 2.2: an agreement signed or relations set up are done by both sides
    e = find(run(nlp, text), "SUPPORT")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_cooperation_with_a_party_has_both_as_actors(nlp):
    e = find(run(nlp, "Norway is cooperating with Chile on fisheries."), "COOPERATE")
    assert set(e.actor) == {"norway", "chile"} and e.recipient == []


def test_what_one_side_shares_goes_to_the_other(nlp):
    e = find(run(nlp, "Norway shared intelligence with Chile."), "COOPERATE")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_praise_is_no_joint_act(nlp):
    e = find(run(nlp, "Norway praised Chile for its restraint."), "SUPPORT")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_an_unresolved_pronoun_of_a_second_conjunct_is_the_first_ones_subject(nlp):
    # the actors stage left "it" alone; the clause coordinated with "Norway said ..." is Norway's
    events = run(nlp, "Norway said on Monday that the talks had failed, and it threatened sanctions against Chile.")
    e = find(events, "THREATEN")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_set_description_gives_the_event_each_of_its_members(nlp):
    # the actors stage gives "The two leaders" to both persons (one span, a mention of each)
    from newsgraph.events import code
    from newsgraph.records import ActorTable, Mention
    from factories import actor

    doc = nlp("The two leaders condemned Chile on Monday.")
    span = (0, len("The two leaders"))
    mentions = [Mention(actor=a, span=span, tokens=(0, 3), text="The two leaders", kind="title")
                for a in ("doe", "roe")]
    chile = next(t for t in doc if t.text == "Chile")
    mentions.append(Mention(actor="chile", span=(chile.idx, chile.idx + 5), tokens=(chile.i, chile.i + 1),
                            text="Chile"))
    table = ActorTable(actors=[actor("doe", "Jane Doe", "person"), actor("roe", "Rob Roe", "person"),
                               actor("chile", "Chile", "country")], mentions=mentions)
    assert table.actors_at(1) == ["doe", "roe"] and table.at_token(1) == "doe"
    events = code(doc, actors=table, timexes=[], published=None, decide=False, propose_with=False)
    e = find(events, "ACCUSE")
    assert sorted(e.actor) == ["doe", "roe"] and e.recipient == ["chile"]


@pytest.mark.parametrize("text", ["Norway said the best course was to urge Chile to withdraw.",
                                  "Norway said the plan would condemn Chile."])
def test_a_speech_act_reported_with_a_thing_as_subject_is_the_speakers(nlp, text):
    e = next(e for e in run(nlp, text) if e.event in ("REQUEST", "ACCUSE"))
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_reported_act_keeps_its_own_named_subject_and_force_is_not_the_speakers(nlp):
    e = find(run(nlp, "Norway said Chile would condemn Peru."), "ACCUSE")
    assert e.actor == ["chile"] and e.recipient == ["peru"]
    e = find(run(nlp, "Norway said the bomb attacked Chile."), "ASSAULT")
    assert e.actor == []


def test_members_a_subject_names_by_including_act_with_it(nlp):
    # "ministers" is no actor of this hand-made table: the named members are the actors
    e = find(run(nlp, "Several ministers, including Norway and Chile, condemned Peru on Monday."), "ACCUSE")
    assert e.actor == ["norway", "chile"] and e.recipient == ["peru"]


@pytest.mark.parametrize("text", ["Norway, along with Chile, condemned Peru on Monday.",
                                  "Norway, together with Chile, condemned Peru on Monday.",
                                  "Norway as well as Chile condemned Peru on Monday."])
def test_companions_along_with_a_subject_act_with_it(nlp, text):
    # guidelines 2.3, compound actors: "X, along with Y, did" is done by both
    e = find(run(nlp, text), "ACCUSE")
    assert e.actor == ["norway", "chile"] and e.recipient == ["peru"]


@pytest.mark.parametrize("text, etype", [("Norway refused to negotiate until Chile withdraws its troops.", "REJECT"),
                                         ("Norway agreed to lift the tariffs if Chile opens its ports.", "AGREE")])
def test_the_party_a_condition_is_set_to_is_the_recipient(nlp, text, etype):
    e = find(run(nlp, text), etype)
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_condition_with_no_party_gives_no_recipient(nlp):
    e = find(run(nlp, "Norway refused to negotiate until the storm passes."), "REJECT")
    assert e.recipient == []


@pytest.mark.parametrize("text, word", [("Norway called Chile a liar on Monday.", "liar"),
                                        ("Norway called Chile a reliable partner.", "partner")])
def test_what_the_subject_calls_the_object_is_the_subjects_act_on_it(nlp, text, word):
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.dep_ == "oprd"
    assert noun_arguments(tok, "ACCUSE", None, _table(doc)) == (["norway"], ["chile"])


def test_a_title_whose_holder_the_parser_hangs_under_its_to_phrase_is_the_holder(nlp):
    e = find(run(nlp, "Ambassador to the United Nations Jane Doe condemned Chile on Friday."), "ACCUSE")
    assert e.actor == ["jane-doe"] and e.recipient == ["chile"]
    # the state an envoy is sent to is not the envoy
    e = find(run(nlp, "The ambassador to Chile condemned Peru."), "ACCUSE")
    assert e.actor == [] and e.recipient == ["peru"]


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Norway said Chile should stop its raids on the border.", "stop"),
    ("Norway said Chile must withdraw its troops.", "withdraw"),
    ("Norway said Chile needs to return to the table.", "needs"),
    ("Norway said Chile needs to return to the table.", "return"),
])
def test_a_request_told_as_what_the_subject_must_do_is_the_speakers(nlp, text, word):
    # guidelines 2.2 / 2.3: "X said Y should stop" is X's demand, made of Y
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), "REQUEST", _table(doc)) == (["norway"], ["chile"])


@pytest.mark.parametrize("text", ["Qatar provided support for Hamas.", "Qatar provided military aid for Hamas in May."])
def test_whom_a_thing_given_is_for_is_the_recipient(nlp, text):
    # after what is given, "for" names who gets it (after a request's object it names what is asked)
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, "provided"), "AID", _table(doc)) == (["qatar"], ["hamas"])


def test_an_obligation_of_the_speaker_itself_or_of_another_type_is_left_alone(nlp):
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Norway said Norway must respond.")
    assert verb_arguments(_verb(doc, "respond"), "REQUEST", _table(doc))[0] == ["norway"]
    doc = nlp("Norway said Chile should attack Peru.")
    assert verb_arguments(_verb(doc, "attack"), "ASSAULT", _table(doc)) == (["chile"], ["peru"])


@pytest.mark.parametrize("text, word, etype", [
    ("Peru postponed Juan Perez's trial until March.", "trial", "ACCUSE"),
    ("Peru defended Juan Perez's arrest on Monday.", "arrest", "COERCE"),
])
def test_the_possessor_of_what_is_done_to_a_person_is_its_recipient(nlp, text, word, etype):
    from newsgraph.events._arguments import names_its_target, noun_arguments
    from test_events import _table

    doc = nlp(text)
    table = _table(doc)
    actor, recipient = noun_arguments(_verb(doc, word), etype, None, table)
    # the hand-made table's entity may hold the "'s"
    assert actor == [] and len(recipient) == 1 and recipient[0].startswith("juan-perez")
    assert names_its_target(_verb(doc, word), etype, table)


def test_a_possessor_with_an_of_phrase_is_still_the_doer(nlp):
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp("Chile condemned Peru's arrest of Juan Perez.")
    actor, recipient = noun_arguments(_verb(doc, "arrest"), "COERCE", "arrest", _table(doc))
    assert actor[0].startswith("peru") and recipient == ["juan-perez"]


def test_a_bare_participle_clause_is_done_to_the_main_subject(nlp):
    # "If convicted, X faces ...": X is convicted, not the one who convicts
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("If convicted, Juan Perez could face ten years in prison.")
    actor, recipient = verb_arguments(_verb(doc, "convicted"), "SANCTION", _table(doc))
    assert actor == [] and len(recipient) == 1 and recipient[0].startswith("juan-perez")
    doc = nlp("Having condemned the raid, Chile recalled its ambassador.")
    assert verb_arguments(_verb(doc, "condemned"), "ACCUSE", _table(doc))[0] == ["chile"]


def test_the_subject_of_face_is_the_one_the_act_is_done_to(nlp):
    # "X said Y will face sanctions": X threatens Y; "Y faced sanctions": Y is sanctioned
    from newsgraph.events._arguments import noun_arguments, verb_arguments
    from test_events import _table

    doc = nlp("Norway said Chile will face tougher sanctions.")
    assert verb_arguments(_verb(doc, "face"), "THREATEN", _table(doc)) == (["norway"], ["chile"])
    doc = nlp("Chile has faced years of sanctions.")
    assert noun_arguments(_verb(doc, "sanctions"), "SANCTION", None, _table(doc)) == ([], ["chile"])


@pytest.mark.parametrize("text, word", [
    ("Norway hosted Chile for two days of talks.", "hosted"),
    ("Norway welcomed Chile to its capital on Monday.", "welcomed"),
])
def test_a_visit_told_by_its_host_has_the_guest_as_actor(nlp, text, word):
    # guidelines 2.3: for a visit the visitor is the actor and the host the recipient
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), "CONSULT", _table(doc)) == (["chile"], ["norway"])
    doc = nlp("Chile was hosted by Norway for two days of talks.")
    assert verb_arguments(_verb(doc, "hosted"), "CONSULT", _table(doc)) == (["chile"], ["norway"])
    doc = nlp("Norway hosted a dinner on Monday.")
    assert verb_arguments(_verb(doc, "hosted"), "CONSULT", _table(doc)) == (["norway"], [])


def test_a_welcome_given_by_the_host_has_the_guest_as_actor(nlp):
    # "X gave a warm welcome to Y": Y visits X (guidelines 2.3)
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp("Norway gave a warm welcome on Friday to Chile.")
    assert noun_arguments(_verb(doc, "welcome"), "CONSULT", "visit", _table(doc),
                          governor=_verb(doc, "gave")) == (["chile"], ["norway"])


@pytest.mark.parametrize("text", ["Chile came under sharp criticism from Norway on Monday.",
                                  "Chile is under investigation by Norway.",
                                  "Chile was placed under sanctions by Norway last year."])
def test_the_subject_held_under_an_act_is_the_one_it_is_done_to(nlp, text):
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp(text)
    noun = next(t for t in doc if t.dep_ == "pobj" and t.head.lower_ == "under")
    etype = "SANCTION" if noun.lemma_ == "sanction" else "ACCUSE"
    assert noun_arguments(noun, etype, None, _table(doc))[1] == ["chile"]


def test_a_clause_whose_subject_names_a_party_is_about_that_party(nlp):
    # "complained that X had chosen Y": the complaint is about X, not about Y
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Norway complained that Chile had chosen Peru as its partner.")
    assert verb_arguments(_verb(doc, "complained"), "ACCUSE", _table(doc)) == (["norway"], ["chile"])
    # with no party as the clause's subject, its object is still the one the act is aimed at
    doc = nlp("Norway promised to defend Chile.")
    assert verb_arguments(_verb(doc, "promised"), "AGREE", _table(doc)) == (["norway"], ["chile"])


def test_what_an_attack_or_an_inquiry_goes_into_is_its_recipient(nlp):
    # "fired rockets into Y", "an investigation into Y": Y is the one it is aimed at
    from newsgraph.events._arguments import noun_arguments, verb_arguments
    from test_events import _table

    doc = nlp("Norway fired rockets into Chile on Monday.")
    assert verb_arguments(_verb(doc, "fired"), "ASSAULT", _table(doc)) == (["norway"], ["chile"])
    doc = nlp("Norway opened an investigation into Chile.")
    assert noun_arguments(_verb(doc, "investigation"), "ACCUSE", None, _table(doc),
                          governor=_verb(doc, "opened")) == (["norway"], ["chile"])


def test_a_passive_conjunct_is_done_to_the_first_verbs_subject(nlp):
    # "X offered talks but was rebuffed by Y": X is the one rebuffed
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Chile offered talks but was rejected by Norway.")
    assert verb_arguments(_verb(doc, "rejected"), "REJECT", _table(doc)) == (["norway"], ["chile"])


@pytest.mark.parametrize("text, word", [
    ("Norway has expressed concern that Chile may leave the pact.", "expressed"),
    ("Norway voiced the fear that Chile had broken the pact.", "voiced"),
])
def test_the_subject_of_the_objects_content_clause_is_the_recipient(nlp, text, word):
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), "ACCUSE", _table(doc)) == (["norway"], ["chile"])
    # a relative clause names no recipient
    doc = nlp("Norway criticized the deal that Chile had proposed.")
    assert verb_arguments(_verb(doc, "criticized"), "ACCUSE", _table(doc)) == (["norway"], [])


def test_the_body_one_resigns_from_is_the_recipient(nlp):
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Jane Roe resigned from the World Bank on Friday.")
    assert verb_arguments(_verb(doc, "resigned"), "RETREAT", _table(doc), mode="resign") == (
        ["jane-roe"], ["world-bank"])
    doc = nlp("Norway withdrew from the Arctic Council on Friday.")
    assert verb_arguments(_verb(doc, "withdrew"), "RETREAT", _table(doc), mode="withdraw") == (["norway"], [])


@pytest.mark.parametrize("text", [
    "Norway denied that Chile had broken the pact.",
    "Norway denied any secret dealings with Chile.",
    "Norway has denied any collusion with Chile.",
])
def test_a_denial_takes_no_recipient_from_what_it_denies(nlp, text):
    # guidelines 2.3: a denial is aimed at whoever made the claim, not at the party the claim is about
    e = find(run(nlp, text), "REJECT")
    assert e.actor == ["norway"] and e.recipient == []


def test_the_one_denied_something_is_the_recipient(nlp):
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Norway denied Chile access to the port.")
    assert verb_arguments(_verb(doc, "denied"), "REJECT", _table(doc)) == (["norway"], ["chile"])


@pytest.mark.parametrize("text, word", [
    ("Chile was accused of attacking Peru.", "attacking"),
    ("Norway accused Chile of attacking Peru.", "attacking"),
    ("Norway blamed Chile for attacking Peru.", "attacking"),
    ("Norway barred Chile from attacking Peru.", "attacking"),
])
def test_the_one_accused_or_barred_does_the_gerunds_act(nlp, text, word):
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp(text)
    assert subject_of(_verb(doc, word), _table(doc)) == ["chile"]


def test_a_gerund_after_a_time_word_is_the_subjects(nlp):
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp("Norway met Chile after attacking Peru.")
    assert subject_of(_verb(doc, "attacking"), _table(doc)) == ["norway"]
    # an object that is no party leaves the gerund to the subject
    doc = nlp("Norway won praise for helping Peru.")
    assert subject_of(_verb(doc, "helping"), _table(doc)) == ["norway"]


def test_who_joins_another_in_an_act_does_it_with_them(nlp):
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp("Norway joined Chile in condemning Peru.")
    assert subject_of(_verb(doc, "condemning"), _table(doc)) == ["norway", "chile"]


@pytest.mark.parametrize("text, word, etype", [
    ("Jane Roe pleaded guilty to fraud in May.", "pleaded", "SANCTION"),
    ("Jane Roe, who served two years in prison, spoke on Monday.", "served", "COERCE"),
])
def test_who_pleads_guilty_or_serves_a_term_undergoes_it(nlp, text, word, etype):
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), etype, _table(doc)) == ([], ["jane-roe"])
    # a plea for something is the pleader's request
    doc = nlp("Jane Roe pleaded with Norway to help.")
    assert verb_arguments(_verb(doc, "pleaded"), "REQUEST", _table(doc))[0] == ["jane-roe"]


@pytest.mark.parametrize("text", ["Norway proposed a new fishing quota on Monday, but Chile rejected the plan.",
                                  "Norway hailed the proposal as a breakthrough, though Chile rejected it on Tuesday."])
def test_a_refusal_set_against_another_partys_clause_is_aimed_at_that_party(nlp, text):
    e = find(run(nlp, text), "REJECT")
    assert e.actor == ["chile"] and e.recipient == ["norway"]


def test_a_refusal_without_a_contrasted_clause_takes_no_recipient_from_it(nlp):
    e = find(run(nlp, "Chile rejected the plan on Tuesday."), "REJECT")
    assert e.actor == ["chile"] and e.recipient == []


@pytest.mark.parametrize("text, etype", [("Norway warned that it would strike if Chile crossed the border.", "THREATEN"),
                                         ("Norway insisted that it would keep its troops in place until Chile signs "
                                          "the accord.", "REQUEST")])
def test_the_party_a_condition_of_the_reported_clause_is_set_to_is_the_recipient(nlp, text, etype):
    e = find(run(nlp, text), etype)
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_past_tense_the_parser_reads_as_a_participle_is_done_by_its_noun(nlp):
    # the parser makes "Ruiz" the sentence's root and "called" a participle modifying it
    text = "Senator Ruiz, one of the loudest voices in the chamber, called on Chile on Monday to release the prisoners."
    e = find(run(nlp, text), "REQUEST")
    assert e.actor == ["ruiz"] and e.recipient == ["chile"]


def test_a_participle_on_an_object_stays_passive(nlp):
    e = find(run(nlp, "Norway criticised the tariffs imposed on Chile."), "SANCTION")
    assert e.actor == [] and e.recipient == ["chile"]


@pytest.mark.parametrize("text, word, etype, want", [
    ("Peru issued a report that says Norway was aware of the danger.", "issued", "ACCUSE", ["norway"]),
    ("Peru released a statement saying that Norway's decision was a disgrace.", "released", "ACCUSE", ["norway"]),
    ("Peru issued a statement describing Norway's move as a serious mistake.", "issued", "ACCUSE", ["norway"]),
    ("Peru issued a report that Norway wrote.", "issued", "ACCUSE", []),
    ("Peru urged restraint on Monday, calling for Norway to end its blockade.", "calling", "REQUEST", ["norway"]),
])
def test_the_party_a_document_or_a_call_for_an_act_is_about_is_the_recipient(nlp, text, word, etype, want):
    # the content of the report or statement the subject puts out, the "for" subject of the act called for;
    # not the author of the document
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), etype, _table(doc)) == (["peru"], want)


def test_a_party_named_after_the_trigger_comes_with_those_coordinated_with_it(nlp):
    # the first party of a phrase under the trigger ("rewrites of agreements with X") and its conjuncts
    e = find(run(nlp, "Peru demanded rewrites of trade agreements with Norway, Chile and Bolivia."), "REQUEST")
    assert e.actor == ["peru"] and e.recipient == ["norway", "chile", "bolivia"]


@pytest.mark.parametrize("text, word", [("The dispute led Norway to impose tariffs on Chile.", "impose"),
                                        ("Peru told Norway to withdraw its troops.", "withdraw"),
                                        ("Peru convinced Norway to resume talks with Chile.", "resume")])
def test_the_object_of_an_object_control_verb_does_its_infinitive(nlp, text, word):
    from newsgraph.events._arguments import subject_of
    from newsgraph.events._lexicon import lexicon
    from test_events import _table

    doc = nlp(text)
    assert subject_of(_verb(doc, word), _table(doc), causative=lexicon().causative) == ["norway"]


@pytest.mark.parametrize("text, word, want", [
    # the parser reads these infinitives as relative clauses of a noun that names no party
    ("Norway was the first to condemn Chile.", "condemn", "norway"),
    ("Norway is to vote on a resolution to condemn Peru.", "condemn", "norway"),
    # an infinitive of a noun with a "by" agent, or of a noun a verb's preposition governs
    ("The talks collapsed after a push by Norway to expel Chile.", "expel", "norway"),
    ("The plan failed despite an effort by Norway to isolate Chile.", "isolate", "norway"),
    ("Norway pressed ahead with plans to sanction Chile.", "sanction", "norway"),
    ("Chile will vote on a resolution to condemn Peru.", "condemn", "chile"),
])
def test_an_infinitive_of_a_noun_is_done_by_the_nouns_controller(nlp, text, word, want):
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp(text)
    assert subject_of(_verb(doc, word), _table(doc)) == [want]


@pytest.mark.parametrize("text, word", [
    ("Norway said Chile is unreliable and criticized Peru.", "criticized"),
    ("Norway said Chile has a right to act and condemned the attacks by Peru.", "condemned"),
    ("Norway said that Peru had been the target of a smear and expressed support for Chile.", "expressed"),
])
def test_a_conjunct_in_the_reporting_verbs_tense_is_the_speakers(nlp, text, word):
    # the parser hangs the speaker's second verb on the reported clause
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp(text)
    assert subject_of(_verb(doc, word), _table(doc)) == ["norway"]


def test_a_conjunct_in_the_reported_clauses_tense_stays_with_its_subject(nlp):
    from newsgraph.events._arguments import subject_of
    from test_events import _table

    doc = nlp("Norway said that Chile condemned Peru and expelled its envoy.")
    assert subject_of(_verb(doc, "expelled"), _table(doc)) == ["chile"]
    # a reporting verb after its clause: the conjunct shares the clause's auxiliary
    doc = nlp("Chile has expelled two diplomats and closed its embassy in Peru, officials in Norway said today.")
    assert subject_of(_verb(doc, "closed"), _table(doc)) == ["chile"]


@pytest.mark.parametrize("text, word", [
    ("Norway lashed out at Chile over the fishing quotas.", "lashed"),
    ("Norway scoffed at Chile on Monday.", "scoffed"),
    ("Norway took aim at Chile over the fishing quotas.", "took"),
])
def test_a_criticism_aimed_at_a_party_has_it_as_recipient(nlp, text, word):
    # the proposer, not the lexicon, reads these verbs as criticism: the parse rule is tested alone
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp(text)
    assert verb_arguments(_verb(doc, word), "ACCUSE", _table(doc)) == (["norway"], ["chile"])


def test_an_event_at_a_place_has_no_recipient_by_at(nlp):
    # "at" names the target of a criticism only: a meeting or a protest "at" a place keeps none
    from newsgraph.events._arguments import verb_arguments
    from test_events import _table

    doc = nlp("Norway protested at the Chile embassy in Oslo.")
    assert verb_arguments(_verb(doc, "protested"), "PROTEST", _table(doc))[1] == []


@pytest.mark.parametrize("text, word", [
    ("During a phone call with Chile on Monday, Norway proposed new fishing quotas.", "call"),
    ("After talks with Chile on Friday, Norway announced a fishing agreement.", "talks"),
    ("Norway has been in close contact with Chile since the storm.", "contact"),
])
def test_a_meeting_told_as_a_circumstance_of_a_clause_is_its_subjects(nlp, text, word):
    # guidelines 2.3: the clause's subject is the other party of the meeting the phrase names
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp(text)
    assert noun_arguments(_verb(doc, word), "CONSULT", None, _table(doc)) == (["norway"], ["chile"])


def test_a_meeting_circumstance_that_names_no_other_party_takes_no_subject(nlp):
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp("At a meeting in Lima, Norway proposed new fishing quotas.")
    assert noun_arguments(_verb(doc, "meeting"), "CONSULT", None, _table(doc))[0] == []
    # only meetings: a strike in a clause's circumstance is not its subject's
    doc = nlp("After strikes against Chile, Norway proposed new fishing quotas.")
    assert noun_arguments(_verb(doc, "strikes"), "ASSAULT", None, _table(doc)) == ([], ["chile"])


def test_fighting_between_two_sides_has_both_as_actors(nlp):
    # guidelines 2.3: two-sided fighting has both sides as actors and no recipient
    from newsgraph.events._arguments import noun_arguments
    from test_events import _table

    doc = nlp("Heavy fighting between Peru and Chile killed ten soldiers.")
    actor, recipient = noun_arguments(_verb(doc, "fighting"), "ASSAULT", None, _table(doc))
    assert set(actor) == {"peru", "chile"} and recipient == []


def test_a_meeting_circumstance_the_parser_hangs_on_the_subject_is_the_subjects():
    # "Perez, during a call with Chile, urged restraint." parsed with the phrase on the subject noun
    # (as the parser does on some sentences); a hand-made parse, no model
    import spacy
    from spacy.tokens import Doc

    from factories import actor
    from newsgraph.events._arguments import noun_arguments
    from newsgraph.records import ActorTable, Mention

    words = ["Perez", ",", "during", "a", "call", "with", "Chile", ",", "urged", "restraint", "."]
    heads = [8, 0, 0, 4, 2, 4, 5, 0, 8, 8, 8]
    deps = ["nsubj", "punct", "prep", "det", "pobj", "prep", "pobj", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    mentions = [Mention(actor=a, span=(doc[i].idx, doc[i].idx + len(doc[i])), tokens=(i, i + 1), text=doc[i].text)
                for a, i in (("perez", 0), ("chile", 6))]
    table = ActorTable(actors=[actor("perez", "Juan Perez", "person"), actor("chile", "Chile", "country")],
                       mentions=mentions)
    assert noun_arguments(doc[4], "CONSULT", None, table) == (["perez"], ["chile"])
    # the same phrase on an object names no actor
    deps[0] = "dobj"
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert noun_arguments(doc[4], "CONSULT", None, table) == ([], ["chile"])


@pytest.mark.parametrize("text, etype", [("Norway bombed military sites in Chile.", "ASSAULT"),
                                         ("Norway reimposed the blockade in Chile.", "COERCE"),
                                         ("Norway condemned the killing of civilians in Chile.", "ACCUSE")])
def test_the_place_in_the_object_of_an_act_is_no_recipient(nlp, text, etype):
    # the "in" phrase of what the act is done to tells where it happened (the event's location), not to whom
    e = find(run(nlp, text), etype)
    assert e.actor == ["norway"] and "chile" not in e.recipient
    assert e.location and e.location["country"] == "CHL"


@pytest.mark.parametrize("text, etype", [("Norway banned a militant organization in Chile on Monday.", "COERCE"),
                                         ("Norway praised the reforms in Chile on Monday.", "SUPPORT")])
def test_the_place_of_a_body_or_of_what_a_party_gains_is_a_recipient(nlp, text, etype):
    # a body in the place is the place's own; what is praised or given in a place is the place's gain
    e = find(run(nlp, text), etype)
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_a_subject_noun_with_no_party_of_its_own_stands_for_the_place_it_is_in(nlp):
    e = find(run(nlp, "Gunmen in Chile attacked Norway on Monday."), "ASSAULT")
    assert e.actor == ["chile"] and e.recipient == ["norway"]


@pytest.mark.parametrize("text", ["The journalists James Foley and Steven Sotloff condemned Chile on Monday.",
                                  "Chairman Jane Doe, R-Utah, and Chairman John Roe, R-Calif., condemned Chile on Monday."])
def test_a_conjunct_hung_on_an_appositive_acts_with_the_first(nlp, text):
    # guidelines 2.3, compound actors: the parser hangs "and Y" on the appositive ("journalists X and Y",
    # "X, R-Utah, and Y"); Y acts all the same (train: "Chaffetz, R-Utah, and Nunes, R-Calif., called")
    e = find(run(nlp, text), "ACCUSE")
    people = [a for a in e.actor if a not in ("utah", "calif")]
    assert len(people) == 2 and e.recipient == ["chile"]


def test_a_relative_word_stands_for_its_whole_coordinated_antecedent(nlp):
    # the actors stage resolves "who" to one member of "Jane Doe and John Roe"; the clause is done by both
    from test_events import _table
    from newsgraph.events import code
    from newsgraph.records import Mention

    doc = nlp("Norway welcomed Jane Doe and John Roe, who condemned Chile on Monday.")
    table = _table(doc)
    who = next(t for t in doc if t.lower_ == "who")
    table.mentions.append(Mention(actor="jane-doe", span=(who.idx, who.idx + 3), tokens=(who.i, who.i + 1),
                                  text="who", kind="pronoun"))
    table = type(table)(actors=table.actors, mentions=table.mentions)
    events = code(doc, actors=table, timexes=[], published=None, decide=False, propose_with=False)
    e = find(events, "ACCUSE")
    assert set(e.actor) == {"jane-doe", "john-roe"} and e.recipient == ["chile"]
