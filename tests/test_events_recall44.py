"""Acts told by a verb and its particle (issue #17, session 44, recall44): the particle changes the verb's
reading, so the lexicon keys these entries on the verb with the particle (``prt=``) and marks them phrases,
which the learned proposer does not read as the bare verb's type. "backed down" yields (CONCEDE) where
"backed the plan" supports; "sealed off the town" restricts (COERCE) where "sealed the deal" signs; "spoke out
against" criticises, "came out against" opposes, "shrugged off" dismisses. The rules alone, on invented
sentences. And the training script's switch that measures another proposer threshold out of fold, which
only measures."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

from newsgraph.events._lexicon import lexicon

from test_events import find, run


@pytest.mark.parametrize(("verb", "particle", "etype"), [
    ("back", "down", "CONCEDE"), ("back", "off", "CONCEDE"), ("back", "away", "CONCEDE"), ("back", "out", "REJECT"),
    ("seal", "off", "COERCE"), ("speak", "out", "ACCUSE"), ("come", "out", "REJECT"), ("shrug", "off", "REJECT"),
])
def test_the_particle_entries_are_phrases(verb, particle, etype):
    entry = next(e for e in lexicon().verbs[verb] if e.prt == particle and e.type == etype)
    assert entry.phrase  # the bare verb's learned reading is not the phrase's


def test_a_particle_entry_comes_before_the_bare_verb():
    types = [e.type for e in lexicon().verbs["back"]]
    assert types.index("CONCEDE") < types.index("SUPPORT")


@pytest.mark.parametrize(("text", "etype", "word"), [
    ("The governor backed down after the union threatened a strike.", "CONCEDE", "backed"),
    ("The ministry backed away from its plan to close the border.", "CONCEDE", "backed"),
    ("Ruritania backed out of the trade deal in May.", "REJECT", "backed"),
    ("Police sealed off the town on Monday.", "COERCE", "sealed"),
    ("Several senators spoke out against the governor's plan on Tuesday.", "ACCUSE", "spoke"),
    ("The farmers' union came out against the bill on Wednesday.", "REJECT", "came"),
    ("The minister shrugged off the criticism from the opposition.", "REJECT", "shrugged"),
])
def test_a_verb_with_its_particle(nlp, text, etype, word):
    events = run(nlp, text)
    assert find(events, etype).trigger["text"] == word
    assert not [e for e in events if e.event == "SUPPORT"]


@pytest.mark.parametrize(("text", "etype"), [
    ("The senators backed the governor's plan on Tuesday.", "SUPPORT"),
    ("Norway and Chile sealed the deal on Monday.", "SUPPORT"),
])
def test_the_verb_without_the_particle_keeps_its_reading(nlp, text, etype):
    assert find(run(nlp, text), etype)


@pytest.mark.parametrize("text", [
    "Several senators spoke out on Tuesday.",
    "The results came out on Wednesday.",
])
def test_speaking_or_coming_out_against_nothing_is_no_act(nlp, text):
    assert not [e for e in run(nlp, text) if e.event in ("ACCUSE", "REJECT")]


@pytest.mark.parametrize("args", [
    ["--proposer-threshold", "0.15"],
    ["--decider-only", "--proposer-threshold", "0.15"],
    ["--dry-run", "--proposer-threshold", "0.15"],
])
def test_another_proposer_threshold_is_only_measured(monkeypatch, capsys, args):
    # a decider written over candidates of another threshold than the shipped proposer's would judge
    # candidates it never saw: the switch is refused before anything is read or trained
    spec = importlib.util.spec_from_file_location("train_events", ROOT / "scripts" / "train_events.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    monkeypatch.setattr(sys, "argv", ["train_events.py", *args])
    with pytest.raises(SystemExit) as exit_:
        mod.main()
    assert exit_.value.code == 2
    assert "--decider-only --dry-run" in capsys.readouterr().err
