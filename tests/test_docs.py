"""The README keeps up with the code: every command and option of the CLI appears in it, and its output
contract names the fields of the records (records.py), no more and no fewer."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import typer

from newsgraph import records
from newsgraph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands():
    root = typer.main.get_command(app)
    out = []

    def walk(cmd, path: list[str]) -> None:
        if getattr(cmd, "commands", None):
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
        else:
            out.append((" ".join(path), cmd))

    walk(root, [])
    assert len(out) > 10
    return out


@pytest.mark.parametrize("name, command", _commands(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_and_option_is_in_the_readme(name, command):
    assert f"newsgraph {name}" in README, f"'newsgraph {name}' is not in the README"
    for param in command.params:
        if type(param).__name__.endswith("Option"):
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{opt} of 'newsgraph {name}' is not in the README"


# -- the output contract -------------------------------------------------------------------------
# The README's block ("document:   {id, title, ...}") section by section, and the record of each.
_SECTION_RECORDS = {"document": records.Document, "actors": records.Actor, "events": records.Event,
                    "roles": records.Role, "quotes": records.Quote, "agreements": records.Agreement,
                    "timexes": records.Timex}
_NESTED_RECORDS = {"commitments": records.Commitment}
# Fields a record carries for the stages of one run, not in its JSON form (the document text is the input;
# an event's coder tells the actor filters which coder found it).
_NOT_IN_CONTRACT = {records.Document: {"text"}, records.Event: {"coder"}}


def _contract_block() -> dict[str, str]:
    output = README[README.index("### Output"):]
    block = output[output.index("```") + 3:]
    block = block[:block.index("```")]
    sections: dict[str, str] = {}
    name = None
    for line in block.strip("\n").splitlines():
        m = re.match(r"^(\w+):\s+(.*)$", line)
        if m:
            name = m.group(1)
            sections[name] = m.group(2).strip()
        else:
            assert name is not None, line
            sections[name] += " " + line.strip()
    return sections


def _fields(braces: str) -> dict[str, str]:
    """The top-level field names of ``{a, b[ids], c{x,y}, d[{e, f}]}``, each with what follows its name."""
    inner = braces.strip().removeprefix("[").removesuffix("]").strip()
    assert inner.startswith("{") and inner.endswith("}"), braces
    inner = inner[1:-1]
    items, depth, current = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
            continue
        depth += ch in "[{"
        depth -= ch in "]}"
        current += ch
    items.append(current)
    out = {}
    for item in items:
        m = re.match(r"\s*(\w+)(.*)$", item, re.S)
        assert m, item
        out[m.group(1)] = m.group(2).strip()
    return out


def _json_keys(cls) -> set[str]:
    required = {f.name: _placeholder(f) for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    return set(cls(**required).to_dict())


def _placeholder(f: dataclasses.Field) -> object:
    return (0, 0) if f.name == "span" else ""


def test_the_readme_contract_has_every_section_in_order():
    assert tuple(_contract_block()) == records.SECTIONS


@pytest.mark.parametrize("section", list(_SECTION_RECORDS))
def test_the_readme_contract_names_the_fields_of_each_record(section):
    """Each section's fields are the record's dataclass fields and the keys of its to_dict(), and a list
    of records inside it (an agreement's commitments) is checked the same way."""
    checks = [(section, _SECTION_RECORDS[section], _fields(_contract_block()[section]))]
    for name, rest in checks[0][2].items():
        if name in _NESTED_RECORDS:
            checks.append((name, _NESTED_RECORDS[name], _fields(rest)))
    for where, cls, documented in checks:
        fields = {f.name for f in dataclasses.fields(cls)} - _NOT_IN_CONTRACT.get(cls, set())
        assert set(documented) == fields, f"README {where}: {sorted(set(documented) ^ fields)} differ from {cls.__name__}"
        assert set(documented) == _json_keys(cls), f"README {where}: differs from {cls.__name__}.to_dict()"
