"""Who said it: unnamed agents named with whom they speak for, the authors of polls and reports, and
speakers that a quote's own sentence gives without a verb of saying. Invented sentences only."""

from __future__ import annotations

import pytest

from factories import actor_name as _name
from factories import quotes_by_text as _quotes


@pytest.mark.model
def test_an_agent_keeps_the_words_of_whom_it_speaks_for(nlp):
    text = ("A spokeswoman for Senator Dana Marsh said the vote would go ahead on Monday.\n\n"
            "An aide to Governor Sam Kessler said the budget plan was already dead.\n\n"
            "A spokesman for Kessler said the governor would sign the bill anyway.")
    quotes, table = _quotes(nlp, text)
    marsh = quotes["the vote would go ahead on Monday"]
    assert _name(table, marsh.speaker) == "spokeswoman for Senator Dana Marsh"
    assert table.get(marsh.speaker).kind == "person"
    assert _name(table, quotes["the budget plan was already dead"].speaker) == "aide to Governor Sam Kessler"
    kessler = quotes["the governor would sign the bill anyway"]
    # two owners are two actors, never one "spokesman" for both
    assert _name(table, kessler.speaker) == "spokesman for Kessler" and kessler.speaker != marsh.speaker


@pytest.mark.model
def test_agents_named_by_different_words_are_different_actors(nlp):
    from newsgraph.actors import resolve

    doc = nlp("Federal officials said the bridge was closed. Senior officials said the ferry was late. "
              "The officials said the roads would reopen. Leaders of the association said they would appeal.")
    table = resolve(doc)
    at = {t.text: table.get(table.at_token(t.i)) for t in doc if t.lower_ in ("officials", "leaders")}
    names = [table.get(table.at_token(t.i)).name.lower() for t in doc if t.lower_ == "officials"]
    assert names[0] == "federal officials" and names[1] == "senior officials"
    assert names[2] == names[1]  # a bare phrase refers back to the last one of its noun
    assert at["Leaders"].name.lower() == "leaders of the association"  # the body they lead is part of the name


@pytest.mark.model
def test_an_agent_without_an_owner_keeps_its_own_words(nlp):
    quotes, table = _quotes(nlp, "A spokesman said the talks would resume on Monday in the capital.")
    said = quotes["the talks would resume on Monday in the capital"]
    assert _name(table, said.speaker) == "spokesman"
    assert said.attributed_to is None  # an actor speaks: the words stay in `speaker_text` alone


@pytest.mark.model
def test_a_poll_speaks_for_the_body_its_phrase_names(nlp):
    text = ("The Morning Tide survey said the race had tightened sharply in the last week.\n\n"
            "A report released by the Hanford Institute said the program had cost far more than planned.")
    quotes, table = _quotes(nlp, text)
    survey = quotes["the race had tightened sharply in the last week"]
    assert _name(table, survey.speaker) == "Morning Tide" and table.get(survey.speaker).kind == "organization"
    report = quotes["the program had cost far more than planned"]
    assert _name(table, report.speaker) == "Hanford Institute"
    assert report.speaker_text == "A report"  # the phrase without its participle


@pytest.mark.model
def test_a_poll_whose_author_the_text_does_not_name_has_no_speaker(nlp):
    # who cites a poll did not run it
    text = "Marsh pointed to a new poll on Tuesday.\n\nThe poll found that voters were split on the levy."
    quotes, _ = _quotes(nlp, text)
    poll = next(q for t, q in quotes.items() if "split on the levy" in t)
    assert poll.speaker is None and poll.speaker_text == "The poll"
    assert poll.attributed_to == "The poll"  # no actor, but the output still says what speaks


def test_a_speaker_no_actor_holds_is_given_in_the_texts_words_unless_they_name_nobody():
    from newsgraph.quotes._extract import attributed_to
    from newsgraph.records import Quote

    assert attributed_to("the audit") == "the audit"
    assert attributed_to("a spokeswoman for the agency") == "a spokeswoman for the agency"
    assert attributed_to("Six in 10 voters") == "Six in 10 voters"
    assert attributed_to("42%") == "42%"  # a count of the people who answered
    for nobody in ("he", "It", "Some", "those", "many others", "", None):
        assert attributed_to(nobody) is None, nobody
    record = Quote(None, "the levy failed", (0, 15), kind="indirect", speaker_text="the audit", attributed_to="the audit")
    assert record.to_dict()["attributed_to"] == "the audit" and record.to_dict()["speaker_text"] == "the audit"


