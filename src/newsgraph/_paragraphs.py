"""Where a paragraph ends: the one definition the stages share.

A text's paragraphs are separated by breaks, stretches of whitespace holding a newline. Which newlines
count is the one choice, named by ``breaks``:

- ``"sentence"`` (the default; what the parser is told, ``nlp.mark_paragraphs``): a blank line, or a
  line break right after the end of a sentence (``.``, ``!``, ``?`` or a closing quotation mark, then
  only blanks to the newline, and a line with words after it). Many pages break paragraphs with one
  newline, while a line wrapped inside a sentence stays in its paragraph.
- ``"blank"``: blank lines only (two newlines with nothing but whitespace between). Quotation marks
  are paired within these (``quotes._marks``: a line break after a sentence inside a long quote does
  not close it) and an agreement's earlier mention is sought within them (``agreements``).
- ``"line"``: every line break. A headline, a byline or a one-line update is a paragraph of its own;
  ``actors._coref`` counts how many paragraphs back a description's referent may lie in these.

Offsets are character offsets into the text; nothing here needs spaCy.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

__all__ = ["Breaks", "SENTENCE_ENDS", "BREAKS", "paragraph_breaks", "paragraph_start", "Paragraphs", "split_paragraphs"]

Breaks = Literal["sentence", "blank", "line"]

# the characters after which a line break ends a paragraph under "sentence"
SENTENCE_ENDS = ".!?\"'\u201d\u2019"
_BLANK = r"\n\s*\n"
BREAKS: dict[str, re.Pattern[str]] = {
    "blank": re.compile(_BLANK),
    # blanks here are any whitespace but a newline (a no-break space before the newline included)
    "sentence": re.compile(_BLANK + r"|(?<=[" + re.escape(SENTENCE_ENDS) + r"])[^\S\n]*\n(?=[^\S\n]*\S)"),
    # a run of whitespace holding one newline or more is one break
    "line": re.compile(r"\n(?:\s*\n)?"),
}


def paragraph_start(text: str, char: int, *, breaks: Breaks = "line") -> int:
    """Where the paragraph holding offset ``char`` (not one inside a break) starts. For lines this is a
    search back to the last newline, for a caller that asks once or twice per document; for the other
    breaks it reads the whole text (build a ``Paragraphs`` to ask often)."""
    if breaks == "line":
        return text.rfind("\n", 0, char) + 1
    return Paragraphs(text, breaks=breaks).start(char)


def paragraph_breaks(text: str, *, breaks: Breaks = "sentence") -> list[tuple[int, int]]:
    """The breaks between ``text``'s paragraphs, in order: (start, end). A break starts at a newline (or
    at the blanks before it, after the end of a sentence) and ends right after its last newline, where
    the next paragraph starts (blanks at a paragraph's beginning are its own)."""
    return [m.span() for m in BREAKS[breaks].finditer(text)]


class Paragraphs:
    """A text's paragraphs: where each starts and ends, and which one holds an offset."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str, *, breaks: Breaks = "sentence") -> None:
        spans = paragraph_breaks(text, breaks=breaks)
        self.starts = [0] + [e for _, e in spans]
        self.ends = [s for s, _ in spans] + [len(text)]

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, char: int) -> int:
        """The paragraph holding offset ``char`` (a break belongs to the paragraph before it)."""
        return bisect_right(self.starts, char) - 1

    def start(self, char: int) -> int:
        """Where the paragraph holding ``char`` starts."""
        return self.starts[self.index(char)]

    def end(self, char: int) -> int:
        """Where the paragraph holding ``char`` ends (the start of the break after it, or the text's end)."""
        return self.ends[self.index(char)]


def split_paragraphs(text: str, *, breaks: Breaks = "sentence") -> list[str]:
    """The paragraphs' texts, those of nothing but whitespace left out."""
    p = Paragraphs(text, breaks=breaks)
    return [text[s:e] for s, e in zip(p.starts, p.ends, strict=True) if text[s:e].strip()]
