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

__all__ = ["ASKING_VERBS", "ATTITUDES", "AS_IT_VERBS", "EVIDENCE_VERBS", "WITHHOLDING_VERBS", "SPEECH_VERBS", "THOUGHT_VERBS", "CUE_VERBS",
           "EXPRESSION_VERBS", "REQUEST_VERBS", "SPEECH_NOUNS", "attitude", "cue_lemma", "parse_cues"]

DATA_FILE = "cues.txt"
_SETS = frozenset({"speech_verbs", "thought_verbs", "expression_verbs", "speech_nouns", "as_it_verbs",
                   "belief_verbs", "finding_verbs", "intention_verbs", "asking_verbs", "withholding_verbs",
                   "evidence_verbs", "request_verbs"})
# the attitude a thought verb's clause reports, by the set that holds the verb; any other cue reports a statement
_ATTITUDE_SETS = {"belief_verbs": "belief", "finding_verbs": "finding", "intention_verbs": "intention"}


def parse_cues(text: str, file: str = DATA_FILE) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """The word classes and the lemma corrections of a cues file's text; ValueError on a bad line."""
    rows = parse_rows(text, file, {"SET": (2, None), "LEMMA": (2, 2)})
    lemmas = {r.cols[0].lower(): r.cols[1].lower() for r in rows if r.kind == "LEMMA"}
    sets = word_sets(rows, _SETS)
    seen: dict[str, str] = {}
    for name in sorted(_ATTITUDE_SETS):
        words = sets.get(name, frozenset())
        # an attitude word is a thought verb that is no verb of saying ("acknowledge" is both: said),
        # and it has one attitude
        bad = sorted(words - sets.get("thought_verbs", frozenset()) | words & sets.get("speech_verbs", frozenset())
                     | words & set(seen))
        if bad:
            raise ValueError(f"{file}: {name} holds {', '.join(bad)}: each must be a thought verb, no speech verb, "
                             "and in one attitude set only")
        seen.update(dict.fromkeys(words, name))
    # a request verb is a verb of saying whose infinitive or mandative clause asks for an act
    bad = sorted(sets.get("request_verbs", frozenset()) - sets.get("speech_verbs", frozenset()))
    if bad:
        raise ValueError(f"{file}: request_verbs holds {', '.join(bad)}: each must be a speech verb")
    return sets, lemmas


_WORDS, _LEMMAS = parse_cues(resources.files("newsgraph").joinpath("data", "quotes", DATA_FILE)
                             .read_text(encoding="utf-8"))
SPEECH_VERBS = _WORDS["speech_verbs"]
THOUGHT_VERBS = _WORDS["thought_verbs"]
CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS
EXPRESSION_VERBS = _WORDS["expression_verbs"]
SPEECH_NOUNS = _WORDS["speech_nouns"]
AS_IT_VERBS = _WORDS["as_it_verbs"]
ATTITUDES = {w: _ATTITUDE_SETS[name] for name in _ATTITUDE_SETS for w in _WORDS[name]}
ASKING_VERBS = _WORDS["asking_verbs"]
WITHHOLDING_VERBS = _WORDS["withholding_verbs"]
EVIDENCE_VERBS = _WORDS["evidence_verbs"]
REQUEST_VERBS = _WORDS["request_verbs"]


def attitude(kind: str, cue: str | None, *, question: bool = False, request: bool = False) -> str:
    """What a quote reports: "statement", "question", "request", "belief", "finding" or "intention".
    Words in quotation marks (a direct or partial quote) are said, whatever verb introduces them; an
    indirect quote whose clause is a question (``question``: "asked whether ...", "declined to say if
    ...") reports a question, one that asks for an act (``request``: "asked residents to stay indoors",
    "demanded that the minister resign") a request, and any other one what its cue verb does
    ("believes that" a belief, "found that" a finding, "hopes that" an intention, "said that" or
    "according to" a statement)."""
    if kind != "indirect" or cue is None:
        return "statement"
    if question:
        return "question"
    if request:
        return "request"
    return ATTITUDES.get(cue, "statement")


def cue_lemma(tok: "Token") -> str:
    """The lemma of ``tok``, lower-cased, corrected where the tagger is known to err ("hoping")."""
    return _LEMMAS.get(tok.lower_) or tok.lemma_.lower()