@pytest.mark.model
def test_a_verb_before_a_comma_that_takes_only_the_quote_cues_it(nlp):
    text = "Dana Marsh shot back, “Governor Kessler called them out. They must have been crushed by that.”"
    quotes, table = _quotes(nlp, text)
    quote = next(iter(quotes.values()))
    assert _name(table, quote.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_quote_after_a_clause_of_no_speaker_goes_on_with_the_last_one(nlp):
    text = ("“It is a huge night,” said Dana Marsh, a strategist for the Kessler campaign. Unless the others "
            "quit soon, “it is very hard to see how she loses the race.”")
    quotes, table = _quotes(nlp, text)
    second = quotes["it is very hard to see how she loses the race."]
    assert _name(table, second.speaker) == "Dana Marsh"


def test_a_name_the_parser_hung_inside_the_quote_speaks_for_the_tag_after_it():
    """`“We were wrong,” Dana Marsh, a former aide, said`: the parser made "Marsh" an attribute of
    "were" inside the quote and left "said" without a subject; the name opening the tag speaks."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.quotes._extract import find_quotes
    from newsgraph.records import Actor, ActorTable, Mention

    words = ["“", "We", "were", "wrong", ",", "”", "Dana", "Marsh", ",", "a", "former", "aide", ",", "said", "."]
    spaces = [False, True, True, False, False, True, True, False, True, True, True, False, True, False, False]
    heads = [13, 2, 13, 2, 2, 13, 7, 2, 7, 11, 11, 7, 13, 13, 13]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "compound", "attr", "punct", "det", "amod", "appos",
            "punct", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT",
           "VERB", "PUNCT"]
    lemmas = ["“", "we", "be", "wrong", ",", "”", "Dana", "Marsh", ",", "a", "former", "aide", ",", "say", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              ents=["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 7)
    marsh = Actor("dana-marsh", "Dana Marsh", "person")
    table = ActorTable(actors=[marsh])
    table.mentions.append(Mention(actor="dana-marsh", span=(doc[6].idx, doc[7].idx + 5), tokens=(6, 8), text="Dana Marsh",
                                  kind="name"))
    table.by_token.update({6: "dana-marsh", 7: "dana-marsh"})
    found = find_quotes(doc, table)
    assert [f.quote.speaker for f in found] == ["dana-marsh"]
    assert doc.text[slice(*found[0].speaker_span)].startswith("Dana Marsh")


@pytest.mark.model
def test_a_short_quote_that_opens_its_sentence_with_a_tag_is_gone_on_with(nlp):
    """`“Records matter,” Kessler said. “...”`: the first quote has no verb the tagger sees (a quote
    of a few words), but it opens its sentence with a tag of its own; the next quote goes on with it."""
    text = ("On Friday the mayor was joined by her deputy, retired engineer Sam Kessler.\n\n"
            "“Records matter,” Kessler said. “Read the numbers. Only one of them has balanced a city budget.”")
    quotes, table = _quotes(nlp, text)
    second = next(q for t, q in quotes.items() if t.startswith("Read the numbers"))
    assert _name(table, second.speaker) == "Sam Kessler"


@pytest.mark.model
def test_counted_people_speak_through_the_poll_whose_author_the_text_names(nlp):
    """"N percent of voters said ..., according to a new X poll": the people speak only through the
    poll, and its phrase names who ran it; a poll with no author leaves the counted people."""
    text = ("Sixty percent of registered voters said the economy was their first worry, according to a new "
            "Harbor Research poll.\n\nIn a recent Gallup poll, 41 percent of Democrats said they trusted the state courts.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["the economy was their first worry"].speaker) == "Harbor Research"
    assert _name(table, quotes["they trusted the state courts"].speaker) == "Gallup"


@pytest.mark.model
def test_a_poll_average_speaks_for_the_body_whose_capitalised_name_the_tagger_read_as_a_noun(nlp):
    text = ("A recent poll by PollWatchers shows that Marsh is ahead in the county.\n\n"
            "The PollWatchers polling average shows that Kessler leads by two points in the state.")
    quotes, table = _quotes(nlp, text)
    speakers = {_name(table, q.speaker) for q in quotes.values()}
    assert speakers == {"PollWatchers"}


def test_a_camel_case_word_inside_its_sentence_is_a_name():
    import spacy
    from spacy.tokens import Doc

    from newsgraph.quotes._speaker import _camel_name

    doc = Doc(spacy.blank("en").vocab, words=["a", "poll", "by", "PollWatchers", "and", "NASA", "and", "Voters"],
              pos=["DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "CCONJ", "NOUN"],
              sent_starts=[True] + [False] * 7)
    assert [_camel_name(t) for t in doc] == [False, False, False, True, False, False, False, False]


@pytest.mark.model
def test_a_digest_label_after_a_dash_names_the_speaker_not_the_headline_verb(nlp):
    text = ("Readers agree - Dana Marsh: “The biggest lesson was simple: keep calling voters as late as you can.”\n\n"
            "THE NORTH FAVORS KESSLER - Sam P. Kessler: “The state has long looked like a fork in the road.”")
    quotes, table = _quotes(nlp, text)
    assert [_name(table, q.speaker) for q in quotes.values()] == ["Dana Marsh", "Sam P. Kessler"]


@pytest.mark.model
def test_a_whole_quote_goes_on_from_a_partial_quote_whose_tag_follows_it(nlp):
    text = ("Some of the charges against the city are “rooted in real failures,” said Dana Marsh, an analyst at a "
            "research group in Denver. “A long report may answer a few of them, but it will not turn critics into friends.”")
    quotes, table = _quotes(nlp, text)
    whole = next(q for t, q in quotes.items() if t.startswith("A long report"))
    assert _name(table, whole.speaker) == "Dana Marsh"


def _parsed(words, heads, deps, pos, tags=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=[w.lower() if p != "VERB" else _VERB_LEMMAS.get(w, w) for w, p in zip(words, pos)])


_VERB_LEMMAS = {"said": "say", "recalled": "recall", "writing": "write", "shared": "share", "Feels": "feel"}


def _with_person(doc, start, end, ident, name):
    from newsgraph.records import Actor, ActorTable, Mention

    table = ActorTable(actors=[Actor(ident, name, "person")])
    table.mentions.append(Mention(actor=ident, span=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                                  tokens=(start, end), text=doc[start:end].text, kind="name"))
    table.by_token.update({i: ident for i in range(start, end)})
    return table


def test_a_name_set_off_before_a_verb_without_subject_speaks():
    """`In a note to the Herald, Dana Marsh, said: “...”` with the name hung on the paper."""
    from newsgraph.quotes._extract import find_quotes

    words = ["The", "Herald", ",", "Dana", "Marsh", ",", "said", ":", "“", "We", "are", "ready", ".", "”"]
    doc = _parsed(words, [1, 6, 1, 4, 1, 1, 6, 6, 6, 10, 6, 10, 10, 6],
                  ["det", "npadvmod", "punct", "compound", "appos", "punct", "ROOT", "punct", "punct", "nsubj", "ccomp",
                   "acomp", "punct", "punct"],
                  ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "PUNCT", "PRON", "AUX", "ADJ",
                   "PUNCT", "PUNCT"],
                  ["DT", "NNP", ",", "NNP", "NNP", ",", "VBD", ":", "``", "PRP", "VBP", "JJ", ".", "''"])
    table = _with_person(doc, 3, 5, "dana-marsh", "Dana Marsh")
    assert [f.quote.speaker for f in find_quotes(doc, table)] == ["dana-marsh"]


def test_a_name_after_the_verb_that_follows_a_quote_speaks():
    """`“We are ready,” recalled Mr. Kessler.` with the name read as the verb's object."""
    from newsgraph.quotes._extract import find_quotes

    words = ["“", "We", "are", "ready", ",", "”", "recalled", "Mr.", "Kessler", "."]
    doc = _parsed(words, [6, 2, 6, 2, 2, 6, 6, 8, 6, 6],
                  ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "compound", "dobj", "punct"],
                  ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
                  ["``", "PRP", "VBP", "JJ", ",", "''", "VBD", "NNP", "NNP", "."])
    table = _with_person(doc, 8, 9, "sam-kessler", "Sam Kessler")
    assert [f.quote.speaker for f in find_quotes(doc, table)] == ["sam-kessler"]


