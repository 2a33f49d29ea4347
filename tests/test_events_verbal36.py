"""The time an event is dated by: the story's time a narrative date takes, and a time named only for
comparison (session 36, verbal36)."""

from __future__ import annotations

from test_events import find, run


def test_a_narrative_date_is_the_time_of_the_earlier_sentences_main_clause(nlp):
    text = ("The court found on Tuesday that Jay Roe had broken the election rules last month. "
            "Campaigners denounced the court.")
    events = run(nlp, text, timexes={"Tuesday": "2021-10-12", "last month": "2021-09"})
    e = find(events, "ACCUSE")
    assert (e.date["value"], e.date["source"], e.date["text"]) == ("2021-10-12", "narrative", "Tuesday")
    # a date of the main clause itself is the last one still
    text = "On Monday, Taliban fighters entered Kabul in early October. They arrested Khalilzad."
    events = run(nlp, text, timexes={"Monday": "2021-10-18", "early October": "2021-10"})
    assert find(events, "COERCE").date["value"] == "2021-10"


def test_a_time_held_up_for_comparison_dates_no_act(nlp):
    text = "Like last year, Republican hawks have repeatedly urged Barack Obama to do more."
    e = find(run(nlp, text, timexes={"last year": "2020"}), "REQUEST")
    assert e.date["source"] != "timex" and e.modality != "historical"
    text = "Unlike in 2014, the army did not attack the town."
    assert all(e.date["source"] != "timex" for e in run(nlp, text, timexes={"2014": "2014"}))
    # a time the act is told at stays its date
    text = "Last year, Republican hawks repeatedly urged Barack Obama to do more."
    e = find(run(nlp, text, timexes={"Last year": "2020"}), "REQUEST")
    assert (e.date["value"], e.date["source"]) == ("2020", "timex")
