"""The learned trigger proposer: which words of a sentence tell a political event, and of which type.

The lexicon proposes the triggers it knows, with the conditions written for them; on unseen news it
misses most of the annotated events (the corpus's train split: a third of the gold triggers are
proposed with their type, and more than half are not proposed at all). The proposer reads every
verb, noun and adjective of a sentence and gives each a probability per PLOVER type, from features of
the word, its parse neighbourhood and what the lexicon says of it. It is a multinomial logistic
regression trained on the corpus's train split (``scripts/train_events.py``) and shipped as feature
weights (``data/events/proposer.json``, see ``newsgraph._linear``).

A word the lexicon does not make a trigger becomes one when its most probable type is an event type
whose probability reaches the model's threshold (chosen on the dev split); the rules then attach its
arguments, modality, date and place as for any trigger, and the decider judges it with the others.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from .._linear import SoftmaxModel, load_softmax_file
from ..nlp import children_lists, head_indices, labels, lowers, tokens
from ._cameo import evidence
from ._coding import ACTOR_ENTS as _ACTOR_ENTS
from ._lexicon import Lexicon, lemma, lemmas, lexicon

__all__ = ["MODEL_FILE", "NONE", "POS", "ROOT_CAMEO", "Proposal", "features", "propose", "propose_all",
           "proposer", "words"]

MODEL_FILE = "proposer.json"
NONE = "NONE"
# The parts of speech a trigger's head has in the corpus (verbs, event nouns, predicate adjectives
# such as "ready to strike" or "critical of").
POS = frozenset({"VERB", "NOUN", "ADJ"})
# The CAMEO code a proposed trigger carries: the root of its PLOVER type in CAMEO2PLOVER (the lexicon's
# triggers carry their own, finer codes).
ROOT_CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
              "CONCEDE": "080", "RETREAT": "087", "ACCUSE": "111", "REQUEST": "100", "REJECT": "120",
              "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
              "ASSAULT": "190"}
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "dative", "attr", "agent", "poss"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acomp", "prt", "neg", "aux", "auxpass"})


def _columns(doc) -> tuple:
    """The document's columns the context features read: lemmas, heads, part of speech, dependency,
    tag, entity type, lower-case words, the shared Tokens and each word's children (each built once per
    document)."""
    return (lemmas(doc), head_indices(doc), labels(doc, "POS"), labels(doc, "DEP"), labels(doc, "TAG"),
            labels(doc, "ENT_TYPE"), lowers(doc), tokens(doc), children_lists(doc))


def _arg_kind(tok: Any, cols: tuple | None = None) -> str:
    """What kind of participant a word heads: a named actor, a pronoun, or another noun."""
    _, _, pos, deps, _, ents, _, _, kids = cols or _columns(tok.doc)
    i = tok.i
    if ents[i] in _ACTOR_ENTS:
        return ents[i]
    if pos[i] == "PRON":
        return "PRON"
    for c in kids[i]:
        if deps[c] == "compound" and ents[c] in _ACTOR_ENTS:
            return ents[c]
    return pos[i]


def features(tok: Any, lex: Lexicon, sent_no: int) -> list[str]:
    """The names of the binary features that hold for one word as a possible trigger: those of the
    word itself (its lemma and part of speech, what the lexicon says of it) and those of its context."""
    return [*_word_features(lemma(tok), tok.pos_), *_context_features(tok, lex, sent_no)]


@functools.lru_cache(maxsize=20000)
def _word_features(lem: str, pos: str) -> tuple[str, ...]:
    lex = lexicon()
    out = ["bias", f"lemma={lem}", f"lemma_pos={lem}|{pos}", f"pos={pos}", f"suffix={lem[-4:]}"]
    table = lex.verbs if pos == "VERB" else lex.nouns
    for e in table.get(lem, ()):
        if e.phrase:
            continue  # a phrase's type is not the word's (``Entry.phrase``)
        out.append(f"lex={e.type}")
        out.append(f"lex_mode={e.type}|{e.mode}")
    for name, words in (("reporting", lex.reporting), ("intention", lex.intention),
                        ("volition", lex.volition), ("causative", lex.causative), ("light", lex.light)):
        if lem in words:
            out.append(f"class={name}")
    return tuple(out)


def _context_features(tok: Any, lex: Lexicon, sent_no: int, cols: tuple | None = None) -> list[str]:
    # the document's columns (``_columns``; ``propose_all`` reads them once per document), and the
    # children by index, so no child Token's string attribute is read
    cols = cols or _columns(tok.doc)
    lems, heads, pos_of, deps, tags, _, words, toks, kids = cols
    i = tok.i
    lem = lems[i]
    pos = pos_of[i]
    tdep = deps[i]
    out = [
        f"tag={tags[i]}",
        f"dep={tdep}",
        f"lemma_dep={lem}|{tdep}",
        f"sent_no={min(sent_no, 3)}",
    ]
    if pos == "VERB":
        verb_type, pattern_type = evidence(tok, kids)
        if verb_type is not None:
            out.append(f"cameo={verb_type}")
        if pattern_type is not None:
            out.append(f"cameo_pattern={pattern_type}")
    h = heads[i]
    if h != i:
        hl = lems[h]
        head_pos = pos_of[h]
        out.append(f"head={hl}")
        out.append(f"head_pos={head_pos}")
        out.append(f"lemma_head={lem}|{hl}")
        out.append(f"dep_head={tdep}|{hl}")
        if head_pos == "ADP":  # "talks with", "attack on": the word the preposition hangs from
            out.append(f"prep_head={words[h]}|{lems[heads[h]]}")
        if hl in lex.light:
            out.append("light_governor")
        for e in lex.verbs.get(hl, ()):
            if not e.phrase:
                out.append(f"head_lex={e.type}")
                break
    for c in kids[i]:
        dep = deps[c]
        if dep in _ARG_DEPS:
            kind = _arg_kind(toks[c], cols)
            out.append(f"arg={dep}|{kind}")
            if dep in ("dobj", "obj", "attr"):
                out.append(f"obj={lem}|{lems[c]}")
                out.append(f"objlemma={lems[c]}")
        elif dep == "prep":
            word = words[c]
            out.append(f"prep={lem}|{word}")
            out.append(f"prepw={word}")
            for p in kids[c]:
                if deps[p] == "pobj":
                    out.append(f"pobj={word}|{_arg_kind(toks[p], cols)}")
        elif dep in _CLAUSE_DEPS:
            out.append(f"child={dep}")
            if dep in ("prt", "neg", "aux"):
                out.append(f"child={dep}|{words[c]}")
            elif dep in ("xcomp", "ccomp"):
                out.append(f"comp={lem}|{dep}")
        elif dep in ("amod", "compound") and pos == "NOUN":
            out.append(f"mod={lems[c]}")
    return out


class Proposal:
    """What the proposer says of one word: each type's probability and the most probable event type."""

    __slots__ = ("classes", "values", "type", "p")

    def __init__(self, classes: tuple[str, ...], values: Any, best: int | None = None) -> None:
        self.classes = classes
        self.values = values  # probabilities in the order of ``classes``
        if best is None:
            best = max((k for k, c in enumerate(classes) if c != NONE), key=lambda k: values[k])
        self.type, self.p = classes[best], float(values[best])

    @property
    def probs(self) -> dict[str, float]:
        return {c: float(v) for c, v in zip(self.classes, self.values, strict=True)}

    def prob(self, etype: str) -> float:
        """The probability of one type (0 for a type the model does not know)."""
        return float(self.values[self.classes.index(etype)]) if etype in self.classes else 0.0

    def chosen(self, threshold: float) -> str | None:
        """The event type this word proposes at ``threshold``, or None."""
        return self.type if self.p >= threshold else None


