"""A faster drop-in for spaCy's ``attribute_ruler`` + rule ``lemmatizer``, with identical output.

In en_core_web_sm those two components cost about a fifth of the whole pipeline, yet what the ruler
assigns to a token (coarse POS, morphology, sometimes a lemma) depends only on the values its patterns
test: the token's lowercase form, tag, dependency label and whitespace flag, and, for a handful of
two-token patterns ("gon na", "there is"), one neighbour's. A value that no pattern mentions and no
pattern regex matches behaves like every other such value, so the cache key folds those into one class
and the cache is warm after a few documents. On a miss the original ruler runs on a three-token document
(the token and its neighbours, with their tags and labels), so the result is by construction the one the
original gives. The lemma is then a function of (orth, POS, morphology), the key of spaCy's own lemmatizer
cache, and is computed by the original lemmatizer on a miss. ``tests/test_attrs.py`` checks the equality
token by token on real articles.

If the attribute ruler holds a pattern this module does not understand, ``install`` leaves the pipeline
as it is.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["install", "NAME"]

NAME = "newsgraph_attributes"


_OTHER = -1  # the class of every value no pattern mentions (hashes are never negative)


def _matches(spec: Any, value: str) -> bool:
    if isinstance(spec, str):
        return value == spec
    if isinstance(spec, dict):
        ((op, arg),) = spec.items()
        if op == "IN":
            return value in arg
        if op == "NOT_IN":
            return value not in arg
        if op == "REGEX":
            return re.search(arg, value) is not None
    raise ValueError(f"unsupported pattern value {spec!r}")


class _Constraint:
    """The constraints of one token position of a pattern."""

    KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}

    def __init__(self, spec: dict[str, Any]) -> None:
        if not set(spec) <= self.KEYS:
            raise ValueError(f"unsupported pattern keys {sorted(spec)}")
        for key, value in spec.items():
            if key == "IS_SPACE":
                if not isinstance(value, bool):
                    raise ValueError(f"unsupported pattern value {value!r}")
            elif not isinstance(value, str) and not (
                    isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN", "REGEX"}):
                raise ValueError(f"unsupported pattern value {value!r}")
        self.spec = spec

    def could_match_lower(self, lower: str) -> bool:
        return "LOWER" not in self.spec or _matches(self.spec["LOWER"], lower)


class _Values:
    """The values of one attribute (LOWER, TAG or DEP) that some pattern can tell apart from the rest."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.regexes: list[re.Pattern] = []

    def mention(self, spec: Any) -> None:
        if isinstance(spec, str):
            self.exact.add(spec)
            return
        ((op, arg),) = spec.items()
        if op == "REGEX":
            self.regexes.append(re.compile(arg))
        else:  # IN, NOT_IN: membership is all that counts
            self.exact.update(arg)

    def key(self, value: int, strings) -> int:
        text = strings[value]
        return value if text in self.exact or any(r.search(text) for r in self.regexes) else _OTHER


class _RuleLemmas:
    """spaCy's rule lemmatizer (``Lemmatizer.rule_lemmatize``) step for step, with its word index as a set.

    spaCy keeps each part of speech's index as a list, so every candidate form costs a linear scan
    (about 0.2 ms per new word); membership in a set answers the same. Only used when the lemmatizer's
    class does not override ``rule_lemmatize``.
    """

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.tables: dict[str, tuple] = {}

    def _tables(self, univ_pos: str) -> tuple:
        tables = self.tables.get(univ_pos)
        if tables is None:
            lookups = self.lemmatizer.lookups
            index = lookups.get_table("lemma_index", {}).get(univ_pos)
            exceptions = lookups.get_table("lemma_exc", {}).get(univ_pos)
            rules = lookups.get_table("lemma_rules", {}).get(univ_pos)
            tables = self.tables[univ_pos] = (set(index or ()), exceptions or {}, rules or (),
                                              any((index, exceptions, rules)))
        return tables

    def __call__(self, token) -> str:
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.lemmatizer.lemmatize(token)[0]  # the original, with its warning
        string = token.text
        if self.lemmatizer.is_base_form(token):
            return string.lower()
        index, exceptions, rules, has_tables = self._tables(univ_pos)
        if not has_tables:
            return string if univ_pos == "propn" else string.lower()
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]


