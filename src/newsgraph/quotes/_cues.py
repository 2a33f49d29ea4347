"""Cue words: the verbs (by lemma) and nouns that introduce reported speech or thought.

The words live in ``data/quotes/cues.txt`` (format described at its top), read once when the quotes
stage is imported; a malformed line is refused with a one-line reason naming the file and the line.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from ..events._tables import parse_rows, word_sets

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["AS_IT_VERBS", "SPEECH_VERBS", "THOUGHT_VERBS", "CUE_VERBS", "EXPRESSION_VERBS", "SPEECH_NOUNS", "cue_lemma",
           "parse_cues"]

DATA_FILE = "cues.txt"
_SETS = frozenset({"speech_verbs", "thought_verbs", "expression_verbs", "speech_nouns", "as_it_verbs"})


def parse_cues(text: str, file: str = DATA_FILE) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """The word classes and the lemma corrections of a cues file's text; ValueError on a bad line."""
    rows = parse_rows(text, file, {"SET": (2, None), "LEMMA": (2, 2)})
    lemmas = {r.cols[0].lower(): r.cols[1].lower() for r in rows if r.kind == "LEMMA"}
    return word_sets(rows, _SETS), lemmas


_WORDS, _LEMMAS = parse_cues(resources.files("newsgraph").joinpath("data", "quotes", DATA_FILE)
                             .read_text(encoding="utf-8"))
SPEECH_VERBS = _WORDS["speech_verbs"]
THOUGHT_VERBS = _WORDS["thought_verbs"]
CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS
EXPRESSION_VERBS = _WORDS["expression_verbs"]
SPEECH_NOUNS = _WORDS["speech_nouns"]
AS_IT_VERBS = _WORDS["as_it_verbs"]


def cue_lemma(tok: "Token") -> str:
    """The lemma of ``tok``, lower-cased, corrected where the tagger is known to err ("hoping")."""
    return _LEMMAS.get(tok.lower_) or tok.lemma_.lower()