def propose(sent: Any, lex: Lexicon, model: SoftmaxModel, sent_no: int) -> dict[int, Proposal]:
    """The proposer's reading of every verb, noun and adjective of a sentence, by token index (one
    sentence of :func:`propose_all`; the tests compare the two)."""
    return propose_all([sent], lex, model, sent_no)[0]


def propose_all(sents: list[Any], lex: Lexicon, model: SoftmaxModel, first_no: int = 0) -> list[dict[int, Proposal]]:
    """``propose`` for each of ``sents`` (numbered from ``first_no``), the words of all of them scored
    at once: the model's tables are read in a few numpy calls per document, not per sentence. The
    dense part alone is multiplied sentence by sentence: a matrix product's rows differ in their last
    bits with the number of rows (BLAS), and per-sentence products do not depend on how many sentences
    a batch holds. The
    scores of a word's own features are summed once per word and model (the same words recur)."""
    per = [words(sent) for sent in sents]
    toks = [tok for ws in per for tok in ws]
    if not toks:
        return [{} for _ in sents]
    cols = _columns(toks[0].doc)
    lems, pos_of = cols[0], cols[2]
    bases: Any = [model.cached_scores(_word_features(lems[tok.i], pos_of[tok.i])) for tok in toks]
    if model.dense is not None:
        x = dense_rows(toks)
        if x is not None:
            ends = np.cumsum([len(ws) for ws in per]).tolist()
            bases = np.asarray(bases) + np.vstack([model.dense_scores(x[a:b])
                                                   for a, b in zip([0, *ends[:-1]], ends, strict=True) if b > a])
    probs = model.vectors([_context_features(tok, lex, sent_no, cols)
                           for sent_no, ws in enumerate(per, first_no) for tok in ws], bases)
    events = probs.copy()
    if NONE in model.classes:
        events[:, model.classes.index(NONE)] = -1.0
    best = events.argmax(axis=1).tolist()
    out: list[dict[int, Proposal]] = []
    k = 0
    for ws in per:
        out.append({tok.i: Proposal(model.classes, probs[j], best[j]) for j, tok in enumerate(ws, k)})
        k += len(ws)
    return out


def dense_rows(toks: list[Any]) -> Any:
    """The parser's vectors (``doc.tensor``, the shared tok2vec's output) of each word and of its
    head, side by side; None when the document carries none (a pipeline without a tok2vec tensor)."""
    if not toks:
        return None
    doc = toks[0].doc
    tensor = getattr(doc, "tensor", None)
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        return None
    idx = [t.i for t in toks]
    head_of = head_indices(doc)
    heads = [head_of[i] for i in idx]
    return np.hstack([tensor[idx], tensor[heads]])


def words(sent: Any) -> list[Any]:
    """The words of a sentence the proposer reads (and is trained on)."""
    doc = sent.doc
    pos, toks = labels(doc, "POS"), tokens(doc)  # the document's columns: no Token made or read per word
    return [toks[i] for i in range(sent.start, sent.end) if pos[i] in POS]


def proposer() -> SoftmaxModel | None:
    """The shipped model, or None when the package has none (the lexicon then proposes alone)."""
    return load_softmax_file("events", MODEL_FILE)