def test_a_name_whose_apposition_ends_before_a_verb_without_subject_speaks():
    """`Col. Dana Marsh, a spokesman, said, “...”` with the name hung on an earlier noun."""
    from newsgraph.quotes._extract import find_quotes

    words = ["On", "a", "call", ",", "Dana", "Marsh", ",", "a", "spokesman", ",", "said", ",", "“", "We", "are",
             "ready", ".", "”"]
    doc = _parsed(words, [10, 2, 0, 2, 5, 2, 5, 8, 5, 5, 10, 10, 10, 14, 10, 14, 14, 10],
                  ["prep", "det", "pobj", "punct", "compound", "appos", "punct", "det", "appos", "punct", "ROOT",
                   "punct", "punct", "nsubj", "ccomp", "acomp", "punct", "punct"],
                  ["ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT",
                   "PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT"],
                  ["IN", "DT", "NN", ",", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", ",", "``", "PRP", "VBP", "JJ", ".",
                   "''"])
    table = _with_person(doc, 4, 6, "dana-marsh", "Dana Marsh")
    assert [f.quote.speaker for f in find_quotes(doc, table)] == ["dana-marsh"]


def test_a_participle_the_parser_made_part_of_the_quote_speaks_for_the_main_subject():
    """`Dana Marsh shared the news, writing “Feels great.”` with "writing" hung on the quote's verb."""
    from newsgraph.quotes._extract import find_quotes

    words = ["Dana", "Marsh", "shared", "the", "news", ",", "writing", "“", "Feels", "great", ".", "”"]
    doc = _parsed(words, [1, 2, 2, 4, 2, 2, 8, 8, 2, 8, 8, 8],
                  ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "punct", "ccomp", "acomp", "punct",
                   "punct"],
                  ["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "VERB", "ADJ", "PUNCT", "PUNCT"],
                  ["NNP", "NNP", "VBD", "DT", "NN", ",", "VBG", "``", "VBZ", "JJ", ".", "''"])
    table = _with_person(doc, 0, 2, "dana-marsh", "Dana Marsh")
    assert [f.quote.speaker for f in find_quotes(doc, table)] == ["dana-marsh"]


