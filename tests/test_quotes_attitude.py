"""What a quote reports (issue #20): a statement, a question, or a belief, finding or intention told by a
thought verb.

The corpus guidelines (section 5) count statements; PolNeAR counts every attribution. Each quote says
which it is (`attitude`), the corpus scorer scores statements, and the `quotes` query shows statements
unless asked for the rest.
"""
from __future__ import annotations

import pytest

from factories import quote, resign_result


def test_a_thought_verbs_clause_is_a_belief_finding_or_intention_and_words_in_marks_are_said():
    from newsgraph.quotes._cues import attitude

    assert attitude("indirect", "say") == "statement"
    assert attitude("indirect", "according to") == "statement"
    assert attitude("indirect", "claim") == "statement"  # a noun of saying: "his claim that ..."
    assert attitude("indirect", "believe") == "belief"
    assert attitude("indirect", "fear") == "belief"
    assert attitude("indirect", "show") == "finding"
    assert attitude("indirect", "find") == "finding"
    assert attitude("indirect", "hope") == "intention"
    assert attitude("indirect", "acknowledge") == "statement"  # a speech verb as well as a thought verb
    assert attitude("indirect", "agree") == "statement"
    # words in quotation marks are said, whatever verb brings them
    assert attitude("direct", "think") == "statement"
    assert attitude("partial", "believe") == "statement"
    assert attitude("direct", None) == "statement"
    assert attitude("indirect", "say", question=True) == "question"
    assert attitude("partial", "ask", question=True) == "statement"


def test_an_attitude_word_must_be_a_thought_verb_no_speech_verb_and_in_one_set():
    from newsgraph.quotes._cues import parse_cues

    rest = ("SET expression_verbs call\nSET speech_nouns claim\nSET as_it_verbs put\nSET asking_verbs ask\n"
            "SET withholding_verbs decline\nSET evidence_verbs suggest\nSET request_verbs tell\n")
    base = rest + "SET speech_verbs say tell\nSET thought_verbs believe hope show\nSET finding_verbs show\n"
    words, _ = parse_cues(base + "SET belief_verbs believe\nSET intention_verbs hope\n")
    assert words["belief_verbs"] == {"believe"} and words["finding_verbs"] == {"show"}
    with pytest.raises(ValueError, match="belief_verbs holds say"):
        parse_cues(base + "SET belief_verbs say\nSET intention_verbs hope\n")
    with pytest.raises(ValueError, match="intention_verbs holds want"):
        parse_cues(base + "SET belief_verbs believe\nSET intention_verbs want\n")
    with pytest.raises(ValueError, match="in one attitude set only"):
        parse_cues(base + "SET belief_verbs believe\nSET intention_verbs believe\n")


def test_the_contract_carries_the_attitude():
    q = quote("x", "the talks would fail", kind="indirect", cue="believe", attitude="belief")
    assert q.to_dict()["attitude"] == "belief"
    assert quote("x", "It is time.").to_dict()["attitude"] == "statement"


def _readings(attitudes: list[str]):
    from newsgraph.corpus._compare import Reading, RQuote

    gold = Reading("d", None, [], [], [], [RQuote(None, "indirect", (0, 20), 0)], [])
    found = Reading("d", None, [], [], [], [RQuote(None, "indirect", (40 * n, 40 * n + 20), n, a)
                                            for n, a in enumerate(attitudes)], [])
    return gold, found


def test_the_corpus_scorer_scores_statements_and_gives_every_attribution_apart():
    from newsgraph.corpus._score import Tally

    tally = Tally(keep_errors=True)
    tally.add(*_readings(["statement", "belief", "finding"]))
    figures = tally.figures()["quotes"]
    assert (figures["tp"], figures["gold"], figures["system"]) == (1, 1, 1)
    assert (figures["every"]["tp"], figures["every"]["system"]) == (1, 3)
    assert not [e for e in tally.errors if e["error"] == "spurious"]  # a belief is no spurious quote


def test_a_belief_that_matches_the_annotation_is_no_quote_for_the_corpus():
    from newsgraph.corpus._score import Tally

    tally = Tally()
    tally.add(*_readings(["belief"]))
    figures = tally.figures()["quotes"]
    assert (figures["tp"], figures["system"]) == (0, 0)
    assert figures["every"]["tp"] == 1


