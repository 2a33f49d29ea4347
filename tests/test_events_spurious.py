"""Words the rules read as events where the sentence tells none (issue #17, precision): insisting that a
fact holds, suspending what is no tie between parties, failing to do something, alerting someone, troops
stationed somewhere, a threat noun naming a danger, "call" without "for" or "on" (events/__init__.py,
_states_fact, _names_danger, _asks_for, _warns_of_state, _publishes;
data/events/lexicon.txt, coding.txt)."""

from __future__ import annotations

import pytest

from conftest import word_token
from newsgraph.events import _states_fact, _verb_entry
from newsgraph.events._lexicon import _parse, lexicon


def test_the_lexicon_reads_the_nostatement_condition():
    lex = _parse("V insist REQUEST - 100 nostatement\n")
    assert lex.verbs["insist"][0].nostatement


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senator Roe insisted he was not comparing the governor to the president.",
    "The president insisted that the spies were not abusing their authority.",
    "As for the military, the president insisted that troops will not take the lead.",
])
def test_insisting_that_a_fact_holds_states_it(nlp, text):
    tok = word_token(nlp(text), "insisted")
    assert _states_fact(tok)
    assert _verb_entry(tok, lexicon().verbs["insist"]) is None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The president insisted that Iran release the sailors.",
    "The minister insisted on a vote in parliament.",
    "Italy insisted that any strike must be authorized by the Security Council.",
])
def test_insisting_on_an_act_demands_it(nlp, text):
    tok = word_token(nlp(text), "insisted")
    assert not _states_fact(tok)
    entry = _verb_entry(tok, lexicon().verbs["insist"])
    assert entry is not None and entry.type == "REQUEST"


def _entry(nlp, text: str, word: str):
    tok = word_token(nlp(text), word)
    return _verb_entry(tok, lexicon().verbs.get(tok.lemma_.lower(), []))


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Israel suspended peace talks with the Palestinians.", "suspended", ("REJECT", "meet")),
    ("Washington suspended military aid to Egypt.", "suspended", ("SANCTION", "discontinue")),
    ("The European Union suspended the sanctions on Belarus.", "suspended", ("CONCEDE", None)),
    ("Thick fog forced the authorities to suspend the air search.", "suspend", None),
    ("The Defense Department failed to correct the claims.", "failed", None),
    ("The coalition failed to win enough votes for its budget.", "failed", ("REJECT", None)),
    ("Nobody had alerted the police to his presence in the city.", "alerted", None),
    ("American forces are stationed in Kuwait.", "stationed", None),
])
def test_what_a_verb_of_suspending_failing_alerting_or_stationing_codes(nlp, text, word, want):
    entry = _entry(nlp, text, word)
    assert (None if entry is None else (entry.type, entry.mode)) == want


@pytest.mark.model
def test_what_a_speaker_insists_holds_is_no_act_of_its_own(nlp):
    from newsgraph.events import _find_triggers

    doc = nlp("Asked about the ambassador, the minister insisted he had backed him.")
    words = {t.tok.text for t in _find_triggers(next(iter(doc.sents)), lexicon())}
    assert not words & {"insisted", "backed"}


# -- session 31 (spur31): dangers named as threats, acquittals, asylum, weapons used, calls that ask nothing


@pytest.mark.model
@pytest.mark.parametrize(("text", "danger"), [
    ("Netanyahu has long spoken about the threat of a nuclear Iran.", True),
    ("The Iranian threat was the main subject of her speech.", True),
    ("North Korea repeated its threat to close the industrial complex.", False),
    ("Trump renewed the threat of sanctions against Turkey.", False),
    ("The administration renewed tariff threats against China.", False),
])
def test_a_threat_noun_that_names_a_danger_is_no_threat_made(nlp, text, danger):
    from newsgraph.events import _find_triggers, _names_danger

    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_.lower() == "threat")
    assert _names_danger(tok) is danger
    found = {t.tok.i for t in _find_triggers(next(iter(doc.sents)), lexicon())}
    assert (tok.i not in found) is danger


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "want"), [
    ("The Senate acquitted the president on both articles.", "acquitted", ("REJECT", None)),
    ("Poland suspended the granting of asylum to migrants.", "suspended", ("SANCTION", "discontinue")),
    ("The police deployed tear gas against the protesters.", "deployed", ("ASSAULT", "crowd-control")),
    ("The Pentagon deployed 3,000 troops to Poland.", "deployed", ("MOBILIZE", "troops")),
])
def test_acquittals_asylum_and_weapons_deployed_against_people(nlp, text, word, want):
    entry = _entry(nlp, text, word)
    assert (None if entry is None else (entry.type, entry.mode)) == want


