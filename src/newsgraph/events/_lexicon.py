"""The trigger lexicon: English verbs and nominalisations -> PLOVER 2.0 type, mode and CAMEO code.

The entries live in ``data/events/lexicon.txt`` (format described at its top). They are read once per
process into dicts keyed by lemma, so coding a sentence is one dict lookup per token.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from ..nlp import LEMMAS, PLAIN_LEMMAS, head_indices, labels, left_indices, lowers, strings

__all__ = ["Entry", "Lexicon", "lexicon", "lemma", "lemmas", "lowered_lemmas", "TYPES", "COOPERATIVE", "CONFLICT"]

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# PLOVER 2.0: cooperative actions reported in the future tense are AGREE; announced retreats and
# concessions are CONCEDE; intended conflict actions are threats.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
YIELDING = frozenset({"RETREAT", "CONCEDE"})
CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # V | N
    lemma: str
    type: str
    mode: str | None
    cameo: str | None
    obj: frozenset[str] | None = None
    prt: str | None = None
    prep: str | None = None
    noobj: bool = False
    light: frozenset[str] | None = None  # N only: the light verbs this noun needs, if restricted
    # V only: the giver is the object of "from" and the subject receives ("received weapons from X")
    received: bool = False
    # V only: not when the verb asks a question ("asked about", "asked whether", "when asked", a quoted
    # question): "ask" requests only with what it asks for ("asked Congress to act", "asked for aid")
    noquestion: bool = False
    # a phrase, not the word: the verb or noun with the particle, preposition, object or light verb its
    # conditions name ("fired the director", "stand with"). The learned proposer does not read it as a
    # property of the lemma (``_propose``): a type written for one phrase would weigh every use of the
    # word ("pushed back" on "pushed Congress to act")
    phrase: bool = False
    # V only: the verb has an infinitive complement ("warned Iran not to board": a request, where
    # "warned that" is a threat)
    tocomp: bool = False
    # V only: the verb has an object predicate ("called the plan a disgrace", "branded them traitors"):
    # naming something is judging it, where "called for" asks and "called Smith" telephones
    pred: bool = False
    # V only: not when the verb only states a fact, its one complement a that-clause in the indicative
    # ("insisted he was not comparing them", "insisted that troops will not lead"): insisting demands
    # with a subjunctive or an obligation ("insisted that he leave", "that it must be approved") or
    # with "on" ("insisted on a vote"), and otherwise asserts
    nostatement: bool = False
    # V only: the verb tells its act as done, a simple past or a participle with a perfect or past
    # auxiliary ("reached a deal", "a deal was struck"), not a future, a wish or a present passive ("hope
    # to reach a deal", "any deal reached will be void")
    done: bool = False


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Entry]]
    nouns: dict[str, list[Entry]]
    light: frozenset[str]
    reporting: frozenset[str]
    intention: frozenset[str]
    causative: frozenset[str]
    volition: frozenset[str] = frozenset()
    # the verbs of naming: those with an entry on condition ``pred`` ("call", "brand", "label")
    naming: frozenset[str] = frozenset()


def data_lines(text: str) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, line, its whitespace-separated columns) of each line of a bundled data file that
    holds more than a comment."""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            yield n, raw, line.split()


