"""The learned choice among a word's readings: the lexicon's type or the proposer's.

The lexicon gives many words one unconditional reading ("agree" AGREE, "warn" THREATEN, "back"
SUPPORT), which the annotators do not always give the word's use; the trigger proposer reads the use
(its arguments, complements, governor) and often chooses another type. Taking the proposer's type
wherever it differs finds some annotated events and loses others (docs/evaluation.md, sessions 28 and
39). This model, a logistic regression trained on the corpus's train split by
``scripts/train_readings.py``, reads what the two say of one trigger (the lexicon's type, the
proposer's type and probabilities, the word, a few features of its context) and gives the probability
that the proposer's type is the annotated one; from the model's threshold the proposer's type stands.
Its train rows were read by proposers fitted without their article (out of fold), as the decider's are,
so it weighs the proposer's readings as they are worth on unseen news.

The package ships no such model: the one the script builds changes the trigger's type where the
proposer's is annotated about five times as often as where the lexicon's is (train out of fold), but in
the pipeline, with the shipped decider and the steps after it, it lowers dev type and full F1, date and
modality accuracy (docs/evaluation.md, "Session 40, reading40"). Without the file the lexicon's type
stands, as before.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from .._linear import LinearModel, load_model_file
from ._lexicon import lemma
from ._propose import NONE, Proposal

__all__ = ["MODEL_FILE", "choose", "dense", "names", "readable", "reading_model"]

MODEL_FILE = "readings.json"
# The proposer's context features the model reads (``_propose._context_features``): the word's
# arguments, complements, particles, prepositions and governor, not its sentence's number.
CONTEXT = ("arg=", "objlemma=", "prepw=", "pobj=", "child=", "comp=", "dep=", "head_lex=", "light_governor",
           "cameo_pattern=", "cameo=", "tag=")


def readable(context: list[str]) -> bool:
    """Whether the model reads a trigger with these context features: not a negated one. The rules read
    a negated word's negation themselves (a cooperative act refused is REJECT, a vow not to act a refusal
    or a concession), so the proposer's REJECT there is no other reading; on train, switched in the
    pipeline, such triggers lose refusals the rules found (session 40)."""
    return "child=neg" not in context


def _bucket(p: float) -> str:
    return "0" if p < 0.05 else "1" if p < 0.15 else "2" if p < 0.3 else "3" if p < 0.5 else "4"


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def names(word: str, pos: str, lex_type: str, reading: Proposal, context: list[str]) -> list[str]:
    """The model's feature names for one trigger: the lexicon's type ``lex_type`` of the lemma ``word``
    against the proposer's ``reading``, and the word's ``context`` features (the proposer's)."""
    pt = reading.type
    pl, pn = reading.prob(lex_type), reading.prob(NONE)
    return ["bias", f"lex={lex_type}", f"prop={pt}", f"pair={lex_type}|{pt}", f"pos={pos}",
            f"pp={_bucket(reading.p)}", f"pl={_bucket(pl)}", f"pn={_bucket(pn)}", f"pp_type={pt}|{_bucket(reading.p)}",
            f"lemma={word}", f"lemma_prop={word}|{pt}", *(f for f in context if f.startswith(CONTEXT))]


def dense(lex_type: str, reading: Proposal) -> list[float]:
    """The log-odds of the proposer's type, of the lexicon's type and of no event."""
    return [_logit(reading.p), _logit(reading.prob(lex_type)), _logit(reading.prob(NONE))]


@functools.lru_cache(maxsize=1)
def reading_model() -> LinearModel | None:
    """The shipped model, or None when the package has none (the lexicon's type then stands)."""
    return load_model_file("events", MODEL_FILE)


def choose(model: LinearModel, tok: Any, lex_type: str, reading: Proposal, context: list[str]) -> bool:
    """Whether the proposer's type replaces the lexicon's ``lex_type`` at the word ``tok``."""
    import numpy as np

    row = np.asarray(dense(lex_type, reading))
    return model.probability(names(lemma(tok), tok.pos_, lex_type, reading, context), row) >= model.threshold