@pytest.mark.model
def test_a_whole_quote_goes_on_from_a_partial_quote_whose_tag_comes_first(nlp):
    """A paragraph that is a quote alone, after a partial quote with its tag before it, is the
    partial quote's speaker's, not the speaker of an earlier whole quote."""
    text = ("“We are ready,” Governor Sam Kessler told reporters.\n\n"
            "Senator Dana Marsh said on Monday that Kessler had “the chance to unite the party.”\n\n"
            "“I think he can do it, but the race is long.”")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["I think he can do it, but the race is long."].speaker) == "Dana Marsh"


@pytest.mark.model
def test_the_clause_before_a_colon_names_the_speaker(nlp):
    """`When X suggested that ..., Y fired back: “...”`: Y speaks, not the subject of the earlier cue."""
    quotes, table = _quotes(nlp, "When Governor Sam Kessler suggested that the state would sue the city, Mayor Dana "
                                 "Marsh hit back hard: “If they take us to court over it, they will lose,” "
                                 "pointing to the court's record.")
    assert _name(table, quotes["If they take us to court over it, they will lose,"].speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_participle_after_a_reported_clause_is_the_reporters(nlp):
    """`X told the station that Y “...,” adding, “...”`: "adding" is X's, wherever the parser hung it."""
    quotes, table = _quotes(nlp, "Sam Kessler told the radio station that Dana Marsh “had a plan that was reckless,” "
                                 "adding, “She lost the whole county.”")
    assert _name(table, quotes["She lost the whole county."].speaker) == "Sam Kessler"


@pytest.mark.model
def test_a_place_read_as_a_second_subject_gives_way_to_the_person(nlp):
    quotes, table = _quotes(nlp, "Speaking at a school gym in Lowell, Vermont, Jones went after Smith, "
                                 "calling him “a total stiff.”")
    assert _name(table, quotes["a total stiff."].speaker) == "Jones"


@pytest.mark.model
def test_a_quote_signed_on_the_next_line_is_the_signers(nlp):
    """Fact checks list claims as a quoted paragraph, then `- Name.` on a line of its own."""
    text = ("The candidates made many claims.\n\n"
            "\"We will not raise taxes on the middle class, not one penny.\"\n\n- Dana Marsh.\n\n"
            "That claim is false.\n\n\"Nobody has done more for farmers.\"\n\n"
            "-Governor Sam Kessler, speaking after the debate.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["We will not raise taxes on the middle class, not one penny."].speaker) == "Dana Marsh"
    assert _name(table, quotes["Nobody has done more for farmers."].speaker) == "Sam Kessler"


@pytest.mark.model
def test_a_heading_on_the_next_line_is_no_signature(nlp):
    """A round-up's heading after a quoted paragraph (`-- The Talks:`) signs nothing: the line that
    leads into the quote names its speaker."""
    text = ("The Ledger adds:\n\n\"Talks between the two delegations will resume in the capital next week.\"\n\n"
            "-- The Border:\n\nThe crossing stayed closed on Monday.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Talks between the two delegations will resume in the capital next week."].speaker) \
        == "Ledger"


@pytest.mark.model
def test_a_clause_of_as_before_a_comma_cues_the_quote(nlp):
    """`As The Ledger pointed out, “...”`: the clause's subject speaks; a clause whose subject names
    no one (`As the rally ended, “...”`) gives no speaker."""
    quotes, table = _quotes(nlp, "But as The Hill pointed out, “Still, Kessler has yet to show voters a single "
                                 "page of his taxes.”\n\nAs the rally ended, “We want more!”")
    assert _name(table, quotes["Still, Kessler has yet to show voters a single page of his taxes."].speaker) == "Hill"
    assert quotes["We want more!"].speaker is None


@pytest.mark.model
def test_a_he_that_says_something_may_be_a_speaker_found_without_a_verb_of_saying(nlp):
    """`“...,” Kessler shot back. “...,” he said.`: the one who shot back was named as saying something."""
    text = ("“We will win the county,” Senator Dana Marsh said on Monday.\n\n"
            "“You will lose the county,” Kessler shot back. “Everyone knows it,” he said.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Everyone knows it,"].speaker) == "Kessler"


