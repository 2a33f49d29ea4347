"""The event coder's rule-word files in data/events/: the shipped files load, and a malformed line is
refused with one line that names the file and the line."""

from __future__ import annotations

import re

import pytest

from newsgraph.events import _coding, _context, _lexicon, _modality, _mode
from newsgraph.events._tables import bundled, parse_rows

PARSERS = {
    "modes.txt": _mode._parse,
    "contexts.txt": _context._parse,
    "modality.txt": _modality._parse,
    "coding.txt": _coding._parse,
}


@pytest.mark.parametrize("file", sorted(PARSERS))
def test_shipped_file_loads(file):
    text = bundled(file)
    assert PARSERS[file](text) is not None
    assert text.startswith("#"), "each file opens with a header that documents its lines"


def test_shipped_tables_hold_what_the_rules_read():
    assert _mode._CUES["ASSAULT"][0][0] == "suicide-attack"
    assert _mode._REPLACEABLE["CONSULT"] == frozenset({None})
    assert _mode._DEFAULT == {"PROTEST": "demo"}
    assert [m for m, _ in _mode._THREAT_WORDS] == ["arrest", "restrict", "relations", "expel", "violence"]
    assert list(_context._KEYWORDS)[:2] == ["military", "economic"]
    assert _context._INDEX["air_strike"] == "military"
    assert "wo" in _modality.FUTURE_AUX and "determination" in _modality.INTENTION_NOUNS
    assert _coding.CODING.ask_cameo["REJECT"]["yield"] == "124"
    assert _coding.CODING.threat_cameo["PROTEST"] == "133"
    assert "towards" in _coding.CODING.words["circumstantial"]
    # the participant rules' word classes (events/_arguments.py)
    assert {"trial", "arrest", "execution"} <= _coding.CODING.words["undergone"]
    assert _coding.CODING.words["facing"] == frozenset({"face", "undergo"})
    assert _coding.CODING.words["obliged"] == frozenset({"must", "should", "ought"})
    assert _coding.CODING.words["need"] == frozenset({"need", "have"})


def _good(file: str) -> str:
    return bundled(file)


# (file, a line appended to the shipped text, what the error says)
BAD = [
    ("modes.txt", "CUES ASSAULT drone uav", "unknown kind 'CUES'"),
    ("modes.txt", "CUE ASSAULT drone", "CUE takes 3 or more columns, not 2"),
    ("modes.txt", "CUE ATTACK drone uav", "unknown event type 'ATTACK'"),
    ("modes.txt", "CUE AID airlift plane", "no REPLACE line for AID"),
    ("modes.txt", "DEFAULT PROTEST demo strike", "DEFAULT takes 2 columns, not 3"),
    ("modes.txt", "REPLACE PROTEST - demo", "a second REPLACE line"),
    ("modes.txt", "SET victims civilian", "unknown set 'victims'"),
    ("contexts.txt", "CONTEXT military", "CONTEXT takes 2 or more columns, not 1"),
    ("contexts.txt", "KEYWORD military troop", "unknown kind 'KEYWORD'"),
    ("modality.txt", "SET future_auxiliaries will", "unknown set 'future_auxiliaries'"),
    ("modality.txt", "future_aux will", "unknown kind 'future_aux'"),
    ("coding.txt", "INTENT AID 03x", "a CAMEO code is digits"),
    ("coding.txt", "THREAT ASSAULT", "THREAT takes 2 columns, not 1"),
    ("coding.txt", "ASK REQUEST help 101", "unknown mode 'help'"),
    ("coding.txt", "ASK ACCUSE meet 111", "ASK takes no event type 'ACCUSE'"),
    ("coding.txt", "INTENT ALLY 030", "INTENT takes no event type 'ALLY'"),
]


@pytest.mark.parametrize("file,line,reason", BAD)
def test_malformed_line_is_refused_with_file_and_line(file, line, reason):
    text = _good(file).rstrip("\n") + "\n" + line + "  # a comment\n"
    number = text.count("\n")
    with pytest.raises(ValueError) as err:
        PARSERS[file](text)
    message = str(err.value)
    assert message.startswith(f"{file} line {number}: "), message
    assert reason in message
    assert "\n" not in message


@pytest.mark.parametrize("file,name", [("modality.txt", "historical_adverbs"), ("modes.txt", "work_stop"),
                                       ("coding.txt", "deny")])
def test_a_missing_word_class_is_refused(file, name):
    text = "\n".join(x for x in _good(file).splitlines() if not re.match(rf"SET\s+{name}\s", x))
    with pytest.raises(ValueError, match=rf"^{re.escape(file)}: no line for the set\(s\) {name}$"):
        PARSERS[file](text)


def test_coding_needs_both_ask_tables():
    text = "\n".join(x for x in _good("coding.txt").splitlines() if not x.startswith("ASK     REJECT"))
    with pytest.raises(ValueError, match=r"^coding\.txt: no ASK line for REJECT$"):
        _coding._parse(text)


def test_a_long_list_continues_on_the_next_line():
    rows = parse_rows("# header\nCONTEXT a x y\nCONTEXT b z\nCONTEXT a w\n", "t.txt", {"CONTEXT": (2, None)})
    assert [(r.line, r.cols) for r in rows] == [(2, ("a", "x", "y")), (3, ("b", "z")), (4, ("a", "w"))]
    assert _context._parse("CONTEXT a x y\nCONTEXT b z\nCONTEXT a w\n") == {"a": ("x", "y", "w"), "b": ("z",)}


def test_lexicon_header_documents_every_column_key_and_class():
    text = bundled("lexicon.txt")
    header = "\n".join(x for x in text.splitlines() if x.startswith("#"))
    for column in ("KIND", "LEMMA", "TYPE", "MODE", "CAMEO"):
        assert re.search(rf"^#\s+{column}\s", header, re.M), f"column {column} is not described"
    keys: set[str] = set()
    kinds: set[str] = set()
    for _, _, cols in _lexicon.data_lines(text):
        kinds.add(cols[0])
        keys.update(c.partition("=")[0] for c in cols[5:] if cols[0] in ("V", "N"))
    for key in keys:
        assert re.search(rf"\b{key}(=|\s)", header), f"condition {key!r} is used but not documented"
    for kind in kinds - {"V", "N"}:
        assert re.search(rf"^#\s+{kind}\s", header, re.M), f"class {kind!r} is used but not documented"


def test_lexicon_refuses_an_unknown_condition_with_file_and_line():
    with pytest.raises(ValueError, match=r"^lexicon\.txt line 2: unknown condition 'object=aid'$"):
        _lexicon._parse("# header\nV give AID - 070 object=aid\n")
