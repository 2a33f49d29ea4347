"""A faster drop-in for spaCy's ``attribute_ruler`` + rule ``lemmatizer``, with identical output.

In en_core_web_sm those two components cost about a fifth of the whole pipeline, yet what they assign to
a token (coarse POS, morphology, lemma) depends only on the token's own text, tag and dependency label,
and, for a handful of two-token patterns ("gon na", "there is"), on one neighbour. This component caches
that assignment by exactly those inputs. On a cache miss it runs the original components on a three-token
document (the token and its neighbours, with their tags and labels), so the result is by construction the
one the originals give; ``tests/test_attrs.py`` checks the equality token by token on real articles.

If the attribute ruler holds a pattern this module does not understand, ``install`` leaves the pipeline
as it is.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["install", "NAME"]

NAME = "newsgraph_attributes"


def _matches(spec: Any, value: str) -> bool:
    if isinstance(spec, str):
        return value == spec
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            return value in spec["IN"]
        if set(spec) == {"REGEX"}:
            return re.search(spec["REGEX"], value) is not None
    raise ValueError(f"unsupported pattern value {spec!r}")


class _Constraint:
    """The constraints of one token position of a two-token pattern."""

    KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}

    def __init__(self, spec: dict[str, Any]) -> None:
        if not set(spec) <= self.KEYS:
            raise ValueError(f"unsupported pattern keys {sorted(spec)}")
        self.spec = spec

    def could_match(self, token) -> bool:
        for key, want in self.spec.items():
            if key == "LOWER" and not _matches(want, token.lower_):
                return False
            if key == "TAG" and not _matches(want, token.tag_):
                return False
            if key == "DEP" and not _matches(want, token.dep_):
                return False
            if key == "IS_SPACE" and bool(want) != token.is_space:
                return False
        return True


class CachedAttributes:
    def __init__(self, nlp, ruler, lemmatizer) -> None:
        from spacy.tokens import Doc

        self._Doc = Doc
        self.vocab = nlp.vocab
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple, tuple[int, str, str]] = {}
        self.firsts: list[_Constraint] = []  # first positions of two-token patterns: the previous token matters
        self.seconds: list[_Constraint] = []  # second positions: the next token matters
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if len(pattern) > 2:
                    raise ValueError("patterns longer than two tokens")
                for spec in pattern:
                    _Constraint(spec)  # validates the keys
                if len(pattern) == 2:
                    self.firsts.append(_Constraint(pattern[0]))
                    self.seconds.append(_Constraint(pattern[1]))

    def _context(self, token, neighbour, constraints: list[_Constraint]):
        if neighbour is None:
            return None
        if any(c.could_match(neighbour) for c in constraints):
            return (neighbour.orth, neighbour.tag, neighbour.dep, neighbour.is_space)
        return None

    def _compute(self, doc, i: int) -> tuple[int, str, str]:
        lo, hi = max(0, i - 1), min(len(doc), i + 2)
        toks = doc[lo:hi]
        mini = self._Doc(self.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
                         tags=[t.tag_ for t in toks], deps=[t.dep_ or "dep" for t in toks],
                         heads=[t.i - lo for t in toks])
        for t, m in zip(toks, mini):
            if not t.dep_:
                m.dep_ = ""
        mini = self.lemmatizer(self.ruler(mini))
        token = mini[i - lo]
        return token.pos, str(token.morph), token.lemma_  # strings, not hashes: safe across memory zones

    def __call__(self, doc):
        cache = self.cache
        n = len(doc)
        for i, token in enumerate(doc):
            prev = doc[i - 1] if i else None
            nxt = doc[i + 1] if i + 1 < n else None
            key = (token.orth, token.tag, token.dep, token.is_space,
                   self._context(token, prev, self.firsts), self._context(token, nxt, self.seconds))
            value = cache.get(key)
            if value is None:
                value = cache[key] = self._compute(doc, i)
                if len(cache) > 500_000:  # bounded memory on endless streams
                    cache.clear()
            pos, morph, lemma = value
            token.pos = pos
            token.set_morph(morph or None)
            token.lemma_ = lemma
        return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: CachedAttributes(
            nlp, nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")))


def install(nlp) -> bool:
    """Replace attribute_ruler + lemmatizer by the cached component; False when it can't (left as is)."""
    names = nlp.pipe_names
    if NAME in names:
        return True
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return False
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    _register()
    try:
        nlp.add_pipe(NAME, after="lemmatizer")
    except ValueError:
        return False
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