@pytest.mark.model
def test_people_named_by_their_relation_to_someone_are_not_that_someone(nlp):
    """`“...,” his wife said`, `People close to the senator said ...`, `Many of his supporters said ...`:
    the phrase's only actor is the owner, who does not speak; the speaker is an actor named in the
    text's words, a possessive pronoun given as its owner's name."""
    text = ("Tom Kessler lost the race on Monday.\n\n“He never gave up,” his wife told reporters.\n\n"
            "Many of his supporters said the count was wrong.\n\n"
            "Senator Ann Holt spoke on Friday. People close to the senator said she would run again.")
    quotes, table = _quotes(nlp, text)
    wife = quotes["He never gave up,"]
    assert _name(table, wife.speaker) == "Tom Kessler's wife" and table.get(wife.speaker).kind == "person"
    fans = quotes["the count was wrong"]
    assert _name(table, fans.speaker) == "Tom Kessler's supporters" and table.get(fans.speaker).kind == "group"
    assert _name(table, quotes["she would run again"].speaker) == "People close to the senator"


@pytest.mark.model
def test_a_name_in_apposition_to_a_relation_speaks(nlp):
    """`said his longtime colleague, Rosa Quint`: the name speaks, not "Lee Park's colleague"; and a
    noun whose own words hold an actor (`Senate Republicans`) is no one's relation."""
    quotes, table = _quotes(nlp, "Mayor Lee Park was praised on Monday. “He built this city,” said his longtime "
                                 "colleague, Rosa Quint.")
    assert _name(table, quotes["He built this city,"].speaker) == "Rosa Quint"


@pytest.mark.model
def test_a_she_after_a_wife_who_spoke_is_the_wife(nlp):
    """A noun of kin tells the gender of the person it names: "his wife" is a "she"."""
    quotes, table = _quotes(nlp, "Tom Kessler lost the race on Monday. “He never gave up,” his wife told "
                                 "reporters. “He will be back,” she said.")
    assert _name(table, quotes["He will be back,"].speaker) == "Tom Kessler's wife"


@pytest.mark.model
def test_people_by_relation_take_the_country_they_are_in_or_their_owners(nlp):
    """People in a country are of it; people named by their relation share their owner's country, and
    kin are civilians."""
    quotes, table = _quotes(nlp, "Explosions shook Ankara on Monday. Many people across Turkey said they could "
                                 "not reach the news sites.\n\nPresident Barack Obama spoke on Monday. His family "
                                 "said he was tired.")
    crowd = table.get(quotes["they could not reach the news sites"].speaker)
    assert crowd.name == "Many people across Turkey" and crowd.country == "TUR"
    family = table.get(quotes["he was tired"].speaker)
    assert family.name == "Barack Obama's family" and family.country == "USA" and family.sector == "CVL"


@pytest.mark.model
def test_allies_share_their_owners_country_and_sector_and_one_of_them_is_a_person(nlp):
    quotes, table = _quotes(nlp, "House Speaker John Boehner spoke on Monday. One of his colleagues said he was "
                                 "tired. His allies said he would stay.")
    one = table.get(quotes["he was tired"].speaker)
    assert one.kind == "person" and (one.country, one.sector) == ("USA", "LEG")
    allies = table.get(quotes["he would stay"].speaker)
    assert allies.name == "John Boehner's allies" and allies.kind == "group" and allies.sector == "LEG"


