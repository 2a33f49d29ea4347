"""PLOVER contexts a sentence makes clear, from the lemmas it uses (the keyword table of
``data/events/contexts.txt``)."""

from __future__ import annotations

from ._lexicon import lowered_lemmas
from ._tables import bundled, parse_rows

__all__ = ["contexts"]

DATA_FILE = "contexts.txt"


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    """Context -> its keywords, in the file's order, from ``contexts.txt``'s text; a malformed line
    raises ValueError naming the file and line."""
    out: dict[str, tuple[str, ...]] = {}
    for row in parse_rows(text, DATA_FILE, {"CONTEXT": (2, None)}):
        out[row.cols[0]] = out.get(row.cols[0], ()) + row.cols[1:]
    return out


_KEYWORDS = _parse(bundled(DATA_FILE))
_INDEX: dict[str, str] = {w: ctx for ctx, words in _KEYWORDS.items() for w in words}
# Every part of a keyword before one of its underscores ("martial" of "martial_law"): a two-word key
# "prev_lem" is looked up only after a word that opens one (the f-string for every word pair cost
# more than the look-up).
_OPENERS = frozenset(w[:k] for w in _INDEX for k, ch in enumerate(w) if ch == "_")


def contexts(sent) -> list[str]:
    """PLOVER context names whose keywords occur in the sentence, in table order."""
    found: set[str] = set()
    prev = None
    lems = lowered_lemmas(sent.doc)  # the document's column: no Token read per word
    for i in range(sent.start, sent.end):
        lem = lems[i]
        ctx = _INDEX.get(lem)
        if ctx is None and prev in _OPENERS:
            ctx = _INDEX.get(f"{prev}_{lem}")
        if ctx is not None:
            found.add(ctx)
        prev = lem
    return [c for c in _KEYWORDS if c in found]
