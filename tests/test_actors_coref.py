"""Coreference of pronouns and definite descriptions to named actors (actors/_coref.py)."""

from __future__ import annotations

from newsgraph.actors import resolve


def _actor_at(nlp, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    table = resolve(doc)
    tok = [t for t in doc if t.text == word][nth]
    return table.get(table.at_token(tok.i))


def test_it_that_acts_is_the_nearest_subject_country(nlp):
    text = "Norway said on Monday that it was leaving the pact, and it threatened new tariffs on Chile."
    assert _actor_at(nlp, text, "it", 0).country == "NOR"
    assert _actor_at(nlp, text, "it", 1).country == "NOR"
    a = _actor_at(nlp, "The French government rejected the offer. It added that talks would go on.", "It")
    assert a is not None and a.country == "FRA"


def test_it_goes_to_a_group_named_in_the_singular_not_in_the_plural(nlp):
    a = _actor_at(nlp, "Hamas said on Sunday that it would not accept the truce.", "it")
    assert a is not None and a.name == "Hamas"
    assert _actor_at(nlp, "The Democrats said it would not pass.", "it") is None


def test_expletive_or_thing_it_stays_unresolved(nlp):
    assert _actor_at(nlp, "Germany signed the deal. It is clear that the talks failed.", "It") is None
    assert _actor_at(nlp, "Germany said it was reported that the talks failed.", "it") is None
    # the nearest subject before it is a thing, not the country
    assert _actor_at(nlp, "Japan praised the plan, but the plan failed because it ignored costs.", "it") is None
    # a person is never "it"
    assert _actor_at(nlp, "Angela Merkel said it would cut spending.", "it") is None


def test_a_subject_pronoun_goes_to_the_subject_of_the_verb_its_clause_hangs_from(nlp):
    # the mayor is nearer, but "she" is the subject of the clause the senator's "announced" governs
    text = ("Senator Maria Olsen met on Monday in the state capital with the city's long-serving mayor, "
            "Lucia Vega, and then announced she would veto the budget.")
    assert _actor_at(nlp, text, "she").name == "Maria Olsen"
    text = ("Senator Paul Grant met for three hours in Oslo with the Norwegian prime minister, John Webb, "
            "and later announced he would oppose the tariffs.")
    assert _actor_at(nlp, text, "he").name == "Paul Grant"
    # a governing subject that cannot be "he" (a body) is no antecedent: the nearest person stays
    text = ("The European Commission met on Monday in the state capital with the city's long-serving mayor, "
            "John Webb, and then announced he would veto the budget.")
    assert _actor_at(nlp, text, "he").name == "John Webb"


def test_a_possessive_in_the_reason_for_an_act_is_the_acts_object(nlp):
    # "for"/"over" gives the object's deed: the object owns it, not the subject the subject bonus prefers
    assert _actor_at(nlp, "Norway criticized Chile for its new tariffs on salmon.", "its").country == "CHL"
    text = "Senator Paul Grant thanked Prime Minister Ann Cole for her support of the bill."
    assert _actor_at(nlp, text, "her").name == "Ann Cole"
    # asking someone for something: the subject's own
    text = "Senator Paul Grant asked Chile for his visa."
    assert _actor_at(nlp, text, "his").name == "Paul Grant"


def test_definite_descriptions_refer_back_to_the_named_state_or_body(nlp):
    doc = nlp("North Korea fired a missile on Sunday. Officials said the North had broken its promise.")
    table = resolve(doc)
    north = next(t for t in doc if t.text == "North" and t.i > 5)
    assert table.get(table.at_token(north.i)).country == "PRK"
    a = _actor_at(nlp, "The Islamic State released a video. The group threatened more attacks on Iraq.", "group")
    assert a is not None and "Islamic State" in a.name
    a = _actor_at(nlp, "The House Ethics Committee opened an inquiry. The committee will question aides.",
                  "committee")
    assert a is not None and "Ethics Committee" in a.name
    a = _actor_at(nlp, "Jordan closed its border. The country said the move was temporary.", "country")
    assert a is not None and a.country == "JOR"


def test_descriptions_that_are_no_back_reference_stay_alone(nlp):
    # "a group", "the group of experts", and a noun no named actor of that kind precedes
    assert _actor_at(nlp, "Jordan closed its border. A group of experts disagreed.", "group") is None
    assert _actor_at(nlp, "Jordan closed its border. The group of experts disagreed.", "group") is None
    assert _actor_at(nlp, "Angela Merkel spoke. The committee will meet.", "committee") is None


def _mentions_of(nlp, text: str, word: str):
    doc = nlp(text)
    table = resolve(doc)
    tok = next(t for t in doc if t.text == word)
    aid = table.at_token(tok.i)
    return table.get(aid), [m.text for m in table.mentions if m.actor == aid], table


def test_a_description_a_copula_equates_with_a_named_person_is_that_persons_mention(nlp):
    # "the panel's witness is X": one person, and the pronoun after goes to her
    actor, texts, table = _mentions_of(
        nlp, "The panel's witness on Friday is Laura Penn. She will testify about the aid.", "witness")
    assert actor is not None and actor.name == "Laura Penn" and "She" in texts
    assert not any(a.name == "witness" for a in table.actors)
    # a negated copula equates nothing
    doc = nlp("Officials said the attack was a failure. Jane Moss is not the spokesman, officials said.")
    table = resolve(doc)
    moss = next(a for a in table.actors if a.name == "Jane Moss")
    assert [m.text for m in table.mentions if m.actor == moss.id] == ["Jane Moss"]


def test_a_country_composite_in_apposition_to_a_person_is_that_persons_title(nlp):
    # "X, a retired judge and former US attorney": no United States judiciary
    actor, texts, table = _mentions_of(
        nlp, "Mark Olsen, a retired judge and former US attorney, praised the ruling.", "attorney")
    assert actor is not None and actor.name == "Mark Olsen" and "US attorney" in texts
    assert all(a.kind == "person" for a in table.actors)


def test_a_definite_office_composite_refers_back_to_its_named_holder(nlp):
    text = ("Foreign Minister Sergei Lavrov met the envoys. Russia's foreign minister said the talks went well. "
            "The Russian prime minister was absent.")
    actor, texts, _table = _mentions_of(nlp, text, "foreign")
    assert actor is not None and actor.name == "Sergei Lavrov" and "Russia's foreign minister" in texts
    # another office of the same country is no mention of him
    doc = nlp(text)
    table = resolve(doc)
    prime = next(t for t in doc if t.text == "prime")
    other = table.get(table.at_token(prime.i))
    # the other office's unnamed holder is one person in the text's words, not Lavrov
    assert other is not None and other.name == "Russian prime minister"
    # "the Israeli leader" is the prime minister named before; "an American president" is no one's
    text = ("President Barack Obama met Prime Minister Benjamin Netanyahu. The Israeli leader thanked him. "
            "An American president rarely visits.")
    actor, texts, _table = _mentions_of(nlp, text, "leader")
    assert actor is not None and actor.name == "Benjamin Netanyahu"
    doc = nlp(text)
    table = resolve(doc)
    american = next(t for t in doc if t.text == "American")
    assert table.get(table.at_token(american.i)).kind != "person"


def test_a_definite_office_composite_before_its_one_named_holder_is_that_holder(nlp):
    # a lede names the office first and the story its holder after
    text = ("The Norwegian prime minister escaped a car bomb in Oslo on Monday. Police said the attack failed. "
            "Norwegian Prime Minister Jon Varvik was unhurt, his office said.")
    doc = nlp(text)
    table = resolve(doc)
    prime = next(t for t in doc if t.text == "prime")
    assert table.get(table.at_token(prime.i)).name == "Jon Varvik"
    # two holders of the office named after it: which one the lede means is not sure
    text = ("The Norwegian prime minister escaped a car bomb in Oslo on Monday. "
            "Norwegian Prime Minister Jon Varvik was unhurt. Former Norwegian Prime Minister Kari Lund spoke.")
    doc = nlp(text)
    table = resolve(doc)
    prime = next(t for t in doc if t.text == "prime")
    other = table.get(table.at_token(prime.i))
    # neither holder: the office's holder in the text's words
    assert other is not None and other.name == "Norwegian prime minister"


def _set_members(nlp, text: str, word: str) -> list[str]:
    doc = nlp(text)
    table = resolve(doc)
    tok = next(t for t in doc if t.text == word)
    return sorted(table.get(a).name for a in table.actors_at(tok.i))


def test_a_definite_set_description_refers_to_each_actor_named_before(nlp):
    first = "President Paul Grant hosted Prime Minister John Webb in Oslo on Monday. "
    assert _set_members(nlp, first + "The two leaders signed a trade pact.", "leaders") == ["John Webb", "Paul Grant"]
    assert _set_members(nlp, first + "The two met for three hours.", "two") == ["John Webb", "Paul Grant"]
    members = _set_members(nlp, "Norway and Chile signed a trade pact. Both countries promised to cut tariffs.",
                           "countries")
    assert len(members) == 2 and "Norway" in members


def test_a_plural_pronoun_after_a_coordinated_subject_is_each_of_its_actors(nlp):
    # the subject of the verb the pronoun's phrase hangs from names two persons: "their" is both of them
    text = "President Paul Grant and Prime Minister John Webb announced their support for the trade pact."
    assert _set_members(nlp, text, "their") == ["John Webb", "Paul Grant"]
    text = "Norway and Chile said on Monday that they would cut tariffs on steel."
    assert len(_set_members(nlp, text, "they")) == 2
    # a relative clause on another person ends the climb, and an object pronoun is not its verb's subject
    text = "Paul Grant and John Webb met Senator Ann Cole, who praised their courage."
    assert len(_set_members(nlp, text, "their")) < 2
    text = "Paul Grant and John Webb thanked them for the invitation."
    assert len(_set_members(nlp, text, "them")) < 2


def test_a_set_description_with_more_candidates_or_an_indefinite_number_stays_alone(nlp):
    # three persons in reach for "the two leaders": ambiguous, left alone
    text = ("President Paul Grant hosted Prime Minister John Webb and Senator Ann Cole in Oslo. "
            "The two leaders signed a trade pact.")
    assert len(_set_members(nlp, text, "leaders")) < 2
    # "two leaders" without the article is a new group, "both sides" may be two the text never named
    text = "President Paul Grant hosted Prime Minister John Webb in Oslo. Two leaders from Chile attended."
    assert len(_set_members(nlp, text, "leaders")) < 2
    text = "Norway and Chile signed a trade pact. Both sides promised to cut tariffs."
    assert len(_set_members(nlp, text, "sides")) < 2


def test_a_set_description_takes_the_one_nearest_sentence_that_names_its_members(nlp):
    # a third person in the window: the nearest sentence naming any person decides
    text = ("Mayor Ann Cole met Governor Tom Reyes in Lyon on Monday. President Paul Grant phoned Prime Minister "
            "John Webb on Tuesday. The two leaders agreed to meet again.")
    assert _set_members(nlp, text, "leaders") == ["John Webb", "Paul Grant"]
    # a quote and its attribution between the names and the description are passed over
    text = ("President Paul Grant welcomed Prime Minister John Webb in Oslo on Monday. \"We share a long "
            "coast,\" he told reporters. \"We share the fish too,\" he added. \"And the storms,\" he said. "
            "The two leaders signed a trade pact.")
    assert _set_members(nlp, text, "leaders") == ["John Webb", "Paul Grant"]
    # beyond the window, the nearest sentence names one person and a possessor: not the pair, left alone
    text = ("President Paul Grant welcomed Prime Minister John Webb in Oslo on Monday. Ann Cole covers Grant's "
            "trip for a weekly paper. The dinner was long. The wine was cold. The two leaders talked about fish.")
    assert len(_set_members(nlp, text, "leaders")) < 2


def test_a_later_definite_agent_noun_is_the_agent_named_before(nlp):
    # issue #19: "the official" is the Danish official of the sentence before, not an actor of its own
    text = ("A Danish navy official said the frigate left port on Monday. "
            "The official said Sweden had been told of the voyage.")
    doc = nlp(text)
    table = resolve(doc)
    first = next(t for t in doc if t.text == "official")
    later = next(t for t in doc if t.text == "official" and t.i > first.i)
    assert table.at_token(later.i) is not None and table.at_token(later.i) == table.at_token(first.i)
    assert table.get(table.at_token(later.i)).country == "DNK"


def test_a_bare_body_noun_is_the_body_whose_name_holds_it(nlp):
    text = ("The Oslo Police Department arrested two men on Friday.\n\n"
            "Police said the men had been armed.")
    doc = nlp(text)
    table = resolve(doc)
    later = [t for t in doc if t.text == "Police"][1]
    actor = table.get(table.at_token(later.i))
    assert actor is not None and "Oslo Police Department" in actor.name


def test_bare_police_paragraphs_later_is_the_police_named_with_a_country(nlp):
    # issue #19 (coref25): one actor, placed by its first mention, not a second "police" of no country
    text = ("Danish police surrounded a farm near the border on Friday.\n\n"
            "The mayor asked people to stay at home.\n\nSchools and shops were closed.\n\n"
            "Roads to the farm were blocked.\n\nPolice said two men inside were armed.")
    doc = nlp(text)
    table = resolve(doc)
    first, later = [t for t in doc if t.lower_ == "police"]
    assert table.at_token(later.i) is not None and table.at_token(later.i) == table.at_token(first.i)
    assert table.get(table.at_token(later.i)).country == "DNK"


def test_a_later_agent_noun_stays_alone_when_two_agents_or_another_number_precede(nlp):
    # two officials named before: which one "the official" is stays open
    text = ("A Danish official said the talks would go on. A second official from Sweden disagreed. "
            "The official said the talks were over.")
    doc = nlp(text)
    table = resolve(doc)
    offs = [t for t in doc if t.text == "official"]
    assert table.at_token(offs[2].i) not in (table.at_token(offs[0].i), table.at_token(offs[1].i))
    # "officials" are not the one official named before
    text = "A Danish official said the talks would go on. The officials said Sweden agreed."
    doc = nlp(text)
    table = resolve(doc)
    one = next(t for t in doc if t.text == "official")
    many = next(t for t in doc if t.text == "officials")
    assert table.at_token(many.i) != table.at_token(one.i)
