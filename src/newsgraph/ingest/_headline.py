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

from typing import Callable

__all__ = ["sentence_case", "read_headline_verbs", "VERB_NORM"]

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


def _kept_names(line: str, spelling: Callable[[str], str | None]) -> set[int]:
    """The starts of the headline's capitalised words that a name the package knows writes capitalised:
    a run of capitalised words that ``spelling`` knows, in the words it capitalises ("Jeff Flake" as an
    officeholder's name; "Trump Administration" is an institution the dictionary writes "Trump
    administration", so "Administration" is not kept)."""
    words = list(_WORD.finditer(line))
    runs: list[list[re.Match]] = []
    for m in words:
        if runs and line[runs[-1][-1].end():m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
    kept: set[int] = set()
    for run in runs:
        for a in range(len(run)):
            for z in range(len(run), a, -1):
                name = spelling(line[run[a].start():run[z - 1].end()])
                if name is None:
                    continue
                caps = {w for w in name.split() if w[:1].isupper()}
                kept.update(m.start() for m in run[a:z] if m.group() in caps)
    return kept


def sentence_case(text: str, *, spelling: Callable[[str], str | None] | None = None) -> str:
    """``text`` with its first line, when it is a headline in title case and the story follows it, in
    sentence case: each capitalised word but the first that the story never writes capitalised inside a
    sentence, and that no name ``spelling`` knows writes capitalised, is lowered. ``spelling`` takes a
    run of the headline's capitalised words and returns the name as a dictionary writes it, or None.
    Anything else is returned as it is."""
    where = _first_line(text)
    if where is None:
        return text
    start, end = where
    line = text[start:end]
    if end >= len(text) or not _title_case(line):
        return text
    names = set(_NAME.findall(text, end))
    known = _kept_names(line, spelling) if spelling is not None else set()
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        word = m.group()
        if first:
            first = False
            if not line[:m.start()].strip():
                continue  # the headline's first word keeps its capital, as a sentence's does
        if word in names or m.start() in known or line[m.end():m.end() + 1] == ".":  # a name; "Sen."
            continue
        out[m.start()] = word[0].lower()
    return text[:start] + "".join(out) + text[end:]


# A headline's third-person verb after its subject's name ("Vale rejects treaty") is read by the English
# models as a plural noun in a compound ("rejects" NNS, the name its modifier): the parse then has no
# clause and no event is proposed on it. The embedding reads a word's norm beside its spelling, so the
# verb is given the norm of a common third-person verb and the tagger and the parser read a verb (the
# text, the lemma and every offset stay the word's own).
VERB_NORM = "sends"
# What ends a headline's clause: its punctuation and quotation marks.
_CLAUSE_END = frozenset({":", ",", "?", ";", "!", "'", '"', "“", "”", "‘", "’", "—", "–", "(", ")"})


def _verb_base(word: str, verbs: frozenset[str] | set[str]) -> str | None:
    """The base form of a third-person singular verb form ("rejects", "pushes", "tries"), if ``verbs``
    (a lexicon's base forms) holds it."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return None
    for base in ((word[:-3] + "y") if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                 word[:-1]):
        if base and base in verbs:
            return base
    return None


def read_headline_verbs(doc, verbs: frozenset[str] | set[str], tagged: Callable[[str], list[str]] | None = None):
    """Give the headline's third-person verbs read as plural nouns the norm of a verb (``VERB_NORM``),
    before the tagger runs.

    The headline is the text's first line when it is short, does not end as a sentence does and the story
    follows it. In each of its clauses (split at punctuation and quotation marks) the first word written
    in lower case is the verb when every word before it is a capitalised word (the subject's name: "Anna
    Vale rejects treaty", not "opposition to Syria strikes"), a word follows it in the clause that does
    not start a sentence ("Story highlights An ..."), and it is a third-person form of a verb of
    ``verbs``. ``tagged`` gives the tags of the line's words as the tagger reads them alone; only a word
    it tags a plural noun changes (a verb it reads as one keeps its own norm)."""
    text = doc.text
    end = text.find("\n")
    if end < 0 or end > _MAX_LINE or not text[end:].strip() or text[:end].rstrip().endswith("."):
        return doc
    line = [t for t in doc if t.idx < end]
    found = []
    names: list | None = []  # the clause's capitalised words so far; None once a lower-case word is met
    for k, tok in enumerate(line):
        if tok.text in _CLAUSE_END or tok.is_space:
            names = []
            continue
        if names is None:
            continue
        if tok.text[:1].isupper():
            names.append(tok)
            continue
        if names and all(t.is_alpha or "." in t.text for t in names) and tok.is_alpha and k + 1 < len(line) \
                and line[k + 1].text not in _CLAUSE_END and line[k + 1].text not in _FUNCTION \
                and _verb_base(tok.text, verbs) is not None:
            found.append(tok)
        names = None
    if found and tagged is not None:
        tags = tagged(text[:end])
        found = [t for t in found if t.i < len(tags) and tags[t.i] == "NNS"]
    for tok in found:
        tok.norm_ = VERB_NORM
    return doc