@pytest.mark.model
def test_the_by_phrase_of_a_verb_of_saying_in_the_passive_speaks(nlp):
    # the host asks the question, not the one asked; a paper that quotes gives someone else's words
    text = ("Dana Marsh was asked by host Tom Kessler whether the plan would cost too much money.\n\n"
            "Senator Rita Quint was asked by the moderator, Sam Ortiz, “Will you raise taxes on farmers?”\n\n"
            "Paul Hanley was quoted by the Ledger as saying the plan was dead.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["whether the plan would cost too much money"].speaker) == "Tom Kessler"
    assert _name(table, quotes["Will you raise taxes on farmers?"].speaker) == "Sam Ortiz"
    assert _name(table, quotes["the plan was dead"].speaker) == "Paul Hanley"


@pytest.mark.model
def test_the_one_asked_in_the_passive_answers_the_next_pronoun(nlp):
    text = ("Before a meeting on Thursday, Defense Secretary Tom Kessler was asked by a journalist how the "
            "army would respond to a rocket fired at the base.\n\n\"We will deal with it,\" he replied.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["We will deal with it,"].speaker) == "Tom Kessler"


@pytest.mark.model
def test_a_clause_of_as_that_heads_the_quote_cues_it(nlp):
    text = ("As the Ledger's Dana Marsh pointed out last week, “The county will need three new schools "
            "before the fall.”\n\nAs the rally ended, “we will be back next year” rang out from the stage.")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["The county will need three new schools before the fall."].speaker) == "Dana Marsh"
    assert quotes["we will be back next year"].speaker is None  # a clause of "as" that names no one


@pytest.mark.model
def test_a_tag_in_mid_sentence_gives_the_name_after_the_verb(nlp):
    text = ("Any fair reading of Mr. Kessler's plan, said Dana Marsh, an expert on budgets at a think tank "
            "in Denver, would show that the city cannot pay for the new schools.")
    quotes, table = _quotes(nlp, text)
    first = quotes["would show that the city cannot pay for the new schools"]
    assert _name(table, first.speaker) == "Dana Marsh"  # not Kessler, named in the words before the tag
    assert first.speaker_text.startswith("Dana Marsh, an expert")


@pytest.mark.model
def test_scare_quotes_and_titles_inside_a_sentence_stay_no_quotes(nlp):
    # issue #20, item 3: a quoted word of the writer's and a quoted title have no speaker to give
    text = ("Critics mocked the governor's “listening tour” as a waste of money.\n\n"
            "She appeared on the network's “Morning Desk” on Sunday to defend the plan.\n\n"
            "His new book, “The Long Road Home,” describes his years in the army.\n\n"
            "The senator called the bill “a disgrace” in a speech on Monday.")
    quotes, table = _quotes(nlp, text)
    assert set(quotes) == {"a disgrace"}  # a verb of naming makes the last one the senator's words
    assert _name(table, quotes["a disgrace"].speaker) == "senator"


@pytest.mark.model
def test_a_label_with_party_and_state_in_brackets_names_the_speaker(nlp):
    text = ("The hearing ran for nine hours.\n\n"
            "Rep. Dana Marsh (R-Colo.): \"I have not heard anyone else cite that number. Who gave it to you?\"\n\n"
            "Rep. Tom Kessler (D-Ore.): \"We learned it from the staff who ran the office.\"")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["I have not heard anyone else cite that number. Who gave it to you?"].speaker) == "Dana Marsh"
    assert _name(table, quotes["We learned it from the staff who ran the office."].speaker) == "Tom Kessler"


# -- session 20 (quotes14) ---------------------------------------------------------------------------

@pytest.mark.model
def test_a_name_the_tagger_calls_a_verb_still_speaks_after_the_quote(nlp):
    # the small model tags "Trump" as a verb before "shot back" but keeps it the verb's subject: the
    # verb after the quote is "shot", and the name is the one person of that surname
    text = ("Donald Trump spoke at the rally. The two men argued about roads.\n"
            "\"Dana wants to play the hard man this evening,\" Trump shot back. \"Let me talk.\"")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Dana wants to play the hard man this evening,"].speaker) == "Donald Trump"


