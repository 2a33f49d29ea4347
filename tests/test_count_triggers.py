"""scripts/count_triggers.py: the counting rule that chooses lexicon lines from train counts, and the
counted block of lexicon.txt it writes (issue #17, cover31)."""

from __future__ import annotations

import importlib.util
from collections import Counter

from conftest import ROOT

from newsgraph.events._lexicon import _parse, lexicon


def _script():
    spec = importlib.util.spec_from_file_location("count_triggers", ROOT / "scripts" / "count_triggers.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rule_needs_articles_and_share_and_a_lemma_without_entries():
    mod = _script()
    lex = _parse("V meet CONSULT visit 040\nL file\nR say\nW hope\n")
    uses = Counter({("V", "rebuke"): 10, ("V", "scold"): 10, ("N", "parley"): 40, ("V", "meet"): 10,
                    ("V", "file"): 10, ("V", "say"): 10, ("V", "hope"): 10})
    gold = Counter({("V", "rebuke", "ACCUSE"): 5, ("V", "scold", "ACCUSE"): 5, ("N", "parley", "CONSULT"): 5,
                    ("V", "meet", "AGREE"): 5, ("V", "file", "ACCUSE"): 5, ("V", "say", "ACCUSE"): 5,
                    ("V", "hope", "REQUEST"): 5})
    arts = {k: 3 for k in gold}
    arts[("V", "scold", "ACCUSE")] = 2  # too few articles
    # parley: 5 of 40 uses is under the share; meet has an entry; file is light, say reporting, hope volition
    lines = mod.chosen(lex, uses, gold, arts, 3, 0.25)
    assert [(r[0], r[1], r[2]) for r in lines] == [("V", "rebuke", "ACCUSE")]
    assert mod.chosen(lex, uses, gold, arts, 2, 0.1)[0][:3] == ("N", "parley", "CONSULT")


def test_block_reads_as_lexicon_lines_and_is_found_again():
    mod = _script()
    text = mod.block([("V", "rebuke", "ACCUSE", 5, 10, 3)], 3, 0.25)
    lex = _parse("V meet CONSULT visit 040\n" + text)
    assert lex.verbs["rebuke"][0].type == "ACCUSE" and lex.verbs["rebuke"][0].cameo == "111"
    assert mod._BLOCK.sub("", "V meet CONSULT visit 040\n" + text) == "V meet CONSULT visit 040\n"


def test_written_lexicon_leaves_out_a_counted_block(tmp_path, monkeypatch):
    mod = _script()
    path = tmp_path / "lexicon.txt"
    path.write_text("V meet CONSULT visit 040\n" + mod.block([("V", "behead", "ASSAULT", 9, 11, 5)], 3, 0.1),
                    encoding="utf-8")
    monkeypatch.setattr(mod, "LEXICON", path)
    assert "behead" not in mod.written_lexicon().verbs and "meet" in mod.written_lexicon().verbs


def test_counted_entries_make_candidates(nlp):
    from newsgraph.events import _find_triggers

    mod = _script()
    lines = [("V", "behead", "ASSAULT", 9, 11, 5), ("V", "question", "ACCUSE", 14, 33, 12)]
    lex = _parse(mod.LEXICON.read_text(encoding="utf-8") + mod.block(lines, 3, 0.1))
    doc = nlp("Rebels beheaded two aid workers on Tuesday, and the minister questioned the inquiry's findings.")
    sent = next(iter(doc.sents))
    found = {t.tok.lower_: t.entry.type for t in _find_triggers(sent, lex)}
    assert found.get("beheaded") == "ASSAULT"
    assert found.get("questioned") == "ACCUSE"
    # the shipped lexicon has neither word: the learned proposer reads them
    assert "beheaded" not in {t.tok.lower_ for t in _find_triggers(sent, lexicon())}
