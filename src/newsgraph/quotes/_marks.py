"""Quotation marks in raw text: which mark opens, which closes, and the spans they enclose.

Works on the text alone (no spaCy), so it is cheap and property-testable. News copy is messy: curly
marks typed the wrong way round (``government. “`` closing a quote, ``”Mr.`` opening one), a space
before the closing mark (``compromise ”.``), straight marks whose direction only the neighbouring
characters tell, two apostrophes typed for a double mark (``''We will win,'' she said``, the
convention of some newspapers' archives, with a single apostrophe for a quote inside a quote), and
quotes running over several paragraphs, where each paragraph opens with a mark and only the last
one closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._paragraphs import Paragraphs

__all__ = ["QuoteSpan", "find_quote_spans", "OPENERS", "CLOSERS", "STRAIGHT"]

OPENERS = "“„«‟"
CLOSERS = "”»"
STRAIGHT = '"'
_ALL = OPENERS + CLOSERS + STRAIGHT
# two apostrophes stand for a straight double mark; of a run of three (`at 'independence,'''`) the
# last two are the double mark and the first closes a single quote inside it
_MARK = re.compile(f"''(?!')|[{_ALL}]")
# characters after which a mark still counts as the start of something
_LEFT_CONTEXT = "([{—–-/\u2015:" + _ALL
# a quote longer than this without a closing mark is a stray mark, not a quote
MAX_CHARS = 3000


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The content between two marks: ``start``/``end`` exclude the marks and surrounding blanks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark's last character (None: ran to a paragraph's end)


def _role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark of ``width`` characters at ``text[i]`` from the
    characters around it (two apostrophes are a straight mark)."""
    ch = text[i] if width == 1 else STRAIGHT
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _LEFT_CONTEXT)
    right = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if ch in OPENERS:  # `government. “` at a paragraph's end closes
        if left:
            return "open"
        return "close" if right else "either"
    if ch in CLOSERS:  # `”Mr. Trump` opens; `compromise ”.` still closes
        return "open" if left and not right and (nxt.isalnum() or nxt in OPENERS) else "close"
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "either"


def _paragraph_ends(text: str) -> list[int]:
    # blank lines only: a quote runs over a line break after a sentence of its own, and the
    # multi-paragraph convention (the next paragraph opening with a mark) reads blank-line paragraphs
    return Paragraphs(text, breaks="blank").ends


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text``, in order, without overlaps.

    A quote left open at a paragraph's end continues when the next paragraph opens with a mark
    (the multi-paragraph convention); otherwise it ends with its paragraph.
    """
    marks = [(m.start(), m.end() - m.start(), _role(text, m.start(), m.end() - m.start()))
             for m in _MARK.finditer(text)]
    para_ends = _paragraph_ends(text)

    def para_end(pos: int) -> int:
        for e in para_ends:
            if e >= pos:
                return e
        return len(text)

    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_width = 1
    pend = len(text)  # the end of the paragraph the open quote has reached
    for pos, width, role in marks:
        if open_at is not None:
            if pos > pend:  # the quote was left open at a paragraph break
                nxt_para = text[pend:pos].strip()
                continues = role in ("open", "either") and nxt_para == ""
                if continues:
                    pend = para_end(pos)
                    continue  # the next paragraph opens with a mark: the quote goes on
                s, e = _strip(text, open_at + open_width, pend)
                if e > s and pend - open_at <= MAX_CHARS:
                    spans.append(QuoteSpan(s, e, open_at, None))
                open_at = None
        if open_at is None:
            if role in ("open", "either"):
                open_at, open_width = pos, width
                pend = para_end(pos)
            continue
        if role in ("close", "either"):
            s, e = _strip(text, open_at + open_width, pos)
            if e > s and pos - open_at <= MAX_CHARS:
                spans.append(QuoteSpan(s, e, open_at, pos + width - 1))
            open_at = None
        # a second opening mark inside an open quote: a typo or a nested quote; keep the first
    if open_at is not None:  # left open at the end: it runs to the end of the last paragraph it reached
        s, e = _strip(text, open_at + open_width, pend)
        if e > s and pend - open_at <= MAX_CHARS:
            spans.append(QuoteSpan(s, e, open_at, None))
    return spans