class CachedAttributes:
    """attribute_ruler + rule lemmatizer as two caches with exact keys.

    The ruler's answer for a token depends on the values its patterns test: the token's lowercase form,
    tag, dependency label and whitespace flag, and a neighbour's when a two-token pattern could cover the
    pair. A value no pattern mentions (and no regex matches) behaves like any other such value, so keys
    fold those into one ``_OTHER`` class and the cache warms within a few documents. The lemma is then a
    function of (orth, POS, morphology), which is spaCy's own lemmatizer cache key.
    """

    def __init__(self, nlp, ruler, lemmatizer) -> None:
        from spacy.tokens import Doc

        self._Doc = Doc
        self.vocab = nlp.vocab
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        from spacy.pipeline import Lemmatizer

        own = getattr(type(lemmatizer), "rule_lemmatize", None) is Lemmatizer.rule_lemmatize
        self.lemmatize = _RuleLemmas(lemmatizer) if own else (lambda token: lemmatizer.lemmatize(token)[0])
        self.cache: dict[tuple, tuple[int, int, str | None]] = {}  # ruler: key -> (pos, morph, lemma or None)
        self.lemmas: dict[tuple, str] = {}  # lemmatizer: (orth, pos, morph key) -> lemma
        self.values = {attr: _Values() for attr in ("LOWER", "TAG", "DEP")}
        self.seconds: list[_Constraint] = []  # second positions of two-token patterns
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                if len(pattern) > 2:
                    raise ValueError("patterns longer than two tokens")
                for spec in pattern:
                    _Constraint(spec)  # validates keys and values
                    for attr, values in self.values.items():
                        if attr in spec:
                            values.mention(spec[attr])
                if len(pattern) == 2:
                    self.seconds.append(_Constraint(pattern[1]))
        # lowercase form -> (its class key, may it be second); tag or label -> its class key. Each answer
        # depends on that one value alone, so each value is judged once (the tags and labels are the
        # model's few dozen; the forms are bounded below).
        self._lower_memo: dict[int, tuple[int, bool]] = {}
        self._tag_memo: dict[int, int] = {}
        self._dep_memo: dict[int, int] = {}

    def _may_be_second(self, lower: int) -> bool:
        """Could a token of this lowercase form be the second of a two-token pattern?"""
        text = self.vocab.strings[lower]
        return any(c.could_match_lower(text) for c in self.seconds)

    def _ruler(self, doc, i: int) -> tuple[int, int, str | None]:
        lo, hi = max(0, i - 1), min(len(doc), i + 2)
        toks = doc[lo:hi]
        mini = self._Doc(self.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
                         tags=[t.tag_ for t in toks], deps=[t.dep_ or "dep" for t in toks],
                         heads=[t.i - lo for t in toks])
        for t, m in zip(toks, mini):
            if not t.dep_:
                m.dep_ = ""
        token = self.ruler(mini)[i - lo]
        # the morphology table is permanent; a lemma is kept as a string, which survives memory zones
        return token.pos, token.morph.key, (token.lemma_ if token.lemma else None)

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        strings, cache, lemmas = self.vocab.strings, self.cache, self.lemmas
        lower_key, tag_key, dep_key = (self.values[a].key for a in ("LOWER", "TAG", "DEP"))
        rows = doc.to_array([ORTH, LOWER, TAG, DEP, IS_SPACE]).tolist()
        lowers, tags, deps = self._lower_memo, self._tag_memo, self._dep_memo
        sigs, second = [], []
        for _, lo, tag, dep, space in rows:
            low = lowers.get(lo)
            if low is None:
                if len(lowers) > 50_000:  # bounded on endless streams
                    lowers.clear()
                low = lowers[lo] = (lower_key(lo, strings), self._may_be_second(lo))
            t = tags.get(tag)
            if t is None:
                t = tags[tag] = tag_key(tag, strings)
            d = deps.get(dep)
            if d is None:
                d = deps[dep] = dep_key(dep, strings)
            sigs.append((low[0], t, d, space))
            second.append(low[1])
        out = []
        used: dict[str, int] = {}  # lemma -> its hash, added to the strings once per document
        for i in range(n):
            key = (sigs[i], sigs[i - 1] if i and second[i] else None, sigs[i + 1] if i + 1 < n and second[i + 1] else None)
            value = cache.get(key)
            if value is None:
                value = cache[key] = self._ruler(doc, i)
                if len(cache) > 100_000:  # bounded memory on endless streams
                    cache.clear()
            pos, morph, lemma = value
            if lemma is None:
                lkey = (rows[i][0], pos, morph)
                lemma = lemmas.get(lkey)
                if lemma is None:
                    token = doc[i]
                    token.pos = pos
                    token.set_morph(morph or None)
                    lemma = lemmas[lkey] = self.lemmatize(token)
                    if len(lemmas) > 50_000:
                        lemmas.clear()
            h = used.get(lemma)
            if h is None:
                h = used[lemma] = strings.add(lemma)
            out.append((pos, morph, h))
        import numpy

        doc.from_array([POS, MORPH, LEMMA], numpy.array(out, dtype="uint64"))
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
