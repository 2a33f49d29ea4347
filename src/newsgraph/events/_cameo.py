"""The CAMEO verb-pattern dictionary as evidence for the event coder.

``data/events/cameo_verbs.txt`` is built by ``scripts/build_cameo_verbs.py`` from PETRARCH2's
CAMEO.2.0 verb dictionary (MIT, Open Event Data Alliance), its codes mapped to PLOVER 2.0 types by
CAMEO2PLOVER. It knows about a thousand verbs, in blocks of synonyms, and several thousand patterns on
a verb's object or prepositional phrase ("ask for retrial" -> REQUEST). The dictionary was written for
wire news of the 1990s and its synonym blocks are broad, so its codes are not taken as they stand:
they are features of the learned trigger proposer (``_propose``), which weighs them against the corpus.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..nlp import children_lists, labels, lowers
from ._lexicon import data_lines, lemmas

__all__ = ["Cameo", "cameo", "evidence"]

DATA_FILE = "cameo_verbs.txt"


@dataclass(frozen=True, slots=True)
class _Pattern:
    type: str
    obj: frozenset[str] | None
    prep: str | None
    pobj: frozenset[str] | None


@dataclass(slots=True)
class Cameo:
    verbs: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)  # lemma -> (type, prep)
    blocks: dict[str, list[str]] = field(default_factory=dict)  # lemma -> its blocks
    patterns: dict[str, list[_Pattern]] = field(default_factory=dict)  # block -> patterns


def _parse(text: str) -> Cameo:
    out = Cameo()
    for n, raw, cols in data_lines(text):
        kind = cols[0]
        if kind == "B":
            for lem in cols[2:]:
                out.blocks.setdefault(lem, []).append(cols[1])
        elif kind in ("V", "P") and len(cols) >= 5:
            conds = dict(c.split("=", 1) for c in cols[5:])
            if kind == "V":
                out.verbs.setdefault(cols[1], []).append((cols[3], conds.get("prep")))
            else:
                obj, pobj = conds.get("obj"), conds.get("pobj")
                out.patterns.setdefault(cols[1], []).append(_Pattern(
                    cols[3], frozenset(obj.split(",")) if obj else None, conds.get("prep"),
                    frozenset(pobj.split(",")) if pobj else None))
        else:
            raise ValueError(f"{DATA_FILE} line {n}: cannot read {raw!r}")
    return out


@functools.lru_cache(maxsize=1)
def cameo() -> Cameo:
    path = resources.files("newsgraph").joinpath("data", "events", DATA_FILE)
    return _parse(path.read_text(encoding="utf-8")) if path.is_file() else Cameo()


def evidence(tok: Any, children: list[list[int]] | None = None) -> tuple[str | None, str | None]:
    """(the type CAMEO gives the verb alone, the type of the first pattern that its object or
    prepositional phrase matches), each None when CAMEO says nothing. ``children`` is
    ``children_lists(tok.doc)`` when the caller holds it."""
    table = cameo()
    doc = tok.doc
    lems = lemmas(doc)
    lem = lems[tok.i]
    blocks = table.blocks.get(lem)
    own = table.verbs.get(lem)
    if not blocks and not own:
        return None, None
    # the children by index, their labels and words from the document's columns (``children`` makes
    # a Token per child, and each of its string attributes is a look-up in the string store)
    if children is None:
        children = children_lists(doc)
    deps, words = labels(doc, "DEP"), lowers(doc)
    kids = children[tok.i]
    preps = {words[c]: c for c in kids if deps[c] in ("prep", "prt", "agent", "dative")}
    verb_type = None
    for etype, prep in own or ():
        if prep is None or prep in preps:
            verb_type = etype
            if prep is not None:
                break
    objects: set[str] = set()
    for c in kids:
        if deps[c] in ("dobj", "obj", "nsubjpass", "attr"):
            objects |= {words[c], lems[c]}
    for block in blocks or ():
        for p in table.patterns.get(block, ()):
            if p.obj is not None and objects & p.obj:
                return verb_type, p.type
            if p.prep is not None and p.prep in preps:
                pobjs: set[str] = set()
                for x in children[preps[p.prep]]:
                    if deps[x] == "pobj":
                        pobjs |= {words[x], lems[x]}
                if p.pobj is None or pobjs & p.pobj:
                    return verb_type, p.type
    return verb_type, None