@pytest.mark.model
def test_a_tag_read_as_a_participle_on_its_noun_gives_that_phrase(nlp):
    # "tweeted" parsed as a participle (VBN) on "nominee" (acl), with no subject, as the small model
    # does in some long tags: the noun's phrase after the quote speaks, its apposition names the person
    from newsgraph.actors import resolve
    from newsgraph.quotes import find_quotes

    doc = nlp("Officials met on Monday. \"Will the mayor ever use the word? If not he should step down!\" "
              "the likely GOP gubernatorial nominee, Dana Marsh, tweeted Sunday after a deadly attack on a bar.")
    [verb] = [t for t in doc if t.text == "tweeted"]
    if verb.dep_ != "acl" or verb.head.text != "nominee":
        pytest.skip("the model parses this tag another way")
    verb.tag_ = "VBN"
    table = resolve(doc)
    [q] = [f.quote for f in find_quotes(doc, table) if f.quote.text.startswith("Will the mayor")]
    assert _name(table, q.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_verb_in_the_next_paragraph_tags_no_quote(nlp):
    # a question quoted at the end of a paragraph: the verb that opens the next one is no tag of it
    text = ("Marsh kept at it on the plane. \"Why would anyone wait a week to say so? Would you not shout "
            "at once?\" Marsh told reporters, pointing at the photos.\n\n"
            "\"Would you not think she would have called the police right away if it was that bad?\"\n\n"
            "Kessler did not answer a request to comment on Tuesday.")
    quotes, table = _quotes(nlp, text)
    q = quotes["Would you not think she would have called the police right away if it was that bad?"]
    assert _name(table, q.speaker) != "Kessler"
    assert _name(table, q.speaker) in ("Marsh", None)  # the paragraph before's speaker, or none


@pytest.mark.model
def test_a_sentence_that_reports_its_own_clause_tags_no_quote_before_it(nlp):
    # after a quote that ends its sentence, `X said he would ...` reports its own clause: the quote
    # goes on with the speaker of the quote before it
    text = ("\"It is a very sad day,\" Dana Marsh told reporters outside a cafe in Denver. \"This is what "
            "happens when a campaign runs on insults. It has no place in politics.\" Gov. Tom Kessler said "
            "he would have fired the manager at once, according to press reports.")
    quotes, table = _quotes(nlp, text)
    q = quotes["This is what happens when a campaign runs on insults. It has no place in politics."]
    assert _name(table, q.speaker) == "Dana Marsh"


@pytest.mark.model
def test_a_surname_the_tagger_calls_an_adverb_after_said_speaks(nlp):
    # `“...,” said Skelly`: the small model tags an unfamiliar surname after "said" as an adverb and
    # the entity recogniser misses it; it is the one person of the text with that surname
    from newsgraph.actors import resolve
    from newsgraph.quotes import find_quotes

    doc = nlp("But Bill Quarrington, a longtime party data analyst, vouched for both of them.\n\n"
              "\"Having two people who know the voter file is worth a lot,\" said Quarrington, explaining "
              "that he had worked with one of them before.")
    [tok] = [t for t in doc if t.text == "Quarrington" and t.i > 10]
    tok.pos_, tok.tag_ = "ADV", "RB"
    doc.ents = [e for e in doc.ents if not e.start <= tok.i < e.end]
    table = resolve(doc)
    [q] = [f.quote for f in find_quotes(doc, table) if f.quote.text.startswith("Having two people")]
    assert _name(table, q.speaker) == "Bill Quarrington"


@pytest.mark.model
def test_a_colon_clause_hung_on_the_quote_leads_into_it(nlp):
    # `Marsh delivered a sharp retort: “...”`: the parser hangs "delivered" on the quote's verb; the
    # clause still leads in, and the quote is not the earlier speaker's
    text = ("\"We have done so much already,\" Kessler said. \"I do not want to start over.\"\n\n"
            "Marsh delivered a sharp retort: \"Nobody is ripping this up. We will press on.\"")
    quotes, table = _quotes(nlp, text)
    assert _name(table, quotes["Nobody is ripping this up. We will press on."].speaker) == "Marsh"


@pytest.mark.model
def test_a_chanted_quote_is_the_crowd_s(nlp):
    # verbs of shouting are verbs of saying (the quote had no cue before), and a crowd or an audience
    # that speaks becomes a group actor in the text's words, as the corpus annotates "protesters"
    quotes, table = _quotes(nlp, "At the rally in Denver the crowd chanted \"Send them home!\" as Dana Marsh spoke.")
    q = quotes["Send them home!"]
    assert q.cue == "chant"
    assert _name(table, q.speaker) == "crowd"


@pytest.mark.model
def test_a_fragment_after_accused_is_the_accuser_s(nlp):
    # `A accused B of running a “...”`: the quoted words are the accuser's, not those of the subject
    # of a verb of saying in the next clause
    quotes, table = _quotes(nlp, "Dana Marsh accused Tom Kessler of running a \"campaign of fear\" on Tuesday, "
                                 "while Kessler suggested the race was still close.")
    q = quotes["campaign of fear"]
    assert q.cue == "accuse"
    assert _name(table, q.speaker) == "Dana Marsh"


@pytest.mark.model
def test_people_the_parser_read_as_the_tag_verb_s_object_speak(nlp):
    # `“...,” tweeted a user from Lyon`: the parser makes "user" the object of the verb after the
    # quote, which then has no subject; the people that open the tag speak
    quotes, table = _quotes(nlp, "\"Nobody reads the fine print anymore,\" tweeted a user from Lyon.")
    q = quotes["Nobody reads the fine print anymore,"]
    assert _name(table, q.speaker) == "user"
    assert q.speaker_text == "a user"


@pytest.mark.model
def test_blanks_of_a_masked_dateline_are_not_part_of_the_speakers_name(nlp):
    # the blanks ingest leaves where a dateline was hang from the phrase's first word in the parse
    text = (" " * 17 + "Senator Dana Marsh\u2019s re-election campaign on Monday said the governor had failed "
            "the state's farmers.")
    quotes, table = _quotes(nlp, text)
    names = [a.name for a in table.actors]
    assert all(n == n.strip() for n in names), names
    q = quotes["the governor had failed the state's farmers"]
    assert _name(table, q.speaker).startswith("Senator Dana Marsh"), names


def _poll_doc(name: str, ent: str):
    import spacy
    from spacy.tokens import Doc

    words = ["The", name, "poll", "suggests", "that", "taxes", "rise", "."]
    return Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 6, 6, 3, 3],
               deps=["det", "compound", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
               pos=["DET", "PROPN", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
               lemmas=["the", name.lower(), "poll", "suggest", "that", "tax", "rise", "."],
               ents=["O", f"B-{ent}"] + ["O"] * 6)


def test_a_poll_author_the_recogniser_took_for_an_unknown_place_is_the_author():
    """"The Quarnby poll" with Quarnby typed GPE: no bundled table knows a place of that name, so it
    is who ran the poll; "the Iowa poll" names a state the tables know, what the poll is about."""
    from newsgraph.quotes._speaker import writing_author
    from newsgraph.records import ActorTable

    doc, table = _poll_doc("Quarnby", "GPE"), ActorTable()
    made = writing_author(doc, table, doc[2])
    assert made is not None and table.get(made).name == "Quarnby" and table.get(made).kind == "organization"
    doc, table = _poll_doc("Iowa", "GPE"), ActorTable()
    assert writing_author(doc, table, doc[2]) is None and not table.actors


def test_a_phrase_that_is_a_known_actors_whole_name_is_that_actor():
    """"Halvorsen and Quarnby say": the tagger read "Halvorsen" as a common noun here and left it
    unmarked; the text names a body of that name elsewhere, so that body speaks. A lower-case phrase
    is no name."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.quotes._speaker import _same_name
    from newsgraph.records import Actor, ActorTable

    doc = Doc(spacy.blank("en").vocab, words=["Halvorsen", "says", "the", "economy", "grew", "."],
              heads=[1, 1, 3, 4, 1, 1], deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
              pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "PUNCT"])
    table = ActorTable(actors=[Actor("halvorsen", "Halvorsen", "organization"), Actor("economy-x", "economy", "group")])
    assert _same_name(doc, table, doc[0]) == "halvorsen"
    assert _same_name(doc, table, doc[3]) is None


@pytest.mark.model
def test_staff_named_by_their_owner_speak_not_the_owner(nlp):
    text = ("President Dana Marsh met the envoy on Monday. The president's spokesman said the talks had gone well.\n\n"
            "Governor Sam Kessler spoke on Tuesday. Kessler's chief of staff said the bill was dead.\n\n"
            "The governor's press secretary said the vote would wait. The governor's office said the roads were open.")
    quotes, table = _quotes(nlp, text)
    spokesman = quotes["the talks had gone well"].speaker
    assert _name(table, spokesman) == "president's spokesman" and table.get(spokesman).kind == "person"
    assert table.get(spokesman).sector == "GOV"  # the staff share their owner's sector
    assert _name(table, quotes["the bill was dead"].speaker) == "Kessler's chief of staff"
    assert _name(table, quotes["the vote would wait"].speaker) == "governor's press secretary"
    office = quotes["the roads were open"].speaker
    assert _name(table, office) == "governor's office" and table.get(office).kind == "organization"


def test_a_title_that_only_owns_the_phrase_does_not_speak_when_read_again():
    """`People close to the president's legal team insist ...` with "the president" given its holder by the
    actors stage: the people speak, the first time the phrase is read and every time after."""
    from newsgraph.quotes._speaker import speaker_of_phrase

    words = ["People", "close", "to", "the", "president", "'s", "legal", "team", "insist", "."]
    doc = _parsed(words, [8, 0, 1, 4, 7, 4, 7, 2, 8, 8],
                  ["nsubj", "amod", "prep", "det", "poss", "case", "amod", "pobj", "ROOT", "punct"],
                  ["NOUN", "ADJ", "ADP", "DET", "NOUN", "PART", "ADJ", "NOUN", "VERB", "PUNCT"],
                  ["NNS", "JJ", "IN", "DT", "NN", "POS", "JJ", "NN", "VBP", "."])
    table = _with_person(doc, 4, 5, "dana-marsh", "Dana Marsh")  # the title's word alone, as the actors stage marks it
    first = speaker_of_phrase(doc, table, doc[0])
    assert first is not None and first != "dana-marsh"
    assert table.get(first).kind == "group"
    assert speaker_of_phrase(doc, table, doc[0]) == first
