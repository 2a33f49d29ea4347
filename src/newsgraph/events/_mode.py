"""PLOVER 2.0 modes from the words of the event's clause: how it was done ("gunmen", "car bomb",
"tear gas", "hunger strike", "by telephone"), which the trigger alone does not say.

The lexicon gives each trigger a default mode ("bombed" -> aerial, "detained" -> arrest); the cues
here refine a generic or missing one. Cues are lemmas, or ``first_second`` keys for two-word terms
("tear_gas", "car_bomb"), looked up in a dict: one pass over the clause's tokens. The cues and the
threat words are in ``data/events/modes.txt``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._lexicon import TYPES
from ._tables import Row, bundled, parse_rows, word_sets

__all__ = ["CUED", "refine_mode", "threat_mode"]

DATA_FILE = "modes.txt"
_ARITY: dict[str, tuple[int, int | None]] = {"CUE": (3, None), "REPLACE": (2, None), "DEFAULT": (2, 2),
                                             "SET": (2, None), "THREAT": (2, 2), "THREAT_WORDS": (2, None)}
_SETS = frozenset({"targets", "killing", "work_stop", "restricting"})


@dataclass(slots=True)
class _Modes:
    # type -> [(mode, cue words)], in priority order: the first mode with a cue in the clause wins
    cues: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # the lexicon modes a cue may replace, per type (None: no mode)
    replaceable: dict[str, frozenset[str | None]] = field(default_factory=dict)
    default: dict[str, str] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    # the mode of a threatened event -> the threat's mode
    content_threat: dict[str, str] = field(default_factory=dict)
    # [(threat mode, words)] in priority order, for a threat whose content is no coded event
    threat_words: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def _type(row: Row) -> str:
    if row.cols[0] not in TYPES:
        raise row.fail(f"unknown event type {row.cols[0]!r}")
    return row.cols[0]


def _parse(text: str) -> _Modes:
    """The tables of ``modes.txt``'s text; a malformed line raises ValueError naming the file and line."""
    table = parse_rows(text, DATA_FILE, _ARITY)
    out = _Modes(words=word_sets(table, _SETS))
    cues: dict[str, dict[str, tuple[str, ...]]] = {}
    threat_words: dict[str, frozenset[str]] = {}
    for row in table:
        if row.kind == "CUE":
            modes = cues.setdefault(_type(row), {})
            modes[row.cols[1]] = modes.get(row.cols[1], ()) + row.cols[2:]
        elif row.kind == "REPLACE":
            if _type(row) in out.replaceable:
                raise row.fail("a second REPLACE line for the type")
            out.replaceable[row.cols[0]] = frozenset(None if m == "-" else m for m in row.cols[1:])
        elif row.kind == "DEFAULT":
            out.default[_type(row)] = row.cols[1]
        elif row.kind == "THREAT":
            out.content_threat[row.cols[0]] = row.cols[1]
        elif row.kind == "THREAT_WORDS":
            threat_words[row.cols[0]] = threat_words.get(row.cols[0], frozenset()) | frozenset(row.cols[1:])
    for row in table:
        if row.kind == "CUE" and row.cols[0] not in out.replaceable:
            raise row.fail(f"no REPLACE line for {row.cols[0]}")
    out.cues = {etype: list(modes.items()) for etype, modes in cues.items()}
    out.threat_words = list(threat_words.items())
    return out


_TABLES = _parse(bundled(DATA_FILE))
_CUES = _TABLES.cues
_INDEX: dict[str, dict[str, int]] = {
    etype: {w: k for k, (_, words) in enumerate(table) for w in words} for etype, table in _CUES.items()
}
# A specific verb's mode stays ("kidnapped" is abduct whatever the weapon).
_REPLACEABLE = _TABLES.replaceable
_DEFAULT = _TABLES.default
CUED = frozenset(_CUES)
# Words for people whose killing is a targeted killing ("killed the deputy chief").
_TARGETS = _TABLES.words["targets"]
_KILL = _TABLES.words["killing"]
_WORK_STOP = _TABLES.words["work_stop"]
_RESTRICTING = _TABLES.words["restricting"]
_CONTENT_THREAT = _TABLES.content_threat
_THREAT_WORDS = _TABLES.threat_words


def _key(tok) -> str:
    return tok.lemma_.lower()


def _keys(tokens):
    prev = None
    for tok in tokens:
        lem = _key(tok)
        yield lem
        low = tok.lower_
        if low != lem:
            yield low
        if prev is not None:
            yield f"{prev}_{lem}"
        prev = lem


def refine_mode(etype: str, mode: str | None, tokens, trigger) -> str | None:
    """The mode of an event of ``etype`` whose clause is ``tokens`` (spaCy tokens), ``mode`` being
    the lexicon's; unchanged when no cue says more."""
    index = _INDEX.get(etype)
    if index is None or mode not in _REPLACEABLE[etype]:
        return mode
    best: int | None = None
    for key in _keys(tokens):
        k = index.get(key)
        if k is not None and (best is None or k < best):
            best = k
    if best is not None:
        return _CUES[etype][best][0]
    if etype == "PROTEST":
        for tok in tokens:  # "stopped work", "shunned work": a strike
            if _key(tok) == "work" and tok.dep_ in ("dobj", "obj") and _key(tok.head) in _WORK_STOP:
                return "strike"
    if etype == "ASSAULT" and mode is None and _key(trigger) in _KILL:
        for c in trigger.children:
            if c.dep_ in ("dobj", "obj", "nsubjpass") and (c.ent_type_ == "PERSON" or _key(c) in _TARGETS):
                return "targeted"
    return mode or _DEFAULT.get(etype)


def threat_mode(ctype: str | None, cmode: str | None, clemma: str | None, tokens=()) -> str | None:
    """THREATEN's mode is the content of the threat (PLOVER 2.0: restrict, arrest, relations, expel,
    territory, violence), from the threatened event's type and mode, else from the clause's words."""
    if ctype is not None:
        if clemma in _RESTRICTING:
            return "restrict"
        if cmode in _CONTENT_THREAT:
            return _CONTENT_THREAT[cmode]
        if ctype in ("PROTEST", "COERCE"):
            return "restrict"
        if ctype == "SANCTION":
            return "relations"
        if ctype in ("ASSAULT", "MOBILIZE"):
            return "violence"
        return None
    for tok in tokens:
        lem = _key(tok)
        for tmode, words in _THREAT_WORDS:
            if lem in words:
                return tmode
    return None
