"""A headline in title case, read in sentence case.

A headline whose every word is capitalised ("Senate Panel Backs Trade Pact") is parsed by the English
models as one long proper name: its verb is tagged a proper noun, so no event is proposed on it, and the
named-entity tagger makes the whole line a person or an organisation. The story's main event is most
often told there. ``sentence_case`` lowers the first letter of each capitalised word of such a first line
that the story itself never writes capitalised inside a sentence ("Backs", "Trade", "Pact"), and keeps the
names it does ("Senate"): "Senate panel backs trade pact" is parsed as a clause. Only letters change case,
so the text keeps its length and every offset (as with masked furniture).
"""

from __future__ import annotations

import re

__all__ = ["sentence_case"]

# A headline is one short line; a longer first line is a paragraph of the story.
_MAX_LINE = 200
# A capitalised word of the headline (a piece of a hyphenated word counts alone: "Cease-Fire").
_WORD = re.compile(r"(?<![A-Za-z'’])(?:[A-Z][a-z]+|A(?= ))(?![A-Za-z])")
# The words whose case tells whether a line is in title case: four letters or more (short function words
# are lower case in many title-case styles).
_LONG = re.compile(r"(?<![A-Za-z'’])[A-Za-z][a-z]{3,}(?![A-Za-z])")
# A capitalised word inside a sentence of the story: after a lower-case word or a comma.
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?![A-Za-z])")
# A byline or a list of names ("Jo Bloggs and Al Smith"): capitalised words joined by commas and "and",
# with no lower-case word and no capitalised function word a title-case headline would have.
_JOINS = frozenset({"and", "by"})
_FUNCTION = frozenset({"A", "An", "The", "Of", "To", "In", "On", "For", "With", "At", "As", "From", "Over", "After"})


def _first_line(text: str) -> tuple[int, int] | None:
    start = len(text) - len(text.lstrip())
    if start >= len(text) or "\n" in text[:start].replace("\r", ""):
        return None  # the story does not begin on its first line
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end


def _title_case(line: str) -> bool:
    long = _LONG.findall(line)
    if len(long) < 3 or len(line) > _MAX_LINE or line.rstrip().endswith("."):
        return False
    if sum(w[0].isupper() for w in long) < 0.75 * len(long):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", line)
    names_only = all(w[0].isupper() or w in _JOINS for w in words) and not _FUNCTION.intersection(words)
    return not (names_only and ("," in line or " and " in line))


def sentence_case(text: str) -> str:
    """``text`` with its first line, when it is a headline in title case and the story follows it, in
    sentence case: each capitalised word but the first that the story never writes capitalised inside a
    sentence is lowered. Anything else is returned as it is."""
    where = _first_line(text)
    if where is None:
        return text
    start, end = where
    line = text[start:end]
    if end >= len(text) or not _title_case(line):
        return text
    names = set(_NAME.findall(text, end))
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        if first:
            first = False
            if not line[:m.start()].strip():
                continue  # the headline's first word keeps its capital, as a sentence's does
        if word in names or line[m.end():m.end() + 1] == ".":  # a name the story writes so; "Sen."
            continue
        out[m.start()] = word[0].lower()
    return text[:start] + "".join(out) + text[end:]