def test_the_quotes_query_shows_statements_and_beliefs_on_request(tmp_path):
    from newsgraph.store import open_store

    result = resign_result()
    result.quotes = [quote(None, "the talks would go on", kind="indirect", cue="say", speaker_text="an aide"),
                     quote(None, "the talks would fail", span=(30, 50), kind="indirect", cue="believe",
                           speaker_text="many diplomats", attitude="belief")]
    with open_store(tmp_path / "s.db") as store:
        store.add(result)
        assert [q["text"] for q in store.quotes()] == ["the talks would go on"]
        both = store.quotes(beliefs=True)
        assert [(q["text"], q["attitude"]) for q in both] == [("the talks would go on", "statement"),
                                                              ("the talks would fail", "belief")]


def test_a_quote_stored_before_attitudes_counts_as_a_statement(tmp_path):
    import json

    from newsgraph.store import open_store

    result = resign_result()
    with open_store(tmp_path / "s.db") as store:
        store.add(result)
        record = json.loads(store.db.execute("SELECT record FROM quotes").fetchone()[0])
        del record["attitude"]
        store.db.execute("UPDATE quotes SET record = ?", (json.dumps(record),))
        assert [q["text"] for q in store.quotes()] == ["the right time"]


def test_the_quotes_command_shows_beliefs_with_their_attitude_on_request(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import open_store

    result = resign_result()
    result.quotes = [quote(None, "the talks would fail", kind="indirect", cue="believe", speaker_text="many diplomats",
                           attitude="belief")]
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(result)
    runner = CliRunner()
    plain = runner.invoke(app, ["quotes", "--db", str(db)])
    assert plain.exit_code == 0, plain.output
    assert "the talks would fail" not in plain.output
    asked = runner.invoke(app, ["quotes", "--beliefs", "--db", str(db), "--format", "jsonl"])
    assert asked.exit_code == 0, asked.output
    assert '"attitude":"belief"' in asked.output and "the talks would fail" in asked.output


@pytest.mark.model
def test_the_quotes_stage_tells_a_statement_from_a_belief_a_finding_and_an_intention(nlp):
    from factories import quotes_by_text

    text = ("The minister said the talks would resume on Monday. Many diplomats believe the talks will fail. "
            "A new poll showed that most voters oppose the plan. The governor hoped that the bridge would reopen soon.")
    quotes, _ = quotes_by_text(nlp, text)
    by_attitude = {q.attitude: words for words, q in quotes.items()}
    assert "resume on Monday" in by_attitude["statement"]
    assert "will fail" in by_attitude["belief"]
    assert "oppose the plan" in by_attitude["finding"]
    assert "reopen soon" in by_attitude["intention"]


@pytest.mark.model
def test_a_question_asked_or_left_open_is_no_statement(nlp):
    from factories import quotes_by_text

    text = ("Trump declined to say whether he would veto the bill. The minister would not say when the troops "
            "would leave. It is hard to say how many jobs would be at risk.")
    quotes, _ = quotes_by_text(nlp, text)
    assert {words: q.attitude for words, q in quotes.items()} == {
        "whether he would veto the bill": "question", "when the troops would leave": "question",
        "how many jobs would be at risk": "question"}


@pytest.mark.model
def test_a_condition_or_a_thing_named_after_said_stays_a_statement(nlp):
    from factories import quotes_by_text

    text = ("The party has said if it fails to force a vote then it will file a complaint. The envoy said what "
            "happened in Kabul was a disgrace. Officials said whether or not the talks resume, the sanctions will "
            "stay.")
    quotes, _ = quotes_by_text(nlp, text)
    assert len(quotes) == 3 and {q.attitude for q in quotes.values()} == {"statement"}


@pytest.mark.model
def test_what_a_thing_suggests_is_a_finding_and_what_a_person_suggests_a_statement(nlp):
    from factories import quotes_by_text

    text = ("Satellite images suggest that the ship tried to pick up cars at other ports. The minister suggested "
            "that the talks could resume next week.")
    quotes, _ = quotes_by_text(nlp, text)
    assert quotes["that the ship tried to pick up cars at other ports"].attitude == "finding"
    assert quotes["that the talks could resume next week"].attitude == "statement"