@pytest.mark.model
@pytest.mark.parametrize(("text", "asks"), [
    ("Hekmati called his lawyer from prison on Saturday.", False),
    ("The opposition leader called a confidence vote against the cabinet.", False),
    ("Israel called up reserves on Sunday.", False),
    ("The senator called for Trump to cancel the summit.", True),
    ("The union called on Iran to release the prisoners.", True),
    ("Lawmakers called for new sanctions on Monday.", True),
])
def test_call_asks_only_for_or_on_something(nlp, text, asks):
    from newsgraph.events import _asks_for, _find_triggers

    doc = nlp(text)
    tok = word_token(doc, "called")
    assert _asks_for(tok) is asks
    if not asks:  # the proposer's REQUEST on the word is not taken
        found = _find_triggers(next(iter(doc.sents)), lexicon(), {tok.i: "REQUEST"})
        assert tok.i not in {t.tok.i for t in found}


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Japan and South Korea sealed an agreement on Monday.", "sealed", ("SUPPORT", None)),
    ("Hungary sealed its border with Serbia.", "sealed", None),
    ("The governor declined to endorse the plan.", "declined", ("REJECT", None)),
    ("She declined the invitation.", "declined", ("REJECT", None)),
    ("Oil exports have declined since 2011.", "declined", None),
])
def test_sealing_a_deal_signs_it_and_declining_needs_what_is_declined(nlp, text, word, want):
    entry = _entry(nlp, text, word)
    assert (None if entry is None else (entry.type, entry.mode)) == want


@pytest.mark.model
def test_a_decrease_is_no_refusal_even_when_the_proposer_reads_one(nlp):
    from newsgraph.events import _find_triggers

    doc = nlp("The number of attacks has declined in recent months.")
    tok = word_token(doc, "declined")
    found = _find_triggers(next(iter(doc.sents)), lexicon(), {tok.i: "REJECT"})
    assert tok.i not in {t.tok.i for t in found}


# -- session 32 (spur32): warnings that assess, releases that publish


@pytest.mark.model
@pytest.mark.parametrize(("text", "assesses"), [
    ("General Milley warned on Monday that it was too early to tell.", True),
    ("\"Its influence is waning,\" analysts warned.", True),
    ("The senator warned that the trade policies threaten to erode support for farmers.", True),
    ("The White House warned on Friday that it would impose tariffs on China.", False),
    ("The minister warned that Iran could face sanctions.", False),
    ("Putin warned the government that it faces consequences.", False),
    ("Smith warned that the United States was prepared to go further.", False),
    ("The Foreign Office warned Moscow of grave repercussions.", False),
])
def test_a_warning_that_tells_how_things_are_is_no_threat(nlp, text, assesses):
    from newsgraph.events import _find_triggers, _warns_of_state

    doc = nlp(text)
    tok = word_token(doc, "warned")
    assert _warns_of_state(tok) is assesses
    vetoed: set[str] = set()
    found = {t.tok.i: t.entry.type
             for t in _find_triggers(next(iter(doc.sents)), lexicon(), {tok.i: "THREATEN"}, vetoed=vetoed)}
    assert (found.get(tok.i) == "THREATEN") is not assesses
    assert ("THREATEN" in vetoed) is assesses  # nor does the sentence coder place one elsewhere


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "publishes"), [
    ("The administration released its peace proposal on Tuesday.", "released", True),
    ("The release of the report angered Democrats.", "release", True),
    ("Iran released two American sailors on Tuesday.", "released", False),
    ("The court ordered the release of the prisoners.", "release", False),
    ("The company handed the documents over to the prosecutors.", "handed", False),
])
def test_a_release_that_publishes_sets_no_one_free(nlp, text, word, publishes):
    from newsgraph.events import _find_triggers, _publishes

    doc = nlp(text)
    tok = word_token(doc, word)
    assert _publishes(tok) is publishes
    found = {t.tok.i for t in _find_triggers(next(iter(doc.sents)), lexicon(), {tok.i: "RETREAT"})}
    assert (tok.i in found) is not publishes


@pytest.mark.model
def test_a_warning_of_what_the_warner_does_stays_a_threat(nlp):
    from newsgraph.events import _warns_of_state

    doc = nlp("The governor warned that we are telling these gangs plainly that they have nowhere to hide.")
    assert _warns_of_state(word_token(doc, "warned")) is False
