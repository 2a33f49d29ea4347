"""Who did it to whom, session 34 (issue #17, docs/evaluation.md "Session 34, args34"): the parse rules of
``events._arguments`` on invented sentences, with the hand-made ActorTables of test_events.py."""

from __future__ import annotations

import pytest

from test_events import _table, find, run


def _code(nlp, text, extra):
    """The rules' events of ``text`` over a table of its entities plus ``extra`` mentions (word, actor id)."""
    from newsgraph.events import code
    from newsgraph.records import ActorTable, Mention

    from factories import actor

    doc = nlp(text)
    table = _table(doc)
    actors = list(table.actors)
    mentions = list(table.mentions)
    for word, aid in extra:
        tok = next(t for t in doc if t.text == word)
        if all(a.id != aid for a in actors):
            actors.append(actor(aid, word, "organization"))
        mentions.append(Mention(actor=aid, span=(tok.idx, tok.idx + len(tok)), tokens=(tok.i, tok.i + 1),
                                text=tok.text))
    return code(doc, actors=ActorTable(actors=actors, mentions=mentions), timexes=[], published=None,
                decide=False, propose_with=False)


@pytest.mark.parametrize(("text", "word"), [("Norway recalled its ambassador to Chile on Monday.", "ambassador"),
                                            ("Norway recalled its ambassadors from Chile on Monday.", "ambassadors")])
def test_the_envoy_a_party_recalls_is_its_own_and_the_country_it_served_in_the_recipient(nlp, text, word):
    # session 33's audit: "Turkey recalled its ambassadors to Israel" had "ambassadors" (an actor the
    # actors stage made) as recipient
    e = find(_code(nlp, text, [(word, "envoys")]), "SANCTION")
    assert e.actor == ["norway"] and e.recipient == ["chile"]


def test_the_envoys_of_another_party_stay_the_recipient(nlp):
    e = find(_code(nlp, "Norway expelled the ambassador of Chile on Monday.", [("ambassador", "envoy")]), "SANCTION")
    assert e.actor == ["norway"] and e.recipient == ["envoy"]


def test_a_passive_killing_in_clashes_with_a_party_has_that_party_as_actor(nlp):
    # session 33's audit: "two Palestinians were killed in clashes with Israeli soldiers" had no actor
    events = _code(nlp, "Two protesters were killed in clashes with Norwegian soldiers on Monday.",
                   [("protesters", "protesters"), ("soldiers", "norwegian-soldiers")])
    e = find(events, "ASSAULT")
    assert e.actor == ["norwegian-soldiers"] and e.recipient == ["protesters"]


def test_a_passive_act_of_force_with_an_agent_keeps_it(nlp):
    events = _code(nlp, "Two protesters were killed by police in clashes with Norwegian soldiers.",
                   [("protesters", "protesters"), ("police", "police"), ("soldiers", "norwegian-soldiers")])
    assert find(events, "ASSAULT").actor == ["police"]


def test_the_second_description_of_an_appositive_is_no_party(nlp):
    # a train sentence of this shape (a named economist described as a former chairman of a council, then
    # the verb) gave the council as a second actor
    e = find(run(nlp, "Jane Doe, a prominent economist and former chairman of the Chile Trade Council, "
                      "praised Norway on Monday."), "SUPPORT")
    assert e.actor == ["jane-doe"] and e.recipient == ["norway"]


def test_an_act_whose_possessor_is_a_relative_word_is_the_antecedents(nlp):
    # "Obama, whose shifting approach to Syria has been criticized": Obama is the one criticized
    e = find(run(nlp, "Jane Doe, whose approach to Chile has been criticized by Norway, resigned."), "ACCUSE")
    assert e.actor == ["norway"] and e.recipient == ["jane-doe"]


def test_a_place_in_an_act_that_is_the_subject_is_no_actor(nlp):
    # a train sentence of this shape (a rise in violence in a capital killed a soldier): the city is where it
    # happened
    e = find(run(nlp, "A surge in violence in Santiago killed a Norwegian diplomat on Monday."), "ASSAULT")
    assert "santiago" not in e.actor


def test_the_possessor_of_a_title_holder_stands_for_the_holder(nlp):
    # "the raid on former Trump fixer Michael Cohen's home": Cohen, not the title's Trump
    events = _code(nlp, "Police raided former Norway adviser John Roe's home on Monday.", [("Police", "police")])
    e = find(events, "COERCE")
    assert len(e.recipient) == 1 and e.recipient[0].startswith("john-roe")


def _table_with(doc, spans):
    """The entities' table of ``doc`` plus a mention of each (first word, last word, actor id)."""
    from newsgraph.records import ActorTable, Mention

    from factories import actor

    table = _table(doc)
    actors, mentions = list(table.actors), list(table.mentions)
    for first, last, aid in spans:
        a = next(t for t in doc if t.text == first)
        b = next(t for t in doc if t.text == last)
        actors.append(actor(aid, doc[a.i:b.i + 1].text, "organization"))
        mentions.append(Mention(actor=aid, span=(a.idx, b.idx + len(b)), tokens=(a.i, b.i + 1),
                                text=doc[a.i:b.i + 1].text))
    return ActorTable(actors=actors, mentions=mentions)


def test_support_behind_a_party(nlp):
    # "stand behind May", "unify the party behind Clinton": the one supported
    from newsgraph.events._arguments import verb_arguments

    doc = nlp("Norway stood behind Chile on Monday.")
    stood = next(t for t in doc if t.text == "stood")
    assert verb_arguments(stood, "SUPPORT", _table(doc)) == (["norway"], ["chile"])


def test_an_event_noun_that_is_itself_an_actors_mention_is_no_party_to_itself(nlp):
    # a train sentence where an accord would meet strong opposition from a party: "opposition", an actor the
    # actors stage made, was the actor
    from newsgraph.events._arguments import noun_arguments

    doc = nlp("The plan met fierce opposition from Norway.")
    table = _table_with(doc, [("fierce", "opposition", "opposition")])
    opposition = next(t for t in doc if t.text == "opposition")
    assert "opposition" not in noun_arguments(opposition, "REJECT", None, table)[0]
