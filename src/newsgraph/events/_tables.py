"""The rule words of the event coder, read from small data files in ``data/events/``.

Every file has the format of ``lexicon.txt``: ``#`` starts a comment, and each other line is a KIND
followed by whitespace-separated columns. A file's header documents the kinds it accepts and their
columns. ``parse_rows`` reads a file's text and refuses a line with an unknown kind or too few or too many columns;
the module that reads the rows refuses a value it does not know with ``Row.fail``. Either way the error
is one line that names the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from ._lexicon import data_lines

__all__ = ["Row", "bundled", "parse_rows", "word_sets"]


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    line: int
    text: str
    kind: str
    cols: tuple[str, ...]  # the columns after the kind

    def fail(self, reason: str) -> ValueError:
        return ValueError(f"{self.file} line {self.line}: {reason}: {self.text.strip()!r}")


def parse_rows(text: str, file: str, arity: dict[str, tuple[int, int | None]]) -> list[Row]:
    """The lines of ``text`` (the contents of ``file``) as rows, in file order. ``arity`` maps each kind
    the file accepts to the least and the most number of columns after it (None: no limit)."""
    out: list[Row] = []
    for n, raw, cols in data_lines(text):
        row = Row(file, n, raw, cols[0], tuple(cols[1:]))
        if row.kind not in arity:
            raise row.fail(f"unknown kind {row.kind!r} (this file takes {', '.join(arity)})")
        least, most = arity[row.kind]
        if len(row.cols) < least or (most is not None and len(row.cols) > most):
            wanted = f"{least}" if most == least else f"{least} or more" if most is None else f"{least} to {most}"
            raise row.fail(f"{row.kind} takes {wanted} columns, not {len(row.cols)}")
        out.append(row)
    return out


def bundled(file: str) -> str:
    """The text of the bundled ``data/events/<file>``."""
    return resources.files("newsgraph").joinpath("data", "events", file).read_text(encoding="utf-8")


def word_sets(table: list[Row], names: frozenset[str] | set[str]) -> dict[str, frozenset[str]]:
    """``SET NAME WORD ...`` rows as name -> words; every one of ``names`` must have a row, and a long
    set may take several rows."""
    out: dict[str, frozenset[str]] = {}
    for row in table:
        if row.kind != "SET":
            continue
        name = row.cols[0]
        if name not in names:
            raise row.fail(f"unknown set {name!r}")
        out[name] = out.get(name, frozenset()) | frozenset(row.cols[1:])
    missing = sorted(set(names) - set(out))
    if missing and table:
        raise ValueError(f"{table[0].file}: no line for the set(s) {', '.join(missing)}")
    if missing:
        raise ValueError(f"no line for the set(s) {', '.join(missing)}")
    return out