def _parse(text: str) -> Lexicon:
    verbs: dict[str, list[Entry]] = {}
    nouns: dict[str, list[Entry]] = {}
    classes: dict[str, set[str]] = {"L": set(), "R": set(), "I": set(), "C": set(), "W": set()}
    for n, raw, cols in data_lines(text):
        kind = cols[0]
        if kind in classes:
            classes[kind].add(cols[1])
            continue
        if kind not in ("V", "N") or len(cols) < 5 or cols[2] not in TYPES:
            raise ValueError(f"lexicon.txt line {n}: cannot read {raw!r}")
        opts: dict[str, object] = {}
        for cond in cols[5:]:
            key, _, value = cond.partition("=")
            if key in ("obj", "light"):
                opts[key] = frozenset(value.split(","))
            elif key in ("prt", "prep"):
                opts[key] = value
            elif key in ("noobj", "received", "noquestion", "phrase", "tocomp", "pred", "nostatement", "done"):
                opts[key] = True
            else:
                raise ValueError(f"lexicon.txt line {n}: unknown condition {cond!r}")
        if opts.get("phrase") and not any(k in opts for k in ("obj", "prt", "prep", "light", "tocomp", "pred")):
            raise ValueError(f"lexicon.txt line {n}: a phrase needs its other word (obj=, prt=, prep=, light=, "
                             "tocomp or pred)")
        entry = Entry(kind=kind, lemma=cols[1], type=cols[2], mode=None if cols[3] == "-" else cols[3],
                      cameo=None if cols[4] == "-" else cols[4], **opts)  # type: ignore[arg-type]
        (verbs if kind == "V" else nouns).setdefault(entry.lemma, []).append(entry)
    return Lexicon(verbs=verbs, nouns=nouns, light=frozenset(classes["L"]),
                   reporting=frozenset(classes["R"]), intention=frozenset(classes["I"]),
                   causative=frozenset(classes["C"]), volition=frozenset(classes["W"]),
                   naming=frozenset(v for v, es in verbs.items() if any(e.pred for e in es)))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon, read once per process."""
    text = resources.files("newsgraph").joinpath("data/events/lexicon.txt").read_text(encoding="utf-8")
    return _parse(text)


@functools.lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.verbs) | frozenset(lex.nouns) | lex.light | lex.reporting | lex.intention | \
        lex.causative | lex.volition


def _lemma(token) -> str:
    """``lemma`` computed from the token itself (what the per-document column holds for it)."""
    lem = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and token.lower_.startswith(lem + "e"):
        known = _known()
        if lem not in known and lem + "e" in known:
            return lem + "e"
    return lem


def lemmas(doc) -> list[str]:
    """Every token's ``lemma`` (``lemmas(doc)[i]`` is ``lemma(doc[i])``), computed once per document.

    The events stage asks for a word's lemma about three and a half times per token (the proposer's
    features, the sentence coder's, the lexicon's look-ups); each ask through the Token reads three
    strings from the string store. The column reads each lemma's hash from one ``to_array`` call and
    its lower-cased string from a memo (a dict look-up per token), and the verb repair looks only at
    verbs and auxiliaries.
    """
    found = doc.user_data.get(LEMMAS)
    if found is None or len(found) != len(doc):
        found = doc.user_data[LEMMAS] = _lemma_column(doc)
    return found


def lowered_lemmas(doc) -> list[str]:
    """Every token's ``lemma_`` lower-cased (``lemmas`` without its verb repair), once per document."""
    found = doc.user_data.get(PLAIN_LEMMAS)
    if found is None or len(found) != len(doc):
        from spacy.attrs import LEMMA

        found = doc.user_data[PLAIN_LEMMAS] = strings(doc, doc.to_array(LEMMA).tolist() if len(doc) else [], lower=True)
    return found


def _lemma_column(doc) -> list[str]:
    out = list(lowered_lemmas(doc))
    verbs = [i for i, p in enumerate(labels(doc, "POS")) if p == "VERB" or p == "AUX"]
    if verbs:
        known = _known()
        words = lowers(doc)
        for i in verbs:
            lem = out[i]
            if lem + "e" in known and lem not in known and words[i].startswith(lem + "e"):
                out[i] = lem + "e"
    return out


def lemma(token) -> str:
    """The lower-cased lemma of a spaCy token (proper-noun lemmas keep their case in spaCy). A verb
    lemma that lost its final e ("staged" -> "stag", "hopes" -> "hop") is repaired when the lexicon
    knows the word with the e. Read from the document's column (``lemmas``)."""
    return lemmas(token.doc)[token.i]


_COMPOUND_DEPS = ("compound", "amod", "nmod")


def compound_key(token) -> str | None:
    """``hunger_strike`` for "hunger strike", ``martial_law`` for "martial law": the key of a
    two-word nominal (the nearest compound or adjective modifier and the head)."""
    if not token.n_lefts:
        return None
    # the left children nearest first, from the document's head, dependency and lemma columns
    # (``lefts`` makes a Token per child, and ``left_edge`` one more)
    doc = token.doc
    deps = labels(doc, "DEP")
    for j in left_indices(token, head_indices(doc)):
        if deps[j] in _COMPOUND_DEPS:
            lems = lemmas(doc)
            return f"{lems[j]}_{lems[token.i]}"
    return None


def noun_key(token) -> str:
    key = compound_key(token)
    if key is not None and key in lexicon().nouns:
        return key
    return lemma(token)
